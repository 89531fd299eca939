/**
 * Every input of a CLI run, in argument order, as one stream of batch inputs: page files, JSONL lines, WARC
 * records and standard input (whose kind is sniffed from its first bytes: gzip, `WARC/`, `{`, or a page).
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { BatchInput } from '../protocol.js';
import { readJsonl } from './jsonl.js';
import { kindOf } from './kinds.js';
import { pageInput, readFailed, readPageFile, tooLarge } from './page.js';
import type { Target } from './paths.js';
import { readWarc } from './warc.js';

export { expandTargets, type Target } from './paths.js';

/** How many pages the targets hold, when that is known before reading (no JSONL, WARC or stdin). */
export function knownTotal(targets: readonly Target[]): number | null {
  let n = 0;
  for (const t of targets) {
    if ('stdin' in t) return null;
    if ('path' in t) {
      const { kind } = kindOf(t.path);
      if (kind === 'jsonl' || kind === 'warc') return null;
    }
    n++;
  }
  return n;
}

export async function* readTargets(targets: readonly Target[], limit: number, stdin: Readable = process.stdin): AsyncGenerator<BatchInput> {
  for (const target of targets) {
    if ('missing' in target) yield { id: target.missing, source: target.missing, error: { code: 'read_failed', message: `${target.missing}: ${target.reason}` } };
    else if ('stdin' in target) yield* readStdin(stdin, limit);
    else yield* readFile(target.path, limit);
  }
}

async function* readFile(path: string, limit: number): AsyncGenerator<BatchInput> {
  const { kind, gzip } = kindOf(path);
  if (kind === 'warc') yield* readWarc(createReadStream(path), path, limit);
  else if (kind === 'jsonl') {
    const file = createReadStream(path);
    yield* readJsonl(gzip ? file.pipe(createGunzip()).on('close', () => file.destroy()) : file, path, limit);
  } else yield await readPageFile(path, kind, gzip, limit);
}

/** The first bytes of a stream, and the whole stream again (those bytes included). */
async function peek(stream: AsyncIterable<Uint8Array>, bytes: number): Promise<{ head: Buffer; whole: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(Buffer.from(next.value));
    length += next.value.length;
  }
  async function* replay() {
    yield* seen;
    if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { head: Buffer.concat(seen), whole: Readable.from(replay(), { objectMode: false }) };
}

const GZIP_MAGIC = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

async function* readStdin(stdin: Readable, limit: number): AsyncGenerator<BatchInput> {
  try {
    const raw = await peek(stdin, 64);
    const plain = GZIP_MAGIC(raw.head) ? await peek(raw.whole.pipe(createGunzip()), 64) : raw;
    const start = plain.head.toString('latin1').trimStart();
    if (start.startsWith('WARC/')) yield* readWarc(plain.whole, 'stdin', limit);
    else if (start.startsWith('{')) yield* readJsonl(plain.whole, 'stdin', limit);
    else yield await readWholePage(plain.whole, limit);
  } catch (e) {
    yield { id: 'stdin', source: 'stdin', error: readFailed('standard input', e) };
  }
}

/** A page on standard input, read up to the size limit. */
async function readWholePage(stream: Readable, limit: number): Promise<BatchInput> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > limit) {
      stream.destroy();
      return { id: 'stdin', source: 'stdin', error: tooLarge('standard input', limit) };
    }
    chunks.push(chunk as Buffer);
  }
  return pageInput(Buffer.concat(chunks), null, 'stdin', 'stdin');
}

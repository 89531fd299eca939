/**
 * A CLI run: arguments → readers → extractArticles → JSON lines, with progress on stderr. Writing waits for
 * the output to drain, and the pool waits for the writer, so memory stays flat however long the run.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { extractArticles } from './extract.js';
import { resolveBatchOptions, type BatchOptions } from './options.js';
import { formatItem } from './output.js';
import type { BatchItem } from './protocol.js';
import { Progress } from './progress.js';
import { expandTargets, knownTotal, readTargets } from './readers/index.js';

export interface RunSettings {
  out: string | null;
  fields: readonly string[] | null;
  pretty: boolean;
  quiet: boolean;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function end(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  stream.end();
  await once(stream, 'finish');
}

/** Returns the exit code: 0 when every page gave a record, 1 when some failed. */
export async function runBatch(args: readonly string[], options: BatchOptions, settings: RunSettings): Promise<number> {
  const targets = await expandTargets(args);
  const total = knownTotal(targets);
  const { maxInputBytes, concurrency } = resolveBatchOptions(options);
  // No more workers than pages: one file should not pay for starting a thread per core.
  const workers = total === null ? concurrency : Math.max(1, Math.min(concurrency, total));
  return writeItems(extractArticles(readTargets(targets, maxInputBytes), { ...options, concurrency: workers }), settings, total);
}

/**
 * Writes items as JSON lines with progress on stderr, waiting for the output to drain. Returns the exit code: 0
 * when every item is a record, 1 when some are errors, 2 when the output cannot be written. The queue's
 * `collect` writes its lines through it too.
 */
export async function writeItems(items: AsyncIterable<BatchItem>, settings: RunSettings, total: number | null): Promise<number> {
  const out: Writable = settings.out ? createWriteStream(settings.out) : process.stdout;
  const progress = new Progress(settings.quiet ? null : process.stderr, total);
  // The output failing ends the run: quietly when the consumer stopped reading (`| head`), with a message and
  // exit 2 otherwise (an --out path that cannot be written).
  let failed: NodeJS.ErrnoException | null = null;
  out.on('error', (e: NodeJS.ErrnoException) => {
    failed ??= e;
  });
  // Only the output's own failures are handled here; a failing source (a lost Redis connection) propagates.
  const writing = async (text: string | null) => {
    try {
      await (text === null ? end(out) : write(out, text));
    } catch (e) {
      failed ??= e as NodeJS.ErrnoException;
    }
  };
  for await (const item of items) {
    progress.tick(!('error' in item));
    if (failed) break;
    await writing(formatItem(item, settings.fields, settings.pretty));
  }
  if (!failed) await writing(null);
  const error = failed as NodeJS.ErrnoException | null;
  if (error && error.code !== 'EPIPE') {
    process.stderr.write(`copydesk: cannot write ${settings.out ?? 'to standard output'}: ${error.message}\n`);
    return 2;
  }
  progress.finish();
  return progress.failures ? 1 : 0;
}

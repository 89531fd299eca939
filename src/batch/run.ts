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
  const out: Writable = settings.out ? createWriteStream(settings.out) : process.stdout;
  const progress = new Progress(settings.quiet ? null : process.stderr, total);
  // The output failing ends the run: quietly when the consumer stopped reading (`| head`), with a message and
  // exit 2 otherwise (an --out path that cannot be written).
  let failed: NodeJS.ErrnoException | null = null;
  out.on('error', (e: NodeJS.ErrnoException) => {
    failed ??= e;
  });
  try {
    for await (const item of extractArticles(readTargets(targets, maxInputBytes), { ...options, concurrency: workers })) {
      progress.tick(!('error' in item));
      if (failed) break;
      await write(out, formatItem(item, settings.fields, settings.pretty));
    }
    if (!failed) await end(out);
  } catch (e) {
    failed ??= e as NodeJS.ErrnoException;
  }
  const error = failed as NodeJS.ErrnoException | null;
  if (error && error.code !== 'EPIPE') {
    process.stderr.write(`copydesk: cannot write ${settings.out ?? 'to standard output'}: ${error.message}\n`);
    return 2;
  }
  progress.finish();
  return progress.failures ? 1 : 0;
}

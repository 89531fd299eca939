/**
 * extractArticles: many pages through a worker pool, results in input order, with back-pressure. At most
 * `maxPending` inputs are in flight; the input iterator is pulled again only when the consumer has taken the
 * oldest result, so a slow consumer slows the reader instead of filling memory.
 */
import { resolveBatchOptions, type BatchOptions, type ResolvedBatch } from './options.js';
import { WorkerPool } from './pool.js';
import type { BatchError, BatchInput, BatchItem, TaskResult, WorkerTask } from './protocol.js';
import type { Input } from '../load/index.js';

type Described = Exclude<BatchInput, string | Uint8Array>;

const sizeOf = (v: string | Uint8Array | undefined) => (v === undefined ? 0 : typeof v === 'string' ? v.length : v.byteLength);

/** The page part of an input, or why it cannot be one (the queue reads its inputs through it too). */
export function pageOf(input: BatchInput, limit: number): { page: Input; described: Described } | { error: BatchError; described: Described } {
  const bare = typeof input === 'string' || input instanceof Uint8Array;
  const described: Described = bare ? {} : input && typeof input === 'object' ? input : {};
  if (described.error) return { error: described.error, described };
  const size = sizeOf(bare ? input : described.html ?? described.text);
  // In a crawl a page this large is a dump or a file mistaken for a page: it is reported, not cut and read.
  if (size > limit) return { error: { code: 'too_large', message: `the input is ${size} bytes, over maxInputBytes (${limit})` }, described };
  if (bare) return { page: input, described };
  const page = described.html !== undefined ? { html: described.html, url: described.url } : { text: described.text, url: described.url };
  return { page, described };
}

async function* iterate<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* inputs;
}

/**
 * Extracts the record of every input on a pool of worker threads and yields `{ id, source?, record }` or
 * `{ id, source?, error: { code, message } }` per input, in input order. Invalid options throw an
 * OptionsError before any work starts; a page that fails never stops the run.
 */
export function extractArticles(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options?: BatchOptions): AsyncGenerator<BatchItem> {
  const settings = resolveBatchOptions(options);
  return run(inputs, settings);
}

async function* run(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, settings: ResolvedBatch): AsyncGenerator<BatchItem> {
  const pool = new WorkerPool(settings.concurrency, settings.timeoutMs, undefined, settings.workerHeapMb);
  const source = iterate(inputs);
  const pending: Promise<BatchItem>[] = [];
  let position = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < settings.maxPending) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else pending.push(extractInput(pool, next.value, position++, settings));
      }
      const oldest = pending.shift();
      if (!oldest) return;
      yield await oldest;
    }
  } finally {
    await pool.close();
    await source.return(undefined);
  }
}

/** What runs a page task: the worker pool, or the calling thread itself (a queue worker of one). */
export interface Runner {
  run(task: WorkerTask): Promise<TaskResult>;
}

/**
 * One input through the pool: its page checked against the size limit, its own fallback date applied, and the
 * record or error labelled with its id and source. The queue worker (src/batch/queue/) runs jobs through it too.
 */
export async function extractInput(pool: Runner, input: BatchInput, position: number, settings: ResolvedBatch): Promise<BatchItem> {
  const read = pageOf(input, settings.maxInputBytes);
  const id = read.described.id ?? String(position);
  const trace = read.described.source === undefined ? {} : { source: read.described.source };
  if ('error' in read) return { id, ...trace, error: read.error };
  const fallback = read.described.fallbackPublishedAt;
  const options = fallback === undefined || settings.extract.publishedAt !== undefined ? settings.extract : { ...settings.extract, fallbackPublishedAt: fallback };
  const result: TaskResult = await pool.run({ input: read.page, options });
  return { id, ...trace, ...result };
}

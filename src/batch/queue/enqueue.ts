/**
 * enqueuePages: one job per page, added in small bulks as the inputs are read, so memory holds one bulk of
 * pages at a time however large the crawl.
 */
import { decodeBytes } from '../../load/decode.js';
import { pageOf } from '../extract.js';
import { resolveBatchOptions, type BatchOptions } from '../options.js';
import type { BatchInput } from '../protocol.js';
import { connectionOf, loadBullMQ, type QueueTarget } from './bullmq.js';
import type { PageJob } from './jobs.js';

/** Jobs sent to Redis in one round trip. */
const BULK = 50;

export interface EnqueueOptions extends QueueTarget {
  /** Extraction options every page gets (as for extractArticles; `concurrency` and the like belong to workers). */
  options?: Omit<BatchOptions, 'concurrency' | 'maxPending' | 'workerHeapMb' | 'timeoutMs'>;
  /** Tries per job before its failure is final (default 3): only timeouts and crashed workers are retried. */
  attempts?: number;
}

/** A batch input as a job: read as extractArticles reads it (its size checked, an upstream error kept), bytes decoded. */
function jobOf(input: BatchInput, position: number, options: PageJob['options'], limit: number): PageJob {
  const read = pageOf(input, limit);
  const d = read.described;
  const job: PageJob = { id: d.id ?? String(position), options, ...(d.source === undefined ? {} : { source: d.source }), ...(d.url === undefined ? {} : { url: d.url }) };
  if (d.fallbackPublishedAt !== undefined) job.fallbackPublishedAt = d.fallbackPublishedAt instanceof Date ? d.fallbackPublishedAt.toISOString() : d.fallbackPublishedAt;
  if ('error' in read) return { ...job, error: read.error };
  const page = read.page;
  const html = typeof page === 'string' || page instanceof Uint8Array ? page : page.html;
  if (html !== undefined) return { ...job, html: typeof html === 'string' ? html : decodeBytes(html, limit).text };
  return { ...job, text: (page as { text?: string }).text ?? '' };
}

/**
 * Adds one job per input to the queue and returns how many were queued. Invalid options throw an OptionsError
 * before anything is queued.
 */
export async function enqueuePages(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, settings: EnqueueOptions): Promise<{ queued: number }> {
  const connection = connectionOf(settings);
  const { extract, maxInputBytes } = resolveBatchOptions(settings.options ?? {});
  const attempts = settings.attempts ?? 3;
  const { Queue } = await loadBullMQ();
  const queue = new Queue<PageJob>(settings.queue, { connection });
  // Retried jobs wait a little longer each time, so a crashed worker's pages do not bounce straight back.
  const opts = { attempts, backoff: { type: 'exponential', delay: 1000 } };
  let queued = 0;
  let bulk: { name: string; data: PageJob; opts: typeof opts }[] = [];
  const flush = async () => {
    if (!bulk.length) return;
    await queue.addBulk(bulk);
    queued += bulk.length;
    bulk = [];
  };
  try {
    let position = 0;
    for await (const input of inputs) {
      bulk.push({ name: 'page', data: jobOf(input, position++, extract, maxInputBytes), opts });
      if (bulk.length >= BULK) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { queued };
}

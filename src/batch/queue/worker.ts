/**
 * createWorker: takes page jobs from the queue and extracts them as extractArticles does (extractInput), one at a
 * time on the worker's own thread or several on a pool of threads. A record is the job's result; an error a retry cannot change fails the job at once, a timeout or a crashed thread is retried.
 * A worker process that dies (SIGKILL, out of memory) leaves its jobs locked until the lock expires; BullMQ's
 * stalled-job check in the other workers then puts them back in the queue.
 */
import { hostname } from 'node:os';
import type * as BullMQ from 'bullmq';
import { extractInput, type Runner } from '../extract.js';
import { resolveBatchOptions } from '../options.js';
import { WorkerPool } from '../pool.js';
import { runTask } from '../task.js';
import { connectionOf, loadBullMQ, type QueueTarget } from './bullmq.js';
import { FINAL_CODES, inputOf, reasonOf, type PageJob } from './jobs.js';
import type { ArticleRecord } from '../../schema.js';

export interface WorkerOptions extends QueueTarget {
  /**
   * Pages extracted at once (default 1). One runs on the worker's own thread, the fastest way to fill a core:
   * run one worker process per core. More run each on a thread of a pool, as in extractArticles.
   */
  concurrency?: number;
  /**
   * With `concurrency` above 1, a page still running after this long fails as `timeout` (and is retried); default
   * 30,000 ms. A worker of one is bounded by the `timeBudgetMs` the pages were queued with, and by its job lock.
   */
  timeoutMs?: number;
  /** Heap per extraction thread, MB (default 1024), with `concurrency` above 1. */
  workerHeapMb?: number;
  /**
   * How long a job stays locked to this worker without a renewal (default 30,000 ms). A crashed worker's jobs
   * go back to the queue after about this long plus `stalledIntervalMs`.
   */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker died (default 30,000 ms). */
  stalledIntervalMs?: number;
  /** Stored on every job this worker takes (`job.processedBy`); default `host:pid`. */
  name?: string;
  /** Connection and Redis errors (ioredis reconnects by itself); default: a line on stderr. */
  onError?: (error: Error) => void;
}

export interface QueueWorker {
  /** The BullMQ worker, for its events (`completed`, `failed`, `error`). */
  worker: BullMQ.Worker<PageJob, ArticleRecord>;
  /**
   * Stops taking jobs and finishes the ones in flight (`force`: releases them at once; their locks expire and
   * other workers take them up), then ends the extraction threads.
   */
  close(force?: boolean): Promise<void>;
}

export async function createWorker(settings: WorkerOptions): Promise<QueueWorker> {
  const connection = connectionOf(settings);
  const concurrency = settings.concurrency ?? 1;
  const batch = resolveBatchOptions({ concurrency, ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}), ...(settings.workerHeapMb ? { workerHeapMb: settings.workerHeapMb } : {}) });
  const { Worker, UnrecoverableError, MetricsTime } = await loadBullMQ();
  // One page at a time runs on this thread: the process is the unit of isolation (a dead worker's job goes
  // back to the queue), and a page needs no copy to a thread and back. Several at a time need threads.
  const pool: Runner & { close(): Promise<void> } =
    batch.concurrency === 1 ? { run: async (task) => runTask(task), close: async () => {} } : new WorkerPool(batch.concurrency, batch.timeoutMs, undefined, batch.workerHeapMb);

  const processor = async (job: BullMQ.Job<PageJob>): Promise<ArticleRecord> => {
    const data = job.data;
    // The job carries the options it was queued with; the limit on size was applied when it was queued.
    const item = await extractInput(pool, inputOf(data), 0, { ...batch, extract: data.options, maxInputBytes: Infinity });
    if ('record' in item) return item.record;
    if (FINAL_CODES.has(item.error.code)) throw new UnrecoverableError(reasonOf(item.error));
    throw new Error(reasonOf(item.error));
  };

  const worker = new Worker<PageJob, ArticleRecord>(settings.queue, processor, {
    connection,
    concurrency: batch.concurrency,
    name: settings.name ?? `${hostname()}:${process.pid}`,
    lockDuration: settings.lockDurationMs ?? 30_000,
    stalledInterval: settings.stalledIntervalMs ?? 30_000,
    // Pages per minute, kept a week, for queue-status's throughput.
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  // A lost connection is reported by BullMQ and retried by ioredis; it must not end the process.
  worker.on('error', settings.onError ?? ((e) => process.stderr.write(`copydesk worker: ${e.message}\n`)));
  return {
    worker,
    async close(force = false) {
      await worker.close(force);
      await pool.close();
    },
  };
}

/**
 * collectResults: every finished job's outcome, once, as the batch CLI's items. Completed and failed (final)
 * jobs are read oldest first in pages; `remove` deletes each job once its item has been handed on, which keeps
 * Redis memory bounded over a long crawl; `follow` keeps reading until nothing is waiting, delayed or running.
 * One collector per queue: two would hand out the same job twice.
 */
import type * as BullMQ from 'bullmq';
import type { BatchItem } from '../protocol.js';
import type { ArticleRecord } from '../../schema.js';
import { connectionOf, loadBullMQ, type QueueTarget } from './bullmq.js';
import { itemOf, type PageJob } from './jobs.js';

export interface CollectOptions extends QueueTarget {
  /** Delete each job after its item is taken (default false). */
  remove?: boolean;
  /** Keep collecting until the queue is drained (default false: what is finished now, then stop). */
  follow?: boolean;
  /** How long to wait between looks while following (default 500 ms). */
  pollMs?: number;
}

/** Jobs read from Redis at a time. */
const PAGE = 200;
const UNFINISHED = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function* collectResults(settings: CollectOptions): AsyncGenerator<BatchItem> {
  const connection = connectionOf(settings);
  const { Queue } = await loadBullMQ();
  const queue = new Queue<PageJob, ArticleRecord>(settings.queue, { connection });
  // Without `remove` a job stays finished in Redis, so the ones handed out are remembered for this run, and
  // each pass goes on from where the last one ended (jobs are kept in the order they finished).
  const seen = new Set<string>();
  const resume = { completed: 0, failed: 0 };
  try {
    for (;;) {
      const drained = settings.follow ? Object.values(await queue.getJobCounts(...UNFINISHED)).every((n) => n === 0) : true;
      let found = 0;
      for (const state of ['completed', 'failed'] as const) {
        for (let start = settings.remove ? 0 : resume[state]; ; ) {
          const read = await queue.getJobs([state], start, start + PAGE - 1, true);
          const jobs = read.filter((j): j is BullMQ.Job<PageJob, ArticleRecord> => Boolean(j?.id));
          const fresh = jobs.filter((j) => !seen.has(j.id!));
          for (const job of fresh) {
            found++;
            yield itemOf(job.data, state === 'completed' ? { record: job.returnvalue } : { failedReason: job.failedReason });
            if (settings.remove) await job.remove();
            else seen.add(job.id!);
          }
          if (!settings.remove) resume[state] = start += read.length;
          if (read.length < PAGE || (settings.remove && !fresh.length)) break;
        }
      }
      // Drained before this pass and nothing new in it: every job has been handed out.
      if (!settings.follow || (drained && !found)) return;
      if (!found) await sleep(settings.pollMs ?? 500);
    }
  } finally {
    await queue.close();
  }
}

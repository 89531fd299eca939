/** queueStatus: how many jobs are in each state, and how fast the workers have been finishing them. */
import { connectionOf, loadBullMQ, type QueueTarget } from './bullmq.js';

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Jobs finished (completed or failed) per second over the last five whole minutes, from the workers' metrics. */
  throughput: number;
}

/** Minutes the throughput is averaged over. */
const WINDOW = 5;

export async function queueStatus(settings: QueueTarget): Promise<QueueStatus> {
  const connection = connectionOf(settings);
  const { Queue } = await loadBullMQ();
  const queue = new Queue(settings.queue, { connection });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    // Each data point is one minute, newest first; the first is the minute under way.
    const perMinute = async (type: 'completed' | 'failed') => (await queue.getMetrics(type, 0, WINDOW)).data.slice(1, WINDOW + 1);
    const done = [...(await perMinute('completed')), ...(await perMinute('failed'))].reduce((n, x) => n + (Number(x) || 0), 0);
    return {
      queue: settings.queue,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      throughput: done / (WINDOW * 60),
    };
  } finally {
    await queue.close();
  }
}

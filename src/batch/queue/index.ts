/**
 * copydesk/queue: extraction as jobs on a Redis-backed BullMQ queue, for crawls that outgrow one machine.
 * `enqueuePages` on the producer, `createWorker` on every worker host, `collectResults` once, `queueStatus` to
 * watch. BullMQ and ioredis are optional peer dependencies: `npm install bullmq ioredis`.
 */
export { QueueUnavailableError, type QueueTarget } from './bullmq.js';
export { enqueuePages, type EnqueueOptions } from './enqueue.js';
export { createWorker, type QueueWorker, type WorkerOptions } from './worker.js';
export { collectResults, type CollectOptions } from './collect.js';
export { queueStatus, type QueueStatus } from './status.js';
export type { PageJob } from './jobs.js';

#!/usr/bin/env node
// The queue against the in-process pool, on the same pages, in a process of its own: the naeb pages × rounds
// through extractArticles with <workers> threads, then queued on a real Redis and taken by <workers> worker
// processes (`copydesk worker -j 1`), timed from their start until every job is finished.
// Prints one JSON line: { pages, workers, pool, poolSteady, queue, queueSteady, enqueue, collect } (pages/s).
// Usage: node tests/bench/queue.mjs <rounds> <workers> [limit]
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { extractArticles } from '../../dist/index.js';
import { Queue } from 'bullmq';
import { collectResults, enqueuePages } from '../../dist/queue.js';
import * as data from '../eval/datasets.mjs';
import { startRedis } from '../queue/redis.mjs';

const rounds = Number(process.argv[2] ?? 3);
const workers = Number(process.argv[3] ?? 2);
const limit = Number(process.argv[4] ?? Infinity);
const pages = data.naebDecoded(limit);
const sequence = Array.from({ length: rounds }, (_, r) => pages.map((p, i) => ({ id: `${r}-${i}`, html: p.html, url: p.url }))).flat();
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

// The in-process pool: the whole run with cold workers, and the rate after the first round.
let start = performance.now();
let steadyFrom = start;
let done = 0;
for await (const item of extractArticles(sequence, { concurrency: workers })) {
  if ('error' in item) throw new Error(`bench page failed: ${item.error.message}`);
  if (++done === pages.length) steadyFrom = performance.now();
}
let end = performance.now();
const pool = sequence.length / ((end - start) / 1000);
const poolSteady = rounds > 1 ? (sequence.length - pages.length) / ((end - steadyFrom) / 1000) : pool;

const redis = await startRedis();
const target = { redis: redis.url, queue: 'bench' };
try {
  start = performance.now();
  await enqueuePages(sequence, target);
  const enqueue = sequence.length / ((performance.now() - start) / 1000);

  // The workers, timed from their start (loading the library included, as the pool's threads are).
  start = performance.now();
  const procs = Array.from({ length: workers }, (_, i) => spawn(process.execPath, [cli, 'worker', '--redis', redis.url, '--queue', 'bench', '-j', '1', '--name', `w${i}`, '--quiet'], { stdio: 'inherit' }));
  steadyFrom = start;
  // One connection, polled every 50 ms: the watching must not take a core's share from the workers.
  const watch = new Queue('bench', { connection: { url: redis.url } });
  for (;;) {
    const s = await watch.getJobCounts('completed', 'failed');
    const finished = s.completed + s.failed;
    if (steadyFrom === start && finished >= pages.length) steadyFrom = performance.now();
    if (finished >= sequence.length) break;
    await sleep(50);
  }
  await watch.close();
  end = performance.now();
  const queue = sequence.length / ((end - start) / 1000);
  const queueSteady = rounds > 1 ? (sequence.length - pages.length) / ((end - steadyFrom) / 1000) : queue;
  await Promise.all(procs.map((p) => new Promise((resolve) => { p.on('exit', resolve); p.kill('SIGTERM'); })));

  start = performance.now();
  let collected = 0;
  for await (const item of collectResults({ ...target, remove: true })) if (!('error' in item)) collected++;
  const collect = collected / ((performance.now() - start) / 1000);
  if (collected !== sequence.length) throw new Error(`collected ${collected} records of ${sequence.length}`);
  console.log(JSON.stringify({ pages: sequence.length, workers, pool, poolSteady, queue, queueSteady, enqueue, collect }));
} finally {
  await redis.stop();
}

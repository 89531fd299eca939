#!/usr/bin/env node
// The worker pool against one thread, in a process of its own (the peers' garbage in the main bench process
// would slow both). Prints one JSON line: { pages, single, pooled, steady } in pages/s.
// Usage: node tests/bench/pool.mjs <rounds> <workers> [limit]
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle, extractArticles } from '../../dist/index.js';
import * as data from '../eval/datasets.mjs';

const rounds = Number(process.argv[2] ?? 3);
const workers = Number(process.argv[3] ?? availableParallelism());
const limit = Number(process.argv[4] ?? Infinity);
const pages = data.naebDecoded(limit);
const sequence = Array.from({ length: rounds }, () => pages).flat();

// The pool first, while this thread has done nothing: its own garbage would compete with the workers.
let start = performance.now();
let done = 0;
let steadyFrom = start;
for await (const item of extractArticles(sequence, { concurrency: workers })) {
  if ('error' in item) throw new Error(`bench page failed: ${item.error.message}`);
  // The first round warms the workers' JIT; the steady rate is measured after it.
  if (++done === pages.length) steadyFrom = performance.now();
}
const end = performance.now();
const pooled = sequence.length / ((end - start) / 1000);
const steady = rounds > 1 ? (sequence.length - pages.length) / ((end - steadyFrom) / 1000) : pooled;

// One thread: a warm-up round first, so that it is compared warm against the pool's steady state.
for (const page of pages) extractArticle(page.html, { url: page.url });
start = performance.now();
for (const page of sequence) extractArticle(page.html, { url: page.url });
const single = sequence.length / ((performance.now() - start) / 1000);

// The ceiling: bare threads, each over its own share, started together once all have loaded their pages.
const threads = Array.from({ length: workers }, (_, index) => new Worker(new URL('./bare-thread.mjs', import.meta.url), { workerData: { index, of: workers, rounds, limit } }));
await Promise.all(threads.map((t) => new Promise((resolve) => t.once('message', resolve))));
const reports = await Promise.all(threads.map((t) => new Promise((resolve) => {
  t.once('message', resolve);
  t.postMessage('go');
})));
await Promise.all(threads.map((t) => t.terminate()));
// After the first round, as for the pool: the slowest thread sets the pace.
const bareMs = Math.max(...reports.map((r) => r.ms.slice(rounds > 1 ? 1 : 0).reduce((a, b) => a + b, 0)));
const bare = (pages.length * (rounds > 1 ? rounds - 1 : 1)) / (bareMs / 1000);

console.log(JSON.stringify({ pages: sequence.length, workers, single, pooled, steady, bare }));

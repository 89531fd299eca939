// The pool's ceiling on this machine: a worker thread that extracts its share of the pages with no pool, no
// messages and no main thread in the way. Each thread parses its own copy of the pages, then reports the
// milliseconds of every round over its share.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../../dist/index.js';
import * as data from '../eval/datasets.mjs';

const { index, of, rounds, limit } = workerData;
const pages = data.naebDecoded(limit).filter((_, i) => i % of === index);
parentPort.postMessage({ ready: true });
parentPort.once('message', () => {
  const ms = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const page of pages) extractArticle(page.html, { url: page.url });
    ms.push(performance.now() - start);
  }
  parentPort.postMessage({ pages: pages.length, ms });
});

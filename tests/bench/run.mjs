#!/usr/bin/env node
// npm run bench: how fast copydesk turns pages into records, on one thread. Speed is measured here, never in
// a timed test. Inputs: the bundled seed page always; the naeb HTML pages and the PolNeAR texts when
// ../shared/datasets is present. Each page runs once to warm up, then `--rounds=N` times (default 3).
// The quote stage's cost is the difference between a full run and one with enrich.quotes off: resolving
// speakers reads the same tokenised body, so it should add little.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../dist/index.js';
import * as data from '../eval/datasets.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(arg('rounds') ?? 3);
const limit = Number(arg('limit') ?? Infinity);

function take(it) {
  const out = [];
  for (const x of it) {
    if (out.length >= limit) break;
    out.push(x);
  }
  return out;
}

const sets = [
  { name: 'seed (html)', inputs: [readFileSync(new URL('../../fixtures/seed/jns-gaza-truce-talks.html', import.meta.url), 'utf8')], options: {} },
  { name: 'seed (text)', inputs: [readFileSync(new URL('../../fixtures/seed/jns-gaza-truce-talks.txt', import.meta.url), 'utf8')], options: {} },
];
if (data.available('naeb')) sets.push({ name: 'naeb (html)', inputs: take(data.naeb()).map((p) => p.html), options: {} });
if (data.available('polnear')) sets.push({ name: 'polnear dev (text)', inputs: take(data.polnear('dev')).map((d) => d.text), options: { format: 'text' } });

/** Milliseconds per page, per round: returns the per-page medians. */
function time(inputs, options) {
  for (const input of inputs) extractArticle(input, options);
  const perPage = inputs.map(() => []);
  // A set of one page is timed over more rounds, or its median is mostly noise.
  const n = inputs.length < 10 ? rounds * 20 : rounds;
  for (let r = 0; r < n; r++) {
    for (const [i, input] of inputs.entries()) {
      const t = process.hrtime.bigint();
      extractArticle(input, options);
      perPage[i].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return perPage.map((xs) => xs.sort((a, b) => a - b)[xs.length >> 1]);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const f = (x) => x.toFixed(2);

const lines = [
  '| input | pages | ms/page mean | median | p95 | pages/s | quotes+people ms/page | share |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const set of sets) {
  const full = time(set.inputs, set.options);
  const without = time(set.inputs, { ...set.options, enrich: { quotes: false } });
  const mean = sum(full) / full.length;
  const quoteCost = Math.max(0, (sum(full) - sum(without)) / full.length);
  lines.push(`| ${set.name} | ${full.length} | ${f(mean)} | ${f(quantile(full, 0.5))} | ${f(quantile(full, 0.95))} | ${(1000 / mean).toFixed(0)} | ${f(quoteCost)} | ${(100 * quoteCost / mean).toFixed(0)}% |`);
}
console.log(lines.join('\n'));
console.log(`node ${process.version}, one thread, median of ${rounds} rounds per page (${rounds * 20} for the one-page sets) after a warm-up run`);

// Property tests: any input yields a valid record whose spans point into its body, the same record twice and in
// another time zone. A short run here (FUZZ_RUNS, default 60 per property); `npm run fuzz` runs long.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { enrichText, extractArticle } from '../../src/index.js';
import { anyBytes, anyString, htmlPage, textPage } from './arbitraries.js';
import { brokenInvariant } from './invariants.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 60);
// No time budget: a record cut by the budget would depend on the machine, and these properties are about input.
const PUBLISHED = { publishedAt: '2024-03-06T09:12:00+02:00', timeBudgetMs: null };

// Inputs that broke an invariant in a fuzz run (`npm run fuzz` saves them here); each is replayed by every run.
const REGRESSIONS = new URL('./regressions/', import.meta.url);

// A long run (npm run fuzz) also fails on a case slower than this, and reports the slowest. npm test does not:
// speed is for the bench, and a loaded machine must not fail the suite.
const SLOW_MS = 1_000;
const fuzzing = Boolean(process.env.FUZZ_SAVE);
const timing = { cases: 0, slowest: 0 };

function holds(input: string | Uint8Array, options = {}): boolean {
  try {
    const started = performance.now();
    const record = extractArticle(input, options);
    const ms = performance.now() - started;
    timing.cases++;
    timing.slowest = Math.max(timing.slowest, ms);
    const broken = brokenInvariant(record) ?? (fuzzing && ms > SLOW_MS ? `took ${Math.round(ms)} ms (over ${SLOW_MS})` : null);
    if (broken) throw new Error(broken);
  } catch (e) {
    if (process.env.FUZZ_SAVE) {
      mkdirSync(REGRESSIONS, { recursive: true });
      const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
      writeFileSync(new URL(`${createHash('sha1').update(bytes).digest('hex').slice(0, 12)}.${typeof input === 'string' ? 'txt' : 'bin'}`, REGRESSIONS), bytes);
    }
    throw e;
  }
  return true;
}

describe('any input gives a valid record with its spans inside the body', () => {
  it.each([
    ['any string', anyString],
    ['any bytes', anyBytes],
    ['generated HTML pages', htmlPage],
    ['generated text pages', textPage],
  ] as const)('%s', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary as fc.Arbitrary<string | Uint8Array>, (input) => holds(input) && holds(input, PUBLISHED)), { numRuns });
  });
});

afterAll(() => {
  if (fuzzing) console.log(`fuzz: ${timing.cases} extractions, slowest ${Math.round(timing.slowest)} ms`);
});

describe('saved regressions', () => {
  const files = existsSync(REGRESSIONS) ? readdirSync(REGRESSIONS) : [];
  it.each(files.length ? files : ['(none saved)'])('%s', (file) => {
    if (!files.length) return expect(files).toEqual([]);
    const bytes = readFileSync(new URL(file, REGRESSIONS));
    expect(holds(file.endsWith('.txt') ? bytes.toString('utf8') : new Uint8Array(bytes))).toBe(true);
  });
});

describe('the record depends on the input only', () => {
  // Found by this test: chrono read "last night" and "this week" in the process's time zone.
  it.each(['He arrived last night.', 'Talks resume early this week.', 'Officials met last days ago and again on Tuesday.'])('%s reads the same in every time zone', (text) => {
    const zone = process.env.TZ;
    const read = (tz: string) => {
      process.env.TZ = tz;
      return JSON.stringify(enrichText(text, { publishedAt: '2024-03-06T23:30:00-05:00' }).dates);
    };
    try {
      const utc = read('UTC');
      expect(utc).not.toBe('[]');
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Tokyo']) expect(read(tz)).toBe(utc);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('is the same on a second run and under another TZ', () => {
    const zone = process.env.TZ;
    try {
      fc.assert(
        fc.property(fc.oneof(htmlPage, textPage), (page) => {
          process.env.TZ = 'UTC';
          const first = JSON.stringify(extractArticle(page, PUBLISHED));
          const again = JSON.stringify(extractArticle(page, PUBLISHED));
          process.env.TZ = 'Pacific/Kiritimati';
          const elsewhere = JSON.stringify(extractArticle(page, PUBLISHED));
          expect(again).toBe(first);
          expect(elsewhere).toBe(first);
        }),
        { numRuns: Math.max(10, numRuns >> 1) },
      );
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

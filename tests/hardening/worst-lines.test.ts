/**
 * Every regular expression in src/ meets 1 MB worst-case lines: long runs of one character class, mixes, and
 * its own keywords repeated (the shape of most attacks on keyword-led windows). A linear pattern reads such a
 * line in milliseconds; a super-linear one would take hours. The patterns run in a worker thread that reports
 * before each one, so a pattern that hangs is named and the thread stopped instead of the suite hanging. The
 * limit below is a hang detector, a hundred times what a linear pattern needs, not a speed target (speed is
 * in `npm run bench`).
 */
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { allPatterns, type Pattern } from './regexes.js';

const SIZE = 1024 * 1024;
const HANG_MS = 30_000;

/** Runs every pattern; resolves to the pattern that ran past HANG_MS, or null when all finished. */
function firstHang(list: Pattern[], hangMs = HANG_MS): Promise<Pattern | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./workers/regex-lines.mjs', import.meta.url), { workerData: { patterns: list, size: SIZE } });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve(list[current] ?? null);
      }, hangMs);
    };
    arm();
    worker.on('message', (m: { i?: number; done?: boolean }) => {
      if (m.done) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(null);
      } else {
        current = m.i!;
        arm();
      }
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

it('every pattern in src/ reads 1 MB worst-case lines without hanging', async () => {
  const list = await allPatterns();
  expect(list.length).toBeGreaterThan(250);
  const hang = await firstHang(list);
  expect(hang && `${hang.where} /${hang.source}/${hang.flags}`).toBeNull();
}, 600_000);

it('the detector names a pattern that hangs', async () => {
  const hang = await firstHang([{ source: '^(a|a)+$', flags: '', where: 'test' }], 2_000);
  expect(hang?.where).toBe('test');
}, 60_000);

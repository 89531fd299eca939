// Runs each pattern over its worst-case lines and reports before each one, so that the test can name the
// pattern that hangs and stop this thread. See ../worst-lines.test.ts.
import { parentPort, workerData } from 'node:worker_threads';

const { patterns, size } = workerData;

/** Repeats `unit` to `size` characters and ends the line with a character nothing expects. */
const line = (unit) => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size) + '\u0000';

// What every pattern meets: runs of one class (space, letters, capitals, digits, punctuation, quotation marks)
// and a mix that keeps switching class.
const COMMON = [' ', '\t', 'a', 'A', 'É', '1', '.', ',', '"', '“', '(', '-', 'Aa1 .,"-(', 'Ab. '].map(line);

/** The words a pattern looks for, so that a keyword-led window ("subscribe … to continue reading") opens everywhere. */
function ownLines(source) {
  const words = [...new Set(source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]/g, ' ').match(/[\p{L}']{2,}/gu) ?? [])];
  if (!words.length) return [];
  return [words.join(' ') + ' ', words.join(''), words.join('\u0000'), words.map((w) => `${w} ${w.toUpperCase()} ${w[0].toUpperCase()}${w.slice(1)}`).join(' ')].map(line);
}

for (const [i, p] of patterns.entries()) {
  parentPort.postMessage({ i });
  // A global pattern is run the way the code runs it, over every match.
  const global = p.flags.includes('g');
  const re = new RegExp(p.source, global ? p.flags.replace('y', '') : p.flags.replace(/[gy]/g, ''));
  for (const text of [...COMMON, ...ownLines(p.source)]) {
    if (global) text.replace(re, '');
    else re.exec(text);
  }
}
parentPort.postMessage({ done: true });

// The CLI run a user gets: files in, JSON lines out on a pipe, default flags, at --concurrency 1, 2 and the
// default. The runs are interleaved round by round, so that no setting gets a quieter machine than another.
// Start-up excluded: pages after the first line ÷ the time from the first line to the last; included: every
// page ÷ the process's whole life. Prints one JSON object: { pages, rows: [{ name, excluded, included }] }
// with the median of the rounds.
//   node tests/bench/cli.mjs <rounds> <folder> [<folder> …]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [rounds, ...folders] = process.argv.slice(2);
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SETTINGS = [
  { name: '--concurrency 1', flags: ['--concurrency', '1'] },
  { name: '--concurrency 2', flags: ['--concurrency', '2'] },
  { name: 'default', flags: [] },
];

function once(flags) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, '--quiet', ...flags, ...folders], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0, first = null, last = null, err = '';
    child.stdout.on('data', (chunk) => {
      const now = performance.now();
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      first ??= now;
      last = now;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const end = performance.now();
      if (code !== 0 && code !== 1) return reject(new Error(`copydesk exited ${code}: ${err}`));
      resolve({ lines, excluded: (lines - 1) / ((last - first) / 1000), included: lines / ((end - start) / 1000) });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = new Map(SETTINGS.map((s) => [s.name, []]));
let pages = 0;
for (let r = 0; r < Number(rounds); r++) {
  // A rotating order: each setting goes first in turn.
  for (let k = 0; k < SETTINGS.length; k++) {
    const s = SETTINGS[(r + k) % SETTINGS.length];
    const result = await once(s.flags);
    pages = result.lines;
    runs.get(s.name).push(result);
  }
}
const rows = SETTINGS.map((s) => ({ name: s.name, excluded: median(runs.get(s.name).map((x) => x.excluded)), included: median(runs.get(s.name).map((x) => x.included)) }));
console.log(JSON.stringify({ pages, rows }));

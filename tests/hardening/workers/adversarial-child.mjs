// One adversarial input in a process of its own: builds it, extracts it with the built library, and prints
// one JSON line — time, peak RSS, whether the record is valid, what it holds. Run by adversarial.test.ts and
// by the bench. By hand: `node tests/hardening/workers/adversarial-child.mjs "<name>" ['<options JSON>']`,
// where the name is an ADVERSARIAL entry or `page of N MB` (pageOfSize).
import { readFileSync } from 'node:fs';
import { ADVERSARIAL, STORY, pageOfSize } from '../adversarial.mjs';
import { ArticleRecordSchema, extractArticle } from '../../../dist/index.js';

/**
 * This process's peak RSS. Linux carries getrusage's maxRSS across exec, so a child of a large process would
 * report its parent's size; VmHWM belongs to the process's own memory map.
 */
function peakRssMb() {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    if (kb) return Math.round(kb / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const name = process.argv[2];
const options = JSON.parse(process.argv[3] ?? '{}');
const sized = /^page of (\d+(?:\.\d+)?) MB$/.exec(name);
const entry = sized ? { make: () => pageOfSize(Number(sized[1])) } : ADVERSARIAL[name];
if (!entry) {
  console.error(`no adversarial input named ${JSON.stringify(name)}`);
  process.exit(2);
}
const input = entry.make();
const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
const started = performance.now();
let record;
const stages = { structure: 0, enrich: 0 };
let error = null;
try {
  record = extractArticle(input, { ...options, profile: (stage, stageMs) => (stages[stage.startsWith('enrich') ? 'enrich' : 'structure'] += stageMs) });
} catch (e) {
  error = String(e?.stack ?? e);
}
const ms = performance.now() - started;
const valid = record ? ArticleRecordSchema.safeParse(record).success : false;
const body = record?.body.text ?? '';
const spansInside = record
  ? [...record.body.paragraphs, ...record.quotes, ...record.figures, ...record.dates, ...record.events].every((s) => s.start >= 0 && s.end <= body.length && s.start <= s.end)
  : false;
console.log(JSON.stringify({
  name,
  bytes,
  ms: Math.round(ms),
  structureMs: Math.round(stages.structure),
  enrichMs: Math.round(stages.enrich),
  rssMb: peakRssMb(),
  error,
  valid,
  spansInside,
  codes: record?.diagnostics.map((d) => d.code) ?? [],
  bodyChars: body.length,
  // The longest one-line field: a megabyte title or description must not become a headline or a dek.
  longestField: Math.max(0, ...[record?.headline, record?.dek, record?.kicker, record?.siteName, ...(record?.authors ?? [])].map((s) => s?.length ?? 0)),
  story: STORY.slice(0, 2).every((p) => body.includes(p)),
  markup: /<\/?[a-z][^>]*>/i.test(body) || /<\/?[a-z][^>]*>/i.test(record?.headline ?? ''),
  polluted: {}.polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
}));

// One adversarial input in a process of its own: builds it, extracts it with the built library, and prints
// one JSON line — time, peak RSS, whether the record is valid, what it holds. Run by adversarial.test.ts and
// by the bench; `node tests/hardening/workers/adversarial-child.mjs "<name>"` runs one by hand.
import { ADVERSARIAL, STORY } from '../adversarial.mjs';
import { ArticleRecordSchema, extractArticle } from '../../../dist/index.js';

const name = process.argv[2];
const entry = ADVERSARIAL[name];
if (!entry) {
  console.error(`no adversarial input named ${JSON.stringify(name)}`);
  process.exit(2);
}
const input = entry.make();
const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
const started = performance.now();
let record;
let error = null;
try {
  record = extractArticle(input);
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
  rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  error,
  valid,
  spansInside,
  codes: record?.diagnostics.map((d) => d.code) ?? [],
  bodyChars: body.length,
  story: STORY.slice(0, 2).every((p) => body.includes(p)),
  markup: /<\/?[a-z][^>]*>/i.test(body) || /<\/?[a-z][^>]*>/i.test(record?.headline ?? ''),
  polluted: {}.polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
}));

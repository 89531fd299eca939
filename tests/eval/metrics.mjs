// Scoring as described in ../shared/datasets/README.md.

// The reference method (article-extraction-benchmark, Python) splits on `\w+`, which in Python matches letters and
// digits of every script. JavaScript's `\w` is ASCII only, even with the u flag: "Müller" fell apart into "m" and
// "ller", and a Japanese page had no words at all and scored 0 whatever was extracted.
const WORD = /[\p{L}\p{N}_]+/gu;

/** The set of 4-word shingles of a text (words are runs of letters, digits and "_" in any script, case-folded). */
export function shingles(text, n = 4) {
  const words = (text ?? '').toLowerCase().match(WORD) ?? [];
  const out = new Set();
  if (words.length && words.length < n) out.add(words.join(' '));
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** Per-page precision and recall of predicted text against gold text. */
export function bodyScore(pred, gold) {
  const p = shingles(pred);
  const g = shingles(gold);
  if (!p.size || !g.size) return { precision: 0, recall: 0 };
  let inter = 0;
  for (const s of p) if (g.has(s)) inter++;
  return { precision: inter / p.size, recall: inter / g.size };
}

/** Averages per-page precision and recall, then takes F1 of the averages. */
export function aggregateBody(scores) {
  if (!scores.length) return { precision: NaN, recall: NaN, f1: NaN, n: 0 };
  const precision = scores.reduce((s, x) => s + x.precision, 0) / scores.length;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / scores.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, n: scores.length };
}

export const fold = (s) => String(s ?? '').normalize('NFKC').replace(/[\u2018\u2019\u201A\u201B\u2032'`´]/g, "'")
  .replace(/[\u201C\u201D\u201E\u201F\u2033"«»]/g, '"').replace(/["']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export const sameText = (a, b) => fold(a) === fold(b);

/** Day of an ISO-ish date string, or null. */
export function day(s) {
  if (!s) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Set F1 of two lists of names (case and quote folded). */
export function namesF1(pred, gold) {
  const p = new Set(pred.map(fold).filter(Boolean));
  const g = new Set(gold.map(fold).filter(Boolean));
  if (!p.size && !g.size) return 1;
  if (!p.size || !g.size) return 0;
  let inter = 0;
  for (const x of p) if (g.has(x)) inter++;
  if (!inter) return 0;
  const precision = inter / p.size;
  const recall = inter / g.size;
  return (2 * precision * recall) / (precision + recall);
}

/** Splits a byline string the way the gold files write author lists. */
export const splitAuthorString = (s) => String(s ?? '').split(/\s*(?:,|;|\band\b|&)\s*/i).map((x) => x.replace(/^by\s+/i, '').trim()).filter(Boolean);

export class Tally {
  constructor() { this.ok = 0; this.n = 0; }
  add(ok) { this.n++; if (ok) this.ok++; }
  get rate() { return this.n ? this.ok / this.n : NaN; }
}

export class Mean {
  constructor() { this.sum = 0; this.n = 0; }
  add(x) { this.n++; this.sum += x; }
  get value() { return this.n ? this.sum / this.n : NaN; }
}

/** Two spans ({start, end}) share at least one character. */
export const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
/** Characters two spans share. */
export const overlapLength = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** Numbers equal up to floating-point noise, relative to the expected value. */
export const nearlyEqual = (a, b, tolerance = 1e-9) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));

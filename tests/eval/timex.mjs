// TempEval-3 scoring of time expressions (README of ../shared/datasets): relaxed match = any overlap, strict =
// the same extent; value F1 = relaxed F1 × the share of relaxed matches whose TimeML value is equal.
import { overlaps as overlap } from './metrics.mjs';
import * as chrono from 'chrono-node';


/** One-to-one matching, greedy in text order. Returns tallies for one document. */
export function scoreTimex(pred, gold) {
  const used = new Set();
  let relaxed = 0, strict = 0, value = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && overlap(p, g));
    if (i < 0) continue;
    used.add(i);
    relaxed++;
    if (pred[i].start === g.start && pred[i].end === g.end) strict++;
    if (pred[i].value === g.value) value++;
  }
  return { pred: pred.length, gold: gold.length, relaxed, strict, value };
}

export function f1(tp, pred, gold) {
  return tp && pred && gold ? (2 * tp) / (pred + gold) : 0;
}

const pad = (n) => String(n).padStart(2, '0');
/** The baseline: plain chrono-node, its dates as day values (times with the hour). */
export function chronoBaseline(text, dct) {
  const ref = new Date(`${dct}T12:00:00Z`);
  return chrono.casual.parse(text, ref).map((r) => {
    const s = r.start;
    const day = `${s.get('year')}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
    return { start: r.index, end: r.index + r.text.length, value: s.isCertain('hour') ? `${day}T${pad(s.get('hour'))}:${pad(s.get('minute') ?? 0)}` : day };
  });
}

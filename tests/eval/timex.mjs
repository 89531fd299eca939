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

/**
 * Dated events against the TimeML links (README of ../shared/datasets): a gold link is found when an event's date
 * overlaps the link's expression and its trigger overlaps the link's event (strict) or its text holds the event
 * (lenient); an event is scored when its date overlaps an expression that anchors a gold event, and is right when
 * its trigger overlaps one of them.
 */
export function scoreEvents(events, links) {
  let found = 0, lenient = 0, scored = 0, right = 0;
  for (const l of links) {
    const dated = events.filter((e) => overlap(e.date, l.timex));
    if (dated.some((e) => e.trigger && overlap(e.trigger, l.event))) found++;
    if (dated.some((e) => e.start <= l.event.start && l.event.end <= e.end)) lenient++;
  }
  for (const e of events) {
    const anchored = links.filter((l) => overlap(e.date, l.timex));
    if (!anchored.length) continue;
    scored++;
    if (e.trigger && anchored.some((l) => overlap(e.trigger, l.event))) right++;
  }
  return { links: links.length, found, lenient, scored, right, events: events.length, chars: events.reduce((n, e) => n + (e.end - e.start), 0) };
}

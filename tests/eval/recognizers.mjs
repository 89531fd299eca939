// Recognizers-Text English Number and NumberRange specs: which cases copydesk's figures pass. The specs test a
// general-purpose recogniser, so only the cases plausible in a news sentence count toward the pass rate. A case
// is left out when it is a bare token or a two-word fragment, uses arithmetic wording ("less or equal",
// "negative", "over" as division, "≥"), talks about numbers rather than with them ("is a valid number", "the
// result is", "how much is"), reads digits aloud ("point", "nought"), writes a fraction with a denominator past
// quarters in words ("twenty-three fifths", "a thirtieth"), or groups digits with spaces or the Indian
// 2-digit grouping ("40 000", "12,34,567"). Everything else counts; the table also gives the rate on all cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearlyEqual } from './metrics.mjs';

const close = (a, b) => nearlyEqual(a, b, 1e-6);

const NOT_NEWS = new RegExp([
  String.raw`\b(?:equal|equals|negative|positive|plus|minus|times|divided|multiplied|squared|cubed|power of|to the)\b`,
  String.raw`[≥≤<>=]`, String.raw`\d+\.\d+\.\d+`, String.raw`\b\d+\/\d+\b`, String.raw`\bth\b`,
  String.raw`\b(?:valid numbers?|a number|number format|the result is|the number is|number range|how much is|value is|value was|value of)\b`,
  String.raw`\b(?:point|nought|naught|over)\b`,
  String.raw`\b(?:\w+-)?(?:fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?|\w+ieths?|firsts?|twenty-\w+ths?)\b`,
  String.raw`\d \d{3}\b`, String.raw`\d,\d\d,\d{3}`,
].join('|'), 'i');

export function newsPlausible(input) {
  const words = input.match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && !NOT_NEWS.test(input);
}

export function loadSpec(root, name) {
  return JSON.parse(readFileSync(join(root, 'numbers/recognizers-text/Number/English', name), 'utf8'));
}


/** A Number case passes when copydesk finds exactly the values the spec lists (in any order). */
export function numberCasePasses(figures, results) {
  const ours = figures.flatMap((f) => (f.value !== null ? [f.value] : f.qualifier === 'range' ? [f.low, f.high] : [])).filter((x) => x !== null);
  const gold = results.map((r) => Number(r.Resolution?.value)).filter((x) => Number.isFinite(x));
  if (ours.length !== gold.length) return false;
  const left = [...ours];
  return gold.every((g) => {
    const i = left.findIndex((o) => close(o, g));
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

/** A NumberRange case passes when a figure gives the same bounds ("[20,30)" → low 20, high 30). */
export function rangeCasePasses(figures, results) {
  if (!results.length) return figures.every((f) => f.qualifier !== 'range' && f.qualifier !== 'more-than' && f.qualifier !== 'less-than' && f.qualifier !== 'at-least' && f.qualifier !== 'at-most');
  return results.every((r) => {
    const m = /^[[(]\s*(-?[\d.e+]*)\s*,\s*(-?[\d.e+]*)\s*[\])]$/.exec(r.Resolution?.value ?? '');
    if (!m) return false;
    const lo = m[1] ? Number(m[1]) : null, hi = m[2] ? Number(m[2]) : null;
    return figures.some((f) => (lo === null || f.low !== null && close(f.low, lo) || f.value !== null && close(f.value, lo) && hi === null)
      && (hi === null || f.high !== null && close(f.high, hi) || f.value !== null && close(f.value, hi) && lo === null));
  });
}

/** Percent spec: the percentages found are the ones listed ("100%" → 100). */
export function percentCasePasses(figures, results) {
  const ours = figures.filter((f) => f.unit === 'percent' && f.value !== null).map((f) => f.value);
  const gold = results.map((r) => Number(String(r.Resolution?.value ?? '').replace('%', ''))).filter(Number.isFinite);
  return ours.length === gold.length && gold.every((g) => ours.some((o) => close(o, g)));
}

/** Currency spec: each amount listed is a money figure with the same value (the currency is not compared). */
export function currencyCasePasses(figures, results) {
  const money = figures.filter((f) => f.category === 'money' && f.value !== null).map((f) => f.value);
  const gold = results.map((r) => Number(r.Resolution?.value)).filter(Number.isFinite);
  return gold.length > 0 && gold.every((g) => money.some((o) => close(o, g)));
}

/** quantulum3: each quantity's value is among the figures (years and other bare "dimensionless" tokens excepted). */
export function quantulumCasePasses(figures, res) {
  const values = figures.flatMap((f) => (f.value !== null ? [f.value] : [f.low, f.high])).filter((x) => x !== null);
  const gold = res.filter((r) => r.unit !== 'dimensionless').map((r) => Number(r.value)).filter(Number.isFinite);
  return gold.every((g) => values.some((o) => close(o, g)));
}

/**
 * DateTime spec. Its inputs are mostly calendar-assistant requests ("I'll go back 04th Jan 2019"); a case is
 * news-plausible when it speaks in the third person (no I/we/you, no question, no imperative "let's/please").
 */
const FIRST_OR_SECOND_PERSON = /\b(?:i|i'm|i'll|i've|i'd|me|my|we|we'll|we're|us|our|you|you'll|you're|your|let's|please|can|could)\b|\?/i;
export function dateNewsPlausible(input) {
  return (input.match(/\p{L}+/gu) ?? []).length >= 3 && !FIRST_OR_SECOND_PERSON.test(input);
}

/** A DateTime case passes when every expected date, time or duration is found over the same words with one of its values. */
export function dateTimeCasePasses(dates, results) {
  const wanted = results.filter((r) => r.Resolution?.values?.length && /date$|datetime$|time$|duration$|set$/.test(r.TypeName ?? ''));
  if (!wanted.length) return dates.filter((d) => d.value && /^\d/.test(d.value)).length === 0;
  return wanted.every((r) => {
    const accepted = new Set(r.Resolution.values.flatMap((v) => [v.timex, v.value, v.value?.replace(' ', 'T').slice(0, 16)].filter(Boolean)));
    return dates.some((d) => d.start <= r.End && r.Start < d.end && accepted.has(d.value));
  });
}

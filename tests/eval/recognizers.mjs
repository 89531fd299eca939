// Recognizers-Text English Number and NumberRange specs: which cases copydesk's figures pass. The specs test a
// general-purpose recogniser, so only the cases plausible in a news sentence count toward the pass rate:
// a phrase of at least three words, with no arithmetic wording ("less or equal", "negative", "≥"), no bare
// version numbers or IP addresses, and none that the spec itself marks as an ordinal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOT_NEWS = /\b(?:equal|equals|negative|positive|plus|minus|times|divided|multiplied|squared|cubed|power of|to the)\b|[≥≤<>=]|\d+\.\d+\.\d+|\b\d+\/\d+\b|\bth\b/i;

export function newsPlausible(input) {
  const words = input.match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && !NOT_NEWS.test(input);
}

export function loadSpec(root, name) {
  return JSON.parse(readFileSync(join(root, 'numbers/recognizers-text/Number/English', name), 'utf8'));
}

const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

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

// Figure scoring on NewsQuant (README of ../shared/datasets): a predicted figure matches a gold quantity with
// the same numeric value in the same sentence, one to one; precision, recall and F1 over values, then the same
// with the qualifier (gold `change`) and with the unit also right.
import { nearlyEqual as same } from './metrics.mjs';


/** Gold values: "275.0", or "36040.0-34935.0" for a from-to pair. */
export function goldValues(q) {
  const m = /^(-?[\d.]+)(?:-(-?[\d.]+))?$/.exec(String(q.value).trim());
  return m ? [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])] : [];
}

/** Our figure's values: its value, or its bounds for a range. Vague figures state no value. */
const ourValues = (f) => (f.value !== null ? [f.value] : [f.low, f.high].filter((x) => x !== null && (f.qualifier === 'range' || f.qualifier === 'vague')));

/**
 * copydesk's qualifier and change in NewsQuant's terms: a qualifier ("more than 60%") wins over the change
 * it sits in; a vague magnitude is NewsQuant's "=" with a range value.
 */
export function changeCode(f) {
  const q = { exact: '=', range: '=', vague: '=', approximate: '~', 'more-than': '>', 'at-least': '>', 'less-than': '<', 'at-most': '<' }[f.qualifier];
  return q !== '=' ? q : f.change ?? '=';
}

const CURRENCY = new Map([['usd', 'usd'], ['ils', 'shekel'], ['eur', 'eur'], ['gbp', 'gbp'], ['jpy', 'jpy'], ['cny', 'cny'], ['myr', 'myr'],
  ['hkd', 'hkd'], ['shekel', 'shekel'], ['kilometre', 'km'], ['kilometer', 'km'], ['metre', 'm'], ['meter', 'm'],
  ['mile per hour', 'mph'], ['horsepower', 'hp'], ['kilometre per hour', 'km/h'], ['kilogram', 'kg'], ['pound-foot', 'pound-foot'],
  ['year of age', 'year'], ['inche', 'inch'], ['foot', 'foot'], ['feet', 'foot'], ['centimetre', 'cm'], ['millimetre', 'mm'],
  ['gigabyte', 'gb'], ['watt', 'w'], ['kilowatt', 'kw'], ['hertz', 'hz'], ['gigahertz', 'ghz'], ['degree', 'degree'],
  ['percentage point', 'point'], ['count', 'times'], ['p', 'pence'], ['bhp', 'hp'], ['brake horsepower', 'hp'],
  ['pound-mass', 'pound'], ['lb', 'pound'], ['watt', 'w'], ['mile', 'mile'], ['megawatt', 'mw'], ['gigawatt', 'gw'],
  ['volt', 'v'], ['chinese yuan', 'cny'], ['square feet', 'square foot'], ['sq ft', 'square foot'], ['sqm', 'square metre'],
  ['sq m', 'square metre'], ['gigawatt hour', 'gwh'], ['mile per gallon', 'mpg'], ['nanometre', 'nm'], ['nanometer', 'nm'],
['$', 'usd'], ['us$', 'usd'], ['dollar', 'usd'], ['hk$', 'hkd'], ['€', 'eur'], ['euro', 'eur'],
  ['£', 'gbp'], ['pound sterling', 'gbp'], ['rm', 'myr'], ['ringgit', 'myr'], ['¥', 'jpy'], ['yen', 'jpy'], ['yuan', 'cny'],
  ['%', 'percent'], ['per cent', 'percent'], ['pct', 'percent'], ['year-old', 'year'], ['years old', 'year']]);
export function normUnit(u) {
  let s = String(u ?? '').toLowerCase().trim();
  if (!s || s === '-') return '';
  s = CURRENCY.get(s) ?? s;
  s = s.replace(/(?<=[a-z]{3})(?:es|s)$/, '');
  return CURRENCY.get(s) ?? s;
}
/** The unit is right when ours (or, for counts, the noun counted) names what the gold unit names. */
export function unitRight(f, q) {
  const gold = normUnit(q.unit), goldNorm = normUnit(q.normalized_unit);
  const ours = [normUnit(f.unit), normUnit(f.subject), normUnit(f.subject?.split(/\s+/).pop())].filter(Boolean);
  if (!gold) return !f.unit;
  // "$ per gallon" is dollars; "kilometre per hour" is km/h: compare the whole unit and its first word.
  const goldHead = normUnit(String(q.unit).split(/\s+per\s+|\s+a\s+|\s+/)[0]);
  const goldNormHead = normUnit(String(q.normalized_unit).split(/\s+per\s+|\s+/)[0]);
  return ours.some((o) => [gold, goldNorm, goldHead, goldNormHead].includes(o) || gold.endsWith(` ${o}`) || o.endsWith(` ${gold}`));
}

/** Matches one sentence's figures to its gold quantities; returns the tallies. */
export function scoreSentence(figures, quantities) {
  const used = new Set();
  let matched = 0, qualifier = 0, unit = 0;
  for (const q of quantities) {
    const values = goldValues(q);
    const i = figures.findIndex((f, k) => !used.has(k) && ourValues(f).some((v) => values.some((g) => same(v, g))));
    if (i < 0) continue;
    used.add(i);
    matched++;
    if (changeCode(figures[i]) === q.change) qualifier++;
    if (unitRight(figures[i], q)) unit++;
  }
  return { pred: figures.filter((f) => ourValues(f).length).length, gold: quantities.length, matched, qualifier, unit };
}

export const f1 = (tp, pred, gold) => (tp && pred && gold ? (2 * (tp / pred) * (tp / gold)) / (tp / pred + tp / gold) : 0);

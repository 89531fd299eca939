/**
 * Normalises the many ways pages write a timestamp to ISO 8601, keeping only the precision that is known
 * and the page's own UTC offset (so the local calendar day survives).
 */
import * as chrono from 'chrono-node';
import { forChrono } from '../../calendar.js';

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;
const pad = (n: number | string) => String(n).padStart(2, '0');

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, zone?: string): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || Number.isNaN(h) || h > 23 || (mi ?? 0) > 59) return date;
  let offset = '';
  if (zone) {
    const z = zone.toUpperCase();
    if (z === 'Z' || z === 'UTC' || z === 'GMT') offset = 'Z';
    else {
      const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
      if (m) offset = m[2] === '00' && (m[3] ?? '00') === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3] ?? '00'}`;
    }
  }
  return `${date}T${pad(h)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${offset}`;
}

/** An ISO string for a date-ish value, or null when it holds no plausible calendar date. */
export function toIso(raw: string, reference?: Date): string | null {
  const text = raw.trim();
  if (!text || text.length > 200) return null;
  let m = ISO_LIKE.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    return build(+y!, +mo!, +d!, h === undefined ? undefined : +h, mi === undefined ? undefined : +mi, s === undefined ? undefined : +s, zone);
  }
  m = COMPACT.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    return build(+y!, +mo!, +d!, h === undefined ? undefined : +h, mi === undefined ? undefined : +mi, s === undefined ? undefined : +s);
  }
  if (EPOCH.test(text)) {
    const ms = text.length === 10 ? +text * 1000 : +text;
    const dt = new Date(ms);
    return build(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds(), 'Z');
  }
  return fromText(text, reference);
}

/** Numeric dates: dots and dashes are day-first everywhere; slashes are month-first in US English only. */
const NUMERIC_DMY = /(?<![\d./])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d{2})(?![\d./]*\d)(?:,?\s*(?:um\s+|at\s+|à\s+|-\s*)?(\d{1,2})[:h.](\d{2}))?/;
const NUMERIC_YMD = /(?<!\d)((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/;
const YEAR_IN_TEXT = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\D|$)/;

function numericDate(text: string, monthFirst: boolean): string | null {
  let m = NUMERIC_YMD.exec(text);
  if (m) return build(+m[1]!, +m[3]!, +m[4]!);
  m = NUMERIC_DMY.exec(text);
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[3]!;
  let y = +m[4]!;
  if (y < 100) y += y < 70 ? 2000 : 1900;
  const slashUs = m[2] === '/' && monthFirst;
  // An impossible month settles the order whatever the convention.
  const [day, month] = slashUs ? (a > 12 ? [a, b] : [b, a]) : b > 12 ? [b, a] : [a, b];
  return build(y, month, day, m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6]);
}

/** Dates written out ("Dec. 17, 2023", "17 décembre 2023", "10.06.2018") need a year in the text to count:
 * "yesterday" or a bare weekday says nothing on its own about when a page was published. */
export function fromText(text: string, reference?: Date, language?: string | null): string | null {
  if (!YEAR_IN_TEXT.test(text)) return null;
  const numeric = numericDate(text, !language || /^en(?:-US)?$/i.test(language));
  if (numeric) return numeric;
  const results = parseAnyLanguage(text, reference);
  if (!results.length) return monthNameDate(text);
  for (const r of results) {
    const c = r.start;
    if (!/(?:19|20)\d{2}/.test(r.text)) continue;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year')!;
    const hasTime = c.isCertain('hour');
    const offset = c.get('timezoneOffset');
    const zone = c.isCertain('timezoneOffset') && offset !== null && offset !== undefined
      ? (offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`)
      : undefined;
    return build(y, c.get('month')!, c.get('day')!, hasTime ? c.get('hour')! : undefined, hasTime ? c.get('minute') ?? 0 : undefined, undefined, zone);
  }
  return null;
}

const PARSERS = [chrono.en.casual, chrono.en.GB, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.nl, chrono.ja, chrono.it, chrono.sv, chrono.ru, chrono.uk, chrono.zh]
  .filter((p): p is chrono.Chrono => Boolean(p && typeof (p as chrono.Chrono).parse === 'function'));

function parseAnyLanguage(text: string, reference?: Date) {
  for (const parser of PARSERS) {
    // The reference as the same calendar day in every time zone (see forChrono).
    const results = parser.parse(text, forChrono(reference ?? new Date(Date.UTC(2000, 0, 1, 12))));
    // The first parser that reads a whole date wins; English reading only "November 2021" out of
    // "8. November 2021" must not stop the German one.
    if (results.some((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))) return results;
  }
  return [];
}

/** Month names that chrono's locales miss, or miss in some orders ("Juli 12, 2017", "20 septembrie 2020"). */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'ianuarie', 'jan'],
  ['february', 'februar', 'février', 'febrero', 'febbraio', 'februari', 'fevereiro', 'februarie', 'feb'],
  ['march', 'märz', 'mars', 'marzo', 'maart', 'março', 'martie', 'mar'],
  ['april', 'avril', 'abril', 'aprile', 'aprilie', 'apr'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'iunie', 'jun'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'iulie', 'jul'],
  ['august', 'août', 'agosto', 'augustus', 'aug'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'septembrie', 'sep', 'sept'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'octombrie', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'novembro', 'noiembrie', 'nov'],
  ['december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'decembrie', 'dec', 'dez'],
];
const MONTH_OF = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));
const NAMED_DAY_FIRST = /(?<!\d)(\d{1,2})\.?\s+(\p{L}{3,12})\.?,?\s+((?:19|20)\d{2})(?!\d)/u;
const NAMED_MONTH_FIRST = /(?<!\p{L})(\p{L}{3,12})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?!\d)/u;

function monthNameDate(text: string): string | null {
  let m = NAMED_DAY_FIRST.exec(text);
  if (m && MONTH_OF.has(m[2]!.toLowerCase())) return build(+m[3]!, MONTH_OF.get(m[2]!.toLowerCase())!, +m[1]!);
  m = NAMED_MONTH_FIRST.exec(text);
  if (m && MONTH_OF.has(m[1]!.toLowerCase())) return build(+m[3]!, MONTH_OF.get(m[1]!.toLowerCase())!, +m[2]!);
  return null;
}


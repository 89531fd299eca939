/**
 * Every time expression in the body with a TimeML type and value. chrono-node is the engine for dates and
 * times; this module adds what news needs around it: bare years ("in 2010"), weeks/months/years for "last
 * week" and "this month", durations (from the figures: "six-week" → P6W, "two days" → P2D, "for weeks" →
 * PXW), sets ("every week"), deictic references (PRESENT_REF, PAST_REF, FUTURE_REF), future-tense weekdays,
 * and honesty about inference: with no stated reference, weekdays and deictic dates stay unresolved.
 */
import * as chrono from 'chrono-node';
import type { Figure, TimeExpression } from '../../schema.js';
import { sentenceIndexAt, type Document } from '../text/document.js';
import { firstAtOrAfter } from '../text/search.js';
import { forChrono, utcNoon as utc } from '../../calendar.js';
import { DEADLINE, FUTURE, PAST } from './tense.js';
import { CENTURY, centuryValue, DECADE, decadeValue, DEICTIC_MONTH, deicticMonth, HOLIDAY, holidayValue, MONTH_NAMES, MONTH_WORDS, PART_OF_YEAR, partOfYearValue, seasonValue, SPOKEN_YEAR, spokenYear } from './named.js';
import { pad, type ReferenceDate } from './reference.js';

/** Time expressions read per article; a real story has a few dozen. */
const MAX_TIME_EXPRESSIONS = 5000;
const MODIFIER_BEFORE = /\b(?:early|earlier|late|later|mid-?|the end of|the beginning of|the start of|the middle of)\s?$/i;
/** "last year" after a month: "[June last year]". */
const MONTH_YEAR_AFTER = /^ (last|this|next) year\b/i;
/** Qualifiers that TimeML keeps in a counted-back date: "[almost two years ago]", "[nearly four years ago]". */
const AGO_QUALIFIER = /\b(?:almost|nearly|about|some|more than|less than|at least|over|roughly|just)\s$/i;
/** Between the two ends of a range chrono reads as one. */
const RANGE_JOIN = /(?<!\s)\s*(?:\b(?:to|through|thru|until|till)\b|[-–—])\s*/i;
/** TimeML calls these SIGNALs and leaves them out of the extent: "within [a week]", "over [three years]". */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|of|for|before|after|within|over)\s+/i;

/**
 * TimeML extents take in the word that makes a time noun phrase deictic or definite: "last February", "this
 * September", "each July", "the past year", "the weekend", "the end of the month". chrono leaves it out; each
 * row is the word just before an expression and the words the expression must start with to take it in.
 */
const DETERMINER_BEFORE: readonly { before: RegExp; head: RegExp }[] = [
  // "last" after an auxiliary is the verb: "could last February through May".
  { before: /(?<!\b(?:can|could|did|do|does|may|might|must|not|should|to|will|would) )\b(?:last|this|next|each|every|coming) $/i, head: /^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b/i },
  { before: /\bthe $/i, head: /^(?:past|last|next|coming|previous|weekend|end|beginning|middle|start)\b/i },
];

/**
 * And leave out the article of a larger noun phrase: "the eight-year war" (a duration used as an adjective),
 * "in the weeks before the shooting" (a bare unit).
 */
const ARTICLE_OF_PHRASE = /^the (?=\S+-(?:second|minute|hour|day|week|month|year|decade)\b|(?:days|weeks|months|years|decades)\b(?! ahead))/i;

function timemlExtent(e: TimeExpression, text: string): TimeExpression {
  const article = ARTICLE_OF_PHRASE.exec(e.text);
  if (article) return { ...e, start: e.start + article[0].length, text: e.text.slice(article[0].length) };
  const window = text.slice(Math.max(0, e.start - 20), e.start);
  for (const rule of DETERMINER_BEFORE) {
    const m = rule.head.test(e.text) ? rule.before.exec(window) : null;
    if (m) {
      const start = e.start - m[0].length + m[0].search(/\S/);
      return { ...e, start, text: text.slice(start, e.end) };
    }
  }
  return e;
}
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORDS = WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|');

/** ISO week number and its year for a UTC date. */
function isoWeek(d: Date): [number, number] {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return [t.getUTCFullYear(), Math.ceil(((t.getTime() - yearStart.getTime()) / 86400000 + 1) / 7)];
}

/** The ISO week of a day as a TimeML value: "2024-W09". */
const isoWeekValue = (d: Date) => { const [wy, w] = isoWeek(d); return `${wy}-W${pad(w)}`; };

const MONTH_PAST = (clause: string) => PAST.test(clause) || /\bsince\s+$/i.test(clause);
/** Before a month and day only the word right before speaks for the past: "the year ended [March 31]". */
const MONTH_DAY_PAST = (clause: string) => /\b(?:since|ended)\s+$/i.test(clause);

/**
 * The tense of the words before a month: "will vote in December", "payable Dec. 1", "stepped down in March",
 * "since March". `past` says which words speak for the past.
 */
const tenseOf = (clause: string, past = MONTH_PAST) => (FUTURE.test(clause) ? 'future' : DEADLINE.test(clause) ? 'deadline' : past(clause) ? 'past' : null);

/** How far ahead a date named without a year may lie before news means the last one: "payable Dec. 1", written in
 * October, is this December's; "the year ended March 31", in October, last March's. */
const NEAR_AHEAD_MONTHS = 4;

/**
 * The year of a month (and day) named without one: the last such date (the reference's own included) in a
 * past-tense clause, the next one in a future-tense clause, and where the clause says neither, the next one
 * when it is near, else the last.
 */
function yearOfMonth(month: number, day: number | null, tense: 'future' | 'past' | 'deadline' | null, ref: Date): number {
  const refYear = ref.getUTCFullYear(), refMonth = ref.getUTCMonth() + 1;
  const sign = month - refMonth || (day === null ? 0 : day - ref.getUTCDate());
  const next = sign >= 0 ? refYear : refYear + 1, last = sign <= 0 ? refYear : refYear - 1;
  if (tense === 'future' || tense === 'past') return tense === 'future' ? next : last;
  // Months ahead, a day counting as a 31st of one.
  let ahead = (month - refMonth + 12) % 12 + (day === null ? 0 : (day - ref.getUTCDate()) / 31);
  if (ahead < 0) ahead += 12;
  // A deadline looks ahead, unless it has just passed ("by Jan. 14", written on Jan. 15).
  if (tense === 'deadline') return ahead < 11 ? next : last;
  return ahead <= NEAR_AHEAD_MONTHS ? next : last;
}

/** The parsed components as a TimeML value, at the precision the text gives. */
function valueOf(r: chrono.ParsedResult, text: string, sentence: string, ref: Date): { value: string | null; type: 'date' | 'time'; certain: boolean; relative: boolean } {
  const s = r.start;
  const y = s.get('year')!, m = s.get('month')!, d = s.get('day')!;
  const lower = text.toLowerCase();
  const relative = !s.isCertain('month') || /\b(?:today|yesterday|tomorrow|tonight|this|last|next|ago|later|earlier)\b/.test(lower);
  let day = utc(y, m, d);
  // A bare weekday is the most recent such day on or before the reference in a past-tense clause, and the
  // next one in a future-tense clause ("last"/"next" in the text decide on their own).
  if (s.isCertain('weekday') && !s.isCertain('day') && !/\b(?:last|next|this)\b/.test(lower)) {
    const refDay = utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate());
    const back = (refDay.getUTCDay() - s.get('weekday')! + 7) % 7;
    day = new Date(refDay.getTime() - back * 86400000);
    if (FUTURE.test(sentence) && back > 0) day = new Date(day.getTime() + 7 * 86400000);
  }
  const Y = day.getUTCFullYear(), M = day.getUTCMonth() + 1, D = day.getUTCDate();
  const part = /\b(morning|afternoon|evening|night|tonight)\b/.exec(lower)?.[1];
  if (part && !/\d/.test(lower)) {
    return { value: `${Y}-${pad(M)}-${pad(D)}T${PART_OF_DAY[part]}`, type: 'time', certain: s.isCertain('year') || s.isCertain('day'), relative };
  }
  if (/\bweekend\b/.test(lower)) {
    return { value: `${isoWeekValue(day)}-WE`, type: 'date', certain: true, relative: true };
  }
  if (s.isCertain('hour')) {
    return { value: `${Y}-${pad(M)}-${pad(D)}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`, type: 'time', certain: s.isCertain('year') || s.isCertain('day'), relative };
  }
  if (/\bweek\b/.test(lower) && !s.isCertain('weekday')) {
    // "this week" is the reference's ISO week; chrono puts it on a Sunday, which ISO counts in the week before.
    const shift = /\b(?:this|last|past|next|coming) week\b/.exec(lower)?.[0].split(' ')[0];
    const offset = shift === 'last' || shift === 'past' ? -7 : shift === 'next' || shift === 'coming' ? 7 : 0;
    const week = isoWeekValue(shift ? new Date(utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()).getTime() + offset * 86400000) : day);
    return { value: week, type: 'date', certain: true, relative: true };
  }
  if (/\b(?:this|last|next|that) month\b/.test(lower)) return { value: `${Y}-${pad(M)}`, type: 'date', certain: true, relative: true };
  if (/\b(?:this|last|next|that) year\b/.test(lower)) return { value: `${Y}`, type: 'date', certain: true, relative: true };
  // "two years ago", "five months later", "three weeks earlier": as precise as the unit counted (TimeML).
  const counted = /\b(year|month|week)s? (?:ago|earlier|later)\b/.exec(lower)?.[1];
  if (counted === 'year') return { value: `${Y}`, type: 'date', certain: true, relative: true };
  if (counted === 'month') return { value: `${Y}-${pad(M)}`, type: 'date', certain: true, relative: true };
  if (counted === 'week') return { value: isoWeekValue(day), type: 'date', certain: true, relative: true };
  // "the end of November" is November (TimeML would add a modifier), not its last day.
  if (s.isCertain('month') && /^(?:the )?(?:end|beginning|start|middle) of [a-z]+$/.test(lower) && !/\bthe month\b/.test(lower)) {
    return { value: `${s.isCertain('year') ? Y : yearOfMonth(M, null, tenseOf(sentence), ref)}-${pad(M)}`, type: 'date', certain: s.isCertain('year'), relative };
  }
  if (s.isCertain('day') || s.isCertain('weekday') || /\b(?:today|yesterday|tomorrow|tonight|ago|later)\b/.test(lower)) {
    // "payable [Dec. 1]", "the year ended [March 31]": a month and day without a year. A past verb earlier in the
    // clause is often another event's ("declared a dividend, payable Dec. 1"), so only the word before decides.
    if (s.isCertain('month') && s.isCertain('day') && !s.isCertain('year')) {
      return { value: `${yearOfMonth(M, D, tenseOf(sentence, MONTH_DAY_PAST), ref)}-${pad(M)}-${pad(D)}`, type: 'date', certain: false, relative };
    }
    return { value: `${Y}-${pad(M)}-${pad(D)}`, type: 'date', certain: s.isCertain('year'), relative };
  }
  if (s.isCertain('month')) {
    if (s.isCertain('year')) return { value: `${Y}-${pad(M)}`, type: 'date', certain: true, relative };
    // A bare month: "will vote in December", "stepped down in March", "since March".
    return { value: `${yearOfMonth(M, null, tenseOf(sentence), ref)}-${pad(M)}`, type: 'date', certain: false, relative };
  }
  return { value: `${Y}`, type: 'date', certain: s.isCertain('year'), relative };
}

/** Qualifiers before a duration that its TimeML extent leaves out. */
const DURATION_QUALIFIER_OUT = /^(?:over|about|just|only)\s+/i;

const TIMEML_UNIT: Record<string, string> = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

/** "six-week" → P6W, "two days" → P2D, "three hours" → PT3H: from the figures that are durations. */
function durations(doc: Document, figures: readonly Figure[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const f of figures) {
    if (f.category !== 'duration' || !f.unit || f.value === null) continue;
    const unit = TIMEML_UNIT[f.unit];
    if (!unit) continue;
    // "in his 30s" is an age, "CBS's 60 Minutes" a name.
    if (/^\d+0s$/.test(f.text) || /^\S+ (?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?)\b/.test(f.text)) continue;
    const span = /^.*?\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b/i.exec(f.text);
    let text = span ? span[0] : f.text;
    let start = f.start;
    // "over three years", "about five hours": TimeBank leaves these qualifiers out of a duration's extent (and
    // keeps "nearly", "at least", "more than" in).
    const loose = DURATION_QUALIFIER_OUT.exec(text);
    if (loose) { start += loose[0].length; text = text.slice(loose[0].length); }
    // "almost two years ago" is a date counted back, with its qualifier: chrono reads the date, and the
    // qualifier joins it below.
    if (/^\s+ago\b/i.test(doc.text.slice(start + text.length, start + text.length + 5))) continue;
    // "the nine months", "the first nine months", "the past two weeks": TimeML keeps the determiner.
    const det = /\bthe (?:(?:first|past|last|next|previous|coming|final) )?$/i.exec(doc.text.slice(Math.max(0, start - 22), start));
    if (det) { start -= det[0].length; text = doc.text.slice(start, f.start) + text; }
    const time = ['S', 'M', 'H'].includes(unit) && f.unit !== 'month';
    // A counted decade is ten years: "two decades" → P20Y.
    const value = unit === 'DE' ? `P${f.value * 10}Y` : `P${time ? 'T' : ''}${f.value}${unit}`;
    out.push({ text, start, end: start + text.length, type: 'duration', value, certain: true });
  }
  return out;
}

const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
// "the third quarter" keeps its article; the adjective "third-quarter" stands alone.
const QUARTER = /\b(?:(?:the )?(first|second|third|fourth) quarter|(first|second|third|fourth)-quarter|the (latest|current|past|last|previous|same)? ?quarter(?!-to-)|the (latest) period)\b(?: of (1[89]\d\d|20\d\d))?/gi;
/** "the year-ago quarter", "the comparable year-earlier period", "the year-ago third quarter": a quarter a year back. */
const YEAR_AGO_QUARTER = /\b(?:the )?(?:comparable |same )?year-(?:ago|earlier) (?:(first|second|third|fourth) )?(?:quarter|period)\b/gi;
/** "this year's third quarter", "last year's quarter": a quarter of a year named from the reference. */
const QUARTER_OF_DEICTIC_YEAR = /\b(this|last|next) year[’']s (?:(first|second|third|fourth) )?quarter\b/gi;
/** "the 1988 third quarter", "the 1988 quarter", "the 1989 period": a quarter of a named year. */
const QUARTER_OF_YEAR = /\bthe ((?:19|20)\d\d) (?:(first|second|third|fourth) quarter|quarter|period)\b/gi;

/** The quarter's TimeML value: the named quarter of the stated year, else the latest such quarter before the reference. */
function quarterValue(quarter: { ordinal?: string; year?: string; current?: boolean }, reference: ReferenceDate | null): string | null {
  const ref = reference?.stated ? reference.date : null;
  const n = quarter.ordinal ? ORDINAL_QUARTER[quarter.ordinal.toLowerCase()]! : null;
  const year = quarter.year ? Number(quarter.year) : ref ? ref.getUTCFullYear() : null;
  if (year === null) return n ? `XXXX-Q${n}` : null;
  const current = ref ? Math.floor(ref.getUTCMonth() / 3) + 1 : 4;
  if (n) return `${!quarter.year && ref && n > current ? year - 1 : year}-Q${n}`;
  if (!ref) return null;
  // "the latest quarter" is the last one finished before the reference ("the quarter" too, until the story names one).
  const q = current - 1 || 4, y = current === 1 ? year - 1 : year;
  return quarter.current ? `${year}-Q${current}` : `${y}-Q${q}`;
}

/** Small counts in words, for spans counted in text ("two more weeks", "three days later"). */
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const COUNT = `\\d{1,3}|${Object.keys(COUNT_WORDS).filter((w) => !/^an?$/.test(w)).join('|')}`;
const SPAN_WITH_FRACTION_OR_MORE = new RegExp(`\\b(?:(\\d{1,3}) 1\\/2|(${COUNT}) more) (hour|day|week|month|year)s\\b`, 'gi');
/** A half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M. */
const HALF_OF: Record<string, (n: number) => string> = {
  hour: (n) => `PT${n}H30M`,
  day: (n) => `P${n}DT12H`,
  week: (n) => `P${n * 7 + 3}DT12H`,
  month: (n) => `P${n}M15D`,
  year: (n) => `P${n}Y6M`,
};

function spanValue(m: RegExpExecArray): string {
  const unit = m[3]!.toLowerCase();
  if (m[1]) return HALF_OF[unit]!(Number(m[1]));
  return `P${unit === 'hour' ? 'T' : ''}${COUNT_WORDS[m[2]!.toLowerCase()] ?? m[2]}${TIMEML_UNIT[unit]}`;
}

/**
 * "that year", "later that day", "the following month": a date counted from the last one the story names, not
 * from the reference ("fled in June 1998 and returned later that year").
 */
const ANAPHORIC = /\b(?:(?:later|earlier) )?(?:that (?:same )?|the (following|next|previous) )(day|month|year)\b/gi;

/** "three days later", "two weeks earlier": counted from the last date the story names (as the events it dates). */
const COUNTED_FROM_POINT = new RegExp(`^(?:(?:about|nearly|almost|some|just|more than|less than|over) )?(an?|${COUNT}) (day|week|month|year)s? (later|earlier|afterwards?)$`, 'i');

/** A date value moved by a count of units, at the precision of the unit. */
function countFrom(from: string, n: number, unit: string): string | null {
  const parts = from.split('-').map(Number);
  if (parts.length < (unit === 'year' ? 1 : unit === 'month' ? 2 : 3) || parts.some(Number.isNaN)) return null;
  const d = new Date(Date.UTC(parts[0]!, (parts[1] ?? 1) - 1, parts[2] ?? 1));
  if (unit === 'year') return String(d.getUTCFullYear() + n);
  if (unit === 'month') { d.setUTCMonth(d.getUTCMonth() + n); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; }
  d.setUTCDate(d.getUTCDate() + n * (unit === 'week' ? 7 : 1));
  return unit === 'week' ? isoWeekValue(d) : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The value an anaphoric expression holds until resolveAnaphoric reads it. */
const ANAPHORIC_PENDING = '\u0000anaphoric';
const ANAPHORIC_WHOLE = new RegExp(`^${ANAPHORIC.source}$`, 'i');

function resolveAnaphoric(expressions: TimeExpression[], clockOnly: ReadonlySet<TimeExpression>, eventAnchored: ReadonlySet<TimeExpression>, text: string): TimeExpression[] {
  let last: string | null = null;
  let lastDay: string | null = null;
  // With no date before it, "that day" is no time expression of the story ("redemptions that day").
  const unresolved = new Set<TimeExpression>();
  for (let k = 0; k < expressions.length; k++) {
    const e = expressions[k]!;
    if (eventAnchored.has(e)) {
      // In apposition to a date, it is that date ("Oct. 12, the day before the plunge"); else the event's day is unknown.
      const prev = expressions[k - 1];
      e.value = prev && /^,\s*$/.test(text.slice(prev.end, e.start)) && /^\d{4}-\d\d-\d\d$/.test(prev.value ?? '') ? prev.value : null;
      e.certain = false;
      continue;
    }
    const counted = e.type === 'date' && !/Q/.test(e.value ?? '') ? COUNTED_FROM_POINT.exec(e.text) : null;
    const from: string | null = counted ? (counted[2]!.toLowerCase() === 'year' ? last : lastDay) : null;
    if (counted && from) {
      const n = COUNT_WORDS[counted[1]!.toLowerCase()] ?? Number(counted[1]);
      e.value = countFrom(from, /earlier/i.test(counted[3]!) ? -n : n, counted[2]!.toLowerCase()) ?? e.value;
      e.certain = false;
    }
    const m = e.value === ANAPHORIC_PENDING ? ANAPHORIC_WHOLE.exec(e.text) : null;
    if (!m) {
      // "shot to death at 10 p.m.": a clock time alone is on the last day the story named.
      if (clockOnly.has(e) && lastDay && e.value) e.value = `${lastDay}${e.value.slice(10)}`;
      if (e.type === 'date' && /^\d{4}(?:-\d\d(?:-\d\d)?)?$/.test(e.value ?? '')) last = e.value;
      if (/^\d{4}-\d\d-\d\d/.test(e.value ?? '') && !clockOnly.has(e)) lastDay = e.value!.slice(0, 10);
      continue;
    }
    const unit = m[2]!.toLowerCase(), shift = /following|next/i.test(m[1] ?? '') ? 1 : /previous/i.test(m[1] ?? '') ? -1 : 0;
    const parts = last?.split('-').map(Number) ?? [];
    const need = unit === 'year' ? 1 : unit === 'month' ? 2 : 3;
    if (parts.length < need) { unresolved.add(e); continue; }
    const d = new Date(Date.UTC(parts[0]!, (parts[1] ?? 1) - 1, parts[2] ?? 1));
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + shift);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + shift);
    else d.setUTCDate(d.getUTCDate() + shift);
    e.value = `${d.getUTCFullYear()}${need > 1 ? `-${pad(d.getUTCMonth() + 1)}` : ''}${need > 2 ? `-${pad(d.getUTCDate())}` : ''}`;
    e.certain = false;
  }
  return expressions.filter((e) => !unresolved.has(e));
}

interface Pattern { re: RegExp; type: TimeExpression['type']; value: (m: RegExpExecArray, reference: ReferenceDate | null) => string | null }

const referenceYear = (reference: ReferenceDate | null, back = 0) => (reference?.stated ? String(reference.date.getUTCFullYear() - back) : null);

/** Expressions chrono does not read: bare years, vague durations, sets and deictic references. */
const PATTERNS: readonly Pattern[] = [
  { re: HOLIDAY, type: 'date', value: (m, reference) => holidayValue(m, reference) },
  // "last May", "this December", "next March": the month named, counted from the reference's month.
  { re: DEICTIC_MONTH, type: 'date', value: (m, reference) => deicticMonth(m[1]!, m[2]!, reference) },
  // Years as spoken in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
  { re: SPOKEN_YEAR, type: 'date', value: (m) => spokenYear(m) },
  // "the last half of 1989", "the winter of nineteen ninety-four", "January nineteen ninety-seven".
  { re: PART_OF_YEAR, type: 'date', value: (m) => partOfYearValue(m) },
  // "later that year", "the following month": resolved from the last date named (resolveAnaphoric).
  { re: ANAPHORIC, type: 'date', value: () => ANAPHORIC_PENDING },
  // "later in the day": the day of the story.
  { re: /\b(?:later|earlier) in the day\b/gi, type: 'date', value: (_m, reference) => (reference?.stated ? reference.date.toISOString().slice(0, 10) : null) },
  // "This quarter's loss": the quarter the story is in.
  { re: /\b[Tt]his quarter\b/g, type: 'date', value: (_m, reference) => quarterValue({ current: true }, reference) },
  // The year of the story: "the fiscal year", "the full year"; "year-end" is this year's end, or last year's after "since".
  { re: /\bthe (?:fiscal|full|current(?: fiscal)?) year\b(?! end(?:ed|ing)\b)/gi, type: 'date', value: (_m, reference) => referenceYear(reference) },
  { re: /\b(?:(?:earlier|later) in |(?<=\b(?:for|of|in|during|through) ))the year\b(?![-’']| (?:end(?:ed|ing)|before|after|earlier|ago|\d))/gi, type: 'date', value: (_m, reference) => referenceYear(reference) },
  // "the year ended March 31" is a span of a year (TimeML: a duration), whatever year it ended in.
  { re: /\bthe (?:fiscal )?year(?= end(?:ed|ing)\b)/gi, type: 'duration', value: () => 'P1Y' },
  { re: /(?<=\bsince )year-end\b/gi, type: 'date', value: (_m, reference) => (referenceYear(reference, 1) ? `${referenceYear(reference, 1)}-12-31` : null) },
  { re: /(?<!\bsince )\b(?:year-end|year[’']s end|year end)\b/gi, type: 'date', value: (_m, reference) => (referenceYear(reference) ? `${referenceYear(reference)}-12-31` : null) },
  { re: /\b(?:a|one) decade ago\b/gi, type: 'date', value: (_m, reference) => referenceYear(reference, 10) },
  { re: /(?<![\d$€£,.\-–/])\b(?:fiscal )?(1[89]\d\d|20\d\d)\b(?![-–/.,]?\d|\s?(?:%|percent|people|cars|units|shares))/gi, type: 'date', value: (m) => m[1]! },
  { re: DECADE, type: 'date', value: (m, reference) => decadeValue(m, reference) },
  { re: CENTURY, type: 'date', value: (m) => centuryValue(m) },
  // "early May", "late March", "mid-January": chrono leaves "early May" out (it takes "may" for the verb there).
  { re: new RegExp(`\\b(?:[Ee]arly|[Ll]ate|[Mm]id-?) ?(${MONTH_WORDS})\\b(?! \\d)`, 'g'), type: 'date', value: (m, reference) => {
    if (!reference?.stated) return null;
    const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
    return `${yearOfMonth(month, null, tenseOf(m.input.slice(Math.max(0, m.index - 40), m.index)), reference.date)}-${pad(month)}`;
  } },
  // "mid-1996", "late-2023": the year.
  { re: /\b(?:early|mid|late)-((?:19|20)\d\d)\b/gi, type: 'date', value: (m) => m[1]! },
  // "a month after the crash" is a duration with a signal after it; "a month ago" a date.
  { re: /(?<!(?:\d[\d,.]*%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))(?: [a-z]+){0,2} )\b(?:an?|one) (minute|hour|day|week|month|year|decade)\b(?!-| (?:ago|later|earlier|from|or))/gi, type: 'duration', value: (m) => (/decade/i.test(m[1]!) ? 'P10Y' : `P${/hour|minute/i.test(m[1]!) ? 'T' : ''}1${TIMEML_UNIT[m[1]!.toLowerCase()]}`) },
  // "several years", "a few quarters", "several-year": spans of vague length; "the past decade" ten years.
  { re: /\b(?:several|a few|many)[ -](minute|hour|day|week|month|quarter|year|decade)s?\b(?! (?:ago|later|earlier|before|after)\b)/gi, type: 'duration', value: (m) => `P${/hour|minute/i.test(m[1]!) ? 'T' : ''}X${TIMEML_UNIT[m[1]!.toLowerCase()]}` },
  { re: /\b(?:the )?(?:past|last) decade\b/gi, type: 'duration', value: () => 'P10Y' },
  // "2 1/2 years", "5 1/2 hours", "at least 20 more years": spans the figures do not read as durations.
  { re: SPAN_WITH_FRACTION_OR_MORE, type: 'duration', value: (m) => spanValue(m) },
  // "a day-long meeting", "a decades-long battle": spans as adjectives ("a 6-year-old boy" is an age, not one).
  { re: /\b(day|week|month|year)-long\b/gi, type: 'duration', value: (m) => `P1${TIMEML_UNIT[m[1]!.toLowerCase()]}` },
  { re: /\b(day|week|month|year|decade)s-(?:long|old)\b/gi, type: 'duration', value: (m) => `PX${TIMEML_UNIT[m[1]!.toLowerCase()]}` },
  // "For the week, the index dropped 3.8%": the week of the story.
  { re: /(?<=\b(?:[Ff]or|of|during) )the week\b(?! of\b)|\bthe week(?=['’]s\b)/g, type: 'date', value: (_m, reference) => (reference?.stated ? isoWeekValue(reference.date) : null) },
  { re: /\bthe (day|week|month|year)s ahead\b/gi, type: 'duration', value: (m) => `PX${TIMEML_UNIT[m[1]!.toLowerCase()]}` },
  { re: /\brecent (days|weeks|months|years)\b/gi, type: 'duration', value: (m) => `PX${TIMEML_UNIT[m[1]!.toLowerCase().replace(/s$/, '')]}` },
  { re: /(?<=\b(?:for|in|over|within) )(days|weeks|months|years|decades|hours|centuries)\b/gi, type: 'duration', value: (m) => `P${m[1]!.startsWith('hour') ? 'T' : ''}X${TIMEML_UNIT[m[1] === 'centuries' ? 'century' : m[1]!.replace(/s$/, '')]}` },
  { re: /\b(?:every|each) (day|week|month|quarter|year)\b/gi, type: 'set', value: (m) => `P1${TIMEML_UNIT[m[1]!.toLowerCase()]}` },
  // "each Thursday", "every July", "on Tuesday nights": the weekday or month of any week or year.
  { re: new RegExp(`\\b(?:[Ee]very|[Ee]ach) (${WEEKDAY_WORDS})\\b|\\b(${WEEKDAY_WORDS})(?:s| (morning|afternoon|evening|night)s)\\b`, 'g'), type: 'set', value: (m) => `XXXX-WXX-${WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase()) || 7}${m[3] ? `T${PART_OF_DAY[m[3]]}` : ''}` },
  { re: new RegExp(`\\b(?:[Ee]very|[Ee]ach) (${MONTH_WORDS})\\b`, 'g'), type: 'set', value: (m) => `XXXX-${pad(MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1)}` },
  // Not in a title: "the Daily Mail", "Weekly Standard".
  { re: /\b([Dd]aily|[Nn]ightly|[Ww]eekly|[Hh]ourly|[Aa]nnually)\b(?! [A-Z])/g, type: 'set', value: (m) => ({ daily: 'P1D', nightly: 'P1D', weekly: 'P1W', hourly: 'PT1H', annually: 'P1Y' })[m[1]!.toLowerCase()] ?? null },
  { re: /\b(this|last|past|next|coming) (spring|summer|fall|autumn|winter)\b/gi, type: 'date', value: (m, reference) => seasonValue(m[1]!, m[2]!, reference) },
  // Without a deictic word only the seasons that are no verb or other noun: "over the summer", "the early winter",
  // not "Summer Olympics", "prices fall", "a hot spring".
  { re: /(?<!\b(?:this|last|past|next|coming) )\b(?:the (?:early |late )?)?(summer|winter|autumn)\b(?! [A-Z])/gi, type: 'date', value: (m, reference) => seasonValue('the', m[1]!, reference) },
  { re: /\b(?:now|currently|current|at present|at the moment|these days|nowadays)\b/gi, type: 'date', value: () => 'PRESENT_REF' },
  { re: /\b(?:recently|recent(?! (?:days|weeks|months|years))|the past(?! (?:\w+ )?(?:days?|weeks?|months?|years?|decades?))|formerly)\b/gi, type: 'date', value: () => 'PAST_REF' },
  { re: /\b(?:the (?:near |distant )?future|the (?:near|short) term|(?:the )?coming (?:days|weeks|months|quarters|years))\b/gi, type: 'date', value: () => 'FUTURE_REF' },
];

/** The words of a sentence that reports results: "from $58 million, or $1.40 a share, a year earlier" is the quarter's. */
const EARNINGS = /\b(?:net|earn\w*|profit\w*|loss\w*|revenue\w*|sales|income|a share)\b/i;
const YEAR_ADJECTIVE = /\byear-(?:earlier|ago)\b(?! (?:quarter|period))/gi;
const YEAR_BACK = /^(?:a year (?:ago|earlier|before)|(?:the )?year-(?:ago|earlier)(?: (?:quarter|period))?|last year|the year-(?:ago|earlier) (?:quarter|period))$/i;

/**
 * Earnings stories count in quarters: once the story's quarter is named, "the quarter" is that quarter, and "a year
 * ago", "the year-earlier period" in a sentence about it, or in one that reports results ("net rose to $87
 * million from $58 million a year earlier"), are the same quarter a year before. "Last year" only in a sentence
 * about the quarter: elsewhere it is as often the whole year.
 */
function anchorToQuarters(doc: Document, expressions: TimeExpression[]): void {
  let last: string | null = null;
  // What each sentence is about, read once per sentence: a run-on sentence with thousands of dates stays linear.
  const about = new Map<number, { longer: boolean; quarter: boolean; text: string }>();
  for (const e of expressions) {
    const m = /^(\d{4})-Q([1-4])$/.exec(e.value ?? '');
    const k = sentenceIndexAt(doc, e.start);
    let read = about.get(k);
    if (!read) {
      const sentence = doc.sentences[k];
      const text = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
      // A sentence about a longer span ("in the first nine months … the 1988 period") compares that span, not the quarter.
      const longer = /\b(?:nine|six) months\b|\bfirst half\b|\byear[- ]to[- ]date\b|\bfull year\b/i.test(text);
      read = { longer, quarter: /\b(?:quarter|quarterly|period)\b/i.test(text) && !longer, text };
      about.set(k, read);
    }
    const sentenceText = read.text;
    const aboutLonger = read.longer;
    const aboutQuarter = read.quarter;
    if (/^(?:the|this) quarter$/i.test(e.text) && last) e.value = last;
    else if (/^the (?:19|20)\d\d (?:quarter|period)$/i.test(e.text) && last && !aboutLonger) e.value = `${e.text.slice(4, 8)}-Q${last.slice(-1)}`;
    else if (/^(?:this|last|next) year[’']s quarter$/i.test(e.text) && last && /^\d{4}$/.test(e.value ?? '')) e.value = `${e.value}-Q${last.slice(-1)}`;
    // The story's quarter is the first it names without a year ("third-quarter net rose"); later ones are
    // comparisons ("after a flat second quarter", "the 1984 third quarter").
    else if (m && !last && !/year-(?:ago|earlier)/i.test(e.text) && !/\d{4}/.test(e.text)) last = e.value;
    if (last && !aboutLonger && (aboutQuarter || (!/last year/i.test(e.text) && EARNINGS.test(sentenceText))) && (YEAR_BACK.test(e.text) || /year-(?:ago|earlier)/i.test(e.text))) {
      const [, y, q] = /^(\d{4})-Q([1-4])$/.exec(last)!;
      e.value = `${Number(y) - 1}-Q${q}`;
      e.type = 'date';
    }
  }
}

/** A signal after a counted span: "90 days [after]", "the day [before]". */
const TRAILING_SIGNAL = /(?<=\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?))\s+(?:before|after)$/i;

/**
 * Words chrono misreads, and the part of its text to read again (reworded where chrono needs another order): a
 * part of the day before "of" ("[night of] Friday, Oct. 23", TimeML's extent is the date), a decimal before a
 * weekday ("fell 1.4%, or [6.43, on] Friday", not 6:43), a number after "at" ("after Jan. 1, 1990 [at 1],015
 * francs"), a part of the day before its day ("afternoon yesterday").
 */
const MISREAD: readonly { test: (text: string, after: string) => boolean; keep: (text: string) => [number, number]; reword?: (text: string) => string }[] = [
  // "afternoon yesterday": chrono drops the day; read as "yesterday afternoon", the extent kept.
  { test: (t) => /^(?:morning|afternoon|evening|night) (?:yesterday|today|tomorrow)$/i.test(t), keep: (t) => [0, t.length], reword: (t) => t.split(' ').reverse().join(' ') },
  { test: (t) => /^(?:the )?(?:early )?(?:morning|afternoon|evening|night) of \S/i.test(t), keep: (t) => [/ of /i.exec(t)!.index + 4, t.length] },
  { test: (t) => /^\d+\.\d+,? (?!(?:[ap]\.?m\b|o'clock))/i.test(t), keep: (t) => [/^\d+\.\d+,? (?:on |at )?/i.exec(t)![0].length, t.length] },
  { test: (t, after) => /,? at \d{1,2}$/i.test(t) && /^[,.]\d/.test(after), keep: (t) => [0, /,? at \d{1,2}$/i.exec(t)!.index] },
];

const VAGUE_SPAN = /^(?:the |an? )?(?:(?:next|past|last|coming|first) )?(few|several|couple of) (day|week|month|year)s$/i;

/** After a number, "a day", "a year" make a rate: "four flights a week", "$1.76 a year", "$55 a night". */
const RATE_BEFORE = /(?:(?<![\d,.])\d[\d,.]{0,20}%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))(?: [a-z]+){0,2} $/i;

const MONTH_MAYBE_OF = new RegExp(`^(?:${MONTH_WORDS})(?: (?:for|of))?$`);
/** A month that begins a name: "the March for Life", "the March of the Combatant Mothers". */
const MONTH_AS_NAME = new RegExp(`^(?:${MONTH_WORDS}) (?:for|of)(?: the)? [A-Z]`);

/**
 * What chrono reads as a date or time and is not, each with the text it read and the words around it.
 */
const NOT_A_TIME: readonly ((text: string, before: string, after: string) => boolean)[] = [
  // "Sun Microsystems", "the sun", "march on": an abbreviated weekday or a lower-case month alone.
  (t) => /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i.test(t) || /^(?:march|may)$/.test(t),
  // "the SEC" (chrono's "sec"), "cut in half and": abbreviations and fractions.
  (t) => /^(?:the )?[A-Z]{2,}$/.test(t) || /^half\b/i.test(t),
  // "2.46 billion guilders", "12 3/4%", "112 5/8": decimals and prices in fractions, not clock times.
  (t) => /^\d{1,3}\.\d{2}$/.test(t) || /^\d+ \d+\/\d+$/.test(t),
  (t, before) => /^an? (?:day|week|month|year|night)$/i.test(t) && RATE_BEFORE.test(before),
  // Names and greetings: ABC's "This Week", the "March for Life", "good evening", "High Noon".
  (t) => t === 'This Week',
  (t, _before, after) => MONTH_MAYBE_OF.test(t) && MONTH_AS_NAME.test(t + after),
  (t, before) => /^(?:morning|afternoon|evening|night)$/i.test(t) && /\bgood $/i.test(before),
  (t, before) => /^noon$/i.test(t) && /\bhigh $/i.test(before),
];

/** Denominators of the fractions prices were quoted in: "3/8" before a slash date is a fraction, not March 8. */
const FRACTION_DENOMINATORS = new Set([2, 4, 8, 16, 32, 64]);

/** Longest text handed to chrono at once: its look-behind rules rescan the text before each match. */
const CHRONO_WINDOW = 1000;

/**
 * chrono over each sentence of a paragraph rather than the whole paragraph, and over windows cut at spaces
 * when a sentence is long, so that the cost stays linear on hostile input.
 */
function* chronoBySentence(doc: Document, p: { start: number; end: number }, refDate: Date): Generator<[number, chrono.ParsedResult]> {
  const first = Math.max(0, firstAtOrAfter(doc.sentences, p.start, (x) => x.start));
  for (let k = first; k < doc.sentences.length && doc.sentences[k]!.start < p.end; k++) {
    const sentence = doc.sentences[k]!;
    for (let from = sentence.start; from < sentence.end;) {
      let to = Math.min(sentence.end, from + CHRONO_WINDOW);
      if (to < sentence.end) {
        const space = doc.text.lastIndexOf(' ', to);
        if (space > from + CHRONO_WINDOW / 2) to = space;
      }
      for (const r of chrono.en.casual.parse(doc.text.slice(from, to), forChrono(refDate), { forwardDate: false })) yield [from, r];
      from = to;
    }
  }
}

/**
 * Time expressions of the body, in text order, non-overlapping. Without a stated reference, weekdays get a
 * TimeML "XXXX-WXX-n" value and deictic dates ("today", "last week") none.
 */
export function findTimeExpressions(doc: Document, reference: ReferenceDate | null, figures: readonly Figure[] = []): TimeExpression[] {
  // Patterns and durations go first: where chrono reads the same words ("now", "two weeks") the news reading wins.
  const found: TimeExpression[] = [...durations(doc, figures)];
  const fromChrono: TimeExpression[] = [];
  const clockOnly = new Set<TimeExpression>();
  const eventAnchored = new Set<TimeExpression>();
  const refDate = reference?.date ?? utc(2000, 1, 1);
  for (const p of doc.paragraphs) {
    if (fromChrono.length + found.length > MAX_TIME_EXPRESSIONS) break;
    const text = doc.text.slice(p.start, p.end);
    // chrono only where a date can be: most paragraphs of a long story hold none.
    const maybeDated = /\d|day|week|month|year|hour|today|tonight|ago|morning|afternoon|evening|night|noon|midnight|weekend|now|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\./i.test(text);
    // One expression read by chrono: its components (a range has two), where it starts, its words.
    const take = (c: chrono.ParsedComponents, from: number, words: string) => {
      let start = from;
      let exprText = words.replace(/(?<![\s,;.])[\s,;.]+$/, '');
      // "4 a.m. EDT Thursday)": a closing parenthesis that opens nowhere in the expression is the sentence's.
      if (exprText.endsWith(')') && !exprText.includes('(')) exprText = exprText.slice(0, -1).trimEnd();
      // TimeML keeps a modifier in the extent: "earlier this year", "late November", "mid-January".
      const mod = MODIFIER_BEFORE.exec(doc.text.slice(Math.max(p.start, start - 12), start))
        ?? (/\bago$/i.test(exprText) ? AGO_QUALIFIER.exec(doc.text.slice(Math.max(p.start, start - 12), start)) : null);
      if (mod) { start -= mod[0].length; exprText = doc.text.slice(start, start + mod[0].length + exprText.length); }
      // "90 days after [the vote]", "the day before": before/after are signals in TimeML, outside the extent.
      const signal = TRAILING_SIGNAL.exec(exprText);
      if (signal) exprText = exprText.slice(0, signal.index);
      // A bare number chrono reads as a day ("at 5") or a clock time in a figure is not a date.
      if (/^\d{1,2}$/.test(exprText)) return;
      // "$1.35 a share", "358,000 a month": chrono takes the article after a number for a clock's "a"/"p".
      if (/\d\s?[ap]$/i.test(exprText) || /[$€£¥]$/.test(doc.text.slice(Math.max(0, start - 1), start))) return;
      // "fell 10 to 250", "1,141 to 406": digits alone are no clock time ("to 250" is not 2:50).
      if (/^\d[\d,]*$/.test(exprText) && c.isCertain('hour')) return;
      // "37 3/4", "6 3/8%", "eased 1/8": a price's fraction, not a month and a day.
      const slash = /^(\d{1,2})\/(\d{1,2})$/.exec(exprText);
      if (slash && (/\d\s$/.test(doc.text.slice(Math.max(0, start - 2), start)) || doc.text[start + exprText.length] === '%'
        || (FRACTION_DENOMINATORS.has(Number(slash[2])) && Number(slash[1]) < Number(slash[2])))) return;
      const around = { before: doc.text.slice(Math.max(p.start, start - 30), start), after: doc.text.slice(start + exprText.length, start + exprText.length + 30) };
      if (NOT_A_TIME.some((rule) => rule(exprText, around.before, around.after))) return;
      // "less than an hour after": a span, not a clock time an hour from the reference.
      const unitSpan = /^an? (hour|minute)$/i.exec(exprText);
      if (unitSpan) {
        fromChrono.push({ text: exprText, start, end: start + exprText.length, type: 'duration', value: `PT1${TIMEML_UNIT[unitSpan[1]!.toLowerCase()]}`, certain: true });
        return;
      }
      // "in the days before the shooting": a stretch of days, not a day chrono picks near the reference.
      const bare = /^(?:the )?(day|week|month|year)s$/i.exec(exprText);
      if (bare) {
        fromChrono.push({ text: exprText, start, end: start + exprText.length, type: 'duration', value: `PX${TIMEML_UNIT[bare[1]!.toLowerCase()]}`, certain: true });
        return;
      }
      // "the next few days", "a couple of years": a span of vague length, not the day chrono puts at its end;
      // counted from a point ("a few days later") it stays a date.
      const span = VAGUE_SPAN.exec(exprText);
      if (span && !/^\s+(?:ago|later|earlier|before|after|from)\b/i.test(doc.text.slice(start + exprText.length, start + exprText.length + 10))) {
        const unit = TIMEML_UNIT[span[2]!.toLowerCase()]!;
        fromChrono.push({ text: exprText, start, end: start + exprText.length, type: 'duration', value: `P${/couple/i.test(span[1] ?? '') ? 2 : 'X'}${unit}`, certain: true });
        return;
      }
      const sentence = doc.sentences[sentenceIndexAt(doc, start)];
      // Tense from the words just before the expression ("will meet Bush on Thursday"), not the whole sentence,
      // and not across a quotation mark: "“We will vote on Friday,” Ortega said Monday" is a past Monday.
      const before = doc.text.slice(Math.max(sentence?.start ?? p.start, start - 40), start);
      const clause = before.slice(Math.max(before.lastIndexOf('”'), before.lastIndexOf('“'), before.lastIndexOf('"')) + 1);
      const v = valueOf({ start: c } as chrono.ParsedResult, exprText, clause, refDate);
      // "June last year", "January this year": the month of the year named after it, in one extent.
      const yearAfter = !c.isCertain('year') && /^\d{4}-\d\d$/.test(v.value ?? '') ? MONTH_YEAR_AFTER.exec(doc.text.slice(start + exprText.length, start + exprText.length + 16)) : null;
      if (yearAfter && reference?.stated) {
        const shift = { last: -1, this: 0, next: 1 }[yearAfter[1]!.toLowerCase() as 'last' | 'this' | 'next'];
        v.value = `${refDate.getUTCFullYear() + shift}${v.value!.slice(4)}`;
        v.certain = true;
        exprText += yearAfter[0];
      }
      // "the week of March 6": the ISO week of that day, in one extent.
      const weekOf = /^\d{4}-\d\d-\d\d$/.test(v.value ?? '') ? /\bthe week of $/i.exec(doc.text.slice(Math.max(p.start, start - 12), start)) : null;
      if (weekOf) {
        v.value = isoWeekValue(utc(Number(v.value!.slice(0, 4)), Number(v.value!.slice(5, 7)), Number(v.value!.slice(8, 10))));
        start -= weekOf[0].length;
        exprText = doc.text.slice(start, start + weekOf[0].length + exprText.length);
      }
      let value = v.value, certain = v.certain && (reference?.stated ?? false);
      if (!reference?.stated && v.relative) {
        // No stated reference: say what is known and resolve nothing else.
        const weekday = WEEKDAYS.findIndex((w) => exprText.toLowerCase().includes(w));
        value = weekday >= 0 && c.isCertain('weekday') && !c.isCertain('day') ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}` : null;
        certain = false;
      }
      if (!reference && !c.isCertain('year') && value && !value.startsWith('X')) certain = false;
      const expression: TimeExpression = { text: exprText, start, end: start + exprText.length, type: v.type, value, certain };
      // "the day before the stock market plunge": a day counted from an event, not from the reference.
      if (signal && /^the day$/i.test(exprText) && /^\s+(?:before|after)\s+(?:the |his |her |their |its )?[a-z]/i.test(doc.text.slice(start + exprText.length, start + exprText.length + 20))) eventAnchored.add(expression);
      if (v.type === 'time' && c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !/\b(?:today|tonight|yesterday|tomorrow)\b/i.test(exprText)) clockOnly.add(expression);
      fromChrono.push(expression);
    };
    for (const [chunkStart, parsed] of maybeDated ? chronoBySentence(doc, p, refDate) : []) {
      if (fromChrono.length > MAX_TIME_EXPRESSIONS) break;
      let r = parsed;
      let start = chunkStart + r.index;
      let exprText = r.text;
      // chrono reads "in the year" as a year from now: in news it is the year of the story ("earlier in the year",
      // "in the year ended March 31"), which the patterns read.
      if (/^in the (?:day|week|month|year)$/i.test(exprText)) continue;
      const misread = MISREAD.find((m) => m.test(exprText, doc.text.slice(start + exprText.length, start + exprText.length + 4)));
      if (misread) {
        const [from, to] = misread.keep(exprText);
        const words = exprText.slice(from, to);
        const again = chrono.en.casual.parse(misread.reword?.(words) ?? words, forChrono(refDate), { forwardDate: false })[0];
        if (!again || again.index !== 0) continue;
        r = again;
        start += from;
        exprText = misread.reword ? words : again.text;
      }
      const lead = LEADING_PREPOSITION.exec(exprText);
      if (lead) { start += lead[0].length; exprText = exprText.slice(lead[0].length); }
      // A range is two expressions in TimeML: "[Aug. 26] to [Oct. 20]", "[1998]-[2000]".
      const join = r.end ? RANGE_JOIN.exec(exprText) : null;
      if (r.end && join && join.index > 0 && join.index + join[0].length < exprText.length) {
        take(r.start, start, exprText.slice(0, join.index));
        take(r.end, start + join.index + join[0].length, exprText.slice(join.index + join[0].length));
      } else take(r.start, start, exprText);
    }
    for (const pattern of PATTERNS) {
      pattern.re.lastIndex = 0;
      for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
        const start = p.start + m.index;
        const value = pattern.value(m, reference);
        // An expression left unresolved (no reference to read it against) is not a certain one.
        found.push({ text: m[0], start, end: start + m[0].length, type: pattern.type, value, certain: value !== null });
      }
    }
    // "year-earlier results": the year before the reference, or the quarter before it once one is named.
    YEAR_ADJECTIVE.lastIndex = 0;
    for (let m = YEAR_ADJECTIVE.exec(text); m; m = YEAR_ADJECTIVE.exec(text)) {
      const start = p.start + m.index;
      const y = reference?.stated ? reference.date.getUTCFullYear() - 1 : null;
      found.push({ text: m[0], start, end: start + m[0].length, type: 'date', value: y === null ? null : String(y), certain: !!reference?.stated });
    }
    // Quarters: "the third quarter", "third-quarter", "the latest quarter", "fiscal 1989".
    QUARTER.lastIndex = 0;
    for (let m = QUARTER.exec(text); m; m = QUARTER.exec(text)) {
      const start = p.start + m.index;
      found.push({ text: m[0], start, end: start + m[0].length, type: 'date', value: quarterValue({ ordinal: m[1] ?? m[2], year: m[5], current: /current/i.test(m[3] ?? '') }, reference), certain: !!reference?.stated });
    }
    // A year before the quarter the story is about (anchorToQuarters), else before the latest finished quarter.
    YEAR_AGO_QUARTER.lastIndex = 0;
    for (let m = YEAR_AGO_QUARTER.exec(text); m; m = YEAR_AGO_QUARTER.exec(text)) {
      const start = p.start + m.index;
      const q = quarterValue({ ordinal: m[1] }, reference);
      const value = q && /^\d{4}/.test(q) ? `${Number(q.slice(0, 4)) - 1}${q.slice(4)}` : q;
      found.push({ text: m[0], start, end: start + m[0].length, type: 'date', value, certain: !!reference?.stated });
    }
    QUARTER_OF_DEICTIC_YEAR.lastIndex = 0;
    for (let m = QUARTER_OF_DEICTIC_YEAR.exec(text); m; m = QUARTER_OF_DEICTIC_YEAR.exec(text)) {
      const start = p.start + m.index;
      const year = reference?.stated ? reference.date.getUTCFullYear() + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[1]!.toLowerCase()]! : null;
      const n = m[2] ? ORDINAL_QUARTER[m[2].toLowerCase()]! : null;
      // Without its ordinal, "last year's quarter" takes the quarter the story is about (anchorToQuarters).
      found.push({ text: m[0], start, end: start + m[0].length, type: 'date', value: year === null ? null : n ? `${year}-Q${n}` : String(year), certain: !!reference?.stated });
    }
    // A quarter of a named year; without its ordinal it is the quarter the story is about (anchorToQuarters).
    QUARTER_OF_YEAR.lastIndex = 0;
    for (let m = QUARTER_OF_YEAR.exec(text); m; m = QUARTER_OF_YEAR.exec(text)) {
      const start = p.start + m.index;
      const n = m[2] ? ORDINAL_QUARTER[m[2].toLowerCase()]! : null;
      found.push({ text: m[0], start, end: start + m[0].length, type: 'date', value: n ? `${m[1]}-Q${n}` : m[1]!, certain: true });
    }
  }
  found.push(...fromChrono);
  for (let i = 0; i < found.length; i++) found[i] = timemlExtent(found[i]!, doc.text);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  anchorToQuarters(doc, found);
  const out: TimeExpression[] = [];
  for (const e of found) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return resolveAnaphoric(out, clockOnly, eventAnchored, doc.text);
}

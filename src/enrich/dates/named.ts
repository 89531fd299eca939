/**
 * Dates that have names rather than numbers, as data and the rules that place them against the reference:
 * seasons ("last fall"), holidays ("Thanksgiving Day"), months named from the reference ("last May") and years as
 * broadcast transcripts speak them ("nineteen ninety-six").
 */
import { utcNoon as utc } from '../../calendar.js';
import { FUTURE } from './tense.js';
import { pad, type ReferenceDate } from './reference.js';

/** TimeML's season codes, and the months each season starts and ends in (winter from December to February). */
const SEASONS: Record<string, { code: string; starts: number; ends: number }> = {
  spring: { code: 'SP', starts: 3, ends: 5 },
  summer: { code: 'SU', starts: 6, ends: 8 },
  fall: { code: 'FA', starts: 9, ends: 11 },
  autumn: { code: 'FA', starts: 9, ends: 11 },
  winter: { code: 'WI', starts: 12, ends: 2 },
};

/** "this summer", "last fall", "next spring" against the reference: the season of its year, the last one that
 * ended before it, the first one that starts after it. */
export function seasonValue(which: string, name: string, reference: ReferenceDate | null): string | null {
  const s = SEASONS[name.toLowerCase()];
  if (!s || !reference?.stated) return null;
  const year = reference.date.getUTCFullYear(), month = reference.date.getUTCMonth() + 1;
  const w = which.toLowerCase();
  if (w === 'this') return `${year}-${s.code}`;
  // "the summer", "over the winter": the last one to have begun by the reference.
  if (w === 'the' || w === '') return `${s.starts <= month ? year : year - 1}-${s.code}`;
  if (w === 'last' || w === 'past') return `${s.ends < month && s.starts <= s.ends ? year : year - 1}-${s.code}`;
  return `${s.starts > month ? year : year + 1}-${s.code}`;
}
/** Holidays by rule: a fixed day, or the nth (−1: last) weekday (0 Sunday … 6 Saturday) of a month. */
const HOLIDAYS: Record<string, { month: number; day?: number; nth?: number; weekday?: number; from?: number }> = {
  'thanksgiving': { month: 11, nth: 4, weekday: 4 },
  'thanksgiving day': { month: 11, nth: 4, weekday: 4 },
  'christmas': { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 },
  'the fourth of july': { month: 7, day: 4 },
  'labor day': { month: 9, nth: 1, weekday: 1 },
  'memorial day': { month: 5, nth: -1, weekday: 1 },
  'halloween': { month: 10, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  'veterans day': { month: 11, day: 11 },
  // The US election: the Tuesday after the first Monday of November, so never November 1.
  'election day': { month: 11, nth: 1, weekday: 2, from: 2 },
};
export const HOLIDAY = new RegExp(`\\b(?:${Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((k) => k.replace(/'/g, "['’]")).join('|')})\\b`, 'gi');

/** The holiday's date in a year. */
function holidayIn(h: (typeof HOLIDAYS)[string], year: number): Date {
  if (h.day) return utc(year, h.month, h.day);
  if (h.nth! > 0) {
    const from = h.from ?? 1, first = utc(year, h.month, from);
    return utc(year, h.month, from + ((h.weekday! - first.getUTCDay() + 7) % 7) + (h.nth! - 1) * 7);
  }
  const last = utc(year, h.month + 1, 0);
  return utc(year, h.month, last.getUTCDate() - ((last.getUTCDay() - h.weekday! + 7) % 7));
}

/**
 * A holiday named without a year is the last one on or before the reference, as news reports what happened;
 * in a future-tense clause ("will be home for Christmas") the next one.
 */
export function holidayValue(m: RegExpExecArray, reference: ReferenceDate | null): string | null {
  const h = HOLIDAYS[m[0].toLowerCase().replace(/’/g, "'")];
  if (!h || !reference?.stated) return null;
  const ref = reference.date, year = ref.getUTCFullYear();
  const today = utc(year, ref.getUTCMonth() + 1, ref.getUTCDate()).getTime();
  const ahead = FUTURE.test(m.input.slice(Math.max(0, m.index - 40), m.index));
  let d = holidayIn(h, year);
  if (ahead && d.getTime() < today) d = holidayIn(h, year + 1);
  if (!ahead && d.getTime() > today) d = holidayIn(h, year - 1);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The month names as a regex alternation, capitalised: "January|February|…". */
export const MONTH_WORDS = MONTH_NAMES.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|');
// Not after an auxiliary: "the rally could last February through May". A modifier is in the extent: "late last July".
export const DEICTIC_MONTH = new RegExp(`(?<!\\b(?:could|would|will|shall|may|might|can|should|must|to|did|does|do|not) )\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?) ?)?([Ll]ast|[Tt]his|[Nn]ext) (${MONTH_WORDS})\\b`, 'g');

export function deicticMonth(which: string, name: string, reference: ReferenceDate | null): string | null {
  if (!reference?.stated) return null;
  const month = MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
  const year = reference.date.getUTCFullYear(), now = reference.date.getUTCMonth() + 1;
  const w = which.toLowerCase();
  const y = w === 'this' ? year : w === 'last' ? (month < now ? year : year - 1) : month > now ? year : year + 1;
  return `${y}-${pad(month)}`;
}

const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SPOKEN_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** "the year two thousand", "in two thousand and fifteen", "nineteen ninety-six": a count would be said otherwise. */
export const SPOKEN_YEAR = new RegExp(`\\b(?:the year two thousand(?: and (${SPOKEN_UNITS}|${SPOKEN_TEENS}))?|(?<=\\bin )two thousand and (${SPOKEN_UNITS}|${SPOKEN_TEENS})|(nineteen|eighteen) (${SPOKEN_TEENS}|${SPOKEN_TENS})(?:[- ](${SPOKEN_UNITS}))?)\\b`, 'gi');

export function spokenYear(m: RegExpExecArray): string {
  const word = (w: string) => UNITS[w.toLowerCase()] ?? TENS[w.toLowerCase()]!;
  if (m[3]) return String(TENS[m[3].toLowerCase()]! * 100 + TENS[m[4]!.toLowerCase()]! + (m[5] ? UNITS[m[5].toLowerCase()]! : 0));
  const after = m[1] ?? m[2];
  return String(2000 + (after ? word(after) : 0));
}

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
/**
 * Decades: "the 1990s", "the late 1970s", "the mid-1990s", "the '80s", "the nineties". TimeML's value is the
 * three digits the decade's years share. A decade named without its century is the last one begun by the
 * reference ("the '20s" in 2024 are the 2020s). Words need the article: "in her eighties" is an age.
 */
export const DECADE = /\b(?:the )?(?:(?:early|mid|late)[- ]|(?:first|last|second) half of the )?(?:(1[89]\d|20[0-2])0s\b|(?<=\bthe (?:(?:early|mid|late)[- ])?)(?:'(\d)0s\b|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b))/gi;

export function decadeValue(m: RegExpExecArray, reference: ReferenceDate | null): string | null {
  if (m[1]) return m[1];
  // Without a reference, "the '20s" could be either century.
  if (!reference) return null;
  const digit = m[2] !== undefined ? Number(m[2]) : DECADE_WORDS[m[3]!.toLowerCase()]!;
  const year = reference.date.getUTCFullYear();
  const century = Math.floor(year / 100) * 100;
  return String((century + digit * 10 <= year ? century : century - 100) / 10 + digit);
}

/** "the 20th century", "11th-century": TimeML's value is the two digits its years share. */
export const CENTURY = /\b(?:the )?(?:(?:early|mid|late)[- ])?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi;
export const centuryValue = (m: RegExpExecArray) => String(Number(m[1]) - 1).padStart(2, '0');

/** A year in digits or as spoken: "1994", "nineteen ninety-four". */
const YEAR_TEXT = '((?:19|20)\\d\\d|(?:nineteen|eighteen) [a-z]+(?:[- ][a-z]+)?)';

function yearOfText(text: string): string | null {
  if (/^\d{4}$/.test(text)) return text;
  SPOKEN_YEAR.lastIndex = 0;
  const m = SPOKEN_YEAR.exec(text);
  return m && m.index === 0 && m[0].length === text.length ? spokenYear(m) : null;
}

/** A part of a named year: "the last half of 1989", "the winter of nineteen ninety-four", "January nineteen ninety-seven". */
export const PART_OF_YEAR = new RegExp(`\\b(?:(?:the )?(first|second|last|latter) half of|(?:the )?(?:early |late )?(spring|summer|fall|autumn|winter)(?: of)?|(${MONTH_WORDS}),?(?: of)?) ${YEAR_TEXT}\\b`, 'gi');

export function partOfYearValue(m: RegExpExecArray): string | null {
  const year = yearOfText(m[4]!.toLowerCase());
  if (!year) return null;
  if (m[1]) return `${year}-H${m[1].toLowerCase() === 'first' ? 1 : 2}`;
  if (m[2]) return `${year}-${SEASONS[m[2].toLowerCase()]!.code}`;
  return `${year}-${pad(MONTH_NAMES.indexOf(m[3]!.toLowerCase()) + 1)}`;
}

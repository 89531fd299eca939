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
  if (w === 'last' || w === 'past') return `${s.ends < month && s.starts <= s.ends ? year : year - 1}-${s.code}`;
  return `${s.starts > month ? year : year + 1}-${s.code}`;
}
/** Holidays by rule: a fixed day, or the nth (−1: last) weekday (0 Sunday … 6 Saturday) of a month. */
const HOLIDAYS: Record<string, { month: number; day?: number; nth?: number; weekday?: number }> = {
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
};
export const HOLIDAY = new RegExp(`\\b(?:${Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((k) => k.replace(/'/g, "['’]")).join('|')})\\b`, 'gi');

/** The holiday's date in a year. */
function holidayIn(h: (typeof HOLIDAYS)[string], year: number): Date {
  if (h.day) return utc(year, h.month, h.day);
  if (h.nth! > 0) {
    const first = utc(year, h.month, 1);
    return utc(year, h.month, 1 + ((h.weekday! - first.getUTCDay() + 7) % 7) + (h.nth! - 1) * 7);
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

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Not after an auxiliary: "the rally could last February through May".
export const DEICTIC_MONTH = new RegExp(`(?<!\\b(?:could|would|will|shall|may|might|can|should|must|to|did|does|do|not) )\\b([Ll]ast|[Tt]his|[Nn]ext) (${MONTH_NAMES.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')})\\b`, 'g');

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

/**
 * The dateline opening a story: "GAZA CITY (AP) —", "WASHINGTON, Dec 5 (Reuters) -", "Washington (CNN) —".
 * It is split into place, agency and date, and cut from the first paragraph.
 */
import type { Dateline } from '../../schema.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){0,2}";
const REGION = "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+){0,2})?";
const DATE = `(?:,?\\s+(${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?))?`;
const AGENCY = '\\(([^()]{1,40})\\)';
const DASH = '\\s*(?:—|–|--|-|:)\\s+';

/** All-caps place, agency optional; or a capitalised place with the agency in parentheses. */
const DATELINE = new RegExp(`^(?:(${CAPS_PLACE}${REGION})${DATE}\\s*(?:${AGENCY})?|(${TITLE_PLACE}${REGION})${DATE}\\s*${AGENCY})${DASH}`, 'u');

/** A line that is only a dateline, nothing after its dash ("JOHANNESBURG, August 7 (Xinhua) --"): never a headline or a dek. */
export function isDatelineLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_DATELINE_LINE || !/(?:—|–|-)$/.test(text)) return false;
  // The opening pattern needs a space after the dash: the whole line and one space must be the dateline.
  const m = DATELINE.exec(`${text} `);
  return !!m && m[0].length === text.length + 1;
}

const MAX_DATELINE_LINE = 120;

export interface DatelineSplit {
  dateline: Dateline;
  rest: string;
}

export function splitDateline(firstParagraph: string): DatelineSplit | null {
  const m = DATELINE.exec(firstParagraph);
  if (!m) return null;
  const place = (m[1] ?? m[4] ?? '').trim();
  // An all-caps opener that is one short word ("BREAKING -", "UPDATE:") is a label, not a place.
  if (!m[4] && !m[3] && /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITOR'?S NOTE|NOTE|FILE|PHOTOS?|VIDEO)$/.test(place)) return null;
  const rest = firstParagraph.slice(m[0].length);
  if (rest.length < 20 || !/^\p{L}|^["“‘']/u.test(rest)) return null;
  // "NATO — the alliance of 32 countries — met…": a dash that closes soon opens an aside, not a story.
  if (/^[^.]{0,60}\s(?:—|–|--)\s/.test(rest)) return null;
  return {
    dateline: { raw: m[0].trim(), place: place || null, agency: (m[3] ?? m[6] ?? null)?.trim() || null, date: (m[2] ?? m[5] ?? null)?.trim() || null },
    rest,
  };
}

/**
 * The date that relative and year-less expressions are read against: the publication date (given or
 * found), else the caller's reference date, else a full date printed on the page (a caption's "Feb. 10,
 * 2024"). The last is a guess, so it is marked as inferred.
 */
import * as chrono from 'chrono-node';
import { forChrono, utcNoon } from '../../calendar.js';


export interface ReferenceDate {
  date: Date;
  /** True when the page or caller stated it; false when it was inferred from a date seen in the text. */
  stated: boolean;
}

const FULL_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b/;

function utcDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? utcNoon(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function referenceDate(stated: readonly (string | Date | null | undefined)[], context: readonly string[]): ReferenceDate | null {
  for (const s of stated) {
    if (!s) continue;
    const d = s instanceof Date ? s : utcDay(s);
    if (d && !Number.isNaN(d.getTime())) return { date: d, stated: true };
  }
  for (const text of context) {
    const m = FULL_DATE.exec(text);
    if (!m) continue;
    const parsed = chrono.en.casual.parse(m[0], forChrono(utcNoon(2000, 1, 1)))[0];
    if (parsed?.start.isCertain('year')) {
      return { date: utcNoon(parsed.start.get('year')!, parsed.start.get('month')!, parsed.start.get('day')!), stated: false };
    }
  }
  return null;
}

export const pad = (n: number) => String(n).padStart(2, '0');

/** The first calendar day the text states (month and day at least), as an ISO date. */
export function statedDay(text: string, reference: ReferenceDate | null): string | null {
  if (!/\d|yesterday|today/i.test(text)) return null;
  const results = chrono.en.casual.parse(text, forChrono(reference?.date ?? utcNoon(2000, 1, 1)), { forwardDate: false });
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    if (!s.isCertain('year') && !reference) continue;
    return `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
  }
  return null;
}

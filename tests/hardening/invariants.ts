/**
 * What every record must satisfy, whatever the input: it passes the schema, and every span lies inside the body
 * with the text it claims. Shared by the property tests and `npm run fuzz`.
 */
import { ArticleRecordSchema, type ArticleRecord } from '../../src/index.js';

/** Returns the first broken invariant, or null. */
export function brokenInvariant(record: ArticleRecord): string | null {
  const parsed = ArticleRecordSchema.safeParse(record);
  if (!parsed.success) return `schema: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`;
  const body = record.body.text;
  const inside = (what: string, s: { start: number; end: number }) => (s.start <= s.end && s.end <= body.length ? null : `${what} [${s.start}, ${s.end}) outside a body of ${body.length}`);
  const exact = (what: string, s: { start: number; end: number }, text: string) => inside(what, s) ?? (body.slice(s.start, s.end) === text ? null : `${what} text ${JSON.stringify(text)} is not its slice ${JSON.stringify(body.slice(s.start, s.end))}`);
  for (const p of record.body.paragraphs) {
    const bad = exact('paragraph', p, p.text);
    if (bad) return bad;
  }
  for (const q of record.quotes) {
    const bad = inside('quote', q) ?? (q.speaker ? exact('speaker', q.speaker, q.speaker.mention) : null);
    if (bad) return bad;
  }
  for (const person of record.people) for (const m of person.mentions) {
    const bad = exact('mention', m, m.text);
    if (bad) return bad;
  }
  for (const f of record.figures) {
    const bad = exact('figure', f, f.text);
    if (bad) return bad;
  }
  for (const d of record.dates) {
    const bad = exact('time expression', d, d.text);
    if (bad) return bad;
  }
  for (const e of record.events) {
    const bad = inside('event', e) ?? exact('event date', e.date, e.date.text);
    if (bad) return bad;
  }
  return null;
}

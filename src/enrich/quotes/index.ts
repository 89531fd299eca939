/**
 * Quotes with resolved speakers. The flow: quotation marks → direct and partial quotes with their
 * attribution → reported speech in the sentences left → speakers resolved through the people stage →
 * the date of the remark when its sentence states one.
 */
import type { Person, Quote } from '../../schema.js';
import type { Document } from '../text/document.js';
import type { NameMention } from '../people/names.js';
import { People } from '../people/index.js';
import { statedDay, type ReferenceDate } from '../dates/reference.js';
import type { NameIndex } from './attribution.js';
import { quotedSpeech, reportedSpeech, type RawQuote } from './detect.js';

export function nameIndex(names: readonly NameMention[]): NameIndex {
  const at = new Map<number, NameMention>();
  for (const m of names) for (let i = m.runFirst; i <= m.last; i++) at.set(i, m);
  return { at };
}

/** The sentence with quotations blanked out, so a date inside the quoted words does not date the remark. */
function attributionText(doc: Document, q: RawQuote): string {
  const s = doc.sentences[q.sentence]!;
  let text = doc.text.slice(s.start, s.end);
  for (const quote of doc.quotations) {
    if (quote.end <= s.start || quote.start >= s.end) continue;
    const a = Math.max(quote.start, s.start) - s.start, b = Math.min(quote.end, s.end) - s.start;
    text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return text;
}

export function extractQuotes(doc: Document, names: readonly NameMention[], reference: ReferenceDate | null, wantIndirect: boolean): { quotes: Quote[]; people: Person[] } {
  const index = nameIndex(names);
  const people = new People(doc, names);
  const direct = quotedSpeech(doc, index);
  const raw = wantIndirect ? [...direct, ...reportedSpeech(doc, index, direct)] : direct;
  raw.sort((a, b) => a.start - b.start);

  const resolved = raw.map((q) => ({ q, r: q.attribution ? people.resolve(q.attribution.speaker) : null }));
  const { people: list, idOf } = people.list();
  const quotes: Quote[] = resolved.map(({ q, r }) => {
    const a = q.attribution;
    const carried = q.via === 'carried' ? 0.75 : 1;
    return {
      text: q.text,
      kind: q.kind,
      start: q.start,
      end: q.end,
      speaker: a ? {
        name: r?.name ?? null,
        personId: r?.entity ? idOf.get(r.entity) ?? null : null,
        mention: a.speaker.text,
        start: a.speaker.start,
        end: a.speaker.end,
      } : null,
      cue: a?.cue ?? null,
      recipient: a?.recipient ?? null,
      date: a ? statedDay(attributionText(doc, q), reference) : null,
      confidence: a ? Math.round((r?.confidence ?? 0.3) * carried * 100) / 100 : 0.2,
    };
  });
  return { quotes, people: list };
}

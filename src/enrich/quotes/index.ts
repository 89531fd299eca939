/**
 * Quotes with resolved speakers. The flow: quotation marks → direct and partial quotes with their
 * attribution → reported speech in the sentences left → speakers resolved through the people stage →
 * the date of the remark when its sentence states one.
 */
import type { Organization, Person, Quote } from '../../schema.js';
import type { Document } from '../text/document.js';
import type { NameMention } from '../people/names.js';
import { People } from '../people/index.js';
import { statedDay, type ReferenceDate } from '../dates/reference.js';
import type { NameIndex } from './attribution.js';
import { quotedSpeech, reportedSpeech, type RawQuote } from './detect.js';
import { DATE_WINDOW } from '../limits.js';

export function nameIndex(names: readonly NameMention[]): NameIndex {
  const at = new Map<number, NameMention>();
  for (const m of names) for (let i = m.runFirst; i <= m.last; i++) at.set(i, m);
  return { at };
}

/**
 * The attribution's sentence around the quotation (a bounded window), with quoted words blanked out so that
 * a date inside them does not date the remark.
 */
function attributionText(doc: Document, q: RawQuote): string {
  const s = doc.sentences[q.sentence]!;
  const from = Math.max(s.start, q.start - DATE_WINDOW), to = Math.min(s.end, q.end + DATE_WINDOW);
  return doc.text.slice(from, to).replace(/[“"][^“”"]*[”"]/g, (m) => ' '.repeat(m.length));
}

export interface QuotesResult {
  quotes: Quote[];
  people: Person[];
  organizations: Organization[];
  /** Who is credited in each sentence that holds a quote or reported speech: the source of its figures. */
  speakerBySentence: Map<number, string>;
  /** Where each quote's cue verb starts in the body (null without one): the events stage dates the remark by it. */
  cueAt: (number | null)[];
}

export function extractQuotes(doc: Document, names: readonly NameMention[], reference: ReferenceDate | null, wantIndirect: boolean): QuotesResult {
  const index = nameIndex(names);
  const people = new People(doc, names);
  const direct = quotedSpeech(doc, index);
  const raw = wantIndirect ? [...direct, ...reportedSpeech(doc, index, direct)] : direct;
  raw.sort((a, b) => a.start - b.start);

  const resolved = raw.map((q) => ({ q, r: q.attribution ? people.resolve(q.attribution.speaker) : null }));
  const { people: list, organizations, idOf } = people.list();
  const quotes: Quote[] = resolved.map(({ q, r }) => {
    const a = q.attribution;
    // A speaker carried from the quote before, or read off the sentence's subject with no speech verb, is a guess.
    const carried = q.via === 'carried' ? 0.75 : q.via === 'subject' ? 0.8 : 1;
    return {
      text: q.text,
      kind: q.kind,
      start: q.start,
      end: q.end,
      speaker: a ? {
        name: r?.name ?? null,
        personId: r?.entity?.kind === 'person' ? idOf.get(r.entity) ?? null : null,
        organizationId: r?.entity?.kind === 'organization' ? idOf.get(r.entity) ?? null : null,
        resolvedBy: r?.pass ?? null,
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
  const speakerBySentence = new Map<number, string>();
  for (const [i, { q }] of resolved.entries()) {
    const speaker = quotes[i]!.speaker;
    if (speaker && !speakerBySentence.has(q.sentence)) speakerBySentence.set(q.sentence, speaker.name ?? speaker.mention);
  }
  const cueAt = resolved.map(({ q }) => (q.attribution && q.attribution.cueToken >= 0 ? doc.tokens[q.attribution.cueToken]!.start : null));
  return { quotes, people: list, organizations, speakerBySentence, cueAt };
}

/**
 * Dated events: each sentence anchored by a resolved date or time becomes an event, with the people and
 * organisations named in it (outside quotation marks) as actors. Unresolved and deictic references
 * (PRESENT_REF, "XXXX-…") anchor nothing.
 */
import type { DatedEvent, TimeExpression } from '../../schema.js';
import type { Document } from '../text/document.js';
import type { NameMention } from '../people/names.js';
import { firstAtOrAfter } from '../text/search.js';

export function extractEvents(doc: Document, dates: readonly TimeExpression[], names: readonly NameMention[]): DatedEvent[] {
  const events: DatedEvent[] = [];
  const used = new Set<number>();
  for (const date of dates) {
    if ((date.type !== 'date' && date.type !== 'time') || !date.value || !/^\d{4}/.test(date.value)) continue;
    const s = firstAtOrAfter(doc.sentences, date.start + 1, (x) => x.start) - 1;
    if (s < 0 || date.start >= doc.sentences[s]!.end || used.has(s)) continue;
    used.add(s);
    const sentence = doc.sentences[s]!;
    const actors: string[] = [];
    for (let k = firstAtOrAfter(names, sentence.start, (x) => x.start); k < names.length && names[k]!.start < sentence.end; k++) {
      const n = names[k]!;
      if (n.end > sentence.end) continue;
      const name = n.text.replace(/['’]s?$/, '');
      if (!actors.includes(name) && !actors.some((a) => a.endsWith(` ${name}`))) actors.push(name);
    }
    events.push({ date, text: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, actors });
  }
  return events;
}

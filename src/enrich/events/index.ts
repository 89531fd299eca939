/**
 * Dated events: each sentence anchored by a resolved date or time becomes an event, with the people and the
 * organisations the story keeps naming (outside quotation marks) as actors. Unresolved and deictic references
 * (PRESENT_REF, "XXXX-…") anchor nothing.
 */
import type { DatedEvent, TimeExpression } from '../../schema.js';
import { sentenceIndexAt, type Document } from '../text/document.js';
import type { NameMention } from '../people/names.js';
import { firstAtOrAfter } from '../text/search.js';
import { withoutPossessive } from '../text/words.js';

const clean = (text: string) => withoutPossessive(text).replace(/-(?:led|backed|based|run|linked)$/i, '');

/** A resolved speaker at a position: "the premier" → Benjamin Netanyahu. */
export interface SpeakerAt { start: number; end: number; name: string }

export function extractEvents(doc: Document, dates: readonly TimeExpression[], names: readonly NameMention[], speakers: readonly SpeakerAt[] = []): DatedEvent[] {
  const events: DatedEvent[] = [];
  // Actors are people, and the organisations and places the story keeps naming: a capitalised word seen once
  // ("Ceasefire" opening a sentence, "Addressing") is not an actor.
  const seen = new Map<string, number>();
  for (const n of names) seen.set(clean(n.text), (seen.get(clean(n.text)) ?? 0) + 1);
  const isActor = (n: NameMention) => n.person || (seen.get(clean(n.text)) ?? 0) >= 2;
  const used = new Set<number>();
  for (const date of dates) {
    if ((date.type !== 'date' && date.type !== 'time') || !date.value || !/^\d{4}/.test(date.value)) continue;
    const s = sentenceIndexAt(doc, date.start);
    if (date.start >= doc.sentences[s]!.end || used.has(s)) continue;
    used.add(s);
    const sentence = doc.sentences[s]!;
    const actors: string[] = [];
    for (let k = firstAtOrAfter(names, sentence.start, (x) => x.start); k < names.length && names[k]!.start < sentence.end; k++) {
      const n = names[k]!;
      if (n.end > sentence.end || !isActor(n)) continue;
      const name = clean(n.text);
      if (!actors.includes(name) && !actors.some((a) => a.endsWith(` ${name}`))) actors.push(name);
    }
    // The speaker credited in the sentence acts in it, under the name the people stage resolved.
    for (const sp of speakers) {
      if (sp.start >= sentence.start && sp.end <= sentence.end && !actors.includes(sp.name)) {
        const i = actors.findIndex((a) => sp.name.endsWith(` ${a}`) || sp.name === a);
        if (i >= 0) actors[i] = sp.name;
        else actors.push(sp.name);
      }
    }
    events.push({ date, text: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, actors });
  }
  return events;
}

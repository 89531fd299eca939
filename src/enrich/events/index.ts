/**
 * Dated events: what happened at each resolved date or time of the body. An expression anchors the verb or event
 * noun it attaches to (triggers.ts), and with it the triggers it dates too ("kidnapped during the assault on Oct.
 * 7, in which 1,200 were killed" is three events on one day); each event is one trigger and its time, with the
 * clause that holds both as its text and the people and organisations named in that clause as actors.
 * Unresolved and deictic references (PRESENT_REF, "XXXX-…") and durations anchor nothing.
 */
import type { DatedEvent, Organization, Person, TimeExpression } from '../../schema.js';
import { tokenAt, type Document } from '../text/document.js';
import type { NameMention } from '../people/names.js';
import { firstAtOrAfter } from '../text/search.js';
import { withoutPossessive } from '../text/words.js';
import { anchoredTriggers } from './triggers.js';
import { STRONG_MARKS } from './lexicon.js';

const clean = (text: string) => withoutPossessive(text).replace(/-(?:led|backed|based|run|linked)$/i, '');

/** A resolved speaker at a position: "the premier" → Benjamin Netanyahu. */
export interface SpeakerAt { start: number; end: number; name: string }

export interface Entities { people: readonly Person[]; organizations: readonly Organization[] }

/** A clause is cut at a comma too when it would otherwise run past this many characters. */
const LONG_CLAUSE = 90;
/** Tokens a clause may reach out on each side of its trigger and time: a run-on hostile sentence stays linear. */
const CLAUSE_REACH = 60;

export function extractEvents(doc: Document, dates: readonly TimeExpression[], names: readonly NameMention[], speakers: readonly SpeakerAt[] = [], entities: Entities = { people: [], organizations: [] }): DatedEvent[] {
  const events: DatedEvent[] = [];
  // Actors are people, and the organisations and places the story keeps naming: a capitalised word seen once
  // ("Ceasefire" opening a sentence, "Addressing") is not an actor.
  const seen = new Map<string, number>();
  for (const n of names) seen.set(clean(n.text), (seen.get(clean(n.text)) ?? 0) + 1);
  const isActor = (n: NameMention) => n.person || (seen.get(clean(n.text)) ?? 0) >= 2;
  const idAt = entityIds(entities);
  for (const date of dates) {
    if ((date.type !== 'date' && date.type !== 'time') || !date.value || !/^\d{4}/.test(date.value)) continue;
    const first = tokenAt(doc, date.start);
    const last = Math.max(first, tokenAt(doc, date.end) - 1);
    if (first >= doc.tokens.length) continue;
    for (const anchor of anchoredTriggers(doc, first, last)) {
      const t = doc.tokens[anchor.token]!;
      const { start, end } = clauseAround(doc, Math.min(first, anchor.token), Math.max(last, anchor.token));
      const actors: string[] = [];
      const actorIds: string[] = [];
      for (let k = firstAtOrAfter(names, start, (x) => x.start); k < names.length && names[k]!.start < end; k++) {
        const n = names[k]!;
        if (n.end > end || !isActor(n)) continue;
        const name = clean(n.text);
        if (!actors.includes(name) && !actors.some((a) => a.endsWith(` ${name}`))) actors.push(name);
        const id = idAt(n.start, n.end);
        if (id && !actorIds.includes(id)) actorIds.push(id);
      }
      // The speaker credited in the clause acts in it, under the name the people stage resolved.
      for (const sp of speakers) {
        if (sp.start < start || sp.end > end || actors.includes(sp.name)) continue;
        const i = actors.findIndex((a) => sp.name.endsWith(` ${a}`) || sp.name === a);
        if (i >= 0) actors[i] = sp.name;
        else actors.push(sp.name);
        const id = idAt(sp.start, sp.end);
        if (id && !actorIds.includes(id)) actorIds.push(id);
      }
      events.push({ date, trigger: { text: t.text, start: t.start, end: t.end }, text: doc.text.slice(start, end), start, end, actors, actorIds });
    }
  }
  return events;
}

/**
 * The clause around tokens [a, b]: out to the sentence's edges or the nearest strong mark (semicolon, colon,
 * dash, quotation mark, parenthesis); where that runs long, out to the nearest comma.
 */
function clauseAround(doc: Document, a: number, b: number): { start: number; end: number } {
  const s = doc.sentenceOf[a]!;
  const sentence = doc.sentences[s]!;
  const from = doc.sentenceFirstToken[s]!, to = (doc.sentenceFirstToken[s + 1] ?? doc.tokens.length) - 1;
  const span = (marks: (text: string) => boolean) => {
    let l = a, r = b;
    while (l > from && l > a - CLAUSE_REACH && !marks(doc.tokens[l - 1]!.text)) l--;
    while (r < to && r < b + CLAUSE_REACH && !marks(doc.tokens[r + 1]!.text)) r++;
    // A comma before the mark that ends the clause stays out: "the premier said, “…”".
    while (r > b && doc.tokens[r]!.text === ',') r--;
    const start = l === from ? sentence.start : doc.tokens[l]!.start;
    // A clause that runs to the end of its sentence keeps the sentence's closing mark.
    const end = r === to ? Math.min(sentence.end, doc.tokens[to]!.end) : doc.tokens[r]!.end;
    return { start, end };
  };
  const strong = span((text) => STRONG_MARKS.has(text));
  if (strong.end - strong.start <= LONG_CLAUSE) return strong;
  return span((text) => STRONG_MARKS.has(text) || text === ',');
}

/** The id of the person or organisation one of whose mentions overlaps [start, end). */
function entityIds(entities: Entities): (start: number, end: number) => string | null {
  const spans: { start: number; end: number; id: string }[] = [];
  for (const p of entities.people) for (const m of p.mentions) spans.push({ start: m.start, end: m.end, id: p.id });
  for (const o of entities.organizations) for (const m of o.mentions) spans.push({ start: m.start, end: m.end, id: o.id });
  spans.sort((x, y) => x.start - y.start);
  return (start, end) => {
    for (let i = Math.max(0, firstAtOrAfter(spans, start, (x) => x.start) - 4); i < spans.length && spans[i]!.start < end; i++) {
      if (spans[i]!.end > start) return spans[i]!.id;
    }
    return null;
  };
}

/**
 * The word that says what happened at a time: which verb or event noun a date or time expression anchors, read
 * from where the expression stands in its clause. compromise's lexicon says which words are verbs and nouns (a
 * map read per word, no tagging pass); endings and the word before read the rest ("will testify", "the invasion").
 *
 * Attachment, in order:
 *   the Oct. 7 assault, Tuesday's vote   → the event noun right after the expression
 *   Harris on Monday calling, Bush today denounced → the verb right after it (it stands between subject and verb)
 *   On Feb. 11, he told                  → the main verb after an expression that opens its sentence
 *   fell apart on Tuesday, said today     → the nearest verb before it in its clause (an event noun if none)
 *   otherwise                            → the nearest verb after it in its clause
 * and the triggers the same time dates with it: an event noun between the verb and the time ("kidnapped during
 * the assault on Oct. 7"), the verb that heads the dated one ("expected to meet"), a participle in its clause
 * ("arrived … seeking"), the verbs of a relative clause on the time (", in which 1,200 were killed and thousands
 * wounded"), and the main verb after an opening phrase ("Addressing the nation on Feb. 17, the premier said").
 * Every search is bounded (REACH tokens), so a hostile sentence costs linear time.
 */
import type { Token } from '../text/words.js';
import { isPastTenseVerb, lexiconTags } from '../people/tagger.js';
import { startsSentence, type Document } from '../text/document.js';
import {
  AUXILIARIES, CLAUSE_MARKS, CLAUSE_OPENERS, DETERMINERS, EVENT_NOUNS, EVENT_NOUN_ENDING, INSIDE, IRREGULAR_PASTS, MODALS, OPENING_WORDS,
  PREPOSITIONS, RELATIVE_OPENERS, STRONG_MARKS, VERB_AFTER,
} from './lexicon.js';

export type TriggerKind = 'verb' | 'noun';

const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PerfectTense', 'Verb'];
/** How far (in tokens) a trigger may stand from its time. */
const REACH = 14;

/** What a token is as a trigger: a verb, an event noun, or nothing (names, function words, auxiliaries). */
export function triggerKind(doc: Document, k: number): TriggerKind | null {
  const t = doc.tokens[k]!;
  if (!t.word || /\d/.test(t.text) || AUXILIARIES.has(t.norm)) return null;
  // A capitalised word inside a sentence is a name ("Negev", "Rafah"), not what happened.
  if (t.cap && !startsSentence(doc, k)) return null;
  const before = doc.tokens[k - 1]?.norm ?? '';
  if (EVENT_NOUNS.has(t.norm) || EVENT_NOUN_ENDING.test(t.norm)) return DETERMINERS.has(before) || !isVerbWord(t.norm) ? 'noun' : 'verb';
  // After a determiner, a possessive or a number a word is a noun: "a share", "the market", "Intel's stock".
  if (isVerbWord(t.norm)) return DETERMINERS.has(before) || /['’]s$/.test(doc.tokens[k - 1]?.text ?? '') || /^\p{N}/u.test(doc.tokens[k - 1]?.text ?? '') ? null : 'verb';
  // After a modal any word but an adverb is a verb ("will return", "could vote"); after "to" or "did" one the
  // lexicon knows as nothing else ("to testify", not "to consultations"). Not after the month May.
  const tags = lexiconTags(t.norm);
  if (!VERB_AFTER.has(before) || doc.tokens[k - 1]!.cap || !/^[a-z]+(?:-[a-z]+)*$/.test(t.norm) || !/[aeiouy]/.test(t.norm)) return null;
  if (MODALS.has(before)) return tags.some((x) => x === 'Adverb' || x === 'Adjective' || x === 'Determiner' || x === 'Preposition' || x === 'Pronoun') ? null : 'verb';
  return !tags.length || tags.includes('Infinitive') || tags.includes('PresentTense') ? 'verb' : null;
}

function isVerbWord(norm: string): boolean {
  if (IRREGULAR_PASTS.has(norm)) return true;
  const tags = lexiconTags(norm);
  if (tags.some((x) => VERB_TAGS.includes(x))) return !tags.some((x) => x === 'Copula' || x === 'Modal' || x === 'Auxiliary');
  if (tags.length && !tags.includes('Adjective')) return false;
  return isPastTenseVerb(norm) || norm.length > 5 && /ing$/.test(norm);
}

export interface Anchor { token: number; kind: TriggerKind }

/**
 * The triggers a time expression spanning tokens [first, last] anchors, the primary one first. A time inside a
 * quotation anchors only words of that quotation, a time outside one only words outside.
 */
export function anchoredTriggers(doc: Document, first: number, last: number): Anchor[] {
  const s = doc.sentenceOf[first]!;
  const from = doc.sentenceFirstToken[s]!, to = doc.sentenceFirstToken[s + 1] ?? doc.tokens.length;
  const quoted = doc.quoted[first];
  const kind = (k: number): TriggerKind | null => (k >= from && k < to && doc.quoted[k] === quoted ? triggerKind(doc, k) : null);
  const isMark = (t: Token | undefined) => !t || CLAUSE_MARKS.has(t.text);
  const out: Anchor[] = [];
  const add = (token: number, as: TriggerKind) => { if (!out.some((a) => a.token === token)) out.push({ token, kind: as }); };

  // The event noun the expression modifies: "the Oct. 7 assault", "Tuesday's vote", "the August 1988 cease-fire";
  // one plain modifier may stand between them: "a third-quarter net loss".
  for (let k = last + 1; k < to && k <= last + 2; k++) {
    const t = doc.tokens[k]!;
    if (kind(k) === 'noun' || EVENT_NOUNS.has(t.norm) && doc.quoted[k] === quoted) { add(k, 'noun'); break; }
    if (!t.word || t.cap || kind(k) || AUXILIARIES.has(t.norm) || PREPOSITIONS.has(t.norm)) break;
  }
  // Between subject and verb, with no verb before it in its clause: "Harris on Monday calling on", "the Council
  // on Aug. 6 ordered", "… with Harris on Monday calling on" (not "arrived in Washington on Tuesday seeking").
  let next = last + 1;
  while (next < to && /^(?:also|again|already|then|formally|officially|not)$/.test(doc.tokens[next]!.norm)) next++;
  while (next < to && AUXILIARIES.has(doc.tokens[next]!.norm)) next++;
  let verbBefore = false;
  for (let k = first - 1; k >= from && k >= first - REACH && !isMark(doc.tokens[k]) && !CLAUSE_OPENERS.has(doc.tokens[k]!.norm); k--) if (kind(k) === 'verb') { verbBefore = true; break; }
  if (!out.length && first > from && !verbBefore && kind(next) === 'verb') add(next, 'verb');
  // An expression that opens its sentence dates the main verb after it: "On Feb. 11, he told".
  let opener = true;
  for (let k = from; k < first && opener; k++) if (!OPENING_WORDS.has(doc.tokens[k]!.norm)) opener = false;
  if (!out.length && opener) {
    const main = firstVerbAfter(doc, last + 1, to, kind, true);
    if (main !== null) add(main, 'verb');
  }
  // The nearest verb before it in its clause ("fell apart on Tuesday"), and an event noun between them too ("were
  // kidnapped during the assault on the Negev on Oct. 7" dates both).
  // Within the commas first; then, when the clause holds no trigger, past them ("kidnapped from his small,
  // neighborhood store … at 10 p.m. Wednesday", "fell 1.4%, or 6.43, on Friday").
  for (const stop of [isMark, (t: Token | undefined) => !t || STRONG_MARKS.has(t.text)]) {
    if (out.length) break;
    let noun = -1;
    for (let k = first - 1; k >= from && k >= first - REACH; k--) {
      if (stop(doc.tokens[k])) break;
      const found = kind(k);
      if (found === 'verb') { add(k, found); break; }
      if (found === 'noun' && noun < 0) noun = k;
    }
    if (noun >= 0) add(noun, 'noun');
    if (!out.length) {
      const after = firstVerbAfter(doc, last + 1, to, kind, false, stop);
      if (after !== null) add(after, 'verb');
    }
  }
  const primary = out[0];
  if (!primary) return out;
  // A verb that heads the primary one shares its time: "expected to meet … this afternoon", "will begin
  // withdrawing troops on Friday".
  if (primary.kind === 'verb') {
    const head = doc.tokens[primary.token - 1]?.norm === 'to' ? primary.token - 2 : /ing$/.test(doc.tokens[primary.token]!.norm) ? primary.token - 1 : -1;
    if (head >= from && kind(head) === 'verb') add(head, 'verb');
  }

  // A participle that goes with the dated verb: "arrived in Washington today seeking to mediate".
  if (primary.kind === 'verb') {
    for (let k = primary.token + 1; k < to && k <= primary.token + 6; k++) {
      const t = doc.tokens[k]!;
      if (CLAUSE_MARKS.has(t.text) || doc.quoted[k] !== quoted) break;
      if (k >= first && k <= last) continue;
      if (/ing$/.test(t.norm) && kind(k) === 'verb') { add(k, 'verb'); break; }
    }
  }
  // A relative clause on the time or the event: ", in which some 1,200 people were killed and thousands more
  // wounded", "today when tons of earth cascaded down".
  let r = last + 1;
  if (doc.tokens[r]?.text === ',') r++;
  if (INSIDE.has(doc.tokens[r]?.norm ?? '') || doc.tokens[r]?.norm === 'on') r++;
  if ((r > last + 1 || doc.tokens[r]?.norm === 'when') && RELATIVE_OPENERS.has(doc.tokens[r]?.norm ?? '')) {
    const verb = firstVerbAfter(doc, r + 1, to, kind, false);
    if (verb !== null) {
      add(verb, 'verb');
      // Coordinated verbs of the same clause share its time: "were killed and thousands more wounded".
      for (let k = verb + 1; k < to && k <= verb + 2; k++) {
        if (doc.tokens[k]!.norm !== 'and') continue;
        for (let j = k + 1; j < to && j <= k + 4; j++) {
          if (isMark(doc.tokens[j])) break;
          if (kind(j) === 'verb' && isPastTenseVerb(doc.tokens[j]!.norm)) { add(j, 'verb'); break; }
        }
      }
    }
  }
  // An opening phrase that holds the time dates the main clause after its comma too.
  if (primary.kind === 'verb' && primary.token < first && (primary.token === from || OPENING_WORDS.has(doc.tokens[from]!.norm) && primary.token <= from + 1)) {
    let comma = last + 1;
    while (comma < to && comma <= last + 4 && doc.tokens[comma]!.text !== ',') comma++;
    if (doc.tokens[comma]?.text === ',') {
      const main = firstVerbAfter(doc, comma + 1, to, kind, true);
      if (main !== null) add(main, 'verb');
    }
  }
  return out;
}

/** The first verb from `k` in the clause; `overComma` lets the search pass one comma (after an opening phrase). */
function firstVerbAfter(doc: Document, k: number, to: number, kind: (k: number) => TriggerKind | null, overComma: boolean, stop = (t: Token) => CLAUSE_MARKS.has(t.text)): number | null {
  let commas = 0;
  for (let j = k; j < to && j < k + REACH; j++) {
    const t = doc.tokens[j]!;
    if (stop(t)) {
      if (t.text === ',' && overComma && commas === 0 && j <= k + 1) { commas++; continue; }
      return null;
    }
    if (kind(j) === 'verb') return j;
  }
  return null;
}

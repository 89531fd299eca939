/**
 * Turns quotation spans and cue sentences into raw quotes: kind (direct, partial, indirect), the
 * attribution (speaker phrase, cue, recipient) and a confidence. Speakers stay as written here; the
 * people stage resolves them.
 */
import { sentenceIndexAt, tokenAt, type Document } from '../text/document.js';
import type { QuoteSpan } from './marks.js';
import { accordingTo, attributionAt, cueAt, firstClauseSubject, namePhrase, sentenceSubject, subjectAfter, verbAttribution, type Attribution, type NameIndex } from './attribution.js';
import { commonWordKind, isPastTenseVerb } from '../people/tagger.js';
import { ROLE_NOUNS } from '../people/lexicon.js';
import { CUE_LEMMA, REPORTING_CUES, SCARE_MARKERS, STRONG_CUES } from './cues.js';
import { ATTRIBUTION_WINDOW, MAX_QUOTATIONS, MAX_REPORTED } from '../limits.js';

export interface RawQuote {
  kind: 'direct' | 'partial' | 'indirect';
  text: string;
  start: number;
  end: number;
  /** Sentence index the attribution lives in (for dating the remark). */
  sentence: number;
  attribution: Attribution | null;
  /** How the speaker was found: a cue in the sentence, the sentence's subject, carried from the quote before, or not at all. */
  via: 'sentence' | 'subject' | 'carried' | 'none';
}

/** Tokens of sentence s: [first, end). */
function sentenceRange(doc: Document, s: number): [number, number] {
  return [doc.sentenceFirstToken[s]!, doc.sentenceFirstToken[s + 1]!];
}

/** The sentence's subject as the speaker of a fragment with no cue: a person, an organisation or a role. */
function subjectOnly(doc: Document, names: NameIndex, first: number, end: number, q: QuoteSpan): Attribution | null {
  const speaker = sentenceSubject(doc, names, first, end);
  // The subject may follow a fragment quoted in a phrase that opens the sentence ("Acknowledging that Trump
  // “says a lot of stupid stuff,” Allen did suggest…"), never one quoted in its own clause.
  if (!speaker || speaker.end > q.start && !inOpeningPhrase(doc, first, q)) return null;
  if (speaker.kind === 'pronoun' && !/^(?:he|she|they)$/i.test(speaker.text)) return null;
  return { speaker, cue: null, cueToken: -1, recipient: null, order: 'before' };
}

/** The quotation lies in a phrase that opens the sentence with a common word and closes with a comma. */
function inOpeningPhrase(doc: Document, first: number, q: QuoteSpan): boolean {
  let k = first;
  while (k < doc.tokens.length && !doc.tokens[k]!.word) k++;
  const opener = doc.tokens[k];
  if (!opener || !opener.cap || commonWordKind(opener.norm) !== 'function') return false;
  const after = doc.text.slice(q.end, q.end + 12);
  return /^\s*(?:\w+\s*)?,/.test(after) || /[,]["'’”]$/.test(doc.text.slice(q.start, q.end));
}

/** "as “Miss Piggy”", "called her “Miss Housekeeping”": a capitalised fragment that is a name somebody used. */
function nameFollowsAs(doc: Document, q: QuoteSpan): boolean {
  const prev = doc.tokens[tokenAt(doc, q.start) - 1];
  return !!prev && (prev.norm === 'as' || prev.norm === 'and' || prev.norm === 'her' || prev.norm === 'him' || prev.norm === 'them');
}

/** “Fox News Sunday”, “The Apprentice”: a run of capitalised words is a title or a name, not speech. */
function isTitleCased(inner: string): boolean {
  const words = inner.replace(/(?<![,.!?])[,.!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  const significant = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** A quotation is direct when it stands as a sentence of its own or after "X said:"/"X said,". */
function kindOf(doc: Document, q: QuoteSpan, sentenceStart: number): 'direct' | 'partial' {
  if (q.pieces.length > 1) return 'direct';
  const inner = doc.text.slice(q.innerStart, q.innerEnd).trim();
  const startsLikeSentence = /^(?:\.\.\.|…)?\s*["'“‘(]?[\p{Lu}\p{N}]/u.test(inner);
  const before = doc.text.slice(sentenceStart, q.start).replace(/[“”"]/g, '').trim();
  if (!startsLikeSentence) return 'partial';
  return before === '' || /[,:]$/.test(before) ? 'direct' : 'partial';
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "so-called “peace plan”", a film “Oppenheimer”: the word before the mark says it is a name, not speech. */
function isScareOrTitle(doc: Document, q: QuoteSpan): boolean {
  const i = tokenAt(doc, q.start) - 1;
  const prev = doc.tokens[i];
  return !!prev && prev.word && SCARE_MARKERS.has(prev.norm);
}

/**
 * The attribution of a quotation from its own sentence: the nearest cue with a speaker on either side. A
 * cue in the infinitive or a participle ("to accuse", ", saying") takes the sentence's subject.
 */
function attributeInSentence(doc: Document, names: NameIndex, q: QuoteSpan, s: number, kind: 'direct' | 'partial'): Attribution | null {
  const [first, end] = sentenceRange(doc, s);
  const qFirst = tokenAt(doc, q.start);
  const qEnd = Math.min(end, tokenAt(doc, q.end));
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  let outer: Attribution | null = null;
  const lo = Math.max(first, qFirst - ATTRIBUTION_WINDOW), hi = Math.min(end, qEnd + ATTRIBUTION_WINDOW);
  for (let i = lo; i < hi; i++) {
    if (doc.quoted[i]) continue;
    const distance = i < qFirst ? qFirst - i : i - qEnd;
    if (distance >= bestDistance) continue;
    const according = accordingTo(doc, names, i, end);
    // ", saying", ", adding": the participle's subject is the clause's ("Sanders visited …, his rival, Hillary
    // Clinton, saying" is Sanders), not the name just before the comma.
    const participle = doc.tokens[i - 1]?.text === ',' && isNonFiniteCue(doc, i);
    let a = according ?? (participle ? withSubject(doc, names, i, first, end) : null) ?? attributionAt(doc, names, i, i < qFirst ? first : qEnd, end, REPORTING_CUES, kind === 'direct' || i >= qEnd);
    if (!a && isNonFiniteCue(doc, i)) a = withSubject(doc, names, i, first, end);
    // A fragment's speaker after it must follow at once (`,” Naim said`); a cue further on belongs to
    // another clause (`…“absolutely right” when he said…`).
    if (a && kind === 'partial' && i >= qEnd && !followsAtOnce(doc, qEnd, a) && !closesSentence(doc, a, end)) a = null;
    if (a && i < qFirst && !outer) outer = a;
    if (a) { best = a; bestDistance = distance; }
  }
  // `The four “loopholes” he cited are “…,” The Hill reported.`: a quotation closed by a comma hands over to the
  // attribution that follows it at once; a cue before it sits in another clause.
  if (best && best.cueToken < qFirst) {
    const closing = closingAttribution(doc, names, q, qEnd, end);
    if (closing) return closing;
  }
  // "Lynch said she recalled thinking, “…”": the nearer cue's pronoun is the outer speaker again; name
  // the speaker where the sentence does.
  if (best && outer && best !== outer && best.cueToken < qFirst && best.speaker.kind === 'pronoun' && outer.speaker.kind !== 'pronoun') return outer;
  // "Carl Bialik: “…”": a name right before the colon that opens the quotation speaks, whatever cue is further off.
  const labelled = nameBeforeColon(doc, names, first, qFirst);
  if (labelled && (!best || best.cueToken < qFirst)) return labelled;
  return best ?? clauseAfterQuote(doc, names, q, qEnd) ?? (kind === 'direct' ? clauseBeforeQuote(doc, names, first, qFirst) : null) ?? dashAttribution(doc, names, qEnd, end);
}

function nameBeforeColon(doc: Document, names: NameIndex, first: number, qFirst: number): Attribution | null {
  const named = names.at.get(qFirst - 2);
  if (qFirst - 2 < first || doc.tokens[qFirst - 1]?.text !== ':' || !named || named.last !== qFirst - 2 || named.kind === 'place') return null;
  // The name is a label of its own ("… - Carl Bialik:"), not the listener of a verb ("told Hannity:").
  if (named.runFirst > first && doc.tokens[named.runFirst - 1]!.word) return null;
  return { speaker: namePhrase(named), cue: null, cueToken: qFirst - 1, recipient: null, order: 'before' };
}

/**
 * `Byler pointed out in December, “…”`: the clause that introduces a quotation with a comma or colon names
 * its speaker, whatever its verb: the first name or pronoun that a verb follows.
 */
function clauseBeforeQuote(doc: Document, names: NameIndex, first: number, qFirst: number): Attribution | null {
  const mark = doc.tokens[qFirst - 1];
  if (!mark || qFirst - 1 <= first || mark.text !== ',' && mark.text !== ':') return null;
  const speaker = firstClauseSubject(doc, names, first, qFirst - 1);
  return speaker ? { speaker, cue: null, cueToken: -1, recipient: null, order: 'before' } : null;
}

/**
 * `“…?” Hannity pressed.`, `“…!” beamed Donald Hartley`: a clause of a subject and a verb in the past tense
 * right after a quotation that ends in a comma, question or exclamation mark is its attribution, whatever
 * the verb (the cue lexicon cannot list every way of speaking).
 */
function clauseAfterQuote(doc: Document, names: NameIndex, q: QuoteSpan, qEnd: number): Attribution | null {
  if (!/[,?!]["'’”]?$/.test(doc.text.slice(q.innerStart, q.innerEnd).trimEnd())) return null;
  const first = doc.tokens[qEnd];
  if (!first?.word || first.start - q.end > 2) return null;
  const s = doc.sentenceOf[qEnd]!;
  const ceiling = doc.sentenceFirstToken[s + 1]!;
  // Inverted: `,” beamed Donald Hartley`.
  if (isPastTenseVerb(first.norm) && !first.cap) {
    const speaker = subjectAfter(doc, names, qEnd, ceiling);
    return speaker && speaker.kind !== 'pronoun' ? { speaker, cue: first.text, cueToken: qEnd, recipient: null, order: 'after' } : null;
  }
  for (let v = qEnd + 1; v < ceiling && v <= qEnd + POST_QUOTE_SUBJECT; v++) {
    const t = doc.tokens[v]!;
    if (!t.word || doc.quoted[v]) return null;
    if (t.cap || !isPastTenseVerb(t.norm)) continue;
    const a = verbAttribution(doc, names, v, qEnd);
    return a && tokenAt(doc, a.speaker.start) === qEnd ? a : null;
  }
  return null;
}

/** Words between a quotation and the verb of the clause that follows it: "Former Gov. Jim Doyle pressed". */
const POST_QUOTE_SUBJECT = 6;

/** Tokens after a quotation searched for the cue of `,” X said`. */
const CLOSING_REACH = 6;

/** `…,” The Hill reported`: the attribution right after a quotation whose words end in a comma. */
function closingAttribution(doc: Document, names: NameIndex, q: QuoteSpan, qEnd: number, end: number): Attribution | null {
  if (!/,["'’”]?$/.test(doc.text.slice(q.innerStart, q.innerEnd).trimEnd())) return null;
  for (let i = qEnd; i < end && i < qEnd + CLOSING_REACH; i++) {
    if (doc.quoted[i]) return null;
    if (!cueAt(doc, i)) continue;
    const a = attributionAt(doc, names, i, qEnd, end, REPORTING_CUES);
    return a && followsAtOnce(doc, qEnd, a) ? a : null;
  }
  return null;
}

function followsAtOnce(doc: Document, qEnd: number, a: Attribution): boolean {
  let k = qEnd;
  while (k < doc.tokens.length && !doc.tokens[k]!.word) k++;
  // "…,” the Times reported": a determiner may stand before the name.
  if (doc.tokens[k]?.norm === 'the' && a.speaker.kind === 'name') k++;
  const t = doc.tokens[k];
  return !!t && (t.start === a.speaker.start || k === a.cueToken || rolesLead(doc, k, a.speaker.start));
}

/** Words of a title or role before a name: "…,” NEA President Lily Eskelsen García said", "Hamas spokesman Bassem Naim". */
const MAX_ROLE_LEAD = 5;

function rolesLead(doc: Document, k: number, nameStart: number): boolean {
  for (let j = k; j < k + MAX_ROLE_LEAD; j++) {
    const t = doc.tokens[j];
    if (!t || !t.word) return false;
    if (t.start === nameStart) return j > k;
    if (!t.cap && !ROLE_NOUNS.has(t.norm)) return false;
  }
  return false;
}

/**
 * ", the rights group says." closing the sentence: an attribution set off by a comma with nothing after its
 * cue speaks for the whole sentence, fragments included.
 */
function closesSentence(doc: Document, a: Attribution, end: number): boolean {
  // ", said Christine Link, director of the ACLU." closes it too: the speaker after the cue, then only an apposition.
  if (a.order === 'after') {
    if (doc.tokens[a.cueToken - 1]?.text !== ',') return false;
    const next = tokenAt(doc, a.speaker.end);
    if (next >= end) return true;
    const rest = doc.text.slice(doc.tokens[next]!.start, doc.tokens[end - 1]!.end);
    return !doc.tokens[next]!.word && !/[“"]/.test(rest);
  }
  if (a.order !== 'before') return false;
  for (let k = a.cueToken + 1; k < end; k++) if (doc.tokens[k]!.word) return false;
  const before = doc.tokens[tokenAt(doc, a.speaker.start) - 1];
  return before?.text === ',';
}

/** "to accuse", ", saying", ", adding": a cue whose subject is the sentence's. */
function isNonFiniteCue(doc: Document, i: number): boolean {
  const lemma = cueAt(doc, i);
  if (!lemma || !REPORTING_CUES.has(lemma)) return false;
  const prev = doc.tokens[i - 1];
  return prev?.norm === 'to' || /ing$/.test(doc.tokens[i]!.norm) && (prev?.text === ',' || prev?.norm === 'and' || prev?.norm === 'before' || prev?.norm === 'after' || prev?.norm === 'while');
}

function withSubject(doc: Document, names: NameIndex, cue: number, first: number, end: number): Attribution | null {
  // "Fiorina said, adding that…": the subject of the cue just before the comma.
  if (doc.tokens[cue - 1]?.text === ',') {
    const before = attributionAt(doc, names, cue - 2, first, end, REPORTING_CUES, false);
    if (before) return { ...before, cue: doc.tokens[cue]!.text, cueToken: cue, recipient: null };
  }
  const speaker = sentenceSubject(doc, names, first, end);
  if (!speaker || speaker.start >= doc.tokens[cue]!.start) return null;
  return { speaker, cue: doc.tokens[cue]!.text, cueToken: cue, recipient: null, order: 'before' };
}

/** "“…” ― Karen Bobadilla": a dash and a name after the quotation sign it. */
function dashAttribution(doc: Document, names: NameIndex, qEnd: number, end: number): Attribution | null {
  const dash = doc.tokens[qEnd];
  if (!dash || !/^[―—–-]$/.test(dash.text)) return null;
  const m = names.at.get(qEnd + 1);
  if (!m || m.runFirst !== qEnd + 1 || m.last >= end + 1 && doc.sentenceOf[m.last] !== doc.sentenceOf[qEnd]) return null;
  return { speaker: namePhrase(m), cue: null, cueToken: qEnd, recipient: null, order: 'after' };
}

/**
 * Direct and partial quotes. Quotations split by their attribution ("“…,” he said, “…”") become one
 * quote; a direct quote with no cue of its own takes the speaker of the quote just before it (the
 * paragraph-after-paragraph convention), or of a sentence introducing it with a colon.
 */
export function quotedSpeech(doc: Document, names: NameIndex): RawQuote[] {
  const out: RawQuote[] = [];
  let previous: RawQuote | null = null;
  let previousEndParagraph = -2;
  for (const q of doc.quotations.slice(0, MAX_QUOTATIONS)) {
    const s = sentenceIndexAt(doc, q.start);
    const sentence = doc.sentences[s]!;
    const kind = kindOf(doc, q, sentence.start);
    const inner = doc.text.slice(q.innerStart, q.innerEnd);
    const text = q.pieces.map((p) => doc.text.slice(p.start, p.end).trim()).join('\n\n').replace(/(?<![\s,])[\s,]+$/, '');
    const attribution = attributeInSentence(doc, names, q, s, kind);
    const lastPiece = q.pieces[q.pieces.length - 1]!;
    const endParagraph = doc.paragraphs.findIndex((p) => p.start <= lastPiece.end && lastPiece.end <= p.end);

    // "“A,” he said, “B.”": the second half joins the first when only the attribution lies between.
    if (previous && previous.sentence === s && previous.attribution) {
      const between = doc.text.slice(previous.end, q.start);
      const a = previous.attribution;
      if (a.speaker.start >= previous.end && a.speaker.end <= q.start && /[,:;]\s*$/.test(between)) {
        previous.text = `${previous.text} ${text}`;
        previous.end = q.end;
        previousEndParagraph = endParagraph;
        continue;
      }
    }

    if (kind === 'partial') {
      // A quoted fragment is somebody's words when a cue in its sentence attributes it, or when the
      // sentence is about what its subject (a person or organisation) did with those words.
      if (isScareOrTitle(doc, q) || isTitleCased(inner) && !(attribution && nameFollowsAs(doc, q))) continue;
      const [first, end] = sentenceRange(doc, s);
      const found = attribution ?? subjectOnly(doc, names, first, end, q);
      if (!found) continue;
      previous = { kind, text, start: q.start, end: q.end, sentence: s, attribution: found, via: attribution ? 'sentence' : 'subject' };
      out.push(previous);
      previousEndParagraph = endParagraph;
      continue;
    }
    if (!attribution && wordCount(inner) < 4 && !/[.!?…]["'’”]?\s*$/.test(inner)) continue;
    let found = attribution;
    let via: RawQuote['via'] = found ? 'sentence' : 'none';
    if (!found) {
      const intro = introducedBy(doc, names, s);
      if (intro) { found = intro; via = 'sentence'; }
    }
    if (!found && doc.text.slice(sentence.start, q.start).trim()) {
      // "Obama is rolling out a new message: “It's about me.”"
      const [first, end] = sentenceRange(doc, s);
      found = subjectOnly(doc, names, first, end, q);
      if (found) via = 'subject';
    }
    if (!found) {
      // "Carter said that the region would not be abandoned. “That’s because…”": the speaker of the sentence
      // just before, when no quote of the paragraph before names someone nearer.
      const reported = reportedJustBefore(doc, names, s);
      if (reported && !(previous?.attribution && previous.sentence >= s - 1)) {
        found = reported;
        via = 'carried';
      }
    }
    if (!found && previous?.attribution && q.paragraph - previousEndParagraph <= 1) {
      found = previous.attribution;
      via = 'carried';
    }
    previous = { kind, text, start: q.start, end: q.end, sentence: s, attribution: found, via };
    out.push(previous);
    previousEndParagraph = endParagraph;
  }
  return out;
}

/**
 * A sentence just before a quotation that stands alone, in the same paragraph, naming its speaker:
 * "Pollak observed:" or "…, Schiff said." closing it.
 */
function introducedBy(doc: Document, names: NameIndex, s: number): Attribution | null {
  const prev = doc.sentences[s - 1];
  if (!prev || prev.paragraph !== doc.sentences[s]!.paragraph && !/:\s*$/.test(doc.text.slice(prev.start, prev.end))) return null;
  const [first, end] = sentenceRange(doc, s - 1);
  const colon = /:\s*$/.test(doc.text.slice(prev.start, prev.end));
  let lastWord = end - 1;
  while (lastWord > first && !doc.tokens[lastWord]!.word) lastWord--;
  for (let i = end - 1; i >= first; i--) {
    if (!colon && i < lastWord - 2) break;
    const a = accordingTo(doc, names, i, end) ?? attributionAt(doc, names, i, first, end, REPORTING_CUES);
    if (a) return a;
  }
  // "President Clinton released the following statement:": the sentence that introduces it is its subject's.
  if (colon) {
    const speaker = sentenceSubject(doc, names, first, end);
    if (speaker) return { speaker, cue: null, cueToken: -1, recipient: null, order: 'before' };
  }
  return null;
}

/**
 * The attribution of the sentence before sentence s (in its paragraph, or closing the paragraph before): its
 * first speech cue with a speaker, outside quotation marks.
 */
function reportedJustBefore(doc: Document, names: NameIndex, s: number): Attribution | null {
  const prev = doc.sentences[s - 1], here = doc.sentences[s];
  if (!prev || !here || here.paragraph - prev.paragraph > 1) return null;
  const [first, end] = sentenceRange(doc, s - 1);
  for (let i = first; i < end; i++) {
    if (doc.quoted[i]) continue;
    const a = accordingTo(doc, names, i, end) ?? attributionAt(doc, names, i, first, end, REPORTING_CUES, false);
    if (a && a.speaker.kind !== 'nominal') return a;
  }
  return null;
}

const THAT = new Set(['that']);

/**
 * Reported speech: "Naim told Reuters that it had presented…", "Hamas claims that…", "according to the
 * ministry, …", "…, officials said." Sentences that already hold a direct or partial quote are left to it.
 */
export function reportedSpeech(doc: Document, names: NameIndex, quoted: readonly RawQuote[]): RawQuote[] {
  const taken = new Set(quoted.map((q) => q.sentence));
  const out: RawQuote[] = [];
  for (let s = 0; s < doc.sentences.length && out.length < MAX_REPORTED; s++) {
    if (taken.has(s)) continue;
    const [first, end] = sentenceRange(doc, s);
    if (end - first < 5) continue;
    for (let i = first; i < end; i++) {
      if (doc.quoted[i]) continue;
      const according = accordingTo(doc, names, i, end);
      if (according) {
        const content = contentAround(doc, first, end, i, according);
        if (content) out.push({ kind: 'indirect', ...content, sentence: s, attribution: according, via: 'sentence' });
        break;
      }
      const lemma = cueAt(doc, i);
      if (!lemma || !STRONG_CUES.has(lemma)) continue;
      const a = attributionAt(doc, names, i, first, end, STRONG_CUES, true);
      if (!a) continue;
      const content = contentAround(doc, first, end, i, a);
      if (content) {
        out.push({ kind: 'indirect', ...content, sentence: s, attribution: a, via: 'sentence' });
        break;
      }
    }
  }
  return out;
}

/** The reported clause: after the cue (and its recipient and "that"), or before ", X said." at the end. */
function contentAround(doc: Document, first: number, end: number, cue: number, a: Attribution): { text: string; start: number; end: number } | null {
  const lastWord = (() => { let k = end - 1; while (k > first && !doc.tokens[k]!.word) k--; return k; })();
  const speakerEndsAt = a.speaker.end;
  let from = cue + 1;
  while (from < end && doc.tokens[from]!.start < speakerEndsAt) from++;
  if (a.order === 'according-to') {
    // "According to X, content." or "content, according to X."
    let comma = from;
    while (comma < end && doc.tokens[comma]!.text !== ',') comma++;
    if (comma >= end) comma = -1;
    if (cue === first || cue === first + 1) {
      if (comma < 0) return null;
      return span(doc, comma + 1, end);
    }
    return span(doc, first, cue);
  }
  // Content before: "Hamas has no idea where the hostages are, the group said."
  const before = doc.tokens[first]!.start < a.speaker.start && doc.text.slice(doc.tokens[first]!.start, a.speaker.start).trimEnd().endsWith(',');
  const speakerAfterCue = a.order === 'after';
  if (before && (speakerAfterCue || cue >= lastWord - 4)) {
    const upTo = tokenAt(doc, Math.min(a.speaker.start, doc.tokens[cue]!.start));
    return span(doc, first, upTo);
  }
  // Content after: skip the recipient and "that".
  let k = cue + 1;
  if (a.order === 'after') k = from;
  if (a.recipient) {
    const r = doc.text.indexOf(a.recipient, doc.tokens[k]?.start ?? 0);
    if (r >= 0 && r < (doc.tokens[k + 6]?.start ?? Infinity)) k = tokenAt(doc, r + a.recipient.length);
  }
  if (doc.tokens[k]?.text === ',' || doc.tokens[k]?.text === ':') k++;
  // "said on Feb. 17 that…", "said in a statement that…": a short phrase may stand before "that".
  for (let j = k; j < end && j < k + 7; j++) {
    if (THAT.has(doc.tokens[j]!.norm)) { k = j; break; }
    if (doc.quoted[j] || CUE_LEMMA.has(doc.tokens[j]!.norm)) break;
  }
  if (THAT.has(doc.tokens[k]?.norm ?? '')) k++;
  if (end - k < 3) return null;
  // Without "that" the clause must start like one: a subject, not an object ("said goodbye").
  const t = doc.tokens[k]!;
  if (!THAT.has(doc.tokens[k - 1]?.norm ?? '') && !(t.cap || ['he', 'she', 'it', 'they', 'we', 'i', 'the', 'a', 'an', 'there', 'his', 'her', 'their', 'its', 'this', 'those', 'these'].includes(t.norm))) return null;
  return span(doc, k, end);
}

function span(doc: Document, from: number, to: number): { text: string; start: number; end: number } | null {
  while (to > from && !doc.tokens[to - 1]!.word) to--;
  if (to - from < 3) return null;
  const start = doc.tokens[from]!.start, end = doc.tokens[to - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}

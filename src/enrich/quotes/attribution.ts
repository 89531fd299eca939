/**
 * Finds who said something: the speaker phrase and cue around a quotation or in a reported-speech
 * sentence. Patterns: "X said", "said X", "X, an apposition, said", "X told Y", "according to X",
 * "X said in an interview with Y". The speaker is returned as written (a name, a pronoun, "the premier",
 * "a spokeswoman for the ministry"); resolving it to a person is the people stage's job.
 */
import { startsSentence, type Document } from '../text/document.js';
import type { Token } from '../text/words.js';
import type { NameMention } from '../people/names.js';
import { ORGANISATION_NOUNS, ROLE_NOUNS, TITLE_WORDS } from '../people/lexicon.js';
import { CUE_ADVERBS, CUE_LEMMA, RECIPIENT_CUES, RECIPIENT_FRAMES, SPEAKER_PRONOUNS } from './cues.js';
import { commonWordKind, isFiniteVerb, isPastTenseVerb } from '../people/tagger.js';

export type MentionKind = 'name' | 'pronoun' | 'nominal';

export interface SpeakerPhrase {
  text: string;
  start: number;
  end: number;
  kind: MentionKind;
  /** The name found at this position, when the phrase is a name. */
  name: NameMention | null;
  /** The head noun of a nominal phrase ("premier"), for resolution through roles. */
  head: string | null;
  /** What a relative pronoun ("who", "which") stands for: the phrase that is resolved in its place. */
  antecedent?: SpeakerPhrase;
}

export interface Attribution {
  speaker: SpeakerPhrase;
  cue: string | null;
  cueToken: number;
  recipient: string | null;
  /** Where the speaker stands relative to the cue. */
  order: 'before' | 'after' | 'according-to';
}

const SAYING = new Set(['say', 'tell', 'ask', 'add', 'write', 'claim', 'reply', 'respond', 'tweet', 'insist', 'argue',
  'warn', 'explain', 'read', 'shout', 'yell', 'state', 'note', 'announce', 'declare', 'conclude']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these',
  'those', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'another', 'both', 'all', 'no',
  'any', 'each', 'few', 'top', 'senior']);
const PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'to', 'close']);
/** Words that end a backward walk for a subject: clause openers and verbs that are not cues. */
const CLAUSE_BREAKS = new Set(['that', 'which', 'who', 'whom', 'and', 'but', 'or', 'because', 'while', 'when',
  'as', 'if', 'than', 'so', 'where', 'whether', 'though', 'although', 'after', 'before', 'since', 'until', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'what', 'how', 'why', 'not']);

export interface NameIndex {
  /** The name mention that covers each token index (title tokens included). */
  at: ReadonlyMap<number, NameMention>;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.word;

function phraseOf(doc: Document, from: number, to: number, kind: MentionKind, name: NameMention | null, head: string | null): SpeakerPhrase {
  const a = doc.tokens[from]!, b = doc.tokens[to]!;
  return { text: doc.text.slice(a.start, b.end), start: a.start, end: b.end, kind, name, head };
}

function nameMention(names: NameIndex, i: number): NameMention | null {
  return names.at.get(i) ?? null;
}

export function namePhrase(m: NameMention): SpeakerPhrase {
  return { text: m.text, start: m.start, end: m.end, kind: 'name', name: m, head: null };
}

/** A nominal subject ending at token k: "the premier", "a spokeswoman for the ministry", "officials". */
function nominalEndingAt(doc: Document, k: number, floor: number, anyNoun = false): SpeakerPhrase | null {
  const head = doc.tokens[k]!;
  if (CLAUSE_BREAKS.has(head.norm) || PREPOSITIONS.has(head.norm) || DETERMINERS.has(head.norm)) return null;
  const known = ROLE_NOUNS.has(head.norm) || ORGANISATION_NOUNS.has(head.norm) || ROLE_NOUNS.has(head.norm.replace(/s$/, ''));
  // Before a cue a determiner and a noun can speak: "one questioner claimed", "the editorial reads"; so can
  // a share: "63 percent said".
  // The determiner may stand a modifier or two back: "the gambling tycoon told", "the 43-year-old asked".
  let d0 = k - 1;
  while (d0 > floor && k - d0 <= MAX_NOMINAL_MODIFIERS && isWord(doc.tokens[d0]) && !doc.tokens[d0]!.cap && !DETERMINERS.has(doc.tokens[d0]!.norm) && !CLAUSE_BREAKS.has(doc.tokens[d0]!.norm) && !CUE_LEMMA.has(doc.tokens[d0]!.norm) && !doc.quoted[d0]) d0--;
  const determined = d0 >= floor && ARTICLES.has(doc.tokens[d0]!.norm) && !doc.quoted[d0] || k - 1 >= floor && DETERMINERS.has(doc.tokens[k - 1]!.norm);
  const counted = k > floor && /^\p{N}/u.test(doc.tokens[k - 1]!.text);
  if (!known && !(anyNoun && (determined || counted) && !/ly$/.test(head.norm))) return null;
  let j = k, reach = NOMINAL_REACH;
  while (j - 1 >= floor && k - j < reach) {
    const t = doc.tokens[j - 1]!;
    if (!t.word || doc.quoted[j - 1] || cueAt(doc, j - 1) && !ROLE_NOUNS.has(t.norm)) break;
    // "the former secretary of state and current Democratic presidential nominee": two descriptions of one
    // person joined by "and" under one article.
    if (CLAUSE_BREAKS.has(t.norm)) {
      if (t.norm !== 'and' || !coordinatedUnder(doc, j - 1, floor)) break;
      reach = k - j + COORDINATED_REACH;
    }
    j--;
  }
  // The phrase starts at its determiner; "a spokeswoman for the ministry" reaches back over the preposition.
  let d = -1;
  for (let x = k - 1; x >= j; x--) {
    if (DETERMINERS.has(doc.tokens[x]!.norm) || /['’]s$/.test(doc.tokens[x]!.text) && doc.tokens[x]!.cap) {
      d = x;
      const before = doc.tokens[x - 1];
      if (x - 1 >= j && before && PREPOSITIONS.has(before.norm)) continue;
      break;
    }
  }
  const from = d >= 0 ? d : Math.max(j, k - 3);
  // Without a determiner only a plural role or a bare role noun stands alone ("officials said").
  // A bare collective noun that opens its sentence speaks too: "Police say…".
  const bare = from === k && anyNoun && startsSentence(doc, k);
  if (d < 0 && !/s$/.test(head.norm) && from === k && !ROLE_NOUNS.has(head.norm) && !bare) return null;
  let start = from;
  if (d < 0) while (start < k && !doc.tokens[start]!.word) start++;
  return phraseOf(doc, start, k, 'nominal', null, head.norm.replace(/s$/, ''));
}

/** Words a nominal subject reaches back from its head. */
const NOMINAL_REACH = 8;
/** Words read back from an "and" for the article that both its descriptions share. */
const COORDINATED_REACH = 8;

/** The "and" at token a joins two role descriptions under one article before it: "the former … and current …". */
function coordinatedUnder(doc: Document, a: number, floor: number): boolean {
  for (let x = a - 1; x >= floor && x >= a - COORDINATED_REACH; x--) {
    const t = doc.tokens[x]!;
    if (!t.word || doc.quoted[x] || CLAUSE_BREAKS.has(t.norm) || cueAt(doc, x) || isPastTenseVerb(t.norm)) return false;
    if (ARTICLES.has(t.norm)) return x < a - 1 && doc.tokens.slice(x + 1, a).some((w) => ROLE_NOUNS.has(w.norm) || TITLE_WORDS.has(w.norm));
  }
  return false;
}

/** The subject that ends just before token `cue` (adverbs and auxiliaries skipped). */
function subjectBefore(doc: Document, names: NameIndex, cue: number, floor: number): SpeakerPhrase | null {
  // A verb of saying needs a speaker, so a determiner phrase right before it is one ("the editorial reads").
  // Not every cue: "a box labeled “…”" is a participle.
  const plainSpeech = SAYING.has(CUE_LEMMA.get(doc.tokens[cue]?.norm ?? '') ?? '');
  let k = cue - 1;
  while (k >= floor && isWord(doc.tokens[k]) && CUE_ADVERBS.has(doc.tokens[k]!.norm) && !doc.quoted[k]) k--;
  if (k < floor || doc.quoted[k]) return null;
  // "Rep. Gwen Moore (D-Wis.) said": step back over a short parenthesis.
  if (doc.tokens[k]!.text === ')') {
    let o = k - 1;
    while (o >= floor && o > k - 12 && doc.tokens[o]!.text !== '(') o--;
    if (o > floor && doc.tokens[o]!.text === '(') k = o - 1;
  }
  let t = doc.tokens[k]!;
  // "Naim, a senior official, said": step back over the apposition to the name. An apposition can end in an
  // organisation or place, and several can follow each other ("Scott Pruitt, the attorney general of
  // Oklahoma, one of the states suing, said"): step back until a person's name, or the clause's start.
  if (t.text === ',') {
    // "Gov. John Kasich (R-OH), said": the name itself stands before the comma.
    let n0 = k - 1;
    if (doc.tokens[n0]?.text === ')') {
      while (n0 > floor && n0 > k - 12 && doc.tokens[n0]!.text !== '(') n0--;
      n0--;
    }
    const named = nameMention(names, n0);
    if (named && named.kind === 'person' && n0 === named.last) return namePhrase(named);
    let close = k, fallback: NameMention | null = null;
    for (let segment = 0; segment < MAX_APPOSITIONS; segment++) {
      let c = close - 1;
      while (c >= floor && c > close - 24 && doc.tokens[c]!.text !== ',' && !doc.quoted[c]) c--;
      if (c < floor || doc.tokens[c]!.text !== ',' || doc.quoted[c - 1]) break;
      let n = c - 1;
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
      if (doc.tokens[n]?.text === ')') {
        while (n > floor && n > c - 12 && doc.tokens[n]!.text !== '(') n--;
        n--;
      }
      const m = nameMention(names, n);
      if (m && m.kind === 'person') return namePhrase(m);
      fallback ??= m;
      close = c;
    }
    return fallback ? namePhrase(fallback) : null;
  }
  if (!t.word) return null;
  // "Trump, who has called the pact “insanity,”", "the Chicago Police Department which reported": the
  // relative pronoun is the mention as written, and it speaks for the phrase it follows.
  if (RELATIVE_PRONOUNS.has(t.norm)) return relativeSubject(doc, names, k, floor);
  // Outside quotation marks "I" and "we" are the writer: a speaker with no name in the story.
  if (SPEAKER_PRONOUNS.has(t.norm) || t.text === 'I') return phraseOf(doc, k, k, 'pronoun', null, null);
  const m = nameMention(names, k);
  if (m && k === m.last) return m.kind === 'person' ? namePhrase(m) : ownerOf(doc, names, m, floor) ?? namePhrase(m);
  if (m) return null;
  t = doc.tokens[k]!;
  // A capital that only opens the sentence ("Police say", "Analysts said") is a common noun there, not a name.
  if (t.cap && !ROLE_NOUNS.has(t.norm) && !(startsSentence(doc, k) && commonWordKind(t.norm) === 'noun')) return null;
  return nominalEndingAt(doc, k, floor, plainSpeech);
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/**
 * The relative pronoun at token k as a speaker: written "who", standing for the name or nominal just before
 * it (over a comma or a short parenthesis). Null when nothing that can speak stands there.
 */
function relativeSubject(doc: Document, names: NameIndex, k: number, floor: number): SpeakerPhrase | null {
  let a = k - 1;
  if (doc.tokens[a]?.text === ',') a--;
  if (doc.tokens[a]?.text === ')') {
    while (a > floor && a > k - 12 && doc.tokens[a]!.text !== '(') a--;
    a--;
  }
  if (a < floor || doc.quoted[a]) return null;
  const m = nameMention(names, a);
  const antecedent = m && a === m.last ? namePhrase(m) : m ? null : nominalEndingAt(doc, a, floor);
  if (!antecedent) return null;
  const t = doc.tokens[k]!;
  return { ...antecedent, text: t.text, start: t.start, end: t.end, antecedent };
}

/** The subject right after token `cue`: "said Naim", "said the spokesman", "said he". */
export function subjectAfter(doc: Document, names: NameIndex, cue: number, ceiling: number, allowIt = false): SpeakerPhrase | null {
  let k = cue + 1;
  // "said, smiling, Naim" is rare; "said on Monday Naim" never: only a dash or comma-free start is read.
  if (doc.tokens[k]?.text === '―' || doc.tokens[k]?.text === '—' || doc.tokens[k]?.text === '–') k++;
  if (k >= ceiling || doc.quoted[k]) return null;
  const t = doc.tokens[k]!;
  const pronoun = SPEAKER_PRONOUNS.get(t.norm);
  if (pronoun && pronoun !== 'first' && (pronoun !== 'neuter' || allowIt)) return phraseOf(doc, k, k, 'pronoun', null, null);
  const m = nameMention(names, k);
  // "said MSNBC host Chris Matthews": an organisation's or party's name, role words, then the person.
  if (m) return (m.kind !== 'person' ? nameAfterRoleWords(doc, names, m.last + 1, ceiling, true) : null) ?? namePhrase(m);
  // "according to conservative talk radio host Rush Limbaugh": role words, then the name.
  const named = nameAfterRoleWords(doc, names, k, ceiling);
  if (named) return named;
  if (!DETERMINERS.has(t.norm)) {
    if (ROLE_NOUNS.has(t.norm.replace(/s$/, '')) && /s$/.test(t.norm)) return phraseOf(doc, k, k, 'nominal', null, t.norm.replace(/s$/, ''));
    return null;
  }
  // Walk to the head: determiner, modifiers, head noun, and an optional "of/for the X".
  let j = k + 1;
  let head = -1;
  while (j < ceiling && j < k + 8 && isWord(doc.tokens[j]) && !doc.quoted[j]) {
    const w = doc.tokens[j]!.norm;
    if (ROLE_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))) head = j;
    else if (head >= 0 && !(PREPOSITIONS.has(w) || DETERMINERS.has(w) || doc.tokens[j]!.cap)) break;
    else if (CLAUSE_BREAKS.has(w) || CUE_LEMMA.has(w)) break;
    j++;
  }
  if (head < 0) {
    // "said the 46-year-old.": a short determiner phrase that closes the clause names the speaker too.
    // Only right after a quotation: `,” said the 46-year-old.`
    const closes = doc.tokens[j];
    const afterQuote = doc.quoted[cue - 1] === 1 || doc.tokens[cue - 1]?.text === ',' && doc.quoted[cue - 2] === 1;
    if (afterQuote && j > k + 1 && j <= k + 4 && (!closes || !closes.word)) return phraseOf(doc, k, j - 1, 'nominal', null, doc.tokens[j - 1]!.norm);
    return null;
  }
  let end = head;
  // Extend over a trailing "for the ministry" / "of Hamas".
  if (end + 2 < j && PREPOSITIONS.has(doc.tokens[end + 1]!.norm)) end = j - 1;
  return phraseOf(doc, k, end, 'nominal', null, doc.tokens[head]!.norm.replace(/s$/, ''));
}

/**
 * Role words, then a person's name: "conservative talk radio host Rush Limbaugh", "9/11 widow Terry Strada".
 * `afterName` when the words follow an organisation's name ("MSNBC host Chris Matthews").
 */
function nameAfterRoleWords(doc: Document, names: NameIndex, k: number, ceiling: number, afterName = false): SpeakerPhrase | null {
  let role = false;
  for (let j = k; j < ceiling && j < k + 8; j++) {
    const t = doc.tokens[j]!;
    if (doc.quoted[j]) return null;
    // Numbers and their joints are modifiers: "9/11 widow".
    if (!t.word && t.text !== '/' && t.text !== '-') return null;
    const m = nameMention(names, j);
    if (m) {
      // "former Obama adviser David Axelrod", "former Utah governor Michael Leavitt": a name that modifies the
      // role words after it is part of the description; the walk goes on to the person.
      const next = doc.tokens[m.last + 1];
      if (m.kind !== 'person' && next && next.word && !next.cap && ROLE_NOUNS.has(next.norm)) { j = m.last; continue; }
      // A title inside the name is a role too: "said former Wisconsin Gov. Jim Doyle".
      const titled = m.kind === 'person' && m.runFirst < m.first && m.titled;
      return (role || titled) && (m.kind === 'person' || !afterName) ? namePhrase(m) : null;
    }
    if (t.cap && j > k) return null;
    if (ROLE_NOUNS.has(t.norm)) role = true;
    // A verb, preposition or clause word ends the description: "Republicans seethed after … lawyer Cheryl Mills".
    else if (t.word && (CLAUSE_BREAKS.has(t.norm) || PREPOSITIONS.has(t.norm) || CUE_LEMMA.has(t.norm) || isPastTenseVerb(t.norm))) return null;
  }
  return null;
}

/** "Mr. Morgan of the Sierra Club said": the person before "of/at/for (the)" an organisation's name. */
function ownerOf(doc: Document, names: NameIndex, m: NameMention, floor: number): SpeakerPhrase | null {
  let p = m.runFirst - 1;
  if (doc.tokens[p]?.norm === 'the') p--;
  if (p - 1 < floor || !OWNER_PREPOSITIONS.has(doc.tokens[p]?.norm ?? '')) return null;
  const owner = nameMention(names, p - 1);
  return owner && owner.kind === 'person' ? namePhrase(owner) : null;
}

const OWNER_PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'with']);
/** Modifiers between a determiner and the noun it opens, before a cue. */
const MAX_NOMINAL_MODIFIERS = 2;
/** Appositions stepped over between a name and its cue. */
const MAX_APPOSITIONS = 3;

/** "told Reuters", "asked reporters", "in an interview with ABC News". */
function recipientAfter(doc: Document, names: NameIndex, cue: number, ceiling: number): string | null {
  const k = cue + 1;
  if (k >= ceiling) return null;
  const t = doc.tokens[k]!;
  const m = nameMention(names, k);
  if (m && m.runFirst === k) return doc.text.slice(t.start, m.end);
  if (DETERMINERS.has(t.norm)) {
    let j = k + 1;
    while (j < ceiling && j < k + 6 && isWord(doc.tokens[j]) && !CLAUSE_BREAKS.has(doc.tokens[j]!.norm) && !CUE_LEMMA.has(doc.tokens[j]!.norm) && !PREPOSITIONS.has(doc.tokens[j]!.norm)) j++;
    if (j > k + 1) return doc.text.slice(t.start, doc.tokens[j - 1]!.end);
    return null;
  }
  if (t.word && /s$/.test(t.norm) && !t.cap && !CLAUSE_BREAKS.has(t.norm)) return t.text; // "reporters"
  if (t.cap && t.word) return t.text;
  return null;
}

function recipientInFrame(doc: Document, names: NameIndex, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    for (const frame of RECIPIENT_FRAMES) {
      let ok = true;
      for (let f = 0; f < frame.length; f++) if (doc.tokens[i + f]?.norm !== frame[f]) { ok = false; break; }
      if (ok) {
        const r = recipientAfter(doc, names, i + frame.length - 1, to);
        if (r) return r;
      }
    }
  }
  return null;
}

/** The cue lemma of token i, when it is one. */
export function cueAt(doc: Document, i: number): string | null {
  const t = doc.tokens[i];
  if (!t || !t.word || doc.quoted[i]) return null;
  const lemma = CUE_LEMMA.get(t.norm);
  if (!lemma) return null;
  // "Obama's remarks", "the claims", "his comments", "the IG's report", "a statement": a noun, not the verb.
  const prev = doc.tokens[i - 1];
  // After "of" it is a noun too: "the secretary of state", "the wording of the report".
  if (prev && (ARTICLES.has(prev.norm) || /['’]s$/.test(prev.text) || POSSESSIVES.has(prev.norm) || prev.norm === 'of')) return null;
  if (prev && t.norm.endsWith('s') && DETERMINERS.has(prev.norm)) return null;
  return lemma;
}

/** Words that make the word after them a noun ("the report"); "some say" or "two said" stay verbs. */
const ARTICLES = new Set(['a', 'an', 'the']);

const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'whose']);

/** Tries token i as a cue with its subject before, or after (inverted), within [floor, ceiling). */
export function attributionAt(doc: Document, names: NameIndex, i: number, floor: number, ceiling: number, allowed: ReadonlySet<string>, inverted = true): Attribution | null {
  const lemma = cueAt(doc, i);
  if (!lemma || !allowed.has(lemma)) return null;
  // A capitalised word inside a name is no verb: "the DNC Rules Committee", "Reports Without Borders".
  if (doc.tokens[i]!.cap && names.at.has(i)) return null;
  // "according to" is a frame, not the verb "accord".
  let speaker = subjectBefore(doc, names, i, floor);
  let order: Attribution['order'] = 'before';
  // "told Reuters": after a cue that takes a listener, the noun phrase is the listener, not the speaker.
  if (!speaker && inverted && !LISTENER_AFTER.has(lemma)) {
    speaker = subjectAfter(doc, names, i, ceiling);
    order = 'after';
  }
  if (!speaker) return null;
  let recipient: string | null = null;
  if (RECIPIENT_CUES.has(lemma)) recipient = recipientAfter(doc, names, order === 'after' ? tokenAfterPhrase(doc, speaker, i) : i, ceiling);
  recipient ??= recipientInFrame(doc, names, i + 1, Math.min(ceiling, i + 12));
  return { speaker, cue: doc.tokens[i]!.text, cueToken: i, recipient, order };
}

/** The subject of verb token v, outside the cue lexicon: "Hannity pressed", after a quotation. */
export function verbAttribution(doc: Document, names: NameIndex, v: number, floor: number): Attribution | null {
  const speaker = subjectBefore(doc, names, v, floor);
  return speaker ? { speaker, cue: doc.tokens[v]!.text, cueToken: v, recipient: null, order: 'before' } : null;
}

function tokenAfterPhrase(doc: Document, phrase: SpeakerPhrase, from: number): number {
  let j = from;
  while (j < doc.tokens.length && doc.tokens[j]!.end <= phrase.end) j++;
  return j - 1;
}

/**
 * The subject that opens sentence tokens [first, end): "Trump openly admires Putin as…" → "Trump". A
 * leading phrase closed by a comma ("In July, Gingrich…") is skipped.
 */
export function sentenceSubject(doc: Document, names: NameIndex, first: number, end: number): SpeakerPhrase | null {
  let k = first;
  while (k < end && !doc.tokens[k]!.word) k++;
  const opener = doc.tokens[k];
  const leading = !!opener && LEADING_PHRASE.has(opener.norm);
  // "First, Trump identified…", "Citing the attack, Will urged…": an opener the lexicon knows as an adverb,
  // preposition or participle leads a phrase too; the subject after its comma, when there is one, speaks.
  const functionWord = !!opener && !leading && opener.cap && commonWordKind(opener.norm) === 'function' && !SPEAKER_PRONOUNS.has(opener.norm);
  if (leading || functionWord) {
    let c = k, after = k;
    while (c < end && c < k + 20 && doc.tokens[c]!.text !== ',') c++;
    if (c < end && doc.tokens[c]!.text === ',') after = c + 1;
    // The comma may close a quotation: `After saying her foot was “so swollen,” she was…`.
    while (after < end && !doc.tokens[after]!.word) after++;
    const subject = after < end && !doc.quoted[after] ? subjectAfter(doc, names, after - 1, end, true) : null;
    if (subject) return subject;
    // No comma closes the opening phrase: "Following Monday’s debate Politifact did…".
    if (leading) return after === k ? firstClauseSubject(doc, names, k + 1, end) : null;
  }
  if (k >= end || doc.quoted[k]) return null;
  const subject = subjectAfter(doc, names, k - 1, end, true);
  // "Following Monday’s debate Politifact did…", "Acknowledging that…, Allen did suggest": a sentence opened by a
  // common word has its subject further on, the first name or pronoun that a verb follows.
  if (!subject && opener!.cap && !names.at.has(k) && commonWordKind(opener!.norm) !== null) return firstClauseSubject(doc, names, k + 1, end);
  return subject;
}

/** The first name or he/she/they in [from, end), outside quotation marks, that a finite verb follows. */
export function firstClauseSubject(doc: Document, names: NameIndex, from: number, end: number): SpeakerPhrase | null {
  for (let i = from; i < end && i < from + FIRST_CLAUSE_WORDS; i++) {
    if (doc.quoted[i]) continue;
    const m = nameMention(names, i);
    const pronoun = SPEAKER_PRONOUNS.get(doc.tokens[i]!.norm);
    const last = m ? m.last : pronoun && pronoun !== 'first' && pronoun !== 'neuter' ? i : -1;
    if (last < 0) continue;
    let v = last + 1;
    while (v < end && CUE_ADVERBS.has(doc.tokens[v]!.norm) && !isFiniteVerb(doc.tokens[v]!.norm)) v++;
    const verb = doc.tokens[v];
    if (verb && verb.word && !verb.cap && !doc.quoted[v] && isFiniteVerb(verb.norm) && (!m || m.kind !== 'place')) {
      return m ? namePhrase(m) : phraseOf(doc, i, i, 'pronoun', null, null);
    }
    if (m) i = m.last;
  }
  return null;
}

/** Words read for the subject of a sentence opened by a phrase. */
const FIRST_CLAUSE_WORDS = 40;

const LEADING_PHRASE = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'meanwhile', 'later', 'earlier',
  'since', 'when', 'while', 'as', 'speaking', 'asked', 'addressing', 'giving', 'but', 'and', 'yet', 'still',
  'however', 'instead', 'separately', 'last', 'this', 'by', 'with', 'without', 'for', 'from', 'under', 'over',
  'also', 'then', 'now', 'today', 'yesterday', 'tonight', 'back', 'of', 'to', 'despite', 'although', 'though',
  'if', 'once', 'until', 'following', 'amid', 'throughout']);

/** Cues always followed by the listener, never by an inverted speaker ("“Why?” asked Smith" inverts; "told" never does). */
const LISTENER_AFTER = new Set(['tell', 'thank', 'urge', 'remind', 'assure', 'inform']);

/** "according to X": X is the speaker. */
export function accordingTo(doc: Document, names: NameIndex, i: number, ceiling: number): Attribution | null {
  if (doc.tokens[i]?.norm !== 'according' || doc.tokens[i + 1]?.norm !== 'to' || doc.quoted[i]) return null;
  const speaker = subjectAfter(doc, names, i + 1, ceiling);
  if (!speaker) return null;
  return { speaker, cue: 'according to', cueToken: i, recipient: null, order: 'according-to' };
}

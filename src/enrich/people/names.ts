/**
 * Finds names in the body's tokens: runs of capitalised words, split into the title that leads them
 * ("U.S. Vice President") and the name itself ("Kamala Harris"), with the role words that pre-modify them
 * ("Senior Hamas official") and the apposition that follows (", interim CEO of the…,"). compromise's
 * people() misses many news names (unfamiliar first names, initials), so this reads capitalisation.
 */
import type { Token } from '../text/words.js';
import {
  DEMONYM, FEMALE_FIRST_NAMES, FEMALE_ROLE_WORDS, HONORIFICS, MALE_FIRST_NAMES, MALE_ROLE_WORDS, NEVER_NAME_WORDS,
  NOT_PERSON_WORDS, ROLE_NOUNS, TITLE_NOUNS, TITLE_WORDS, type Gender,
} from './lexicon.js';
import { ORGANIZATION_NAME_WORDS } from './organization-kinds.js';
import { classOf, commonWordKind, genderOfFirstName, isPersonWord, isPlace } from './tagger.js';

export interface NameMention {
  /** First token of the whole run, title included. */
  runFirst: number;
  /** Token range of the name itself (title excluded). */
  first: number;
  last: number;
  text: string;
  start: number;
  end: number;
  /** Title or pre-modifier and apposition roles seen with this mention. */
  roles: string[];
  /** Has a title or honorific, so it is a person even as a single word. */
  titled: boolean;
  /** Looks like a person rather than an organisation or place. */
  person: boolean;
  /** What the run names: a person, an organisation, a place, or nothing we can tell. */
  kind: NameKind;
  gender: Gender | null;
}

export type NameKind = 'person' | 'organization' | 'place' | 'other';

const PARTICLES = new Set(['van', 'von', 'der', 'de', 'del', 'della', 'la', 'le', 'da', 'di', 'du', 'dos', 'bin', 'ibn', 'al', 'el', 'ben', 'abu']);
const PREMOD_ADJECTIVES = new Set(['senior', 'former', 'top', 'chief', 'deputy', 'acting', 'interim', 'longtime',
  'veteran', 'fellow', 'local', 'then', 'current', 'retired', 'outgoing', 'incoming', 'leading', 'prominent',
  'presidential', 'vice', 'prime', 'foreign', 'defense', 'defence', 'state', 'federal', 'regional', 'lead',
  'assistant', 'associate', 'executive', 'general', 'managing', 'principal', 'special', 'independent', 'democratic',
  'republican', 'conservative', 'liberal', 'progressive', 'anonymous', 'unnamed', 'chief', 'military', 'political',
  'campaign', 'press', 'white', 'house', 'economic', 'national', 'security', 'health', 'finance', 'justice',
  'intelligence', 'police', 'party', 'trade', 'senate', 'majority', 'minority', 'front-running', 'rival',
]);
const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'who', 'one']);

function isNameWord(t: Token): boolean {
  if (!t.word || !t.cap) return false;
  if (/^\p{N}/u.test(t.text)) return false;
  return true;
}

/** A capital-led token that can sit inside a name run. */
function canJoinRun(tokens: readonly Token[], i: number, runLength: number, loud = false): boolean {
  const t = tokens[i]!;
  // In a headline-cased or shouted sentence every word is capitalised: only words that can be names join
  // ("Senator Says The Deal Is Dead After Talks With Brightline Bank" holds one name, "Brightline Bank").
  if (loud && isNameWord(t) && (NEVER_NAME_WORDS.has(t.norm) || commonWordKind(t.norm) !== null) && !isPersonWord(t.norm) && !(runLength > 0 && ORGANIZATION_NAME_WORDS.has(t.norm))) return false;
  if (isNameWord(t)) return runLength > 0 || !NEVER_NAME_WORDS.has(t.norm) || HONORIFICS.has(t.norm);
  // Particles join only between capitals: "Ursula von der Leyen".
  if (runLength > 0 && PARTICLES.has(t.norm)) {
    for (let j = i + 1; j < tokens.length && j < i + 3; j++) {
      if (isNameWord(tokens[j]!)) return true;
      if (!PARTICLES.has(tokens[j]!.norm)) return false;
    }
  }
  return false;
}

export function genderOfName(words: readonly string[], roles: readonly string[]): Gender | null {
  for (const w of words) {
    const honor = HONORIFICS.get(w.toLowerCase());
    if (honor) return honor;
  }
  // Only the first name speaks for a gender ("Scott" is a first name in "Scott Pruitt", a surname in "Tim Scott").
  const named = words.filter((w) => !HONORIFICS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  if (named.length > 1) {
    const lw = named[0]!.toLowerCase();
    if (MALE_FIRST_NAMES.has(lw)) return 'm';
    if (FEMALE_FIRST_NAMES.has(lw)) return 'f';
    const g = genderOfFirstName(lw);
    if (g) return g;
  }
  for (const role of roles) {
    for (const w of role.toLowerCase().split(/\s+/)) {
      if (MALE_ROLE_WORDS.has(w)) return 'm';
      if (FEMALE_ROLE_WORDS.has(w)) return 'f';
    }
  }
  return null;
}

function isTitleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.norm.replace(/\.$/, '')) || HONORIFICS.has(t.norm) || isDemonym(t) || /^(?:\p{Lu}\.){2,}$/u.test(t.text);
}

/**
 * "Israeli", "Texan": the lexicon's demonyms, and words of that shape it does not know as names (the shape
 * also fits "Chris", "Morgan", "Adrian").
 */
function isDemonym(t: Token): boolean {
  const c = classOf(t.norm);
  return c === 'demonym' || DEMONYM.test(t.text) && c !== 'male' && c !== 'female' && c !== 'first' && c !== 'surname' && c !== 'person' && c !== 'place' && c !== 'organization';
}

/** Pre-modifying role words before a name: "Senior Hamas official", "Libertarian presidential candidate". */
function premodifier(tokens: readonly Token[], first: number, stopAt: number): { start: number; hasRole: boolean } {
  let i = first - 1;
  let hasRole = false;
  while (i >= stopAt && first - i <= 6) {
    const t = tokens[i]!;
    if (!t.word) break;
    const lower = t.norm;
    if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower.replace(/\.$/, ''))) hasRole = hasRole || ROLE_NOUNS.has(lower) || TITLE_NOUNS.has(lower);
    else if (!(t.cap && !NEVER_NAME_WORDS.has(lower)) && !PREMOD_ADJECTIVES.has(lower) && !/-/.test(lower)) break;
    i--;
  }
  return { start: i + 1, hasRole };
}

/** ", a spokeswoman for the ministry," after a name: the apposition's words when they name a role. */
function apposition(tokens: readonly Token[], last: number, text: string): string | null {
  const comma = tokens[last + 1];
  if (!comma || comma.text !== ',') return null;
  const opener = tokens[last + 2];
  if (!opener || !(APPOSITION_DETERMINERS.has(opener.norm) || ROLE_NOUNS.has(opener.norm) || PREMOD_ADJECTIVES.has(opener.norm) || opener.cap)) return null;
  let j = last + 2;
  let hasRole = false;
  while (j < tokens.length && j < last + 16) {
    const t = tokens[j]!;
    if (!t.word && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm)) hasRole = true;
    j++;
  }
  const end = tokens[j];
  if (!hasRole || !end || (end.text !== ',' && end.text !== '.' && end.text !== ';' && end.text !== '—')) return null;
  let from = last + 2;
  if (tokens[from]!.norm === 'who') return null;
  if (APPOSITION_DETERMINERS.has(tokens[from]!.norm)) from++;
  return text.slice(tokens[from]!.start, tokens[j - 1]!.end);
}

/** Generational suffixes that end a person's name: "Vann R. Newkirk II", "Martin Luther King Jr.". */
const NAME_SUFFIX = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

function runLooksLikePerson(words: readonly Token[], titled: boolean): boolean {
  if (words.some((w) => NOT_PERSON_WORDS.has(w.norm) || !NAME_SUFFIX.test(w.text) && /^\p{Lu}{2,}$/u.test(w.text) && w.text.length <= 5 && words.length > 1 && !isPersonWord(w.norm))) return false;
  if (words.length === 1 && isDemonym(words[0]!)) return false;
  if (titled) return true;
  if (words.length >= 2 && words.length <= 4) return true;
  // A first name alone names a person ("Melanie said"), unless it is also a common word or place.
  if (words.length === 1 && isFirstName(words[0]!) && !isPlace(words[0]!.norm)) return true;
  return false;
}

/** Sentences longer than this are read as prose whatever their case. */
const LOUD_SCAN = 60;
/** Words read before deciding that a sentence is prose. */
const LOUD_PROBE = 6;
const LOWER = /\p{Ll}/u;

/**
 * A headline-cased sentence ("Senator Says The Deal Is Dead", with its little words capitalised) or a
 * shouted one (in capitals): capitalisation says nothing about names there.
 */
function isLoud(tokens: readonly Token[], first: number, sentenceStart: (i: number) => number): boolean {
  let words = 0, capitalised = 0, little = 0, shouted = 0;
  for (let k = first; k < tokens.length && k < first + LOUD_SCAN && sentenceStart(k) === first; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.cap && /^\p{N}/u.test(t.text)) continue;
    words++;
    // Prose shows itself in the first words: most of them are not capitalised.
    if (words === LOUD_PROBE && capitalised < words - 2) return false;
    if (!t.cap) continue;
    capitalised++;
    if (k > first && (NEVER_NAME_WORDS.has(t.norm) || commonWordKind(t.norm) === 'function')) little++;
    if (t.text.length > 1 && !LOWER.test(t.text)) shouted++;
  }
  return words >= 3 && shouted >= 0.8 * words || words >= 4 && capitalised >= 0.8 * words && little >= 2;
}

/** An opening mark, one capitalised word and its closing mark, at token k: the "Cia" of Marcia "Cia" Price. */
function isNickname(tokens: readonly Token[], k: number): boolean {
  const open = tokens[k], word = tokens[k + 1], close = tokens[k + 2];
  return !!open && !!word && !!close && /^["“]$/.test(open.text) && /^["”]$/.test(close.text) && isNameWord(word) && word.start === open.end && close.start === word.end;
}

const isFirstName = (t: Token): boolean => {
  const c = classOf(t.norm);
  return c === 'male' || c === 'female' || c === 'first' || MALE_FIRST_NAMES.has(t.norm) || FEMALE_FIRST_NAMES.has(t.norm);
};

/** Acronyms in capitals that name organisations ("EPA", "NATO", "AFL-CIO"), not the two-letter state or country forms. */
const ACRONYM = /^\p{Lu}{3,6}(?:-\p{Lu}{2,6})?$/u;

/** The run ends in an organisation's head word ("… Agency", "… Bank") or the lexicon knows it as one. */
function isOrganizationRun(tokens: readonly Token[], first: number, last: number): boolean {
  if (ORGANIZATION_NAME_WORDS.has(tokens[last]!.norm)) return true;
  const phrase = tokens.slice(first, last + 1).map((t) => t.norm).join(' ');
  return classOf(phrase) === 'organization';
}

/** What a name run names, from its words, its title and where it stands. */
function kindOf(words: readonly Token[], titled: boolean, organizationRun: boolean, modifiesRole: boolean): NameKind {
  if (organizationRun) return 'organization';
  // "Mr. Morgan" is a person, whatever else "Morgan" names.
  if (titled && runLooksLikePerson(words, titled)) return 'person';
  const phrase = words.map((w) => w.norm).join(' ');
  const whole = classOf(phrase);
  if (whole === 'organization') return 'organization';
  if (whole === 'place' || words.every((w) => isPlace(w.norm))) return 'place';
  if (words.length === 1 && ACRONYM.test(words[0]!.text) && !titled) return 'organization';
  if (words.some((w) => classOf(w.norm) === 'organization') && !words.some((w) => isPersonWord(w.norm))) return 'organization';
  if (modifiesRole) return 'other';
  return runLooksLikePerson(words, titled) ? 'person' : 'other';
}

/** "RealClearPolitics’ David Byler", "The Post’s Dana Milbank": a possessive before a first name closes its own name. */
function ownerBeforeName(tokens: readonly Token[], j: number): boolean {
  return /['’]s?$/.test(tokens[j]!.text) && isFirstName(tokens[j + 1]!);
}

/** A sentence's first word that is a common word there: the lexicon knows it as one and the story never capitalises it elsewhere. */
function isCommonOpener(t: Token, midSentence: ReadonlySet<string>): boolean {
  return !midSentence.has(t.norm) && commonWordKind(t.norm) !== null && !isPersonWord(t.norm) && !HONORIFICS.has(t.norm) && !isTitleToken(t);
}

/** Words the document writes capitalised inside a sentence: there they are names, wherever else they stand. */
function capitalisedMidSentence(tokens: readonly Token[], sentenceStart: (i: number) => number): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || sentenceStart(i) === i) continue;
    const prev = tokens[i - 1]!;
    // After a quotation mark, a colon or a dash a capital may open a sentence of its own.
    if (!prev.word && !/^[,(]$/.test(prev.text) && !prev.text.endsWith('.')) continue;
    out.add(t.norm);
  }
  return out;
}

/**
 * Every capitalised run outside the `skip` ranges (quotations), split into title and name. Single words
 * are reported too (person: false unless titled) so that surnames can be matched to earlier full names.
 */
export function findNames(text: string, tokens: readonly Token[], skip: (i: number) => boolean, sentenceStart: (i: number) => number): NameMention[] {
  const out: NameMention[] = [];
  const loudness = new Map<number, boolean>();
  const loud = (k: number) => {
    const s = sentenceStart(k);
    let v = loudness.get(s);
    if (v === undefined) loudness.set(s, v = isLoud(tokens, s, sentenceStart));
    return v;
  };
  const midSentence = capitalisedMidSentence(tokens, sentenceStart);
  let i = 0;
  while (i < tokens.length) {
    if (skip(i) || !canJoinRun(tokens, i, 0, loud(i))) { i++; continue; }
    // "Following Monday’s debate", "Citing the attack", "Pressure is building": a word that opens its sentence
    // capitalised only there, and that the lexicon knows as a common word, is that word, not a name.
    if (sentenceStart(i) === i && isCommonOpener(tokens[i]!, midSentence)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && !skip(j + 1) && canJoinRun(tokens, j + 1, j + 1 - i, loud(j + 1)) && !ownerBeforeName(tokens, j)) j++;
    // "Association of Flight Attendants", "Department of Homeland Security": an organisation's head word
    // takes the capitalised run after "of (the)".
    // A nickname in quotation marks inside a name: Marcia "Cia" Price, Robert C. "Bobby" Scott.
    while (isNickname(tokens, j + 1) && tokens[j + 4] && !skip(j + 4) && isNameWord(tokens[j + 4]!)) {
      j += 4;
      while (j + 1 < tokens.length && !skip(j + 1) && canJoinRun(tokens, j + 1, j + 1 - i, loud(j + 1)) && !ownerBeforeName(tokens, j)) j++;
    }
    let joinedOverOf = false;
    for (;;) {
      const of = j + 1, next = tokens[of + 1]?.norm === 'the' ? of + 2 : of + 1;
      if (!ORGANIZATION_NAME_WORDS.has(tokens[j]!.norm) || tokens[of]?.norm !== 'of' || skip(next) || !tokens[next] || !isNameWord(tokens[next]!)) break;
      j = next;
      joinedOverOf = true;
      while (j + 1 < tokens.length && !skip(j + 1) && canJoinRun(tokens, j + 1, j + 1 - i, loud(j + 1)) && !ownerBeforeName(tokens, j)) j++;
    }
    const organizationRun = joinedOverOf || isOrganizationRun(tokens, i, j);
    // Split the run: the title words lead, the name follows the last of them. An organisation's name is not
    // split ("International Atomic Energy Agency"), and a place before a first name is a modifier ("Ukraine Ana Petrova").
    let nameFirst = i;
    if (!organizationRun) {
      for (let k = i; k < j; k++) {
        if (isTitleToken(tokens[k]!) || isPlace(tokens[k]!.norm) && isFirstName(tokens[k + 1]!)) nameFirst = k + 1;
      }
    }
    // A run that opens a sentence with a common word ("However Trump") starts after it.
    while (nameFirst < j && NEVER_NAME_WORDS.has(tokens[nameFirst]!.norm)) nameFirst++;
    const words = tokens.slice(nameFirst, j + 1).filter((t) => t.word);
    const titleTokens = tokens.slice(i, nameFirst);
    const pre = premodifier(tokens, i, sentenceStart(i));
    const roles: string[] = [];
    const roleStart = pre.hasRole ? pre.start : i;
    if (roleStart < nameFirst) {
      const role = text.slice(tokens[roleStart]!.start, tokens[nameFirst - 1]!.end).replace(/^(?:the|a|an)\s+/i, '');
      const honorificOnly = titleTokens.every((t) => HONORIFICS.has(t.norm)) && !pre.hasRole;
      if (!honorificOnly && (pre.hasRole || titleTokens.some((t) => TITLE_WORDS.has(t.norm.replace(/\.$/, '')) || ROLE_NOUNS.has(t.norm)))) roles.push(role);
    }
    const appos = apposition(tokens, j, text);
    if (appos) roles.push(appos);
    const titled = titleTokens.some((t) => HONORIFICS.has(t.norm) || TITLE_NOUNS.has(t.norm.replace(/\.$/, ''))) || pre.hasRole;
    // "Senior Hamas official Bassem Naim": a run followed by a role noun modifies it; it is no one's name.
    const modifiesRole = !!tokens[j + 1] && !tokens[j + 1]!.cap && ROLE_NOUNS.has(tokens[j + 1]!.norm);
    if (words.length && !(words.length === 1 && NEVER_NAME_WORDS.has(words[0]!.norm))) {
      const last = words[words.length - 1]!;
      // "Trump’s plan": the possessive is not part of the name.
      const end = /['’]s$/.test(last.text) ? last.end - 2 : /s['’]$/.test(last.text) ? last.end - 1 : last.end;
      out.push({
        runFirst: i,
        first: nameFirst,
        last: j,
        text: text.slice(words[0]!.start, end),
        start: words[0]!.start,
        end,
        roles,
        titled,
        person: !modifiesRole && !organizationRun && runLooksLikePerson(words, titled),
        kind: kindOf(words, titled, organizationRun, modifiesRole),
        gender: genderOfName([...titleTokens.map((t) => t.text), ...words.map((w) => w.text)], roles),
      });
    }
    i = j + 1;
  }
  return out;
}

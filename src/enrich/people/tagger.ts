/**
 * compromise as a signal for names: its lexicon knows some three thousand first names with their gender,
 * surnames, countries, cities, regions and organisations. A lookup is a map read, so every capitalised
 * word can ask it; the capitalisation rules in names.ts stay the finder, this only says what a word is.
 */
import nlp from 'compromise/two';
import type { Gender } from './lexicon.js';

export type WordClass = 'male' | 'female' | 'first' | 'surname' | 'person' | 'place' | 'organization' | 'demonym';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The lexicon's tags that say what a capitalised word names, most telling first. */
const CLASS_OF_TAG: readonly (readonly [string, WordClass])[] = [
  ['Organization', 'organization'], ['SportsTeam', 'organization'],
  ['Demonym', 'demonym'], ['Country', 'place'], ['City', 'place'], ['Region', 'place'], ['Place', 'place'],
  ['MaleName', 'male'], ['FemaleName', 'female'], ['FirstName', 'first'], ['LastName', 'surname'], ['Person', 'person'],
];

const cache = new Map<string, WordClass | null>();

/** The lexicon's tags for a lower-case word (none when it does not know it). */
export function lexiconTags(word: string): readonly string[] {
  const raw = Object.prototype.hasOwnProperty.call(LEXICON, word) ? LEXICON[word] : undefined;
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

/** What the lexicon says a word or phrase names (lower-cased lookup), or null when it does not know it as a name. */
export function classOf(words: string): WordClass | null {
  // Token norms are lower case already: look them up before lower-casing anything.
  const known = cache.get(words);
  if (known !== undefined) return known;
  const key = words.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const tags = lexiconTags(key);
  const found = CLASS_OF_TAG.find(([tag]) => tags.includes(tag))?.[1] ?? null;
  if (cache.size < 50_000) cache.set(key, found);
  return found;
}

const NAME_TAGS = new Set(CLASS_OF_TAG.map(([tag]) => tag));
/** Tags of words that open a sentence as themselves, never as a name: "Following", "Pressure", "Calls". */
const FUNCTION_TAGS = ['Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'];
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Comparative', 'Superlative'];

/**
 * What a capitalised word that opens a sentence is, when the lexicon knows it only as a common word: a verb
 * form or function word ("Following"), a noun or adjective ("Pressure", "Republican"), or null (a name, or
 * a word it does not know: "Trump").
 */
export function commonWordKind(word: string): 'function' | 'noun' | null {
  const known = commonCache.get(word);
  if (known !== undefined) return known;
  const kind = commonKindOf(word.toLowerCase());
  if (commonCache.size < 50_000) commonCache.set(word, kind);
  return kind;
}

const commonCache = new Map<string, 'function' | 'noun' | null>();

function commonKindOf(key: string): 'function' | 'noun' | null {
  const tags = lexiconTags(key);
  if (!tags.length) return null;
  if (tags.some((t) => NAME_TAGS.has(t))) return null;
  if (tags.some((t) => FUNCTION_TAGS.includes(t))) return 'function';
  return tags.some((t) => NOUN_TAGS.includes(t)) ? 'noun' : null;
}

/** The gender a first name carries in the lexicon. */
export function genderOfFirstName(word: string): Gender | null {
  const c = classOf(word);
  return c === 'male' ? 'm' : c === 'female' ? 'f' : null;
}

/** The word is a country, city or region (and not also a first name, as "Georgia" or "Virginia" can be). */
export const isPlace = (word: string): boolean => classOf(word) === 'place';

/** The lexicon knows the word as a person's name (first name or surname). */
export function isPersonWord(word: string): boolean {
  const c = classOf(word);
  return c === 'male' || c === 'female' || c === 'first' || c === 'surname' || c === 'person';
}

/**
 * A verb in the past tense: the lexicon's past forms, and words ending in -ed that it does not know as nouns
 * ("pressed", "beamed": the lexicon lists some of them as adjectives or not at all).
 */
export function isPastTenseVerb(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.includes('PastTense')) return true;
  return word.length > 4 && /ed$/.test(word) && !tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || NAME_TAGS.has(t));
}

/** Tags of a verb that can head a clause: "did", "has", "says", "identified". */
const FINITE_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary', 'Verb'];

/** A verb that can head a clause after its subject, in any tense (the lexicon's forms, or a past in -ed). */
export function isFiniteVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.some((t) => FINITE_TAGS.includes(t)) || isPastTenseVerb(word);
}

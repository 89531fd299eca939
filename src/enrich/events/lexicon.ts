/**
 * Words for reading what happened: the verbs that only carry tense or mood, the nouns that name an event, and
 * the words that open a relative clause about an event ("the assault, in which …").
 */

/** Verbs that carry tense, aspect or mood, never what happened: "was killed", "will testify", "has said". */
export const AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", 'has', 'have', 'had',
  'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to',
  'get', 'got', 'gets', 'going']);

/**
 * Nouns that name an event on their own ("the talks", "the Oct. 7 assault"). Nouns of action in -tion, -sion,
 * -ment are read by their ending; these are the short ones news uses most.
 */
export const EVENT_NOUNS = new Set(['talks', 'war', 'wars', 'attack', 'attacks', 'assault', 'strike', 'strikes',
  'election', 'elections', 'vote', 'votes', 'crisis', 'meeting', 'meetings', 'summit', 'visit', 'trip', 'raid',
  'raids', 'fire', 'crash', 'deal', 'trial', 'ban', 'embargo', 'cease-fire', 'ceasefire', 'truce', 'protest',
  'protests', 'riot', 'riots', 'coup', 'bombing', 'bombings', 'killing', 'killings', 'death', 'deaths', 'rally',
  'speech', 'interview', 'hearing', 'conference', 'treaty', 'sale', 'merger', 'offer', 'bid', 'loss', 'gain',
  'drop', 'rise', 'increase', 'decline', 'cut', 'cuts', 'growth', 'earnings', 'report', 'decision', 'ruling',
  'move', 'plan', 'shooting', 'explosion', 'blast', 'earthquake', 'storm', 'flood', 'floods', 'massacre',
  'offensive', 'invasion', 'operation', 'ceremony', 'funeral', 'debate', 'race', 'match', 'game', 'launch',
  'release', 'arrest', 'arrests', 'resignation', 'appointment', 'announcement', 'agreement', 'negotiations',
  'collapse', 'crackdown', 'uprising', 'revolution', 'massacres', 'tour', 'hijacking', 'kidnapping']);

/** Endings of nouns of action: "invasion", "agreement", "departure". */
export const EVENT_NOUN_ENDING = /^[a-z-]{3,}(?:tion|sion|ment|ure)s?$/;

/** Prepositions before a relative pronoun that put an event inside the time or event just named: ", in which". */
export const INSIDE = new Set(['during', 'in', 'amid', 'at']);

/** Words that open a relative clause about the event or time just named: ", in which", ", when". */
export const RELATIVE_OPENERS = new Set(['which', 'when', 'where', 'whereupon']);

/** Words that may stand before a date that opens its sentence: "On Feb. 11, he told", "Also today, …". */
export const OPENING_WORDS = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'also', 'then', 'earlier', 'later',
  'late', 'early', 'and', 'but', 'so', 'as', 'of', 'from', 'during', 'before', 'after', 'meanwhile', 'since']);

/** Past forms the lexicon reads as another word first ("left" as an adjective, "set" as a noun). */
export const IRREGULAR_PASTS = new Set(['left', 'set', 'put', 'cut', 'hit', 'let', 'shut', 'quit', 'spread', 'cast', 'cost',
  'hurt', 'split', 'led', 'fed', 'held', 'sent', 'lost', 'won', 'struck', 'fled', 'shot', 'sold', 'bought', 'rose', 'fell']);

export const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** Words after which a bare form is a verb: "will testify", "to meet", "did not say". */
export const VERB_AFTER = new Set([...MODALS, 'to', 'did', 'not']);
/** Words that open a clause of their own inside a sentence: "signaled that …", "with Harris on Monday calling". */
export const CLAUSE_OPENERS = new Set(['that', 'with', 'who', 'which', 'when', 'while', 'whereas', 'because', 'as', 'after', 'before', 'since', 'if', 'and', 'but']);
export const PREPOSITIONS = new Set(['for', 'by', 'of', 'on', 'in', 'at', 'after', 'before', 'without', 'from', 'about', 'despite', 'over', 'against', 'with', 'into', 'through', 'to']);
/** Words before which a form is a noun: "the meeting", "a vote". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'our', 'each', 'per', 'every', 'no']);
/** Marks that end a clause of their own: a semicolon, colon, dash, quotation mark or parenthesis. */
export const STRONG_MARKS = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);
/** Marks that end a clause for attachment: the strong ones and a comma. */
export const CLAUSE_MARKS = new Set([',', ...STRONG_MARKS]);

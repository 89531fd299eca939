/**
 * Word lists for finding people and what they are: honorifics, titles, role nouns, organisation words and
 * gendered first names. Data only; matching lives in names.ts and resolve.ts.
 */

import { DOCUMENT_NOUNS, GENERIC_ORGANIZATION_NOUNS, KINDS_OF_NOUN } from './organization-kinds.js';

export type Gender = 'm' | 'f';

/** Honorifics before a name, with the gender they carry when they carry one. */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['sir', 'm'],
  ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['dr', null], ['dr.', null], ['prof.', null], ['rev.', null],
  ['sen.', null], ['rep.', null], ['gov.', null], ['gen.', null], ['lt.', null], ['col.', null], ['sgt.', null],
  ['capt.', null], ['adm.', null], ['maj.', null], ['cpl.', null], ['det.', null], ['amb.', null], ['atty.', null],
]);

/**
 * Capitalised words that make a name run a title rather than a name: "Prime Minister Benjamin Netanyahu",
 * "U.S. Vice President Kamala Harris". Lower-cased.
 */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'representative', 'congressman',
  'congresswoman', 'governor', 'mayor', 'judge', 'justice', 'chief', 'general', 'attorney', 'commissioner',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'ambassador', 'speaker', 'leader',
  'chairman', 'chairwoman', 'chair', 'director', 'professor', 'father', 'rabbi', 'imam', 'bishop', 'cardinal',
  'coach', 'officer', 'detective', 'sheriff', 'deputy', 'senior', 'former', 'acting', 'interim', 'foreign',
  'defense', 'defence', 'finance', 'health', 'interior', 'state', 'spokesman', 'spokeswoman', 'spokesperson',
  'ceo', 'cfo', 'founder', 'lieutenant', 'colonel', 'sergeant', 'captain', 'admiral', 'major', 'commander',
  'emir', 'crown', 'supreme', 'majority', 'minority', 'house', 'senate', 'whip', 'executive', 'premier',
  'president-elect', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm',
  'maj', 'prof', 'rev', 'u.s', 'u.k', 'u.n', 'gop', 'democratic', 'republican', 'then-president', 'sir', 'dame',
  'lord', 'lady', 'miss', 'first', 'nominee', 'candidate', 'hopeful', 'presidential', 'sens', 'reps', 'govs',
  'gens', 'drs', 'senators', 'representatives',
]);

/** Title words that alone make the name after them a person's: "Sen. Warren", "President Obama". */
export const TITLE_NOUNS = new Set([
  'president', 'minister', 'secretary', 'senator', 'representative', 'congressman', 'congresswoman', 'governor',
  'mayor', 'judge', 'justice', 'chief', 'general', 'attorney', 'commissioner', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'sheikh', 'ambassador', 'speaker', 'leader', 'chairman', 'chairwoman', 'director',
  'professor', 'father', 'rabbi', 'imam', 'bishop', 'cardinal', 'coach', 'officer', 'detective', 'sheriff',
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'founder', 'lieutenant', 'colonel', 'sergeant', 'captain',
  'admiral', 'major', 'commander', 'emir', 'premier', 'president-elect', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep',
  'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'prof', 'rev', 'then-president', 'sir', 'dame', 'lord',
  'lady', 'miss', 'nominee', 'candidate', 'sens', 'reps', 'govs', 'gens', 'drs', 'senators', 'representatives',
]);

/**
 * Lower-case nouns that describe a person's role, for pre-modifiers ("Senior Hamas official Bassem Naim"),
 * appositions ("…, a spokeswoman for the ministry,") and nominal speakers ("the premier said").
 */
export const ROLE_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'premier',
  'leader', 'senator', 'governor', 'mayor', 'secretary', 'chairman', 'chairwoman', 'chair', 'director', 'chief',
  'executive', 'ceo', 'analyst', 'expert', 'professor', 'lawyer', 'attorney', 'adviser', 'advisor', 'aide',
  'diplomat', 'ambassador', 'commander', 'general', 'officer', 'source', 'witness', 'resident', 'candidate',
  'nominee', 'lawmaker', 'congressman', 'congresswoman', 'representative', 'judge', 'prosecutor', 'negotiator',
  'envoy', 'economist', 'researcher', 'scientist', 'doctor', 'manager', 'founder', 'owner', 'strategist',
  'activist', 'author', 'critic', 'historian', 'journalist', 'reporter', 'host', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'sister', 'brother', 'friend', 'neighbor', 'neighbour', 'coach', 'player',
  'student', 'teacher', 'worker', 'businessman', 'businesswoman', 'billionaire', 'pollster', 'consultant',
  'operative', 'surrogate', 'staffer', 'democrat', 'republican', 'frontrunner', 'front-runner', 'hopeful',
  'partner', 'colleague', 'president-elect', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'sheriff', 'detective', 'deputy', 'commissioner', 'organizer', 'organiser', 'supporter',
  'voter', 'protester', 'survivor', 'victim', 'relative', 'lecturer', 'editor', 'columnist', 'writer',
  'emir', 'monarch', 'speaker', 'whip', 'veteran', 'soldier', 'medic', 'nurse', 'physician',
  'surgeon', 'pastor', 'rabbi', 'imam', 'priest', 'bishop', 'cardinal', 'mp', 'legislator', 'councilman',
  'councilwoman', 'councillor', 'councilor', 'militant', 'commentator', 'anchor', 'narrator', 'announcer',
  'widow', 'widower', 'chairperson', 'president-elect', 'correspondent', 'contributor', 'delegate', 'mp',
]);

/**
 * Nouns that make a nominal speaker an organisation or what it issued: "the ministry said", "the statement
 * said". The kinds' nouns and the document nouns of organization-kinds.ts, and the institutions that are
 * called by their own common name ("the White House", "the Pentagon").
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  ...KINDS_OF_NOUN.keys(), ...DOCUMENT_NOUNS, ...GENERIC_ORGANIZATION_NOUNS,
  'authorities', 'embassy', 'team', 'white', 'house', 'kremlin', 'pentagon', 'senate', 'congress', 'article',
  'site', 'website', 'paper',
]);

/** Words that end an organisation's or place's capitalised name, so the run is not a person. */
export const NOT_PERSON_WORDS = new Set([
  'strip', 'house', 'court', 'city', 'street', 'department', 'ministry', 'party', 'network', 'news', 'times',
  'post', 'council', 'committee', 'university', 'college', 'association', 'agency', 'forces', 'force', 'army',
  'navy', 'senate', 'congress', 'administration', 'union', 'bank', 'group', 'company', 'corp', 'corp.', 'inc',
  'inc.', 'institute', 'center', 'centre', 'foundation', 'organization', 'organisation', 'office', 'service',
  'commission', 'authority', 'board', 'church', 'school', 'hospital', 'airport', 'station', 'police', 'fund',
  'club', 'bureau', 'republic', 'kingdom', 'states', 'nations', 'island', 'islands', 'river', 'sea', 'ocean',
  'mountains', 'county', 'province', 'valley', 'square', 'road', 'avenue', 'hall', 'press', 'journal',
  'magazine', 'channel', 'tv', 'radio', 'tribune', 'herald', 'guardian', 'review', 'democrats', 'republicans',
  'bay', 'coast', 'bridge', 'park', 'east', 'west', 'north', 'south', 'middle', 'gulf', 'lake', 'world',
  'cup', 'games', 'league', 'day', 'week', 'act', 'bill', 'plan', 'program', 'project', 'initiative', 'summit',
  'conference', 'festival', 'award', 'awards', 'prize', 'war', 'campaign', 'movement', 'government', 'cabinet',
  'parliament', 'assembly', 'reserve', 'security', 'intelligence', 'brigade', 'brigades', 'battalion',
  'media', 'studios', 'records', 'entertainment', 'airlines', 'motors', 'technologies', 'labs', 'systems',
  'international', 'global', 'america', 'europe', 'africa', 'asia', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'new', 'los', 'las', 'san', 'santa', 'tel', 'united', 'hong',
  'saudi', 'sri', 'costa', 'puerto', 'rio', 'buenos', 'abu', 'fort', 'port', 'mount', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'twitter', 'facebook', 'instagram', 'youtube',
  'google', 'reuters', 'bbc', 'cnn', 'fox', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'ap', 'afp', 'wall',
]);

/** Capitalised words that open sentences or name things but are never part of a person's name. */
export const NEVER_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'if', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'as',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these',
  'those', 'there', 'here', 'when', 'while', 'after', 'before', 'however', 'meanwhile', 'still', 'yet', 'so',
  'also', 'not', 'no', 'yes', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'one', 'two', 'three', 'more', 'less', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat',
  'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.',
  'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'god', 'mr',
  'according', 'despite', 'although', 'though', 'because', 'since', 'until', 'during', 'now', 'then', 'today',
  'tonight', 'yesterday', 'tomorrow', 'last', 'next', 'earlier', 'later', 'under', 'over', 'about', 'just',
  'even', 'only', 'like', 'asked', 'said', 'says', 'told', 'thanks', 'please', 'my', 'your', 'me', 'us', 'do',
  'did', 'does', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'might', 'must', 'any', 'another', 'other', 'such', 'than', 'very',
  'ok', 'oh', 'well', 'again', 'instead', 'indeed', 'perhaps', 'maybe', 'rather', 'whether', 'mrs',
]);

/** Nationality and group adjectives: capitalised, never a name by themselves. */
export const DEMONYM = /^(?:\p{Lu}[\p{Ll}]+(?:ian|ean|an|ese|ish|i|ic|ern|ist|ite)s?)$/u;

export const MALE_ROLE_WORDS = new Set(['spokesman', 'chairman', 'congressman', 'businessman', 'king', 'prince',
  'father', 'husband', 'son', 'brother', 'councilman', 'mr', 'mr.', 'sir', 'lord', 'emir', 'pope', 'priest']);
export const FEMALE_ROLE_WORDS = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'queen',
  'princess', 'mother', 'wife', 'daughter', 'sister', 'councilwoman', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame',
  'lady']);

/** Role nouns that name the same office: "the premier" for a "Prime Minister". */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['premier', ['prime minister', 'premier', 'chancellor']],
  ['president', ['president']],
  ['senator', ['senator', 'sen.']],
  ['governor', ['governor', 'gov.']],
  ['congressman', ['congressman', 'representative', 'rep.']],
  ['congresswoman', ['congresswoman', 'representative', 'rep.']],
  ['lawmaker', ['senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'lawmaker', 'mp']],
  ['spokesman', ['spokesman', 'spokesperson']],
  ['spokeswoman', ['spokeswoman', 'spokesperson']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['general', ['general', 'gen.']],
  ['nominee', ['nominee', 'candidate']],
  ['candidate', ['candidate', 'nominee', 'hopeful']],
  ['businessman', ['businessman', 'billionaire', 'developer', 'mogul']],
]);

/**
 * First names that say a person's gender and that compromise's lexicon does not (news names such as "Barack",
 * "Reince", and names that are also common words, such as "Mark" or "Hope"); the lexicon knows the rest.
 */
export const MALE_FIRST_NAMES = new Set(('mark frank jack christian austin jesse jordan randy barack rand jeb bill chuck newt xi rishi ' +
  'narendra yahya ehud yair naftali yitzhak avi itamar bezalel alexei kim nick hunter lindsey reince ' +
  'mitt yasser marwan saleh').split(/\s+/));
export const FEMALE_FIRST_NAMES = new Set(('virginia victoria andrea jean grace alexis hope huma kellyanne ivanka melania tzipi ayelet miri gila ' +
  'hadas tulsi ilhan alexandria rashida condoleezza ketanji').split(/\s+/));

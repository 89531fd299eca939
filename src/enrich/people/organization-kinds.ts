/**
 * Kinds of organisation, as data: the words that end such an organisation's name ("Brightline Bank",
 * "The Washington Post") and the common nouns a story uses for it afterwards ("the bank", "the newspaper").
 * A nominal mention resolves to the organisation last named whose kind its noun fits.
 */

export interface OrganizationKind {
  kind: string;
  /** Lower-case words that end (or make) such a name. */
  nameWords: readonly string[];
  /** Lower-case nouns that refer back to it: "the bank". */
  nouns: readonly string[];
}

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  { kind: 'bank', nameWords: ['bank', 'bancorp', 'banks'], nouns: ['bank', 'lender'] },
  {
    kind: 'company',
    nameWords: ['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'holdings',
      'company', 'corporation', 'industries', 'technologies', 'motors', 'airlines', 'airways', 'pharmaceuticals',
      'group', 'partners', 'capital', 'strategies', 'enterprises', 'systems', 'labs', 'studios', 'records'],
    nouns: ['company', 'firm', 'corporation', 'group', 'carrier', 'airline', 'maker', 'manufacturer', 'retailer',
      'automaker', 'insurer', 'startup', 'conglomerate', 'developer', 'chain', 'giant', 'business'],
  },
  {
    kind: 'media',
    nameWords: ['times', 'post', 'journal', 'herald', 'tribune', 'news', 'gazette', 'magazine', 'press', 'review',
      'daily', 'telegraph', 'guardian', 'observer', 'independent', 'economist', 'chronicle', 'globe',
      'examiner', 'inquirer', 'mail', 'express', 'network', 'radio', 'television', 'tv', 'channel',
      'broadcasting', 'media', 'report', 'politico', 'reuters', 'bloomberg', 'bbc', 'cnn', 'msnbc',
      'nbc', 'abc', 'cbs', 'npr', 'ap', 'afp'],
    nouns: ['newspaper', 'paper', 'magazine', 'network', 'outlet', 'broadcaster', 'channel', 'publication', 'daily',
      'tabloid', 'site', 'website', 'agency', 'station', 'journal', 'editorial', 'article', 'piece', 'story', 'report'],
  },
  { kind: 'party', nameWords: ['party', 'democrats', 'republicans', 'gop'], nouns: ['party'] },
  { kind: 'campaign', nameWords: ['campaign'], nouns: ['campaign'] },
  { kind: 'court', nameWords: ['court', 'tribunal'], nouns: ['court', 'tribunal'] },
  {
    kind: 'union',
    nameWords: ['union', 'association', 'federation', 'alliance', 'coalition', 'league', 'confederation', 'guild'],
    nouns: ['union', 'association', 'federation', 'alliance', 'coalition', 'group', 'organization', 'organisation'],
  },
  {
    kind: 'agency',
    nameWords: ['agency', 'department', 'ministry', 'office', 'bureau', 'administration', 'service', 'services',
      'commission', 'authority', 'council', 'committee', 'board', 'administration', 'directorate', 'secretariat',
      'police', 'army', 'navy', 'forces', 'force', 'guard', 'command', 'government', 'cabinet', 'parliament',
      'senate', 'congress', 'assembly', 'house', 'kremlin', 'pentagon', 'nations', 'ministries'],
    nouns: ['agency', 'department', 'ministry', 'office', 'bureau', 'administration', 'service', 'commission',
      'authority', 'council', 'committee', 'board', 'panel', 'government', 'regime', 'police', 'army', 'military',
      'cabinet', 'parliament', 'legislature', 'body', 'watchdog', 'regulator'],
  },
  {
    kind: 'institution',
    nameWords: ['university', 'college', 'institute', 'foundation', 'center', 'centre', 'school', 'hospital',
      'club', 'society', 'academy', 'fund', 'trust', 'church', 'museum', 'project', 'initiative', 'movement',
      'front', 'brigades', 'organization', 'organisation', 'network', 'watch', 'international'],
    nouns: ['university', 'college', 'institute', 'foundation', 'center', 'centre', 'school', 'hospital', 'club',
      'society', 'fund', 'charity', 'group', 'organization', 'organisation', 'movement', 'think tank', 'nonprofit'],
  },
];

/** Words that end an organisation's name. */
export const ORGANIZATION_NAME_WORDS: ReadonlySet<string> = new Set(ORGANIZATION_KINDS.flatMap((k) => k.nameWords));

/** The kinds a common noun can stand for ("group" fits a company, a union or an institution). */
export const KINDS_OF_NOUN: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const k of ORGANIZATION_KINDS) for (const n of k.nouns) out.set(n, [...(out.get(n) ?? []), k.kind]);
  return out;
})();

/**
 * Nouns for what an organisation issues ("the statement", "the report"): a speaker of that kind is the
 * organisation that issued it, so it resolves to the organisation last named, of any kind.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'report', 'study', 'survey', 'poll',
  'memo', 'letter', 'filing', 'lawsuit', 'complaint', 'release', 'ad', 'advertisement', 'video', 'clip', 'post',
  'tweet', 'document', 'analysis', 'review', 'notice', 'announcement', 'ruling', 'decision', 'order', 'brief']);

/** Nouns that stand for any organisation ("the group said"). */
export const GENERIC_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation',
  'movement', 'body', 'side', 'militants', 'outfit']);

/** The kind an organisation's name shows by its last word ("… Bank" a bank), or null. */
export function kindOfName(words: readonly string[]): string | null {
  // "Association of Flight Attendants": the head stands before "of".
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  const last = head?.toLowerCase().replace(/['’]s?$/, '') ?? '';
  return ORGANIZATION_KINDS.find((k) => k.nameWords.includes(last))?.kind ?? null;
}

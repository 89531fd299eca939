/**
 * Abbreviations whose period does not end a sentence. Titles and months never end one in news copy
 * ("Sen. Warren", "Feb. 11"); the country and corporate forms can ("…with the U.S. The talks…"), so
 * the splitter asks for a sentence-opening word after them.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl',
  'pvt', 'prof', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'no', 'vs', 'v',
  'messrs', 'mmes', 'msgr', 'atty', 'amb', 'gens', 'reps', 'sens',
]);

export const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** May end a sentence, but usually do not: "Apple Inc. said", "the U.S. State Department". */
export const SOFT_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'etc', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a',
]);

/** Words that open a sentence often enough to mark a boundary after a soft abbreviation. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'his', 'her', 'their', 'its', 'there', 'however', 'meanwhile', 'still', 'yet', 'so', 'if', 'when',
  'while', 'after', 'before', 'as', 'for', 'some', 'many', 'officials', 'critics',
]);

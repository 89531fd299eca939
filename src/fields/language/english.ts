/**
 * A check for English prose that the n-gram detector cannot get wrong on names and loanwords: English
 * function words that other Latin-script languages do not use as words. English news runs at 0.11–0.27 of
 * its words from this list; Italian, Spanish and French news at 0.02–0.04 (measured on the naeb text dumps).
 */
const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'that', 'for', 'with', 'was', 'were', 'from', 'this', 'have', 'has', 'are', 'which', 'by', 'their', 'its', 'been', 'would']);

/** Share of function words above which a text is English, whatever the detector says. */
const ENGLISH_SHARE = 0.08;
/** Fewer words than this say too little. */
const MIN_WORDS = 40;

export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= ENGLISH_SHARE;
}

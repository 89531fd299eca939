/**
 * One tokenisation of the body shared by every enrichment: tokens, sentences that never cut a quotation,
 * and which tokens sit inside quotation marks. Built once per article, so no enrichment re-reads the text.
 */
import { findQuotations, type QuoteSpan } from '../quotes/marks.js';
import { splitSentences, type Sentence, type Span } from './sentences.js';
import { tokenize, type Token } from './words.js';
import { firstAtOrAfter } from './search.js';
import { CUE_LEMMA } from '../quotes/cues.js';

const CUE_FORMS = [...CUE_LEMMA.keys()].join('|');
/**
 * A cue whose own clause quotes again ("Bernie Sanders called Trump a “pathological liar.”") opens a sentence of
 * its own; one that hands over to a quotation after a comma ("asked, “or…”") still continues. Read after the
 * match, not inside the pattern: the pattern is large, and a lookahead there made it costly to audit.
 */
function quotesAhead(rest: string): boolean {
  let i = 0;
  while (i < rest.length && /\s/.test(rest[i]!)) i++;
  if (i === 0) return false;
  const from = i;
  for (; i < rest.length && i - from <= QUOTE_AHEAD_REACH; i++) {
    const c = rest[i]!;
    if (c === '“' || c === '"') return i > from;
    if ('.!?”,'.includes(c)) return false;
  }
  return false;
}

/** Characters of the cue's own clause read for a quotation mark. */
const QUOTE_AHEAD_REACH = 200;
/**
 * After a quotation that ends in . ? or !: "Graham asked.", "said Sen. Claire McCaskill (D-Mo.)", "Rep. Gwen
 * Moore (D-Wis.) said Friday.", "Murphy, the head of the group, said." The attribution continues the
 * quotation's sentence; a cue that opens a clause ("Russia insisted that…") starts a sentence of its own.
 */
const ATTRIBUTION_AFTER = new RegExp(
  `^\\s+(?:(?:${CUE_FORMS})\\s+[\\p{Lu}\\p{Ll}]|(?:[\\p{Lu}][\\p{L}.’'-]*(?:\\s+|(?=,))){1,5}(?:\\([^)]{1,30}\\)\\s+)?(?:,[^,]{1,80},\\s+)?(?:[\\p{Ll}]+ly\\s+)?(?:${CUE_FORMS})\\b(?!\\s+that\\b)|(?:he|she|they)\\s+(?:${CUE_FORMS})\\b(?!\\s+that\\b))`,
  'u',
);
function attributionFollows(after: string): boolean {
  const m = ATTRIBUTION_AFTER.exec(after);
  return !!m && !quotesAhead(after.slice(m.index + m[0].length));
}

export interface Document {
  text: string;
  paragraphs: readonly Span[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotations: readonly QuoteSpan[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** First token index of each sentence (and one past the last at the end). */
  sentenceFirstToken: Int32Array;
  /** 1 when the token lies inside a quotation (marks included). */
  quoted: Uint8Array;
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenAt(doc: Document, offset: number): number {
  return firstAtOrAfter(doc.tokens, offset, (t) => t.start);
}

/** Token k opens its sentence. */
export function startsSentence(doc: Document, k: number): boolean {
  return doc.sentenceFirstToken[doc.sentenceOf[k]!] === k;
}

/** Index of the sentence that holds `offset` (the last one starting at or before it). */
export function sentenceIndexAt(doc: Document, offset: number): number {
  return Math.max(0, firstAtOrAfter(doc.sentences, offset + 1, (s) => s.start) - 1);
}

export function buildDocument(text: string, paragraphs: readonly Span[]): Document {
  const quotations = findQuotations(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotations.filter((q) => q.pieces.length === 1), attributionFollows);
  const tokens = paragraphs.flatMap((p) => tokenize(text, p.start, p.end));
  const sentenceOf = new Int32Array(tokens.length);
  const sentenceFirstToken = new Int32Array(sentences.length + 1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length - 1 && tokens[i]!.start >= sentences[s]!.end) s++;
    sentenceOf[i] = s;
  }
  for (let k = 0, i = 0; k < sentences.length; k++) {
    while (i < tokens.length && sentenceOf[i]! < k) i++;
    sentenceFirstToken[k] = i;
  }
  sentenceFirstToken[sentences.length] = tokens.length;
  const quoted = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotations.length && quotations[q]!.end <= t.start) q++;
    if (q < quotations.length && quotations[q]!.start <= t.start && t.end <= quotations[q]!.end) quoted[i] = 1;
  }
  return { text, paragraphs, tokens, sentences, quotations, sentenceOf, sentenceFirstToken, quoted };
}

/**
 * Sentence spans over the body, with offsets. Sentences never cross a paragraph and never break inside a
 * span the caller protects (a quotation), so "“Victory is within reach. We're going to do it,” he said."
 * stays one sentence for attribution.
 */
import { MONTH_ABBREVIATIONS, SENTENCE_OPENERS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface Span { start: number; end: number }
export interface Sentence extends Span { paragraph: number }

// Matches start only where a run of terminators starts: retrying inside a long run ("!!!!…") was quadratic.
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /(?<![\p{L}.])([\p{L}.]+)$/u;

function endsSentence(text: string, at: number, next: string): boolean {
  if (text[at] !== '.') return true;
  const raw = (WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '').replace(/\.$/, '');
  const word = raw.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word)) return false;
  // A lone capital with a period is an initial ("John F. Kennedy"), not the end of a sentence.
  if (/^\p{Lu}$/u.test(raw)) return false;
  if (SOFT_ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(next.toLowerCase());
  return true;
}

/**
 * Splits each paragraph into sentences; `protect` spans (sorted) are never cut, and a cut right after one
 * is skipped when `continues` says the text after it still belongs to it ("“Why?” Graham asked.").
 */
export function splitSentences(text: string, paragraphs: readonly Span[], protect: readonly Span[] = [], continues: (after: string) => boolean = () => false): Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  for (const [index, para] of paragraphs.entries()) {
    const chunk = text.slice(para.start, para.end);
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk)) {
      const cut = m.index + m[0].length;
      const abs = para.start + cut;
      while (p < protect.length && protect[p]!.end <= abs) p++;
      if (p < protect.length && protect[p]!.start < abs && protect[p]!.end > abs) continue;
      if (p > 0 && protect[p - 1]!.end === abs && continues(chunk.slice(cut, cut + 120))) continue;
      const next = /^\s+["'“‘([]?([\p{L}\p{N}]+)/u.exec(chunk.slice(cut))?.[1] ?? '';
      if (!endsSentence(chunk, m.index, next)) continue;
      pushTrimmed(out, text, para.start + start, abs, index);
      start = cut;
    }
    pushTrimmed(out, text, para.start + start, para.end, index);
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/**
 * Word tokens with offsets into the body. A period stays on a token only when it belongs to it (an
 * abbreviation or an initial), so "said." gives "said" and ".", while "Sen." and "U.S." stay whole.
 */
import { MONTH_ABBREVIATIONS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes folded, possessive 's dropped: "Hamas’s" → "hamas". */
  norm: string;
  /** First letter is a capital. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’-]*\.?|\p{N}[\p{N},.:]*\p{N}|\p{N}|[^\s\p{L}\p{N}]/gu;

function keepsPeriod(word: string): boolean {
  const w = word.slice(0, -1).toLowerCase();
  if (/^\p{L}$/u.test(w)) return /^\p{Lu}/u.test(word);
  return TITLE_ABBREVIATIONS.has(w) || MONTH_ABBREVIATIONS.has(w) || SOFT_ABBREVIATIONS.has(w);
}

function normWord(text: string): string {
  return withoutPossessive(text.toLowerCase());
}

/** "Hamas’s" → "Hamas", "Americans’" → "Americans". */
export function withoutPossessive(text: string): string {
  return text.replace(/['’]s?$/, '');
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const at = start + m.index;
    let period = false;
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(t) && !keepsPeriod(t)) {
      t = t.slice(0, -1);
      period = true;
    }
    const word = /[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, start: at, end: at + t.length, norm: word ? normWord(t) : t, cap: /^\p{Lu}/u.test(t), word });
    if (period) out.push({ text: '.', start: at + t.length, end: at + t.length + 1, norm: '.', cap: false, word: false });
  }
  return out;
}

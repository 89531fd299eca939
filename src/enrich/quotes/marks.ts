/**
 * Finds quotations by scanning the body's characters. Curly and straight marks may be mixed in one page;
 * a straight mark is read as opening or closing from the characters around it. Conventions handled:
 *   - a quotation that runs over several paragraphs leaves the earlier ones unclosed and reopens the next;
 *   - a stray mark that pairs with nothing is skipped, never fatal;
 *   - inch marks (5'10", a 12" pipe) are not quotation marks;
 *   - single marks are read as quotations only nested inside double ones, or on a page that uses single
 *     marks as its main style; an apostrophe ("Americans’ court", "’90s") is never a closing mark
 *     there unless nothing else can close the quotation.
 */
import type { Span } from '../text/sentences.js';

export interface QuoteSpan {
  /** Marks included. */
  start: number;
  end: number;
  /** The quoted words, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** Paragraph index of the opening mark. */
  paragraph: number;
  /** Paragraph pieces when the quotation runs on over paragraphs (each piece without its marks). */
  pieces: Span[];
}

type Role = 'open' | 'close' | 'either' | 'none';

const OPEN_DOUBLE = new Set(['“', '„', '«', '‟']);
const CLOSE_DOUBLE = new Set(['”', '»']);
/** Characters that may stand right before an opening mark. A comma or period may not: `court," Naim`. */
const LEFT_CONTEXT = /[\s([{\-–—/]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Reads a straight or ambiguous mark from its neighbours. */
function straightRole(prev: string, next: string): Role {
  const openish = prev === '' || LEFT_CONTEXT.test(prev);
  const closeish = next === '' || /[\s.,;:!?)\]}\-–—/]/u.test(next);
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  // Spaced on both sides (`outreach,' " he told`): only the marks around it can say which it is.
  if (openish && closeish) return /\s/.test(prev) && /\s/.test(next) ? 'either' : 'none';
  return 'either';
}

function doubleRole(text: string, i: number): Role {
  const c = text[i]!;
  if (OPEN_DOUBLE.has(c)) return 'open';
  if (CLOSE_DOUBLE.has(c)) {
    // Some pages set ” for both marks; read it from its neighbours when it opens a word.
    const role = straightRole(text[i - 1] ?? '', text[i + 1] ?? '');
    return role === 'open' ? 'either' : 'close';
  }
  if (c !== '"' && c !== '″') return 'none';
  const prev = text[i - 1] ?? '';
  // An inch mark: a digit (or a foot mark) right before it and no word after. It may still close a
  // quotation that ends in a number ("the score was 3-2"), but never opens one.
  if (/[\d'′]/.test(prev) && !WORD.test(text[i + 1] ?? '')) return 'close';
  return straightRole(prev, text[i + 1] ?? '');
}

interface Mark { at: number; role: Role; paragraph: number }

function collectDoubleMarks(text: string, paragraphs: readonly Span[]): Mark[] {
  const marks: Mark[] = [];
  for (const [index, p] of paragraphs.entries()) {
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      // Fast skip: only the quotation-mark code points matter.
      if (c !== 0x22 && c !== 0x201c && c !== 0x201d && c !== 0x201e && c !== 0x201f && c !== 0xab && c !== 0xbb && c !== 0x2033) continue;
      const role = doubleRole(text, i);
      if (role !== 'none') marks.push({ at: i, role, paragraph: index });
    }
  }
  return marks;
}

/**
 * Pairs marks paragraph by paragraph. An opening mark left open at the end of a paragraph continues when
 * the next paragraph starts with an opening mark; otherwise it was stray and is dropped.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const marks = collectDoubleMarks(text, paragraphs);
  const quotes: QuoteSpan[] = [];
  type Open = { mark: Mark; pieces: Span[]; pieceStart: number };
  let open: Open | null = null;
  let outer: Open | null = null;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (!open) {
      if (m.role === 'open' || m.role === 'either') {
        open = { mark: m, pieces: [], pieceStart: m.at + 1 };
      }
      continue;
    }
    const currentParagraph = open.mark.paragraph + open.pieces.length;
    if (m.paragraph > currentParagraph) {
      // The quotation was left open at the end of its paragraph: it runs on only when this paragraph
      // opens with a mark and no paragraph lies between.
      const para = paragraphs[m.paragraph]!;
      const startsWithMark = m.at === para.start && (m.role === 'open' || m.role === 'either');
      if (m.paragraph === currentParagraph + 1 && startsWithMark) {
        open.pieces.push({ start: open.pieceStart, end: paragraphs[currentParagraph]!.end });
        open.pieceStart = m.at + 1;
        outer = null;
        continue;
      }
      open = m.role === 'open' || m.role === 'either' ? { mark: m, pieces: [], pieceStart: m.at + 1 } : null;
      outer = null;
      continue;
    }
    if (m.role === 'close' || m.role === 'either') {
      // A quotation inside a quotation set with the same marks (`“I’d rather live in what he calls “hell”
      // than …”`): a second closing mark right after the inner one, in the same paragraph, closes the outer.
      const next = marks[k + 1];
      const closesOuter = outer && next && next.paragraph === m.paragraph && next.role === 'close';
      const from = closesOuter ? outer! : open;
      const end = closesOuter ? next.at : m.at;
      const pieces = [...from.pieces, { start: from.pieceStart, end }];
      if (pieces.some((p) => /\S/.test(text.slice(p.start, p.end)))) {
        quotes.push({
          start: from.mark.at,
          end: end + 1,
          innerStart: from.mark.at + 1,
          innerEnd: end,
          paragraph: from.mark.paragraph,
          pieces,
        });
      }
      if (closesOuter) k++;
      open = null;
      outer = null;
      continue;
    }
    // A second opening mark while one is open: a nested quotation, or the first was stray. Which of the two
    // shows at the inner quotation's close.
    outer = m.paragraph === open.mark.paragraph + open.pieces.length ? open : null;
    open = { mark: m, pieces: [], pieceStart: m.at + 1 };
  }
  return quotes;
}

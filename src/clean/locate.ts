/**
 * Finds the element that holds the story on the HTML path. Each block gets a weight (prose scores its
 * length, link lists and flagged boilerplate score against), each element the sum of the weights of the
 * blocks inside it, and the best-scoring element wins. Summing, rather than looking at one paragraph's
 * parent as Readability does, lets a story split over several wrappers still be found whole.
 */
import type { Element } from 'domhandler';
import { hintWords } from './markup.js';
import { linkDensity, type Block } from '../blocks/types.js';
import { matchTextRule } from './text-rules.js';

/** How far up from a paragraph an element may be and still be its container. */
const MAX_CLIMB = 24;
const SENTENCE_END = /[.!?…:;"”'’)\]。！？」]\s*$/;
const POSITIVE_HINTS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text',
  'storybody', 'articletext', 'entrycontent', 'postcontent', 'articlecontent', 'richtext', 'prose', 'blog', 'news']);

export interface Strictness {
  /** shortest block that counts as prose */
  minProse: number;
}
export const STRICT: Strictness = { minProse: 80 };
export const RELAXED: Strictness = { minProse: 30 };

/** A block's contribution to the score of every element around it. */
export function blockWeight(b: Block, s: Strictness): number {
  const len = b.text.length;
  if (b.flag) return -Math.min(len, 300) * 0.5;
  if (b.kind === 'caption' || b.kind === 'heading') return 0;
  const ld = linkDensity(b);
  if (ld > 0.5) return -len * ld;
  if (matchTextRule(b.text)) return -Math.min(len, 200);
  const prose = len >= s.minProse && SENTENCE_END.test(b.text);
  if (prose || len >= 250) {
    const commas = (b.text.match(/[,，、]/g)?.length ?? 0) * 10;
    return (len + Math.min(commas, 100)) * (1 - 1.5 * ld) * (b.tag === 'p' ? 1.2 : 1);
  }
  if (len >= 25) return (len - 25) * 0.3 * (1 - 2 * ld);
  return -8;
}

function hintFactor(el: Element): number {
  if (el.attribs.itemprop?.toLowerCase().includes('articlebody')) return 1.5;
  let f = 1;
  if (el.name === 'article' || el.name === 'main') f *= 1.1;
  for (const word of hintWords(el)) if (POSITIVE_HINTS.has(word)) { f *= 1.15; break; }
  return f;
}

export interface Location {
  container: Element | null;
  score: number;
}

/** Picks the element whose blocks add up to the most story. */
export function locateContent(blocks: Block[], s: Strictness): Location {
  const scores = new Map<Element, number>();
  for (const b of blocks) {
    const w = blockWeight(b, s);
    if (w === 0) continue;
    let el: Element | null = b.el;
    for (let up = 0; el && up < MAX_CLIMB; up++) {
      if (el.type !== 'tag') break;
      scores.set(el, (scores.get(el) ?? 0) + w);
      el = el.parent as Element | null;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score <= 0) continue;
    const weighted = score * hintFactor(el);
    if (weighted > bestScore) {
      best = el;
      bestScore = weighted;
    }
  }
  return { container: best, score: bestScore };
}

/** True when `el` is `ancestor` or lies inside it. */
export function isWithin(el: Element | null, ancestor: Element): boolean {
  for (let up = 0; el && up < 10_000; up++) {
    if (el === ancestor) return true;
    el = el.parent as Element | null;
  }
  return false;
}

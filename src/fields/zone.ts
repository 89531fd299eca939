/**
 * The article's top: the blocks around the headline and before the body. Kicker, dek and byline are read
 * from here on both paths.
 */
import type { Block } from '../blocks/types.js';
import { hintWords } from '../clean/markup.js';
import { foldForCompare, type FieldInput } from './types.js';

export interface HeaderZone {
  /** the block that shows the headline, if any */
  headline: Block | null;
  /** up to three blocks right before the headline, nearest first */
  before: Block[];
  /** blocks after the headline and before the body, in order */
  after: Block[];
}

const REACH = 12;

/** Kicker, dek, byline and date all read the same zone: it is found once per page and headline. */
const zones = new WeakMap<FieldInput, Map<string | null, HeaderZone>>();

export function headerZone(input: FieldInput, headline: string | null): HeaderZone {
  let cache = zones.get(input);
  if (!cache) zones.set(input, (cache = new Map()));
  const known = cache.get(headline);
  if (known) return known;
  const zone = findZone(input, headline);
  cache.set(headline, zone);
  return zone;
}

function findZone(input: FieldInput, headline: string | null): HeaderZone {
  const { blocks, body } = input;
  const bodyStart = body[0]?.index ?? blocks.length;
  const target = headline ? foldForCompare(headline) : null;
  let at = -1;
  if (target) {
    for (let i = 0; i < Math.min(bodyStart, blocks.length); i++) {
      if (foldForCompare(blocks[i]!.text) === target) at = i;
    }
  }
  if (at < 0) return { headline: null, before: [], after: input.header.filter((b) => b.index < bodyStart).slice(-REACH) };
  const before: Block[] = [];
  for (let i = at - 1; i >= 0 && before.length < 3; i--) before.push(blocks[i]!);
  const after = blocks.slice(at + 1, Math.min(bodyStart, at + 1 + REACH));
  return { headline: blocks[at]!, before, after };
}

/** Class and id words of a block's element and its two nearest ancestors. */
export function blockHints(b: Block): string[] {
  const words: string[] = [];
  let el = b.el;
  for (let up = 0; el && up < 3 && el.type === 'tag'; up++) {
    words.push(...hintWords(el));
    if (el.attribs.itemprop) words.push(el.attribs.itemprop.toLowerCase());
    el = el.parent as typeof el;
  }
  return words;
}

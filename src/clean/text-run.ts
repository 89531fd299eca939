/**
 * Content location on the text path: the story is the contiguous run of lines with the largest total
 * weight (prose lines weigh their length, short and boilerplate lines weigh against), found in one pass.
 */
import type { Block } from '../blocks/types.js';
import { blockWeight, type Strictness } from './locate.js';

export function bestRun(blocks: Block[], s: Strictness): { start: number; end: number } {
  let best = { start: 0, end: 0, sum: 0 };
  let start = 0;
  let sum = 0;
  for (let i = 0; i < blocks.length; i++) {
    const w = blockWeight(blocks[i]!, s);
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += w;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  }
  return { start: best.start, end: best.end };
}

/**
 * The text path: a scraper's copy of the visible page. Every non-empty line is a block; a blank line or a
 * line break is all the structure plain text has, and both already mark a paragraph in such scrapes.
 */
import type { Block } from './types.js';

const MAX_LINE = 100_000;

export function textToBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  for (const line of input.split(/\r\n?|\n|\u2028|\u2029/)) {
    const text = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (!text) continue;
    blocks.push({
      index: blocks.length,
      text: text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text,
      kind: 'paragraph',
      level: 0,
      tag: null,
      linkChars: 0,
      depth: 0,
      el: null,
      flag: null,
      inTable: false,
    });
  }
  return blocks;
}

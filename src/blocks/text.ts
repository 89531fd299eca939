/**
 * The text path: a scraper's copy of the visible page. Every non-empty line is a block; a blank line or a
 * line break is all the structure plain text has, and both already mark a paragraph in such scrapes.
 */
import type { Block } from './types.js';


/**
 * Two labels whose line break the scraper lost: "update deskIsrael at War". A short line splits where an
 * all-lowercase word of three letters or more runs straight into a capital; brand names such as "iPhone",
 * "YouTube" or "McDonald" never have such a word before the capital.
 */
const GLUED_LABELS = /^(.*?\b[a-z]{3,})(\p{Lu}[\p{L}\s'’&-]*)$/u;
const MAX_LABEL_LINE = 60;

export function splitGluedLabels(line: string): string[] {
  if (line.length > MAX_LABEL_LINE || /[.!?,;:]/.test(line)) return [line];
  const m = GLUED_LABELS.exec(line);
  return m ? [m[1]!.trim(), m[2]!.trim()] : [line];
}

export function textToBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  for (const line of input.split(/\r\n?|\n|\u2028|\u2029/).flatMap((l) => splitGluedLabels(l.replace(/[\s\u00a0]+/g, ' ').trim()))) {
    const text = line;
    if (!text) continue;
    blocks.push({
      index: blocks.length,
      text,
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

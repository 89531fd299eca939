/**
 * The text path: a scraper's copy of the visible page. Every non-empty line is a block; a blank line or a
 * line break is all the structure plain text has, and both already mark a paragraph in such scrapes.
 */
import type { Block } from './types.js';
import { isDatelineLine } from '../fields/dateline/index.js';


/**
 * Two labels whose line break the scraper lost: "update deskIsrael at War". A short line splits where an
 * all-lowercase word of three letters or more runs straight into a capital; brand names such as "iPhone",
 * "YouTube" or "McDonald" never have such a word before the capital.
 */
const GLUE = /\b[a-z]{3,}(?=\p{Lu})/gu;
/** What the second label may hold: everything after the glue must be letters, spaces and these marks. */
const NOT_LABEL = /[^\p{L}\s'’&-]/gu;
const MAX_LABEL_LINE = 60;

export function splitGluedLabels(line: string): string[] {
  if (line.length > MAX_LABEL_LINE || /[.!?,;:]/.test(line)) return [line];
  // The first glue point after the last character a label cannot hold (two passes: one pattern doing both
  // would backtrack over the tail from every candidate).
  const lastBad = Math.max(-1, ...[...line.matchAll(NOT_LABEL)].map((m) => m.index));
  for (const m of line.matchAll(GLUE)) {
    const cut = m.index + m[0].length;
    if (cut > lastBad) return [line.slice(0, cut).trim(), line.slice(cut).trim()];
  }
  return [line];
}

function textBlock(index: number, text: string): Block {
  return { index, text, kind: 'paragraph', level: 0, tag: null, linkChars: 0, depth: 0, el: null, flag: null, inTable: false };
}

export function textToBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  let dateline = '';
  for (const line of input.split(/\r\n?|\n|\u2028|\u2029/).flatMap((l) => splitGluedLabels(l.replace(/[\s\u00a0]+/g, ' ').trim()))) {
    if (!line) continue;
    // "JOHANNESBURG, August 7 (Xinhua) --" alone on its line opens the paragraph under it, as wires print it.
    if (!dateline && isDatelineLine(line)) {
      dateline = line;
      continue;
    }
    blocks.push(textBlock(blocks.length, dateline ? `${dateline} ${line}` : line));
    dateline = '';
  }
  if (dateline) blocks.push(textBlock(blocks.length, dateline));
  return blocks;
}

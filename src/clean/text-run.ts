/**
 * Content location on the text path: the story is the contiguous run of lines with the largest total
 * weight, found in one pass (maximum-sum subarray). Plain text has no links to betray a menu or a list of
 * other stories, so the weights lean on shape: sentences count for the story, lines that do not end like a
 * sentence (menu items, teaser titles, labels) count against it.
 */
import type { Block } from '../blocks/types.js';
import type { Strictness } from './locate.js';
import { blockTextRule } from './text-rules.js';

/** Sentence ends; a closing parenthesis only after a full stop: "December 2023 (38)" is an archive entry. */
const SENTENCE_END = /(?:[.!?…"”'’\]。！？」]|[.!?]\))\s*$/;
const TRUNCATED = /(?:\.\.\.|…)\s*$/;

/** Words of privacy notices. A line dense with them weighs against the story, softly: a story about cookie
 * rules surrounded by its own paragraphs still stays in the run. */
const PRIVACY = /\b(?:cookies?|gdpr|ccpa|opt[- ]out|consent|privacy|personal (?:data|information)|third[- ]part(?:y|ies))\b/gi;

export function textLineWeight(b: Block, s: Strictness): number {
  const len = b.text.length;
  if (blockTextRule(b)) return -Math.min(len, 200);
  if ((b.text.match(PRIVACY)?.length ?? 0) >= 2) return -len * 0.5;
  // A teaser cut short ("…hits top spot a record-breaking 39 years after it was..."), not a sentence.
  const sentence = SENTENCE_END.test(b.text) && !TRUNCATED.test(b.text);
  if ((sentence && len >= s.minProse) || len >= 250) {
    const commas = (b.text.match(/[,，、]/g)?.length ?? 0) * 10;
    return len + Math.min(commas, 100);
  }
  if (sentence) return len * 0.3;
  return -(8 + len * 0.5);
}

const MAX_STREAK = 6;

export function bestRun(blocks: Block[], s: Strictness): { start: number; end: number } {
  let best = { start: 0, end: 0, sum: 0 };
  let start = 0;
  let sum = 0;
  // A lone subheading is cheap to bridge; a run of menu entries or teaser titles grows dearer line by line.
  let streak = 0;
  for (let i = 0; i < blocks.length; i++) {
    const base = textLineWeight(blocks[i]!, s);
    streak = base < 0 ? streak + 1 : 0;
    const w = base < 0 ? base * Math.min(streak, MAX_STREAK) : base;
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += w;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  }
  return { start: best.start, end: best.end };
}

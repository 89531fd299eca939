/**
 * Cleaning on the text path: the story run found by text-run.ts, its top (headline, kicker, dek, captions) and
 * its edges, with every line that is not story logged.
 */
import type { Block } from '../blocks/types.js';
import { cutRelatedSection, dropDateLines, isProse, SENTENCE_END, splitHeader, trimTail } from './edges.js';
import { normalizeForCompare, RemovalLog } from './log.js';
import { blockTextRule } from './text-rules.js';
import { isCreditedCaption } from './rules/media.js';
import type { CleanResult } from './types.js';

/**
 * On a text page the dek is the line right under the headline when the story does not go on after it: what
 * follows it was taken out (photo caption, credit, repeated line, byline).
 */
function takeTextDek(body: Block[], header: Block[], all: Block[]) {
  const [first, second] = body;
  if (!first || !second || first.text.length > MAX_DEK || second.index - first.index < 2) return;
  const between = all.slice(first.index + 1, second.index);
  if (between.every((b) => b.text.length < MAX_DEK)) header.push(body.shift()!);
}

const MAX_DEK = 300;
const MENU_ITEM = 30;
const MENU_RUN = 3;
const MAX_SUBHEADING = 100;

/** Above the story: boilerplate lines by their rule, and runs of short unpunctuated lines as a menu. */
function logTextHeader(header: Block[], headline: Block | null, log: RemovalLog) {
  let run: Block[] = [];
  const flush = () => {
    if (run.length >= MENU_RUN) log.add(run.map((b) => b.text).join('\n'), 'navigation', 'text.menu');
    run = [];
  };
  for (const b of header) {
    const rule = blockTextRule(b);
    if (rule) {
      flush();
      log.addRule(b.text, rule);
    } else if (b !== headline && b.text.length < MENU_ITEM && !SENTENCE_END.test(b.text)) run.push(b);
    else flush();
  }
  flush();
}

/** A short line without sentence punctuation between two paragraphs of the story is a subheading. */
function markTextSubheadings(body: Block[]) {
  for (let i = 1; i < body.length - 1; i++) {
    const b = body[i]!;
    if (b.text.length <= MAX_SUBHEADING && !SENTENCE_END.test(b.text) && !/[,;:]$/.test(b.text) && isProse(body[i + 1]!)) {
      body[i] = { ...b, kind: 'heading', level: 2 };
    }
  }
}

/** The plain-text counterpart of cleanHtmlBlocks. */
export function cleanTextBlocks(blocks: Block[], run: { start: number; end: number }, headlineBlock: Block | null): CleanResult & { headline: string | null } {
  const log = new RemovalLog();
  // Lines above the run (headline, kicker, dek, byline among them) are the article's top, never its body.
  const startAt = run.start;
  const header: Block[] = blocks.slice(0, startAt);
  const captions: Block[] = [];
  const candidates: Block[] = [];
  const relatedLabels: Block[] = [];
  const seen = new Set<string>();
  for (const b of blocks.slice(startAt, run.end)) {
    const key = normalizeForCompare(b.text);
    if (seen.has(key)) {
      log.add(b.text, 'duplicate', 'duplicate.line');
      continue;
    }
    seen.add(key);
    const rule = blockTextRule(b);
    if (rule) {
      if (rule.id === 'related.label' && b.text.length <= 60) relatedLabels.push(b);
      log.addRule(b.text, rule);
      continue;
    }
    if (isCreditedCaption(b.text)) {
      captions.push(b);
      log.add(b.text, 'caption', 'caption.credit-line');
      continue;
    }
    candidates.push(b);
  }
  for (const b of blocks.slice(run.end)) {
    const rule = blockTextRule(b);
    if (rule) log.addRule(b.text, rule);
    else log.add(b.text, 'other', 'text.after-story');
  }
  logTextHeader(header, headlineBlock, log);
  const headline = headlineBlock?.text ?? null;
  const split = splitHeader(candidates, headline);
  takeTextDek(split.body, split.header, blocks);
  markTextSubheadings(split.body);
  cutRelatedSection(split.body, log, relatedLabels);
  dropDateLines(split.body, log);
  trimTail(split.body, log);
  return { body: split.body, header: [...header, ...split.header], captions, removed: log.removed, access: log.access, container: null, headline };
}


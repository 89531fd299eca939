/**
 * Cleaning on the HTML path: keeps the blocks inside the located story, takes out flagged regions, text-rule
 * matches, captions and link lists, and logs each removal.
 */
import type { Element } from 'domhandler';
import type { Block } from '../blocks/types.js';
import { linkDensity } from '../blocks/types.js';
import { cutNextArticle, cutRelatedSection, dropDateLines, SENTENCE_END, splitHeader, trimTail } from './edges.js';
import { isWithin, type Location } from './locate.js';
import { MAX_REMOVED_TEXT, RemovalLog } from './log.js';
import type { MarkupRule, TextRule } from './rules/index.js';
import { isCreditedCaption } from './rules/media.js';
import { blockTextRule } from './text-rules.js';
import type { CleanResult } from './types.js';

/** Collects every element under `root` once, so that "is this block inside the story" is a set lookup. */
function descendants(root: Element): Set<Element> {
  const out = new Set<Element>();
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.add(el);
    for (const child of el.children ?? []) if (child.type === 'tag') stack.push(child as Element);
  }
  return out;
}

export function cleanHtmlBlocks(blocks: Block[], location: Location, headline: string | null): CleanResult {
  const { container, overruled } = location;
  const log = new RemovalLog();
  const inside = new Set<Element>();
  for (const part of location.parts) for (const el of descendants(part)) inside.add(el);
  const flagged = new Map<Element, { rule: TextRule | MarkupRule; texts: string[] }>();
  const candidates: Block[] = [];
  const captions: Block[] = [];
  const relatedLabels: Block[] = [];

  // Text outside the story that no rule named is still accounted for, one entry per stretch of page.
  // The log keeps the first 600 characters of an entry: a stretch of 200,000 lines is not joined whole first.
  let outside: string[] = [];
  let outsideChars = 0;
  const flushOutside = () => {
    if (outside.length) log.add(outside.join('\n'), 'other', 'content.outside');
    outside = [];
    outsideChars = 0;
  };

  for (const b of blocks) {
    const isInside = b.el !== null && inside.has(b.el);
    // A flag on the container itself or above it says nothing about the story ("has-comments" wrappers).
    const flag = b.flag && !overruled.has(b.flag.el) && !(container && isWithin(container, b.flag.el)) ? b.flag : null;
    if (flag) {
      const group = flagged.get(flag.el);
      if (group) group.texts.push(b.text);
      else flagged.set(flag.el, { rule: flag.rule, texts: [b.text] });
      if (flag.rule.category === 'caption' || flag.rule.category === 'credit') {
        if (isInside) captions.push(b);
      }
      const rule = blockTextRule(b);
      if (rule?.access) log.access[rule.access].push(b.text);
      continue;
    }
    const rule = blockTextRule(b);
    if (rule) {
      if (isInside && (rule.category === 'credit' || rule.category === 'caption')) captions.push(b);
      // A section label ("Most Read", "More from Metro"), not an inline "Read more: …" link.
      if (isInside && rule.id === 'related.label' && b.text.length <= 60) relatedLabels.push(b);
      log.addRule(b.text, rule);
      continue;
    }
    if (!isInside) {
      if (outsideChars <= MAX_REMOVED_TEXT) outside.push(b.text);
      outsideChars += b.text.length;
      continue;
    }
    flushOutside();
    // A list of other stories inside the story's container (clean/teasers.ts).
    if (location.teasers.has(b)) {
      log.add(b.text, 'related', 'related.teaser');
      continue;
    }
    if (b.kind === 'caption') {
      captions.push(b);
      log.add(b.text, 'caption', 'caption.figure');
      continue;
    }
    if (isCreditedCaption(b.text)) {
      captions.push(b);
      log.add(b.text, 'caption', 'caption.credit-line');
      continue;
    }
    if (linkDensity(b) > 0.5 && !(b.text.length > 160 && SENTENCE_END.test(b.text))) {
      log.add(b.text, b.text.length < 40 ? 'navigation' : 'related', 'links.dense');
      continue;
    }
    candidates.push(b);
  }
  flushOutside();
  for (const { rule, texts } of flagged.values()) log.add(texts.join('\n'), rule.category, rule.id);

  const { body, header } = splitHeader(candidates, headline);
  cutNextArticle(body, headline, log);
  cutRelatedSection(body, log, relatedLabels);
  dropDateLines(body, log);
  trimTail(body, log);
  return { body, header, captions, removed: log.removed, access: log.access, container };
}


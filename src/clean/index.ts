/**
 * The clean stage: locates the story among the blocks and takes out everything else, logging each removal
 * with its category and rule id. The HTML path locates by element (locate.ts); the text path by runs of
 * lines (text-run.ts). Both share the text rules and the trimming of the story's edges.
 */
import type { Element } from 'domhandler';
import type { Block } from '../blocks/types.js';
import { linkDensity } from '../blocks/types.js';
import type { Removed, RemovedCategory } from '../schema.js';
import { isWithin, type Location } from './locate.js';
import { matchTextRule } from './text-rules.js';
import { TAIL_RULES } from './rules/tail.js';
import type { MarkupRule, TextRule } from './rules/index.js';

export interface CleanResult {
  /** the story's blocks, in order */
  body: Block[];
  /** blocks of the article's top before the body (headline, kicker, dek, byline…) */
  header: Block[];
  /** photo captions and credits found in or beside the story */
  captions: Block[];
  removed: Removed[];
  /** wording that shows restricted access */
  access: { metered: string[]; hard: string[] };
  container: Element | null;
}

const MAX_REMOVED_TEXT = 600;
const BYLINE_LINE = /^(?:by|von|par|por|door|di|av|przez)\s+\p{Lu}/iu;
const DATE_LINE = /^(?:(?:published|updated|posted|last updated|modified)\b[^.]{0,60}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s[^.]{0,50}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[^.]{0,30}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}[^.]{0,30})$/i;
const SENTENCE_END = /[.!?…"”'’)\]。！？」]\s*$/;

const clip = (s: string) => (s.length > MAX_REMOVED_TEXT ? `${s.slice(0, MAX_REMOVED_TEXT)}…` : s);
export const normalizeForCompare = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u201c\u201d"'`]/g, '').replace(/\s+/g, ' ').trim();

export class RemovalLog {
  readonly removed: Removed[] = [];
  readonly access = { metered: [] as string[], hard: [] as string[] };
  add(text: string, category: RemovedCategory, ruleId: string) {
    this.removed.push({ text: clip(text), category, ruleId });
  }
  addRule(text: string, rule: TextRule) {
    this.add(text, rule.category, rule.id);
    if (rule.access) this.access[rule.access].push(clip(text));
  }
}

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
      const rule = matchTextRule(b.text);
      if (rule?.access) log.access[rule.access].push(b.text);
      continue;
    }
    const rule = matchTextRule(b.text);
    if (rule) {
      if (isInside && (rule.category === 'credit' || rule.category === 'caption')) captions.push(b);
      // A section label ("Most Read", "More from Metro"), not an inline "Read more: …" link.
      if (isInside && rule.id === 'related.label' && b.text.length <= 60) relatedLabels.push(b);
      log.addRule(b.text, rule);
      continue;
    }
    if (!isInside) continue;
    if (b.kind === 'caption') {
      captions.push(b);
      log.add(b.text, 'caption', 'caption.figure');
      continue;
    }
    if (linkDensity(b) > 0.5 && !(b.text.length > 160 && SENTENCE_END.test(b.text))) {
      log.add(b.text, b.text.length < 40 ? 'navigation' : 'related', 'links.dense');
      continue;
    }
    candidates.push(b);
  }
  for (const { rule, texts } of flagged.values()) log.add(texts.join('\n'), rule.category, rule.id);

  const { body, header } = splitHeader(candidates, headline);
  cutRelatedSection(body, log, relatedLabels);
  dropDateLines(body, log);
  trimTail(body, log);
  return { body, header, captions, removed: log.removed, access: log.access, container };
}

/** The headline, and what stands before it, belong to the article's top, not its body; so do byline and date
 * lines right under it. */
export function splitHeader(blocks: Block[], headline: string | null): { body: Block[]; header: Block[] } {
  const target = headline ? normalizeForCompare(headline) : null;
  let cut = 0;
  const limit = Math.min(blocks.length, 8);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    const t = normalizeForCompare(b.text);
    if ((target && (t === target || (b.kind === 'heading' && b.level === 1))) || (b.kind === 'heading' && b.level === 1 && !target)) {
      cut = i + 1;
      break;
    }
  }
  // Byline, date and other short furniture lines between the headline and the first paragraph of prose.
  const firstProse = blocks.findIndex((b, i) => i >= cut && isProse(b));
  if (firstProse > cut && firstProse - cut <= MAX_LEADING_LINES) {
    const lead = blocks.slice(cut, firstProse);
    if (lead.every((b) => b.text.length < MAX_LEADING_CHARS || BYLINE_LINE.test(b.text) || DATE_LINE.test(b.text))) cut = firstProse;
  }
  // Byline and date lines among the first few blocks (a dek or a photo may stand between them).
  const head = blocks.slice(0, cut);
  const rest = blocks.slice(cut);
  for (let i = 0; i < Math.min(rest.length, 5); i++) {
    const b = rest[i]!;
    if (b.text.length < 120 && (BYLINE_LINE.test(b.text) || DATE_LINE.test(b.text))) {
      head.push(b);
      rest.splice(i--, 1);
    }
  }
  return { header: head, body: rest };
}

const MAX_LEADING_LINES = 8;
const MAX_LEADING_CHARS = 90;
const isProse = (b: Block) => b.kind !== 'heading' && b.text.length >= 90 && SENTENCE_END.test(b.text);

/** A heading that opens a list of other stories ("Most Read", "More from…", "Related coverage"). */
const RELATED_HEADING = /\b(?:most (?:read|popular|viewed|shared)|related (?:stories|articles|coverage|content|reading|posts|news)|more (?:from|stories|on this|news|to read|in)\b|recommended|read (?:more|next)|you (?:may|might) (?:also )?(?:like|enjoy)|trending|popular (?:stories|now|articles)|top stories|latest (?:news|stories)|editor'?s picks)\b/i;

/** Cuts the body at a related-stories heading in its second half: what follows is other stories. The heading
 * may still be in the body, or already taken out by a text rule (`labels`). */
export function cutRelatedSection(body: Block[], log: RemovalLog, labels: Block[] = []) {
  const total = body.reduce((n, b) => n + b.text.length, 0);
  let seen = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    const inBody = b.text.length <= 80 && (b.kind === 'heading' || !SENTENCE_END.test(b.text)) && RELATED_HEADING.test(b.text);
    const removedBefore = labels.some((l) => l.index < b.index && (i === 0 || l.index > body[i - 1]!.index));
    if (seen > total * 0.5 && (inBody || removedBefore) && !proseFollows(body.slice(i + (inBody ? 1 : 0)))) {
      const cut = body.splice(i);
      log.add(cut.map((x) => x.text).join('\n'), 'related', 'related.section');
      return;
    }
    seen += b.text.length;
  }
}

/** True when the blocks are mostly sentences: the story goes on after an inline "More from…" widget. */
function proseFollows(blocks: Block[]): boolean {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const prose = blocks.filter(isProse).reduce((n, b) => n + b.text.length, 0);
  return total > 0 && prose >= total * 0.5;
}

/** After the story ends: short lines without sentence punctuation are labels, tags and widgets; lines of
 * the tail rules (contact, bio, credits, references) close the story but are not part of it. */
export function trimTail(body: Block[], log: RemovalLog) {
  while (body.length > 1) {
    const last = body[body.length - 1]!;
    const rule = TAIL_RULES.find((r) => last.text.length <= r.maxChars && r.pattern.test(last.text));
    const short = last.text.length < 60 && !SENTENCE_END.test(last.text);
    if (!rule && !short && last.kind !== 'heading') break;
    body.pop();
    if (rule) log.add(last.text, rule.category, rule.id);
    else log.add(last.text, 'other', 'tail.label');
  }
}

/** A line that is only a date, inside the story, is a timestamp of the page, not story text. */
export function dropDateLines(body: Block[], log: RemovalLog) {
  for (let i = body.length - 1; i >= 0; i--) {
    const b = body[i]!;
    if (b.text.length < 60 && DATE_LINE.test(b.text) && !SENTENCE_END.test(b.text.replace(/\.$/, ''))) {
      body.splice(i, 1);
      log.add(b.text, 'other', 'date.line');
    }
  }
}

/** A caption line of a text page ends with its credit: "… Credit: IDF.", "… (Reuters)", "… Clive Rose/Getty Images";
 * or starts with one: "PHOTO BY …", "Screenshot: …". */
const CREDIT_TAIL = /(?:\b(?:credit|photo|photograph|image|picture|screenshot)s?\s*:\s*[^.]{2,60}\.?|\((?:AP|Reuters|AFP|Getty Images|EPA)(?: Photo)?\)\.?|\s(?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+\s?\/\s?(?:Getty Images|AP|Reuters|AFP|EPA|Shutterstock|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3}))\s*$|^(?:photo|photograph|image|screenshot)s?\s+(?:by|:)\s/iu;

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
    const rule = matchTextRule(b.text);
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
    const rule = matchTextRule(b.text);
    if (rule) {
      if (rule.id === 'related.label' && b.text.length <= 60) relatedLabels.push(b);
      log.addRule(b.text, rule);
      continue;
    }
    if (b.text.length < 300 && CREDIT_TAIL.test(b.text)) {
      captions.push(b);
      log.add(b.text, 'caption', 'caption.credit-line');
      continue;
    }
    candidates.push(b);
  }
  for (const b of blocks.slice(run.end)) {
    const rule = matchTextRule(b.text);
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

/**
 * The story's edges, on both paths: what stands between the headline and the first paragraph (byline, date,
 * furniture), a related-stories section in the second half, and the lines that close a story without being
 * part of it.
 */
import type { Block } from '../blocks/types.js';
import type { RemovalLog } from './log.js';
import { normalizeForCompare } from './log.js';
import { MONTH_NAME, PUBLISHED_WORD, RELATIVE_DAY } from './rules/furniture.js';
import { TAIL_RULES } from './rules/tail.js';

export const BYLINE_LINE = /^(?:by|von|par|por|door|di|av|przez)\s+\p{Lu}/iu;
/** A full stop ends a sentence, and a sentence is no date line; a dot after a digit or a month's short form does
 * not ("01.07.2023", "3. Mai", "Dec. 23"). */
const NOT_A_STOP = '(?:[^.]|(?<=\\d|(?<![\\p{L}])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\\.)';
/** A weekday, whole or short ("Monday", "Tue.", "Thurs"); not any word that starts like one ("Monkey", "Fritos"). */
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';

/** A line that is only a date, with its label: "Published 2 hours ago", "Publié le 30 août 2023 à 14h52", "3. Mai
 * 2024, 17:47", "Heute, 12:37 Uhr" (word lists in rules/furniture.ts). */
export const DATE_LINE = new RegExp(`^(?:(?:article |artikel )?${PUBLISHED_WORD}(?![\\p{L}])${NOT_A_STOP}{0,80}|${WEEKDAY},?\\s${NOT_A_STOP}{0,50}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}${NOT_A_STOP}{0,30}|${MONTH_NAME} \\d{1,2},? \\d{4}${NOT_A_STOP}{0,30}|\\d{1,2}\\.?\\s(?:de\\s)?${MONTH_NAME}\\s(?:de\\s)?\\d{4}${NOT_A_STOP}{0,30}|${RELATIVE_DAY},?\\s(?:à\\s|um\\s|at\\s)?\\d{1,2}[:.h]\\d{2}${NOT_A_STOP}{0,12})$`, 'iu');
export const SENTENCE_END = /[.!?…"”'’)\]。！？」]\s*$/;

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
export const isProse = (b: Block) => b.kind !== 'heading' && b.text.length >= 90 && SENTENCE_END.test(b.text);

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

const MONTH = new RegExp(MONTH_NAME, 'iu');
/** A short line that dates or signs an article: "December 21, 2023/8:51 p.m. ET", "By Jane Doe". */
const isArticleFurniture = (b: Block) => b.text.length < 80 && !SENTENCE_END.test(b.text)
  && (BYLINE_LINE.test(b.text) || DATE_LINE.test(b.text) || (MONTH.test(b.text) && /\b(?:19|20)\d{2}\b/.test(b.text)));

/** A page that loads the next story under this one (infinite scroll) gives it its own header: a top-level heading
 * after the story's prose, with a date or byline line next to it, opens another article, and the body ends
 * before it (the heading's date line too). Section headings set as h1 (blogs do) carry no date or byline. */
export function cutNextArticle(body: Block[], headline: string | null, log: RemovalLog) {
  const target = headline ? normalizeForCompare(headline) : null;
  let prose = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (prose && b.kind === 'heading' && b.level === 1 && normalizeForCompare(b.text) !== target) {
      const before = body.slice(Math.max(0, i - 2), i).findIndex(isArticleFurniture);
      const after = body.slice(i + 1, i + 4).some(isArticleFurniture);
      if (before < 0 && !after) continue;
      if (before >= 0) i = Math.max(0, i - 2) + before;
      const cut = body.splice(i);
      log.add(cut.map((x) => x.text).join('\n'), 'related', 'related.next-article');
      return;
    }
    prose ||= isProse(b);
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

/** "Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54" */
const MAX_DATE_LINE = 100;

/** A line that is only a date, inside the story, is a timestamp of the page, not story text. */
export function dropDateLines(body: Block[], log: RemovalLog) {
  for (let i = body.length - 1; i >= 0; i--) {
    const b = body[i]!;
    if (b.text.length < MAX_DATE_LINE && DATE_LINE.test(b.text) && !SENTENCE_END.test(b.text.replace(/\.$/, ''))) {
      body.splice(i, 1);
      log.add(b.text, 'other', 'date.line');
    }
  }
}


/**
 * Finds the element that holds the story on the HTML path. Each block gets a weight (prose scores its
 * length, link lists and flagged boilerplate score against), each element the sum of the weights of the
 * blocks inside it, and the best-scoring element wins. Summing, rather than looking at one paragraph's
 * parent as Readability does, lets a story split over several wrappers still be found whole.
 */
import type { Element } from 'domhandler';
import { hintWords } from './markup.js';
import { linkDensity, type Block } from '../blocks/types.js';
import { blockTextRule } from './text-rules.js';
import { SENTENCE_END } from './edges.js';
import { teaserBlocks } from './teasers.js';

/** How far up from a paragraph an element may be and still be its container. */
const MAX_CLIMB = 24;
const POSITIVE_HINTS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text',
  'storybody', 'articletext', 'entrycontent', 'postcontent', 'articlecontent', 'richtext', 'prose', 'blog', 'news']);

export interface Strictness {
  /** shortest block that counts as prose */
  minProse: number;
}
export const STRICT: Strictness = { minProse: 80 };
export const RELAXED: Strictness = { minProse: 30 };

/** A block's contribution to the score of every element around it. */
export function blockWeight(b: Block, s: Strictness, teasers: ReadonlySet<Block>, trustedFlags?: ReadonlySet<Element>, ignoreFlags = false): number {
  const len = b.text.length;
  if (b.flag && !ignoreFlags && !trustedFlags?.has(b.flag.el)) return b.flag.rule.category === 'other' ? 0 : -Math.min(len, 300) * 0.5;
  // A teaser's summary is prose about another story: it must not pull the container towards its list.
  if (teasers.has(b)) return 0;
  const ld = linkDensity(b);
  // A linked heading is the title of another story; a plain one is the story's own subheading.
  if (b.kind === 'heading') return ld > 0.5 ? -len * ld : 0;
  if (b.kind === 'caption') return 0;
  if (ld > 0.5) return -len * ld;
  if (blockTextRule(b)) return -Math.min(len, 200);
  const prose = len >= s.minProse && SENTENCE_END.test(b.text);
  if (prose || len >= 250) {
    const commas = (b.text.match(/[,，、]/g)?.length ?? 0) * 10;
    return (len + Math.min(commas, 100)) * (1 - 1.5 * ld) * (b.tag === 'p' ? 1.2 : 1);
  }
  if (len >= 25) return (len - 25) * 0.3 * (1 - 2 * ld);
  return -8;
}

function hintFactor(el: Element): number {
  if (el.attribs.itemprop?.toLowerCase().includes('articlebody')) return 1.5;
  let f = 1;
  if (el.name === 'article' || el.name === 'main') f *= 1.1;
  for (const word of hintWords(el)) if (POSITIVE_HINTS.has(word)) { f *= 1.15; break; }
  return f;
}

export interface Location {
  container: Element | null;
  score: number;
  /** the elements whose blocks are the story: the container, or its same-class children when the story is
   * split into several wrappers (one per paragraph group, with ads between them) */
  parts: Element[];
  /** flagged elements that hold most of the page's prose: their hint is wrong ("article.sponsored") */
  overruled: ReadonlySet<Element>;
  /** summary text of teaser cards (clean/teasers.ts) */
  teasers: ReadonlySet<Block>;
}

/** Share of the page's prose above which a class hint cannot make an element boilerplate. */
const OVERRULE_SHARE = 0.4;

function overruledFlags(blocks: Block[], s: Strictness, teasers: ReadonlySet<Block>): Set<Element> {
  const flagged = new Set<Element>();
  for (const b of blocks) if (b.flag) flagged.add(b.flag.el);
  const regions = new Map<Element, { prose: number; chars: number; linkChars: number }>();
  let total = 0;
  let pageChars = 0;
  let unflagged = 0;
  for (const b of blocks) {
    const w = blockWeight(b, s, teasers, undefined, true);
    if (w > 0) total += w;
    if (w > 0 && !b.flag) unflagged += w;
    pageChars += b.text.length;
    // A block counts for its own flagged region and for every flagged region around that one.
    let el: Element | null = b.flag?.el ?? null;
    for (let up = 0; el && up < MAX_CLIMB * 2; up++, el = el.parent as Element | null) {
      if (el.type !== 'tag' || !flagged.has(el)) continue;
      let r = regions.get(el);
      if (!r) regions.set(el, (r = { prose: 0, chars: 0, linkChars: 0 }));
      if (w > 0) r.prose += w;
      r.chars += b.text.length;
      r.linkChars += b.linkChars;
    }
  }
  // A story reads as prose with few links; a sidebar of teasers holds prose too, but every item is linked.
  // A region that wraps most of the page is a page wrapper whatever its class says ("page-banner").
  // When a fair share of the prose stands outside every flagged region, that is the story, and the flagged
  // region is what its class says (a sidebar of teaser summaries with their links elsewhere).
  const out = new Set<Element>();
  if (total > 0 && unflagged >= total * UNFLAGGED_STORY_SHARE) return out;
  for (const [el, r] of regions) {
    if (r.prose < total * OVERRULE_SHARE) continue;
    if (r.linkChars <= r.chars * OVERRULE_MAX_LINKS || r.chars >= pageChars * WRAPPER_SHARE) out.add(el);
  }
  return out;
}

/** Share of the page's prose outside every flagged region above which no flag is overruled. */
const UNFLAGGED_STORY_SHARE = 0.15;

/** Share of the page's text above which a flagged element is the page's wrapper. */
const WRAPPER_SHARE = 0.85;

/** Link density above which a flagged region is not taken for a mislabelled story. */
const OVERRULE_MAX_LINKS = 0.15;

interface Tally {
  score: number;
  /** sum of the positive weights only: how much prose there is */
  prose: number;
  chars: number;
  linkChars: number;
  /** prose weight of blocks owned by the element itself or by its direct children */
  directProse: number;
  /** prose weight of blocks owned by the element itself */
  ownProse: number;
  /** how many prose blocks it holds */
  proseBlocks: number;
}

/** Below the best element, a child that holds this share of its score may be the tighter container. */
const CHILD_SHARE = 0.5;
/** What the rest of the element must look like for the child to be preferred: link-heavy, or no prose. */
const REST_LINK_DENSITY = 0.2;
const REST_MAX_PROSE = 60;

/** Picks the element whose blocks add up to the most story. `url` (the page's address, or its canonical) tells
 * links to the site's own stories from links elsewhere. */
export function locateContent(blocks: Block[], s: Strictness, url: string | null = null): Location {
  const teasers = teaserBlocks(blocks, url);
  const overruled = overruledFlags(blocks, s, teasers);
  const tallies = new Map<Element, Tally>();
  for (const b of blocks) {
    const w = blockWeight(b, s, teasers, overruled);
    const counted = !b.flag || overruled.has(b.flag.el);
    if (w === 0 && !counted) continue;
    let el: Element | null = b.el;
    for (let up = 0; el && up < MAX_CLIMB; up++) {
      if (el.type !== 'tag') break;
      let t = tallies.get(el);
      if (!t) tallies.set(el, (t = { score: 0, prose: 0, chars: 0, linkChars: 0, directProse: 0, ownProse: 0, proseBlocks: 0 }));
      t.score += w;
      if (w > 0) {
        t.prose += w;
        t.proseBlocks++;
        if (up === 0) t.ownProse += w;
        if (up <= 1) t.directProse += w;
      }
      if (counted) {
        t.chars += b.text.length;
        t.linkChars += b.linkChars;
      }
      el = el.parent as Element | null;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, t] of tallies) {
    if (t.score <= 0) continue;
    const weighted = t.score * hintFactor(el);
    if (weighted > bestScore) {
      best = el;
      bestScore = weighted;
    }
  }
  if (!best) return { container: null, parts: [], score: 0, overruled, teasers };
  const core = tighten(best, tallies);
  const parts = splitStory(core, tallies);
  const container = parts.length > 1 ? (core.parent as Element) : core;
  return { container, parts, score: bestScore, overruled, teasers };
}

/** Siblings of the core with the same tag and class that also hold prose: the rest of a split story. */
function splitStory(core: Element, tallies: Map<Element, Tally>): Element[] {
  const cls = core.attribs.class?.trim();
  const parent = core.parent;
  if (!cls || !parent || parent.type !== 'tag') return [core];
  const parts = (parent.children ?? []).filter((c): c is Element =>
    c === core || (c.type === 'tag' && (c as Element).name === core.name && (c as Element).attribs.class?.trim() === cls && (tallies.get(c as Element)?.prose ?? 0) > 0));
  return parts.length > 1 ? parts : [core];
}

/**
 * Summing lets a list of teasers (a linked title and a line of prose each) add itself to the story around
 * it. So step down into the child that holds most of the score while what it leaves behind is link-heavy
 * or holds no prose.
 */
function tighten(start: Element, tallies: Map<Element, Tally>): Element {
  let el = start;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    const whole = tallies.get(el)!;
    let child: Element | null = null;
    for (const c of el.children ?? []) {
      const t = c.type === 'tag' ? tallies.get(c as Element) : undefined;
      if (t && t.proseBlocks >= 2 && t.score >= whole.score * CHILD_SHARE && (!child || t.score > tallies.get(child)!.score)) child = c as Element;
    }
    if (!child) break;
    const inner = tallies.get(child)!;
    // Paragraphs standing right beside the child are the same story: never leave them behind.
    if (whole.directProse - inner.ownProse >= REST_MAX_PROSE) break;
    const restChars = whole.chars - inner.chars;
    const restLinks = whole.linkChars - inner.linkChars;
    const restProse = whole.prose - inner.prose;
    const linkHeavy = restChars > 0 && restLinks / restChars > REST_LINK_DENSITY;
    if (!(linkHeavy || restProse < REST_MAX_PROSE)) break;
    el = child;
  }
  return el;
}

/** True when `el` is `ancestor` or lies inside it. */
export function isWithin(el: Element | null, ancestor: Element): boolean {
  for (let up = 0; el && up < 10_000; up++) {
    if (el === ancestor) return true;
    el = el.parent as Element | null;
  }
  return false;
}

/**
 * Teaser cards: the items of a list of other stories, each a linked title with a line or two of summary
 * under it. Their summaries read as prose, so a list of twenty can outweigh the story it follows. A card is
 * told by its shape, not its class: a repeated element (a list item, or one of several siblings with the same
 * tag and class) whose text is short and holds a linked title beside the prose.
 */
import type { Element } from 'domhandler';
import { linkDensity, type Block } from '../blocks/types.js';
import { registrableDomain } from '../load/domain.js';

/** How far up from a block its card may be. */
const MAX_CLIMB = 6;
/** A card's text is a title and a summary; a story section is longer. */
const MAX_CARD_CHARS = 600;
/** The linked title: longer than a "more" link, shorter than a paragraph. */
const TITLE_CHARS = { min: 15, max: 200 };
/** Siblings of the same tag and class that make an element one of a list's items. */
const MIN_REPEATS = 3;

/** True when `el` is one item of a list: a list item, or one of several same-class siblings. */
function isItem(el: Element, repeats: Map<Element, Map<string, number>>): boolean {
  if (el.name === 'li') return true;
  const cls = el.attribs.class?.trim();
  const parent = el.parent;
  if (!cls || !parent || parent.type !== 'tag') return false;
  let counts = repeats.get(parent as Element);
  if (!counts) {
    counts = new Map();
    for (const c of (parent as Element).children ?? []) {
      if (c.type !== 'tag') continue;
      const key = `${(c as Element).name} ${(c as Element).attribs.class?.trim() ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    repeats.set(parent as Element, counts);
  }
  return (counts.get(`${el.name} ${cls}`) ?? 0) >= MIN_REPEATS;
}

interface Card {
  chars: number;
  /** position in the card's `blocks` of its first linked title, or -1 */
  title: number;
  blocks: Block[];
}

/** A linked line of title length whose link stays on the site: another story of the same site. A link
 * elsewhere is a shop or a source, and the item is the story's own (a gift guide's product). */
function isTitle(b: Block, home: string | null): boolean {
  if (linkDensity(b) <= 0.5 || b.text.length < TITLE_CHARS.min || b.text.length > TITLE_CHARS.max || !b.el) return false;
  const href = firstHref(b.el);
  if (href === null) return false;
  if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return true;
  return home !== null && registrableDomain(href) === home;
}

function firstHref(el: Element): string | null {
  const stack: Element[] = [el];
  for (let seen = 0; stack.length && seen < 50; seen++) {
    const e = stack.pop()!;
    if (e.name === 'a' && e.attribs.href) return e.attribs.href;
    const kids = e.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) if (kids[i]!.type === 'tag') stack.push(kids[i] as Element);
  }
  // The block's own element may sit inside the link.
  for (let up: Element | null = el, n = 0; up && up.type === 'tag' && n < 3; up = up.parent as Element | null, n++) if (up.name === 'a' && up.attribs.href) return up.attribs.href;
  return null;
}

/** The blocks of the page that are the summary text of a teaser card. */
export function teaserBlocks(blocks: readonly Block[], url: string | null): Set<Block> {
  const home = registrableDomain(url);
  const repeats = new Map<Element, Map<string, number>>();
  const cards = new Map<Element, Card>();
  for (const b of blocks) {
    let el: Element | null = b.el;
    for (let up = 0; el && el.type === 'tag' && up < MAX_CLIMB; up++, el = el.parent as Element | null) {
      if (!isItem(el, repeats)) continue;
      let card = cards.get(el);
      if (!card) cards.set(el, (card = { chars: 0, title: -1, blocks: [] }));
      card.chars += b.text.length;
      if (card.title < 0 && isTitle(b, home)) card.title = card.blocks.length;
      card.blocks.push(b);
      break;
    }
  }
  const out = new Set<Block>();
  for (const card of cards.values()) {
    if (card.title < 0 || card.chars > MAX_CARD_CHARS) continue;
    // What follows the title is its summary; a link after the text ("Watch the video") is not a title.
    for (const b of card.blocks.slice(card.title + 1)) if (linkDensity(b) <= 0.5) out.add(b);
  }
  return out;
}

import type { Element } from 'domhandler';
import type { MarkupRule, TextRule } from '../clean/rules/index.js';

export type BlockKind = 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'caption' | 'preformatted';

/**
 * One run of text the reader sees as a unit: a paragraph, a heading, a list item, a caption, a line of a
 * plain-text scrape. Both input kinds produce these, so every stage after `blocks/` is shared.
 */
export interface Block {
  index: number;
  text: string;
  kind: BlockKind;
  /** 1–6 for headings, 0 otherwise */
  level: number;
  /** the HTML element that owns the text (`p`, `h2`, `li`, `div`…); null on the text path */
  tag: string | null;
  /** characters of the text that sit inside links */
  linkChars: number;
  /** nesting depth of the owning element (HTML) or 0 (text) */
  depth: number;
  /** the owning element, for content location on the HTML path */
  el: Element | null;
  /** the nearest ancestor that a markup rule marks as boilerplate, if any */
  flag: { el: Element; rule: MarkupRule } | null;
  /** inside a table cell: layout tables and data tables both, treated with care */
  inTable: boolean;
  /** the block ended with a hard line break rather than an element boundary */
  lineBreak?: boolean;
  /**
   * The text rule its wording matches (null: none), set the first time it is asked (clean/text-rules.ts):
   * locating and cleaning both read it. A field, not a WeakMap: 200,000 weak entries cost the collector more
   * than the second reading they save.
   */
  textRule?: TextRule | null;
}

export const linkDensity = (b: Block): number => (b.text.length ? b.linkChars / b.text.length : 0);

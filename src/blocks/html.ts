/**
 * The HTML path: walks the DOM once, without recursion (a page may nest 100,000 elements), and cuts its
 * visible text into Blocks. Markup-rule hits are recorded on the blocks they cover, not acted on: whether
 * a flagged region is boilerplate is decided in clean/, against the located story.
 */
import type { AnyNode, Element } from 'domhandler';
import { matchMarkupRule } from '../clean/markup.js';
import type { MarkupRule } from '../clean/rules/index.js';
import type { Block, BlockKind } from './types.js';

/** Elements that never hold visible story text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'button', 'select', 'option', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'map', 'dialog',
]);

/** Elements that start a new block; everything else is inline and joins the current one. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption',
  'html', 'menu', 'legend', 'picture',
]);

const HEADING = /^h([1-6])$/;

interface Frame {
  el: Element;
  flag: { el: Element; rule: MarkupRule } | null;
  depth: number;
}

export interface WalkOptions {
  /** apply markup rules (off in the relaxed retry) */
  markupRules: boolean;
}

export function htmlToBlocks(root: AnyNode, options: WalkOptions): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let linkDepth = 0;
  let quoteDepth = 0;
  let figureDepth = 0;
  let tableDepth = 0;
  let preDepth = 0;
  const frames: Frame[] = [];

  const flush = (lineBreak: boolean) => {
    const owner = frames[frames.length - 1];
    const clean = preDepth ? text.replace(/[ \t\f\r\u00a0]+/g, ' ').trim() : text.replace(/\s+/g, ' ').trim();
    if (clean && owner) {
      const tag = owner.el.name;
      const heading = HEADING.exec(tag);
      let kind: BlockKind = 'paragraph';
      if (figureDepth || tag === 'figcaption') kind = 'caption';
      else if (heading) kind = 'heading';
      else if (quoteDepth) kind = 'blockquote';
      else if (tag === 'li' || tag === 'dd' || tag === 'dt') kind = 'list-item';
      else if (preDepth) kind = 'preformatted';
      blocks.push({
        index: blocks.length,
        text: clean,
        kind,
        level: heading ? Number(heading[1]) : 0,
        tag,
        linkChars: Math.min(linkChars, clean.length),
        depth: owner.depth,
        // Text straight under the document root has no owning element.
        el: owner.el.type === 'tag' ? owner.el : null,
        flag: owner.flag,
        inTable: tableDepth > 0,
        lineBreak,
      });
    }
    text = '';
    linkChars = 0;
  };

  // Explicit stack of enter/exit steps instead of recursion, as two parallel arrays: an object per step was
  // 600,000 allocations on a page of 200,000 paragraphs, and a third of its time went to collecting them.
  const nodes: AnyNode[] = [root];
  const exits: boolean[] = [false];
  while (nodes.length) {
    const node = nodes.pop()!;
    const exit = exits.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      text += data;
      if (linkDepth) linkChars += data.replace(/\s+/g, '').length + 1;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = node.type === 'root' ? '#root' : el.name;
    if (!exit) {
      if (SKIPPED.has(name) || node.type === 'script' || node.type === 'style') continue;
      if (name === 'br') {
        flush(true);
        continue;
      }
      if (name === 'img' || name === 'hr' || name === 'wbr') continue;
      if (BLOCK_TAGS.has(name) || name === '#root') {
        flush(false);
        const parent = frames[frames.length - 1];
        const rule = options.markupRules && name !== '#root' ? matchMarkupRule(el) : null;
        frames.push({ el, flag: rule ? { el, rule } : parent?.flag ?? null, depth: (parent?.depth ?? -1) + 1 });
      } else if (name === 'a') linkDepth++;
      if (name === 'blockquote') quoteDepth++;
      if (name === 'figure') figureDepth++;
      if (name === 'td' || name === 'th') tableDepth++;
      if (name === 'pre') preDepth++;
      nodes.push(node);
      exits.push(true);
      const children = (el.children ?? []) as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!);
        exits.push(false);
      }
    } else {
      if (BLOCK_TAGS.has(name) || name === '#root') {
        flush(false);
        frames.pop();
      } else if (name === 'a') linkDepth--;
      if (name === 'blockquote') quoteDepth--;
      if (name === 'figure') figureDepth--;
      if (name === 'td' || name === 'th') tableDepth--;
      if (name === 'pre') preDepth--;
    }
  }
  flush(false);
  return blocks;
}

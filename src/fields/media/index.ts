/**
 * Photos of the story: caption and credit split apart, the image's address, duplicates dropped.
 */
import type { Element } from 'domhandler';
import type { Block } from '../../blocks/types.js';
import { descendants } from '../../blocks/dom.js';
import type { Media } from '../../schema.js';
import { clean, foldForCompare, type FieldInput } from '../types.js';

/** A credit at the end of a caption: "… Credit: IDF.", "… (Reuters)", "… Photo: AP", "… /Getty Images". */
const CREDIT_WORD = '(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit|CREDIT|[Ff]oto|[Bb]ild|[Ss]ource)s?(?: [Cc]redit)?';
/** A capitalised name word or an initial; not a sentence's last word with its full stop. */
const NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)";
/**
 * One to four name words: a whole word ends at a space, an initial may touch the next word ("J.Smith"). Words
 * that could also run together would let a line of capitals split a thousand ways.
 */
const NAME_RUN = `(?:\\p{Lu}\\.\\s?|\\p{Lu}[\\p{L}'’-]+\\s){0,3}${NAME_WORD}`;
const TRAILING_CREDIT = new RegExp(
  `(?:^|[\\s.])(?:${CREDIT_WORD}\\s*(?::|by)\\s*([^:]{2,80}?)|\\(([^()]{2,60})\\)|(${NAME_RUN}\\s?\\/\\s?${NAME_RUN}))\\.?\\s*$`,
  'u',
);
const CREDIT_ONLY = /^(?:(?:photo|photograph|image|picture|credit|foto|bild|source)s?(?: credit)?\s*(?::|by)\s*)?(\S.{1,79}?)\.?$/i;

export function splitCaption(text: string): { caption: string | null; credit: string | null } {
  const m = TRAILING_CREDIT.exec(text);
  if (!m) return { caption: clean(text) || null, credit: null };
  const credit = clean(m[1] ?? m[2] ?? m[3]);
  const caption = clean(text.slice(0, m.index + (m[0].startsWith(' ') || m[0].startsWith('.') ? 1 : 0)));
  return { caption: caption || null, credit: credit || null };
}

function figureOf(b: Block): Element | null {
  let el = b.el;
  for (let up = 0; el && up < 6 && el.type === 'tag'; up++) {
    if (el.name === 'figure') return el;
    el = el.parent as Element | null;
  }
  return b.el;
}

function imageSource(figure: Element | null, input: FieldInput): string | null {
  if (!figure || !input.$) return null;
  const img = input.$(descendants(figure, (d) => d.name === 'img', 1));
  const src = img.attr('src') ?? img.attr('data-src') ?? img.attr('srcset')?.split(/\s+/)[0] ?? null;
  if (!src || src.startsWith('data:')) return null;
  try {
    return new URL(src, input.url ?? undefined).href;
  } catch {
    return src;
  }
}

const isCreditBlock = (b: Block) => b.flag?.rule.category === 'credit' || /^(?:photo|image|picture|credit)s?(?: credit)?\s*:/i.test(b.text);

export function extractMedia(input: FieldInput, captions: Block[]): Media[] {
  const groups = new Map<Element | Block, Block[]>();
  for (const b of captions) {
    const key = figureOf(b) ?? b;
    const list = groups.get(key);
    if (list) list.push(b);
    else groups.set(key, [b]);
  }
  const media: Media[] = [];
  const seen = new Set<string>();
  for (const [key, blocks] of groups) {
    const creditBlocks = blocks.filter(isCreditBlock);
    const captionBlocks = blocks.filter((b) => !isCreditBlock(b));
    const split = splitCaption(captionBlocks.map((b) => b.text).join(' '));
    const credit = creditBlocks.length ? clean(creditBlocks.map((b) => b.text.replace(CREDIT_ONLY, '$1')).join(' ')) : split.credit;
    const item: Media = { caption: split.caption, credit: credit || null, src: 'type' in key ? imageSource(key as Element, input) : null };
    const id = foldForCompare(`${item.caption ?? ''}|${item.credit ?? ''}`);
    if (seen.has(id)) continue;
    seen.add(id);
    media.push(item);
  }
  return media;
}

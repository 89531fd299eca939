/**
 * Authors, from the most structured source that names people: JSON-LD author objects, author meta tags,
 * marked-up byline elements, then "By …" lines at the article's top.
 */
import type { Element } from 'domhandler';
import { blockHints, headerZone } from '../zone.js';
import { clean, jsonStrings, type FieldInput } from '../types.js';
import { isPersonName, splitNames } from './names.js';

const BYLINE_HINTS = new Set(['byline', 'bylines', 'author', 'authors', 'authorname', 'byline-name', 'bylinename', 'writer', 'contributor', 'creator']);
const BY_LINE = /^(?:by|von|par|por|door|przez)\s+\p{Lu}/iu;
const META_AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'cxenseparse:author', 'twitter:creator:name'];

function fromJsonLd(input: FieldInput, siteName: string | null): string[] {
  for (const node of input.meta?.articles ?? []) {
    const authors = node.author ?? node.creator;
    if (!authors) continue;
    const list = Array.isArray(authors) ? authors : [authors];
    const people = list.filter((a) => !(a && typeof a === 'object' && /Organization/.test(String((a as Record<string, unknown>)['@type']))));
    const names = jsonStrings(people).flatMap(splitNames).filter((n) => !siteName || n.toLowerCase() !== siteName.toLowerCase());
    if (names.length) return names;
  }
  return [];
}

function fromMeta(input: FieldInput): string[] {
  for (const key of META_AUTHOR_KEYS) {
    const values = input.meta?.meta.get(key) ?? [];
    const names = values.filter((v) => !/^https?:/.test(v)).flatMap(splitNames);
    if (names.length) return names;
  }
  return [];
}

function fromMarkup(input: FieldInput): string[] {
  const { $ } = input;
  if (!$) return [];
  const names: string[] = [];
  $('[rel~="author"], [itemprop~="author"]').each((_, el) => {
    const e = el as Element;
    const name = clean(e.attribs.content ?? $(e).find('[itemprop~="name"]').first().text() ?? '') || clean($(e).text());
    for (const n of splitNames(name)) if (!names.includes(n)) names.push(n);
  });
  return names.slice(0, 8);
}

function fromHeaderText(input: FieldInput, headline: string | null): string[] {
  const zone = headerZone(input, headline);
  const pool = [...zone.after, ...input.header, ...input.body.slice(0, 1)];
  for (const b of pool) {
    if (b.text.length > 160) continue;
    if (BY_LINE.test(b.text) || blockHints(b).some((w) => BYLINE_HINTS.has(w))) {
      const names = splitNames(b.text);
      if (names.length) return names;
    }
  }
  // "Jane Doe | Reuters" lines on plain-text pages.
  for (const b of zone.after) {
    const m = /^([^|]{4,60})\s\|\s/.exec(b.text);
    if (m && isPersonName(m[1]!.trim())) return [m[1]!.trim()];
  }
  return [];
}

export function extractAuthors(input: FieldInput, headline: string | null, siteName: string | null): string[] {
  const found = [fromJsonLd(input, siteName), fromMeta(input), fromMarkup(input), fromHeaderText(input, headline)].find((l) => l.length);
  if (!found) {
    input.diagnostics.info('authors.missing', 'no person is named as author in JSON-LD, meta tags, byline markup or a "By" line');
    return [];
  }
  return found;
}

/**
 * Authors, from the most structured source that names people: JSON-LD author objects, author meta tags,
 * marked-up byline elements, then "By …" lines at the article's top.
 */
import type { Element } from 'domhandler';
import { descendants, perElement } from '../../blocks/dom.js';
import { blockHints, headerZone } from '../zone.js';
import { clean, jsonStrings, type FieldInput } from '../types.js';
import { isPersonName, splitNames } from './names.js';

const BYLINE_HINTS = new Set(['byline', 'bylines', 'author', 'authors', 'authorname', 'byline-name', 'bylinename', 'writer', 'contributor', 'creator']);
/** "By", and the word for it in other languages ("Von", "Par", "Door", "Di", "Av", "Af", "Autor:", "Texte :"). */
const BY_LINE = /^(?:(?:written|posted|reported)\s+by|by|von|par|por|door|di|av|af|przez|(?:autor(?:in)?|text|texte)\s?:)\s+\p{Lu}/iu;
/** How many blocks before the body a byline may stand (meta rows, share bars and photos come between). */
const NEAR_BODY = 30;
const META_AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'cxenseparse:author', 'twitter:creator:name'];

/** Resolves `{"@id": …}` references (Yoast and other graph writers) to the node they name. */
function resolveRefs(list: unknown[], input: FieldInput): unknown[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const n of input.meta?.nodes ?? []) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  return list.map((a) => {
    if (!a || typeof a !== 'object') return a;
    const o = a as Record<string, unknown>;
    return typeof o['@id'] === 'string' && o.name === undefined ? byId.get(o['@id']) ?? a : a;
  });
}

function fromJsonLd(input: FieldInput, siteName: string | null): string[] {
  for (const node of input.meta?.articles ?? []) {
    const authors = node.author ?? node.creator;
    if (!authors) continue;
    const list = resolveRefs(Array.isArray(authors) ? authors : [authors], input);
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
    const nameEl = descendants(e, (d) => (d.attribs.itemprop ?? '').split(/\s+/).includes('name'), 1)[0];
    const name = clean(e.attribs.content ?? (nameEl ? $(nameEl).text() : '')) || clean($(e).text());
    for (const n of splitNames(name)) if (!names.includes(n)) names.push(n);
  });
  return names.slice(0, 8);
}

function fromHeaderText(input: FieldInput, headline: string | null): string[] {
  const zone = headerZone(input, headline);
  const bodyStart = input.body[0]?.index ?? input.blocks.length;
  const nearBody = input.blocks.slice(Math.max(0, bodyStart - NEAR_BODY), bodyStart).reverse();
  const pool = [...zone.after, ...zone.before, ...input.header, ...nearBody, ...input.body.slice(0, 1)];
  const linkedNames = perElement((el) => descendants(el, (d) => d.name === 'a').flatMap((a) => splitNames(input.$!(a).text())));
  for (const b of pool) {
    if (b.text.length > 160) continue;
    if (BY_LINE.test(b.text) || blockHints(b).some((w) => BYLINE_HINTS.has(w))) {
      // The links of a byline are the names; the rest is "By", roles and the newsroom.
      const linked = input.$ && b.el ? linkedNames(b.el) : [];
      const names = linked.length ? linked : splitNames(b.text);
      if (names.length) return [...new Set(names)];
    }
  }
  // "Jane Doe | Reuters" lines on plain-text pages.
  for (const b of zone.after) {
    const m = /^([^|]{4,60})\s\|\s/.exec(b.text);
    if (m && isPersonName(m[1]!.trim())) return [m[1]!.trim()];
  }
  return [];
}

/** The site, its publisher and its host name are outlets, not authors ("Le Figaro", "Condé Nast"). */
function outletNames(input: FieldInput, siteName: string | null): (name: string) => boolean {
  const outlets = new Set<string>();
  const squash = (x: string) => x.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
  if (siteName) outlets.add(squash(siteName));
  for (const node of input.meta?.articles ?? []) for (const p of jsonStrings(node.publisher)) outlets.add(squash(p));
  let host = '';
  try {
    host = input.url ? new URL(input.url).hostname.replace(/^www\./, '').split('.')[0]!.replace(/[^a-z0-9]/g, '') : '';
  } catch {
    /* no usable URL */
  }
  return (name) => {
    const n = squash(name);
    return outlets.has(n) || (host.length > 3 && (n.includes(host) || host.includes(n)));
  };
}

export function extractAuthors(input: FieldInput, headline: string | null, siteName: string | null): string[] {
  const isOutlet = outletNames(input, siteName);
  const found = [fromJsonLd(input, siteName), fromMeta(input), fromMarkup(input), fromHeaderText(input, headline)]
    .map((names) => names.filter((n) => !isOutlet(n)))
    .find((l) => l.length);
  if (!found) {
    input.diagnostics.info('authors.missing', 'no person is named as author in JSON-LD, meta tags, byline markup or a "By" line');
    return [];
  }
  return found;
}

/**
 * Authors, weighed over every source that names people: JSON-LD author objects, each author meta tag, author
 * markup, the "By …" line at the article's top, byline elements anywhere in the story, and links to an author's
 * page. The first source another confirms wins. When no person is named, a handle the post is signed with is its
 * author ("nightowl42"); else the desk or agency that JSON-LD or the meta tags credit is returned apart, as `credits`.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { Block } from '../../blocks/types.js';
import { descendants, forEachElement, perElement, precedes } from '../../blocks/dom.js';
import { isWithin } from '../../clean/locate.js';
import { hintWords } from '../../clean/markup.js';
import { blockHints, headerZone } from '../zone.js';
import { clean, jsonStrings, squash, type FieldInput } from '../types.js';
import { isHandle, isPersonName, splitNames } from './names.js';

/** Class and id words of a byline element, in English and in the languages of the news ("autor", "auteur", "forfatter"). */
const BYLINE_HINTS = new Set(['byline', 'bylines', 'author', 'authors', 'authorname', 'byline-name', 'bylinename', 'writer', 'contributor', 'creator',
  'autor', 'autoren', 'autorin', 'autorname', 'auteur', 'auteurs', 'autore', 'autori', 'autores', 'forfatter', 'forfattere', 'verfasser', 'skribent', 'auteurnaam']);
/** "By", and the word for it in other languages ("Von", "Par", "Door", "Di", "Av", "Af", "Autor:", "Texte :"). */
const BY_LINE = /^(?:(?:written|posted|reported)\s+by|by|von|par|por|door|di|av|af|przez|(?:autor(?:in)?|text|texte)\s?:)\s+\p{Lu}/iu;
/** A byline set as "— Jane Doe" (an em or en dash, then the name). */
const DASH_LINE = /^[—–]\s*(?=\p{Lu})/u;
/** How many blocks before the body a byline may stand (meta rows, share bars and photos come between). */
const NEAR_BODY = 30;
const META_AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'cxenseparse:author', 'twitter:creator:name'];

/**
 * Each JSON-LD article's authors (or creators), one list per article, with `{"@id": …}` references (Yoast and other
 * graph writers) resolved to the node they name. Read once: the people and the credits both come from it.
 */
function jsonLdAuthors(input: FieldInput): unknown[][] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const n of input.meta?.nodes ?? []) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const resolve = (a: unknown) => {
    if (!a || typeof a !== 'object') return a;
    const o = a as Record<string, unknown>;
    return typeof o['@id'] === 'string' && o.name === undefined ? byId.get(o['@id']) ?? a : a;
  };
  return (input.meta?.articles ?? []).map((node) => [node.author ?? node.creator ?? []].flat().map(resolve));
}

function fromJsonLd(lists: unknown[][], siteName: string | null): string[] {
  for (const list of lists) {
    const people = list.filter((a) => !(a && typeof a === 'object' && /Organization/.test(String((a as Record<string, unknown>)['@type']))));
    const names = jsonStrings(people).flatMap(splitNames).filter((n) => !siteName || n.toLowerCase() !== siteName.toLowerCase());
    if (names.length) return names;
  }
  return [];
}

/** One list per meta key: pages fill `author` with the publisher and `article:author` with the writer. */
function fromMeta(input: FieldInput): string[][] {
  return META_AUTHOR_KEYS.map((key) => (input.meta?.meta.get(key) ?? []).filter((v) => !/^https?:/.test(v)).flatMap(splitNames));
}

function fromMarkup(input: FieldInput): string[] {
  const { $ } = input;
  if (!$) return [];
  const found: { el: Element; names: string[] }[] = [];
  $('[rel~="author"], [itemprop~="author"]').each((_, el) => {
    const e = el as Element;
    if (inElsewhere(e)) return;
    const nameEl = descendants(e, (d) => (d.attribs.itemprop ?? '').split(/\s+/).includes('name'), 1)[0];
    const name = clean(e.attribs.content ?? (nameEl ? $(nameEl).text() : '')) || clean($(e).text());
    const names = splitNames(name);
    if (names.length) found.push({ el: e, names });
  });
  // The story's own: inside its container, else before it; author links elsewhere sign other stories.
  const own = placed(input, found);
  return [...new Set((own.length ? own : found).flatMap((f) => f.names))].slice(0, 8);
}

/** The entries inside the story's container if any are, else those before the story's first block. */
function placed<T extends { el: Element }>(input: FieldInput, list: T[]): T[] {
  const { container } = input;
  const inside = container ? list.filter((f) => isWithin(f.el, container)) : [];
  if (inside.length) return inside;
  const first = input.body[0]?.el;
  return first ? list.filter((f) => precedes(f.el, first)) : [];
}

/**
 * The names in a byline element: its links are the names (the rest is "By", roles and the newsroom); else one
 * name per innermost element when it sets several side by side without a separator ("<span>Birgit Baumann</span>
 * <span>Anna Giulia Fink</span>"); else its text split at "and" and commas.
 */
function namesInByline($: CheerioAPI, el: Element): string[] {
  const namesIn = (test: (d: Element) => boolean) => descendants(el, test).flatMap((d) => splitNames($(d).text()));
  const linked = namesIn((d) => d.name === 'a');
  if (linked.length) return linked;
  const leaves = namesIn((d) => !d.children.some((c) => c.type === 'tag'));
  if (leaves.length > 1) return leaves;
  const whole = splitNames($(el).text());
  return whole.length ? whole : leaves;
}

/** Where a byline line may stand: under the headline, above it, in the article's top, just before the body, or
 * as its first block. */
function bylinePool(input: FieldInput, headline: string | null) {
  const zone = headerZone(input, headline);
  const bodyStart = input.body[0]?.index ?? input.blocks.length;
  const nearBody = input.blocks.slice(Math.max(0, bodyStart - NEAR_BODY), bodyStart).reverse();
  return { zone, pool: [...zone.after, ...zone.before, ...input.header, ...nearBody, ...input.body.slice(0, 1)] };
}

function fromHeaderText(input: FieldInput, { zone, pool }: ReturnType<typeof bylinePool>): string[] {
  const namesOf = perElement((el) => namesInByline(input.$!, el));
  for (const b of pool) {
    if (b.text.length > 160) continue;
    if (BY_LINE.test(b.text) || blockHints(b).some((w) => BYLINE_HINTS.has(w))) {
      // The links of a byline are the names; the rest is "By", roles and the newsroom.
      // A byline linked whole, "By" and date too, is a card that leads to another story.
      if (b.linkChars >= b.text.length) continue;
      const line = squash(b.text);
      // The block's element may hold more than the block (a list whose cards flow inline): its names must be in the line.
      const names = (input.$ && b.el ? namesOf(b.el) : splitNames(b.text)).filter((n) => line.includes(squash(n)));
      if (names.length) return [...new Set(names)];
    }
  }
  // "Jane Doe | Reuters" lines on plain-text pages, and "— Jane Doe" set under the headline. Only there: a dash
  // line further down signs a quotation or an epigraph.
  for (const b of zone.after) {
    if (DASH_LINE.test(b.text) && b.text.length <= 80) {
      const names = splitNames(b.text.replace(DASH_LINE, ''));
      if (names.length) return names;
    }
    const m = /^([^|]{4,60})\s\|\s/.exec(b.text);
    if (m && isPersonName(m[1]!.trim())) return [m[1]!.trim()];
  }
  return [];
}

/** A cheap test on the raw class and id before splitting them into hint words. */
const MAYBE_BYLINE_CLASS = /auth|byl|writer|contrib|creator|autor|auteur|autore|forfatter|verfasser|skribent/i;
/** Author elements in these places name other stories' or commenters' authors. */
const ELSEWHERE = new Set(['comment', 'comments', 'respond', 'reply', 'related', 'recommended', 'teaser', 'teasers', 'card', 'cards', 'sidebar', 'widget', 'footer', 'newsletter']);
const MAX_HINTED = 20;

/** Class and id words, camelCase split too ("metaInfoAuthorList" → meta, info, author, list). */
const classWords = (classAndId: string) => classAndId.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[\s_-]+/);

function inElsewhere(el: Element): boolean {
  // The page's own classes ("react-widget" on <body>) say nothing about where in it the element stands.
  for (let up: Element | null = el; up && up.type === 'tag' && up.name !== 'body' && up.name !== 'html'; up = up.parent as Element | null) {
    if (hintWords(up).some((w) => ELSEWHERE.has(w))) return true;
  }
  return false;
}

/** A link to an author's page: "/author/jane-doe/", "/autoren/508-andre-klein", "/auteur/…". Not "/people/",
 * "/staff/" or "/profile/": those also lead to pages about the people a story is about. */
const AUTHOR_PATH = /\/(?:authors?|autor(?:en|in)?|auteurs?|autores?|autori|forfatter|journalists?|redakteur(?:e|in)?|writers?|columnists?)\/[^/?#]+/i;

/**
 * Two sources read in one walk of the page. Elements whose class or id says author or byline (`.byline`,
 * `.author-name`, `.document_authors`), anywhere: cleaning may drop a byline as a link row, and some pages
 * sign the story at its end; the first inside the story's container wins, else the first before it. And the
 * names linked to an author's page, in the container or before it.
 */
function fromPageMarkup(input: FieldInput): { hinted: string[]; linked: string[] } {
  const { $ } = input;
  const root = $?.root()[0];
  if (!$ || !root) return { hinted: [], linked: [] };
  const hinted: { el: Element; names: string[] }[] = [];
  const linked: { el: Element; names: string[] }[] = [];
  forEachElement(root, (el) => {
    if (el.name === 'a' && linked.length < MAX_HINTED && AUTHOR_PATH.test(el.attribs.href ?? '') && !inElsewhere(el)) {
      const names = splitNames($(el).text());
      if (names.length) linked.push({ el, names });
    }
    if (hinted.length >= MAX_HINTED || (el.attribs.class === undefined && el.attribs.id === undefined)) return true;
    const classAndId = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (!MAYBE_BYLINE_CLASS.test(classAndId)) return true;
    if (!classWords(classAndId).some((w) => BYLINE_HINTS.has(w)) || inElsewhere(el)) return true;
    const text = clean($(el).text());
    if (!text || text.length > 160) return true;
    const names = namesInByline($, el);
    if (names.length) hinted.push({ el, names: [...new Set(names)] });
    return true;
  });
  return { hinted: placed(input, hinted)[0]?.names ?? [], linked: [...new Set(placed(input, linked).flatMap((f) => f.names))].slice(0, 8) };
}

/** The site, its publisher and its host name are outlets, not authors ("Le Figaro", "Condé Nast"). */
function outletNames(input: FieldInput, siteName: string | null): (name: string) => boolean {
  const outlets = new Set<string>();
  // squash keeps letters of any script: a name in Han or Cyrillic letters squashed to nothing matched every host.
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
    if (outlets.has(n)) return true;
    // A short host ("mdr", "srf", "nrk") is matched as the name's first word: "MDR Thüringen" is the broadcaster's desk.
    if (host.length <= 3) return host.length >= 2 && name.split(/\s+/)[0]!.toLowerCase() === host;
    return n.length > 0 && (n.includes(host) || host.includes(n));
  };
}

/** A credit that is no person's name: a desk, an agency, a pen name or a handle ("Redaktion", "AFP", "nightowl42"); handles are taken out as authors. */
function asCredit(raw: string): string | null {
  const text = clean(raw).replace(LEAD_WORD, '').trim();
  if (text.length < 2 || text.length > 60 || text.split(/\s+/).length > 6) return null;
  // A URL, an e-mail address, or no letter at all (a date, a number).
  if (/^(?:https?:|www\.)/.test(text) || /@[^\s@.]+\./.test(text) || !/\p{L}/u.test(text)) return null;
  return text;
}
const LEAD_WORD = /^(?:by|von|par|por|door|di|av|af|przez)\s+/i;

/** A handle's byline is the handle and a date: a longer line starting "By" is a sentence ("By iOS17, Apple…"). */
const MAX_HANDLE_LINE = 80;

/** "By" and the token after it: "by nightowl42", "Published By : jane_doe". */
const HANDLE_BY = /\bby(?=[\s:])\s*(?::\s*)?([^\s,|•·:]+)/gi;
/** What may stand before that "by": nothing, or the word for publishing after a date. "Photo by", "Powered by",
 * "Hosted by" credit a photographer, a vendor or a host. */
const SIGNING_WORD = /(?:^|\b(?:published|posted|written))\s*$/i;

/** The handle a byline line signs with, "By" opening it or after the word for publishing: "by nightowl42, Dec 19th
 * 2023", "December 12, 2023 Published By : jane_doe". */
function bylineHandle(pool: Block[]): string | null {
  for (const b of pool) {
    if (b.text.length > MAX_HANDLE_LINE) continue;
    for (const m of b.text.matchAll(HANDLE_BY)) {
      if (SIGNING_WORD.test(b.text.slice(0, m.index)) && isHandle(m[1]!)) return m[1]!;
    }
  }
  return null;
}

/** What JSON-LD and meta tags credit, people or not: read only when the page names no person anywhere. */
function structuredCredits(input: FieldInput, jsonLd: unknown[][]): string[] {
  const raw: string[] = jsonLd.flatMap((list) => jsonStrings(list));
  for (const key of META_AUTHOR_KEYS) raw.push(...(input.meta?.meta.get(key) ?? []));
  const credits: string[] = [];
  for (const r of raw) {
    const c = asCredit(r);
    if (c && !credits.some((x) => x.toLowerCase() === c.toLowerCase())) credits.push(c);
  }
  return credits.slice(0, 4);
}

/**
 * The sources weighed against each other: the first, in the order above, that another source confirms in at
 * least one name (pages fill `meta[name=author]` with the publisher and `article:author` with the writer); the
 * first of all when none confirms another.
 */
function agreed(sources: string[][]): string[] | undefined {
  // First and last word: "André Oliver KLEIN" in JSON-LD is the "André Klein" of the byline.
  const key = (n: string) => {
    const w = n.toLowerCase().split(/\s+/);
    return `${w[0]} ${w[w.length - 1]}`;
  };
  const confirmed = (list: string[], i: number) => list.some((name) => sources.some((other, j) => j !== i && other.some((o) => key(o) === key(name))));
  return sources.find(confirmed) ?? sources[0];
}

export interface Byline {
  /** the people who wrote the story */
  authors: string[];
  /** what the page credits when it names no person and signs with no handle: a desk or an agency */
  credits: string[];
}

export function extractAuthors(input: FieldInput, headline: string | null, siteName: string | null): Byline {
  const isOutlet = outletNames(input, siteName);
  const page = fromPageMarkup(input);
  const jsonLd = jsonLdAuthors(input);
  const lines = bylinePool(input, headline);
  const sources = [fromJsonLd(jsonLd, siteName), ...fromMeta(input), fromMarkup(input), fromHeaderText(input, lines), page.hinted, page.linked]
    .map((names) => names.filter((n) => !isOutlet(n)))
    .filter((l) => l.length);
  const found = agreed(sources);
  if (found) return { authors: found, credits: [] };
  // A post signed with a handle or pen name and no person's name: the handle is its author.
  const credits = structuredCredits(input, jsonLd).filter((n) => !isOutlet(n));
  const handle = bylineHandle(lines.pool) ?? credits.find(isHandle);
  if (handle && !isOutlet(handle)) {
    input.diagnostics.info('authors.handle', `no person is named; the page signs with the handle "${handle}"`);
    return { authors: [handle], credits: [] };
  }
  input.diagnostics.info('authors.missing', 'no person is named as author in JSON-LD, meta tags, byline markup or a "By" line');
  // A desk or an agency only when no person is named, and never mixed with people.
  if (credits.length) input.diagnostics.info('credits.instead-of-authors', `no person is named as author; the page credits ${credits.map((c) => `"${c}"`).join(', ')}`);
  return { authors: [], credits };
}

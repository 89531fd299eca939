import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { decodeHTML } from 'entities';
import type { Block } from '../blocks/types.js';
import type { PageMeta, JsonObject } from '../blocks/metadata.js';
import type { Diagnostics } from '../diagnostics.js';
import type { ResolvedOptions } from '../options.js';

/** What every field extractor may read. HTML-only sources are null on the text path. */
export interface FieldInput {
  $: CheerioAPI | null;
  meta: PageMeta | null;
  blocks: Block[];
  header: Block[];
  body: Block[];
  /** photo captions and credits: dates and names in them are about the photo, not the article */
  captions: Block[];
  container: Element | null;
  url: string | null;
  options: ResolvedOptions;
  diagnostics: Diagnostics;
}

/** Whitespace folded; entities a publisher escaped twice decoded. */
/** A tag inside a value: publishers put markup in meta content and JSON-LD ("A <i>big</i> day", "<a href=…>Jane Doe</a>"). */
const TAG = /<\/?[a-zA-Z][^<>]*>/g;

/** A page string as a field value: entities decoded (publishers escape twice), tags dropped, whitespace folded. */
export const clean = (s: unknown): string => (typeof s === 'string' ? (s.includes('&') ? decodeHTML(s) : s).replace(TAG, ' ').replace(/\s+/g, ' ').trim() : '');

/** The meta values for the first key that has one. */
export function metaValue(meta: PageMeta | null, ...keys: string[]): string | null {
  if (!meta) return null;
  for (const k of keys) {
    const v = meta.meta.get(k)?.find((x) => x.trim());
    if (v) return clean(v);
    const p = meta.itemprops.get(k)?.find((x) => x.trim());
    if (p) return clean(p);
  }
  return null;
}

/** Strings out of a JSON-LD value: a string, an object with a name or @value, or an array of those. */
export function jsonStrings(value: unknown, key = 'name'): string[] {
  const out: string[] = [];
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length && i < 200; i++) {
    const v = queue[i];
    if (typeof v === 'string') out.push(clean(v));
    else if (Array.isArray(v)) queue.push(...v.slice(0, 50));
    else if (v && typeof v === 'object') {
      const o = v as JsonObject;
      const inner = o[key] ?? o['@value'];
      if (typeof inner === 'string') out.push(clean(inner));
    }
  }
  return out.filter(Boolean);
}

export function firstJson(meta: PageMeta | null, key: string): string | null {
  for (const node of meta?.articles ?? []) {
    const v = jsonStrings(node[key])[0];
    if (v) return v;
  }
  return null;
}

export const foldForCompare = (s: string) =>
  s.toLowerCase().normalize('NFKC').replace(/[\u2018\u2019\u201c\u201d"'`´]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Letters and digits only, of any script, accents dropped: "Condé Nast" → "condenast", "BBC News" → "bbcnews". */
export const squash = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

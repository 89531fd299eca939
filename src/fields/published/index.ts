/**
 * publishedAt and modifiedAt. Candidates, most trusted first: the option, JSON-LD, meta tags and microdata,
 * <time> elements in the article's top, the URL, then dates written in the article's top. The first that
 * normalises to a plausible date wins; its raw value is kept beside the ISO form. With none of these, the
 * modification date, and last the day in the share image's path.
 */
import type { Element } from 'domhandler';
import type { DateValue } from '../../schema.js';
import { perElement, precedes } from '../../blocks/dom.js';
import { isWithin } from '../../clean/locate.js';
import { headerZone } from '../zone.js';
import { firstJson, type FieldInput } from '../types.js';
import { fromText, toIso } from './iso.js';

const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'publish-date', 'publishdate',
  'publish_date', 'pubdate', 'publication_date', 'date', 'article.published', 'cxenseparse:recs:publishtime', 'article_date_original',
  'originalpublicationdate', 'displaydate', 'release_date', 'datecreated', 'og:pubdate', 'citation_publication_date'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dc.date.modified', 'dcterms.modified', 'lastmod', 'article:modified'];
const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
const URL_DATE_LOOSE = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/;

const value = (raw: string, source: DateValue['source'], reference?: Date): DateValue | null => {
  const iso = toIso(raw, reference);
  return iso ? { iso, raw: raw.slice(0, 200), source } : null;
};

/**
 * A <time>'s date: its datetime attribute, unless the text it shows gives another day ("Publié le 29 juin 2019"
 * on a datetime of July 3): readers see the text, and an attribute that disagrees by more than a time zone is
 * a server stamp.
 */
function timeValue(t: { datetime: string; text: string }): DateValue | null {
  const attr = value(t.datetime || t.text, 'time-element');
  if (!attr || !t.datetime || !t.text) return attr;
  const shown = fromText(t.text);
  if (!shown || shown.length < 10) return attr;
  const apart = Math.abs(Date.parse(shown.slice(0, 10)) - Date.parse(attr.iso.slice(0, 10)));
  return apart > 86_400_000 ? { iso: shown, raw: t.text.slice(0, 200), source: 'time-element' } : attr;
}

function fromMeta(input: FieldInput, keys: string[]): DateValue | null {
  const meta = input.meta;
  if (!meta) return null;
  for (const key of keys) {
    for (const raw of [...(meta.meta.get(key) ?? []), ...(meta.itemprops.get(key) ?? [])]) {
      const v = value(raw, 'meta');
      if (v) return v;
    }
  }
  return null;
}

function fromTimeElements(input: FieldInput, modified: boolean): DateValue | null {
  const times = input.meta?.times ?? [];
  const wanted = (t: { el: Element }) => {
    const words = `${t.el.attribs.class ?? ''} ${t.el.attribs.itemprop ?? ''} ${(t.el.parent as Element | null)?.attribs?.class ?? ''}`.toLowerCase();
    return modified ? /updat|modif/.test(words) : !/updat|modif/.test(words);
  };
  const container = input.container;
  // Prefer a <time> in or right above the story over one in a sidebar list.
  const ordered = [
    ...times.filter((t) => wanted(t) && 'pubdate' in t.el.attribs),
    ...times.filter((t) => wanted(t) && container && (isWithin(t.el, container) || isWithin(container, t.el.parent as Element))),
  ];
  for (const t of ordered) {
    const v = timeValue(t);
    if (v) return v;
  }
  return null;
}

/**
 * A <time> outside the story. Above the body, the one nearest to it is usually the story's own (a forum thread's
 * start date; a list of other stories' times may come first on the page); below it, a <time> usually belongs to
 * a teaser card of other stories, so a date written in the article's top outranks it.
 */
function fromFirstTime(input: FieldInput, aboveBody: boolean): DateValue | null {
  const times = (input.meta?.times ?? []).filter((t) => !/updat|modif/i.test(`${t.el.attribs.class ?? ''} ${t.el.attribs.itemprop ?? ''}`));
  const start = input.body[0]?.el;
  if (!start) return aboveBody && times[0] ? timeValue(times[0]) : null;
  // Above the story, the nearest <time> to it: a list of other stories' times may come first on the page.
  const above = times.filter((t) => precedes(t.el, start));
  const pick = aboveBody ? above[above.length - 1] : times.find((t) => !precedes(t.el, start));
  return pick ? timeValue(pick) : null;
}

function fromUrl(url: string | null): DateValue | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not a URL: search the raw string */
  }
  const m = URL_DATE.exec(path) ?? URL_DATE_LOOSE.exec(path);
  if (!m) return null;
  const iso = toIso(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return iso ? { iso, raw: m[0], source: 'url' } : null;
}

/** Class or id of an element that shows a date: "post-date", "fbdatum", "entry-meta", "fecha". */
const DATE_HINT = /date|datum|fecha|data-pub|time|publish|posted|byline|metadata|postmeta|postinfo|post-info|(?:^|[\s_-])(?:meta|info)(?:$|[\s_-])/i;
/** A block that is only a date ("23.01.2019", "Dec. 17, 2023 11:15"). */
const DATE_ONLY = /^[\s\p{L}.,:|·-]{0,20}\d{1,4}[./\s-][\p{L}\d]{1,10}\.?[./\s-]\s?\d{2,4}(?:[,\s|·-]{1,4}\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?[\s\p{L}]{0,12}$/iu;
const SCAN_BEFORE_BODY = 25;
/** A line marked as post metadata may run on ("Posted on … in … Comments are closed…"). */
const MAX_HINTED = 600;

/** Dates shown on the page: the article's top first, then elements marked as dates, then the lines just
 * before and at the start of the body. */
function fromPageText(input: FieldInput, headline: string | null, language: string | null): DateValue | null {
  const zone = headerZone(input, headline);
  const bodyStart = input.body[0]?.index ?? input.blocks.length;
  const hints = perElement(hintsDate);
  const hinted = input.blocks.filter((b) => b.text.length <= MAX_HINTED && b.el && hints(b.el));
  const nearBody = input.blocks.slice(Math.max(0, bodyStart - SCAN_BEFORE_BODY), bodyStart);
  const captionTexts = new Set(input.captions.map((c) => c.text));
  const photo = new Set(input.blocks.filter((b) => captionTexts.has(b.text)));
  const isHinted = new Set(hinted);
  const pool = [...zone.before, ...zone.after, ...input.header, ...hinted, ...nearBody, ...input.body.slice(0, 2)]
    .filter((b) => (b.text.length <= 300 || isHinted.has(b)) && !photo.has(b) && b.kind !== 'caption');
  for (const b of pool) {
    const iso = fromText(b.text, undefined, language);
    if (iso) return { iso, raw: b.text.slice(0, 200), source: 'text' };
  }
  // Last, a line that is nothing but a date: above the body first, then anywhere on the page.
  for (const b of [...input.blocks.slice(0, bodyStart), ...input.blocks.slice(bodyStart)]) {
    // The digit test first: it is what most lines fail, and far cheaper than the pattern (200,000 lines).
    if (b.text.length > 40 || !/\d/.test(b.text) || photo.has(b) || !DATE_ONLY.test(b.text)) continue;
    const iso = fromText(b.text, undefined, language);
    if (iso) return { iso, raw: b.text, source: 'text' };
  }
  return null;
}

/** The element, or an inline element inside it ("<span class="fbdatum">"), is marked as a date. */
function hintsDate(el: Element): boolean {
  const marked = (e: Element) => (e.attribs.class !== undefined || e.attribs.id !== undefined) && DATE_HINT.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`);
  if (marked(el)) return true;
  for (const child of el.children ?? []) {
    if (child.type === 'tag' && marked(child as Element)) return true;
  }
  return false;
}

/** Meta tags of any name that say "date" or "published" and hold an ISO timestamp (vendor tags). */
function fromAnyDateMeta(input: FieldInput): DateValue | null {
  for (const [key, values] of input.meta?.meta ?? []) {
    if (!/(?:publish|created|date|released|uploaded)/.test(key) || /modif|updat|expir|revis/.test(key)) continue;
    for (const raw of values) {
      if (!/^\d{4}-\d{2}-\d{2}/.test(raw)) continue;
      const v = value(raw, 'meta');
      if (v) return v;
    }
  }
  return null;
}

export function optionDate(d: string | Date): DateValue {
  if (d instanceof Date) return { iso: d.toISOString(), raw: d.toISOString(), source: 'option' };
  return { iso: toIso(d) ?? new Date(d).toISOString(), raw: d, source: 'option' };
}

/** `modified`: the page's modification date when the caller has read it already (else it is read here). */
export function extractPublished(input: FieldInput, headline: string | null, language: string | null = null, modified?: DateValue | null): DateValue | null {
  if (input.options.publishedAt !== undefined) return optionDate(input.options.publishedAt);
  const jsonld = firstJson(input.meta, 'datePublished') ?? firstJson(input.meta, 'dateCreated');
  const candidates = [
    jsonld ? value(jsonld, 'jsonld') : null,
    fromMeta(input, PUBLISHED_META),
    fromTimeElements(input, false),
    fromFirstTime(input, true),
    fromUrl(input.url ?? input.meta?.canonical ?? null),
    fromPageText(input, headline, language),
    fromFirstTime(input, false),
    fromAnyDateMeta(input),
  ].filter((c): c is DateValue => c !== null);
  const found = candidates[0] ?? null;
  if (!found) {
    // A page that states only when it was last updated was published no later than that: the best date there is.
    const stated = modified === undefined ? extractModified(input) : modified;
    if (stated) {
      input.diagnostics.info('publishedAt.from-modified', 'the page states only a modification date; publishedAt is that date');
      return stated;
    }
    // Last: the day in the path of the page's share image, which CMSs file by upload day ("/files/2016/05/04/x.png").
    const image = fromUrl(input.meta?.meta.get('og:image')?.[0] ?? null);
    if (image) {
      input.diagnostics.info('publishedAt.from-image', 'the page states no date; publishedAt is the day in the path of its og:image');
      return image;
    }
    if (input.options.fallbackPublishedAt !== undefined) {
      input.diagnostics.info('publishedAt.fallback', 'the page states no publication date; the fallbackPublishedAt option was used');
      return { ...optionDate(input.options.fallbackPublishedAt), source: 'fallback' };
    }
    input.diagnostics.info('publishedAt.missing', 'no publication date in JSON-LD, meta tags, <time> elements, the URL, the article top or the share image\'s path');
    return null;
  }
  // Any <time> may show the same moment with its offset, even one labelled "updated" (an unedited story's
  // update stamp is its publication stamp).
  const stamps = (input.meta?.times ?? []).map((t) => value(t.datetime, 'time-element')).filter((v): v is DateValue => v !== null);
  return localize(found, [...candidates.slice(1), ...stamps]);
}

const UTC_TIME = /T\d{2}:\d{2}:\d{2}Z$/;

/**
 * A UTC timestamp hides the newsroom's calendar day (an evening story in New York is dated the next day in
 * UTC). When another source gives the same moment with its local offset, that local form is kept instead.
 */
/** Offsets of inhabited newsrooms that a UTC stamp may be read in: from UTC−10 to UTC+12 (hours). */
const WEST = 10 * 3_600_000;
const EAST = 12 * 3_600_000;

/** True when some newsroom offset puts the UTC instant on the given calendar day. */
function reachable(day: string, instant: number): boolean {
  const start = Date.parse(`${day}T00:00:00Z`);
  return instant - WEST < start + 86_400_000 && instant + EAST >= start;
}

/** The wall-clock time with the offset that makes it (to the minute) the given instant ("2023-12-22T22:00:00-05:00"). */
function withOffset(instant: number, wall: string): string {
  // Seconds the wall clock leaves out are not part of the offset; offsets are whole quarter hours.
  const minutes = Math.round((Date.parse(`${wall}Z`) - instant) / 900_000) * 15;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function localize(best: DateValue, others: DateValue[]): DateValue {
  if (!UTC_TIME.test(best.iso)) return best;
  const instant = Date.parse(best.iso);
  const sameMoment = others.find((o) => /[+-]\d{2}:\d{2}$/.test(o.iso) && Math.abs(Date.parse(o.iso) - instant) < 60_000);
  if (sameMoment) return { ...best, iso: sameMoment.iso };
  // A wall-clock time shown without its zone ("December 22, 2023 10:00 PM") is the same moment when it is a
  // whole number of hours (a newsroom offset) from the UTC stamp.
  const wallClock = others.find((o) => {
    if (!/T\d{2}:\d{2}:\d{2}$/.test(o.iso)) return false;
    const shift = Date.parse(`${o.iso}Z`) - instant;
    return shift % 1_800_000 === 0 ? -WEST <= shift && shift <= EAST : Math.abs(shift % 1_800_000) < 60_000 && Math.abs(shift) <= EAST;
  });
  if (wallClock && wallClock.iso.slice(0, 10) !== best.iso.slice(0, 10)) return { ...best, iso: withOffset(instant, wallClock.iso) };
  // The URL carries the newsroom's own day; a UTC stamp a day off is the same moment seen from Greenwich.
  const fromPath = others.find((o) => o.source === 'url');
  if (fromPath && fromPath.iso !== best.iso.slice(0, 10) && reachable(fromPath.iso, instant)) return { ...best, iso: fromPath.iso };
  return best;
}

export function extractModified(input: FieldInput): DateValue | null {
  const jsonld = firstJson(input.meta, 'dateModified');
  return (jsonld ? value(jsonld, 'jsonld') : null) ?? fromMeta(input, MODIFIED_META) ?? fromTimeElements(input, true);
}

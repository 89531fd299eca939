/**
 * The headline. Candidates come from the visible h1, JSON-LD, OpenGraph/Twitter/other meta tags and the
 * document <title>; the refiner prefers the h1 a reader sees when it agrees with the page's own metadata,
 * and strips the site name that <title> and og:title often carry ("Headline | Site").
 */
import type { Element } from 'domhandler';
import { isWithin } from '../../clean/locate.js';
import { matchMarkupRule } from '../../clean/markup.js';
import { clean, firstJson, foldForCompare, metaValue, type FieldInput } from '../types.js';

/** "(video)", "[Watch]", "- PHOTOS" tacked onto a headline for the listing pages. */
const MEDIA_LABEL = /(?<!\s)\s*(?:[[(](?:video|videos|watch|photos?|pics|gallery|listen|audio|podcast)[\])]|[-–—]\s*(?:video|photos))\s*$/i;
const SEPARATOR = /(?<!\s)\s+[|–—·•»~/-]\s+|(?<!\s)\s+-{2}\s+/;
const TRAILING_SEPARATOR = new RegExp(`(?:${SEPARATOR.source})$`);
const LEADING_SEPARATOR = new RegExp(`^(?:${SEPARATOR.source})`);

/** Removes a site-name segment from a title: "Headline | Site", "Site - Headline", "Section | Headline".
 * With `aggressive`, as for <title> and og:title, a short last segment goes too ("Headline | Opinion"). */
/** Longer than any headline (the longest in our data are near 200 characters): such text is not a candidate. */
const MAX_HEADLINE = 400;
/** A title this long is returned as it is: splitting it on every separator would cost its length each time. */
const MAX_TITLE = 1000;

export function stripSiteName(title: string, siteName: string | null, host: string | null, aggressive = true, labels = 0): string {
  if (title.length > MAX_TITLE) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? foldForCompare(siteName).replace(/^@/, '') : null;
  const hostWord = host?.replace(/^www\./, '').split('.')[0]?.toLowerCase() ?? null;
  const isSite = (p: string) => {
    const f = foldForCompare(p);
    const squashed = f.replace(/[^a-z0-9]/g, '');
    if (site && (f === site || (f.includes(site) && f.length <= site.length + 12) || (site.includes(f) && f.length >= 4))) return true;
    return hostWord !== null && hostWord.length > 2 && squashed.includes(hostWord) && squashed.length <= hostWord.length + 8;
  };
  const words = (p: string) => p.split(/\s+/).filter((w) => /\w/.test(w)).length;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const withoutLast = () => title.slice(0, title.length - last.length).replace(TRAILING_SEPARATOR, '').trim();
  const withoutFirst = () => title.slice(first.length).replace(LEADING_SEPARATOR, '').trim();
  if (isSite(last)) return withoutLast() || title;
  if (isSite(first)) return withoutFirst() || title;
  // "Politics | Headline": a short section label before a pipe.
  // At most three such labels ("News | World | Europe | Headline"); a title of nothing but labels is not peeled forever.
  if (labels < 3 && /^[^|]{1,30}\s\|\s/.test(title) && words(first) <= 3 && words(withoutFirst()) >= 5) return stripSiteName(withoutFirst(), siteName, host, true, labels + 1);
  if (aggressive && words(last) <= 3 && words(first) >= 4 && /\s[|–—·•]\s/.test(title)) return withoutLast();
  return title;
}

function similar(a: string, b: string): boolean {
  const fa = foldForCompare(a);
  const fb = foldForCompare(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  const [short, long] = fa.length < fb.length ? [fa, fb] : [fb, fa];
  return short.length >= 12 && long.includes(short) && short.length / long.length > 0.6;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

export function extractHeadline(input: FieldInput, siteName: string | null): string | null {
  const { meta, container, header, url, diagnostics } = input;
  const host = hostOf(url ?? meta?.canonical ?? null);
  const metaTitles = [
    firstJson(meta, 'headline'),
    metaValue(meta, 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'title', 'headline'),
    firstJson(meta, 'name'),
  ].filter((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= MAX_HEADLINE).map((t) => stripSiteName(t, siteName, host));
  const docTitle = meta?.title && meta.title.length <= MAX_HEADLINE ? stripSiteName(meta.title, siteName, host) : null;

  // Visible h1s, logos and site names aside; the one that agrees with the metadata first, then the one in
  // or nearest before the story.
  const h1s = (meta?.headings ?? []).filter((h) => h.text.length >= 4 && h.text.length <= MAX_HEADLINE && !(siteName && similar(h.text, siteName)) && !isLogo(h.el));
  const agreeing = h1s.find((h) => metaTitles.some((t) => similar(h.text, t)) || (docTitle && similar(h.text, docTitle)));
  // A kicker span glued in front of the h1 ("Opinion What I'll be…") is not part of the headline.
  const agreeingMeta = agreeing ? metaTitles.find((t) => similar(agreeing.text, t)) : undefined;
  const kickerFree = agreeing && agreeingMeta && foldForCompare(agreeing.text).endsWith(foldForCompare(agreeingMeta)) && agreeingMeta.length < agreeing.text.length - 3
    ? agreeingMeta : agreeing?.text;
  // Without the metadata's agreement, an h1 in a header that carries navigation is more likely the logo.
  const plausible = h1s.filter((h) => !/\blogo\b/i.test(h.text) && !inHeaderWithNav(h.el));
  const nearest = container ? nearestHeading(plausible, container) : undefined;
  const headingBlock = header.find((b) => b.kind === 'heading' && b.level <= 2);

  // Microdata that names the headline outranks position.
  const marked = h1s.find((h) => /\bheadline\b/i.test(h.el.attribs.itemprop ?? ''));
  const choice = kickerFree ?? marked?.text ?? nearest?.text ?? metaTitles[0] ?? plausible[0]?.text ?? h1s[0]?.text ?? headingBlock?.text ?? docTitle;
  if (!choice) diagnostics.info('headline.missing', 'no h1, title meta tag, JSON-LD headline or <title> was found');
  return choice ? stripSiteName(clean(choice), siteName, host, false).replace(MEDIA_LABEL, '') : null;
}

/** An h1 that wraps the site's logo, sits in the page header or heads a box of other stories is not the
 * story's headline. */
function isLogo(el: Element): boolean {
  let cur: Element | null = el;
  for (let up = 0; cur && up < 8 && cur.type === 'tag'; up++) {
    if (cur.name === 'nav' || (cur.name === 'header' && up > 0 && isSiteHeader(cur))) return true;
    if (matchMarkupRule(cur)?.category === 'related') return true;
    const words = `${cur.attribs.class ?? ''} ${cur.attribs.id ?? ''}`.toLowerCase();
    if (/\b(?:logo|site-?title|site-?name|brand|masthead)\b/.test(words)) return true;
    cur = cur.parent as Element | null;
  }
  return false;
}

/** The page's own header says so by role or class; a story's header may sit anywhere, breadcrumbs and all. */
function isSiteHeader(header: Element): boolean {
  return header.attribs.role === 'banner' || /\b(?:site|global|page|main|top)[-_]?header\b|\bmasthead\b|\bnavbar\b/i.test(header.attribs.class ?? '');
}

function inHeaderWithNav(el: Element): boolean {
  for (let cur = el.parent as Element | null, up = 0; cur && up < 8 && cur.type === 'tag'; up++, cur = cur.parent as Element | null) {
    if (cur.name !== 'header') continue;
    const stack = [...(cur.children ?? [])];
    for (let seen = 0; stack.length && seen < 2000; seen++) {
      const node = stack.pop()!;
      if (node.type !== 'tag') continue;
      const child = node as Element;
      if (child.name === 'nav' || child.attribs.role === 'navigation') return true;
      stack.push(...(child.children ?? []));
    }
  }
  return false;
}

/** The h1 inside the story container, else the last one before it in document order. */
function nearestHeading(h1s: { text: string; el: Element }[], container: Element) {
  const inside = h1s.find((h) => isWithin(h.el, container));
  if (inside) return inside;
  let before: { text: string; el: Element } | undefined;
  for (const h of h1s) if (precedes(h.el, container)) before = h;
  return before;
}

/** Document order without positions: compares the two elements' ancestor chains. */
function precedes(a: Element, b: Element): boolean {
  const chain = (el: Element) => {
    const out: Element[] = [];
    for (let cur: Element | null = el; cur && out.length < 500; cur = cur.parent as Element | null) out.unshift(cur);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0 || i === ca.length || i === cb.length) return false;
  const siblings = (ca[i - 1]!.children ?? []) as unknown[];
  return siblings.indexOf(ca[i]) < siblings.indexOf(cb[i]);
}

/** A columnist's name put before the headline ("Edward Keenan: If 2023 taught us anything…") is a byline. */
/** What may stand between a columnist's name and the headline. */
const NAME_SEPARATOR = /^\s*[:|–—-]\s+/;

export function withoutAuthorPrefix(headline: string | null, authors: string[]): string | null {
  if (!headline) return headline;
  for (const author of authors) {
    if (headline.slice(0, author.length).toLowerCase() !== author.toLowerCase()) continue;
    const rest = headline.slice(author.length);
    const separator = NAME_SEPARATOR.exec(rest);
    if (separator) return rest.slice(separator[0].length);
  }
  return headline;
}

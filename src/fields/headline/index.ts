/**
 * The headline. Candidates come from the visible h1, JSON-LD, OpenGraph/Twitter/other meta tags and the
 * document <title>; the refiner prefers the h1 a reader sees when it agrees with the page's own metadata,
 * and strips the site name that <title> and og:title often carry ("Headline | Site").
 */
import { isWithin } from '../../clean/locate.js';
import { clean, firstJson, foldForCompare, metaValue, type FieldInput } from '../types.js';

const SEPARATOR = /\s+[|–—·•»:~/-]\s+|\s+-{2}\s+/;

/** Removes a site-name segment from a title: "Headline | Site", "Site - Headline". */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? foldForCompare(siteName) : null;
  const hostWord = host?.replace(/^www\./, '').split('.')[0]?.toLowerCase() ?? null;
  const isSite = (p: string) => {
    const f = foldForCompare(p);
    const squashed = f.replace(/[^a-z0-9]/g, '');
    return (site !== null && (f === site || f.includes(site) || site.includes(f))) || (hostWord !== null && hostWord.length > 2 && squashed.includes(hostWord));
  };
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (isSite(last)) return title.slice(0, title.length - last.length).replace(new RegExp(`${SEPARATOR.source}$`), '').trim() || title;
  if (isSite(first)) return title.slice(first.length).replace(new RegExp(`^${SEPARATOR.source}`), '').trim() || title;
  // A short trailing segment after a long headline is a site or section name.
  const lastWords = last.split(/\s+/).length;
  if (parts.length >= 2 && lastWords <= 3 && first.split(/\s+/).length >= 4 && /\s[|–—·•]\s/.test(title)) {
    return title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`${SEPARATOR.source}$`), '').trim();
  }
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
  ].filter((t): t is string => Boolean(t)).map((t) => stripSiteName(t, siteName, host));
  const docTitle = meta?.title ? stripSiteName(meta.title, siteName, host) : null;

  // Visible h1s: the one inside or just before the story first; logos and site names are not headlines.
  const h1s = (meta?.headings ?? []).filter((h) => h.text.length >= 4 && h.text.length <= 400 && !(siteName && similar(h.text, siteName)));
  const inStory = container ? h1s.filter((h) => isWithin(h.el, container)) : [];
  const agreeing = h1s.find((h) => metaTitles.some((t) => similar(h.text, t)) || (docTitle && similar(h.text, docTitle)));
  const headingBlock = header.find((b) => b.kind === 'heading' && b.level <= 2);

  const choice = agreeing?.text ?? inStory[0]?.text ?? metaTitles[0] ?? (h1s.length === 1 ? h1s[0]!.text : null) ?? headingBlock?.text ?? docTitle;
  if (!choice) diagnostics.info('headline.missing', 'no h1, title meta tag, JSON-LD headline or <title> was found');
  return choice ? clean(choice) : null;
}

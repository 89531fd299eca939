/** siteName, canonicalUrl and url. */
import { registrableDomain } from '../../load/domain.js';
import { clean, jsonStrings, metaValue, squash, type FieldInput } from '../types.js';

/** How a `<title>` separates the story from the site's name. */
// The lookbehind starts a match at the first space of a run only: unanchored, `\s+` retried at every space of a
// long run is quadratic.
const TITLE_SEPARATOR = /(?<!\s)\s+[|–—·•»:-]\s+/;

export function extractSiteName(input: FieldInput): string | null {
  const { meta } = input;
  const fromMeta = metaValue(meta, 'og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone');
  if (fromMeta) return fromMeta;
  for (const node of meta?.articles ?? []) {
    const publisher = jsonStrings(node.publisher)[0];
    if (publisher) return publisher;
  }
  const website = meta?.nodes.find((n) => n['@type'] === 'WebSite' || n['@type'] === 'Organization' || n['@type'] === 'NewsMediaOrganization');
  const named = website ? clean(website.name) : '';
  if (named) return named;
  return fromDomain(input);
}

/**
 * The brand of the registrable domain: the part of the `<title>` that spells it ("The Daily Bugle" on
 * dailybugle.com), else the domain itself ("ndr.de", "bbc.co.uk") — never a sub-domain word ("hosted", "news").
 */
function fromDomain(input: FieldInput): string | null {
  const domain = registrableDomain(input.url);
  if (!domain) return null;
  const brand = domain.split('.')[0]!;
  const parts = (input.meta?.title ?? '').split(TITLE_SEPARATOR).map((p) => p.trim());
  const b = brand.replace(/^the/, '');
  // "BBC News" spells bbc, "The Daily Bugle" dailybugle.
  const spells = (p: string) => {
    const q = squash(p).replace(/^the/, '');
    return p.length <= 40 && b.length >= 3 && q.startsWith(b) && q.length - b.length <= 6;
  };
  const spelled = parts.length > 1 ? [parts[parts.length - 1]!, parts[0]!].find(spells) : undefined;
  input.diagnostics.info('site.from-domain', `no site name in the page's metadata; it is read from the domain ${domain}`);
  return spelled ?? domain;
}

function resolveUrl(href: string, base: string | null): string | null {
  try {
    const u = new URL(href, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function extractCanonicalUrl(input: FieldInput): string | null {
  const { meta, url } = input;
  const href = meta?.canonical ?? metaValue(meta, 'og:url');
  return href ? resolveUrl(href, url) : null;
}

/** siteName, canonicalUrl and url. */
import { clean, jsonStrings, metaValue, type FieldInput } from '../types.js';

export function extractSiteName(input: FieldInput): string | null {
  const { meta } = input;
  const fromMeta = metaValue(meta, 'og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone');
  if (fromMeta) return fromMeta;
  for (const node of meta?.articles ?? []) {
    const publisher = jsonStrings(node.publisher)[0];
    if (publisher) return publisher;
  }
  const website = meta?.nodes.find((n) => n['@type'] === 'WebSite' || n['@type'] === 'Organization' || n['@type'] === 'NewsMediaOrganization');
  return website ? clean(website.name) || null : null;
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

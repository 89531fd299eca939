// Peer extractors run on the same pages: Mozilla Readability on linkedom (its fastest DOM) and, when asked
// for, on jsdom (the DOM it is tested with).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function readabilityLinkedom(html, url) {
  const { document } = parseHTML(html);
  try {
    if (url) Object.defineProperty(document, 'documentURI', { value: url });
  } catch { /* read-only in some versions */ }
  const article = new Readability(document).parse();
  return article ? {
    title: article.title ?? null,
    byline: article.byline ?? null,
    text: article.textContent ?? '',
    publishedTime: article.publishedTime ?? null,
    excerpt: article.excerpt ?? null,
  } : { title: null, byline: null, text: '', publishedTime: null, excerpt: null };
}

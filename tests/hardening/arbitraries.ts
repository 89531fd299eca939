/**
 * Generators for the property tests: any string, any bytes, and news-like HTML trees and text pages built from
 * the pieces real pages are made of (boilerplate class names, quotations, numbers, dates, scripts, deep nests).
 */
import fc from 'fast-check';

const WORDS = ['the', 'minister', 'said', 'on', 'Tuesday', 'that', 'more', 'than', '30', 'people', 'were', 'killed', 'in', 'Gaza', 'according', 'to', 'officials', '$2.5', 'billion', '45%', 'March', '5,', '2024', 'he', 'she', 'told', 'reporters', 'Netanyahu', 'Hamas', 'hostages', 'about', 'some', 'last', 'week', 'three', 'days', 'later', '“', '”', '"', "'", '—', '(AP)', 'WASHINGTON', '—'];
const CLASSES = ['article', 'story', 'content', 'body', 'nav', 'menu', 'related', 'newsletter', 'paywall', 'meter', 'donate', 'comments', 'share', 'social', 'ad', 'promo', 'caption', 'byline', 'author', 'date', 'kicker', 'dek', 'footer', 'header', 'sidebar', 'hidden'];
const TAGS = ['div', 'p', 'span', 'a', 'article', 'section', 'main', 'nav', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'time', 'em', 'strong', 'table', 'tr', 'td', 'br', 'script', 'style', 'template', 'noscript', 'iframe', 'form', 'button'];

export const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));

const attributes = fc.record(
  { class: fc.array(fc.constantFrom(...CLASSES), { maxLength: 3 }).map((c) => c.join(' ')), id: fc.constantFrom('', 'main', 'story', 'nav', 'x'), role: fc.constantFrom('', 'main', 'navigation', 'complementary'), hidden: fc.boolean() },
  { requiredKeys: [] },
).map((a) => Object.entries(a).filter(([, v]) => v !== '' && v !== false).map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${v}"`)).join(''));

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence.map((s) => s.replace(/</g, '&lt;')),
    fc.tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 5 })).map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  ),
}));

const jsonLd = fc.oneof(
  fc.constant(''),
  fc.constant('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A","datePublished":"2024-03-06T09:12:00+02:00","author":{"name":"Jane Doe"}}</script>'),
  fc.constant('<script type="application/ld+json">{"@context":"x","@graph":[{"@id":"#a","author":{"@id":"#a"}}],"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}</script>'),
  fc.string().map((s) => `<script type="application/ld+json">${s.replace(/<\//g, '')}</script>`),
);

export const htmlPage = fc
  .tuple(fc.constantFrom('', '<!DOCTYPE html>'), fc.constantFrom('', ' lang="en"', ' lang="de"', ' lang="??"'), jsonLd, fc.array(node, { maxLength: 8 }))
  .map(([doctype, lang, ld, children]) => `${doctype}<html${lang}><head><title>T</title>${ld}</head><body>${children.join('')}</body></html>`);

export const textPage = fc.array(fc.oneof(sentence, fc.constantFrom('', 'Subscribe to our newsletter', 'Advertisement', 'Photo: Reuters', 'By Jane Doe', 'March 6, 2024')), { maxLength: 30 }).map((lines) => lines.join('\n'));

export const anyString = fc.string({ unit: 'binary', maxLength: 2000 });
export const anyBytes = fc.uint8Array({ maxLength: 4000 });

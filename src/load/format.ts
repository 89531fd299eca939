/**
 * Tells HTML from plain text. A text that mentions `<b>` or `<div>` in passing is still text: HTML has
 * to look like a document (a doctype, an <html>/<head>/<body> tag) or be made mostly of tags.
 */

// A comment's body may not contain "-->": with a lazy [\s\S] one comment could also span several, and a page
// opening with thirty comments and no doctype took seconds to reject (exponential backtracking).
const DOCUMENT_START = /^\s*(?:<!--(?:(?!-->)[\s\S]){0,2000}-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml)/i;
const DOCUMENT_TAG = /<(?:html|head|body|meta|title|article|main)[\s>/]/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>]{0,500})?>/gi;
const SAMPLE_CHARS = 100_000;
const FRAGMENT_OPEN = /^<[a-z][a-z0-9]{0,10}[\s>]/i;
const FRAGMENT_CLOSE = /<\/[a-z][a-z0-9]{0,10}>$/i;

export type Format = 'html' | 'text';

export function detectFormat(input: string): Format {
  const sample = input.length > SAMPLE_CHARS ? input.slice(0, SAMPLE_CHARS) : input;
  if (DOCUMENT_START.test(sample)) return 'html';
  const documentTags = sample.match(DOCUMENT_TAG)?.length ?? 0;
  if (documentTags >= 2) return 'html';
  // A fragment that opens with a tag and closes with one ("<p>Copper exports fell 9%.</p>") is markup.
  const trimmed = sample.trim();
  if (FRAGMENT_OPEN.test(trimmed.slice(0, 40)) && FRAGMENT_CLOSE.test(trimmed.slice(-40))) return 'html';
  // Fragments: markup if tags are frequent and carry a real share of the characters.
  const tags = sample.match(ANY_TAG) ?? [];
  if (tags.length < 4) return 'text';
  const tagChars = tags.reduce((n, t) => n + t.length, 0);
  const closing = tags.filter((t) => t.startsWith('</')).length;
  return closing >= 2 && tagChars / Math.max(1, sample.length) > 0.05 ? 'html' : 'text';
}

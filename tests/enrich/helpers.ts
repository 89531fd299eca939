import { buildDocument, type Document } from '../../src/enrich/text/document.js';
import { findNames } from '../../src/enrich/people/names.js';
import { extractQuotes } from '../../src/enrich/quotes/index.js';
import { referenceDate } from '../../src/enrich/dates/reference.js';

/** Paragraphs are separated by blank lines, as in a record's body.text. */
export function documentOf(text: string): Document {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return buildDocument(text, paragraphs);
}

export function namesOf(doc: Document) {
  return findNames(doc.text, doc.tokens, (i) => doc.quoted[i] === 1, (i) => doc.sentenceFirstToken[doc.sentenceOf[i]!]!);
}

/** The quotes and people the enrich stage finds in a body text. */
export function quotesOf(text: string, published: string | null = '2024-03-06') {
  const doc = documentOf(text);
  return extractQuotes(doc, namesOf(doc), referenceDate([published], []), true);
}

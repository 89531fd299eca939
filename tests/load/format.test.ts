import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/load/format.js';

describe('detectFormat', () => {
  it.each([
    ['doctype', '<!DOCTYPE html><html><body><p>Hi</p></body></html>'],
    ['html tag with comment first', '<!-- saved page -->\n<html lang="en"><head><title>x</title></head></html>'],
    ['fragment of markup', '<div class="story"><p>One paragraph.</p><p>Another paragraph.</p><p>Third.</p></div>'],
    ['one paragraph of markup', '<p>Copper exports fell 9% to $1.4 billion last quarter.</p>'],
    ['a fragment with attributes', '<div class="brief">Copper exports fell 9%.</div>'],
    ['head and body without doctype', '<head><meta charset="utf-8"></head><body><article>Text</article></body>'],
    ['forty comments before the doctype', `${'<!-- tag manager -->\n'.repeat(40)}<!DOCTYPE html><html><body><p>Hi</p></body></html>`],
  ])('reads %s as HTML', (_, input) => {
    expect(detectFormat(input)).toBe('html');
  });

  // False positives: text that talks about markup, or has a stray angle bracket, is still text.
  it.each([
    ['a scrape mentioning a tag', 'Use the <b> tag to make text bold.\n\nThat is all there is to it.'],
    ['comparison signs', 'Inflation was < 3% in March and > 2% in April.'],
    ['the seed scrape', 'update deskIsrael at War\n\nGaza truce talks collapse without breakthrough\n\nCeasefire talks in Cairo fell apart.'],
    ['an email address in brackets', 'Write to Jane Doe <jane@example.com> with tips.'],
    ['empty', ''],
    ['a text that opens with a tag it talks about', '<b> makes text bold, and the closing tag ends it.'],
    ['a text that ends with a tag it talks about', 'To make text bold, wrap it in <b>'],
    // Forty comments and no document: this took hours to reject when a comment could span several (backtracking).
    ['forty comments and then prose', `${'<!-- a -->'.repeat(40)} and then a sentence of plain prose.`],
  ])('reads %s as text', (_, input) => {
    expect(detectFormat(input)).toBe('text');
  });
});

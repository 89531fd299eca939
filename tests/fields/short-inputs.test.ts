import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { PARAGRAPHS } from '../helpers.js';

const text = (input: string) => extractArticle(input, { format: 'text' });

describe('short inputs are bodies', () => {
  // [case, input, figures the body must give]
  it.each([
    ['one sentence', 'Copper exports fell 9% to $1.4 billion last quarter.', 2],
    ['two short paragraphs', 'Copper exports fell 9% to $1.4 billion.\n\nImports rose 4% in May, the ministry said.', 3],
    ['the same two sentences on one line', 'Copper exports fell 9% to $1.4 billion. Imports rose 4% in May, the ministry said.', 3],
    ['a list of sentences', 'Two Canadian aid workers were killed.\nThree soldiers were wounded.\nFour villages were evacuated.', 3],
    ['a one-line brief with a title-shaped sentence', 'Two Canadian aid workers were killed in the strike.', 1],
    ['a short title over one short sentence', 'Exports fall\n\nCopper exports fell 9% in May.', 1],
    ['a phrase with no sentence punctuation', 'one hundred and twenty thousand people', 1],
  ])('%s: all story, no headline', (_case, input, figures) => {
    const r = text(input);
    expect(r.headline).toBeNull();
    expect(r.body.text.replace(/\s+/g, ' ')).toContain(input.split(/\n+/).pop()!.trim());
    expect(r.figures.length).toBeGreaterThanOrEqual(figures);
  });

  // False positives: a headline or dek above a real story is still taken out of the body.
  it.each([
    ['a title over a story', 'Council approves transit budget', PARAGRAPHS.join('\n\n')],
    ['a title ending in a full stop over a story', 'Council approves transit budget after months of debate.', PARAGRAPHS.join('\n\n')],
    ['a title over one long paragraph', 'Copper exports fall sharply', 'Copper exports fell 9% to $1.4 billion last quarter, the ministry said on Monday, as demand from China slowed and prices dropped.'],
  ])('%s: the headline is found and the story is the body', (_case, headline, story) => {
    const r = text(`${headline}\n\n${story}`);
    expect(r.headline).toBe(headline);
    expect(r.body.text).not.toContain(headline);
    expect(r.body.text.replace(/\s+/g, ' ')).toContain(story.split(/\n+/)[0]!);
  });

  // HTML fragments: a feed item's markup has no page around it.
  it.each([
    ['one paragraph', '<p>Copper exports fell 9% to $1.4 billion last quarter.</p>', ['Copper exports fell 9% to $1.4 billion last quarter.'], null],
    ['two paragraphs', '<p>Copper exports fell 9% to $1.4 billion.</p><p>Imports rose 4% in May, the ministry said.</p>', ['Copper exports fell 9% to $1.4 billion.', 'Imports rose 4% in May, the ministry said.'], null],
    ['a heading over a paragraph', '<h1>Exports fall</h1><p>Copper exports fell 9% to $1.4 billion last quarter, the ministry said on Monday.</p>', ['Copper exports fell 9% to $1.4 billion last quarter, the ministry said on Monday.'], 'Exports fall'],
  ])('an HTML fragment, %s: all story', (_case, html, paragraphs, headline) => {
    const r = extractArticle(html);
    expect(r.body.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(r.headline).toBe(headline);
  });

  it('a whole page keeps its furniture out of the body', () => {
    const r = extractArticle(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article><footer><a href="/about">About us</a></footer></body></html>`);
    expect(r.body.text).not.toContain('Home');
    expect(r.body.text).not.toContain('About us');
    expect(r.headline).toBe('Council approves budget');
  });

  it('empty or prose-free input still gives an empty body, with a diagnostic', () => {
    for (const input of ['', '   \n\n  ', '***\n---']) {
      const r = text(input);
      expect(r.body.text).toBe('');
      expect(r.diagnostics.map((d) => d.code)).toContain('body.empty');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { PARAGRAPHS } from '../helpers.js';

const scrape = (lines: string[]) => extractArticle(lines.join('\n'), { format: 'text', url: 'https://example.com/2023/12/19/council-approves-transit-budget' });

describe('plain-text page structure', () => {
  const r = scrape([
    'Home', 'News', 'Metro', 'Sport', 'Opinion',
    'Council approves transit budget',
    'By Jane Doe | Reuters',
    'Dec. 19, 2023',
    PARAGRAPHS[0], PARAGRAPHS[1],
    'What happens next',
    PARAGRAPHS[2], PARAGRAPHS[3],
    'Jane Doe may be reached at jdoe@example.com.',
    'Related stories', 'Ten things to know about the subway', 'Why bus lanes work',
    '© 2023 Example News. All rights reserved.',
  ]);

  it('finds headline, author and date in the lines above the story', () => {
    expect(r.headline).toBe('Council approves transit budget');
    expect(r.authors).toEqual(['Jane Doe']);
    expect(r.publishedAt?.iso).toBe('2023-12-19');
  });

  it('keeps the story with its subheading', () => {
    expect(r.body.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(r.body.paragraphs[2]!.text).toBe('What happens next');
  });

  it('logs the menu, the contact line, the related list and the copyright', () => {
    const by = (id: string) => r.removed.filter((x) => x.ruleId === id).map((x) => x.text);
    expect(by('navigation.label')).toContain('Home');
    expect(by('text.menu')).toEqual(['News\nMetro\nSport\nOpinion']);
    expect(by('tail.contact')).toHaveLength(1);
    expect(r.removed.some((x) => x.category === 'related' && x.text.includes('Related stories'))).toBe(true);
    expect(r.removed.some((x) => x.ruleId === 'navigation.copyright')).toBe(true);
  });

  it('reads a "subscribe to continue" cut-off as a hard paywall', () => {
    const cut = scrape(['Council approves transit budget', PARAGRAPHS[0], PARAGRAPHS[1], 'Subscribe to continue reading.']);
    expect(cut.access).toEqual({ paywall: 'hard', evidence: ['Subscribe to continue reading.'] });
  });
});

describe('wire photo captions on text pages', () => {
  it.each([
    ['FILE - Medical marijuana vials are filled at a dispensary in Venice, Calif., March 22, 2018.', true],
    ['FILE PHOTO — Protesters gather outside parliament in London, Britain, Jan. 5, 2024.', true],
    ['File photos of the suspect were released by police on Monday, officials said.', false],
  ])('%s is a caption: %s', (line, caption) => {
    const r = scrape(['Council approves transit budget', PARAGRAPHS[0], line, PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]]);
    expect(r.body.paragraphs.some((p) => p.text === line)).toBe(!caption);
  });
});

import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { PARAGRAPHS } from '../helpers.js';

const STORY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

function dekOf(top: string, head = '') {
  const html = `<!DOCTYPE html><html><head><title>Council approves transit budget</title>${head}</head><body>
<main><article><h1>Council approves transit budget</h1>${top}${STORY}</article></main></body></html>`;
  return extractArticle(html).dek;
}

describe('dek', () => {
  it.each([
    ['a marked-up standfirst', '<p class="standfirst">Spending on buses and trains rises by a fifth after months of debate</p>', '', 'Spending on buses and trains rises by a fifth after months of debate'],
    ['a subheading under the headline', '<h2>Spending on buses and trains rises by a fifth after months of debate</h2>', '', 'Spending on buses and trains rises by a fifth after months of debate'],
    ['the description when nothing is marked up', '', '<meta name="description" content="Spending on buses and trains rises by a fifth">', 'Spending on buses and trains rises by a fifth'],
  ])('%s', (_what, top, head, expected) => {
    expect(dekOf(top, head)).toBe(expected);
  });

  // Captions, credits, bylines and dates under the headline are not the dek.
  it.each([
    ['a photo caption and credit in divs', '<div class="content-header__lede asset-embed"><picture><img src="/bus.jpg" alt=""></picture><div class="caption"><span class="caption__text">A bus waits at the central station on Monday morning.</span><span class="caption__credit">Jane Roe / AP</span></div></div>'],
    ['a photo caption and credit', '<figure><img src="/bus.jpg" alt=""><figcaption class="caption">A bus waits at the central station on Monday morning. Jane Roe, ASSOCIATED PRESS</figcaption></figure>'],
    ['a byline', '<p class="meta">By Jane Doe and John Smith, staff writers</p>'],
    ['a date line', '<p class="meta">Updated 3 May 2024, 10:42</p>'],
  ])('not %s', (_what, top) => {
    expect(dekOf(top)).toBeNull();
  });
});

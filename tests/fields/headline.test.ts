import { describe, expect, it } from 'vitest';
import { stripSiteName } from '../../src/fields/headline/index.js';

describe('stripSiteName', () => {
  it.each([
    ['Gaza truce talks collapse without breakthrough | JNS.org', 'JNS.org', null, 'Gaza truce talks collapse without breakthrough'],
    ['Healing through art | The Daily World', 'The Daily World', null, 'Healing through art'],
    ['PolitiFact - RFK Jr.’s campaign of conspiracy theories: 2023 Lie of the Year', null, 'www.politifact.com', 'RFK Jr.’s campaign of conspiracy theories: 2023 Lie of the Year'],
    ['Politics | Gov. Hochul vetoes N.Y. ban on noncompete agreements', null, null, 'Gov. Hochul vetoes N.Y. ban on noncompete agreements'],
    ['Opinion | Let kids be kids and leave child labor laws alone | Editorial', 'Sun Sentinel', null, 'Let kids be kids and leave child labor laws alone'],
    ['News | World | Europe | Floods force thousands from their homes in Spain', null, null, 'Floods force thousands from their homes in Spain'],
  ])('"%s" → headline', (title, site, host, expected) => {
    expect(stripSiteName(title, site, host)).toBe(expected);
  });

  // Separators that belong to the headline itself stay.
  it.each([
    ['Larry Merchant -- I’m Not Watching Floyd Fight Again ... Unless It’s GGG', null, 'www.tmz.com'],
    ['Feeling rejected? Misunderstood? Welcome to the first Christmas — Terry Pluto', 'cleveland', 'www.cleveland.com'],
    ['Trump pressured Michigan election officers not to certify 2020 vote – report', 'the Guardian', 'www.theguardian.com'],
    ['Kenia: Nairobi von unten', 'junge Welt', 'www.jungewelt.de'],
  ])('keeps "%s" whole when it is the visible headline', (title, site, host) => {
    expect(stripSiteName(title, site, host, false)).toBe(title);
  });

  it('peels at most three section labels, and leaves a title longer than any headline alone', () => {
    expect(stripSiteName('A | B | C | D | E | Floods force thousands from their homes', null, null)).toBe('D | E | Floods force thousands from their homes');
    const huge = `${'Ab | '.repeat(100_000)}Floods force thousands from their homes`;
    expect(stripSiteName(huge, null, null)).toBe(huge);
  });
});

describe('withoutAuthorPrefix', async () => {
  const { withoutAuthorPrefix } = await import('../../src/fields/headline/index.js');
  it.each([
    ['Edward Keenan: If 2023 taught us anything in Toronto, it’s that you can predict anything', ['Edward Keenan'], 'If 2023 taught us anything in Toronto, it’s that you can predict anything'],
    ['Terry Pluto — Welcome to the first Christmas', ['Terry Pluto'], 'Welcome to the first Christmas'],
    ['Trump: I’m not a student of Hitler', ['Jane Doe'], 'Trump: I’m not a student of Hitler'],
    ['Biden signs the bill', [], 'Biden signs the bill'],
  ])('%s', (headline, authors, expected) => {
    expect(withoutAuthorPrefix(headline, authors)).toBe(expected);
  });
});

describe('headline on pages', async () => {
  const { extractArticle } = await import('../../src/index.js');
  const { PARAGRAPHS } = await import('../helpers.js');
  const story = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  const doc = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    ['the h1 that agrees with og:title, not the logo h1', doc('<meta property="og:title" content="Council approves transit budget | Metro Times">', '<header class="site-header"><h1 class="logo">Metro Times</h1><nav><a href="/">Home</a></nav></header><main><article><h1>Council approves transit budget</h1>' + story + '</article></main>'), 'Council approves transit budget'],
    ['the story header h1 beside breadcrumbs', doc('', '<header><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/metro">Metro</a></nav><h1>Council approves transit budget</h1></header><div class="story">' + story + '</div>'), 'Council approves transit budget'],
    ['the microdata headline over a box heading inside the story', doc('', '<article><div class="in-article-recirc"><h1>Recently in Metro</h1></div><h1 itemprop="headline">Council approves transit budget</h1>' + story + '</article>'), 'Council approves transit budget'],
    ['og:title without the site name when there is no h1', doc('<meta property="og:site_name" content="Metro Times"><meta property="og:title" content="Council approves transit budget - Metro Times">', '<article>' + story + '</article>'), 'Council approves transit budget'],
    ['the headline without a kicker span glued in front', doc('<meta property="og:title" content="What I’ll be praying for this Christmas">', '<article><h1><span class="kicker">Opinion</span> What I’ll be praying for this Christmas</h1>' + story + '</article>'), 'What I’ll be praying for this Christmas'],
  ])('%s', (_, html, expected) => {
    expect(extractArticle(html).headline).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { stripSiteName } from '../../src/fields/headline/index.js';

describe('stripSiteName', () => {
  it.each([
    ['Gaza truce talks collapse without breakthrough | JNS.org', 'JNS.org', null, 'Gaza truce talks collapse without breakthrough'],
    ['Healing through art | The Daily World', 'The Daily World', null, 'Healing through art'],
    ['PolitiFact - RFK Jr.’s campaign of conspiracy theories: 2023 Lie of the Year', null, 'www.politifact.com', 'RFK Jr.’s campaign of conspiracy theories: 2023 Lie of the Year'],
    ['Politics | Gov. Hochul vetoes N.Y. ban on noncompete agreements', null, null, 'Gov. Hochul vetoes N.Y. ban on noncompete agreements'],
    ['Opinion | Let kids be kids and leave child labor laws alone | Editorial', 'Sun Sentinel', null, 'Let kids be kids and leave child labor laws alone'],
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

import { describe, expect, it } from 'vitest';
import { fromText, toIso } from '../../src/fields/published/iso.js';

describe('toIso', () => {
  it.each([
    ['2024-03-06', '2024-03-06'],
    ['2024-03-06T09:12:00+02:00', '2024-03-06T09:12:00+02:00'],
    ['2024-03-06T09:12:00.000Z', '2024-03-06T09:12:00Z'],
    ['2023-11-11T19:00-06:00', '2023-11-11T19:00:00-06:00'],
    ['2024-01-23T11:15:00-0500', '2024-01-23T11:15:00-05:00'],
    ['2024-02-06 17:55:00', '2024-02-06T17:55:00'],
    ['20231217', '2023-12-17'],
    ['1702800000', '2023-12-17T08:00:00Z'],
    ['Dec. 17, 2023', '2023-12-17'],
    ['17 décembre 2023', '2023-12-17'],
  ])('%s → %s', (raw, iso) => {
    expect(toIso(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', 'Tuesday', '12345', '0000-00-00', '2024-13-45', 'Version 3', '2022-02-112023-06-08'])('rejects "%s"', (raw) => {
    expect(toIso(raw)).toBeNull();
  });
});

describe('fromText', () => {
  it.each([
    ['Published 10.06.2018 22:00', null, '2018-06-10T22:00:00'],
    ['Posted 01/02/2019', 'en', '2019-01-02'],
    ['Posted 01/02/2019', 'de', '2019-02-01'],
    ['13/02/2019', 'en', '2019-02-13'],
    ['Wednesday, August 19, 2020', 'en', '2020-08-19'],
    ['JRA (2020/7/11-12)', 'ja', '2020-07-11'],
    ['Juli 12, 2017', 'de', '2017-07-12'],
    ['duminică, 20 septembrie 2020', 'ro', '2020-09-20'],
  ])('%s (%s) → %s', (text, lang, iso) => {
    expect(fromText(text, undefined, lang)).toBe(iso);
  });

  // A page date needs a year in the text: deictic words and bare weekdays say nothing on their own.
  it.each(['Gestern um 02:12', 'Sie sind hier: Startseite', 'Updated Tuesday', '3 hours ago', 'Call 555-1234'])('finds no date in "%s"', (text) => {
    expect(fromText(text)).toBeNull();
  });
});

describe('publishedAt on pages', async () => {
  const { extractArticle } = await import('../../src/index.js');
  const { page, PARAGRAPHS } = await import('../helpers.js');
  const story = `<article><h1>Council approves budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const withHead = (head: string, body = story) => page(body).replace('<title>', `${head}<title>`);

  it.each([
    ['JSON-LD', withHead('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2023-12-17T10:00:00-05:00"}</script>'), undefined, '2023-12-17T10:00:00-05:00', 'jsonld'],
    ['article:published_time', withHead('<meta property="article:published_time" content="2023-12-17T10:00:00Z">'), undefined, '2023-12-17T10:00:00Z', 'meta'],
    ['a vendor meta tag', withHead('<meta property="site:uploaded_date" content="2013-02-16T04:36:36-05:00">'), undefined, '2013-02-16T04:36:36-05:00', 'meta'],
    ['the URL', page(story), 'https://example.com/2023/12/17/council-budget/', '2023-12-17', 'url'],
    ['a date line in the article top', page(story.replace('</h1>', '</h1><div class="post-date">17.12.2023</div>')), undefined, '2023-12-17', 'text'],
    ['an inline date inside a meta line', page(story.replace('</h1>', '</h1><div>By Jane Doe · <span class="fbdatum">17.12.2023 11:15</span></div>')), undefined, '2023-12-17T11:15:00', 'text'],
    ['a bare date line below the story', page(story.replace('</article>', '<div class="footer-info"><p>Ein Beitrag von Jane Doe</p><h5>23.01.2019</h5></div></article>')), undefined, '2019-01-23', 'text'],
  ])('from %s', (_, html, url, iso, source) => {
    const r = extractArticle(html, url ? { url } : {});
    expect(r.publishedAt?.iso).toBe(iso);
    expect(r.publishedAt?.source).toBe(source);
  });

  it('keeps the newsroom day when the URL and a UTC stamp disagree by a few hours', () => {
    const html = withHead('<meta property="article:published_time" content="2023-11-01T23:01:00Z">');
    expect(extractArticle(html, { url: 'https://example.com/2023/11/02/story/' }).publishedAt?.iso).toBe('2023-11-02');
  });

  it('prefers the local offset of the same moment', () => {
    const html = withHead('<meta property="article:published_time" content="2023-12-20T01:00:21Z"><meta property="og:updated" content="x">', story.replace('</h1>', '</h1><time datetime="2023-12-19T20:00:21-05:00">Dec 19</time>'));
    expect(extractArticle(html).publishedAt?.iso).toBe('2023-12-19T20:00:21-05:00');
  });

  const utc = '<meta property="article:published_time" content="2023-12-23T03:00:46Z">';
  const top = (html: string) => story.replace('</h1>', `</h1>${html}`);
  const card = '<div class="card"><time>16 Feb 2024</time><a href="/x">Other story</a></div>';
  it.each([
    // Two dates glued in one datetime attribute are no date at all; the URL decides.
    ['a glued datetime', page(top('<time datetime="2022-02-112023-06-08">June 8</time>')), 'https://example.com/2023/06/08/story/', '2023-06-08'],
    // The first <time> below the story is a teaser card's: the date in the article's top wins.
    ['a teaser card below the story', page(top('<div class="post-date">22 Dec 2023</div>').replace('</article>', `</article>${card}`)), undefined, '2023-12-22'],
    // Above the story the first <time> is the story's own (a forum thread's start).
    ['a <time> above the story', page(top('<div>Joined May 11, 2017</div>').replace('<article>', '<article><time datetime="2020-03-18T12:22:42-04:00">Mar 18</time>')), undefined, '2020-03-18T12:22:42-04:00'],
    // Above the story, the <time> nearest to it: a list of the latest stories' times comes first on the page.
    ['the <time> nearest above the story', page(`<ul class="latest"><li><time datetime="2023-12-24T13:05:00-05:00">13:05</time> <a href="/a">Another story</a></li></ul><div class="page-title"><h1>Council approves budget</h1><small>posted on <time datetime="2023-12-19T23:30:00-05:00">Dec 19</time></small></div><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`), undefined, '2023-12-19T23:30:00-05:00'],
    // A <time> whose shown date is days away from its datetime attribute: readers see the text.
    ['a <time> that shows another day than its attribute', page(top('<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>')), undefined, '2019-06-29'],
    // The same moment with its offset, even on a <time> labelled "updated", gives the newsroom's day.
    ['an "updated" <time> of the same moment', withHead(utc, top('<time class="updated" datetime="2023-12-22T22:00:46-05:00">Dec 22</time>')), undefined, '2023-12-22T22:00:46-05:00'],
    // A wall-clock time a whole number of hours from the UTC stamp is the same moment.
    ['a wall-clock time five hours off', withHead(utc, top('<div class="date">December 22, 2023 10:00 PM</div>')), undefined, '2023-12-22T22:00:00-05:00'],
    // Only the page states when it was updated: that is the best publication date there is.
    ['only a modification date', withHead('<meta property="article:modified_time" content="2023-09-04T19:51:56Z">'), undefined, '2023-09-04T19:51:56Z'],
  ])('reads %s', (_, html, url, iso) => {
    expect(extractArticle(html, url ? { url } : {}).publishedAt?.iso).toBe(iso);
  });

  it.each([
    // Another moment the same day or a wall clock that is not a whole number of hours away stays as it was.
    ['a <time> of another moment', withHead(utc, top('<time class="updated" datetime="2023-12-22T20:13:00-05:00">Dec 22</time>'))],
    ['a wall-clock time 17 minutes off the hour', withHead(utc, top('<div class="date">December 22, 2023 9:43 PM</div>'))],
    // A <time> whose text is the same day as its attribute (or no date at all) keeps the attribute's precision.
    ['a <time> showing the same day', withHead(utc.replace('content="2023-12-23T03:00:46Z"', 'content="x"'), top('<time datetime="2023-12-23T03:00:46Z">December 23, 2023</time>'))],
  ])('keeps the UTC stamp beside %s', (_, html) => {
    expect(extractArticle(html).publishedAt?.iso).toBe('2023-12-23T03:00:46Z');
  });

  it('says when publishedAt is the modification date', () => {
    const r = extractArticle(withHead('<meta property="article:modified_time" content="2023-09-04T19:51:56Z">'));
    expect(r.diagnostics.map((d) => d.code)).toContain('publishedAt.from-modified');
  });

  // The share image's path is read only when the page states no date at all.
  it.each([
    ['an og:image filed by day, and no other date', withHead('<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png">'), '2016-05-04'],
    ['an og:image without a day in its path', withHead('<meta property="og:image" content="https://example.org/img/cover-2016.png">'), undefined],
    ['an og:image day beside a stated date', withHead('<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png"><meta property="article:published_time" content="2023-09-04T19:51:56Z">'), '2023-09-04T19:51:56Z'],
  ])('share image: %s', (_, html, iso) => {
    const r = extractArticle(html);
    expect(r.publishedAt?.iso).toBe(iso);
    expect(r.diagnostics.some((d) => d.code === 'publishedAt.from-image')).toBe(iso === '2016-05-04');
  });

  it('says why there is no date', () => {
    const r = extractArticle(page(story));
    expect(r.publishedAt).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain('publishedAt.missing');
  });
});

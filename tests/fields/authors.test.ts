import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { PARAGRAPHS } from '../helpers.js';

const STORY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

/** A story page with `head` in its head, `top` under the headline and `end` after the story's paragraphs. */
function story({ head = '', top = '', end = '', after = '', site = 'Example Times' }: { head?: string; top?: string; end?: string; after?: string; site?: string }) {
  return `<!DOCTYPE html><html><head><title>Council approves transit budget</title>
<meta property="og:site_name" content="${site}">${head}</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council approves transit budget</h1>${top}${STORY}${end}</article>${after}</main>
<footer class="site-footer"><a href="/about">About us</a></footer></body></html>`;
}

const recordOf = (parts: Parameters<typeof story>[0]) => extractArticle(story(parts), { url: 'https://www.example-times.com/news/budget' });
const authorsOf = (parts: Parameters<typeof story>[0]) => recordOf(parts).authors;

describe('authors from markup and metadata', () => {
  it.each<[string, Parameters<typeof story>[0], string[]]>([
    ['rel=author link', { top: '<p class="meta">By <a rel="author" href="/staff/jane">Jane Doe</a></p>' }, ['Jane Doe']],
    ['itemprop=author with a nested name', { top: '<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span><span itemprop="jobTitle">Reporter</span></div>' }, ['Jane Doe']],
    ['a .byline class', { top: '<div class="byline">Jane Doe</div>' }, ['Jane Doe']],
    ['an author class whose block cleaning drops as links', { top: '<div class="article-author"><a href="/a/jane">Jane Doe</a> <a href="/a/john">John Smith</a></div>' }, ['Jane Doe', 'John Smith']],
    ['names side by side without a separator', { top: '<div class="article-byline"><span>Birgit Baumann</span> <span>Anna Giulia Fink</span></div>' }, ['Birgit Baumann', 'Anna Giulia Fink']],
    ['a German author class', { top: '<div class="artikel-autor">Birgit Baumann</div>' }, ['Birgit Baumann']],
    ['a French author class', { top: '<span class="auteur-nom">Marie Dupont</span>' }, ['Marie Dupont']],
    ['a Norwegian author class', { top: '<div class="article-forfatter">Kari Nordmann</div>' }, ['Kari Nordmann']],
    ['a camelCase author class', { top: '<ul class="metaInfoAuthorList"><li><a href="/author/x">Nathaniel Flakin</a></li></ul>' }, ['Nathaniel Flakin']],
    ['the story\'s rel=author over another story\'s', { top: '<p>By <a rel="author" href="/a/jane">Jane Doe</a></p>', after: '<section><h2>More</h2><p><a href="/o">Other story</a> by <a rel="author" href="/a/mary">Mary Major</a></p></section>' }, ['Jane Doe']],
    ['a link to the author\'s page', { top: '<p class="e-date"><a href="/author/texhollywood/">Tex Hollywood</a> - December 21, 2023</p>' }, ['Tex Hollywood']],
    ['a link to the author\'s page in German', { top: '<p><a href="/autoren/508-andre-klein">André Klein</a></p>' }, ['André Klein']],
    ['a signature at the story end', { end: '<p class="document_authors">Андрей Колесников</p>' }, ['Андрей Колесников']],
    ['meta name=author', { head: '<meta name="author" content="Jane Doe">' }, ['Jane Doe']],
    ['meta author in Han characters', { head: '<meta name="author" content="肖春芳">' }, ['肖春芳']],
    ['JSON-LD author object', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>' }, ['Jane Doe']],
    ['JSON-LD author array', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Smith"}]}</script>' }, ['Jane Doe', 'John Smith']],
    ['JSON-LD author string', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":"Jane Doe"}</script>' }, ['Jane Doe']],
    ['JSON-LD @id reference', { head: '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"#jane"}},{"@type":"Person","@id":"#jane","name":"Jane Doe"}]}</script>' }, ['Jane Doe']],
    ['the page\'s first JSON-LD article, not a later graph that names one author', { head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves transit budget","datePublished":"2024-05-03","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Smith"}]}</script><script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"Council approves transit budget","datePublished":"2024-05-03","author":{"@type":"Person","name":"Jane Doe"}}]}</script>' }, ['Jane Doe', 'John Smith']],
    ['JSON-LD author in Cyrillic', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ярослав Кузишин"}}</script>' }, ['Ярослав Кузишин']],
    ['the meta author the byline confirms', { head: '<meta name="author" content="Mark Holding"><meta property="article:author" content="Alex Hutchinson">', top: '<p class="byline">By Alex Hutchinson</p>' }, ['Alex Hutchinson']],
    ['a full name confirmed by its short form', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"André Oliver KLEIN"}}</script>', top: '<div class="story-authors"><a href="/autoren/508-andre-klein">André Klein</a></div>' }, ['André Oliver Klein']],
    ['a "By" glued to the name', { top: '<p class="byline">ByTravis Haney</p>' }, ['Travis Haney']],
    ['a name that starts with "By"', { top: '<p class="byline">Byron Smith</p>' }, ['Byron Smith']],
    ['a person over a desk', { head: '<meta name="author" content="Staff">', top: '<div class="byline">By Jane Doe</div>' }, ['Jane Doe']],
    ['"— Name" under the headline', { top: '<p>— Jane Doe</p>' }, ['Jane Doe']],
    ['"– Name og Name" under the headline', { top: '<p>– Kari Nordmann og Ola Hansen</p>' }, ['Kari Nordmann', 'Ola Hansen']],
  ])('%s', (_what, parts, expected) => {
    expect(authorsOf(parts)).toEqual(expected);
  });

  // Not authors: the site, a commenter, another story's author, a URL, an e-mail address, a date.
  it.each<[string, Parameters<typeof story>[0]]>([
    ['the site name as meta author', { head: '<meta name="author" content="Example Times">' }],
    ['the host name as JSON-LD author', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"example-times.com"}}</script>' }],
    ['a profile URL as meta author', { head: '<meta property="article:author" content="https://www.facebook.com/exampletimes">' }],
    ['an e-mail address as meta author', { head: '<meta name="author" content="j.doe@example-times.com">' }],
    ['a date as meta author', { head: '<meta name="author" content="2024-05-03">' }],
    ['a commenter', { after: '<section class="comments"><div class="comment-author">Bob Jones</div><p>Great story.</p></section>' }],
    ['a politician\'s profile link in the story', { top: '<p>The plan was backed by <a href="/people/maria-lopez/">Maria Lopez</a>, the mayor.</p>' }],
    ['a byline on a teaser card', { after: '<div class="card"><a href="/o">Other story</a><div class="card-byline">Mary Major</div></div>' }],
    ['a card linked whole, "By" and date too', { top: '<div class="rail"><a href="/other"><h2>Ann Other and Bob Elsewhere</h2><small>By Mary Major Dec 11, 2023</small></a></div>' }],
    ['links after a By line, in the same element', { top: '<div class="list"><h2>Other stories</h2>By Mary Major Dec 11, 2023<h3>More</h3><a href="/o1">Ann Other</a> <a href="/o2">Bob Elsewhere</a></div>' }],
    ['an author in a related-stories box', { after: '<aside class="related"><a href="/x">Other story</a><span class="author">Mary Major</span></aside>' }],
    ['a dash line that is no name', { top: '<p>— Updated Dec. 23, 2023</p>' }],
    ['a dash line signing a quotation in the story', { end: '<blockquote>Stay hungry, stay foolish.</blockquote><p>— Steve Jobs</p>' }],
  ])('%s → none', (_what, parts) => {
    expect(authorsOf(parts)).toEqual([]);
  });

  // A broadcaster's desk on a short host ("mdr.de", "nj.com") is the outlet, never an author beside the person.
  it.each([
    ['https://www.mdr.de/nachrichten/thueringen/story', 'David Straub, MDR THÜRINGEN', ['David Straub']],
    ['https://www.nj.com/news/story', 'Jeremy Schneider, NJ Advance Media', ['Jeremy Schneider']],
    ['https://www.nj.com/news/story', 'Nick Jonas, Staff', ['Nick Jonas']],
    ['https://www.mdr.de/nachrichten/story', 'Mdrissa Kane', ['Mdrissa Kane']],
  ])('on %s, "%s" → %j', (url, byline, expected) => {
    const html = story({ site: 'Newsroom', top: `<div class="byline">${byline}</div>` });
    expect(extractArticle(html, { url }).authors).toEqual(expected);
  });

  // A post signed with a handle or pen name, and no person's name anywhere: the handle is its author.
  it.each<[string, Parameters<typeof story>[0], string[]]>([
    ['a handle as meta author', { head: '<meta name="author" content="nightowl42">' }, ['nightowl42']],
    ['a handle in JSON-LD', { head: '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"@KingBeyonceStan"}}</script>' }, ['@KingBeyonceStan']],
    ['a date, then "Published By :" and a handle', { top: '<p><time>December 12, 2023</time> <span class="byline">Published By : <a href="/author/x/">jane_doe</a></span></p>' }, ['jane_doe']],
    ['a photographer\'s handle', { top: '<p>Photo by JaneDoe42</p>' }, []],
    ['a vendor in a widget line', { top: '<p>Powered by SendPulse</p>' }, []],
    ['a host', { top: '<p>Hosted by KingBeyonceStan2</p>' }, []],
    ['a "by" line with a handle and a date', { top: '<p>by nightowl42, <time datetime="2023-12-19">Dec 19th 2023</time></p>' }, ['nightowl42']],
    ['a camel-case word in a "by" line, as brands are written', { top: '<p>by MarketWatch, <time datetime="2023-12-19">Dec 19th 2023</time></p>' }, []],
    ['a person over a handle', { head: '<meta name="author" content="nightowl42">', top: '<div class="byline">By Jane Doe</div>' }, ['Jane Doe']],
    // Not handles: an agency, a desk, a surname alone, the site.
    ['an agency in a "By" line', { top: '<p>By AFP, Dec 19th 2023</p>' }, []],
    ['a desk as meta author', { head: '<meta name="author" content="Redaktion">' }, []],
    ['a surname alone', { top: '<p>By McDonald</p>' }, []],
    ['the site\'s handle', { head: '<meta name="author" content="ExampleTimes">' }, []],
    ['a brand as meta author', { head: '<meta name="author" content="MarketWatch">' }, []],
    ['a brand as a JSON-LD organisation', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"GameSpot"}}</script>' }, []],
  ])('handle: %s', (_what, parts, expected) => {
    const r = recordOf(parts);
    expect(r.authors).toEqual(expected);
    if (expected.length) expect(r.credits).toEqual([]);
  });

  // Who the page credits when it names no person: kept apart from authors, which are people only.
  it.each<[string, Parameters<typeof story>[0], string[]]>([
    ['an agency', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"dpa"}}</script>' }, ['dpa']],
    ['a desk', { head: '<meta name="author" content="Redaktion">' }, ['Redaktion']],
    ['nothing when a person is named', { head: '<meta name="author" content="Staff">', top: '<div class="byline">By Jane Doe</div>' }, []],
    ['not the site', { head: '<meta name="author" content="Example Times">' }, []],
    ['not a URL', { head: '<meta property="article:author" content="https://www.facebook.com/exampletimes">' }, []],
  ])('credits: %s', (_what, parts, expected) => {
    const r = recordOf(parts);
    expect(r.credits).toEqual(expected);
    if (expected.length) expect(r.authors).toEqual([]);
  });
});

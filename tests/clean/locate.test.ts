import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { page, PARAGRAPHS } from '../helpers.js';

const ps = (list: readonly string[]) => list.map((p) => `<p>${p}</p>`).join('\n');
const teasers = Array.from({ length: 8 }, (_, i) =>
  `<div class="card"><a href="/story-${i}"><h3>Other story number ${i} about something else entirely</h3></a><p>A teaser line that describes other story number ${i} in one long sentence of prose, as teasers do.</p></div>`).join('');
const bodyOf = (html: string) => extractArticle(html).body.paragraphs.map((p) => p.text);

describe('content location', () => {
  it('keeps the story and leaves out a sidebar of teasers', () => {
    const body = bodyOf(page(`<div class="layout"><article><h1>Council approves budget</h1>${ps(PARAGRAPHS)}</article><aside class="rail">${teasers}</aside></div>`));
    expect(body).toEqual(PARAGRAPHS);
  });

  it('steps past a list of teasers that shares the story\'s wrapper', () => {
    const body = bodyOf(page(`<div class="wrap"><div class="story-text">${ps(PARAGRAPHS)}</div><div class="more">${teasers}</div></div>`));
    expect(body).toEqual(PARAGRAPHS);
  });

  it('joins a story split into wrappers by ads', () => {
    const part = (list: readonly string[]) => `<div class="article-text">${ps(list)}</div>`;
    const html = page(`<div class="col">${part(PARAGRAPHS.slice(0, 2))}<div class="ad-slot">Advertisement</div>${part(PARAGRAPHS.slice(2))}<div class="related-links">${teasers}</div></div>`);
    expect(bodyOf(html)).toEqual(PARAGRAPHS);
  });

  it('overrules a misleading class on the wrapper that holds the story', () => {
    const body = bodyOf(page(`<article class="sponsored-story"><h1>Council approves budget</h1>${ps(PARAGRAPHS)}</article>`));
    expect(body).toEqual(PARAGRAPHS);
  });

  it('keeps a short story beside a sidebar whose teaser summaries outweigh it (their links elsewhere)', () => {
    // Summaries as plain prose, the teasers' links in another element: by text alone the sidebar looks like the story.
    const summaries = Array.from({ length: 6 }, (_, i) =>
      `<div class="box"><div class="title"><a href="/review-${i}">Review ${i}</a></div><div class="snippet"><span class="full">The reviewer found the ${i}th season of the show uneven, with strong episodes early on, a slow middle stretch, and a finale that, in the end, ties most of the threads together well enough.</span></div></div>`).join('');
    const story = PARAGRAPHS.slice(0, 2);
    const body = bodyOf(page(`<div id="main"><h1>Council approves budget</h1><div class="meat">${ps(story)}</div></div><div id="sidebar">${summaries}</div>`));
    expect(body).toEqual(story);
  });

  it('drops byline and date lines between headline and story, and a related-stories tail', () => {
    const html = page(`<article><h1>Council approves budget</h1><div>By Jane Doe</div><div>Updated Dec. 23, 2023, 7:58 AM</div>${ps(PARAGRAPHS)}
      <h3>More from Metro</h3><p>Another headline here</p><p>And another headline</p></article>`);
    const r = extractArticle(html);
    expect(r.body.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(r.authors).toEqual(['Jane Doe']);
    expect(r.removed.some((x) => x.ruleId === 'related.section')).toBe(true);
  });

  // Infinite scroll: the next story, loaded under this one, comes with its own h1 and date or byline.
  const nextStory = ps(['A different story about the harbour, long enough to be read as a paragraph of prose by anyone who looks at it.', 'Its second paragraph, also long enough to be read as prose, goes on about the harbour and its cranes for a while.']);
  it.each([
    ['a date line before the next h1', `<div>December 21, 2023/8:51 p.m. ET</div><h1>Harbour cranes sold</h1>${nextStory}`],
    ['a byline after the next h1', `<h1>Harbour cranes sold</h1><p>By John Roe</p>${nextStory}`],
    ['a date after the next h1 and its dek', `<h1>Harbour cranes sold</h1><h2>The port's oldest cranes go to a museum</h2><div>Updated Dec. 23, 2023, 7:58 AM</div>${nextStory}`],
  ])('ends the body where the next article begins: %s', (_name, next) => {
    const r = extractArticle(page(`<div class="stream"><h1>Council approves budget</h1>${ps(PARAGRAPHS)}${next}</div>`));
    expect(r.body.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(r.removed.some((x) => x.ruleId === 'related.next-article')).toBe(true);
  });
  it.each([
    ['a blog\'s sections set as h1', `<h1>Package 1: The silo</h1>${nextStory}`],
    ['an h1 section whose text names a month', `<h1>What changed in March</h1>${nextStory}`],
    ['the headline repeated as an h1 with a date', `<h1>Council approves budget</h1><div>December 21, 2023</div>${nextStory}`],
  ])('keeps the story going past %s', (_name, next) => {
    const r = extractArticle(page(`<div class="stream"><h1>Council approves budget</h1>${ps(PARAGRAPHS)}${next}</div>`));
    expect(r.body.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['Its second paragraph, also long enough to be read as prose, goes on about the harbour and its cranes for a while.']));
    expect(r.removed.some((x) => x.ruleId === 'related.next-article')).toBe(false);
  });

  // The rest of a story hidden until a subscriber logs in (the TownNews CMS) is the story; hidden boilerplate is not.
  it.each([
    ['a subscriber-only continuation', '<div class="subscriber-only" style="display:none">', PARAGRAPHS],
    ['a hidden login prompt', '<div class="subscriber-login" style="display:none">', PARAGRAPHS.slice(0, 2)],
    ['a hidden block with no class', '<div style="display:none">', PARAGRAPHS.slice(0, 2)],
  ])('hidden story text: %s', (_name, open, expected) => {
    const html = page(`<article><h1>Council approves budget</h1><div class="subscriber-preview">${ps(PARAGRAPHS.slice(0, 2))}</div>${open}${ps(PARAGRAPHS.slice(2))}</div></article>`);
    expect(bodyOf(html)).toEqual(expected);
  });

  // What must stay: short story paragraphs, subheadings, lists and quotes inside the story.
  it('keeps in-story subheadings, short paragraphs, lists and blockquotes', () => {
    const html = page(`<article><h1>Council approves budget</h1>${ps(PARAGRAPHS.slice(0, 2))}<h2>What happens next</h2><p>He declined to comment.</p>
      <ul><li>Bus lanes on five avenues, to be built over the next two years.</li><li>Longer hours on the subway's busiest lines from March.</li></ul>
      <blockquote><p>“We will build it, and they will ride,” the transit chief wrote in a memo to staff on Monday.</p></blockquote>${ps(PARAGRAPHS.slice(2))}</article>`);
    const r = extractArticle(html);
    const kinds = r.body.paragraphs.map((p) => `${p.kind}:${p.text.slice(0, 12)}`);
    expect(kinds).toContain('heading:What happens');
    expect(kinds).toContain('paragraph:He declined ');
    expect(kinds).toContain('list-item:Bus lanes on');
    expect(kinds).toContain('blockquote:“We will bui');
  });

  it('keeps a story paragraph that mentions newsletters, donations or comments', () => {
    const story = [...PARAGRAPHS.slice(0, 2), 'The newsletter, which has 40,000 subscribers, first reported the plan, and readers posted hundreds of comments asking residents to donate to the transit fund.', ...PARAGRAPHS.slice(2)];
    expect(bodyOf(page(`<article>${ps(story)}</article>`))).toEqual(story);
  });
});

/** A list item: a linked title (`href`) and a summary, or the forms of a story's own list items. */
const item = (i: number, o: { href?: string; title?: boolean; after?: boolean; long?: boolean } = {}) => {
  const title = o.title === false ? `<h3>Product number ${i}, a thing to buy</h3>` : `<h3><a href="${o.href ?? `/news/story-${i}`}">Other story number ${i} about something else entirely</a></h3>`;
  const text = `<p>A line that describes item number ${i} in one long sentence of prose, with commas, as summaries do.${o.long ? ' It goes on. '.repeat(60) : ''}</p>`;
  return `<li>${o.after ? text + title : title + text}</li>`;
};
const list = (o: Parameters<typeof item>[1]) => `<ul>${Array.from({ length: 5 }, (_, i) => item(i, o)).join('')}</ul>`;

describe('teaser cards: a list of other stories in the story\'s container', () => {
  const url = 'https://news.example.com/2024/story';
  const teaserLists: [string, string][] = [
    ['site-relative links', list({})],
    ['absolute links to the same site', list({ href: 'https://www.example.com/news/other' })],
  ];
  it.each(teaserLists)('leaves out the summaries of a list with %s', (_, cards) => {
    const r = extractArticle(page(`<article><h1>Council approves budget</h1>${ps(PARAGRAPHS)}${cards}</article>`), { url });
    expect(r.body.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(r.removed.some((x) => x.ruleId === 'related.teaser')).toBe(true);
  });

  // The story's own lists look alike: a gift guide's products link to shops, a song list links after the text.
  const storyLists: [string, string][] = [
    ['links to another site (a shop)', list({ href: 'https://shop.example.org/item' })],
    ['a link after the text', list({ after: true })],
    ['no linked title', list({ title: false })],
    ['items too long for a summary', list({ long: true })],
  ];
  it.each(storyLists)('keeps the items of a list with %s', (_, items) => {
    const r = extractArticle(page(`<article><h1>Council approves budget</h1>${ps(PARAGRAPHS)}${items}</article>`), { url });
    expect(r.body.paragraphs.filter((p) => p.text.includes('describes item number')).length).toBe(5);
    expect(r.removed.some((x) => x.ruleId === 'related.teaser')).toBe(false);
  });
});

describe('the removal log on HTML pages', () => {
  it('accounts for text outside the story that no rule named', () => {
    const r = extractArticle(page(`<div class="layout"><article>${ps(PARAGRAPHS)}</article><div class="box"><p>Weather: sunny, 21°C</p></div></div>`));
    expect(r.removed.find((x) => x.text.includes('Weather: sunny'))?.ruleId).toBe('content.outside');
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleRecordSchema, extractArticle, OptionsError } from '../src/index.js';
import { page, PARAGRAPHS } from './helpers.js';

describe('options', () => {
  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ url: 'not a url' }, 'url'],
    [{ publishedAt: 'someday' }, 'publishedAt'],
    [{ enrich: { quotes: 'yes' } }, 'enrich.quotes'],
    [{ maxInputBytes: -1 }, 'maxInputBytes'],
    [{ maxEnrichChars: 0 }, 'maxEnrichChars'],
    [{ fallbackPublishedAt: 'someday' }, 'fallbackPublishedAt'],
    [{ enrich: 'off' }, 'enrich'],
    [{ profile: 'yes' }, 'profile'],
    [{ timeBudgetMs: 0 }, 'timeBudgetMs'],
    [{ timeBudgetMs: 'off' }, 'timeBudgetMs'],
    [{ colour: 'blue' }, 'colour'],
  ])('rejects %j with an error naming "%s"', (options, name) => {
    expect(() => extractArticle('<p>x</p>', options as never)).toThrow(OptionsError);
    expect(() => extractArticle('<p>x</p>', options as never)).toThrow(name);
  });

  it('accepts valid options', () => {
    expect(() => extractArticle('text', { format: 'text', url: 'https://example.com/a', publishedAt: new Date('2024-03-06'), language: 'en' })).not.toThrow();
  });

  it('uses options.publishedAt as the publication date', () => {
    const r = extractArticle(page(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`), { publishedAt: '2024-03-06' });
    expect(r.publishedAt).toEqual({ iso: '2024-03-06', raw: '2024-03-06', source: 'option' });
  });
});

describe('profile, fallback date and switched-off enrichment', () => {
  const article = page(`<article><h1>A headline</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);

  it('times each stage through the profile option', () => {
    const stages: string[] = [];
    extractArticle(article, { profile: (stage, ms) => { expect(ms).toBeGreaterThanOrEqual(0); stages.push(stage); } });
    expect(stages).toEqual(expect.arrayContaining(['load', 'parse', 'metadata', 'blocks', 'clean', 'fields', 'enrich.tokens', 'enrich.quotes', 'enrich.figures', 'enrich.dates', 'record']));
    const text: string[] = [];
    extractArticle(PARAGRAPHS.join('\n\n'), { format: 'text', enrich: false, profile: (stage) => text.push(stage) });
    expect(text).toEqual(['load', 'blocks', 'clean', 'fields', 'record']);
  });

  it('uses fallbackPublishedAt only when the page has no date, and publishedAt over both', () => {
    expect(extractArticle(article, { fallbackPublishedAt: '2024-05-01' }).publishedAt).toEqual({ iso: '2024-05-01', raw: '2024-05-01', source: 'fallback' });
    const dated = page(`<article><time datetime="2023-02-03">Feb. 3</time>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(extractArticle(dated, { fallbackPublishedAt: '2024-05-01' }).publishedAt?.source).not.toBe('fallback');
    expect(extractArticle(article, { fallbackPublishedAt: '2024-05-01', publishedAt: '2024-06-01' }).publishedAt?.source).toBe('option');
  });

  it.each([
    [false, ['quotes', 'figures', 'events']],
    [{ quotes: false }, ['quotes']],
    [{ figures: false, events: false }, ['figures', 'events']],
  ])('enrich: %j leaves those fields empty and says so', (enrich, off) => {
    const r = extractArticle(article, { enrich });
    const note = r.diagnostics.find((d) => d.code === 'enrich.off');
    expect(note?.message).toBe(`switched off by the enrich option: ${off.join(', ')}`);
    if (off.includes('quotes')) expect(r.quotes).toEqual([]);
    if (off.includes('figures')) expect(r.figures).toEqual([]);
    if (off.includes('events')) expect([r.dates, r.events]).toEqual([[], []]);
    expect(r.body.text.length).toBeGreaterThan(300);
  });

  it('enriches only the first maxEnrichChars of a long body, whole paragraphs, and says so', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: “We will rebuild,” said Maria Lopez, adding that 30 homes were lost on ${i % 2 ? 'Tuesday' : 'Monday'}.`);
    const r = extractArticle(body.join('\n\n'), { format: 'text', maxEnrichChars: 1000, publishedAt: '2024-03-06' });
    expect(r.body.paragraphs.length).toBe(40);
    const note = r.diagnostics.find((d) => d.code === 'enrich.truncated');
    expect(note?.severity).toBe('warning');
    const cut = Number(/first (\d+)/.exec(note!.message)![1]);
    expect(cut).toBeLessThanOrEqual(1000);
    expect(r.body.paragraphs.some((p) => p.end === cut)).toBe(true);
    for (const span of [...r.quotes, ...r.figures, ...r.dates]) expect(span.end).toBeLessThanOrEqual(cut);
    expect(r.quotes.length).toBeGreaterThan(3);
    const whole = extractArticle(body.join('\n\n'), { format: 'text', publishedAt: '2024-03-06' });
    expect(whole.quotes.length).toBe(40);
    expect(whole.diagnostics.map((d) => d.code)).not.toContain('enrich.truncated');
  });

  it('cuts a single paragraph longer than maxEnrichChars at the limit', () => {
    const r = extractArticle(`${'The council said 30 homes were lost. '.repeat(100)}`, { format: 'text', maxEnrichChars: 500 });
    expect(r.figures.length).toBeGreaterThan(5);
    expect(r.figures.every((f) => f.end <= 500)).toBe(true);
  });

  it('skips enrichment not started within timeBudgetMs, says which, and keeps the body', () => {
    // A budget of a microsecond is spent before enrichment starts, on any machine.
    const r = extractArticle(article, { timeBudgetMs: 0.001, publishedAt: '2024-03-06' });
    const note = r.diagnostics.find((d) => d.code === 'budget.exceeded');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toMatch(/quotes, figures, dates/);
    expect([r.quotes, r.figures, r.dates, r.events]).toEqual([[], [], [], []]);
    expect(r.body.text.length).toBeGreaterThan(300);
    // No budget, or the default one on a small page: everything is read and nothing is said.
    for (const options of [{ timeBudgetMs: null }, {}]) {
      const whole = extractArticle(article, { ...options, publishedAt: '2024-03-06' });
      expect(whole.diagnostics.map((d) => d.code)).not.toContain('budget.exceeded');
      expect(whole.quotes.length).toBeGreaterThan(0);
    }
  });

  it('enrich: true and no enrich option say nothing about switches', () => {
    for (const options of [{ enrich: true }, {}]) expect(extractArticle(article, options).diagnostics.map((d) => d.code)).not.toContain('enrich.off');
  });
});

describe('bad input never throws', () => {
  const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
  it.each([
    ['an empty string', ''],
    ['whitespace', '   \n\n  '],
    ['binary bytes', binary],
    ['an empty object', {}],
    ['null', null],
    ['a number', 42],
    ['a page with no article', '<html><body><nav><a href="/">Home</a></nav></body></html>'],
    ['unclosed markup', '<html><body><div><p>Hello <b>world'],
    ['deep nesting', `${'<div>'.repeat(20_000)}<p>${PARAGRAPHS[0]}</p>${'</div>'.repeat(20_000)}`],
  ])('%s yields a valid record with a diagnostic', (_, input) => {
    const r = extractArticle(input as never);
    expect(ArticleRecordSchema.parse(r)).toEqual(r);
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it('says why an empty page has no body', () => {
    const r = extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(r.body.text).toBe('');
    expect(r.diagnostics.find((d) => d.code === 'body.empty')?.message).toMatch(/no article text/);
  });

  it('cuts input beyond maxInputBytes and says so', () => {
    const r = extractArticle('a'.repeat(5000), { maxInputBytes: 1000 });
    expect(r.diagnostics.map((d) => d.code)).toContain('input.truncated');
  });
});

describe('the record', () => {
  const html = page(`<article><h1>Council approves transit budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);

  it('accepts bytes, strings and {html, url} alike', () => {
    const a = extractArticle(html);
    const b = extractArticle(new TextEncoder().encode(html));
    const c = extractArticle({ html, url: 'https://example.com/news/budget' });
    expect(b.body).toEqual(a.body);
    expect(c.body).toEqual(a.body);
    expect(c.url).toBe('https://example.com/news/budget');
  });

  it('is the same JSON on a second run', () => {
    expect(JSON.stringify(extractArticle(html))).toBe(JSON.stringify(extractArticle(html)));
  });

  it('drops the tags publishers put in meta content and JSON-LD, keeping their text', () => {
    const head = `<meta property="og:title" content="A &lt;em&gt;big&lt;/em&gt; day for transit">
      <meta name="description" content="The council &lt;a href='/budget'&gt;approved the budget&lt;/a&gt; after months of debate">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"A <i>big</i> day for transit","author":{"@type":"Person","name":"<a href='/x'>Jane Doe</a>"}}</script>`;
    const r = extractArticle(page(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`).replace('<title>', `${head}<title>`));
    expect(r.headline).toBe('A big day for transit');
    expect(r.dek).toBe('The council approved the budget after months of debate');
    expect(r.authors).toEqual(['Jane Doe']);
  });

  it('has a JSON Schema that zod can produce', () => {
    const schema = z.toJSONSchema(ArticleRecordSchema) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['headline', 'body', 'quotes', 'figures', 'removed', 'diagnostics']));
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/index.js';
import { markedParagraph, type Mark } from '../../src/report/marks.js';
import { fixture, page, PARAGRAPHS } from '../helpers.js';

const seed = fixture('seed/jns-gaza-truce-talks.html');
const URL_ = 'https://www.jns.org/gaza-truce-talks-collapse-without-breakthrough/';

describe('the report of the seed page', () => {
  const { record, html } = reportHtml(seed, { url: URL_ });

  it('names every quote\'s speaker, every removal\'s rule and every event', () => {
    for (const q of record.quotes) expect(html).toContain(q.speaker!.name!);
    for (const r of record.removed) expect(html).toContain(r.ruleId);
    expect(html.match(/<li><time>/g)?.length).toBe(record.events.length);
    expect(record.events.length).toBeGreaterThan(0);
  });

  it('shows each event\'s trigger, marked inside its clause, with its actors', () => {
    const kidnapped = record.events.find((ev) => ev.trigger.text === 'kidnapped');
    expect(kidnapped?.date.value).toBe('2023-10-07');
    expect(html).toContain('<b class="trigger">kidnapped</b>');
    expect(html.match(/<b class="trigger">/g)?.length).toBe(record.events.length);
    for (const ev of record.events) for (const a of ev.actors) expect(html).toContain(a);
  });

  it('lists the organisations and how each speaker was resolved', () => {
    expect(record.organizations.length).toBeGreaterThan(0);
    for (const o of record.organizations) expect(html).toContain(o.name);
    const byOrganisation = record.quotes.find((q) => q.speaker?.organizationId);
    expect(byOrganisation, 'the seed quotes Hamas').toBeDefined();
    for (const q of record.quotes.filter((x) => x.speaker?.resolvedBy)) expect(html).toContain(`by ${q.speaker!.resolvedBy}`);
    expect(html).toContain('(organisation)');
  });

  it('shows every paragraph of the story once, in order', () => {
    const shown = [...html.matchAll(/<div class="story" data-kind="(\w[\w-]*)">/g)];
    expect(shown.length).toBe(record.body.paragraphs.length);
  });

  it('is self-contained: no script, no request', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    for (const [, target] of html.matchAll(/href="([^"]*)"/g)) expect(target).toMatch(/^#/);
  });
});

describe('the page trail', () => {
  const story = `<article><h1>Council approves budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<div class="newsletter-signup"><p>Sign up for our daily newsletter</p></div></article>`;
  const { record, html } = reportHtml(page(story));
  const order = [...html.matchAll(/<div class="(story|removed|field|left-out)"/g)].map((m) => m[1]);

  it.each([
    ['the menu above the story is removed', 'removed', 0],
    ['the headline is read into a field', 'field', order.indexOf('field')],
  ])('%s', (_, kind, at) => {
    expect(order[at]).toBe(kind);
    expect(at).toBeGreaterThanOrEqual(0);
  });

  it('puts the story between the menu and the newsletter box', () => {
    const first = order.indexOf('story');
    const last = order.lastIndexOf('story');
    expect(order.slice(first, last + 1).every((k) => k === 'story')).toBe(true);
    expect(order.slice(last + 1)).toContain('removed');
    expect(html).toMatch(/removed · newsletter · [\w.-]+<\/span><del>Sign up for our daily newsletter<\/del>/);
    expect(record.body.paragraphs.length).toBe(PARAGRAPHS.length);
  });
});

describe('marks in a paragraph', () => {
  const text = 'He said "more than 250 people were taken" on Oct. 7.';
  const quote: Mark = { start: 8, end: 41, kind: 'quote', label: 'Jane Doe', title: 'quote' };
  const figure: Mark = { start: 9, end: 29, kind: 'figure', label: 'more-than 250', title: 'figure' };
  const date: Mark = { start: 45, end: 51, kind: 'date', label: '2023-10-07', title: 'date' };

  it('gives an overlapped piece the classes of both marks', () => {
    expect(markedParagraph(text, 0, [quote, figure])).toContain('<span class="m-quote m-figure" title="quote\nfigure">more than 250 people</span>');
  });

  it('writes each label once, after its mark, innermost first', () => {
    const html = markedParagraph(text, 0, [quote, figure, date]);
    expect(html.match(/tag-quote/g)).toHaveLength(1);
    expect(html.indexOf('tag-figure')).toBeLessThan(html.indexOf('tag-quote'));
    expect(html).toMatch(/Oct\. 7<\/span><span class="tag tag-date">2023-10-07<\/span>\.$/);
  });

  it('reads marks against the paragraph\'s own offset and leaves other paragraphs alone', () => {
    expect(markedParagraph('Oct. 7', 45, [date])).toContain('m-date');
    expect(markedParagraph('nothing here', 100, [quote, figure, date])).toBe('nothing here');
  });
});

describe('hostile and empty pages', () => {
  it.each([
    ['markup in the story text', page(`<article><h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>${PARAGRAPHS.map((p) => `<p>${p} &lt;img src=x onerror=alert(1)&gt; "quoted" &amp; 'single'</p>`).join('')}</article>`)],
    ['an empty input', ''],
    ['binary bytes', new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2])],
    ['a text scrape', 'Headline of a text page\n\nBy Jane Doe\n\n' + PARAGRAPHS.join('\n\n')],
  ])('%s gives a valid report with no live markup from the page', (_, input) => {
    const { html } = reportHtml(input as string);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // The page's markup is shown as text (&lt;img …&gt;), never as elements.
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('</html>');
  });

  // The report reads the same hostile pages as extraction (tests/hardening): a few of the hardest, for the trail.
  it.each(['nested divs (100,000)', '100,000 <br> in a paragraph', '1,000,000 quotation marks'])('reports on "%s"', async (name) => {
    const { ADVERSARIAL } = await import('../hardening/adversarial.mjs');
    const entry = (ADVERSARIAL as Record<string, { make: () => string }>)[name];
    expect(entry).toBeDefined();
    const { record, html } = reportHtml(entry!.make());
    expect(html).toContain('</html>');
    expect([...html.matchAll(/<div class="story"/g)].length).toBe(record.body.paragraphs.length);
  });

  it('escapes the page\'s markup into text', () => {
    const { html } = reportHtml(page(`<article><h1>Budget</h1>${PARAGRAPHS.map((p) => `<p>${p} &lt;img src=x&gt;</p>`).join('')}</article>`));
    expect(html).toContain('&lt;img src=x&gt;');
  });

  it('says so when the page has no text', () => {
    expect(reportHtml('').html).toContain('The page has no text.');
  });
});

describe('copydesk report', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const cli = join(root, 'dist/cli.js');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, 'report', ...args], { input, encoding: 'utf8' });

  it('writes the report of a page to -o and says what it holds', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'copydesk-report-')), 'report.html');
    const r = run([join(root, 'fixtures/seed/jns-gaza-truce-talks.html'), '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote .*report\.html \(12 paragraphs, \d+ removed, \d+ quotes/);
    expect(readFileSync(out, 'utf8')).toContain('Benjamin Netanyahu');
  });

  it('reads standard input and writes to standard output', () => {
    const r = run(['-', '--format', 'text'], 'A headline\n\n' + PARAGRAPHS.join('\n\n'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<!doctype html>');
  });

  it.each([
    [[], /name exactly one page/],
    [['a.html', 'b.html'], /name exactly one page/],
    [['x.html', '--time-budget', 'soon'], /--time-budget/],
    [['x.html', '--format', 'pdf'], /format/],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('documents itself', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: copydesk report');
  });
});

describe('the report of a page that credits a desk', () => {
  it.each([
    ['a desk and no person', '<meta name="author" content="Redaktion">', /<th>credits<\/th>\s*<td>Redaktion<\/td>/],
    ['a person', '<meta name="author" content="Jane Doe">', null],
  ])('%s', (_what, head, credits) => {
    const { html } = reportHtml(page(`<article><h1>Council approves budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`).replace('<title>', `${head}<title>`));
    if (credits) expect(html).toMatch(credits);
    else expect(html).not.toContain('<th>credits</th>');
  });
});

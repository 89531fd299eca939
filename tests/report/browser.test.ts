/**
 * The report of the seed page in a real browser: Debian's Chromium, headless, driven by playwright-core, with
 * JavaScript off (the report must work without it) and every request but the report itself refused.
 * `.ci/run` installs Chromium; outside CI the test is skipped, saying why, when no Chromium is installed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { reportHtml } from '../../src/index.js';
import { fixture } from '../helpers.js';

/** What the code run inside the page uses: the project's types have no DOM library. */
interface InPage {
  getComputedStyle(el: unknown): { textDecorationLine: string };
  document: { documentElement: { scrollWidth: number } };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`the report's browser test needs Chromium at ${CHROMIUM} (apt-get install chromium), and CI is set`);
if (!available) console.warn(`tests/report/browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

const OUT = fileURLToPath(new URL('../output/', import.meta.url));
// The flags this machine needs: no sandbox as root, and no background connections to Google's hosts.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the seed report in headless Chromium', () => {
  const { record, html } = reportHtml(fixture('seed/jns-gaza-truce-talks.html'), { url: 'https://www.jns.org/gaza-truce-talks-collapse-without-breakthrough/', name: 'jns-gaza-truce-talks.html' });
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'report-seed.html');
    writeFileSync(file, html);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing but itself', () => {
    expect(requests).toEqual([expect.stringMatching(/report-seed\.html$/)]);
  });

  it('shows the quotes with their speakers', async () => {
    const quotes = page.locator('.story .m-quote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(record.quotes.length);
    for (const name of ['Bassem Naim', 'Benjamin Netanyahu', 'Kamala Harris']) {
      await expect.poll(() => page.locator('.story .tag-quote', { hasText: name }).first().isVisible()).toBe(true);
    }
    // Hovering a quote names the resolved person and the mention, with no script.
    const title = await page.locator('.story .m-quote', { hasText: 'Victory is within reach' }).first().getAttribute('title');
    expect(title).toMatch(/speaker: Benjamin Netanyahu · mention: he/);
  });

  it('shows the removed blocks struck through, labelled by category and rule', async () => {
    for (const category of ['meter', 'donation', 'newsletter', 'registration']) {
      const block = page.locator(`.removed[data-category="${category}"]`).first();
      expect(await block.isVisible()).toBe(true);
      expect(await block.locator('.chip').innerText()).toMatch(new RegExp(`removed · ${category} · ${category}\\.`));
      expect(await block.locator('del').first().evaluate((el) => (globalThis as unknown as InPage).getComputedStyle(el).textDecorationLine)).toBe('line-through');
    }
  });

  it('shows the timeline of dated events, in date order', async () => {
    const items = page.locator('ol.timeline li');
    expect(await items.count()).toBe(record.events.length);
    expect(await items.first().isVisible()).toBe(true);
    const days = await page.locator('ol.timeline time').allInnerTexts();
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2024-02-17');
  });

  it('shows the people, figures and time expressions with their values', async () => {
    expect(await page.locator('#people + table tbody tr').count()).toBe(record.people.length);
    expect(await page.locator('.story .tag-figure', { hasText: '250' }).first().isVisible()).toBe(true);
    expect(await page.locator('.story .tag-date', { hasText: '2023-10-07' }).first().isVisible()).toBe(true);
  });

  it('fits a laptop screen without sideways scrolling, and is saved as a screenshot', async () => {
    const width = await page.evaluate(() => (globalThis as unknown as InPage).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1366);
    const shot = join(OUT, 'report-seed.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageOfSize } from './hardening/adversarial.mjs';

export const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');

/** Loose comparison used by the acceptance checks: curly quotes folded, whitespace collapsed, case folded. */
export const norm = (s: unknown) =>
  String(s ?? '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** A minimal news page around the given article markup, with the furniture real pages have. */
export function page(article: string, extra = '') {
  return `<!DOCTYPE html><html lang="en"><head><title>Test page</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>${article}</main>${extra}
<footer class="site-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

export const PARAGRAPHS: readonly [string, string, string, string] = [
  'The city council voted on Tuesday to approve a new budget that raises spending on public transit by a fifth, ending months of debate.',
  'Supporters said the plan would cut commute times across the region, while critics warned that it relied on optimistic revenue forecasts.',
  '“This is the most important vote we have taken in a decade,” said the council president, who had pushed for the measure since last spring.',
  'The budget now goes to the mayor, who is expected to sign it before the end of the month, according to officials familiar with the plan.',
];

/** A small story page, numbered so that each one is different. */
export const storyPage = (i: number) => page(`<article><h1>Story number ${i}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);

/**
 * A 16 MB page of paragraphs (the hardening suite's pageOfSize): seconds to extract (2-3 s here, read whole with
 * SLOW_OPTIONS) where a story page takes milliseconds (150 ms on a cold worker), so a one-second timeout
 * separates them with room on both sides.
 */
export const slowPage = () => pageOfSize(16);

/** What lets slowPage() be slow: no input cut, no time budget; and a one-second timeout. */
export const SLOW_OPTIONS = { timeoutMs: 1_000, maxInputBytes: 20_000_000, timeBudgetMs: null };

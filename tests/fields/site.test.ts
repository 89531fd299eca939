import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { registrableDomain } from '../../src/load/domain.js';
import { PARAGRAPHS } from '../helpers.js';

const STORY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
const siteOf = (title: string, url: string, head = '') =>
  extractArticle(`<html><head><title>${title}</title>${head}</head><body><article><h1>Council approves budget</h1>${STORY}</article></body></html>`, { url }).siteName;

describe('siteName', () => {
  it.each([
    ['og:site_name first', 'Council approves budget | Bugle', 'https://www.dailybugle.com/x', '<meta property="og:site_name" content="The Daily Bugle">', 'The Daily Bugle'],
    ['JSON-LD publisher', 'Council approves budget', 'https://www.dailybugle.com/x', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Daily Bugle Media"}}</script>', 'Daily Bugle Media'],
    ['the title part that spells the domain', 'Council approves budget | The Daily Bugle', 'https://www.dailybugle.com/x', '', 'The Daily Bugle'],
    ['the title part with a section word', 'Council approves budget - BBC News', 'https://www.bbc.co.uk/news/1', '', 'BBC News'],
    ['the registrable domain, not a sub-domain word', 'Council approves budget', 'https://hosted.ap.org/story/1', '', 'ap.org'],
    ['a country second-level domain', 'Council approves budget', 'https://news.abc.net.au/x', '', 'abc.net.au'],
  ])('%s', (_what, title, url, head, expected) => {
    expect(siteOf(title, url, head)).toBe(expected);
  });

  it.each([
    ['https://www.bbc.co.uk/news/1', 'bbc.co.uk'],
    ['//cdn.example.com/x.js', 'example.com'],
  ])('the registrable domain of %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });

  it.each(['http://127.0.0.1/x', 'http://localhost:8080/x', 'not a url', ''])('no domain brand for "%s"', (url) => {
    expect(registrableDomain(url || null)).toBeNull();
  });
});

// The contenders of `npm run bench`, each a function from one page to something it extracted. They are what
// a user could run instead of copydesk for the same fields, and the parse floors under all of them.
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { load as loadSlim } from 'cheerio/slim';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../dist/index.js';

const quietConsole = new VirtualConsole();

const readabilityOnLinkedom = (html) => new Readability(parseHTML(html).document).parse();
const readabilityOnJsdom = (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: quietConsole });
  try {
    return new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
};

/** What users glue together today for quotes, people, figures and dates: the tagger over the whole body, then chrono. */
function nlpFields(text, reference) {
  const doc = nlp(text);
  return {
    people: doc.people().out('array'),
    quotes: doc.quotations().out('array'),
    numbers: doc.numbers().out('array'),
    dates: chrono.parse(text, reference),
  };
}

export const HTML_TOOLS = [
  { name: 'copydesk, full record', run: (p) => extractArticle(p.html, { url: p.url }) },
  { name: 'copydesk, enrichment off', run: (p) => extractArticle(p.html, { url: p.url, enrich: false }) },
  { name: 'Readability + linkedom', run: (p) => readabilityOnLinkedom(p.html) },
  { name: 'Readability + jsdom', run: (p) => readabilityOnJsdom(p.html, p.url) },
  {
    name: 'glue: Readability + linkedom, compromise, chrono',
    run: (p) => nlpFields(readabilityOnLinkedom(p.html)?.textContent ?? '', new Date()),
  },
  { name: 'parse only: cheerio default (parse5)', run: (p) => cheerio.load(p.html) },
  { name: 'parse only: cheerio/slim (htmlparser2)', run: (p) => loadSlim(p.html) },
];

export const TEXT_TOOLS = [
  { name: 'copydesk, full record', run: (p) => extractArticle(p.text, { url: p.url, format: 'text' }) },
  { name: 'copydesk, enrichment off', run: (p) => extractArticle(p.text, { url: p.url, format: 'text', enrich: false }) },
  { name: 'glue: compromise, chrono over the text', run: (p) => nlpFields(p.text, new Date()) },
];

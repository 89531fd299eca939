// The contenders of `npm run bench`, each a function from one page to something it extracted. They are what
// a user could run instead of copydesk for the same fields, and the parse floors under all of them.
import * as cheerio from 'cheerio';
import { load as loadSlim } from 'cheerio/slim';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { Worker } from 'node:worker_threads';
import { extractArticle } from '../../dist/index.js';
import { readabilityLinkedom } from '../eval/peers.mjs';

/** Readability on jsdom, run in a worker thread (see jsdom-worker.mjs); resolves to the ms it took there. */
class JsdomThread {
  static RESTART_EVERY = 40;
  worker = null;
  served = 0;
  run(page) {
    if (!this.worker || this.served >= JsdomThread.RESTART_EVERY) {
      this.worker?.terminate();
      this.worker = new Worker(new URL('./jsdom-worker.mjs', import.meta.url));
      this.served = 0;
    }
    this.served++;
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      const done = (ms) => {
        worker.off('error', fail);
        resolve(ms);
      };
      const fail = (e) => {
        worker.off('message', done);
        reject(e);
      };
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage({ html: page.html, url: page.url });
    });
  }
  close() {
    return this.worker?.terminate();
  }
}
export const jsdomThread = new JsdomThread();

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
  { name: 'Readability + linkedom', run: (p) => readabilityLinkedom(p.html, p.url) },
  // Timed inside its own thread: `run` resolves to the milliseconds it took there.
  { name: 'Readability + jsdom', timesItself: true, run: (p) => jsdomThread.run(p) },
  {
    name: 'glue: Readability + linkedom, compromise, chrono',
    run: (p) => nlpFields(readabilityLinkedom(p.html, p.url).text, new Date()),
  },
  { name: 'parse only: cheerio default (parse5)', run: (p) => cheerio.load(p.html) },
  { name: 'parse only: cheerio/slim (htmlparser2)', run: (p) => loadSlim(p.html) },
];

export const TEXT_TOOLS = [
  { name: 'copydesk, full record', run: (p) => extractArticle(p.text, { url: p.url, format: 'text' }) },
  { name: 'copydesk, enrichment off', run: (p) => extractArticle(p.text, { url: p.url, format: 'text', enrich: false }) },
  { name: 'glue: compromise, chrono over the text', run: (p) => nlpFields(p.text, new Date()) },
];

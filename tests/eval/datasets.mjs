// Loaders for ../shared/datasets. Each yields { id, html | text, url, gold } items lazily.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DATASETS = new URL('../../../shared/datasets/', import.meta.url).pathname;
export const available = (name) => existsSync(join(DATASETS, name));

const readGz = (p) => gunzipSync(readFileSync(p));

/** The first `limit` items of a loader, as an array. */
export function take(items, limit = Infinity) {
  const out = [];
  for (const x of items) {
    if (out.length >= limit) break;
    out.push(x);
  }
  return out;
}

/** The naeb pages with their HTML decoded to strings once, for timing tools that should not pay for decoding. */
export const naebDecoded = (limit = Infinity) => take(naeb(), limit).map((p) => ({ html: new TextDecoder().decode(p.html), url: p.url }));

export function* naeb() {
  const gold = JSON.parse(readFileSync(join(DATASETS, 'naeb/articles.json'), 'utf8'));
  for (const [id, g] of Object.entries(gold)) {
    const p = join(DATASETS, 'naeb/html', `${id}.html.gz`);
    if (!existsSync(p)) continue;
    yield { id, html: readGz(p), url: g.url, gold: g };
  }
}

export function* naebText() {
  const gold = JSON.parse(readFileSync(join(DATASETS, 'naeb/articles.json'), 'utf8'));
  for (const [id, g] of Object.entries(gold)) {
    const p = join(DATASETS, 'textdumps/naeb', `${id}.txt`);
    if (!existsSync(p)) continue;
    yield { id, text: readFileSync(p, 'utf8'), url: g.url, gold: g };
  }
}

export function* readability() {
  const root = join(DATASETS, 'readability');
  for (const slug of readdirSync(root).sort()) {
    const dir = join(root, slug);
    if (!existsSync(join(dir, 'source.html'))) continue;
    const gold = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'));
    yield { id: slug, html: readFileSync(join(dir, 'source.html')), url: `http://fakehost/test/page.html`, gold };
  }
}

export function* postlight() {
  const root = join(DATASETS, 'postlight');
  for (const g of JSON.parse(readFileSync(join(root, 'expected-fields.json'), 'utf8'))) {
    const p = join(root, 'fixtures', g.fixture);
    if (!existsSync(p)) continue;
    yield { id: g.fixture, html: readFileSync(p), url: g.url, gold: g };
  }
}

export function* fundus() {
  const root = join(DATASETS, 'fundus');
  for (const country of readdirSync(root).sort()) {
    const dir = join(root, country);
    if (!existsSync(join(dir, 'meta.info'))) continue;
    const info = JSON.parse(readFileSync(join(dir, 'meta.info'), 'utf8'));
    const files = readdirSync(dir);
    for (const json of files.filter((f) => f.endsWith('.json')).sort()) {
      const publisher = json.replace(/\.json$/, '');
      const versions = JSON.parse(readFileSync(join(dir, json), 'utf8'));
      const pages = files.filter((f) => f.startsWith(`${publisher}_`) && f.endsWith('.html.gz')).sort();
      const keys = Object.keys(versions).sort();
      // The gold file holds one entry per page, in file order (V1, V1_1, …).
      for (const [i, file] of pages.entries()) {
        const gold = versions[keys[i]];
        if (gold) yield { id: `${country}/${file}`, html: readGz(join(dir, file)), url: info[file]?.url ?? null, gold };
      }
    }
  }
}

export function* htmldate() {
  const root = join(DATASETS, 'htmldate');
  const gold = JSON.parse(readFileSync(join(root, 'dates.json'), 'utf8'));
  for (const [url, g] of Object.entries(gold)) {
    const p = join(root, 'html', g.file);
    if (!existsSync(p)) continue;
    yield { id: g.file, html: readGz(p), url, gold: g };
  }
}

/** PolNeAR articles of one split ('dev' by default): plain text with attribution spans. */
export function* polnear(split = 'dev') {
  const lines = readFileSync(join(DATASETS, 'polnear/polnear-traindev.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    if (doc.split === split) yield doc;
  }
}

/** The hand-resolved speakers of the PolNeAR dev split, keyed by `doc_id/attr_id`. */
export function polnearSpeakers() {
  const out = new Map();
  const p = join(DATASETS, 'polnear/polnear-dev-speakers.jsonl');
  if (!existsSync(p)) return null;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    out.set(`${g.doc_id}/${g.attr_id}`, g);
  }
  return out;
}

/** NewsQuant dev sentences with their quantities. */
export function* newsquant() {
  yield* JSON.parse(readFileSync(join(DATASETS, 'numbers/newsquant-dev.json'), 'utf8'));
}

/** The lines of a JSON-lines file of the datasets, grouped by their `doc`. */
function byDoc(file) {
  const groups = new Map();
  for (const line of readFileSync(join(DATASETS, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const x = JSON.parse(line);
    if (!groups.has(x.doc)) groups.set(x.doc, []);
    groups.get(x.doc).push(x);
  }
  return groups;
}

/** TempEval documents (TimeBank and AQUAINT) with their TIMEX3 annotations and TimeML links. */
export function* tempeval() {
  for (const corpus of ['timebank', 'aquaint']) {
    const timex = byDoc(`tempeval/${corpus}.timex.jsonl`);
    // The TLINKs that put an event on a date or time expression of the text.
    const links = byDoc(`tempeval/${corpus}.links.jsonl`);
    for (const line of readFileSync(join(DATASETS, `tempeval/${corpus}.docs.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      yield { ...d, corpus, timex: timex.get(d.doc) ?? [], links: links.get(d.doc) ?? [] };
    }
  }
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARAGRAPHS, slowPage, storyPage } from './helpers.js';

// Runs the built binary on real files, as a user would (`npm test` builds first).
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seedHtml = join(root, 'fixtures/seed/jns-gaza-truce-talks.html');
const seedText = join(root, 'fixtures/seed/jns-gaza-truce-talks.txt');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, '--concurrency', '2', ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
});

async function warc(records: { url: string; date: string; type: string; contentType: string; body: string }[]): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const record = WARCRecord.create(
      { url: r.url, date: r.date, type: r.type as 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': r.contentType } },
      (async function* () {
        yield new TextEncoder().encode(r.body);
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  return Buffer.concat(parts);
}

describe('copydesk CLI: one page', () => {
  it('writes one JSON line with id and source first, then the record', () => {
    const res = run([seedHtml]);
    expect(res.status).toBe(0);
    const [line, ...rest] = lines(res.stdout);
    expect(rest).toHaveLength(0);
    expect(Object.keys(line).slice(0, 3)).toEqual(['id', 'source', 'schemaVersion']);
    expect(line.source).toBe(seedHtml);
    expect(line.headline).toBe('Gaza truce talks collapse without breakthrough');
  });

  it('reads standard input with "-", and indents with --pretty', () => {
    const res = run(['-', '--pretty'], readFileSync(seedHtml));
    expect(res.status).toBe(0);
    expect(res.stdout.split('\n').length).toBeGreaterThan(50);
    expect(JSON.parse(res.stdout).body.paragraphs).toHaveLength(12);
  });

  it('reads a gzipped page and a .txt scrape as text', () => {
    const gz = join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(seedHtml)));
    const [a, b] = lines(run([gz, seedText]).stdout);
    expect(a.kicker).toBe('Israel at War');
    expect(b.headline).toBe('Gaza truce talks collapse without breakthrough');
  });

  it('keeps only --fields, and passes options through', () => {
    const res = run([seedHtml, '--fields', 'headline,publishedAt,url', '--published-at', '2024-03-07', '--url', 'https://example.com/x']);
    const [line] = lines(res.stdout);
    expect(Object.keys(line)).toEqual(['id', 'source', 'headline', 'publishedAt', 'url']);
    expect(line.publishedAt.source).toBe('option');
    expect(line.url).toBe('https://example.com/x');
  });

  it('--time-budget passes the budget through: 1 ms is spent before enrichment, off reads everything', () => {
    const [cut] = lines(run([seedHtml, '--time-budget', '1', '--fields', 'quotes,diagnostics']).stdout);
    expect(cut.quotes).toEqual([]);
    expect(cut.diagnostics.map((d: { code: string }) => d.code)).toContain('budget.exceeded');
    const [whole] = lines(run([seedHtml, '--time-budget', 'off', '--fields', 'quotes']).stdout);
    expect(whole.quotes.length).toBeGreaterThan(0);
  });

  it('--no-enrich leaves quotes, figures and dates empty', () => {
    const [line] = lines(run([seedHtml, '--no-enrich', '--fields', 'quotes,figures,dates,body']).stdout);
    expect([line.quotes, line.figures, line.dates]).toEqual([[], [], []]);
    expect(line.body.text.length).toBeGreaterThan(1000);
  });

  it.each([
    [['--help'], 0, /Usage: copydesk/],
    [['--version'], 0, /^\d+\.\d+\.\d+/],
    [[], 2, /no input/],
    [['--bogus', seedHtml], 2, /Unknown option/],
    [[seedHtml, '--format', 'pdf'], 2, /option "format"/],
    [[seedHtml, '--concurrency', 'many'], 2, /--concurrency/],
    [[seedHtml, '--timeout', '0'], 2, /timeoutMs/],
    [[seedHtml, '--worker-heap', '1'], 2, /workerHeapMb/],
    [[seedHtml, '--time-budget', 'soon'], 2, /--time-budget/],
    [[seedHtml, '--time-budget', '0'], 2, /timeBudgetMs/],
    [[seedHtml, '--fields', 'headline,nonsense'], 2, /unknown field\(s\) nonsense/],
    [['/no/such/file.html'], 1, /no such file/],
    [[seedHtml, '--out', '/no/such/dir/out.jsonl'], 2, /cannot write \/no\/such\/dir\/out.jsonl/],
    [['/no/such/*.html'], 1, /matches no file/],
  ])('%j exits %i', (args, status, message) => {
    const res = run(args as string[]);
    expect(res.status).toBe(status);
    expect(`${res.stdout}${res.stderr}`).toMatch(message);
  });
});

describe('copydesk CLI: many pages', () => {
  it('reads a folder recursively and a glob, in sorted order, skipping files it does not read', () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'b.html'), storyPage(2));
    writeFileSync(join(folder, 'a.htm'), storyPage(1));
    writeFileSync(join(folder, 'sub', 'c.txt'), PARAGRAPHS.join('\n\n'));
    writeFileSync(join(folder, 'notes.md'), '# not a page');
    const res = run([folder, join(folder, '*.html')]);
    expect(res.status).toBe(0);
    expect(lines(res.stdout).map((l) => l.source.slice(folder.length))).toEqual(['/a.htm', '/b.html', '/sub/c.txt', '/b.html']);
  });

  it('reads JSONL, plain, gzipped and on stdin; a bad line is an error in its place', () => {
    const body = [
      JSON.stringify({ id: 'one', html: storyPage(1), url: 'https://example.com/one' }),
      JSON.stringify({ text: PARAGRAPHS.join('\n\n') }),
      '{not json',
      JSON.stringify({ id: 'four', url: 'https://example.com/4' }),
    ].join('\n');
    writeFileSync(join(dir, 'pages.jsonl'), body);
    writeFileSync(join(dir, 'pages.jsonl.gz'), gzipSync(body));
    for (const [args, input] of [[[join(dir, 'pages.jsonl')]], [[join(dir, 'pages.jsonl.gz')]], [['-'], body]] as [string[], string?][]) {
      const res = run(args, input);
      expect(res.status).toBe(1);
      const out = lines(res.stdout);
      expect(out.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'bad_json', 'bad_json']);
      expect(out[0].id).toBe('one');
      expect(out[0].url).toBe('https://example.com/one');
      expect(out[1].id).toMatch(/:2$/);
      expect(out[3].id).toBe('four');
    }
  });

  it('reads the HTML responses of a WARC (written with warcio): URL from the target URI, capture date as fallback', async () => {
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(
      file,
      await warc([
        { url: 'https://example.com/a', date: '2024-05-01T10:00:00Z', type: 'response', contentType: 'text/html; charset=utf-8', body: storyPage(1) },
        { url: 'https://example.com/logo.png', date: '2024-05-01T10:00:01Z', type: 'response', contentType: 'image/png', body: 'PNG' },
        { url: 'https://example.com/b', date: '2024-05-01T10:00:02Z', type: 'request', contentType: 'text/html', body: '' },
        { url: 'https://example.com/seed', date: '2024-05-02T10:00:00Z', type: 'response', contentType: 'text/html', body: readFileSync(seedHtml, 'utf8') },
      ]),
    );
    for (const [args, input] of [[[file]], [['-'], readFileSync(file)]] as [string[], Buffer?][]) {
      const res = run(args, input);
      expect(res.status).toBe(0);
      const out = lines(res.stdout);
      expect(out.map((l) => l.url)).toEqual(['https://example.com/a', 'https://example.com/seed']);
      expect(out[0].publishedAt).toMatchObject({ source: 'fallback' });
      expect(out[0].publishedAt.iso.startsWith('2024-05-01')).toBe(true);
      expect(out[1].publishedAt.source).toBe('jsonld');
      expect(out[1].headline).toBe('Gaza truce talks collapse without breakthrough');
    }
  });

  it('writes to --out and prints a one-line summary on stderr', () => {
    const out = join(dir, 'out.jsonl');
    const res = run([seedHtml, seedText, '--out', out]);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('');
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(2);
    expect(res.stderr).toMatch(/^copydesk: 2 pages in [\d.]+ s \([\d.]+ pages\/s\), 2 ok, 0 failed, peak RSS \d+ MB\n$/);
    expect(run([seedHtml, '--quiet']).stderr).toBe('');
  });

  it('1,000 inputs with 10 corrupt ones: 990 records and 10 error lines, in input order, exit 1', () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    const seed = readFileSync(seedHtml);
    const slow = slowPage();
    const corrupt = new Map<number, [string, string | Buffer, string]>([
      [7, ['html.gz', gzipSync(seed).subarray(0, 2000), 'read_failed']],
      [150, ['html.gz', gzipSync(seed).subarray(0, 40), 'read_failed']],
      [333, ['txt.gz', gzipSync(PARAGRAPHS.join('\n\n')).subarray(0, 100), 'read_failed']],
      [640, ['html.gz', Buffer.from('this is not gzip at all'), 'read_failed']],
      [101, ['html', Buffer.from(Uint8Array.from({ length: 8192 }, (_, i) => (i * 31) % 7)), 'not_text']],
      [502, ['html', Buffer.from(Uint8Array.from({ length: 3000 }, (_, i) => (i * 13) % 5)), 'not_text']],
      [777, ['txt', Buffer.from(Uint8Array.from({ length: 5000 }, (_, i) => i % 3)), 'not_text']],
      [888, ['html', Buffer.alloc(50 * 1024 * 1024, 'a'), 'too_large']],
      [420, ['html', slow, 'timeout']],
      [999, ['html', slow, 'timeout']],
    ]);
    for (let i = 0; i < 1000; i++) {
      const name = `page-${String(i).padStart(4, '0')}`;
      const bad = corrupt.get(i);
      if (bad) writeFileSync(join(folder, `${name}.${bad[0]}`), bad[1]);
      else writeFileSync(join(folder, `${name}.html`), i % 2 ? seed : storyPage(i));
    }
    const res = run([folder, '--timeout', '1000', '--max-bytes', '20000000', '--time-budget', 'off']);
    expect(res.status).toBe(1);
    const out = lines(res.stdout);
    expect(out).toHaveLength(1000);
    expect(out.map((l) => Number(/page-(\d+)/.exec(l.id)![1]))).toEqual([...Array(1000).keys()]);
    const errors = out.flatMap((l, i) => (l.error ? [[i, l.error.code]] : []));
    expect(errors).toEqual([...corrupt].sort((a, b) => a[0] - b[0]).map(([i, [, , code]]) => [i, code]));
    expect(out.filter((l) => l.schemaVersion === 1)).toHaveLength(990);
    expect(res.stderr).toMatch(/1000 pages .* 990 ok, 10 failed/);
  }, 120_000);
});

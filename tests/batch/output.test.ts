import { describe, expect, it } from 'vitest';
import { formatItem, unknownFields } from '../../src/batch/output.js';
import { Progress } from '../../src/batch/progress.js';
import { kindOf } from '../../src/batch/readers/kinds.js';
import { lineInput } from '../../src/batch/readers/jsonl.js';

describe('file kinds', () => {
  it.each([
    ['a/page.html', 'html', false],
    ['PAGE.HTM', 'html', false],
    ['x/y.txt.gz', 'text', true],
    ['dump.jsonl.gz', 'jsonl', true],
    ['feed.ndjson', 'jsonl', false],
    ['CC-MAIN-1.warc.gz', 'warc', true],
    ['crawl.warc', 'warc', false],
  ])('%s is %s (gzip: %s)', (path, kind, gzip) => expect(kindOf(path)).toEqual({ kind, gzip }));
  it.each(['notes.md', 'archive.tar.gz', 'data.json', 'dir.html/readme', 'Makefile'])('%s is not read from a folder', (path) => expect(kindOf(path).kind).toBeNull());
});

describe('JSONL lines', () => {
  it.each([
    ['{"id":"a","html":"<p>x</p>","url":"https://e.com/a"}', { id: 'a', html: '<p>x</p>', url: 'https://e.com/a' }],
    ['{"id":7,"text":"words"}', { id: '7', text: 'words' }],
    ['{"text":"no id"}', { id: 'f.jsonl:3', text: 'no id' }],
  ])('%s is a page', (line, expected) => expect(lineInput(line, 'f.jsonl:3', 1e6)).toMatchObject({ source: 'f.jsonl:3', ...expected }));
  it.each([
    ['{"id":"a"', 'bad_json'],
    ['[1,2]', 'bad_json'],
    ['"a string"', 'bad_json'],
    ['{"id":"b","html":42}', 'bad_json'],
    [`{"text":"${'x'.repeat(200)}"}`, 'too_large'],
  ])('%s is an error item (%s)', (line, code) => expect(lineInput(line, 'f.jsonl:3', 100)).toMatchObject({ error: { code } }));
});

describe('output lines', () => {
  const record = { schemaVersion: 1, headline: 'H', body: { text: 't', paragraphs: [] } } as never;
  it('puts id and source first, keeps only --fields, ends with a newline', () => {
    expect(formatItem({ id: 'a', source: 'f.html', record }, ['headline'], false)).toBe('{"id":"a","source":"f.html","headline":"H"}\n');
    expect(formatItem({ id: 'b', error: { code: 'timeout', message: 'slow' } }, null, false)).toBe('{"id":"b","error":{"code":"timeout","message":"slow"}}\n');
  });
  it('names the fields it does not know', () => expect(unknownFields(['headline', 'quotes', 'bogus', 'Headline'])).toEqual(['bogus', 'Headline']));
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (s: string) => written.push(s) > 0 } };
  };

  it('draws a live line on a terminal: done/total, rate, failures, ETA', async () => {
    const { written, stream } = sink(true);
    const progress = new Progress(stream, 10);
    progress.tick(true);
    await new Promise((r) => setTimeout(r, 200));
    progress.tick(false);
    expect(written.at(-1)).toMatch(/^\r\x1b\[K\s*copydesk \[#+\.+\]\s+2\/10 pages\s+[\d.]+ pages\/s\s+1 failed\s+ETA \d+s$/);
    progress.finish();
    expect(written.at(-1)).toMatch(/copydesk: 2 pages in [\d.]+ s .* 1 ok, 1 failed/);
  });

  it('writes only the summary when stderr is not a terminal, and nothing when quiet', () => {
    const { written, stream } = sink(false);
    const progress = new Progress(stream, null);
    for (let i = 0; i < 50; i++) progress.tick(true);
    expect(written).toEqual([]);
    progress.finish();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^copydesk: 50 pages in .* 50 ok, 0 failed, peak RSS \d+ MB\n$/);
    const quiet = new Progress(null, 3);
    quiet.tick(false);
    expect(quiet.failures).toBe(1);
    expect(() => quiet.finish()).not.toThrow();
  });
});

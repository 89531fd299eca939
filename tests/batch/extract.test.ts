// extractArticles runs the built worker (dist/worker.js), so these tests import the built library, as the CLI
// tests run the built binary (`npm test` builds first).
import { describe, expect, it } from 'vitest';
import { extractArticles, OptionsError, type BatchInput, type BatchItem } from '../../dist/index.js';
import { fixture, PARAGRAPHS, SLOW_OPTIONS, slowPage, storyPage } from '../helpers.js';

const seed = fixture('seed/jns-gaza-truce-talks.html');

async function collect(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options = {}): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of extractArticles(inputs, { concurrency: 2, ...options })) out.push(item);
  return out;
}

describe('extractArticles', () => {
  it('yields one item per input, in input order, whatever finishes first', async () => {
    // Large and small pages interleaved: the large ones finish last but are yielded in their place.
    const inputs = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, html: i % 3 === 0 ? seed.repeat(20) : storyPage(i) }));
    const items = await collect(inputs);
    expect(items.map((x) => x.id)).toEqual(inputs.map((x) => x.id));
    expect(items.every((x) => 'record' in x)).toBe(true);
    expect(items.map((x) => ('record' in x ? x.record.headline : null))[1]).toBe('Story number 1');
  });

  it('accepts strings, bytes and described inputs, numbering those without an id', async () => {
    const items = await collect([storyPage(0), new TextEncoder().encode(storyPage(1)), { text: PARAGRAPHS.join('\n\n'), source: 'notes.txt' }]);
    expect(items.map((x) => x.id)).toEqual(['0', '1', '2']);
    expect(items[2]!.source).toBe('notes.txt');
    expect(items.every((x) => 'record' in x && x.record.body.text.length > 100)).toBe(true);
  });

  it('turns bad inputs into error items and goes on', async () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 9);
    const items = await collect(
      [
        { id: 'ok1', html: storyPage(1) },
        { id: 'binary', html: binary },
        { id: 'huge', text: 'x'.repeat(2_000_001) },
        { id: 'upstream', error: { code: 'read_failed', message: 'truncated gzip' } },
        { id: 'bad-date', html: storyPage(2), fallbackPublishedAt: 'not a date' },
        { id: 'ok2', html: storyPage(3) },
      ],
      { maxInputBytes: 2_000_000 },
    );
    expect(items.map((x) => ('error' in x ? x.error.code : 'ok'))).toEqual(['ok', 'not_text', 'too_large', 'read_failed', 'invalid_input', 'ok']);
  });

  it('gives a page that runs over timeoutMs a timeout error, and the run goes on', async () => {
    const slow = slowPage();
    const items = await collect([{ id: 'a', html: storyPage(1) }, { id: 'slow', html: slow }, { id: 'b', html: storyPage(2) }], SLOW_OPTIONS);
    expect(items.map((x) => ('error' in x ? x.error.code : 'ok'))).toEqual(['ok', 'timeout', 'ok']);
  });

  it('uses a fallback publication date only when the page states none', async () => {
    const items = await collect([
      { id: 'undated', html: storyPage(1), fallbackPublishedAt: '2024-05-01T10:00:00Z' },
      { id: 'dated', html: seed, fallbackPublishedAt: '2024-05-01T10:00:00Z' },
    ]);
    const dates = items.map((x) => ('record' in x ? x.record.publishedAt : null));
    expect(dates[0]).toMatchObject({ iso: '2024-05-01T10:00:00Z', source: 'fallback' });
    expect(dates[1]).toMatchObject({ source: 'jsonld' });
  });

  it('reads ahead no further than maxPending: a slow consumer slows the producer', async () => {
    let pulled = 0;
    let taken = 0;
    let worst = 0;
    async function* inputs() {
      for (let i = 0; i < 30; i++) {
        pulled++;
        worst = Math.max(worst, pulled - taken);
        yield storyPage(i);
      }
    }
    for await (const item of extractArticles(inputs(), { concurrency: 2, maxPending: 3 })) {
      expect('record' in item).toBe(true);
      taken++;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(taken).toBe(30);
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('stops cleanly when the consumer breaks off', async () => {
    let pulled = 0;
    function* inputs() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield storyPage(i);
      }
    }
    for await (const _ of extractArticles(inputs(), { concurrency: 2, maxPending: 4 })) break;
    expect(pulled).toBeLessThanOrEqual(5);
  });

  it.each([
    [{ concurrency: 0 }, 'concurrency'],
    [{ timeoutMs: -1 }, 'timeoutMs'],
    [{ maxPending: 1.5 }, 'maxPending'],
    [{ workerHeapMb: 10 }, 'workerHeapMb'],
    [{ format: 'pdf' }, 'format'],
    [{ profile: () => {} }, 'profile'],
    [{ bogus: true }, 'bogus'],
  ])('rejects %j with an OptionsError naming %s, before any work starts', (options, name) => {
    expect(() => extractArticles([], options as never)).toThrow(OptionsError);
    expect(() => extractArticles([], options as never)).toThrow(name);
  });
});

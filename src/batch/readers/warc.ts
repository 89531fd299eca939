/**
 * WARC files (Common Crawl and the like), plain or gzipped per record, read with Webrecorder's warcio: each
 * `response` record whose HTTP Content-Type is HTML is one page; its target URI becomes `url` and its capture
 * date the fallback publication date. Other records (requests, metadata, images) are skipped.
 */
import type { Readable } from 'node:stream';
import type { BatchInput } from '../protocol.js';
import { readFailed, tooLarge } from './page.js';

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

export async function* readWarc(stream: Readable, name: string, limit: number): AsyncGenerator<BatchInput> {
  let n = 0;
  try {
    // Loaded on first use: the WARC reader and its hashing code cost 20 MB that runs without WARC files never need.
    const { WARCParser } = await import('warcio');
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      if (record.warcType !== 'response') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      if (!HTML_TYPE.test(type)) continue;
      const where = `${name}#${n++}`;
      const url = record.warcTargetURI ?? undefined;
      const date = record.warcDate ?? undefined;
      const length = Number(record.warcContentLength ?? 0);
      if (length > limit) {
        yield { id: where, source: where, url, error: tooLarge(`the record (${length} bytes)`, limit) };
        continue;
      }
      const html = await record.readFully(true);
      yield { id: where, source: where, html, url, ...(date ? { fallbackPublishedAt: date } : {}) };
    }
  } catch (e) {
    yield { id: `${name}#${n}`, source: name, error: readFailed('the WARC file', e) };
  } finally {
    stream.destroy();
  }
}

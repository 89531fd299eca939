/**
 * JSONL exports from scrapers: one page per line, `{"html"|"text", "url", "id"}`. A line that is not such an
 * object becomes a `bad_json` error item in its place; a stream that breaks (a truncated gzip) ends with one
 * `read_failed` item after the lines read so far.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { BatchInput } from '../protocol.js';
import { readFailed, tooLarge } from './page.js';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function lineInput(line: string, where: string, limit: number): BatchInput {
  const fallbackId = where;
  if (line.length > limit) return { id: fallbackId, source: where, error: tooLarge('the line', limit) };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: fallbackId, source: where, error: { code: 'bad_json', message: `the line is not JSON: ${(e as Error).message}` } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallbackId, source: where, error: { code: 'bad_json', message: 'the line is not a JSON object' } };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : fallbackId;
  const html = str(o.html);
  const text = str(o.text);
  if (html === undefined && text === undefined) return { id, source: where, error: { code: 'bad_json', message: 'the object has neither an "html" nor a "text" string' } };
  return { id, source: where, url: str(o.url), ...(html !== undefined ? { html } : { text }) };
}

export async function* readJsonl(stream: Readable, name: string, limit: number): AsyncGenerator<BatchInput> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim()) yield lineInput(line, `${name}:${n}`, limit);
    }
  } catch (e) {
    yield { id: `${name}:${n + 1}`, source: name, error: readFailed('the JSONL stream', e) };
  } finally {
    lines.close();
    stream.destroy();
  }
}

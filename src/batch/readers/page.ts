/**
 * One page per file (.html, .htm, .txt, and their .gz). The size is checked before the file is read, and a
 * gzip is inflated with a ceiling, so neither a 50 MB page nor a gzip bomb is ever held in memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { BatchInput } from '../protocol.js';
import { detectFormat } from '../../load/format.js';
import type { Kind } from './kinds.js';

const inflate = promisify(gunzip);

export const tooLarge = (what: string, limit: number) => ({ code: 'too_large', message: `${what} is over maxInputBytes (${limit} bytes)` });
export const readFailed = (what: string, e: unknown) => ({ code: 'read_failed', message: `${what} could not be read: ${e instanceof Error ? e.message : String(e)}` });

/** Bytes of a page, as its kind asks: text files become strings (UTF-8), HTML stays bytes for charset sniffing. */
export function pageInput(bytes: Uint8Array, kind: Kind | null, id: string, source: string): BatchInput {
  if (kind === 'html') return { id, source, html: bytes };
  const text = new TextDecoder().decode(bytes);
  // An unknown extension: the library's own format test decides.
  if (kind === null && detectFormat(text) === 'html') return { id, source, html: bytes };
  return { id, source, text };
}

export async function readPageFile(path: string, kind: Kind | null, gzip: boolean, limit: number): Promise<BatchInput> {
  try {
    const size = (await stat(path)).size;
    if (size > limit) return { id: path, source: path, error: tooLarge(`the file (${size} bytes)`, limit) };
    const raw = await readFile(path);
    if (!gzip) return pageInput(raw, kind, path, path);
    try {
      return pageInput(await inflate(raw, { maxOutputLength: limit }), kind, path, path);
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { id: path, source: path, error: tooLarge('the inflated file', limit) };
      return { id: path, source: path, error: readFailed('the gzip file', e) };
    }
  } catch (e) {
    return { id: path, source: path, error: readFailed('the file', e) };
  }
}

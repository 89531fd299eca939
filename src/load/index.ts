/**
 * The load stage: whatever the caller passed becomes one string, its format decided, size limits applied.
 */
import type { Diagnostics } from '../diagnostics.js';
import type { ResolvedOptions } from '../options.js';
import { decodeBytes } from './decode.js';
import { detectFormat, type Format } from './format.js';

export type Input = string | Uint8Array | { html?: string | Uint8Array; text?: string; url?: string };

export interface Loaded {
  source: string;
  format: Format;
  url: string | null;
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;
/** Bytes that no text page contains: NUL and most C0 controls. */
const BINARY_SAMPLE = 4096;

function looksBinary(s: string): boolean {
  const sample = s.slice(0, BINARY_SAMPLE);
  if (!sample) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.1;
}

export function load(input: unknown, options: ResolvedOptions, diagnostics: Diagnostics): Loaded {
  let raw: string | Uint8Array = '';
  let url: string | null = options.url ?? null;
  let forced: Format | null = options.format === 'auto' ? null : options.format;
  if (typeof input === 'string' || isBytes(input)) raw = input;
  else if (input && typeof input === 'object') {
    const o = input as { html?: unknown; text?: unknown; url?: unknown };
    if (typeof o.url === 'string' && !url) url = o.url;
    if (typeof o.html === 'string' || isBytes(o.html)) {
      raw = o.html;
      forced ??= 'html';
    } else if (typeof o.text === 'string') {
      raw = o.text;
      forced ??= 'text';
    } else diagnostics.warn('input.empty', 'the input object has neither an html nor a text field');
  } else diagnostics.warn('input.unsupported', `input of type ${input === null ? 'null' : typeof input} is not a page; expected a string, bytes or {html|text}`);

  let source: string;
  if (isBytes(raw)) {
    const decoded = decodeBytes(raw, options.maxInputBytes);
    source = decoded.text;
    if (decoded.truncated) diagnostics.warn('input.truncated', `the input was cut to maxInputBytes (${options.maxInputBytes} bytes)`);
  } else {
    source = raw;
    // Strings are limited by UTF-16 length as a cheap stand-in for bytes.
    if (source.length > options.maxInputBytes) {
      source = source.slice(0, options.maxInputBytes);
      diagnostics.warn('input.truncated', `the input was cut to maxInputBytes (${options.maxInputBytes} characters)`);
    }
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (looksBinary(source)) {
    diagnostics.warn('input.binary', 'the input looks binary (control characters), not a page; nothing was extracted');
    return { source: '', format: forced ?? 'text', url };
  }
  // Stray NULs in a page are dropped, as browsers drop them from text; they would otherwise split words.
  if (source.includes('\u0000')) {
    const before = source.length;
    source = source.replace(/\u0000+/g, '');
    diagnostics.info('input.nul', `${before - source.length} NUL character(s) were removed`);
  }
  return { source, format: forced ?? detectFormat(source), url };
}

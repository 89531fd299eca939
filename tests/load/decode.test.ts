import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/load/decode.js';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeBytes', () => {
  it('decodes UTF-8 without a declaration', () => {
    expect(decodeBytes(new TextEncoder().encode('<p>Café ‘quoted’</p>'), 1e6).text).toBe('<p>Café ‘quoted’</p>');
  });

  it('follows <meta charset> for legacy encodings', () => {
    const bytes = latin1('<html><head><meta charset="iso-8859-1"></head><body>Caf\u00e9</body></html>');
    expect(decodeBytes(bytes, 1e6).text).toContain('Café');
  });

  it('follows http-equiv content-type', () => {
    const bytes = latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>\u0093hi\u0094</body></html>');
    expect(decodeBytes(bytes, 1e6).text).toContain('“hi”');
  });

  it('prefers valid UTF-8 over a stale legacy declaration', () => {
    const bytes = new TextEncoder().encode('<html><head><meta charset="gb2312"></head><body>促进航天技术</body></html>');
    expect(decodeBytes(bytes, 1e6).text).toContain('促进航天技术');
  });

  it('honours a UTF-16 byte order mark', () => {
    const text = '<p>Hé</p>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((c, i) => bytes.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], 2 + i * 2));
    expect(decodeBytes(bytes, 1e6).text).toContain('<p>Hé</p>');
  });

  it('cuts at maxBytes on a character boundary and says so', () => {
    const out = decodeBytes(new TextEncoder().encode('ééééé'), 5);
    expect(out.truncated).toBe(true);
    expect(out.text).toBe('éé');
  });
});

/**
 * Bytes to string. The charset comes from the BOM, then `<meta charset>` / `http-equiv`, then UTF-8: that is
 * the WHATWG sniffing that encoding-sniffer (cheerio's own decoder) does, so we use it. One correction first:
 * bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares, since text in a legacy
 * encoding almost never validates as UTF-8, while pages re-encoded by a CMS often keep a stale declaration.
 */
import { decodeBuffer } from 'encoding-sniffer';

export interface Decoded {
  text: string;
  truncated: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

function hasOtherBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function decodeBytes(bytes: Uint8Array, maxBytes: number): Decoded {
  const truncated = bytes.byteLength > maxBytes;
  let view = truncated ? bytes.subarray(0, maxBytes) : bytes;
  // Cutting may split a multi-byte character: step back to a character boundary.
  if (truncated) {
    let end = view.length;
    while (end > 0 && end > view.length - 4 && (view[end - 1]! & 0xc0) === 0x80) end--;
    if (end > 0 && view[end - 1]! >= 0xc0) end--;
    view = view.subarray(0, end);
  }
  if (!hasOtherBom(view) && hasNonAscii(view)) {
    try {
      return { text: strictUtf8.decode(view), truncated };
    } catch {
      /* not UTF-8: let the declared charset decide */
    }
  }
  const buffer = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  return { text: decodeBuffer(buffer, { defaultEncoding: 'UTF-8' }), truncated };
}

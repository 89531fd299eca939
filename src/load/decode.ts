/**
 * Bytes to string. The charset comes from the BOM, then `<meta charset>` / `http-equiv`, then UTF-8: that is
 * exactly what the WHATWG sniffing in encoding-sniffer (cheerio's own decoder) does, so we use it.
 */
import { decodeBuffer } from 'encoding-sniffer';

export interface Decoded {
  text: string;
  truncated: boolean;
}

export function decodeBytes(bytes: Uint8Array, maxBytes: number): Decoded {
  const truncated = bytes.byteLength > maxBytes;
  const view = truncated ? bytes.subarray(0, maxBytes) : bytes;
  const buffer = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  return { text: decodeBuffer(buffer, { defaultEncoding: 'UTF-8' }), truncated };
}

// The fixed tune and check halves of every dataset, by a hash of the page, document, sentence or case id.
// Written once: changing the hash would let rules written on one half be scored on it again.

export const HALVES = ['tune', 'check'];

/** FNV-1a, 32 bits, over the id's UTF-16 code units. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 'tune' or 'check' for an id; the same id always falls in the same half. */
export const halfOf = (id) => HALVES[fnv1a(String(id)) % 2];

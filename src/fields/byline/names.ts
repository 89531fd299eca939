/**
 * Turns a byline string into person names: drops "By", dates, job titles, agencies and "Staff", splits on
 * "and", commas and ampersands.
 */

const LEAD = /^\s*(?:written\s+)?(?:by|von|par|por|door|di|av|przez|de|of|from|text|texte|autor(?:in)?|author|reporting by|words by)\s*[:\-]?\s+/i;
const SPLIT = /\s*(?:,|;|&|\||\/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|\bwith\b|\n)\s*/i;
/** Words that make a byline segment a role, desk or agency rather than a person. */
const NOT_A_PERSON = /\b(?:staff|writer|reporter|correspondent|editor|editors|editorial|contributor|columnist|desk|team|news|newsroom|agency|agencies|associated press|reuters|afp|dpa|bloomberg|updated|published|posted|photos?|video|min(?:ute)?s? read|follow|email|twitter|senior|chief|bureau|service|wire|press|media|online|digital|redaktion|rédaction|the\b)/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|der|de|del|la|le|da|di|du|dos|bin|al|ibn|mc|st\.?))$/u;

export function splitNames(raw: string): string[] {
  const text = raw.replace(/\s+/g, ' ').replace(/\([^)]*\)/g, ' ').replace(LEAD, '').trim();
  const names: string[] = [];
  for (const part of text.split(SPLIT)) {
    const name = part.replace(LEAD, '').replace(/^[\s\-–—:·•]+|[\s\-–—:·•.,]+$/g, '').trim();
    if (isPersonName(name) && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

export function isPersonName(name: string): boolean {
  if (name.length < 4 || name.length > 60) return false;
  if (/[\d@#:/]|https?|www\./i.test(name)) return false;
  if (NOT_A_PERSON.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/**
 * Turns a byline string into person names: drops "By", dates, job titles, agencies and "Staff", splits on
 * "and" (or its word in the byline's language), commas and ampersands.
 */

const LEAD = /^\s*(?:(?:(?:written|posted|reported)\s+)?(?:by|von|par|por|door|di|av|af|przez|de|of|from|text|texte|autor(?:in)?|author|reporting by|words by)\s*[:-]?\s+|(?:取材・)?文\s*[●:：]\s*)/i;
/** Separators between names, and between a name and the section or reading time a byline sets beside it with a
 * spaced middle dot ("Politik · Jochen Bittner"; the unspaced dot of Catalan "Marcel·lí" stays). Conjunctions are matched in lower case (or all caps) only, so that the
 * initial in "Cam E. Kettles" is not read as the Portuguese "e". */
const SPLIT = /(?<!\s)\s*(?:,|;|&|\||\/|\n|，|、|／|｜)\s*|(?<!\s)\s+[·•]\s+|(?<!\s)\s+(?:and|AND|und|et|y|e|i|og|och|en|oraz|и|with)\s+/;
/** Words that make a byline segment a role, desk or agency rather than a person. */
const NOT_A_PERSON = /\b(?:staff|writer|reporter|correspondent|editor|editors|editorial|contributor|columnist|desk|team|news|newsroom|agency|agencies|associated press|reuters|afp|dpa|bloomberg|updated|published|posted|photos?|video|min(?:ute)?s? read|follow|email|twitter|senior|chief|bureau|service|wire|press|media|online|digital|report|redaktion|rédaction|redazione|redacción|redação|redactie|redakcja|redaksjon|zeitung|rundschau|nachrichten|rundfunk|welle|scanpix|ritzau|the\b)/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.·-]*|(?:van|von|der|de|del|la|le|da|di|du|dos|bin|al|ibn|mc|st\.?))$/u;

/** Newsroom words that follow a name in a byline: "Jim Walsh Cherry Hill Courier-Post", "Craig Meyer USA TODAY". */
const ORGANISATION_WORD = /^(?:times|post|telegram|journal|tribune|herald|gazette|courier(?:-\w+)?|enquirer|network|magazine|daily|today|news|inc\.?|llc|ltd\.?|group|media|staff|press|star|sun|globe|chronicle|examiner|observer|register|record|review|bulletin|usa)$/i;
/** Degrees and credentials after a name: "Lauren Manaker MS", "Robert E. Moffit, Ph.D.". */
const CREDENTIAL = /^(?:ms|ma|mba|md|rd|rdn|phd|ph\.d\.?|dr|cpa|esq\.?|rn|np|ldn|cscs|cde|lcsw)\.?$/i;

/** A role in the plural names a group, and what stands before it is the newsroom: "Yomiuri Shimbun Staff Writers". */
const GROUP_ROLE = /\b(?:writers|reporters|correspondents|editors|staffers)\s*$/i;

/** Cuts the newsroom or credentials that a byline glues after a name. */
function trimAffiliation(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && CREDENTIAL.test(words[words.length - 1]!)) words.pop();
  const org = words.findIndex((w, i) => i >= 2 && ORGANISATION_WORD.test(w));
  return (org > 0 ? words.slice(0, 2) : words).join(' ');
}

/** "ByTravis Haney": a byline whose "By" and name lost the space between them (case matters: "Byron" is a name). */
const GLUED_BY = /^\s*By(?=\p{Lu}\p{Ll})/u;

export function splitNames(raw: string): string[] {
  const text = raw.replace(GLUED_BY, '').replace(/\s+/g, ' ').replace(/\([^()]*\)/g, ' ').replace(LEAD, '').trim();
  const names: string[] = [];
  for (const part of text.split(SPLIT)) {
    if (GROUP_ROLE.test(part)) continue;
    const name = trimAffiliation(part.replace(/[[\]【】［］]/g, ' ').trim().replace(LEAD, '').replace(/^[\s\-–—:·•]+|(?<![\s\-–—:·•.,])[\s\-–—:·•.,]+$/g, '').trim());
    if (isPersonName(name) && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(asName(name));
  }
  return names;
}

/** Chinese and Japanese names are written without spaces: two to eight Han or kana characters ("肖春芳", "小暮ひさのり"). */
const CJK_NAME = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・]{2,8}$/u;
/** Words that make a Chinese or Japanese credit a desk, outlet or label: editorial desk, reporter, newspaper, agency, web, paper, author. */
const CJK_NOT_A_PERSON = /編集|编辑|編輯|記者|记者|新聞|新闻|通信|网|網|报社|報社|日報|日报|作者|著者|筆者|社$/u;

export function isPersonName(name: string): boolean {
  if (CJK_NAME.test(name)) return !CJK_NOT_A_PERSON.test(name);
  if (name.length < 4 || name.length > 60 || CREDENTIAL.test(name)) return false;
  if (/[\d@#:/]|https?|www\./i.test(name)) return false;
  if (NOT_A_PERSON.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w));
}

const PARTICLE = /^(?:van|von|der|den|de|del|della|la|le|da|di|du|dos|das|bin|al|ibn|ter|ten)$/i;

/**
 * A name the page prints in capitals, written as a name: "MARIA LOPEZ" → "Maria Lopez", "JUAN DE LA CRUZ" →
 * "Juan de la Cruz", "SEAN O'BRIEN" → "Sean O'Brien", "ANNA MCDONALD" → "Anna McDonald", and a surname set in
 * capitals, "André Oliver KLEIN" → "André Oliver Klein". Initials and numerals stay; particles written in lower
 * case and words in mixed case ("DeShawn") are left as written.
 */
export function asName(name: string): string {
  const allCaps = !/\p{Ll}/u.test(name);
  return name.split(/\s+/).map((w, i) => {
    if (/^(?:\p{Lu}\.)+$/u.test(w) || /^(?:II|III|IV|Jr\.?|Sr\.?)$/i.test(w) && i > 0) return w;
    if (/\p{Ll}/u.test(w) || !allCaps && w.replace(/\P{L}/gu, '').length < 3) return w;
    if (i > 0 && PARTICLE.test(w)) return w.toLowerCase();
    const lower = w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    return lower.replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
  }).join(' ');
}

/**
 * A handle or pen name that signs a post: one token with the marks of a handle that no desk, agency or brand has:
 * "@" or "u/" before it, a digit or an underscore in it ("nightowl42", "jane_doe", "@KingBeyonceStan"). Never
 * "AFP", "dpa", "Redaktion", or a camel-case word, which brands share ("MarketWatch").
 */
export function isHandle(token: string): boolean {
  const t = token.trim();
  if (!/^(?:@|u\/)?[\p{L}\p{N}_.-]{3,30}$/u.test(t) || !/\p{L}/u.test(t) || NOT_A_PERSON.test(t)) return false;
  return /^(?:@|u\/)/.test(t) || /[\p{N}_]/u.test(t);
}

import type { RuleSet } from './types.js';

/** Words that label a photo's credit, in English, German, French, Spanish, Italian, Polish: "Photo:", "Bildrechte:", "Foto(s):". */
const CREDIT_WORDS = 'credit|photo|photograph|image|picture|screenshot|foto|bild|bildrechte|bildquelle|crédit|crédito|fotografía|zdjęcie';
/** Photo agencies whose name closes a caption: "(Getty Images / Getty Images)", "… via Getty Images, FILE". */
const AGENCIES = 'AP|Reuters|AFP|Getty Images|EPA|Shutterstock';

/**
 * A caption ends with its credit: "… Credit: IDF.", "… (Reuters)", "… Clive Rose/Getty Images", "… Milan
 * Jaros/Bloomberg/Getty Images", "… (Nuccio DiNuzzo/Chicago Tribune)", "… (Derek Shook for Fox News Digital)",
 * "… (Submitted by Darren Larvin)", "… Bildrechte: MDR/David Straub", "… © Gemeinde Nußdorf-Debant", "… | Moment
 * | Getty Images"; or starts with one: "PHOTO BY …", "Screenshot: …".
 */
const CREDIT_TAIL = new RegExp(`(?:(?<![\\p{L}])(?:${CREDIT_WORDS})s?(?:\\(s\\))?\\s*:\\s*[^.]{2,60}\\.?|©\\s?[^.©]{2,60}\\.?|\\((?:[^()]{0,40}\\/\\s?)?(?:${AGENCIES})(?: Photo)?(?:\\s?\\/\\s?[^()]{1,40})?\\)\\.?|(?<![\\p{L}])via (?:${AGENCIES})(?:,\\s?file)?|(?<![\\p{L}])file (?:photo|image)|[.!?]\\s?(?:Getty Images|Shutterstock|AP Photo)|\\|\\s?(?:${AGENCIES})|[\\s.](?:\\p{Lu}[\\p{L}'’-]+\\s){1,3}\\p{Lu}[\\p{L}'’-]+(?:\\s?\\/\\s?(?:${AGENCIES}|dpa|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+){0,3})){1,3})\\s*$`, 'iu');
/** A credit in brackets at the end: "(Nuccio DiNuzzo/Chicago Tribune)", "(Derek Shook for Fox News Digital)", "(Submitted by
 * Darren Larvin)". Case matters here: "(bottled at 52.6% ABV/105 proof)" and "(Try for free)" are not credits. */
const BRACKETED_CREDIT = /\((?:[\p{Lu}@][^()/]{1,50}\s?\/\s?\p{Lu}[^()]{1,40}|\p{Lu}[^()]{1,40} for \p{Lu}[^()]{1,40}|(?:[Ss]ubmitted by|[Cc]ourtesy(?: of)?|[Pp]hoto (?:by|courtesy of)) \p{Lu}[^()]{1,40})\)\.?\s*$/u;
const CREDIT_HEAD = /^(?:photo|photograph|image|screenshot|foto|bild)s?\s+(?:by|von|:)\s/iu;
/** Wire-service photo captions open with "FILE - " (a file photo) in capitals. */
const FILE_PHOTO = /^FILE(?: PHOTO)?\s[-–—]\s/;
const MAX_CAPTION = 400;
/** A credit is at most this long: the tail test reads only the line's end, so a page of 200,000 paragraphs does
 * not run it over every character. */
const TAIL_CHARS = 120;

/** Every credit tail holds one of these; most paragraphs hold none, and this test is far cheaper than the tail's. */
const TAIL_MARK = new RegExp(`[:©(|/]|getty|shutterstock|file (?:photo|image)|via (?:${AGENCIES})\\b`, 'i');

/** A caption set as an ordinary line or paragraph, told by its credit. */
export function isCreditedCaption(text: string): boolean {
  if (text.length >= MAX_CAPTION) return false;
  const tail = text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text;
  return (TAIL_MARK.test(tail) && (CREDIT_TAIL.test(tail) || BRACKETED_CREDIT.test(tail))) || CREDIT_HEAD.test(text) || FILE_PHOTO.test(text);
}

/** Photo captions and credits: kept in `record.media`, taken out of the body. */
export const media: RuleSet = {
  markup: [
    { id: 'caption.tag', category: 'caption', tags: ['figcaption'] },
    { id: 'caption.class', category: 'caption', tokens: ['caption', 'captions', 'figcaption', 'imagecaption', 'photocaption', 'wp-caption-text'], prefixes: ['caption'] },
    // Slideshows and galleries repeat the story's photos with their captions.
    { id: 'caption.gallery', category: 'caption', tokens: ['carousel', 'slideshow', 'gallery'], prefixes: ['carousel', 'slideshow'] },
    { id: 'credit.class', category: 'credit', tokens: ['credit', 'credits', 'imagecredit', 'photocredit', 'copyright', 'byline-image'], prefixes: ['credit', 'photo-credit', 'image-credit'] },
  ],
  text: [
    { id: 'credit.label', category: 'credit', pattern: new RegExp(`^\\(?(?:${CREDIT_WORDS}|video|illustration|graphic)s?(?:\\(s\\))?(?: credit)?\\s*(?::|by(?![\\p{L}]))\\s*\\S[^.!?]{0,80}\\.?\\)?$`, 'iu'), maxChars: 120 },
    // "Paul Chinn/The San Francisco Chronicle/Getty Images", "Catie Dull/NPR"
    { id: 'credit.slashed', category: 'credit', pattern: /^\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,4}(?:\s?\/\s?\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,4}){1,3}$/u, maxChars: 100 },
    { id: 'credit.agency', category: 'credit', pattern: /^\(?(?:AP|Reuters|AFP|Getty Images|EPA|Shutterstock|iStock|dpa)(?: Photo)?(?:\s*\/\s*[A-Z][\w .'-]{1,40})?\)?\.?$/, maxChars: 60 },
  ],
};

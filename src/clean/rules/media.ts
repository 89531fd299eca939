import type { RuleSet } from './types.js';

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
    { id: 'credit.label', category: 'credit', pattern: /^(?:photo|photograph|image|picture|video|credit|illustration|graphic)s?(?: credit)?\s*(?::|by\b)\s*\S[^.!?]{0,80}\.?$/i, maxChars: 120 },
    // "Paul Chinn/The San Francisco Chronicle/Getty Images", "Catie Dull/NPR"
    { id: 'credit.slashed', category: 'credit', pattern: /^\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,4}(?:\s?\/\s?\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,4}){1,3}$/u, maxChars: 100 },
    { id: 'credit.agency', category: 'credit', pattern: /^\(?(?:AP|Reuters|AFP|Getty Images|EPA|Shutterstock|iStock|dpa)(?: Photo)?(?:\s*\/\s*[A-Z][\w .'-]{1,40})?\)?\.?$/, maxChars: 60 },
  ],
};

import type { RuleSet } from './types.js';

/** Ad slots and their labels. */
export const advertisement: RuleSet = {
  markup: [
    {
      id: 'advertisement.class',
      category: 'advertisement',
      tokens: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adcontainer', 'adwrapper',
        'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'banner', 'billboard', 'leaderboard', 'adsbygoogle', 'commercial'],
      prefixes: ['ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'google_ads', 'div-gpt-ad', 'advert', 'sponsored', 'native-ad', 'dfp-'],
    },
  ],
  text: [
    { id: 'advertisement.label', category: 'advertisement', pattern: /^(?:advertisement|advertising|ad|ads|anzeige|publicité|publicidad|reklama|sponsored(?: content)?|paid (?:post|content)|(?:story|article) continues below(?: this)?(?: ad| advertisement)?|continue reading (?:the main story|below))\s*$/i, maxChars: 60 },
    // Affiliate disclosures: "If you purchase a product through a link on our site, we may receive compensation."
    { id: 'advertisement.affiliate-disclosure', category: 'advertisement', pattern: /\b(?:we|site|publisher) (?:may |might |could )?(?:receive|earn|get) (?:an? )?(?:small )?(?:share of (?:the )?(?:sales?|revenue)|commission|compensation|affiliate (?:fee|commission))\b/i, maxChars: 400 },
  ],
};

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
    { id: 'advertisement.label', category: 'advertisement', pattern: /^(?:advertisement|advertising|ad|ads|anzeige|publicité|publicidad|reklama|sponsored(?: content)?|paid (?:post|content)|story continues below(?: this)?(?: advertisement)?|continue reading (?:the main story|below)|article continues below(?: advertisement)?)\s*$/i, maxChars: 60 },
  ],
};

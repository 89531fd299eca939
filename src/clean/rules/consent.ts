import type { RuleSet } from './types.js';

/** Cookie and privacy consent banners. */
export const consent: RuleSet = {
  markup: [
    { id: 'consent.class', category: 'consent', tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cmp', 'onetrust', 'cookiebanner', 'privacymodal', 'privacybanner', 'privacynotice'], prefixes: ['cookie', 'consent', 'onetrust', 'didomi', 'spmessage', 'qccmp', 'truste', 'privacymodal', 'privacymanager', 'optanon', 'cybot', 'usercentrics'] },
  ],
  text: [
    { id: 'consent.cookies', category: 'consent', pattern: /\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b/i, maxChars: 500 },
  ],
};

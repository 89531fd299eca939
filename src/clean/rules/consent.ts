import type { RuleSet } from './types.js';

/** Cookie and privacy consent banners. */
export const consent: RuleSet = {
  markup: [
    { id: 'consent.class', category: 'consent', tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cmp', 'onetrust', 'cookiebanner', 'privacymodal', 'privacybanner', 'privacynotice'], prefixes: ['cookie', 'consent', 'onetrust', 'didomi', 'spmessage', 'qccmp', 'truste', 'privacymodal', 'privacymanager', 'optanon', 'cybot', 'usercentrics'] },
  ],
  text: [
    // Cookie notices speak to the reader about "our" cookies and "your" browser; a story about cookie rules does not.
    { id: 'consent.cookie-notice', category: 'consent', pattern: /\b(?:we|our)\b[^.!?]{0,100}\bcookies\b[^.!?]{0,150}\b(?:browser|website|site|device|preferences|consent|settings|opt[- ]out|third[- ]part(?:y|ies)|tracking|analytics)\b/i, maxChars: 1000 },
    { id: 'consent.cookies', category: 'consent', pattern: /\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b/i, maxChars: 500 },
  ],
};

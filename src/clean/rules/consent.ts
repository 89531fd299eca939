import type { RuleSet } from './types.js';

/** Cookie and privacy consent banners. */
export const consent: RuleSet = {
  markup: [
    { id: 'consent.class', category: 'consent', tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cmp', 'onetrust', 'cookiebanner', 'privacymodal', 'privacybanner', 'privacynotice'], prefixes: ['cookie', 'consent', 'onetrust', 'didomi', 'spmessage', 'qccmp', 'truste', 'privacymodal', 'privacymanager', 'optanon', 'cybot', 'usercentrics'] },
  ],
  text: [
    // Cookie notices speak to the reader about "our" cookies and "your" browser; a story about cookie rules does not.
    { id: 'consent.cookie-notice', category: 'consent', pattern: /\b(?:we|our)\b[^.!?]{0,100}\bcookies\b[^.!?]{0,150}\b(?:browser|website|site|device|preferences|consent|settings|opt[- ]out|third[- ]part(?:y|ies)|tracking|analytics)\b/i, maxChars: 1000 },
    // The placeholder of an embedded video or post that waits for the reader's consent: "Externen Inhalt anzeigen",
    // "I agree to external content being shown", "Personenbezogene Daten können an Drittplattformen übermittelt werden".
    {
      id: 'consent.external-content',
      category: 'consent',
      pattern: /^(?:empfohlener redaktioneller inhalt|ein klick für den datenschutz|(?:externen? )?inhalte? (?:anzeigen|laden|erlauben|aktivieren)|[\p{L}]+-inhalte? (?:erlauben|anzeigen|laden|aktivieren)|(?:show|load|allow|view|display) (?:external|third[- ]party|embedded) content|(?:afficher|charger|autoriser) (?:le )?contenu(?: externe)?|contenu externe|mostrar contenido externo|contenido externo|contenuto esterno|externe inhoud)\.?$|\b(?:an dieser stelle (?:findest du|finden sie) (?:einen )?externen? inhalt|ich bin damit einverstanden, dass mir (?:externe )?inhalte|personenbezogene daten können an drittplattformen übermittelt werden|i (?:agree|consent) to (?:external|third[- ]party) content being (?:displayed|shown|loaded)|this (?:content|embed) is (?:provided|hosted) by (?:a )?third[- ]party)\b/iu,
      maxChars: 300,
    },
    { id: 'consent.cookies', category: 'consent', pattern: /\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b/i, maxChars: 500 },
  ],
};

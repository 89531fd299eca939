import type { RuleSet } from './types.js';

/** Things a reader never sees: hidden elements and screen-reader-only helpers. */
export const hidden: RuleSet = {
  markup: [
    { id: 'hidden.attribute', category: 'other', attributes: { hidden: /.?/, 'aria-hidden': /^true$/i } },
    { id: 'hidden.style', category: 'other', attributes: { style: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i } },
    // Overlays are shown on top of the page on demand: sign-up, consent, lightbox.
    { id: 'hidden.overlay', category: 'other', tokens: ['modal', 'popup', 'overlay', 'lightbox', 'interstitial'], prefixes: ['modal', 'popup'] },
    { id: 'hidden.class', category: 'other', tokens: ['hidden', 'hide', 'sronly', 'sr-only', 'visuallyhidden', 'screenreader', 'printonly', 'noprint', 'offscreen'], prefixes: ['visually-hidden', 'sr-only', 'screen-reader'] },
  ],
  text: [],
};

import type { RuleSet } from './types.js';

/** Appeals for money from the publisher. Phrased around "us", "our journalism" and "readers like you" so that
 * a story about a blood drive or a charity appeal is not mistaken for one. */
export const donation: RuleSet = {
  markup: [
    {
      id: 'donation.class',
      category: 'donation',
      tokens: ['donate', 'donation', 'donations', 'contribute', 'contribution', 'supportus', 'membership', 'patron'],
      prefixes: ['donat', 'support-us', 'supportus', 'contribution'],
    },
  ],
  text: [
    { id: 'donation.donate-now', category: 'donation', pattern: /\b(?:by )?donat(?:e|ing) (?:now|today|here|to (?:us|our|support our))\b/i, maxChars: 300 },
    { id: 'donation.readers-like-you', category: 'donation', pattern: /\b(?:readers|supporters|members) like you\b/i, maxChars: 1200 },
    { id: 'donation.count-on-you', category: 'donation', pattern: /\bcan we count on your support\b|\bevery contribution,? (?:however |no matter how )?(?:big or small|large or small)\b/i, maxChars: 1200 },
    { id: 'donation.support-journalism', category: 'donation', pattern: /\b(?:support|fund|sustain) (?:our|independent|quality|local|nonprofit|non-profit) (?:journalism|reporting|newsroom)\b[^.!?]{0,80}(?:today|now|by|with|\?)/i, maxChars: 600 },
    { id: 'donation.needs-support', category: 'donation', pattern: /^(?:our|quality|local|independent) journalism (?:needs|depends on|relies on) (?:your|reader) support\b/i, maxChars: 200 },
    { id: 'donation.make-gift', category: 'donation', pattern: /\b(?:make|making) a (?:tax-deductible |one-time |monthly |recurring )?(?:donation|contribution|gift) (?:to|today|now)\b/i, maxChars: 400 },
  ],
};

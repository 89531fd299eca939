import type { RuleSet } from './types.js';

/** Metered-access counters: "You have read 3 articles this month". */
export const meter: RuleSet = {
  markup: [
    // Only the counters: "meteredContent" and the like wrap the gated story itself.
    { id: 'meter.class', category: 'meter', tokens: ['meterbar', 'meterprompt', 'metermodal', 'articlecount', 'articlecounter'] },
  ],
  text: [
    {
      id: 'meter.articles-read',
      category: 'meter',
      pattern: /\byou(?:'ve|’ve| have) (?:read|viewed|used|reached|enjoyed) (?:your )?(?:\d+|one|two|three|four|five|all|more than \d+|(?:the|your) (?:limit|maximum)(?: of)?)\b[^.!?]{0,40}?\b(?:free )?(?:articles?|stories|pieces|page ?views)\b/i,
      maxChars: 200,
      access: 'metered',
    },
    { id: 'meter.articles-left', category: 'meter', pattern: /\b(?:\d+|one|two|three|four|five) (?:free )?(?:articles?|stories) (?:left|remaining)\b|\byou have (?:\d+|one|two|three) free (?:articles?|stories)\b/i, maxChars: 200, access: 'metered' },
    { id: 'meter.last-free', category: 'meter', pattern: /\bthis is your (?:last|final) free (?:article|story)\b/i, maxChars: 200, access: 'metered' },
  ],
};

import type { RuleSet } from './types.js';

/** Hard paywalls: the story is cut off until the reader pays. */
export const paywall: RuleSet = {
  markup: [
    {
      id: 'paywall.class',
      category: 'paywall',
      // Only the prompts: sites also put "paywall" classes on the gated story itself, which must stay.
      tokens: ['regwall', 'tpmodal', 'tpbackdrop', 'subscriptionwall', 'subscribewall', 'paywallprompt', 'paywallmodal'],
      prefixes: ['paywallprompt', 'paywallmodal', 'paywalloverlay', 'paywallbanner', 'paywallcta', 'tpmodal', 'subscriptionprompt', 'subscribeprompt'],
    },
  ],
  text: [
    { id: 'paywall.subscribe-to-continue', category: 'paywall', pattern: /\b(?:subscribe|subscription|become a (?:subscriber|member)|pay|purchase)\b[^.!?]{0,40}\bto (?:continue|keep|finish) reading\b|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|become a subscriber|purchase)\b/i, maxChars: 300, access: 'hard' },
    { id: 'paywall.subscribers-only', category: 'paywall', pattern: /\bthis (?:article|story|content|page) is (?:only )?(?:for|available (?:only )?to|exclusive(?:ly)? (?:to|for)|reserved for) (?:our )?(?:paid |paying |premium |digital )?(?:subscribers|members)\b/i, maxChars: 300, access: 'hard' },
    { id: 'paywall.already-subscriber', category: 'paywall', pattern: /^already (?:a (?:subscriber|member)|have an account|subscribed)\?/i, maxChars: 160 },
    { id: 'paywall.subscribe-now', category: 'paywall', pattern: /^(?:subscribe|subscribe now|subscribe today|start your (?:free )?trial|unlock (?:this|full|unlimited) (?:article|access|story))\b[^.!?]{0,100}[.!]?$/i, maxChars: 140 },
    { id: 'paywall.unlimited-access', category: 'paywall', pattern: /\b(?:get|gain|enjoy) (?:unlimited|full|complete) (?:digital )?access\b[^.!?]{0,60}\b(?:for (?:just|only)|subscribe|per (?:month|week)|\$|£|€)/i, maxChars: 300 },
  ],
};

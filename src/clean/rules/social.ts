import type { RuleSet } from './types.js';

const NETWORKS = '(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|copy(?: link)?|link|reddit|pinterest|flipboard|messenger|threads|bluesky|mastodon|tumblr|sms|share|tweet|pocket)';

/** Share bars and "follow us" prompts. */
export const social: RuleSet = {
  markup: [
    // Embedded posts quote the network, not the story's own text.
    { id: 'social.embed', category: 'social', tokens: ['twittertweet', 'instagrammedia', 'tiktokembed', 'fbpost', 'redditcard', 'blueskyembed'], prefixes: ['twittertweet', 'instagrammedia', 'tiktokembed', 'embedtwitter', 'embedinstagram', 'socialembed'] },
    {
      id: 'social.class',
      category: 'social',
      tokens: ['share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'socialshare', 'follow', 'followus', 'addthis', 'sharethis'],
      prefixes: ['addtoany', 'a2a', 'sharethis', 'socialshare', 'sharebar', 'sharetools'],
    },
  ],
  text: [
    { id: 'social.networks', category: 'social', pattern: new RegExp(`^(?:${NETWORKS}(?:\\s*[|·•,/]?\\s*|$)){1,12}$`, 'i'), maxChars: 160 },
    { id: 'social.follow-page', category: 'social', pattern: /^follow (?:the |us |our )?[^.!?]{0,60}\bon (?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky)\b/i, maxChars: 200 },
    // The attribution line under an embedded post: "— NFL (@NFL) December 22, 2023".
    { id: 'social.post-attribution', category: 'social', pattern: /^[—–-]\s*[^()\s][^()]{0,59}\(@\w{1,30}\)\s*\p{L}+\.? \d{1,2}, \d{4}$/u, maxChars: 120 },
    // What Instagram's embed code prints around a post on every site that embeds one.
    { id: 'social.instagram-embed', category: 'social', pattern: /^(?:view this post on instagram|a post shared by\b[^.!?]{0,80}$)/i, maxChars: 120 },
    { id: 'social.share-this', category: 'social', pattern: /^(?:share (?:this|on|via|the article|the story|article|story)\b|follow us (?:on|at)\b|click to share\b)/i, maxChars: 120 },
  ],
};

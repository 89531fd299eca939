import type { RuleSet } from './types.js';

/** Reader comments and the prompts around them. */
export const comments: RuleSet = {
  markup: [
    {
      id: 'comments.class',
      category: 'comments',
      tokens: ['comment', 'comments', 'commentlist', 'disqus', 'discussion', 'respond', 'replies'],
      prefixes: ['disqus', 'comment-', 'comments-', 'coral', 'viafoura'],
    },
  ],
  text: [
    { id: 'comments.label', category: 'comments', pattern: /^(?:\d+\s+)?comments?\s*(?:\(\d+\)\s*)?$/i, maxChars: 20 },
    { id: 'comments.prompt', category: 'comments', pattern: /^(?:view|show|load|read|see|leave|post|add|write) (?:a |all |the |your |\d+ )?(?:comments?|reply)\b/i, maxChars: 80 },
    { id: 'comments.forum', category: 'comments', pattern: /^join (?:our|the) [^.!?]{0,40}\b(?:forums?|community|discussion board)\b/i, maxChars: 300 },
    { id: 'comments.join', category: 'comments', pattern: /^join the (?:conversation|discussion)\b/i, maxChars: 120 },
    { id: 'comments.disabled', category: 'comments', pattern: /^comments (?:are|have been) (?:closed|disabled)\b/i, maxChars: 120 },
  ],
};

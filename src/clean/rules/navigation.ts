import type { RuleSet } from './types.js';

/** Menus, breadcrumbs, skip links, page headers and footers. */
export const navigation: RuleSet = {
  markup: [
    { id: 'navigation.tag', category: 'navigation', tags: ['nav', 'menu'] },
    { id: 'navigation.role', category: 'navigation', roles: ['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'search'] },
    {
      id: 'navigation.class',
      category: 'navigation',
      tokens: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skiplink',
        'skip', 'masthead', 'topbar', 'sitefooter', 'siteheader', 'footer', 'sidebar', 'toolbar', 'megamenu'],
      prefixes: ['breadcrumb', 'sidebar', 'navbar'],
    },
    { id: 'navigation.footer', category: 'navigation', tags: ['footer'] },
  ],
  text: [
    { id: 'navigation.skip-link', category: 'navigation', pattern: /^skip to (?:the )?(?:main )?(?:content|navigation|article)\b/i, maxChars: 60 },
    { id: 'navigation.label', category: 'navigation', pattern: /^(?:topics|tags|related topics|filed under|categories|sections|menu|search|home|back to top|top of page|more on this|in this article)\s*(?::\s*)?$/i, maxChars: 30 },
    { id: 'navigation.copyright', category: 'navigation', pattern: /^(?:©|\(c\)|copyright\b)(?!.{0,200}\b(?:said|says|lawsuit|infring))/i, maxChars: 240 },
    // Publication notes about the piece rather than its story: "This story originally appeared in…".
    { id: 'navigation.publication-note', category: 'other', pattern: /^(?:editor['’]?s note:\s*)?this (?:article|story|piece|essay|interview) (?:was )?(?:originally |first )?(?:published|appeared|ran)\b|^this (?:article|story) was featured in\b/i, maxChars: 300 },
    { id: 'navigation.subject-to-copyright', category: 'navigation', pattern: /^this (?:document|article|content|material) is (?:subject to|protected by) copyright\b/i, maxChars: 400 },
    // Slideshow counters and rules made of punctuation: "2 of 9 |", "___".
    { id: 'navigation.counter', category: 'navigation', pattern: /^(?:\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*[|·•]?|[\s_*=~|·•#-]+|\d{1,2}:\d{2}(?::\d{2})?)$/i, maxChars: 20 },
    { id: 'navigation.all-rights', category: 'navigation', pattern: /\ball rights reserved\.?\s*$/i, maxChars: 200 },
  ],
};

/**
 * Matches an element against the markup rules. The rule tables are compiled once into lookups by tag, role,
 * class/id word part and prefix, so testing an element is a handful of map reads.
 */
import type { Element } from 'domhandler';
import { MARKUP_RULES, type MarkupRule } from './rules/index.js';

const byTag = new Map<string, MarkupRule>();
const byRole = new Map<string, MarkupRule>();
const byToken = new Map<string, MarkupRule>();
const prefixes: [string, MarkupRule][] = [];
/** Attribute tests flattened once: an element is tested against each (attribute, pattern) without allocating. */
const attributeTests: [string, RegExp, MarkupRule][] = MARKUP_RULES.flatMap((rule) =>
  Object.entries(rule.attributes ?? {}).map(([name, pattern]): [string, RegExp, MarkupRule] => [name, pattern, rule]),
);

for (const rule of MARKUP_RULES) {
  for (const t of rule.tags ?? []) if (!byTag.has(t)) byTag.set(t, rule);
  for (const r of rule.roles ?? []) if (!byRole.has(r)) byRole.set(r, rule);
  for (const t of rule.tokens ?? []) if (!byToken.has(t)) byToken.set(t.replace(/[-_]/g, ''), rule);
  for (const p of rule.prefixes ?? []) prefixes.push([p.replace(/[-_]/g, ''), rule]);
}

const SEPARATORS = /[\s_-]+/;
const TAXONOMY = /^(?:tag|category|topic|series|term|post_tag)[-_]/;
/** The document itself; whether an `article` flagged by a hint is really boilerplate is decided later, against the located content. */
const NEVER_FLAGGED = new Set(['html', 'body', 'main']);
/** Class names built from these are not boilerplate even when another part is ("has-comments"). */
const STATE_WORDS = /^(?:has|no|with|without|is|show|enable|enabled|disable|disabled|count|icon|btn|button)$/;

/** Splits class and id into word parts plus each name squashed ("read-next" → "read", "next", "readnext"). */
export function hintWords(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (raw.length <= 1) return [];
  const words: string[] = [];
  for (const original of raw.split(/\s+/)) {
    if (!original || original.length > 80) continue;
    const name = original.toLowerCase();
    // CMS taxonomy classes ("tag-navigation", "category-comments") name the story's topics, not page parts.
    if (TAXONOMY.test(name)) continue;
    const parts = name.split(SEPARATORS).filter(Boolean);
    if (parts.some((p) => STATE_WORDS.test(p))) continue;
    words.push(...parts);
    if (parts.length > 1) words.push(name.replace(/[_-]/g, ''));
  }
  return words;
}

/** The story's own paragraphs that the page hides until a subscriber logs in: the TownNews (BLOX) CMS, which runs
 * many local papers, sets the rest of every story as `<div class="subscriber-only" style="display:none">`. Hidden,
 * but the story: the hidden rules pass them by. */
const GATED_STORY = new Set(['subscriberonly', 'subscribersonly']);

export function matchMarkupRule(el: Element): MarkupRule | null {
  const tag = el.name;
  if (NEVER_FLAGGED.has(tag)) return null;
  const role = el.attribs.role?.toLowerCase();
  if (role) {
    const r = byRole.get(role);
    if (r) return r;
  }
  for (const [name, pattern, rule] of attributeTests) {
    const value = el.attribs[name];
    if (value !== undefined && pattern.test(value) && !(rule.id.startsWith('hidden.') && hintWords(el).some((w) => GATED_STORY.has(w)))) return rule;
  }
  for (const word of hintWords(el)) {
    const r = byToken.get(word);
    if (r) return r;
    for (const [prefix, rule] of prefixes) if (word.startsWith(prefix)) return rule;
  }
  // The tag last: an <aside class="meter-bar"> is a meter prompt before it is an aside.
  return byTag.get(tag) ?? null;
}

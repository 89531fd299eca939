/**
 * The removal log: every piece of boilerplate taken out, with its category and the rule that fired, and the
 * wording that shows restricted access.
 */
import type { Removed, RemovedCategory } from '../schema.js';
import type { TextRule } from './rules/index.js';

export const MAX_REMOVED_TEXT = 600;

const clip = (s: string) => (s.length > MAX_REMOVED_TEXT ? `${s.slice(0, MAX_REMOVED_TEXT)}…` : s);
export const normalizeForCompare = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u201c\u201d"'`]/g, '').replace(/\s+/g, ' ').trim();

export class RemovalLog {
  readonly removed: Removed[] = [];
  readonly access = { metered: [] as string[], hard: [] as string[] };
  add(text: string, category: RemovedCategory, ruleId: string) {
    this.removed.push({ text: clip(text), category, ruleId });
  }
  addRule(text: string, rule: TextRule) {
    this.add(text, rule.category, rule.id);
    if (rule.access) this.access[rule.access].push(clip(text));
  }
}


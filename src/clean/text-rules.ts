/**
 * Classifies a block by its wording with the text rules (rules/*.ts). Used by both paths: on the HTML path
 * for blocks whose markup gave no hint, on the text path for every line.
 */
import type { Block } from '../blocks/types.js';
import { TEXT_RULES, type TextRule } from './rules/index.js';

const LONGEST_RULE = Math.max(...TEXT_RULES.map((r) => r.maxChars));

export function matchTextRule(text: string): TextRule | null {
  if (text.length > LONGEST_RULE) return null;
  for (const rule of TEXT_RULES) {
    if (text.length <= rule.maxChars && rule.pattern.test(text)) return rule;
  }
  return null;
}

export const blockTextRule = (b: Block): TextRule | null => matchTextRule(b.text);

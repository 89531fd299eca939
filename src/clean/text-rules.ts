/**
 * Classifies a block by its wording with the text rules (rules/*.ts). Used by both paths: on the HTML path
 * for blocks whose markup gave no hint, on the text path for every line.
 */
import type { Block } from '../blocks/types.js';
import { TEXT_RULES, type TextRule } from './rules/index.js';

const LONGEST_RULE = Math.max(...TEXT_RULES.map((r) => r.maxChars));

/**
 * The rules' patterns joined into one alternation per flag set. Most blocks are prose that no rule matches;
 * one pass over such a block with the alternation rules them all out (six times faster on short paragraphs
 * than trying fifty patterns in turn). A block the gate lets through is tried rule by rule, in order.
 */
// g and y would make test() stateful; a gate takes neither.
const flagsOf = (r: TextRule) => r.pattern.flags.replace(/[gy]/g, '');
const GATE_FLAGS = [...new Set(TEXT_RULES.map(flagsOf))];
const GATES = GATE_FLAGS.map((flags) => new RegExp(TEXT_RULES.filter((r) => flagsOf(r) === flags).map((r) => `(?:${r.pattern.source})`).join('|'), flags));
const GATE_OF = TEXT_RULES.map((r) => GATE_FLAGS.indexOf(flagsOf(r)));

export function matchTextRule(text: string): TextRule | null {
  if (text.length > LONGEST_RULE) return null;
  const open = GATES.map((g) => g.test(text));
  if (!open.includes(true)) return null;
  for (const [i, rule] of TEXT_RULES.entries()) {
    if (open[GATE_OF[i]!] && text.length <= rule.maxChars && rule.pattern.test(text)) return rule;
  }
  return null;
}

/** The rule of a block, computed once: locating the story weighs every block by it and cleaning reads it again. */
export function blockTextRule(b: Block): TextRule | null {
  if (b.textRule === undefined) b.textRule = matchTextRule(b.text);
  return b.textRule;
}

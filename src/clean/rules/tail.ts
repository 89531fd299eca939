/**
 * Lines that close a story without being part of it: the reporter's contact line and bio, contribution
 * credits, print-edition notes, reference blocks of science stories. They are only taken from the end of
 * the body (see trimTail), never from its middle.
 */
import type { RemovedCategory } from '../../schema.js';

export interface TailRule {
  id: string;
  category: RemovedCategory;
  pattern: RegExp;
  maxChars: number;
}

const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,3}";

export const TAIL_RULES: readonly TailRule[] = [
  {
    id: 'tail.contact',
    category: 'other',
    pattern: /\b(?:(?:may|can) be reached at|can be contacted at|(?:e-?mail|contact|write to) (?:\p{Lu}[\p{L}'’-]+ ){1,3}at|follow (?:him|her|them) on)\b|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/u,
    maxChars: 300,
  },
  {
    id: 'tail.bio',
    category: 'other',
    pattern: new RegExp(`^${NAME} (?:writes|reports|covers) (?:about|on|for)\\b|^${NAME} is (?:a|an|the) [\\p{L} -]{0,60}?(?:writer|reporter|editor|analyst|correspondent|columnist|contributor|journalist|producer)\\b[^.]{0,60}?\\b(?:for|at|with|of|covering|based in)\\b`, 'u'),
    maxChars: 400,
  },
  {
    id: 'tail.contributed',
    category: 'credit',
    pattern: /^(?:reporting by\b|(?:additional )?reporting (?:was )?contributed by\b|.{0,120}\bcontributed (?:to )?this (?:report|story|article)\.?$)/iu,
    maxChars: 240,
  },
  { id: 'tail.print-note', category: 'other', pattern: /^a version of this (?:article|story) (?:appears|appeared) in print\b/i, maxChars: 400 },
  { id: 'tail.references', category: 'other', pattern: /^(?:more information|journal information|citation|provided by)\s*:?\s/i, maxChars: 600 },
];

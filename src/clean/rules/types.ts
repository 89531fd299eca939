import type { RemovedCategory } from '../../schema.js';

/**
 * A markup rule removes an element whose class, id, role, tag or attributes mark it as boilerplate.
 * `tokens` is matched against the element's class and id split into word parts ("article-share-bar" →
 * "article", "share", "bar"), so a rule for "share" does not fire on "shared-content" by accident.
 */
export interface MarkupRule {
  id: string;
  category: RemovedCategory;
  /** whole word parts of class/id that mark the element */
  tokens?: readonly string[];
  /** class/id word parts that start with one of these ("outbrain" matches "outbrainwidget") */
  prefixes?: readonly string[];
  tags?: readonly string[];
  roles?: readonly string[];
  /** attribute name → pattern its value must match */
  attributes?: Readonly<Record<string, RegExp>>;
}

/**
 * A text rule classifies a block by what it says. Rules fire only on blocks up to `maxChars` long, so a
 * story paragraph that merely mentions a newsletter is not taken for the newsletter's sign-up box.
 */
export interface TextRule {
  id: string;
  category: RemovedCategory;
  pattern: RegExp;
  maxChars: number;
  /** evidence of restricted access, fed to `record.access` */
  access?: 'metered' | 'hard';
}

export interface RuleSet {
  markup: readonly MarkupRule[];
  text: readonly TextRule[];
}

/**
 * The kicker (rubric, eyebrow): a short label shown just above the headline.
 */
import { blockHints, headerZone } from '../zone.js';
import type { FieldInput } from '../types.js';

const KICKER_HINTS = new Set(['kicker', 'eyebrow', 'rubric', 'overline', 'supertitle', 'superheadline', 'topper', 'flag', 'label',
  'section', 'sectionlabel', 'category', 'categories', 'topic', 'tag', 'dachzeile', 'surtitre', 'kickertext', 'headlinekicker']);
const MAX_KICKER = 60;

export function extractKicker(input: FieldInput, headline: string | null): string | null {
  const zone = headerZone(input, headline);
  const near = zone.before.filter((b) => b.text.length <= MAX_KICKER && !/[.!?]$/.test(b.text));
  const hinted = near.find((b) => blockHints(b).some((w) => KICKER_HINTS.has(w)));
  if (hinted) return hinted.text;
  // On a plain-text page the line right above the headline is the kicker when it reads as a label.
  const above = zone.before[0];
  if (!input.$ && above && near[0] === above && above.text.split(/\s+/).length <= 6) return above.text;
  input.diagnostics.info('kicker.missing', 'no short label marked as kicker or section above the headline');
  return null;
}

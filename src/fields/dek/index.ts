/**
 * The dek (standfirst, subheadline). Marked-up deks near the headline come first; the page's description
 * is a fallback only when it is not just the first paragraph or a truncated teaser of it.
 */
import { blockHints, headerZone } from '../zone.js';
import { firstJson, foldForCompare, metaValue, type FieldInput } from '../types.js';

const DEK_HINTS = new Set(['dek', 'deck', 'standfirst', 'subtitle', 'subheadline', 'subhead', 'subheading', 'summary', 'excerpt',
  'lede', 'lead', 'intro', 'teaser', 'description', 'strapline', 'abstract', 'sapo', 'chapo', 'kurztext', 'articlelead', 'alternativeheadline']);
/** Hints that name a dek and nothing else: "lead" and "intro" also mark a story's first paragraph. */
const STRONG_DEK_HINTS = new Set(['dek', 'deck', 'standfirst', 'subtitle', 'subheadline', 'subhead', 'subheading', 'strapline', 'sapo', 'chapo',
  'kurztext', 'alternativeheadline', 'articledek', 'entrydek']);
const BYLINE_OR_DATE = /^(?:by\s|von\s|par\s|updated|published|posted|\d{1,2}[./]\d{1,2}[./]\d{2,4})/i;

/** Longer than any standfirst: a longer block is body, a longer description is a summary or junk. */
const MAX_DEK = 600;

export function extractDek(input: FieldInput, headline: string | null): string | null {
  const zone = headerZone(input, headline);
  // A photo's caption and credit may stand between headline and story; they describe the photo.
  const captions = new Set(input.captions.map((b) => b.el).filter(Boolean));
  const fitting = zone.after.filter((b) => b.text.length >= 15 && b.text.length <= MAX_DEK && !BYLINE_OR_DATE.test(b.text) && b.linkChars < b.text.length * 0.3
    && !(b.el && captions.has(b.el)));
  // A marked-up dek may have been taken for the body's opening paragraph.
  const opening = input.body.slice(0, 3).filter((b) => b.text.length <= MAX_DEK);
  const hinted = fitting.find((b) => blockHints(b).some((w) => DEK_HINTS.has(w)))
    ?? opening.find((b) => blockHints(b).some((w) => STRONG_DEK_HINTS.has(w)));
  if (hinted) return hinted.text;
  // A subheading directly under the headline is the dek on many sites, and on every plain-text page.
  const next = zone.after[0];
  if (next && fitting[0] === next && (next.kind === 'heading' || !input.$) && next.text.length >= 25) return next.text;

  const description = firstJson(input.meta, 'alternativeHeadline') ?? metaValue(input.meta, 'og:description', 'description', 'twitter:description') ?? firstJson(input.meta, 'description');
  if (description && description.length >= 20 && description.length <= MAX_DEK && isNotLead(description, input, headline)) {
    input.diagnostics.info('dek.from-description', 'the dek is the page description; no dek was marked up near the headline');
    return description;
  }
  input.diagnostics.info('dek.missing', 'no standfirst near the headline, and the page description repeats the first paragraph or is absent');
  return null;
}

/** A description that repeats the headline or the opening of the body is a teaser, not a dek. */
function isNotLead(description: string, input: FieldInput, headline: string | null): boolean {
  const d = foldForCompare(description).replace(/(?:\.\.\.|…)$/, '').trim();
  if (headline && foldForCompare(headline) === d) return false;
  const lead = foldForCompare(input.body.slice(0, 2).map((b) => b.text).join(' '));
  return !lead.startsWith(d.slice(0, Math.min(d.length, 80)));
}

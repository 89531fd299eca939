/**
 * Every boilerplate rule, grouped by concept (one module each). Compiled once per process.
 */
import { advertisement } from './advertisement.js';
import { comments } from './comments.js';
import { consent } from './consent.js';
import { donation } from './donation.js';
import { hidden } from './hidden.js';
import { media } from './media.js';
import { meter } from './meter.js';
import { navigation } from './navigation.js';
import { newsletter } from './newsletter.js';
import { paywall } from './paywall.js';
import { registration } from './registration.js';
import { related } from './related.js';
import { social } from './social.js';
import type { MarkupRule, RuleSet, TextRule } from './types.js';

export type { MarkupRule, TextRule, RuleSet } from './types.js';

/** Order matters: the first rule that fires names the category. Access rules come first so that a
 * "register to continue reading" line is reported as evidence of a paywall, not as a newsletter. */
const SETS: readonly RuleSet[] = [
  hidden, meter, paywall, registration, donation, newsletter, consent, comments, social, related, advertisement, media, navigation,
];

export const MARKUP_RULES: readonly MarkupRule[] = SETS.flatMap((s) => s.markup);
export const TEXT_RULES: readonly TextRule[] = SETS.flatMap((s) => s.text);

/**
 * Bounds that keep the enrich stage linear on hostile input (a megabyte with no sentence end, thousands of
 * quotation marks). Real articles stay far below them: PolNeAR's longest article has 60 quotations.
 */

/** Quotations read per article; the rest are left out with a diagnostic. */
export const MAX_QUOTATIONS = 2000;
/** Reported-speech sentences read per article. */
export const MAX_REPORTED = 2000;
/** How many tokens either side of a quotation the attribution may lie. */
export const ATTRIBUTION_WINDOW = 40;
/** Characters either side of a remark read for the date it was made. */
export const DATE_WINDOW = 200;

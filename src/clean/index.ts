/**
 * The clean stage: locates the story among the blocks and takes out everything else, logging each removal
 * with its category and rule id. The HTML path locates by element (locate.ts, html.ts); the text path by runs of
 * lines (text-run.ts, text.ts). Both share the text rules, the story's edges (edges.ts) and the log (log.ts).
 */
export type { CleanResult } from './types.js';
export { cleanHtmlBlocks } from './html.js';
export { cleanTextBlocks } from './text.js';
export { cutRelatedSection, splitHeader, trimTail } from './edges.js';
export { normalizeForCompare, RemovalLog } from './log.js';

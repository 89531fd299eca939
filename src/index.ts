/**
 * copydesk: turns a raw news page (HTML or the plain text a scraper copied) into a typed record.
 */
import { resolveOptions, type ExtractOptions } from './options.js';
import { runEnrichment, runPipeline } from './pipeline.js';
import type { Input } from './load/index.js';
import type { ArticleRecord } from './schema.js';

export * from './schema.js';
export { ExtractOptionsSchema, OptionsError, type ExtractOptions } from './options.js';
export type { Input } from './load/index.js';
export { extractArticles } from './batch/extract.js';
export { BatchOptionsSchema, type BatchOptions } from './batch/options.js';
export type { BatchError, BatchInput, BatchItem } from './batch/protocol.js';
export type { StageTimer } from './options.js';

/**
 * Extracts the record of one page. Never throws on bad input (the record's diagnostics say what went wrong);
 * throws an OptionsError naming the option when the options are invalid.
 */
export function extractArticle(input: Input, options?: ExtractOptions): ArticleRecord {
  return runPipeline(input, resolveOptions(options));
}

/**
 * Runs only the enrichment (quotes, people, figures) on a text that is already a clean article body, with
 * paragraphs separated by blank lines. Offsets point into `text` as given. Options as for extractArticle
 * (`publishedAt`/`referenceDate` date the remarks, `enrich` switches stages).
 */
export function enrichText(text: string, options?: ExtractOptions): Pick<ArticleRecord, 'body' | 'people' | 'organizations' | 'quotes' | 'figures' | 'dates' | 'events' | 'diagnostics'> {
  return runEnrichment(typeof text === 'string' ? text : '', resolveOptions(options));
}

export { reportHtml, type Report } from './report/index.js';

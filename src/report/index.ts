/**
 * `reportHtml(input, options)`: extracts a page and renders the audit report of what was kept and removed.
 */
import { resolveOptions, type ExtractOptions } from '../options.js';
import { runPipeline, type Trace } from '../pipeline.js';
import type { Input } from '../load/index.js';
import type { ArticleRecord } from '../schema.js';
import { renderReport } from './render.js';
import { pageTrail } from './trail.js';

export interface Report {
  record: ArticleRecord;
  html: string;
}

/**
 * The record of one page and its audit report: one self-contained HTML file (no requests, no script) showing
 * the story kept, each removed block struck through with its category and rule, quotes with their speakers,
 * figures and time expressions with their values, the people and the timeline. Never throws on bad input;
 * throws an OptionsError on invalid options, like extractArticle.
 */
export function reportHtml(input: Input, options?: ExtractOptions & { name?: string }): Report {
  const { name, ...rest } = options ?? {};
  let trace: Trace = { blocks: [], kept: new Set() };
  const record = runPipeline(input, resolveOptions(rest), (t) => {
    trace = t;
  });
  const { items, truncated } = pageTrail(trace, record);
  return { record, html: renderReport(record, items, { name: name ?? record.url ?? 'the page', truncated }) };
}

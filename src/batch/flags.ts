/**
 * Command-line flags shared by the commands (copydesk, report, enqueue, worker, collect): the extraction, output
 * and pool options as parseArgs options, and the flag values turned into ExtractOptions.
 */
import { OptionsError, type ExtractOptions } from '../options.js';

/** The flags that map to extractArticle options. */
export const EXTRACT_FLAGS = {
  format: { type: 'string' },
  url: { type: 'string' },
  'published-at': { type: 'string' },
  'reference-date': { type: 'string' },
  'time-budget': { type: 'string' },
  'no-enrich': { type: 'boolean' },
} as const;

/** How records are written: by copydesk over pages and by collect over a queue's results. */
export const OUTPUT_FLAGS = {
  out: { type: 'string', short: 'o' },
  fields: { type: 'string' },
  pretty: { type: 'boolean' },
} as const;

/** How pages are run on the worker pool: by copydesk and by a queue worker. */
export const POOL_FLAGS = {
  concurrency: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  'worker-heap': { type: 'string' },
} as const;

export interface ExtractFlagValues {
  format?: string;
  url?: string;
  'published-at'?: string;
  'reference-date'?: string;
  'time-budget'?: string;
  'no-enrich'?: boolean;
}

/** A flag's integer value; `min` 1 for flags no schema checks further ("--lock-duration"). */
export function integer(name: string, raw: string | undefined, min = -Infinity): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new OptionsError(`copydesk: invalid options: option "--${name}": "${raw}" is not ${min > 0 ? 'a positive' : 'an'} integer`);
  return n;
}

/** The extraction options the flags give; zod checks them where they are used. */
export function extractOptionsOf(values: ExtractFlagValues): ExtractOptions {
  const budget = values['time-budget'];
  return {
    ...(values.format ? { format: values.format as ExtractOptions['format'] } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values['published-at'] ? { publishedAt: values['published-at'] } : {}),
    ...(values['reference-date'] ? { referenceDate: values['reference-date'] } : {}),
    ...(values['no-enrich'] ? { enrich: false } : {}),
    ...(budget === undefined ? {} : { timeBudgetMs: budget === 'off' ? null : integer('time-budget', budget) }),
  };
}

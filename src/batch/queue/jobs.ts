/**
 * What a job holds and what its outcome says. A job is one page: its id and source (for the output line), the
 * page as a string (bytes are decoded when queued, with the library's own charset sniffing, so Redis holds
 * text and a page is never held twice), its url and fallback date, and the extraction options. A page a reader
 * could not read is queued with its error, so that it too gets exactly one outcome.
 */
import type { BatchError, BatchInput, BatchItem } from '../protocol.js';
import type { ExtractOptions } from '../../options.js';
import type { ArticleRecord } from '../../schema.js';

export interface PageJob {
  id: string;
  source?: string;
  html?: string;
  text?: string;
  url?: string;
  fallbackPublishedAt?: string;
  error?: BatchError;
  options: ExtractOptions;
}

/** The job's page as a batch input, for the same extraction as the worker pool. */
export function inputOf(job: PageJob): BatchInput {
  return {
    id: job.id,
    ...(job.source === undefined ? {} : { source: job.source }),
    ...(job.html !== undefined ? { html: job.html } : { text: job.text ?? '' }),
    ...(job.url === undefined ? {} : { url: job.url }),
    ...(job.fallbackPublishedAt === undefined ? {} : { fallbackPublishedAt: job.fallbackPublishedAt }),
    ...(job.error ? { error: job.error } : {}),
  };
}

/** Error codes a retry cannot change: the job fails at once instead of using its attempts. */
export const FINAL_CODES = new Set(['read_failed', 'bad_json', 'too_large', 'not_text', 'invalid_input', 'extract_failed']);

/** A failed job's reason is "code: message", so the collected line has the batch CLI's error shape. */
export const reasonOf = (error: BatchError) => `${error.code}: ${error.message}`;

export function errorOf(reason: string | undefined): BatchError {
  const m = /^([a-z_]+): ([^]*)$/.exec(reason ?? '');
  return m ? { code: m[1]!, message: m[2]! } : { code: 'job_failed', message: reason || 'the job failed without a reason' };
}

/** The outcome of a finished job as the batch CLI's item. */
export function itemOf(data: PageJob, outcome: { record: ArticleRecord } | { failedReason: string | undefined }): BatchItem {
  const head = { id: data.id, ...(data.source === undefined ? {} : { source: data.source }) };
  return 'record' in outcome ? { ...head, record: outcome.record } : { ...head, error: errorOf(outcome.failedReason) };
}

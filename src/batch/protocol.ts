/** What the batch path's main thread and its workers send each other, and what a batch yields. */
import type { ExtractOptions } from '../options.js';
import type { Input } from '../load/index.js';
import type { ArticleRecord } from '../schema.js';

/**
 * Why a page has no record. Codes: `read_failed` (the file or stream could not be read: a truncated gzip, a
 * broken WARC), `bad_json` (a JSONL line that is not a page object), `too_large` (over maxInputBytes),
 * `not_text` (binary data, not a page), `invalid_input` (a bad per-input value such as an unparseable
 * fallbackPublishedAt), `timeout`, `worker_crashed` (the worker died, e.g. out of memory),
 * `extract_failed` (extraction threw: a bug, please report it), `worker_start_failed`, `pool_closed`.
 */
export interface BatchError {
  code: string;
  message: string;
}

export type TaskResult = { record: ArticleRecord } | { error: BatchError };

export interface WorkerTask {
  /** Set by the pool; the reply carries it back. */
  seq?: number;
  input: Input;
  options: ExtractOptions;
}

export type WorkerReply = { type: 'ready' } | { type: 'done'; seq: number; result: TaskResult };

/** One input of a batch: a page, or a page described with where it came from. */
export type BatchInput =
  | string
  | Uint8Array
  | {
      /** Carried to the result; defaults to the input's position (0, 1, 2, …) as a string. */
      id?: string;
      /** Where the input came from (a file path, `file.warc#3`); carried to the result. */
      source?: string;
      html?: string | Uint8Array;
      text?: string;
      url?: string;
      /** Used as publishedAt when the page states none (a WARC record's capture date). */
      fallbackPublishedAt?: string | Date;
      /** An input that already failed upstream (a reader error) passes through as an error item, in order. */
      error?: BatchError;
    };

export type BatchItem = { id: string; source?: string; record: ArticleRecord } | { id: string; source?: string; error: BatchError };

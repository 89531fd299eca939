/**
 * Options of the batch path: how many workers, how long a page may take, how far ahead inputs are read.
 * Everything else is an extractArticle option and goes to every page.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ExtractOptionsSchema, OptionsError, describeIssues, type ExtractOptions } from '../options.js';

const BatchOnlySchema = z
  .object({
    /** Worker threads; the default is one per core. */
    concurrency: z.number().int().min(1).max(256).optional(),
    /** A page still running after this many milliseconds becomes a `timeout` error item; its worker is replaced. */
    timeoutMs: z.number().int().positive().default(30_000),
    /**
     * Inputs read ahead of the slowest unfinished page. Bounds memory: the input iterator is not pulled
     * further until the consumer has taken results. Default: four per worker.
     */
    maxPending: z.number().int().min(1).optional(),
    /**
     * Old-generation heap per worker, in MB. A page that needs more ends its worker (`worker_crashed`), not the
     * run. V8 sizes its heap against this ceiling, so it trades memory for speed: on the naeb pages with two
     * workers, 1024 gave 72 pages/s at 347 MB peak RSS and 2048 gave 80 pages/s at 521 MB.
     */
    workerHeapMb: z.number().int().min(64).max(65_536).default(1024),
  });

export const BatchOptionsSchema = ExtractOptionsSchema.omit({ profile: true }).extend(BatchOnlySchema.shape).strict();

export type BatchOptions = Omit<ExtractOptions, 'profile'> & z.input<typeof BatchOnlySchema>;

export interface ResolvedBatch {
  concurrency: number;
  workerHeapMb: number;
  timeoutMs: number;
  maxPending: number;
  maxInputBytes: number;
  /** The extractArticle options every page gets (validated, serialisable for the workers). */
  extract: ExtractOptions;
}

export function resolveBatchOptions(options: unknown): ResolvedBatch {
  if (options && typeof options === 'object' && 'profile' in options) {
    throw new OptionsError('copydesk: invalid options: option "profile": not available in a batch (a function cannot be sent to worker threads); profile with extractArticle');
  }
  const parsed = BatchOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw new OptionsError(`copydesk: invalid options: ${describeIssues(parsed.error.issues)}`);
  const { concurrency, timeoutMs, maxPending, workerHeapMb, ...extract } = parsed.data;
  const workers = concurrency ?? Math.max(1, availableParallelism());
  return { concurrency: workers, workerHeapMb, timeoutMs, maxPending: maxPending ?? workers * 4, maxInputBytes: extract.maxInputBytes, extract };
}

/**
 * One page task to its result, as every batch runner does it: a pool thread (worker.ts) and a queue worker that
 * extracts on its own thread (queue/worker.ts). Never throws.
 */
import { extractArticle, OptionsError } from '../index.js';
import type { TaskResult, WorkerTask } from './protocol.js';

export function runTask(task: WorkerTask): TaskResult {
  try {
    const record = extractArticle(task.input, task.options);
    // A binary file in a crawl is not a page: the record would be empty, so the batch reports it instead.
    const binary = record.diagnostics.find((d) => d.code === 'input.binary');
    if (binary) return { error: { code: 'not_text', message: binary.message } };
    return { record };
  } catch (e) {
    // Options are checked before the batch starts; what fails here is a per-input value (its fallback date).
    if (e instanceof OptionsError) return { error: { code: 'invalid_input', message: e.message } };
    return { error: { code: 'extract_failed', message: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * A batch worker: loads the library once (its rules and word lists are compiled at module load), says it is
 * ready, then turns each task it receives into a record or an error.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle, OptionsError } from '../index.js';
import type { TaskResult, WorkerReply, WorkerTask } from './protocol.js';

function run(task: WorkerTask): TaskResult {
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

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => port.postMessage({ type: 'done', seq: task.seq ?? -1, result: run(task) } satisfies WorkerReply));
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

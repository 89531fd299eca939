/**
 * A batch worker: loads the library once (its rules and word lists are compiled at module load), says it is
 * ready, then turns each task it receives into a record or an error.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './protocol.js';
import { runTask } from './task.js';

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => port.postMessage({ type: 'done', seq: task.seq ?? -1, result: runTask(task) } satisfies WorkerReply));
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

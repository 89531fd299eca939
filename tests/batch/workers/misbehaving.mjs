// A stand-in batch worker for the pool tests: it answers like the real one, but a task can ask it to hang,
// crash or exit, so the pool's recovery is tested without relying on a pathological page.
import { parentPort } from 'node:worker_threads';
import { setTimeout } from 'node:timers';

parentPort.on('message', (task) => {
  const what = task.input;
  if (what === 'hang') for (;;);
  if (what === 'exit') process.exit(3);
  if (what === 'throw') setTimeout(() => { throw new Error('boom'); });
  else parentPort.postMessage({ type: 'done', seq: task.seq, result: { record: { echo: what } } });
});
parentPort.postMessage({ type: 'ready' });

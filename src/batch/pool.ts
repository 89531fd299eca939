/**
 * A fixed pool of worker threads, each running src/batch/worker.ts. Tasks wait in a FIFO queue for an idle
 * worker. A task gets `timeoutMs` from the moment a ready worker receives it (a worker's start-up is not
 * charged to the page); a worker that runs over is terminated and replaced, as is one that crashes or runs
 * out of memory. Either way the task settles as an error and the pool goes on.
 */
import { Worker } from 'node:worker_threads';
import type { BatchError, TaskResult, WorkerReply, WorkerTask } from './protocol.js';

/**
 * Young generation per worker, below V8's default: it keeps RSS under 400 MB over a 10,000-page run on two
 * workers (naeb × 4 through the CLI: 16 MB → 342 MB peak, 32 MB → 374 MB) for a few per cent of speed.
 */
const WORKER_YOUNG_MB = 16;
/** Workers that die before they are ready, in a row, before the pool gives up (a broken install, say). */
const MAX_START_FAILURES = 3;

interface Job {
  seq: number;
  task: WorkerTask;
  settle: (result: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs posted to this worker, oldest first: the first is running, the next waits in the worker's inbox. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  retired: boolean;
}

/**
 * Jobs posted to a worker ahead of time. With two, the worker starts its next page the moment it finishes
 * one, instead of idling while the main thread reads the reply and sends more work (measured: one worker
 * went from 62 to 71 pages/s on the naeb pages).
 */
const DEPTH = 2;

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private startFailures = 0;
  private nextSeq = 0;
  private broken: BatchError | null = null;
  private closed = false;

  /**
   * @param heapMb old-generation ceiling per worker: a pathological page ends its worker, not the process. V8
   * sizes its heap against it, so it also trades memory for speed (see the `workerHeapMb` option).
   */
  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    private readonly script: URL = new URL('./worker.js', import.meta.url),
    private readonly heapMb = 1024,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(task: WorkerTask): Promise<TaskResult> {
    return new Promise((settle) => {
      if (this.broken) return settle({ error: this.broken });
      if (this.closed) return settle({ error: { code: 'pool_closed', message: 'the worker pool is closed' } });
      const seq = this.nextSeq++;
      this.queue.push({ seq, task: { ...task, seq }, settle });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.queue.splice(0), ...[...this.slots].flatMap((slot) => slot.jobs.splice(0))];
    for (const job of waiting) job.settle({ error: { code: 'pool_closed', message: 'the worker pool was closed before this page ran' } });
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private spawn(): void {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, ready: false, jobs: [], timer: null, retired: false };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (e) => this.onDeath(slot, 'worker_crashed', `the worker failed: ${e.message}`));
    worker.on('exit', (code) => this.onDeath(slot, 'worker_crashed', `the worker exited with code ${code}`));
  }

  /** Fills every ready worker up to DEPTH jobs, least loaded first so that work spreads over all workers. */
  private dispatch(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (!slot.ready || slot.retired || slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startClock(slot);
        slot.worker.postMessage(job.task);
      }
    }
  }

  /** The running job's time starts when the worker takes it up: when it is posted, or when the one before ends. */
  private startClock(slot: Slot): void {
    slot.timer = setTimeout(() => this.onTimeout(slot), this.timeoutMs);
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
    } else if (slot.jobs[0]?.seq === reply.seq) {
      this.finish(slot, reply.result);
      if (slot.jobs.length) this.startClock(slot);
    }
    this.dispatch();
  }

  private onTimeout(slot: Slot): void {
    this.finish(slot, { error: { code: 'timeout', message: `the page took longer than timeoutMs (${this.timeoutMs} ms); its worker was replaced` } });
    this.replace(slot);
  }

  private onDeath(slot: Slot, code: string, message: string): void {
    if (slot.retired) return;
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.broken = { code: 'worker_start_failed', message: `workers could not start: ${message}` };
    }
    this.finish(slot, { error: { code, message } });
    this.replace(slot);
    if (this.broken) for (const job of this.queue.splice(0)) job.settle({ error: this.broken });
  }

  /** Settles the running job of a worker. */
  private finish(slot: Slot, result: TaskResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.jobs.shift()?.settle(result);
  }

  /**
   * Ends a worker and starts another in its place (unless the pool is closing or cannot start workers). Jobs
   * it held but had not started go back to the front of the queue: they did nothing wrong.
   */
  private replace(slot: Slot): void {
    this.queue.unshift(...slot.jobs.splice(0));
    void this.retire(slot);
    if (!this.closed && !this.broken) this.spawn();
    this.dispatch();
  }

  private async retire(slot: Slot): Promise<void> {
    if (slot.timer) clearTimeout(slot.timer);
    slot.retired = true;
    this.slots.delete(slot);
    await slot.worker.terminate();
  }
}

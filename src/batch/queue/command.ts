/**
 * The queue subcommands: `copydesk enqueue | worker | collect | queue-status`. Flags are read here; the work is
 * enqueue.ts, worker.ts, collect.ts and status.ts.
 */
import { parseArgs } from 'node:util';
import { OptionsError } from '../../options.js';
import { EXTRACT_FLAGS, extractOptionsOf, integer, OUTPUT_FLAGS, POOL_FLAGS } from '../flags.js';
import { resolveBatchOptions, type BatchOptions } from '../options.js';
import { RECORD_FIELDS, unknownFields } from '../output.js';
import { expandTargets, readTargets } from '../readers/index.js';
import { writeItems } from '../run.js';
import { QueueUnavailableError, type QueueTarget } from './bullmq.js';
import { collectResults } from './collect.js';
import { enqueuePages } from './enqueue.js';
import { queueStatus } from './status.js';
import { createWorker } from './worker.js';

export type Command = 'enqueue' | 'worker' | 'collect' | 'queue-status';

const TARGET = `  --redis <url>               Redis: redis://[[user]:password@]host[:port][/db] (rediss:// for TLS)
  --queue <name>              the queue's name`;

export const QUEUE_HELP: Record<Command, string> = {
  enqueue: `Usage: copydesk enqueue --redis <url> --queue <name> [options] <files | folders | globs | ->

Adds one job per page to a BullMQ queue on Redis and prints how many were queued. Reads what copydesk reads
(.html, .htm, .txt and .gz, WARC, JSONL, folders, globs, - for standard input). Pages too large or unreadable
are queued with their error, so that every input gets exactly one outcome.

${TARGET}
  --attempts <n>              tries per job before its failure is final (default 3; only timeouts and crashed
                              workers are retried)
  --max-bytes <n>             a larger page becomes a "too_large" failure (default 10485760)
  --format, --url, --published-at, --reference-date, --no-enrich, --time-budget   as for copydesk`,
  worker: `Usage: copydesk worker --redis <url> --queue <name> [options]

Takes page jobs from the queue and extracts them, until SIGTERM or SIGINT: the first finishes the pages in
flight and exits, a second releases them at once (other workers take them up). Run one per host, or several.

${TARGET}
  --concurrency <n>, -j       pages at once (default 1, on the worker's own thread: run one worker per core);
                              more run on a pool of threads
  --timeout <ms>              with -j above 1: a page running longer fails as "timeout" and is retried
                              (default 30000)
  --worker-heap <MB>          with -j above 1: heap per extraction thread (default 1024)
  --lock-duration <ms>        a dead worker's jobs go back to the queue after about this long (default 30000)
  --stalled-interval <ms>     how often to look for jobs of dead workers (default 30000)
  --name <name>               stored on every job this worker takes (default host:pid)
  --quiet, -q                 no start and summary lines on stderr`,
  collect: `Usage: copydesk collect --redis <url> --queue <name> [--out <file>] [options]

Writes every finished job's outcome once, as the JSON lines copydesk writes ({"id", "source", ...record} or
{"id", "source", "error"}). Run one collector per queue.

${TARGET}
  --out <file>, -o            write the lines here instead of standard output
  --remove                    delete each job once written, so Redis memory stays bounded on long runs
  --follow                    keep collecting until nothing is waiting, delayed or running
  --fields <a,b,...>, --pretty, --quiet   as for copydesk`,
  'queue-status': `Usage: copydesk queue-status --redis <url> --queue <name> [--json]

Prints how many jobs are waiting, active, delayed, completed and failed, and the pages per second finished
over the last five minutes.

${TARGET}
  --json                      one JSON object, for scripts`,
};

/** Queue flags a positive integer: no schema checks them further. */
const positive = (name: string, raw: string | undefined) => integer(name, raw, 1);

function target(values: { redis?: string; queue?: string }): QueueTarget {
  if (!values.redis) throw new OptionsError('copydesk: invalid options: option "--redis" is required (redis://host:port)');
  if (!values.queue) throw new OptionsError('copydesk: invalid options: option "--queue" is required');
  return { redis: values.redis, queue: values.queue };
}

const COMMON = { redis: { type: 'string' }, queue: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export async function queueCommand(command: Command, argv: string[], fail: (message: string) => number): Promise<number> {
  try {
    return await run(command, argv);
  } catch (e) {
    if (e instanceof OptionsError) return fail(e.message.replace(/^copydesk: /, ''));
    if (e instanceof QueueUnavailableError) return fail(e.message.replace(/^copydesk: /, ''));
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail(`${command}: ${(e as Error).message}`);
    if (e instanceof Error && /ECONNREFUSED|ENOTFOUND|getaddrinfo|Connection is closed/.test(e.message)) {
      process.stderr.write(`copydesk ${command}: cannot reach Redis: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

async function run(command: Command, argv: string[]): Promise<number> {
  if (command === 'enqueue') {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON,
        attempts: { type: 'string' },
        'max-bytes': { type: 'string' },
        ...EXTRACT_FLAGS,
      },
    });
    if (values.help) return help(command);
    const where = target(values);
    if (!positionals.length) throw new OptionsError('copydesk: invalid options: no input: name files, folders, globs, or - for standard input');
    const options: BatchOptions = { ...extractOptionsOf(values), maxInputBytes: positive('max-bytes', values['max-bytes']) };
    const { maxInputBytes } = resolveBatchOptions(options);
    const attempts = positive('attempts', values.attempts);
    const { queued } = await enqueuePages(readTargets(await expandTargets(positionals), maxInputBytes), { ...where, options, ...(attempts ? { attempts } : {}) });
    process.stdout.write(`queued ${queued} page${queued === 1 ? '' : 's'} to ${where.queue}\n`);
    return 0;
  }

  if (command === 'worker') {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...COMMON,
        ...POOL_FLAGS,
        'lock-duration': { type: 'string' },
        'stalled-interval': { type: 'string' },
        name: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
    if (values.help) return help(command);
    const where = target(values);
    const log = (line: string) => values.quiet || process.stderr.write(`copydesk worker: ${line}\n`);
    const running = await createWorker({
      ...where,
      concurrency: positive('concurrency', values.concurrency),
      timeoutMs: positive('timeout', values.timeout),
      workerHeapMb: positive('worker-heap', values['worker-heap']),
      lockDurationMs: positive('lock-duration', values['lock-duration']),
      stalledIntervalMs: positive('stalled-interval', values['stalled-interval']),
      ...(values.name ? { name: values.name } : {}),
    });
    let completed = 0;
    let failed = 0;
    running.worker.on('completed', () => completed++);
    running.worker.on('failed', () => failed++);
    log(`taking jobs from ${where.queue} (pid ${process.pid})`);
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        // A second signal while finishing releases the jobs in flight: their locks expire and others take them.
        if (stopping) return void running.close(true).then(resolve, resolve);
        stopping = true;
        log(`${signal}: finishing the pages in flight (again to release them at once)`);
        running.close().then(resolve, resolve);
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    });
    log(`stopped: ${completed} completed, ${failed} failed`);
    return 0;
  }

  if (command === 'collect') {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...COMMON,
        ...OUTPUT_FLAGS,
        remove: { type: 'boolean' },
        follow: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
    if (values.help) return help(command);
    const where = target(values);
    const fields = values.fields ? values.fields.split(',').map((f) => f.trim()).filter(Boolean) : null;
    const unknown = fields ? unknownFields(fields) : [];
    if (unknown.length) throw new OptionsError(`copydesk: invalid options: option "--fields": unknown field(s) ${unknown.join(', ')}; the record has ${RECORD_FIELDS.join(', ')}`);
    const items = collectResults({ ...where, remove: Boolean(values.remove), follow: Boolean(values.follow) });
    return writeItems(items, { out: values.out ?? null, fields, pretty: Boolean(values.pretty), quiet: Boolean(values.quiet) }, null);
  }

  const { values } = parseArgs({ args: argv, options: { ...COMMON, json: { type: 'boolean' } } });
  if (values.help) return help(command);
  const s = await queueStatus(target(values));
  if (values.json) process.stdout.write(`${JSON.stringify(s)}\n`);
  else process.stdout.write(`${s.queue}: ${s.waiting} waiting, ${s.active} active, ${s.delayed} delayed, ${s.completed} completed, ${s.failed} failed; ${s.throughput.toFixed(1)} pages/s over the last 5 minutes\n`);
  return 0;
}

function help(command: Command): number {
  process.stdout.write(`${QUEUE_HELP[command]}\n`);
  return 0;
}

/**
 * The command line: `copydesk [options] <files|dirs|globs|->` writes one JSON line per page. Arguments are
 * read here; the run itself (readers, pool, output, progress) is src/batch/run.ts.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { EXTRACT_FLAGS, extractOptionsOf, integer, OUTPUT_FLAGS, POOL_FLAGS } from './batch/flags.js';
import { resolveBatchOptions, type BatchOptions } from './batch/options.js';
import { RECORD_FIELDS, unknownFields } from './batch/output.js';
import { runBatch } from './batch/run.js';
import { OptionsError } from './options.js';

/**
 * The queue and report commands load the extraction library on this thread; a batch run only reads, sends
 * pages to workers and writes lines, so it loads them only when asked (the library takes 0.9 s to load, which
 * every run paid before its workers had even started).
 */
const QUEUE_COMMANDS = ['enqueue', 'worker', 'collect', 'queue-status'] as const;

const HELP = `Usage: copydesk [options] <files | folders | globs | ->
       copydesk report [options] <page> [-o report.html]   (see "copydesk report --help")
       copydesk enqueue | worker | collect | queue-status --redis <url> --queue <name> ...
                                                          (BullMQ on Redis; see "copydesk worker --help")

Extracts the article of each news page and writes one JSON line per page: {"id", "source", ...record},
or {"id", "source", "error": {"code", "message"}} for a page that could not be read.

Inputs: .html, .htm, .txt and their .gz (one page each); .warc, .warc.gz (each HTML response record:
its target URI becomes the url, its date the fallback publication date); .jsonl, .ndjson and their .gz
(one {"html"|"text", "url", "id"} object per line). Folders are read recursively, globs expanded, and
"-" reads standard input (a page, JSONL or WARC, gzipped or not).

Options:
  --out <file>                write the JSON lines here instead of standard output
  --fields <a,b,...>          keep only these record fields (id and source are always written)
  --pretty                    indent each record (for reading one page, not for JSONL consumers)
  --concurrency <n>           worker threads (default: the number of cores, ${availableParallelism()} here)
  --timeout <ms>              a page running longer becomes a "timeout" error (default 30000)
  --max-bytes <n>             a larger input becomes a "too_large" error (default 10485760)
  --time-budget <ms|off>      enrichment not started by then is skipped, with a diagnostic (default 1000)
  --worker-heap <MB>          heap per worker (default 1024); more is faster and costs memory
  --format <auto|html|text>   how to read pages (default: auto, or from the file extension)
  --url <url>                 the page's address (for a single page)
  --published-at <date>       publication date to use instead of the detected one
  --reference-date <date>     reference for relative dates when no publication date is known
  --no-enrich                 body and metadata only: no quotes, people, figures, dates or events
  --quiet                     no progress line and no summary on stderr
  -h, --help                  show this help
  --version                   print the version

Progress goes to stderr: a live line on a terminal, a one-line summary otherwise.
Exit codes: 0 every page gave a record, 1 some pages failed (their error lines are in the output),
2 bad usage or an output that cannot be written.`;

declare const __VERSION__: string | undefined;

function usage(message: string): number {
  process.stderr.write(`copydesk: ${message}\n\nRun "copydesk --help" for the options.\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'report') return (await import('./report/command.js')).reportCommand(argv.slice(1), usage);
  const queue = QUEUE_COMMANDS.find((c) => c === argv[0]);
  if (queue) return (await import('./batch/queue/command.js')).queueCommand(queue, argv.slice(1), usage);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...OUTPUT_FLAGS,
        ...POOL_FLAGS,
        'max-bytes': { type: 'string' },
        ...EXTRACT_FLAGS,
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'unknown'}\n`);
    return 0;
  }
  if (!positionals.length) return usage('no input: name files, folders, globs, or - for standard input');
  const fields = values.fields ? values.fields.split(',').map((f) => f.trim()).filter(Boolean) : null;
  const unknown = fields ? unknownFields(fields) : [];
  if (unknown.length) return usage(`--fields: unknown field(s) ${unknown.join(', ')}; the record has ${RECORD_FIELDS.join(', ')}`);

  let options: BatchOptions;
  try {
    options = {
      ...extractOptionsOf(values),
      concurrency: integer('concurrency', values.concurrency),
      timeoutMs: integer('timeout', values.timeout),
      maxInputBytes: integer('max-bytes', values['max-bytes']),
      workerHeapMb: integer('worker-heap', values['worker-heap']),
    };
    resolveBatchOptions(options);
  } catch (e) {
    if (e instanceof OptionsError) return usage(e.message.replace(/^copydesk: /, ''));
    throw e;
  }
  return runBatch(positionals, options, { out: values.out ?? null, fields, pretty: Boolean(values.pretty), quiet: Boolean(values.quiet) });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`copydesk: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);

/**
 * `copydesk report <page> [-o report.html]`: the audit report of one page. The page is read as the batch CLI
 * reads it (.html, .htm, .txt, their .gz, the first page of a JSONL or WARC file, or - for standard input).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveBatchOptions } from '../batch/options.js';
import { expandTargets, readTargets } from '../batch/readers/index.js';
import { EXTRACT_FLAGS, extractOptionsOf } from '../batch/flags.js';
import { OptionsError, resolveOptions, type ExtractOptions } from '../options.js';
import { reportHtml } from './index.js';

/** The extraction flags, all but --no-enrich: a report is of the whole record. */
const { 'no-enrich': _noEnrich, ...REPORT_FLAGS } = EXTRACT_FLAGS;

export const REPORT_HELP = `Usage: copydesk report [options] <page | ->

Writes one self-contained HTML file (no requests, no script) that shows what was extracted from the page:
the story kept, each removed block struck through with its category and rule, quotes with their speakers,
figures and time expressions with their normalised values, the people and a timeline of dated events.

The page: .html, .htm, .txt or their .gz; the first page of a .jsonl or .warc file; "-" for standard input.

Options:
  -o, --out <file>            write the report here (default: standard output)
  --url <url>                 the page's address
  --format <auto|html|text>   how to read the page (default: auto, or from the file extension)
  --published-at <date>       publication date to use instead of the detected one
  --reference-date <date>     reference for relative dates when no publication date is known
  --time-budget <ms|off>      enrichment not started by then is skipped (default 1000)
  -h, --help                  show this help`;

export async function reportCommand(argv: string[], fail: (message: string) => number): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        ...REPORT_FLAGS,
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${REPORT_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) return fail('report: name exactly one page (or - for standard input)');
  let options: ExtractOptions;
  try {
    // The page's url is set below, from the flag or the input that carries one.
    const { url: _url, ...rest } = extractOptionsOf(values);
    options = rest;
    resolveOptions(options);
  } catch (e) {
    if (e instanceof OptionsError) return fail(e.message.replace(/^copydesk: /, ''));
    throw e;
  }
  const { maxInputBytes } = resolveBatchOptions({});
  let page;
  for await (const input of readTargets(await expandTargets(positionals), maxInputBytes)) {
    page = input;
    break;
  }
  if (!page || typeof page !== 'object' || page instanceof Uint8Array) return fail(`report: ${positionals[0]} holds no page`);
  if (page.error) {
    process.stderr.write(`copydesk: ${page.source ?? positionals[0]}: ${page.error.message}\n`);
    return 1;
  }
  const url = values.url ?? page.url;
  let report;
  try {
    report = reportHtml({ html: page.html, text: page.text, url }, { ...options, ...(url ? { url } : {}), name: page.source ?? positionals[0]! });
  } catch (e) {
    if (e instanceof OptionsError) return fail(e.message.replace(/^copydesk: /, ''));
    throw e;
  }
  if (values.out) {
    try {
      await writeFile(values.out, report.html);
    } catch (e) {
      return fail(`report: cannot write ${values.out}: ${(e as Error).message}`);
    }
    const r = report.record;
    process.stderr.write(`copydesk: wrote ${values.out} (${r.body.paragraphs.length} paragraphs, ${r.removed.length} removed, ${r.quotes.length} quotes, ${r.figures.length} figures, ${r.events.length} events)\n`);
  } else {
    process.stdout.write(report.html);
  }
  return 0;
}

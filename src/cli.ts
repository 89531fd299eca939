/**
 * The command line: `copydesk <file|-> [options]` prints the record of one page as JSON.
 * (Batch processing of folders, WARC and JSONL comes with the batch issue.)
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { extractArticle, OptionsError, type ExtractOptions } from './index.js';

const HELP = `Usage: copydesk <file | -> [options]

Extracts the article of a news page (HTML or plain text) and prints its record as JSON.
A file ending in .gz is decompressed; "-" reads standard input.

Options:
  --format <auto|html|text>   how to read the input (default: auto)
  --url <url>                 the page's address (resolves links, dates from the URL)
  --published-at <date>       publication date to use instead of the detected one
  --reference-date <date>     reference for relative dates when no publication date is known
  --compact                   one line of JSON instead of indented output
  -h, --help                  show this help

Exit codes: 0 success, 1 the page could not be read, 2 bad usage.`;

function readInput(path: string): Uint8Array {
  const bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        url: { type: 'string' },
        'published-at': { type: 'string' },
        'reference-date': { type: 'string' },
        compact: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`copydesk: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`copydesk: expected one file or "-"\n\n${HELP}\n`);
    return 2;
  }
  const options: ExtractOptions = {};
  if (values.format) options.format = values.format as ExtractOptions['format'];
  if (values.url) options.url = values.url;
  if (values['published-at']) options.publishedAt = values['published-at'];
  if (values['reference-date']) options.referenceDate = values['reference-date'];
  let bytes: Uint8Array;
  try {
    bytes = readInput(positionals[0]!);
  } catch (e) {
    process.stderr.write(`copydesk: cannot read ${positionals[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const record = extractArticle(bytes, options);
    process.stdout.write(`${JSON.stringify(record, null, values.compact ? undefined : 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof OptionsError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));

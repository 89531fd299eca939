import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Runs the built binary, as a user would (`npm test` builds first).
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seedHtml = join(root, 'fixtures/seed/jns-gaza-truce-talks.html');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('copydesk CLI', () => {
  it('prints the record of an HTML file', () => {
    const out = JSON.parse(execFileSync(process.execPath, [cli, seedHtml], { encoding: 'utf8' }));
    expect(out.headline).toBe('Gaza truce talks collapse without breakthrough');
    expect(out.schemaVersion).toBe(1);
  });

  it('reads standard input with "-"', () => {
    const res = run(['-', '--compact'], readFileSync(seedHtml));
    expect(res.status).toBe(0);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(res.stdout).body.paragraphs).toHaveLength(12);
  });

  it('reads a gzipped page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'));
    const file = join(dir, 'page.html.gz');
    writeFileSync(file, gzipSync(readFileSync(seedHtml)));
    expect(JSON.parse(run([file]).stdout).kicker).toBe('Israel at War');
  });

  it('passes options through', () => {
    const res = run([seedHtml, '--published-at', '2024-03-07', '--url', 'https://example.com/x']);
    const out = JSON.parse(res.stdout);
    expect(out.publishedAt.source).toBe('option');
    expect(out.url).toBe('https://example.com/x');
  });

  it.each([
    [['--help'], 0, /Usage: copydesk/],
    [[], 2, /expected one file/],
    [['--bogus', seedHtml], 2, /Unknown option/],
    [[seedHtml, '--format', 'pdf'], 2, /option "format"/],
    [['/no/such/file.html'], 1, /cannot read/],
  ])('%j exits %i', (args, status, message) => {
    const res = run(args as string[]);
    expect(res.status).toBe(status);
    expect(`${res.stdout}${res.stderr}`).toMatch(message);
  });
});

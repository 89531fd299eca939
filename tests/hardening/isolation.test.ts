/**
 * Extraction reads the input it is given and nothing else: no module of the extraction path (everything in
 * src/ except the batch runner and the CLI with its report command, which read and write the files the caller
 * names) imports the file system, the network, child processes or a VM, and none evaluates code. A static check
 * over the source, with a block of false positives the check must not trip on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './regexes.js';

const FORBIDDEN: readonly [string, RegExp][] = [
  ['file system', /from ['"](?:node:)?fs(?:\/promises)?['"]/],
  ['network', /from ['"](?:node:)?(?:https?|http2|net|tls|dgram|dns)['"]|\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\b/],
  ['child processes', /from ['"](?:node:)?child_process['"]/],
  ['a VM', /from ['"](?:node:)?vm['"]/],
  ['code evaluation', /\beval\(|\bnew Function\(|\bFunction\(\s*['"`]/],
];

const BATCH_ONLY = /^src[\\/](?:batch[\\/]|cli\.ts$|report[\\/]command\.ts$)/;

const violations = (text: string) => FORBIDDEN.filter(([, re]) => re.test(text)).map(([what]) => what);

describe('the extraction path is isolated', () => {
  it('no extraction module reaches the file system, the network, processes, a VM or eval', () => {
    const files = sourceFiles('src').filter((f) => !BATCH_ONLY.test(f));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((f) => violations(readFileSync(f, 'utf8')).map((what) => `${f}: ${what}`));
    expect(found).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'file system'],
    ["import https from 'https';", 'network'],
    ['const r = await fetch(url);', 'network'],
    ["import { spawn } from 'node:child_process';", 'child processes'],
    ['const f = new Function("return 1");', 'code evaluation'],
    ['eval(source);', 'code evaluation'],
  ])('catches %s', (line, what) => {
    expect(violations(line)).toContain(what);
  });

  it.each(["const prefetch = 'x';", '// we never evaluate page code', "const refs = 'fs';", 'medieval(x)', 'const fetched = true;'])('does not trip on %s', (line) => {
    expect(violations(line)).toEqual([]);
  });
});

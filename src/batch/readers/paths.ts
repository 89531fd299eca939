/**
 * The CLI's arguments become input files: a file as named, a folder walked recursively (readable kinds
 * only, sorted so runs are reproducible), a pattern expanded as a glob, `-` for standard input. A name that
 * matches nothing is reported in order, as an error item, rather than silently dropped.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isReadable } from './kinds.js';

export type Target = { path: string } | { stdin: true } | { missing: string; reason: string };

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && isReadable(path)) out.push(path);
  }
}

export async function expandTargets(args: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const arg of args) {
    if (arg === '-') {
      targets.push({ stdin: true });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files: string[] = [];
      await walk(arg, files);
      targets.push(...files.map((path) => ({ path })));
    } else if (info) {
      targets.push({ path: arg });
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      if (files.length) targets.push(...files.map((path) => ({ path })));
      else targets.push({ missing: arg, reason: 'the pattern matches no file' });
    } else {
      targets.push({ missing: arg, reason: 'no such file or folder' });
    }
  }
  return targets;
}

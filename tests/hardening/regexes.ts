/**
 * Every regular expression in src/: the literals, read from the source with the TypeScript parser, and those
 * built at run time with `new RegExp` (word lists joined into alternations), caught by watching the constructor
 * while the library loads and extracts a few pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface Pattern {
  source: string;
  flags: string;
  where: string;
}

/** The .ts files under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function literalPatterns(root: string): Pattern[] {
  const out: Pattern[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${file}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** `file:line` of every line in the .ts files under `root` that matches `marker`. */
export function literalSites(root: string, marker: RegExp): string[] {
  return sourceFiles(root).flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (marker.test(line) && !/^\s*(?:\/\/|\*)/.test(line) ? [`${file}:${i + 1}`] : [])),
  );
}

/** Runs `load` with the RegExp constructor watched; returns every pattern constructed meanwhile. */
export async function constructedPatterns(load: () => Promise<void>): Promise<Pattern[]> {
  const seen: Pattern[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp;
      // Only patterns our own code builds: chrono-node's are a dependency's (see docs/security.md).
      // The caller is the first frame after this trap (the frames are: message, trap, caller).
      const frame = new Error().stack?.split('\n')[2];
      if (typeof args[0] === 'string' && frame && /[\\/]src[\\/]/.test(frame) && !frame.includes('node_modules')) seen.push({ source: made.source, flags: made.flags, where: `new RegExp ${frame.trim()}` });
      return made;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** Every distinct pattern of src/: the literals, and those built while the library loads and reads a page of each kind. */
export async function allPatterns(): Promise<Pattern[]> {
  const built = await constructedPatterns(async () => {
    const lib = await import('../../src/index.js');
    lib.extractArticle(readFileSync('fixtures/seed/jns-gaza-truce-talks.html', 'utf8'));
    lib.extractArticle(readFileSync('fixtures/seed/jns-gaza-truce-talks.txt', 'utf8'));
  });
  const unique = new Map<string, Pattern>();
  for (const p of [...literalPatterns('src'), ...built]) if (!unique.has(`/${p.source}/${p.flags}`)) unique.set(`/${p.source}/${p.flags}`, p);
  return [...unique.values()];
}

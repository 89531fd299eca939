/** What a file holds, read from its name: the extensions the CLI reads, as data. */
export type Kind = 'html' | 'text' | 'jsonl' | 'warc';

const KINDS: Record<string, Kind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.warc': 'warc',
};

export interface FileKind {
  kind: Kind | null;
  gzip: boolean;
}

/** `a/b.warc.gz` → warc, gzipped; `notes.md` → null (not read when found in a folder). */
export function kindOf(path: string): FileKind {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const name = gzip ? lower.slice(0, -3) : lower;
  const dot = name.lastIndexOf('.');
  const kind = dot >= 0 && dot > name.lastIndexOf('/') ? (KINDS[name.slice(dot)] ?? null) : null;
  return { kind, gzip };
}

/** Files a folder contributes: those whose kind is known. */
export const isReadable = (path: string) => kindOf(path).kind !== null;

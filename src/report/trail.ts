/**
 * The page in reading order, each block said for: kept as story (which paragraph), taken out (by which rule),
 * read into a field (headline, dek, byline…), or left out with no rule. Removals are logged by text, so blocks
 * are matched to the log's lines; a region cut short in the log keeps the blocks that follow it.
 */
import type { Block } from '../blocks/types.js';
import type { Trace } from '../pipeline.js';
import type { ArticleRecord, Removed } from '../schema.js';

export type TrailItem =
  | { kind: 'story'; paragraph: number; dateline: string | null }
  | { kind: 'removed'; entry: Removed; lines: string[] }
  | { kind: 'field'; field: string; text: string }
  | { kind: 'left-out'; lines: string[] };

/** A report of a huge page stops listing blocks here (the story is always shown whole). */
export const MAX_TRAIL_BLOCKS = 5000;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The record's fields as the trail compares them, folded once per report rather than once per block. */
function fieldMatcher(record: ArticleRecord): (text: string) => string | null {
  const headline = record.headline ? fold(record.headline) : null;
  const kicker = record.kicker ? fold(record.kicker) : null;
  const dek = record.dek ? fold(record.dek) : null;
  const authors = record.authors.map((a) => a.toLowerCase());
  const date = record.publishedAt ? fold(record.publishedAt.raw) : null;
  const captions = record.media.flatMap((m) => (m.caption ? [fold(m.caption)] : []));
  return (text) => {
    const t = fold(text);
    if (!t) return null;
    if (t === headline || (headline && t.endsWith(headline) && t.length < headline.length + 80)) return 'headline';
    if (t === kicker) return 'kicker';
    if (t === dek) return 'dek';
    if (text.length < 200 && authors.some((a) => t.includes(a))) return 'byline';
    if (date && text.length < 120 && t.includes(date)) return 'date';
    if (captions.some((c) => t.includes(c))) return 'caption';
    return null;
  };
}

export function pageTrail(trace: Trace, record: ArticleRecord): { items: TrailItem[]; truncated: boolean } {
  const byLine = new Map<string, Removed>();
  for (const entry of record.removed) for (const line of entry.text.split('\n')) if (!byLine.has(line)) byLine.set(line, entry);
  const paragraphs = record.body.paragraphs;
  const fieldOf = fieldMatcher(record);
  const items: TrailItem[] = [];
  let next = 0;
  let last: TrailItem | null = null;
  const push = (item: TrailItem) => {
    items.push(item);
    last = item;
  };
  const blocks = trace.blocks.slice(0, MAX_TRAIL_BLOCKS);
  for (const b of blocks as Block[]) {
    const p = paragraphs[next];
    if (trace.kept.has(b) && p && (b.text === p.text || b.text.endsWith(p.text))) {
      push({ kind: 'story', paragraph: next++, dateline: b.text === p.text ? null : b.text.slice(0, b.text.length - p.text.length).trim() });
      continue;
    }
    const entry = byLine.get(b.text);
    const prev = last as TrailItem | null;
    if (entry) {
      if (prev?.kind === 'removed' && prev.entry === entry) prev.lines.push(b.text);
      else push({ kind: 'removed', entry, lines: [b.text] });
      continue;
    }
    // The log keeps 600 characters of a region: the region's later blocks follow its cut entry.
    if (prev?.kind === 'removed' && prev.entry.text.endsWith('…')) {
      prev.lines.push(b.text);
      continue;
    }
    const field = fieldOf(b.text);
    if (field) {
      push({ kind: 'field', field, text: b.text });
      continue;
    }
    if (prev?.kind === 'left-out') prev.lines.push(b.text);
    else push({ kind: 'left-out', lines: [b.text] });
  }
  // Paragraphs no block matched (never expected) are still shown, at the end.
  while (next < paragraphs.length) push({ kind: 'story', paragraph: next++, dateline: null });
  return { items, truncated: trace.blocks.length > blocks.length };
}

/** One JSON line per page: `id` and `source` first so every line traces to its input, then the record. */
import { ArticleRecordSchema } from '../schema.js';
import type { BatchItem } from './protocol.js';

/** The record fields `--fields` may keep. */
export const RECORD_FIELDS: readonly string[] = Object.keys(ArticleRecordSchema.shape);

/** Checks a `--fields` list; returns the unknown names. */
export const unknownFields = (fields: readonly string[]) => fields.filter((f) => !RECORD_FIELDS.includes(f));

export function formatItem(item: BatchItem, fields: readonly string[] | null, pretty: boolean): string {
  const head = { id: item.id, ...(item.source === undefined ? {} : { source: item.source }) };
  let line: object;
  if ('error' in item) line = { ...head, error: item.error };
  else if (!fields) line = { ...head, ...item.record };
  else line = { ...head, ...Object.fromEntries(fields.map((f) => [f, item.record[f as keyof typeof item.record]])) };
  return `${JSON.stringify(line, null, pretty ? 2 : undefined)}\n`;
}

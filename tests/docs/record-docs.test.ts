import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
// @ts-expect-error a plain ES module script without types
import { renderRecordDocs, TYPE_NAMES } from '../../scripts/record-docs.mjs';
import * as schemas from '../../src/schema.js';

const render = renderRecordDocs as (s: Record<string, unknown>) => string;

describe('docs/record.md', () => {
  it('is what the schemas generate (run `npm run docs` after changing src/schema.ts)', () => {
    expect(readFileSync(new URL('../../docs/record.md', import.meta.url), 'utf8')).toBe(render(schemas));
  });

  it('documents every field of every object type of the record', () => {
    const page = render(schemas);
    for (const name of TYPE_NAMES as string[]) {
      const shape = (schemas as unknown as Record<string, z.ZodObject>)[`${name}Schema`]!.shape;
      for (const field of Object.keys(shape)) expect(page).toContain(`| \`${field}\` |`);
    }
  });

  it('fails on a field without a description', () => {
    const Undocumented = z.object({ a: z.string() });
    expect(() => render({ ...schemas, DiagnosticSchema: Undocumented })).toThrow(/Diagnostic\.a has no description/);
  });
});

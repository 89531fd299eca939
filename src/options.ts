/**
 * Options: validated by zod so that a wrong option throws an error that names it; everything else about
 * the input is tolerated. Defaults are frozen and documented in docs/options.md.
 */
import { z } from 'zod';

const DateLike = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), 'is an invalid Date'),
  z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'is not a parseable date string'),
]);

export const ExtractOptionsSchema = z
  .object({
    format: z.enum(['auto', 'html', 'text']).default('auto'),
    url: z.string().url().optional(),
    publishedAt: DateLike.optional(),
    referenceDate: DateLike.optional(),
    language: z.string().min(2).max(35).optional(),
    enrich: z
      .object({ quotes: z.boolean().optional(), figures: z.boolean().optional(), events: z.boolean().optional() })
      .strict()
      .optional(),
    /** Input larger than this is cut (a diagnostic says so). */
    maxInputBytes: z.number().int().positive().default(20 * 1024 * 1024),
  })
  .strict();

export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
export type ResolvedOptions = z.output<typeof ExtractOptionsSchema>;

export class OptionsError extends TypeError {
  override name = 'OptionsError';
}

/** Validates options; throws an OptionsError whose message names each bad option. */
export function resolveOptions(options: unknown): ResolvedOptions {
  const parsed = ExtractOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return Object.freeze(parsed.data);
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : (issue as { keys?: string[] }).keys?.join(', ') ?? 'options';
    return `option "${where}": ${issue.message}`;
  });
  throw new OptionsError(`copydesk: invalid options: ${problems.join('; ')}`);
}

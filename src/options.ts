/**
 * Options: validated by zod so that a wrong option throws an error that names it; everything else about
 * the input is tolerated. Defaults are frozen and documented in docs/options.md.
 */
import { z } from 'zod';

/** Receives the time each pipeline stage took (`load`, `parse`, `blocks`, `clean`, `fields`, `enrich.*`, `record`). */
export type StageTimer = (stage: string, ms: number) => void;

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
    /** A date to use when the page states none (a crawl date, say); the record marks it `source: 'fallback'`. */
    fallbackPublishedAt: DateLike.optional(),
    /** `false` turns every enrichment off (body and metadata only); an object switches stages one by one. */
    enrich: z
      .union([
        z.boolean(),
        z.object({ quotes: z.boolean().optional(), figures: z.boolean().optional(), events: z.boolean().optional() }).strict(),
      ])
      .optional(),
    /** Called once per stage with its wall time in milliseconds: for profiling, never needed otherwise. */
    profile: z.custom<StageTimer>((v) => typeof v === 'function', 'must be a function (stage, ms) => void').optional(),
    /** Input larger than this is cut (a diagnostic says so). Four times the largest article page we have seen. */
    maxInputBytes: z.number().int().positive().default(10 * 1024 * 1024),
    /**
     * Milliseconds after which enrichment stages not yet started are skipped (a `budget.exceeded` warning names
     * them); body and metadata are always complete. `null`: no budget, so the record depends on the input alone.
     */
    timeBudgetMs: z.number().positive().nullable().default(1000),
    /**
     * Body characters the enrichment reads (quotes, figures, dates): the longest real articles are near 100,000.
     * A longer body keeps all its text, but only its first part is enriched (an `enrich.truncated` warning).
     */
    maxEnrichChars: z.number().int().positive().default(500_000),
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
  throw new OptionsError(`copydesk: invalid options: ${describeIssues(parsed.error.issues)}`);
}

/** One phrase per problem, each naming its option: `option "format": Invalid option: …`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string {
  return issues
    .map((issue) => {
      const path = [...prefix, ...issue.path];
      // A union (enrich: boolean | {…}) reports each branch; the branch that got furthest names the real fault.
      if (issue.code === 'invalid_union' && issue.errors.length) {
        const deepest = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
        if (depth(deepest) > 0) return describeIssues(deepest, path);
      }
      const where = path.length ? path.map(String).join('.') : (issue as { keys?: string[] }).keys?.join(', ') ?? 'options';
      return `option "${where}": ${issue.message}`;
    })
    .join('; ');
}

const depth = (issues: readonly z.core.$ZodIssue[]) => Math.max(0, ...issues.map((i) => i.path.length));

/**
 * The record contract (shared/SPEC.md) as zod schemas. These are the single source of truth: the public
 * TypeScript types are `z.infer` of them and `copydesk/schema.json` is generated from them.
 */
import { z } from 'zod';

const Offset = z.number().int().nonnegative();

export const DateValueSchema = z
  .object({
    iso: z.string().describe('ISO 8601 with only the precision that is known: "2024-03-05" or "2024-03-05T09:12:00Z"'),
    raw: z.string().describe('the text or attribute value it came from'),
    source: z.enum(['jsonld', 'meta', 'time-element', 'text', 'url', 'option', 'fallback']),
  })
  .describe('A date with where it came from');

export const DatelineSchema = z
  .object({
    raw: z.string().describe('the dateline as written, e.g. "GAZA CITY (AP) —"'),
    place: z.string().nullable(),
    agency: z.string().nullable(),
    date: z.string().nullable().describe('a date written inside the dateline, as written'),
  })
  .describe('The dateline opening the body; it is removed from body.text');

export const ParagraphSchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  kind: z.enum(['paragraph', 'heading', 'blockquote', 'list-item']),
});

export const BodySchema = z.object({
  text: z.string().describe('the clean article text, paragraphs separated by a blank line'),
  paragraphs: z.array(ParagraphSchema),
});

export const MediaSchema = z.object({
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  src: z.string().nullable(),
});

export const MentionSchema = z.object({ text: z.string(), start: Offset, end: Offset });

export const PersonSchema = z.object({
  id: z.string().describe('"p1", "p2"… stable within one record'),
  name: z.string().describe('the fullest form of the name seen'),
  roles: z.array(z.string()),
  mentions: z.array(MentionSchema),
});

export const SpeakerSchema = z.object({
  name: z.string().nullable(),
  personId: z.string().nullable(),
  mention: z.string(),
  start: Offset,
  end: Offset,
});

export const QuoteSchema = z.object({
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  start: Offset,
  end: Offset,
  speaker: SpeakerSchema.nullable(),
  cue: z.string().nullable(),
  recipient: z.string().nullable(),
  date: z.string().nullable(),
  confidence: z.number().min(0).max(1),
});

export const FigureSchema = z.object({
  text: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.enum(['exact', 'approximate', 'more-than', 'at-least', 'less-than', 'at-most', 'range', 'vague']),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  category: z.enum(['count', 'casualties', 'hostages', 'money', 'percent', 'duration', 'age', 'measure', 'other']),
  measure: z.string().nullable(),
  source: z.string().nullable(),
  /** Added to the SPEC: the figure is a change ("rose 5%" → up, "lost 190 points" → down), null otherwise. */
  change: z.enum(['up', 'down']).nullable(),
  start: Offset,
  end: Offset,
});

export const TimeExpressionSchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  type: z.enum(['date', 'time', 'duration', 'set']),
  value: z.string().nullable(),
  certain: z.boolean(),
});

export const DatedEventSchema = z.object({
  date: TimeExpressionSchema,
  text: z.string(),
  start: Offset,
  end: Offset,
  actors: z.array(z.string()),
});

export const REMOVED_CATEGORIES = [
  'donation', 'paywall', 'meter', 'newsletter', 'registration', 'navigation', 'related', 'social', 'comments',
  'advertisement', 'consent', 'caption', 'credit', 'duplicate', 'other',
] as const;

export const RemovedSchema = z.object({
  text: z.string(),
  category: z.enum(REMOVED_CATEGORIES),
  ruleId: z.string().describe('the rule that fired, e.g. "meter.articles-read"'),
});

export const AccessSchema = z.object({
  paywall: z.enum(['none', 'metered', 'hard', 'unknown']),
  evidence: z.array(z.string()),
});

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning']),
  message: z.string(),
});

export const ArticleRecordSchema = z.object({
  schemaVersion: z.literal(1),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  siteName: z.string().nullable(),
  language: z.string().nullable().describe('BCP-47, e.g. "en"'),
  kicker: z.string().nullable().describe('rubric or section label shown above the headline'),
  headline: z.string().nullable(),
  dek: z.string().nullable().describe('standfirst or subheadline under the headline'),
  authors: z.array(z.string()).describe('person names only'),
  publishedAt: DateValueSchema.nullable(),
  modifiedAt: DateValueSchema.nullable(),
  dateline: DatelineSchema.nullable(),
  body: BodySchema,
  media: z.array(MediaSchema),
  people: z.array(PersonSchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
  dates: z.array(TimeExpressionSchema),
  events: z.array(DatedEventSchema),
  removed: z.array(RemovedSchema),
  access: AccessSchema,
  diagnostics: z.array(DiagnosticSchema),
});

export type DateValue = z.infer<typeof DateValueSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Media = z.infer<typeof MediaSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
export type DatedEvent = z.infer<typeof DatedEventSchema>;
export type Removed = z.infer<typeof RemovedSchema>;
export type RemovedCategory = Removed['category'];
export type Access = z.infer<typeof AccessSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

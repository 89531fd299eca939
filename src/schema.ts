/**
 * The record contract (shared/SPEC.md) as zod schemas. These are the single source of truth: the public
 * TypeScript types are `z.infer` of them and `copydesk/schema.json` is generated from them.
 */
import { z } from 'zod';

/**
 * Every field carries its meaning and an example (`.meta`): docs/record.md and the JSON Schema are generated from
 * them, so the reference cannot drift from the code.
 */
const doc = <T extends z.ZodType>(schema: T, description: string, example: unknown): T => schema.meta({ description, examples: [example] });

const Offset = z.number().int().nonnegative();
const start = (what: string, example: number) => doc(Offset, `where ${what} starts in \`body.text\` (UTF-16 index)`, example);
const end = (what: string, example: number) => doc(Offset, `where ${what} ends in \`body.text\` (exclusive: \`body.text.slice(start, end)\` is the span)`, example);

export const DateValueSchema = z
  .object({
    iso: doc(z.string(), 'ISO 8601 with only the precision that is known and the page\'s own UTC offset', '2024-02-13T22:00:00-05:00'),
    raw: doc(z.string(), 'the text or attribute value it was read from', 'February 13, 2024 10:00 PM'),
    source: doc(
      z.enum(['jsonld', 'meta', 'time-element', 'text', 'url', 'option', 'fallback']),
      'where it came from: JSON-LD, a meta tag or microdata, a `<time>` element, text shown on the page, the URL, the `publishedAt` option, or the `fallbackPublishedAt` option used because the page states no date (added to the SPEC)',
      'jsonld',
    ),
  })
  .describe('A date with where it came from');

export const DatelineSchema = z
  .object({
    raw: doc(z.string(), 'the dateline as written', 'GAZA CITY (AP) —'),
    place: doc(z.string().nullable(), 'the place it names', 'GAZA CITY'),
    agency: doc(z.string().nullable(), 'the news agency in it', 'AP'),
    date: doc(z.string().nullable(), 'a date written inside the dateline, as written', 'Feb. 13'),
  })
  .describe('The dateline that opened the body; it is taken out of `body.text`');

export const ParagraphSchema = z
  .object({
    text: doc(z.string(), 'the paragraph\'s text, whitespace folded', 'Ceasefire talks in Cairo fell apart on Tuesday.'),
    start: start('the paragraph', 0),
    end: end('the paragraph', 48),
    kind: doc(z.enum(['paragraph', 'heading', 'blockquote', 'list-item']), 'what the block is in the story', 'paragraph'),
  })
  .describe('One block of the story');

export const BodySchema = z
  .object({
    text: doc(z.string(), 'the clean article text, paragraphs separated by a blank line; every offset in the record points into it', 'Ceasefire talks in Cairo fell apart on Tuesday.\n\nHamas said…'),
    paragraphs: doc(z.array(ParagraphSchema), 'the story\'s blocks in order; `text.slice(start, end) === paragraph.text`', []),
  })
  .describe('The story, without boilerplate');

export const MediaSchema = z
  .object({
    caption: doc(z.string().nullable(), 'what the photo shows, credit cut off', 'Palestinians inspect a destroyed house in Rafah.'),
    credit: doc(z.string().nullable(), 'who took or owns it', 'Photo by Abed Rahim Khatib/Flash90'),
    src: doc(z.string().nullable(), 'the image address, resolved against the page URL', 'https://example.com/photo.jpg'),
  })
  .describe('A photo or video of the story');

export const MentionSchema = z
  .object({
    text: doc(z.string(), 'the mention as written', 'Naim'),
    start: start('the mention', 412),
    end: end('the mention', 416),
  })
  .describe('A place in the body where a person is referred to');

export const PersonSchema = z
  .object({
    id: doc(z.string(), 'stable within one record', 'p1'),
    name: doc(z.string(), 'the fullest form of the name seen', 'Bassem Naim'),
    roles: doc(z.array(z.string()), 'descriptions seen with the name', ['Senior Hamas official']),
    mentions: doc(z.array(MentionSchema), 'every name, title, role-noun and pronoun mention resolved to them', [{ text: 'he', start: 530, end: 532 }]),
  })
  .describe('Someone quoted or named as a source, their mentions merged');

export const OrganizationSchema = z
  .object({
    id: doc(z.string(), 'stable within one record', 'o1'),
    name: doc(z.string(), 'the fullest form of the name seen', 'Royal Bank of Scotland Group'),
    mentions: doc(z.array(MentionSchema), 'every name, partial name, common-noun ("the bank") and pronoun mention resolved to it', [{ text: 'the bank', start: 212, end: 220 }]),
  })
  .describe('A company, agency, court, government, party, campaign or news medium named in the body, its mentions merged');

export const SpeakerSchema = z
  .object({
    name: doc(z.string().nullable(), 'the resolved person or organisation; null when the article never names the speaker (never a common noun)', 'Benjamin Netanyahu'),
    personId: doc(z.string().nullable(), '`Person.id` when the speaker is a person of `people`', 'p2'),
    organizationId: doc(z.string().nullable(), '`Organization.id` when the speaker is an organisation of `organizations`', null),
    resolvedBy: doc(z.enum(['name', 'surname', 'role', 'organization-noun', 'document', 'pronoun', 'salience']).nullable(),
      'which pass of the resolution sieve named the speaker: the name itself, a surname or partial name, a role noun ("the premier"), an organisation noun ("the bank"), a document it issued ("the statement"), a pronoun, or the story\'s most-named person when nothing nearby fits; null when unresolved', 'role'),
    mention: doc(z.string(), 'the speaker as written at the attribution', 'the premier'),
    start: start('the mention', 88),
    end: end('the mention', 99),
  })
  .describe('Who a quote is attributed to');

export const QuoteSchema = z
  .object({
    text: doc(z.string(), 'the quoted words without the outer marks (a split quotation\'s halves joined)', 'We will not accept these terms'),
    kind: doc(z.enum(['direct', 'partial', 'indirect']), 'a whole quotation, a quoted fragment inside reported speech, or reported speech with no marks', 'direct'),
    start: start('the quotation (marks included for direct and partial quotes)', 120),
    end: end('the quotation', 152),
    speaker: doc(SpeakerSchema.nullable(), 'who said it; null when nobody is credited', { name: 'Bassem Naim', personId: 'p1', organizationId: null, resolvedBy: 'surname', mention: 'Naim', start: 160, end: 164 }),
    cue: doc(z.string().nullable(), 'the verb or phrase of attribution; null for a signature dash or a subject with no speech verb', 'said'),
    recipient: doc(z.string().nullable(), 'who it was said to', 'Reuters'),
    date: doc(z.string().nullable(), 'the ISO day it was said: the date of the event of its cue ("said Tuesday"), null when nothing dates the remark', '2024-02-13'),
    confidence: doc(z.number().min(0).max(1), 'how sure the attribution is, 0 to 1', 0.9),
  })
  .describe('A quotation or reported remark, with its speaker');

export const FigureSchema = z
  .object({
    text: doc(z.string(), 'the figure as written, qualifier included', 'more than 250 people'),
    value: doc(z.number().nullable(), 'the number; null for vague magnitudes ("thousands") and ranges', 250),
    low: doc(z.number().nullable(), 'the lower bound of a range or qualifier ("more than 250" → 250; "thousands" → 2000)', 250),
    high: doc(z.number().nullable(), 'the upper bound of a range or qualifier', null),
    qualifier: doc(
      z.enum(['exact', 'approximate', 'more-than', 'at-least', 'less-than', 'at-most', 'range', 'vague']),
      'how exact it is: "some", "about" → approximate; "more than", "over" → more-than; "up to" → at-most; "thousands" → vague',
      'more-than',
    ),
    unit: doc(z.string().nullable(), 'an ISO currency, `percent`, a time unit or a measure unit; null for plain counts', null),
    subject: doc(z.string().nullable(), 'what is counted, as written', 'people'),
    category: doc(z.enum(['count', 'casualties', 'hostages', 'money', 'percent', 'duration', 'age', 'measure', 'other']), 'the kind of figure', 'hostages'),
    measure: doc(z.string().nullable(), 'what happened to them, also across "of whom 32 are dead"', 'kidnapped'),
    source: doc(z.string().nullable(), 'who gives the figure', 'Israel'),
    change: doc(z.enum(['up', 'down']).nullable(), 'a reported rise or fall ("rose 5%" → up, "lost 190 points" → down); null otherwise (added to the SPEC)', null),
    start: start('the figure', 200),
    end: end('the figure', 220),
  })
  .describe('A number the story reports, and what it counts');

export const TimeExpressionSchema = z
  .object({
    text: doc(z.string(), 'the expression as written', 'on Tuesday'),
    start: start('the expression', 40),
    end: end('the expression', 50),
    type: doc(z.enum(['date', 'time', 'duration', 'set']), 'the TimeML type', 'date'),
    value: doc(
      z.string().nullable(),
      'the TimeML value: `2024-02-17`, `2024-02`, `2024-W07`, `2023-Q3`, `P6W`, `PXW`, `PRESENT_REF`, `XXXX-WXX-2`; null when it cannot be resolved',
      '2024-02-13',
    ),
    certain: doc(z.boolean(), 'false when the year or day was inferred, or the reference date itself was', true),
  })
  .describe('A time expression in the body, normalised against the publication date');

export const DatedEventSchema = z
  .object({
    date: doc(TimeExpressionSchema, 'the date or time expression that anchors it', { text: 'on Tuesday', start: 40, end: 50, type: 'date', value: '2024-02-13', certain: true }),
    trigger: doc(
      z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      'the word that says what happened: a verb ("fell", "testify", "killed") or an event noun ("talks", "assault"), with its span in `body.text`',
      { text: 'fell', start: 36, end: 40 },
    ),
    text: doc(z.string(), 'the clause that holds the trigger and its time', 'Ceasefire talks in Cairo fell apart on Tuesday.'),
    start: start('the clause', 0),
    end: end('the clause', 48),
    actors: doc(z.array(z.string()), 'the people and organisations named in the clause', ['Hamas']),
    actorIds: doc(z.array(z.string()), 'their `Person.id` or `Organization.id`, where the record lists them', ['o1']),
  })
  .describe('What happened when');

export const REMOVED_CATEGORIES = [
  'donation', 'paywall', 'meter', 'newsletter', 'registration', 'navigation', 'related', 'social', 'comments',
  'advertisement', 'consent', 'caption', 'credit', 'duplicate', 'other',
] as const;

export const RemovedSchema = z
  .object({
    text: doc(z.string(), 'what was taken out (a region\'s lines joined by newlines; cut at 600 characters with "…")', 'You have read 3 of 5 free articles this month.'),
    category: doc(z.enum(REMOVED_CATEGORIES), 'the kind of boilerplate', 'meter'),
    ruleId: doc(z.string(), 'the rule that fired', 'meter.articles-read'),
  })
  .describe('A piece of the page taken out, and why');

export const AccessSchema = z
  .object({
    paywall: doc(z.enum(['none', 'metered', 'hard', 'unknown']), 'how the page restricts reading, from strong evidence only', 'metered'),
    evidence: doc(z.array(z.string()), 'what showed it: JSON-LD `isAccessibleForFree`, meter or paywall wording', ['You have read 3 of 5 free articles this month.']),
  })
  .describe('Restricted access');

export const DiagnosticSchema = z
  .object({
    code: doc(z.string(), 'a stable code to filter on', 'publishedAt.missing'),
    severity: doc(z.enum(['info', 'warning']), 'info: a field is empty or guessed; warning: input was cut, skipped or repaired', 'info'),
    message: doc(z.string(), 'what happened, in a sentence', 'no publication date in JSON-LD, meta tags, <time> elements, the URL or the article top'),
  })
  .describe('Why a field is empty, what was guessed, what was cut');

export const ArticleRecordSchema = z
  .object({
    schemaVersion: doc(z.literal(1), 'the contract version; it changes only when a field is renamed or re-typed', 1),
    url: doc(z.string().nullable(), 'the address given in `options.url` or `input.url`', 'https://www.jns.org/gaza-truce-talks/'),
    canonicalUrl: doc(z.string().nullable(), '`<link rel=canonical>`, else `og:url`, resolved against `url`', 'https://www.jns.org/gaza-truce-talks/'),
    siteName: doc(z.string().nullable(), '`og:site_name`, `application-name` or the JSON-LD publisher; else the brand of the registrable domain, as the `<title>` spells it or the domain itself (a `site.from-domain` diagnostic), never a sub-domain word', 'JNS.org'),
    language: doc(z.string().nullable(), 'BCP-47: from the option or the markup, else detected from the text (a `language.detected` diagnostic)', 'en'),
    kicker: doc(z.string().nullable(), 'the rubric or section label shown above the headline', 'Israel at War'),
    headline: doc(z.string().nullable(), 'the visible headline, without the site name of `<title>`', 'Gaza truce talks collapse'),
    dek: doc(z.string().nullable(), 'the standfirst or subheadline under the headline; never a copy of the first paragraph', 'Hamas rejects the latest proposal.'),
    authors: doc(z.array(z.string()), 'person names only, written as names ("MARIA LOPEZ" → "Maria Lopez"): no "By" (or "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Autor:"), dates, job titles, newsrooms or agencies; a post signed only with a handle ("nightowl42", "by jane_doe", "@janedoe") has that as its author (an `authors.handle` diagnostic)', ['Jane Doe']),
    credits: doc(z.array(z.string()), 'what the page credits when it names no person as author: a desk or an agency, from JSON-LD or meta tags ("dpa", "Redaktion"); empty whenever `authors` names someone', ['dpa']),
    publishedAt: doc(DateValueSchema.nullable(), 'when the article was published; a page that states only a modification date gets that (a `publishedAt.from-modified` diagnostic), and one that states no date at all the day its og:image is filed under ("/files/2016/05/04/…", a `publishedAt.from-image` diagnostic, source `url`)', { iso: '2024-02-13T09:12:00Z', raw: '2024-02-13T09:12:00Z', source: 'jsonld' }),
    modifiedAt: doc(DateValueSchema.nullable(), 'when the article was last updated', null),
    dateline: doc(DatelineSchema.nullable(), 'the dateline cut from the first paragraph', { raw: 'GAZA CITY (AP) —', place: 'GAZA CITY', agency: 'AP', date: null }),
    body: doc(BodySchema, 'the story: clean text and its paragraphs', { text: 'Ceasefire talks…', paragraphs: [{ text: 'Ceasefire talks…', start: 0, end: 16, kind: 'paragraph' }] }),
    media: doc(z.array(MediaSchema), 'photos of the story with caption and credit split', []),
    people: doc(z.array(PersonSchema), 'everyone quoted or named as a source, with every mention resolved to them', []),
    organizations: doc(z.array(OrganizationSchema), 'companies, agencies, courts, governments, parties, campaigns and media named in the body, mentions merged', []),
    quotes: doc(z.array(QuoteSchema), 'quotations and reported remarks with their speakers', []),
    figures: doc(z.array(FigureSchema), 'the numbers the story reports, with what they count', []),
    dates: doc(z.array(TimeExpressionSchema), 'every time expression in the body, normalised', []),
    events: doc(z.array(DatedEventSchema), 'what happened when: one event per trigger and resolved date or time, the timeline', []),
    removed: doc(z.array(RemovedSchema), 'every piece of the page taken out, with its category and rule', []),
    access: doc(AccessSchema, 'restricted access', { paywall: 'none', evidence: [] }),
    diagnostics: doc(z.array(DiagnosticSchema), 'never a silent null: why a field is empty, what was guessed, what was cut', []),
  })
  .describe('The record of one news page');

export type DateValue = z.infer<typeof DateValueSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Media = z.infer<typeof MediaSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
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

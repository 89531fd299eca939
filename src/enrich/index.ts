/**
 * The enrich stage: quotes, people, figures, time expressions and events read the clean body and point
 * into it. The body is tokenised once (src/enrich/text) and every enrichment reads that one document.
 * An enrichment that has not landed yet leaves its field empty and says so in a diagnostic.
 */
import type { DateValue, DatedEvent, Figure, Organization, Person, Quote, TimeExpression } from '../schema.js';

interface Span {
  start: number;
  end: number;
}
import type { Diagnostics } from '../diagnostics.js';
import type { ResolvedOptions } from '../options.js';
import { stageClock, type Clock } from '../stages.js';
import { buildDocument, type Document } from './text/document.js';
import { findNames } from './people/names.js';
import { extractQuotes } from './quotes/index.js';
import { referenceDate } from './dates/reference.js';
import { MAX_QUOTATIONS } from './limits.js';
import { extractFigures } from './figures/index.js';
import { findTimeExpressions } from './dates/expressions.js';
import { extractEvents } from './events/index.js';
import type { NameMention } from './people/names.js';
import { findNumbers } from './figures/numbers.js';

export interface EnrichInput {
  language: string | null;
  options: ResolvedOptions;
  publishedAt: DateValue | null;
  diagnostics: Diagnostics;
  /** Text around the body (captions, dek) that may print the date the story is set in. */
  context: readonly string[];
  /** Times each enrichment for the `profile` option. */
  clock?: Clock;
  /** `performance.now()` past which stages not yet started are skipped (the timeBudgetMs option). */
  deadline?: number;
}

export interface Enriched {
  people: Person[];
  organizations: Organization[];
  quotes: Quote[];
  figures: Figure[];
  dates: TimeExpression[];
  events: DatedEvent[];
}

/**
 * The time budget: stages are checked before they start, so a run ends at most one stage past the deadline.
 * Skipped stages are named in one warning at the end.
 */
class Budget {
  readonly skipped: string[] = [];
  constructor(private readonly deadline: number) {}
  /** Whether `stage` may start; if not, it is recorded as skipped. */
  allows(stage: string): boolean {
    return this.allowsAll([stage]);
  }
  /** Whether the stages may start at all; if not, all of them are recorded as skipped. */
  allowsAll(stages: readonly string[]): boolean {
    if (performance.now() <= this.deadline) return true;
    this.skipped.push(...stages);
    return false;
  }
  report(diagnostics: Diagnostics, options: ResolvedOptions): void {
    if (this.skipped.length) diagnostics.warn('budget.exceeded', `the time budget (timeBudgetMs: ${options.timeBudgetMs} ms) ran out before these stages: ${this.skipped.join(', ')}; their fields are empty`);
  }
}

/**
 * Runs one enrichment so that a fault in it costs that field, not the record: the field stays empty and a
 * warning names the stage. (Bad input must never make extractArticle throw.)
 */
function guarded(diagnostics: Diagnostics, clock: Clock, stage: string, run: () => void, budget?: Budget): void {
  if (budget && !budget.allows(stage)) return;
  try {
    clock(`enrich.${stage}`, run);
  } catch (e) {
    diagnostics.warn(`${stage}.failed`, `the ${stage} stage failed on this body and was skipped: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The part of the body the enrichment reads: whole paragraphs up to the limit (or the first paragraph cut at
 * the limit when it alone is longer). It starts at offset 0, so every span found in it points into the body.
 */
function withinLimit(body: { text: string; paragraphs: readonly Span[] }, limit: number): { text: string; paragraphs: readonly Span[] } {
  if (body.text.length <= limit) return body;
  const paragraphs = body.paragraphs.filter((p) => p.end <= limit);
  if (!paragraphs.length) return { text: body.text.slice(0, limit), paragraphs: [{ start: body.paragraphs[0]?.start ?? 0, end: limit }] };
  return { text: body.text.slice(0, paragraphs[paragraphs.length - 1]!.end), paragraphs };
}

export function enrich(body: { text: string; paragraphs: readonly Span[] }, input: EnrichInput): Enriched {
  const switches = input.options.enrich;
  const wanted = switches === false ? { quotes: false, figures: false, events: false } : { quotes: true, figures: true, events: true, ...(switches === true ? {} : switches) };
  const empty: Enriched = { people: [], organizations: [], quotes: [], figures: [], dates: [], events: [] };
  // Every empty field says why: a stage switched off by the caller is named.
  const off = Object.entries(wanted).flatMap(([stage, on]) => (on ? [] : [stage]));
  if (off.length) input.diagnostics.info('enrich.off', `switched off by the enrich option: ${off.join(', ')}`);
  if (!body.text || off.length === 3) return empty;
  const clock = input.clock ?? stageClock(input.options.profile);
  if (input.language && !/^en\b/i.test(input.language)) {
    input.diagnostics.info('enrich.language', `quotes, people, figures and dates are read in English only; the page is "${input.language}"`);
    return empty;
  }
  const read = withinLimit(body, input.options.maxEnrichChars);
  if (read.text.length < body.text.length) {
    input.diagnostics.warn('enrich.truncated', `the body has ${body.text.length} characters; quotes, figures and dates were read in the first ${read.text.length} (maxEnrichChars)`);
  }
  const budget = new Budget(input.deadline ?? Infinity);
  // Tokenising is the first cost of every stage: without time for it, every wanted stage is skipped.
  if (!budget.allowsAll(Object.entries(wanted).flatMap(([stage, on]) => (on ? [stage === 'events' ? 'dates' : stage] : [])))) {
    budget.report(input.diagnostics, input.options);
    return empty;
  }
  let doc: Document;
  try {
    doc = clock('enrich.tokens', () => buildDocument(read.text, read.paragraphs));
  } catch (e) {
    input.diagnostics.warn('enrich.failed', `the body could not be tokenised for enrichment: ${e instanceof Error ? e.message : String(e)}`);
    return empty;
  }
  const reference = clock('enrich.reference', () => referenceDate([input.publishedAt?.iso, input.options.referenceDate], [...input.context, body.text]));
  let people: Person[] = [];
  let organizations: Organization[] = [];
  let quotes: Quote[] = [];
  let figures: Figure[] = [];
  let dates: TimeExpression[] = [];
  let events: DatedEvent[] = [];
  let speakerBySentence = new Map<number, string>();
  let cueAt: (number | null)[] = [];
  let names: NameMention[] = [];
  if (wanted.quotes || wanted.events) {
    guarded(input.diagnostics, clock, 'names', () => {
      names = findNames(doc.text, doc.tokens, (i) => doc.quoted[i] === 1, (i) => doc.sentenceFirstToken[doc.sentenceOf[i]!]!);
    }, budget);
  }
  if (wanted.quotes && budget.allows('quotes')) {
    guarded(input.diagnostics, clock, 'quotes', () => {
      ({ quotes, people, organizations, speakerBySentence, cueAt } = extractQuotes(doc, names, reference, true));
    });
    if (doc.quotations.length > MAX_QUOTATIONS) {
      input.diagnostics.warn('quotes.truncated', `the body holds ${doc.quotations.length} quotations; the first ${MAX_QUOTATIONS} were read`);
    }
    if (!quotes.length) input.diagnostics.info('quotes.none', 'no quotation or reported speech with a speech cue was found in the body');
  }
  // Durations are figures and time expressions both: the dates stage reads them off the figures.
  let durationFigures: Figure[] = [];
  const figuresRun = (wanted.figures || wanted.events) && budget.allows('figures');
  if (figuresRun) {
    guarded(input.diagnostics, clock, 'figures', () => {
      durationFigures = extractFigures(doc, findNumbers(doc), { bySentence: speakerBySentence });
    });
  }
  if (wanted.figures && figuresRun) {
    figures = durationFigures;
    if (!figures.length) input.diagnostics.info('figures.none', 'no quantity was found in the body');
  }
  if (wanted.events && budget.allows('dates')) {
    guarded(input.diagnostics, clock, 'dates', () => {
      dates = findTimeExpressions(doc, reference, durationFigures);
      if (dates.length > 5000) input.diagnostics.warn('dates.truncated', `the body holds more than 5,000 time expressions; the first ones were read`);
      const speakers = quotes.flatMap((q) => (q.speaker?.name ? [{ start: q.speaker.start, end: q.speaker.end, name: q.speaker.name }] : []));
      events = extractEvents(doc, dates, names, speakers, { people, organizations });
      // A remark is dated by the event of its cue, so the quote and the timeline agree ("On Feb. 11, he told").
      const dayOfCue = new Map<number, string>();
      for (const e of events) if (/^\d{4}-\d\d-\d\d/.test(e.date.value ?? '')) dayOfCue.set(e.trigger.start, e.date.value!.slice(0, 10));
      quotes = quotes.map((q, i) => ({ ...q, date: cueAt[i] === null || cueAt[i] === undefined ? null : dayOfCue.get(cueAt[i]!) ?? null }));
    });
    if (!reference) input.diagnostics.info('dates.no-reference', 'no publication or reference date is known: weekdays and relative dates are left unresolved');
    else if (!reference.stated) input.diagnostics.info('dates.reference-inferred', 'no publication date is known: years were taken from a full date printed on the page, and weekdays and relative dates are left unresolved');
  }
  budget.report(input.diagnostics, input.options);
  return { people, organizations, quotes, figures, dates, events };
}

/**
 * The enrich stage: quotes, people, figures, time expressions and events read the clean body and point
 * into it. Each enrichment lands in its own issue; until one has, its field stays empty and a diagnostic
 * says so rather than leaving a silent empty list.
 */
import type { DateValue, DatedEvent, Figure, Person, Quote, TimeExpression } from '../schema.js';
import type { Diagnostics } from '../diagnostics.js';
import type { ResolvedOptions } from '../options.js';

export interface EnrichInput {
  language: string | null;
  options: ResolvedOptions;
  publishedAt: DateValue | null;
  diagnostics: Diagnostics;
}

export interface Enriched {
  people: Person[];
  quotes: Quote[];
  figures: Figure[];
  dates: TimeExpression[];
  events: DatedEvent[];
}

export function enrich(body: { text: string }, input: EnrichInput): Enriched {
  const wanted = { quotes: true, figures: true, events: true, ...input.options.enrich };
  if (body.text && (wanted.quotes || wanted.figures || wanted.events)) {
    input.diagnostics.info('enrich.not-implemented', 'quotes, people, figures, time expressions and events are not extracted by this version yet');
  }
  return { people: [], quotes: [], figures: [], dates: [], events: [] };
}

/**
 * The ordered stages, and the only file that knows the order:
 *   load → blocks → clean → fields → enrich → record
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { load as loadHtml } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio/slim';
import { htmlToBlocks } from './blocks/html.js';
import { MAX_JSONLD_CHARS, readMetadata, type PageMeta } from './blocks/metadata.js';
import { textToBlocks } from './blocks/text.js';
import type { Block } from './blocks/types.js';
import { cleanHtmlBlocks, cleanTextBlocks, normalizeForCompare, type CleanResult } from './clean/index.js';
import { locateContent, RELAXED, STRICT, type Location } from './clean/locate.js';
import { bestRun } from './clean/text-run.js';
import { Diagnostics } from './diagnostics.js';
import { MAX_DEPTH, parseHtml } from './load/parse.js';
import { enrich, type Enriched } from './enrich/index.js';
import { extractAuthors } from './fields/byline/index.js';
import { splitDateline } from './fields/dateline/index.js';
import { extractDek } from './fields/dek/index.js';
import { extractHeadline, withoutAuthorPrefix } from './fields/headline/index.js';
import { pickTextHeadline } from './fields/headline/text.js';
import { extractKicker } from './fields/kicker/index.js';
import { extractLanguage } from './fields/language/index.js';
import { extractMedia } from './fields/media/index.js';
import { extractModified, extractPublished, optionDate } from './fields/published/index.js';
import { extractCanonicalUrl, extractSiteName } from './fields/site/index.js';
import type { FieldInput } from './fields/types.js';
import { load } from './load/index.js';
import type { ResolvedOptions } from './options.js';
import { stageClock, type Clock } from './stages.js';
import { ArticleRecordSchema, type Access, type ArticleRecord, type Dateline, type Diagnostic, type Paragraph } from './schema.js';

/** Below this many characters of body the strict pass is taken to have missed the story. */
const MIN_BODY_CHARS = 250;
/** Markup of a whole page, not a fragment: a document start or a body, header, nav, main or footer element. */
const PAGE_MARKUP = /<(?:!doctype|html|body|header|nav|main|footer)[\s>]/i;
const FRAGMENT_PROBE = 100_000;
/** Lines and characters of a text read whole, as a brief with no page around it. */
const SHORT_TEXT_LINES = 4;
const SHORT_TEXT_CHARS = 1_000;
/** Blocks a fragment may hold and still be read whole. */
const MAX_FRAGMENT_BLOCKS = 12;

interface Structure {
  $: CheerioAPI | null;
  meta: PageMeta | null;
  blocks: Block[];
  cleaned: CleanResult;
  headline: string | null;
  siteName: string | null;
}

const bodyChars = (c: CleanResult) => c.body.reduce((n, b) => n + b.text.length, 0);

function fieldInput(s: Omit<Structure, 'headline' | 'siteName'>, url: string | null, options: ResolvedOptions, diagnostics: Diagnostics): FieldInput {
  return { $: s.$, meta: s.meta, blocks: s.blocks, header: s.cleaned.header, body: s.cleaned.body, captions: s.cleaned.captions, container: s.cleaned.container, url, options, diagnostics };
}

/** blocks + clean for an HTML page, with the relaxed retry when the strict pass finds too little. */
function structureHtml(source: string, url: string | null, options: ResolvedOptions, diagnostics: Diagnostics, clock: Clock): Structure {
  const $ = clock('parse', () => {
    const parsed = parseHtml(source);
    if (parsed.flattened) diagnostics.warn('input.deep', `${parsed.flattened} element(s) nested deeper than ${MAX_DEPTH} levels were added beside their parent instead of inside it`);
    return loadHtml(parsed.document);
  });
  const meta = clock('metadata', () => readMetadata($));
  if (meta.jsonldErrors) diagnostics.info('jsonld.invalid', `${meta.jsonldErrors} JSON-LD block(s) could not be parsed and were ignored`);
  if (meta.jsonldTooLarge) diagnostics.info('jsonld.too-large', `${meta.jsonldTooLarge} JSON-LD block(s) longer than ${MAX_JSONLD_CHARS.toLocaleString('en')} characters were skipped`);
  const root = $.root()[0]!;
  const empty: CleanResult = { body: [], header: [], captions: [], removed: [], access: { metered: [], hard: [] }, container: null };

  // A fragment ("<p>Copper exports fell 9%.</p>", a feed item's markup) has no page around its story: it is
  // all story, as a short text is.
  const fragment = !PAGE_MARKUP.test(source.slice(0, FRAGMENT_PROBE));
  const attempt = (markupRules: boolean, strict: boolean) => {
    const blocks = clock('blocks', () => htmlToBlocks(root, { markupRules }));
    return clock('clean', () => {
      const whole = fragment && blocks.length <= MAX_FRAGMENT_BLOCKS && !blocks.some((b) => b.flag);
      const location = whole ? wholeFragment(root) : locateContent(blocks, strict ? STRICT : RELAXED, url ?? meta.canonical);
      const probe = fieldInput({ $, meta, blocks, cleaned: { ...empty, container: location.container } }, url, options, new Diagnostics());
      const siteName = extractSiteName(probe);
      const headline = extractHeadline(probe, siteName);
      return { blocks, headline, siteName, cleaned: cleanHtmlBlocks(blocks, location, headline) };
    });
  };
  let result = attempt(true, true);
  if (bodyChars(result.cleaned) < MIN_BODY_CHARS) {
    const relaxed = attempt(false, false);
    if (bodyChars(relaxed.cleaned) > bodyChars(result.cleaned) * 1.5 + 50) {
      diagnostics.info('body.relaxed', 'the strict pass found too little story; a relaxed pass without markup hints was used');
      result = relaxed;
    }
  }
  return { $, meta, ...result };
}

/** Every top-level element of a fragment is story. */
function wholeFragment(root: AnyNode): Location {
  const parts = ((root as ParentNode).children ?? []).filter((c): c is Element => c.type === 'tag');
  return { container: parts.length === 1 ? parts[0]! : null, parts, score: 0, overruled: new Set(), teasers: new Set() };
}

function structureText(source: string, url: string | null, clock: Clock): Structure {
  const blocks = clock('blocks', () => textToBlocks(source));
  const cleaned = clock('clean', () => {
    // A short text (a sentence, a brief, a phrase to test with) has no page around it: all of it is story, and a
    // headline is taken only when a story follows it.
    const short = blocks.length <= SHORT_TEXT_LINES && blocks.reduce((n, b) => n + b.text.length, 0) <= SHORT_TEXT_CHARS;
    const run = short ? { start: 0, end: blocks.length } : bestRun(blocks, STRICT);
    return cleanTextBlocks(blocks, run, pickTextHeadline(blocks, run, url));
  });
  return { $: null, meta: null, blocks, cleaned, headline: cleaned.headline, siteName: null };
}

function accessOf(cleaned: CleanResult, meta: PageMeta | null): Access {
  const evidence: string[] = [];
  const free = meta?.articles.map((a) => a.isAccessibleForFree).find((v) => v !== undefined);
  const closed = free === false || (typeof free === 'string' && /^false$/i.test(free));
  if (closed) evidence.push('JSON-LD isAccessibleForFree: false');
  evidence.push(...cleaned.access.hard, ...cleaned.access.metered);
  const paywall = closed || cleaned.access.hard.length ? 'hard' : cleaned.access.metered.length ? 'metered' : 'none';
  return { paywall, evidence: evidence.slice(0, 20) };
}

function assembleBody(blocks: Block[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    const kind: Paragraph['kind'] = b.kind === 'heading' || b.kind === 'blockquote' || b.kind === 'list-item' ? b.kind : 'paragraph';
    paragraphs.push({ text: b.text, start: text.length, end: text.length + b.text.length, kind });
    text += b.text;
  }
  return { text, paragraphs };
}

/** The page as the pipeline saw it, for the audit report: every block in page order, and those kept as story. */
export interface Trace {
  blocks: readonly Block[];
  kept: ReadonlySet<Block>;
}

export function runPipeline(input: unknown, options: ResolvedOptions, trace?: (t: Trace) => void): ArticleRecord {
  const diagnostics = new Diagnostics();
  const deadline = options.timeBudgetMs === null ? Infinity : performance.now() + options.timeBudgetMs;
  const clock = stageClock(options.profile);
  const loaded = clock('load', () => load(input, options, diagnostics));
  const structure = loaded.format === 'html' ? structureHtml(loaded.source, loaded.url, options, diagnostics, clock) : structureText(loaded.source, loaded.url, clock);
  trace?.({ blocks: structure.blocks, kept: new Set(structure.cleaned.body) });
  const fields = clock('fields', () => readFields(structure, loaded, options, diagnostics));
  const context = [fields.dek ?? '', ...fields.media.map((m) => m.caption ?? '')];
  const enriched = enrich(fields.body, { language: fields.language, options, publishedAt: fields.publishedAt, diagnostics, context, clock, deadline });
  const record: ArticleRecord = { schemaVersion: 1, ...fields, ...enriched, diagnostics: diagnostics.list };
  return clock('record', () => ArticleRecordSchema.parse(record));
}

type Fields = Omit<ArticleRecord, 'schemaVersion' | 'people' | 'organizations' | 'quotes' | 'figures' | 'dates' | 'events' | 'diagnostics'>;

/** The fields stage: metadata and the top of the article, the dateline cut from the body, the body assembled. */
function readFields(structure: Structure, loaded: { source: string; url: string | null }, options: ResolvedOptions, diagnostics: Diagnostics): Fields {
  const { cleaned } = structure;
  const fields = fieldInput(structure, loaded.url, options, diagnostics);

  const siteName = structure.siteName ?? extractSiteName(fields);
  const shownHeadline = structure.headline ?? extractHeadline(fields, siteName);
  const dek = extractDek(fields, shownHeadline);
  const kicker = extractKicker(fields, shownHeadline);
  const { authors, credits } = extractAuthors(fields, shownHeadline, siteName);
  const headline = withoutAuthorPrefix(shownHeadline, authors);
  const language = extractLanguage(fields);
  const modifiedAt = extractModified(fields);
  const publishedAt = extractPublished(fields, shownHeadline, language.language, modifiedAt);
  const media = extractMedia(fields, cleaned.captions);

  // The dek, when it also opens the body, belongs to the top of the article.
  let bodyBlocks = cleaned.body;
  if (dek) {
    const d = normalizeForCompare(dek);
    bodyBlocks = bodyBlocks.filter((b, i) => i > 2 || normalizeForCompare(b.text) !== d);
  }
  let dateline: Dateline | null = null;
  const first = bodyBlocks[0];
  if (first) {
    const split = splitDateline(first.text);
    if (split) {
      dateline = split.dateline;
      bodyBlocks = [{ ...first, text: split.rest }, ...bodyBlocks.slice(1)];
    }
  }
  const body = assembleBody(bodyBlocks);
  if (!body.text) diagnostics.warn('body.empty', loaded.source.trim() ? 'no article text was found on the page' : 'the input is empty');

  return {
    url: loaded.url,
    canonicalUrl: extractCanonicalUrl(fields),
    siteName,
    language: language.language,
    kicker,
    headline,
    dek,
    authors,
    credits,
    publishedAt,
    modifiedAt,
    dateline,
    body,
    media,
    // A label that became the kicker is a field of the record, not boilerplate taken out.
    removed: kicker ? cleaned.removed.filter((r) => r.text !== kicker) : cleaned.removed,
    access: accessOf(cleaned, structure.meta),
  };
}

/**
 * The enrich stage alone, on a text that is already a clean body (paragraphs separated by blank lines): for
 * callers who did their own extraction, and for evaluating enrichment on annotated sentences.
 */
export function runEnrichment(text: string, options: ResolvedOptions): Enriched & { body: { text: string; paragraphs: Paragraph[] }; diagnostics: Diagnostic[] } {
  const diagnostics = new Diagnostics();
  const paragraphs: Paragraph[] = [];
  const re = /\S(?:[^\n]|\n(?!\s*\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].trimEnd();
    paragraphs.push({ text: t, start: m.index, end: m.index + t.length, kind: 'paragraph' });
  }
  const publishedAt = options.publishedAt !== undefined ? optionDate(options.publishedAt) : null;
  const enriched = enrich({ text, paragraphs }, { language: options.language ?? 'en', options, publishedAt, diagnostics, context: [] });
  return { ...enriched, body: { text, paragraphs }, diagnostics: diagnostics.list };
}

/**
 * The headline of a plain-text page, which has no markup to say which line it is. Candidates are the
 * title-shaped lines shortly before the story run; each is scored by how much it shares with the URL's slug
 * (pages name themselves after their headline), how close it stands to the story, and how it reads.
 */
import type { Block } from '../../blocks/types.js';
import { matchTextRule } from '../../clean/text-rules.js';
import { SENTENCE_END } from '../../clean/edges.js';
import { isDatelineLine } from '../dateline/index.js';

const LOOK_BACK = 60;
const LOOK_AHEAD = 8;
/** Breadcrumb trails: "Home > News > Headline", "Home News Schools Headline". */
const TRAIL = /\s[>»›|/]\s|^home\b/i;
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'is', 'are', 'was', 'be', 'as', 'html', 'htm', 'php', 'aspx', 'amp', 'story', 'news', 'article', 'index']);
const WORD = /[\p{L}\p{N}]+/gu;
const BYLINE_OR_DATE = /^(?:by\s+\p{Lu}|published|updated|posted)|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/iu;

const words = (s: string) => (s.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w) && !/^\d+$/.test(w));

function slugWords(url: string | null): Set<string> {
  if (!url) return new Set();
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    /* a bare path */
  }
  // The longest path segment is the slug; ids and dates are not.
  const segment = path.split('/').sort((a, b) => b.length - a.length)[0] ?? '';
  return new Set(words(segment.replace(/[-_+.]/g, ' ')));
}

const isProse = (b: Block) => b.text.length >= 150 && /[.!?"”’)]$/.test(b.text);

export function titleShaped(b: Block): boolean {
  const n = b.text.split(/\s+/).length;
  // A long line ending in a full stop is a sentence of prose, not a headline.
  const sentence = /\.["”’)]?$/.test(b.text) && n > 12;
  return b.text.length >= 15 && b.text.length <= 250 && n >= 3 && n <= 35 && !sentence && words(b.text).length >= 2 && !/[,;:]$/.test(b.text) && !matchTextRule(b.text) && !isDatelineLine(b.text);
}

/** Characters of story a headline must stand above: one sentence of some length, or more than the line itself twice. */
const MIN_STORY = 80;

/**
 * Something that reads as the story follows block i: the sentences after it (to the end of the run) hold at
 * least MIN_STORY characters and twice the line's own length. A sentence or two with nothing more under it
 * is all story ("Copper exports fell 9%.\n\nImports rose 4%, the ministry said.").
 */
function storyFollows(blocks: Block[], i: number, runEnd: number, length: number): boolean {
  let story = 0;
  for (let k = i + 1; k < runEnd && story < MIN_STORY + 2 * length; k++) {
    if (SENTENCE_END.test(blocks[k]!.text)) story += blocks[k]!.text.length;
  }
  return story >= Math.max(MIN_STORY, 2 * length);
}

export function pickTextHeadline(blocks: Block[], run: { start: number; end: number }, url: string | null): Block | null {
  const runStart = run.start;
  const slug = slugWords(url);
  let best: { block: Block; score: number } | null = null;
  const from = Math.max(0, runStart - LOOK_BACK);
  // Look into the run only as far as its first paragraph of prose: a headline stands above the story.
  let to = Math.min(blocks.length, runStart + LOOK_AHEAD);
  for (let i = runStart; i < to; i++) if (isProse(blocks[i]!)) to = i;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (!titleShaped(b) || !storyFollows(blocks, i, Math.max(run.end, i + 1), b.text.length)) continue;
    const w = words(b.text);
    // Overlap with the slug both ways: a caption that repeats the slug's words among many others scores less.
    const common = slug.size ? new Set(w.filter((x) => slug.has(x))).size : 0;
    const shared = common ? (2 * common) / (slug.size + new Set(w).size) : 0;
    const distance = Math.abs(runStart - i);
    const next = blocks.slice(i + 1, i + 4);
    const bylineNext = next.some((n) => n.text.length < 120 && BYLINE_OR_DATE.test(n.text));
    const capitalised = w.length ? (b.text.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) / b.text.split(/\s+/).length : 0;
    const trail = TRAIL.test(b.text) ? 1.5 : 0;
    const sentence = /\.$/.test(b.text) ? 0.7 : 0;
    const score = shared * 5 + (bylineNext ? 1 : 0) + Math.min(w.length, 10) / 10 + capitalised * 0.3 - Math.min(distance, 25) * 0.04 - trail - sentence;
    if (!best || score > best.score) best = { block: b, score };
  }
  return best?.block ?? null;
}

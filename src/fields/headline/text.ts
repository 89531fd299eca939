/**
 * The headline of a plain-text page, which has no markup to say which line it is. Candidates are the
 * title-shaped lines shortly before the story run; each is scored by how much it shares with the URL's slug
 * (pages name themselves after their headline), how close it stands to the story, and how it reads.
 */
import type { Block } from '../../blocks/types.js';
import { matchTextRule } from '../../clean/text-rules.js';

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
  return b.text.length >= 15 && b.text.length <= 250 && n >= 3 && n <= 35 && !sentence && words(b.text).length >= 2 && !/[,;:]$/.test(b.text) && !matchTextRule(b.text);
}

export function pickTextHeadline(blocks: Block[], runStart: number, url: string | null): Block | null {
  const slug = slugWords(url);
  let best: { block: Block; score: number } | null = null;
  const from = Math.max(0, runStart - LOOK_BACK);
  // Look into the run only as far as its first paragraph of prose: a headline stands above the story.
  let to = Math.min(blocks.length, runStart + LOOK_AHEAD);
  for (let i = runStart; i < to; i++) if (isProse(blocks[i]!)) to = i;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (!titleShaped(b)) continue;
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

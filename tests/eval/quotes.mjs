// Quote scoring on PolNeAR (README of ../shared/datasets): a predicted quote matches a gold direct-quote
// fragment, or a quoted piece inside a mixed attribution, when it covers at least 30% (lenient) or 80%
// (strict) of it, one to one. One allowance: a quote our record merges across its attribution
// ("“A,” he said, “B.”" is one quote by the SPEC) may claim every fragment of that one gold attribution.
// The speaker is right when the predicted mention span overlaps the gold Source span.
import { overlapLength as overlap } from './metrics.mjs';

const QUOTED = /[“"]([^“”"]*)[”"]/g;

/** Gold fragments: each content span of a direct attribution, each quoted piece inside a mixed one. */
export function goldFragments(doc) {
  const out = [];
  for (const [id, a] of doc.attributions.entries()) {
    const source = a.source ?? [];
    if (a.quote_kind === 'direct') {
      for (const c of a.content) out.push({ start: c.start, end: c.end, attribution: id, attributionId: a.id, source, sourceKind: a.source_kind });
    } else if (a.quote_kind === 'mixed') {
      for (const c of a.content) {
        for (const m of c.text.matchAll(QUOTED)) {
          if (!m[1].trim()) continue;
          out.push({ start: c.start + m.index, end: c.start + m.index + m[0].length, attribution: id, attributionId: a.id, source, sourceKind: a.source_kind });
        }
      }
    }
  }
  return out;
}

export function goldIndirect(doc) {
  return doc.attributions.filter((a) => a.quote_kind === 'indirect' && a.content.length)
    .map((a) => ({ start: a.content[0].start, end: a.content[a.content.length - 1].end, source: a.source ?? [] }));
}

const speakerRight = (pred, gold) => !!pred.speaker && gold.source.some((s) => overlap(pred.speaker, s) > 0);

/**
 * Matches predicted quotes ({start, end, speaker: {start, end} | null}) to gold fragments at a coverage
 * threshold. Returns matched counts and the pairs, for speaker scoring.
 */
export function matchQuotes(pred, gold, threshold) {
  const claimed = new Set();
  const pairs = [];
  let matchedPred = 0;
  for (const p of pred) {
    const candidates = gold
      .map((g, i) => ({ g, i, cover: overlap(p, g) / Math.max(1, g.end - g.start) }))
      .filter((c) => !claimed.has(c.i) && c.cover >= threshold)
      .sort((a, b) => b.cover - a.cover);
    if (!candidates.length) continue;
    const first = candidates[0];
    matchedPred++;
    for (const c of candidates) {
      if (c.g.attribution !== first.g.attribution) continue;
      claimed.add(c.i);
      pairs.push({ pred: p, gold: c.g });
    }
  }
  return { matchedPred, matchedGold: claimed.size, pairs };
}

export function matchIndirect(pred, gold) {
  const claimed = new Set();
  const pairs = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !claimed.has(k) && overlap(p, g) / Math.max(1, g.end - g.start) >= 0.3);
    if (i < 0) continue;
    claimed.add(i);
    pairs.push({ pred: pred[i], gold: g });
  }
  return { matched: pairs.length, pairs, speakerRight: pairs.filter((x) => speakerRight(x.pred, x.gold)).length };
}

export { speakerRight };

/**
 * A resolved name as the datasets README compares them: NFKC, quotes and dashes folded, whitespace collapsed,
 * case folded, a leading "the " and trailing , ; : dropped.
 */
export const foldName = (s) => String(s ?? '').normalize('NFKC').replace(/[\u2018\u2019\u201A\u201B`´]/g, "'")
  .replace(/[\u201C\u201D\u201E\u201F«»]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim()
  .toLowerCase().replace(/^the /, '').replace(/[,;:]+$/, '').trim();

/** The predicted speaker name is the gold name or one of its aliases; a null name is wrong. */
export const nameRight = (predicted, gold) => predicted !== null && predicted !== undefined
  && [gold.name, ...(gold.aliases ?? [])].some((n) => foldName(n) === foldName(predicted));

/** Collapses whitespace runs to one space, keeping where each kept character came from. */
function squeeze(text) {
  let out = '';
  const from = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += c;
    from.push(i);
  }
  return { out, from };
}

/**
 * Maps the record's body offsets back to the source text: each body paragraph is found in the source after
 * the previous one, whitespace runs compared as one space (the text path joins a paragraph's lines).
 * Spans in a paragraph that cannot be found map to null.
 */
export function bodyToSource(record, source) {
  const src = squeeze(source);
  const paragraphs = [];
  let cursor = 0;
  for (const p of record.body.paragraphs) {
    const para = squeeze(p.text);
    const at = src.out.indexOf(para.out.trim(), cursor);
    if (at < 0) continue;
    const lead = para.out.length - para.out.trimStart().length;
    paragraphs.push({ p, para, at: at - lead });
    cursor = at + para.out.trim().length;
  }
  const point = (offset, isEnd) => {
    const m = paragraphs.find((x) => x.p.start <= offset && offset <= x.p.end);
    if (!m) return null;
    const local = offset - m.p.start - (isEnd ? 1 : 0);
    // Index of the squeezed character that this body character became.
    let k = m.para.from.findIndex((f) => f >= local);
    if (k < 0) k = m.para.from.length - 1;
    const srcIndex = src.from[m.at + k];
    return srcIndex === undefined ? null : srcIndex + (isEnd ? 1 : 0);
  };
  const mapped = (span) => {
    if (!span) return null;
    const start = point(span.start, false), end = point(span.end, true);
    return start === null || end === null ? null : { start, end };
  };
  mapped.paragraphs = paragraphs.map((x) => ({ start: src.from[x.at + (x.para.out.length - x.para.out.trimStart().length)] ?? 0, end: (src.from[x.at + x.para.out.trimEnd().length - 1] ?? 0) + 1 }));
  return mapped;
}

// The naive baseline: pair quotation marks, three cue patterns (`…,” X said`, `…,” said X`, `X said: “…`) where
// X is the one to four words next to the cue, and carry the previous speaker to a quotation with none.
const SPEAKER = String.raw`((?:[\w’'.-]+\s){0,3}[\w’'.-]+)`;
const CUE = String.raw`(?:said|says|told)`;
const NAIVE_AFTER_X_SAID = new RegExp(String.raw`^[,.?!]?\s*${SPEAKER}\s+${CUE}\b`);
const NAIVE_AFTER_SAID_X = new RegExp(String.raw`^[,.?!]?\s*${CUE}\s+${SPEAKER}[.,]`);
const NAIVE_BEFORE = new RegExp(String.raw`${SPEAKER}\s+${CUE}(?:\s[\w ]{0,20}?)?[,:]\s*$`);
export function naiveQuotes(text) {
  const out = [];
  let previous = null;
  for (const m of text.matchAll(/[“"][^“”"]{1,3000}?[”"]/g)) {
    const start = m.index, end = start + m[0].length;
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, start - 80), start);
    let speaker = null;
    const a = NAIVE_AFTER_X_SAID.exec(after) ?? NAIVE_AFTER_SAID_X.exec(after);
    if (a) {
      const at = end + a.index + a[0].indexOf(a[1]);
      speaker = { start: at, end: at + a[1].length };
    } else {
      const b = NAIVE_BEFORE.exec(before);
      if (b) {
        const at = start - before.length + b.index;
        speaker = { start: at, end: at + b[1].length };
      }
    }
    speaker ??= previous;
    previous = speaker;
    out.push({ start, end, speaker });
  }
  return out;
}

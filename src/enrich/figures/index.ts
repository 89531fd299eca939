/**
 * Figures: each quantity in the body with how exact it is, what it counts, what happened to them and who says
 * so. Numbers come from numbers.ts; this file reads the words around each one.
 */
import type { Figure } from '../../schema.js';
import { tokenAt, type Document } from '../text/document.js';
import { findNumbers, type NumberMention } from './numbers.js';
// Nationality adjectives before a counted noun or a currency: "seven European countries", "Chinese yuan".
import { DEMONYM } from '../people/lexicon.js';
import {
  CASUALTY_NOUNS, CHANGE_DOWN, CHANGE_UP, CURRENCY_AFTER, CURRENCY_COUNTRIES, CURRENCY_WORDS, HOSTAGE_NOUNS, MEASURES, MEASURES_BEFORE, MEASURE_UNITS, MONEY_CONTEXT, OBJECT_FILLERS, QUALIFIERS, REFERS_BACK, TIME_UNITS,
  UNIT_PHRASES,
} from './lexicon.js';

/** Function words that never name what is counted. */
const NOT_SUBJECT = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with',
  'are', 'were', 'is', 'was', 'be', 'been', 'have', 'has', 'had', 'more', 'less', 'than', 'as', 'that', 'who',
  'which', 'per', 'each', 'times', 'ago', 'later', 'earlier', 'after', 'before', 'since', 'out', 'up', 'down',
  'percent', 'remain', 'remained', 'will', 'would', 'could', 'may', 'said', 'says', 'this', 'these', 'those',
  'it', 'they', 'he', 'she', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'not', 'no',
  'also', 'about', 'into', 'over', 'under', 'between', 'among', 'during', 'while', 'when', 'where', 'but', 'so',
  'if', 'then', 'there', 'here', 'all', 'both', 'other', 'others', 'some', 'such', 'only', 'just', 'still', 'yet',
  'million', 'billion', 'thousand', 'hundred', 'trillion', 'old', 'year-old', 'what', 'how', 'whom', 'whose']);

const OR_BOUND = /^\s*(or (?:more|older|above|higher|over|less|fewer|younger|under|below)|and (?:up|over|older|above)|\+|plus)\b/i;
const CLAUSE_END = new Set(['.', ';', '!', '?', 'but', 'while', 'whereas']);

const PLURAL_NOUNS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'dead', 'feet', 'teeth', 'mice', 'cattle', 'sheep', 'fish', 'deer', 'aircraft']);

export interface FigureSources {
  /** The speaker credited in each sentence, by sentence index. */
  bySentence: ReadonlyMap<number, string>;
}

/** Longest phrases first, so "no more than" is not read as "more than". */
const QUALIFIERS_LONGEST_FIRST = [...QUALIFIERS].sort((a, b) => b[0].length - a[0].length);

function qualifierBefore(doc: Document, first: number): { qualifier: Figure['qualifier']; from: number } | null {
  for (const [words, qualifier] of QUALIFIERS_LONGEST_FIRST) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (doc.tokens[from + k]!.norm !== words[k]) { ok = false; break; }
    if (ok) return { qualifier, from };
  }
  return null;
}

function unitOf(doc: Document, n: NumberMention, next: number): { unit: string | null; category: Figure['category'] | null; consumed: number } {
  if (n.percent) return { unit: 'percent', category: 'percent', consumed: 0 };
  if (n.currency) return { unit: n.currency, category: 'money', consumed: 0 };
  if (n.gluedUnit) {
    if (['second', 'minute', 'hour'].includes(n.gluedUnit)) return { unit: n.gluedUnit, category: 'duration', consumed: 0 };
    if (n.gluedUnit === 'pence' || n.gluedUnit === 'cent') return { unit: n.gluedUnit, category: 'money', consumed: 0 };
    return { unit: n.gluedUnit, category: n.gluedUnit === 'times' ? 'other' : 'measure', consumed: 0 };
  }
  if (n.hyphenUnit) {
    if (/^years?-old$/.test(n.hyphenUnit)) return { unit: 'year', category: 'age', consumed: 0 };
    const time = TIME_UNITS.get(n.hyphenUnit);
    if (time) return { unit: time, category: 'duration', consumed: 0 };
    const measure = MEASURE_UNITS.get(n.hyphenUnit);
    if (measure) return { unit: measure, category: 'measure', consumed: 0 };
    return { unit: null, category: null, consumed: 0 };
  }
  for (const [words, unit] of UNIT_PHRASES) {
    if (words.every((w, k) => doc.tokens[next + k]?.norm === w)) return { unit, category: 'measure', consumed: words.length };
  }
  let t = doc.tokens[next];
  if (!t || !t.word) return { unit: null, category: null, consumed: 0 };
  if (/^years?-old$/.test(t.norm)) return { unit: 'year', category: 'age', consumed: 1 };
  // "10 €", "100元": a sign after the amount.
  const sign = CURRENCY_AFTER.get(t.text) ?? (!t.word ? CURRENCY_AFTER.get(doc.text[doc.tokens[next - 1]!.end] ?? '') : undefined);
  if (sign && !n.currency) return { unit: sign, category: 'money', consumed: 1 };
  // "7,199 Chinese yuan", "125 million australian dollars", "Hong Kong dollars": the country before a currency word.
  let skipped = 0;
  while (skipped < 2 && (DEMONYM.test(t.text) || CURRENCY_COUNTRIES.has(t.norm)) && (CURRENCY_WORDS.has(doc.tokens[next + skipped + 1]?.norm ?? '') || CURRENCY_COUNTRIES.has(doc.tokens[next + skipped + 1]?.norm ?? ''))) {
    skipped++;
    t = doc.tokens[next + skipped]!;
  }
  if (skipped && !CURRENCY_WORDS.has(t.norm)) { t = doc.tokens[next]!; skipped = 0; }
  const sentence = doc.sentences[doc.sentenceOf[Math.min(next, doc.tokens.length - 1)]!];
  const pounds = t.norm === 'pounds' || t.norm === 'pound';
  const currency = pounds ? (sentence && MONEY_CONTEXT.test(doc.text.slice(sentence.start, sentence.end)) ? 'GBP' : undefined) : CURRENCY_WORDS.get(t.norm);
  if (currency) return { unit: currency, category: 'money', consumed: 1 + skipped };
  if (t.norm === 'percent' || t.norm === 'percents' || t.norm === 'percentage' || t.norm === 'per' && doc.tokens[next + 1]?.norm === 'cent') return { unit: 'percent', category: 'percent', consumed: t.norm === 'per' ? 2 : 1 };
  const time = TIME_UNITS.get(t.norm);
  if (time) {
    const old = doc.tokens[next + 1]?.norm === 'old';
    return { unit: time, category: old ? 'age' : 'duration', consumed: old ? 2 : 1 };
  }
  const measure = MEASURE_UNITS.get(t.norm);
  if (measure) return { unit: measure, category: measure === 'times' ? 'other' : 'measure', consumed: 1 };
  return { unit: null, category: null, consumed: 0 };
}

/** What is counted: the noun after the number ("134 hostages"), or after "of" ("thousands of people"). */
function subjectAfter(doc: Document, at: number, end: number): { text: string | null; next: number } {
  let k = at;
  if (doc.tokens[k]?.norm === 'of' && doc.tokens[k + 1] && !/^\p{N}/u.test(doc.tokens[k + 1]!.text)) {
    k++;
    if (['the', 'them', 'those', 'whom', 'which'].includes(doc.tokens[k]!.norm)) return { text: null, next: k };
  }
  // Up to four words ending at the first plural noun: "seven European countries", "50 previous years".
  const words: number[] = [];
  let plural = -1;
  for (let j = k; j < end && words.length < MAX_SUBJECT_WORDS; j++) {
    const t = doc.tokens[j]!;
    // "senior defence and intelligence officials": two modifiers of one plural noun.
    const joinsModifiers = (t.norm === 'and' || t.norm === 'or') && words.length > 0 && pluralAhead(doc, j + 1, end);
    if (!words.length && TIME_WORDS.has(t.norm)) break;
    if (!t.word || NOT_SUBJECT.has(t.norm) && !joinsModifiers || MEASURES.has(t.norm) && words.length) break;
    if (/^\p{N}/u.test(t.text)) break;
    const isPlural = /s$/.test(t.norm) && !/ss$/.test(t.norm) || PLURAL_NOUNS.has(t.norm);
    if (t.cap && !isPlural && !DEMONYM.test(t.text) && words.length === 0 && !/^\p{Lu}{2,}$/u.test(t.text) && !namesAPluralAhead(doc, j, end)) break;
    words.push(j);
    if (isPlural) { plural = words.length; break; }
  }
  // No plural head: only the first word names what is counted ("six-week ceasefire" → "ceasefire").
  if (plural < 0) words.splice(1);
  if (!words.length) return { text: null, next: k };
  const a = doc.tokens[words[0]!]!, b = doc.tokens[words[words.length - 1]!]!;
  return { text: doc.text.slice(a.start, b.end), next: words[words.length - 1]! + 1 };
}

/** "went on over three days": not after "for", and not before "of", "old" or "ago". */
function overIsDuring(doc: Document, over: number, after: number): boolean {
  const before = doc.tokens[over - 1]?.norm;
  const next = doc.tokens[after]?.norm;
  return before !== 'for' && before !== 'than' && next !== 'of' && next !== 'old' && next !== 'ago';
}

/** Words of the counted noun phrase: "three senior defence and intelligence officials". */
const MAX_SUBJECT_WORDS = 6;
/** Words that open a time expression after a figure, not what it counts: "$1.4 billion last quarter". */
const TIME_WORDS = new Set(['last', 'next', 'this', 'earlier', 'later', 'ago', 'yesterday', 'today', 'tomorrow']);

/** A lowercase plural noun within two words from `from`, with nothing but words before it. */
function pluralAhead(doc: Document, from: number, end: number): boolean {
  for (let j = from; j < end && j <= from + 2; j++) {
    const t = doc.tokens[j]!;
    if (!t.word || NOT_SUBJECT.has(t.norm) || /^\p{N}/u.test(t.text)) return false;
    if (/s$/.test(t.norm) && !/ss$/.test(t.norm) || PLURAL_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/** "Kia and Hyundai vehicles", "Johnson’s deputies": capitalised words that modify a plural noun close ahead. */
function namesAPluralAhead(doc: Document, from: number, end: number): boolean {
  for (let j = from + 1; j < end && j <= from + 3; j++) {
    const t = doc.tokens[j]!;
    if (!t.word) return false;
    if (!t.cap && /s$/.test(t.norm) && !/ss$/.test(t.norm) && !NOT_SUBJECT.has(t.norm)) return true;
    if (!t.cap && t.norm !== 'and') return false;
  }
  return false;
}

/** What happened to them: the first measure word in the clause, before the next number. */
function measureAfter(doc: Document, from: number, end: number, nextNumberAt: number): string | null {
  for (let j = from; j < end && j < from + 9; j++) {
    const t = doc.tokens[j]!;
    if (t.start >= nextNumberAt || CLAUSE_END.has(t.norm)) break;
    if (t.norm === 'taken' && doc.tokens[j + 1]?.norm === 'hostage') return 'taken hostage';
    if (MEASURES.has(t.norm)) return t.text.toLowerCase();
  }
  return null;
}


/** What happened to them, from the verb right before the count: "the bombings killed 224 people". */
function measureBefore(doc: Document, first: number): string | null {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const w = doc.tokens[k]!.norm;
    const verb = MEASURES_BEFORE.get(w);
    if (verb) return verb;
    if (!OBJECT_FILLERS.has(w)) return null;
  }
  return null;
}

/** "134 hostages remain, of whom 32 are dead": a count that refers back to the noun counted before it. */
const refersBack = (doc: Document, first: number) => REFERS_BACK.some(([a, b]) => doc.tokens[first - 2]?.norm === a && doc.tokens[first - 1]?.norm === b);

const CHANGE_FILLERS = new Set(['by', 'a', 'an', 'about', 'some', 'nearly', 'almost', 'roughly', 'around', 'sharply',
  'slightly', 'steeply', 'further', 'another', 'more', 'than', 'over', 'just', 'only', 'as', 'much', 'edged', 'were',
  'was', 'is', 'are', 'has', 'have', 'had', 'been']);

/** Adverbs of change ("down 2%", "higher") that need the number right after them, not across an object. */
const CHANGE_ADVERBS = new Set(['up', 'down', 'higher', 'lower']);
/** Words an object may span between a verb of change and "by": "grow sales by 35%", "cut its workforce by a third". */
const OBJECT_SPAN = 3;

function changeVerb(w: string, adverbs: boolean): 'up' | 'down' | null {
  if (!adverbs && CHANGE_ADVERBS.has(w)) return null;
  return CHANGE_UP.has(w) ? 'up' : CHANGE_DOWN.has(w) ? 'down' : null;
}

/** "rose 5%", "was up 19 cents", "increased by 18 degrees", "grow sales by 35%": a verb of change before the number. */
function changeBefore(doc: Document, first: number): 'up' | 'down' | null {
  // "added a 30 degree homer", "lost a 10-point lead": after an article the number describes a noun.
  const right = doc.tokens[first - 1]?.norm;
  if (right === 'a' || right === 'an') return null;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = doc.tokens[k]!.norm;
    if (w === 'by') {
      // The verb may be followed by what changes: look past a short object to it.
      for (let j = k - 1; j >= 0 && j >= k - 1 - OBJECT_SPAN; j--) {
        const t = doc.tokens[j]!;
        if (!/^[\p{L}'’-]+$/u.test(t.text) || doc.sentenceOf[j] !== doc.sentenceOf[k]) break;
        const verb = changeVerb(t.norm, j === k - 1);
        if (verb) return verb;
      }
    }
    if (CHANGE_UP.has(w)) return 'up';
    if (CHANGE_DOWN.has(w)) return 'down';
    if (!CHANGE_FILLERS.has(w) && !/^[$€£¥]$/.test(w)) return null;
  }
  return null;
}

export function extractFigures(doc: Document, numbers: readonly NumberMention[] = findNumbers(doc), sources?: FigureSources): Figure[] {
  const figures: Figure[] = [];
  for (const [index, n] of numbers.entries()) {
    const first = tokenAt(doc, n.start);
    const last = Math.max(first, tokenAt(doc, n.end) - 1);
    const s = doc.sentenceOf[Math.min(first, doc.tokens.length - 1)] ?? 0;
    const sentenceEnd = doc.sentenceFirstToken[s + 1] ?? doc.tokens.length;
    const q = qualifierBefore(doc, first);
    let qualifier: Figure['qualifier'] = n.kind === 'vague' ? 'vague' : n.kind === 'range' ? 'range' : q?.qualifier ?? 'exact';
    // "sub-7 nanometer": below the number.
    if (qualifier === 'exact' && /\bsub-$/i.test(doc.text.slice(Math.max(0, n.start - 4), n.start))) qualifier = 'less-than';
    // "65 or older", "2 in 5 or more", "10 or fewer": a bound written after the number.
    const tail = qualifier === 'exact' ? OR_BOUND.exec(doc.text.slice(n.end, n.end + 14)) : null;
    if (tail) qualifier = /more|older|above|higher|over|up|plus/i.test(tail[1]!) ? 'at-least' : 'at-most';
    const unit = unitOf(doc, n, last + 1);
    // "over three days" is a span of time (over = during), not more than three days; "for over two years",
    // "over 20 years of service", "over 20 years ago" still measure more than that.
    if (unit.category === 'duration' && q && doc.tokens[q.from]!.norm === 'over' && qualifier === 'more-than' && overIsDuring(doc, q.from, last + 1 + unit.consumed)) qualifier = 'exact';
    const subject = subjectAfter(doc, last + 1 + unit.consumed, sentenceEnd);
    const counted = figures[figures.length - 1];
    const backTo = !subject.text && !unit.category && refersBack(doc, q ? q.from : first) && counted && doc.sentenceOf[tokenAt(doc, counted.start)] === s ? counted.subject : null;
    const nextNumberAt = numbers[index + 1]?.start ?? Infinity;
    const measure = measureAfter(doc, subject.next, sentenceEnd, nextNumberAt) ?? (unit.category ? null : measureBefore(doc, q ? q.from : first));
    let category: Figure['category'] = unit.category ?? 'count';
    if (!unit.category) {
      const head = (subject.text ?? backTo)?.toLowerCase().split(/\s+/).pop() ?? '';
      const byMeasure = measure ? MEASURES.get(measure === 'taken hostage' ? 'kidnapped' : measure) : null;
      if (byMeasure) category = byMeasure;
      else if (HOSTAGE_NOUNS.test(head)) category = 'hostages';
      else if (CASUALTY_NOUNS.test(head)) category = 'casualties';
    }
    if (n.kind === 'fraction' && !unit.category) category = 'other';
    const start = q && qualifier !== 'vague' && qualifier !== 'range' ? doc.tokens[q.from]!.start : n.start;
    const spanEnd = subject.text ? doc.tokens[subject.next - 1]!.end : unit.consumed ? doc.tokens[last + unit.consumed]!.end : n.end;
    let low = n.low, high = n.high;
    const value = n.value;
    if (value !== null) {
      if (qualifier === 'more-than' || qualifier === 'at-least') low = value;
      if (qualifier === 'less-than' || qualifier === 'at-most') high = value;
    }
    if (n.kind === 'range') qualifier = 'range';
    // "more than 100 kilometers (60 miles)", "lost 190 points, or 0.6%": a restatement of the figure before.
    const previous = figures[figures.length - 1];
    const between = previous && previous.end <= start ? doc.text.slice(previous.end, start) : null;
    const restates = between !== null && /^\s*(?:\(|(?:,\s*)?or\s+|\/\s*)$/.test(between);
    let change = changeBefore(doc, q ? q.from : first);
    if (restates && previous) {
      if (qualifier === 'exact' && previous.qualifier !== 'range' && previous.qualifier !== 'vague') qualifier = previous.qualifier;
      change ??= previous.change;
    }
    figures.push({
      text: doc.text.slice(start, spanEnd),
      value,
      low,
      high,
      qualifier,
      unit: unit.unit,
      subject: subject.text ?? backTo,
      category,
      measure,
      source: sources?.bySentence.get(s) ?? null,
      change,
      start,
      end: spanEnd,
    });
  }
  return joinBounds(doc, figures);
}

const LOWER = new Set(['more-than', 'at-least']);
const UPPER = new Set(['less-than', 'at-most']);

/** "more than 10 and less than 20", "at most 100 and at least 20": two bounds joined by "and" are one range. */
function joinBounds(doc: Document, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out[out.length - 1];
    const bounds = prev && f.value !== null && prev.value !== null
      && (LOWER.has(prev.qualifier) && UPPER.has(f.qualifier) || UPPER.has(prev.qualifier) && LOWER.has(f.qualifier));
    if (prev && bounds && /^\s*(?:and|but)\s*$/i.test(doc.text.slice(prev.end, f.start)) && (prev.unit === f.unit || !prev.unit || !f.unit)) {
      const low = LOWER.has(prev.qualifier) ? prev.value! : f.value!, high = UPPER.has(f.qualifier) ? f.value! : prev.value!;
      if (low < high) {
        out[out.length - 1] = { ...f, text: doc.text.slice(prev.start, f.end), start: prev.start, value: null, low, high, qualifier: 'range', unit: f.unit ?? prev.unit, subject: f.subject ?? prev.subject };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

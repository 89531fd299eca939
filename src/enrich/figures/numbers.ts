/**
 * Finds the numbers a news body states, in all their written forms: "1,200", "1.5 billion", "$2bn", "30%",
 * "30 percent", "two", "twenty-five", "a dozen", "half a million", "two-thirds", "six-week", "3 to 5",
 * "thousands". Dates, years, clock times, ordinals, IDs and scores are left out here, so later steps only
 * see quantities.
 */
import type { Document } from '../text/document.js';
import type { Token } from '../text/words.js';
import {
  COUNT_NOUNS, CURRENCY_SIGNS, DENOMINATORS, FOLD, FRACTION_AFTER_A, GLUED_UNITS, MONTHS, MULTIPLIER_SUFFIXES, SCALE_WORDS,
  SCORE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_WORDS,
} from './lexicon.js';

export interface NumberMention {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  kind: 'number' | 'vague' | 'range' | 'fraction';
  /** ISO currency from a sign before the digits ("$", "€", "HK$"). */
  currency: string | null;
  percent: boolean;
  /** The word glued by a hyphen: "six-week" → "week", "10-year-old" → "year-old". */
  hyphenUnit: string | null;
  /** A unit written against the digits: "54GB" → "GB". */
  gluedUnit: string | null;
}

const DIGITS = /(?:((?:US|HK|NZ|A|C|S)\s?\$|\$|€|£|¥|₹|₪|RM|Rs\.?|USD|EUR|GBP|INR|JPY|CNY|AUD|CAD|CHF|HKD|SGD)\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/gu;
const SUFFIX = /^(?:\s?(million|billion|trillion|thousand|hundred|lakhs?|crores?)\b|\s?(bn|bln|mn|mln|mil|tn|tln|k|m|b)\b|\s?(B|M|K|Bn|BN|MM)\b)/;
/** The same, any case: after a currency sign "$3M" and "$3m" are both millions. */
const SUFFIX_CI = new RegExp(SUFFIX.source, 'i');
const PERCENT = /^\s?(?:%|percent\b|per\s?cent\b|pct\b)/i;
const RANGE_TAIL = /^\s?(?:-|–|—|~|to|and|through|thru)\s?(US\$|\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/i;
/** A verb of change before "X to Y" makes it a change and a level ("rose 5% to 6.7%"), not a range. */
const CHANGE_BEFORE = /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|gained|gains|lost|loses|climbed|climbs|jumped|jumps|dropped|drops|declined|declines|increased|increases|decreased|decreases|slid|slides|plunged|plummeted|soared|surged|grew|grows|shrank|up|down|cut|raised|lowered|edged|slipped|added|shed|sank|tumbled|rallied|advanced|eased)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:US\s?\$|\$|€|£|RM)?\s?$/i;
const NOT_A_QUANTITY_AFTER = /^(?::\d|\/\d|(?:st|nd|rd|th)\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|ET\b|EST\b|BST\b))/i;
/** "555-1234", "2019-08-26", "1.2.3": a phone number, a date or an ID. */
const PHONE_OR_ID_AFTER = /^(?:-\d+-\d|\.\d+\.\d|-\d{4}\b)/;

function parseDigits(intPart: string, frac: string | undefined): number {
  return Number(intPart.replace(/,/g, '') + (frac ?? ''));
}

/** Words ending in "s" that are not plural nouns: after a year they do not make it a count ("founded in 2012 as"). */
const NOT_PLURAL = /^\s+(?:as|is|was|has|his|its|this|us|thus|plus|does|yes|whereas|unless|across|towards|afterwards|besides)\b/i;

/** A four-digit number between 1800 and 2200 with no sign, unit or counted noun after it is a year. */
function looksLikeYear(raw: string, after: string, before: string): boolean {
  if (!/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  if (n < 1800 || n > 2200) return false;
  // "the 1998 bombings", "its 2016 elections": after a determiner the year names which ones, it counts nothing
  // (a count of that size is written with its comma: "the 1,998 votes").
  if (YEAR_DETERMINER.test(before)) return true;
  return NOT_PLURAL.test(after) || !/^\s+(?!years?\b|months?\b|days?\b)[a-z]+s\b/.test(after);
}

const YEAR_DETERMINER = /\b(?:the|its|their|his|her|our|this|that|last|next)\s+$/i;

function precededByMonth(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const m = /(?<![A-Za-z])([A-Za-z]+\.?)\s*$/.exec(before);
  return !!m && MONTHS.test(m[1]!);
}

function followedByMonth(after: string): boolean {
  const m = /^\s*(?:of\s+)?([A-Za-z]+\.?)/.exec(after);
  // "may" is a month only with its capital: "on 9 May", not "5 may be".
  return !!m && MONTHS.test(m[1]!) && !/^\s*may\b/.test(after);
}

/** Words before a number that make the number part of a name: "iPhone 11", "S&P 500", "Model 3", "Game 6". */
const NOT_A_NAME_BEFORE = /^(?:About|Some|Over|More|Nearly|Almost|Around|Roughly|Only|Just|At|Up|Down|To|By|In|On|Of|For|With|From|Than|Under|And|Or|But|The|A|An|All|Top|Another|Approximately|Exactly|Precisely|Since|After|Before|Between|Among|Total|Least|Most|Less|Fewer|Ages?|Aged|Those|These|Perhaps|Maybe|Barely|Fully|Estimated|Where|When|While|Until|Like|Unlike|Including|Excluding|Per|Every|Each|Still|Even|Then|Now|Today|Yesterday|Also|Once|Twice|Here|There|Its|Their|His|Her|Our|Your|My|We|They|He|She|It|I|You|Yes|No|Not|So|If|As|That|This|What|Which|Who|Whose)$/;
/** Model words after a number that make it part of a product's name: "11 Pro Max", "7 Plus", "S23 Ultra". */
const MODEL_AFTER = /^\s(?:Pro|Max|Plus|Ultra|Mini|Lite|SE|XL|XS|Edge|Fold|Flip)\b/;
/** A unit word right after a number: "16 inch", "550 megawatt", "5 years". */
const UNIT_AFTER = /^\s?(?:inch(?:es)?|foot|feet|megawatts?|gigawatts?|kilowatts?|watts?|mg|milligrams?|grams?|kilograms?|kg|km|miles?|metres?|meters?|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|degrees?|points?|dollars?|euros?|pounds?|yuan|yen)\b/i;

function namedByWordBefore(text: string, at: number): boolean {
  const m = /(?<![\p{L}&.’'-])([\p{L}&.’'-]+)\s$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return false;
  const word = m[1]!;
  if (!/^\p{Lu}|^i[A-Z]|^e[A-Z]/u.test(word) || NOT_A_NAME_BEFORE.test(word) || MONTHS.test(word)) return false;
  return !CURRENCY_SIGNS.has(word.toLowerCase());
}

/** Digit forms, scanned on the raw text of each paragraph. */
function digitNumbers(doc: Document): NumberMention[] {
  const out: NumberMention[] = [];
  const { text } = doc;
  for (const p of doc.paragraphs) {
    const chunk = text.slice(p.start, p.end);
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(chunk); m; m = DIGITS.exec(chunk)) {
      const at = p.start + m.index;
      const numberAt = at + m[0].length - (m[2]!.length + (m[3]?.length ?? 0));
      const prev = text[m[1] ? at - 1 : numberAt - 1] ?? '';
      // A minus sign: "-5 yards", "minus-130 degrees", "$-50.8bn".
      const before = text.slice(Math.max(p.start, numberAt - 7), numberAt);
      // Not after a capitalised word: "COVID -19" is a name.
      const negative = /(?:^|[\s(])[-−]$|\bminus[-\s]$|\$-$/i.test(before) && !/(?<!\p{Lu})\p{Lu}{2,}\s[-−]$/u.test(before);
      // Part of a word, an ID, a URL, a handle, a decimal or a range's second half.
      if (/[\p{L}\p{N}_/#@.,:\-–−]/u.test(prev) && !(m[1] && /\s/.test(prev)) && !negative && !/\bsub-$/i.test(before)) continue;
      // More than 15 digits is an ID or a hash, and past what a double holds exactly.
      if (m[2]!.replace(/,/g, '').length > 15) continue;
      const end = p.start + m.index + m[0].length;
      let after = text.slice(end, Math.min(p.end, end + 40));
      if (NOT_A_QUANTITY_AFTER.test(after) || PHONE_OR_ID_AFTER.test(after)) continue;
      let gluedUnit: string | null = null;
      const glued = /^(\p{L}+)\b/u.exec(after);
      if (glued && !SUFFIX_CI.test(after)) {
        gluedUnit = GLUED_UNITS.get(glued[1]!.toLowerCase()) ?? null;
        if (!gluedUnit) continue;
      }
      if (precededByMonth(text, numberAt) || followedByMonth(after)) continue;
      const currency = m[1] ? CURRENCY_SIGNS.get(m[1].toLowerCase().replace(/\s/g, '')) ?? (/^[A-Z]{3}$/.test(m[1]) ? m[1] : null) : null;
      if (!currency && looksLikeYear(m[2]! + (m[3] ?? ''), after, text.slice(Math.max(0, numberAt - 8), numberAt))) continue;
      let value = parseDigits(m[2]!, m[3]) * (negative ? -1 : 1);
      let stop = end;
      const suffix = SUFFIX.exec(after) ?? (currency ? SUFFIX_CI.exec(after) : null);
      const word = suffix ? (suffix[1] ?? suffix[2] ?? suffix[3])! : '';
      if (suffix && word && !(word === 'b' && !currency)) {
        const scale = MULTIPLIER_SUFFIXES.get(word.toLowerCase())!;
        value *= scale;
        stop += suffix[0].length;
        after = text.slice(stop, Math.min(p.end, stop + 40));
        gluedUnit = null;
        // "3 million and a half", "3 hundred and 21", "4 thousand 3 hundred".
        const half = /^\s+and\s+(?:a|an|one)\s+(half|quarter|third)\b/i.exec(after);
        const more = /^\s+(?:and\s+)?(\d+)(?:\s+(hundred))?\b(?![.,]\d)/i.exec(after);
        if (half) {
          value += scale / DENOMINATORS.get(half[1]!.toLowerCase())!;
          stop += half[0].length;
        } else if (more && /^(?:hundred|thousand|lakhs?|crores?)$/i.test(word)) {
          const part = Number(more[1]) * (more[2] ? 100 : 1);
          if (part < scale) { value += part; stop += more[0].length; }
        }
        after = text.slice(stop, Math.min(p.end, stop + 40));
      } else if (gluedUnit) {
        stop += glued ? glued[0].length : 1;
        after = text.slice(stop, Math.min(p.end, stop + 40));
      }
      let percent = false;
      const pc = PERCENT.exec(after);
      if (pc) {
        percent = true;
        stop += pc[0].length;
        after = text.slice(stop, Math.min(p.end, stop + 40));
      }
      let hyphenUnit: string | null = null;
      const hy = /^-((?:\p{L}+)(?:-old)?)/u.exec(after);
      if (hy) {
        hyphenUnit = hy[1]!.toLowerCase();
        stop += hy[0].length;
      }
      // "iPhone 11", "S&P 500": a bare number after a capitalised word is part of a name.
      if (!currency && !suffix && !percent && !gluedUnit && !UNIT_AFTER.test(after) && namedByWordBefore(text, numberAt)) continue;
      // "11 Pro Max", "7 Plus", "S23 Ultra": a model name.
      if (!currency && !percent && MODEL_AFTER.test(after)) continue;
      // "2 in 5 adults", "one out of 3": a share.
      const share = !currency && !percent && !suffix ? /^\s(?:in|out of)\s(\d+|[a-z]+(?:-[a-z]+)?)\b(?![.,]\d)/i.exec(after) : null;
      const per = share ? (/^\d/.test(share[1]!) ? Number(share[1]) : wordsValue(share[1]!.toLowerCase())) : null;
      if (share && per !== null && per > value && value > 0) {
        out.push({ start: at, end: stop + share[0].length, value: value / per, low: null, high: null, kind: 'fraction', currency: null, percent: false, hyphenUnit: null, gluedUnit: null });
        DIGITS.lastIndex = stop + share[0].length - p.start;
        continue;
      }
      // "3 to 5", "3-5", "between 3 and 5": a range when the words around say so.
      const range = RANGE_TAIL.exec(after);
      let high: number | null = null;
      if (range && !hyphenUnit) {
        const before = text.slice(Math.max(p.start, at - 12), at).toLowerCase();
        const joiner = range[0].trim().split(/\s|\d|\$|€|£/)[0]!.toLowerCase();
        const tail = text.slice(stop + range[0].length, stop + range[0].length + 12);
        const nounAfter = /^\s*(?:%|percent|per cent|[a-z]+s\b)/i.test(tail) || SUFFIX.test(tail) || GLUED_UNITS.has(/^\s*([a-z]+)\b/i.exec(tail)?.[1]?.toLowerCase() ?? '');
        const wordAfter = /^\s*([a-z]+)/i.exec(text.slice(stop + range[0].length, stop + range[0].length + 20))?.[1]?.toLowerCase() ?? '';
        const change = CHANGE_BEFORE.test(text.slice(Math.max(p.start, at - 40), at));
        const percentAfter = /^\s*(?:%|percent|per cent)/i.test(tail);
        // "rose 5% to 6.7%" is a change and a level; "grew 5 to 10 per cent" a range of the change.
        const isRange = /\b(?:between|from)\s*$/.test(before) ? joiner !== ''
          : (joiner === 'to' || joiner === 'through' || joiner === 'thru') && (!change || (!percent && percentAfter)) && !(percent && !percentAfter)
            || joiner === '~' || (joiner === '-' || joiner === '–') && nounAfter && !SCORE_WORDS.test(wordAfter);
        if (isRange) {
          high = parseDigits(range[2]!, range[3]);
          let rest = text.slice(stop + range[0].length, Math.min(p.end, stop + range[0].length + 40));
          stop += range[0].length;
          const s2 = SUFFIX.exec(rest);
          const mult = s2 ? MULTIPLIER_SUFFIXES.get((s2[1] ?? s2[2] ?? s2[3])!.toLowerCase()) ?? 1 : 1;
          if (s2 && (currency || !/^(?:m|b)$/.test(s2[2] ?? ''))) {
            high *= mult;
            if (!suffix) value *= mult;
            stop += s2[0].length;
            rest = text.slice(stop, stop + 20);
          }
          const pc2 = PERCENT.exec(rest);
          if (pc2) { percent = true; stop += pc2[0].length; }
          // "5-10W": a unit glued to the range's second number.
          const glued2 = /^(\p{L}+)\b/u.exec(rest);
          if (!pc2 && glued2 && GLUED_UNITS.has(glued2[1]!.toLowerCase())) { gluedUnit = GLUED_UNITS.get(glued2[1]!.toLowerCase())!; stop += glued2[0].length; }
        } else if (/^[-–]\d/.test(range[0])) {
          continue; // "3-2", "555-1234": a score or a number, not a quantity
        }
      }
      out.push({
        start: at, end: stop, value: high !== null ? null : value, low: high !== null ? value : null, high,
        kind: high !== null ? 'range' : 'number', currency, percent, hyphenUnit, gluedUnit,
      });
    }
  }
  return out;
}

function wordValue(norm: string): number | null {
  return UNITS_WORDS.get(norm) ?? TENS_WORDS.get(norm) ?? null;
}

/** "five", "twenty-one": one number word, hyphenated tens included. */
function wordsValue(word: string): number | null {
  const [tens, unit, ...rest] = word.split('-');
  if (rest.length) return null;
  if (unit === undefined) return wordValue(tens!);
  const t = TENS_WORDS.get(tens!), u = UNITS_WORDS.get(unit);
  return t !== undefined && u !== undefined && u < 10 ? t + u : null;
}

/** "twenty-five", "six-week" → value and the glued word. */
function splitHyphen(t: Token): { value: number; glued: string | null } | null {
  const parts = t.norm.split('-');
  if (parts.length === 1) {
    const v = wordValue(parts[0]!);
    return v === null ? null : { value: v, glued: null };
  }
  const tens = TENS_WORDS.get(parts[0]!), unit = UNITS_WORDS.get(parts[1]!);
  if (tens !== undefined && unit !== undefined && unit < 10) {
    return { value: tens + unit, glued: parts.length > 2 ? parts.slice(2).join('-') : null };
  }
  const v = wordValue(parts[0]!);
  if (v === null) return null;
  return { value: v, glued: parts.slice(1).join('-') };
}

const NOT_COUNTING_AFTER_ONE = new Set(['of', 'another', 'thing', 'way', 'day', 'time', 'point', 'side', 'hand', 'or', 'in', 'to']);
const NOT_COUNTING_BEFORE_ONE = new Set(['no', 'the', 'this', 'that', 'which', 'any', 'every', 'each', 'someone', 'anyone', 'everyone', 'only', 'same', 'another', 'little', 'big', 'new', 'old']);

/** Words after a fraction that show it is one of something: "a third of", "half the condos". */
const FRACTION_FOLLOWERS = new Set(['of', 'the', 'a', 'an', 'their', 'its', 'his', 'her', 'all', 'them', 'those', 'these', 'our', 'my', 'your']);

/** Number words: "two", "twenty-five", "a dozen", "half a million", "two-thirds", "thousands", "six-week". */
function wordNumbers(doc: Document): NumberMention[] {
  const out: NumberMention[] = [];
  const t = doc.tokens;
  const base = (start: number, end: number): NumberMention => ({ start, end, value: null, low: null, high: null, kind: 'number', currency: null, percent: false, hyphenUnit: null, gluedUnit: null });
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!tok.word || /^\p{N}/u.test(tok.text)) continue;
    const n = tok.norm;
    // A capitalised number word after a capitalised word inside a sentence is part of a name: "the Kick Six",
    // "the Big Ten", "World War Two".
    if (/^\p{Lu}/u.test(tok.text) && wordValue(n) !== null && i > 0 && doc.sentenceOf[i - 1] === doc.sentenceOf[i]
      && /^\p{Lu}\p{Ll}/u.test(t[i - 1]!.text) && doc.sentenceFirstToken[doc.sentenceOf[i]!] !== i - 1) continue;
    // Vague magnitudes: "thousands", "hundreds of thousands", "tens of thousands".
    const vague = VAGUE_WORDS.get(n);
    if (vague !== undefined) {
      let low = vague, end = i;
      if (t[i + 1]?.norm === 'of' && VAGUE_WORDS.has(t[i + 2]?.norm ?? '')) {
        low = vague * VAGUE_WORDS.get(t[i + 2]!.norm)!;
        end = i + 2;
      }
      if (n === 'tens' && end === i) continue;
      out.push({ ...base(tok.start, t[end]!.end), kind: 'vague', low, high: low * 10 });
      i = end;
      continue;
    }
    // Fractions: "two-thirds", "one fourth", "a third of", "half the condos".
    const parts = n.split('-');
    if (parts.length === 2 && wordValue(parts[0]!) !== null && DENOMINATORS.has(parts[1]!)) {
      const share = wordValue(parts[0]!)! / DENOMINATORS.get(parts[1]!)!;
      // "two-thirds of a million" is a number; "two-thirds of voters" a share.
      const scale = t[i + 1]?.norm === 'of' && t[i + 2]?.norm === 'a' ? SCALE_WORDS.get(t[i + 3]?.norm ?? '') : undefined;
      if (scale) { out.push({ ...base(tok.start, t[i + 3]!.end), value: share * scale }); i += 3; continue; }
      out.push({ ...base(tok.start, tok.end), value: share, kind: 'fraction' });
      continue;
    }
    const next = t[i + 1]?.norm ?? '';
    const denominator = DENOMINATORS.get(next);
    const numerator = n === 'a' || n === 'an' ? 1 : wordValue(n);
    if (denominator && numerator !== null && numerator < denominator && (numerator !== 1 || n !== 'a' || FRACTION_AFTER_A.has(next))
      && FRACTION_FOLLOWERS.has(t[i + 2]?.norm ?? '')) {
      const scale = t[i + 2]?.norm === 'of' && t[i + 3]?.norm === 'a' ? SCALE_WORDS.get(t[i + 4]?.norm ?? '') : undefined;
      if (scale) { out.push({ ...base(tok.start, t[i + 4]!.end), value: (numerator / denominator) * scale }); i += 4; continue; }
      out.push({ ...base(tok.start, t[i + 1]!.end), value: numerator / denominator, kind: 'fraction' });
      i++;
      continue;
    }
    // "Half million eggs".
    if (n === 'half' && SCALE_WORDS.has(t[i + 1]?.norm ?? '') && t[i - 1]?.norm !== 'a') {
      out.push({ ...base(tok.start, t[i + 1]!.end), value: SCALE_WORDS.get(t[i + 1]!.norm)! / 2 });
      i++;
      continue;
    }
    // "half of the", "half the condos", "more than half": half as a share.
    const qualifiedHalf = ['than', 'nearly', 'almost', 'about', 'over', 'under', 'roughly', 'least'].includes(t[i - 1]?.norm ?? '');
    if (n === 'half' && t[i - 1]?.norm !== 'a' && (FRACTION_FOLLOWERS.has(t[i + 1]?.norm ?? '') || qualifiedHalf) && !SCALE_WORDS.has(t[i + 2]?.norm ?? '') && !COUNT_NOUNS.has(t[i + 2]?.norm ?? '')) {
      out.push({ ...base(tok.start, tok.end), value: 0.5, kind: 'fraction' });
      continue;
    }
    const fold = FOLD.exec(n);
    if (fold && wordValue(fold[1]!) !== null) {
      out.push({ ...base(tok.start, tok.end), value: wordValue(fold[1]!) });
      continue;
    }
    // "a dozen", "a hundred", "half a million".
    if ((n === 'a' || n === 'an') && t[i + 1]) {
      const next = t[i + 1]!.norm;
      const scale = SCALE_WORDS.get(next) ?? COUNT_NOUNS.get(next);
      if (scale !== undefined && next !== 'couple' && next !== 'pair' && next !== 'score' && !(next === 'dozen' && VAGUE_WORDS.has(t[i + 2]?.norm ?? ''))) {
        const prevHalf = t[i - 1]?.norm === 'half';
        const start = prevHalf ? t[i - 1]!.start : tok.start;
        out.push({ ...base(start, t[i + 1]!.end), value: prevHalf ? scale / 2 : scale });
        i++;
        continue;
      }
    }
    // "hundred thousand dollars": a scale word that no number opens counts as one of it.
    const bareScale = SCALE_WORDS.has(n) && !/^\p{N}/u.test(t[i - 1]?.text ?? '') && wordValue(t[i - 1]?.norm ?? '') === null
      && !['a', 'an', 'half', 'the', 'per'].includes(t[i - 1]?.norm ?? '') && SCALE_WORDS.has(t[i + 1]?.norm ?? '');
    const first = bareScale ? { value: 1, glued: null } : splitHyphen(tok);
    if (!first) continue;
    // Composition starts after the first number word; a bare scale word is itself the first step ("hundred").
    const from = bareScale ? i - 1 : i;
    // "one" counts when a noun or a composition follows it; "one of", "no one", "one another" do not count.
    const andFraction = t[i + 1]?.norm === 'and' && (t[i + 2]?.norm === 'a' || t[i + 2]?.norm === 'an') && DENOMINATORS.has(t[i + 3]?.norm ?? '');
    const shareAhead = (t[i + 1]?.norm === 'in' || t[i + 1]?.norm === 'out') && splitHyphen(t[i + 1]?.norm === 'in' ? t[i + 2] ?? tok : t[i + 3] ?? tok) !== null;
    if (n === 'one' && !andFraction && !shareAhead && (NOT_COUNTING_AFTER_ONE.has(t[i + 1]?.norm ?? '') || t[i + 1]?.norm === 'and' || NOT_COUNTING_BEFORE_ONE.has(t[i - 1]?.norm ?? '') || !t[i + 1]?.word)) continue;
    // Compose "three hundred and twenty thousand".
    let value = first.value, total = 0, end = from, lastBig = Infinity;
    let glued = first.glued;
    for (let j = from + 1; j < t.length && !glued; j++) {
      const w = t[j]!.norm;
      const scale = SCALE_WORDS.get(w);
      if (scale !== undefined) {
        // "two thousand three hundred": each large scale is smaller than the one before; a repeat starts a new number.
        // "three lakh crore", "a thousand million": a larger scale right after another multiplies it.
        if (scale >= 1000 && value === 0 && total > 0 && SCALE_WORDS.has(t[j - 1]!.norm) && scale > lastBig) {
          total *= scale;
          lastBig = scale;
          end = j;
          continue;
        }
        if (scale >= 1000 && total > 0 && scale >= lastBig) break;
        if (scale === 100) value *= 100;
        else { total += value * scale; value = 0; lastBig = scale; }
        end = j;
        continue;
      }
      // "and" joins a smaller number ("hundred and six"), not a fraction ("million and one half").
      if (w === 'and' && splitHyphen(t[j + 1] ?? t[j]!) !== null && SCALE_WORDS.has(t[j - 1]!.norm) && !DENOMINATORS.has(t[j + 2]?.norm ?? '')) continue;
      const more = splitHyphen(t[j]!);
      // "hundred and sixty-one", "thirty one": a smaller number word joins the one before it.
      const afterTens = TENS_WORDS.has(t[j - 1]!.norm) && more !== null && more.value < 10;
      if (more && (SCALE_WORDS.has(t[j - 1]!.norm) || t[j - 1]!.norm === 'and' || afterTens) && more.value < 100) {
        value += more.value;
        glued = more.glued;
        end = j;
        continue;
      }
      break;
    }
    let v = total + value;
    // "one and a half", "five and a quarter", "five and a half million", "one million and a half", "six
    // million and two thirds", "one hundred and three quarters" (a fraction of a million, but not of a hundred).
    const fractionParts = t[end + 1]?.norm === 'and' ? (['a', 'an'].includes(t[end + 2]?.norm ?? '') ? 1 : wordValue(t[end + 2]?.norm ?? '')) : null;
    if (fractionParts !== null && DENOMINATORS.has(t[end + 3]?.norm ?? '')) {
      v += (Number.isFinite(lastBig) ? lastBig : 1) * fractionParts / DENOMINATORS.get(t[end + 3]!.norm)!;
      end += 3;
      const scale = SCALE_WORDS.get(t[end + 1]?.norm ?? '');
      if (scale !== undefined && v < 100) { v *= scale; end++; }
    }
    // "one in five", "two out of three": a share.
    const ofWords = t[end + 1]?.norm === 'in' ? 1 : t[end + 1]?.norm === 'out' && t[end + 2]?.norm === 'of' ? 2 : 0;
    const denominatorToken = ofWords ? t[end + 1 + ofWords] : undefined;
    const per = denominatorToken ? splitHyphen(denominatorToken) : null;
    if (per && !per.glued) {
      // "two out of five hundred": the denominator may carry its own scale words.
      let d = per.value, k = end + 1 + ofWords;
      const scaleOf = (w: string) => SCALE_WORDS.get(w) ?? SCALE_WORDS.get(w.replace(/s$/, ''));
      while (scaleOf(t[k + 1]?.norm ?? '')) { d *= scaleOf(t[k + 1]!.norm)!; k++; }
      if (d > v) {
        out.push({ ...base(tok.start, t[k]!.end), value: v / d, kind: 'fraction' });
        i = k;
        continue;
      }
    }
    if (end === i && COUNT_NOUNS.has(t[i + 1]?.norm ?? '') && t[i + 1]!.norm === 'dozen') {
      out.push({ ...base(tok.start, t[i + 1]!.end), value: v * 12 });
      i++;
      continue;
    }
    // "minus five degrees"
    const minus = t[i - 1]?.norm === 'minus';
    out.push({ ...base(minus ? t[i - 1]!.start : tok.start, t[end]!.end), value: minus ? -v : v, hyphenUnit: glued });
    i = end;
  }
  return out;
}

const VULGAR: ReadonlyMap<string, number> = new Map([['½', 1 / 2], ['¼', 1 / 4], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅕', 1 / 5], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8]]);
const VULGAR_FRACTION = /[½¼¾⅓⅔⅕⅛⅜⅝⅞]/gu;

/**
 * "¾", "1½": fraction characters, alone or after a whole number. The character is found first and the
 * digits read backwards from it, so a long run of digits costs nothing.
 */
function vulgarFractions(doc: Document): NumberMention[] {
  const out: NumberMention[] = [];
  VULGAR_FRACTION.lastIndex = 0;
  for (let m = VULGAR_FRACTION.exec(doc.text); m; m = VULGAR_FRACTION.exec(doc.text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 6 && /\d/.test(doc.text[start - 1]!)) start--;
    const whole = doc.text.slice(start, m.index);
    const value = Number(whole || 0) + VULGAR.get(m[0])!;
    out.push({ start, end: m.index + m[0].length, value, low: null, high: null, kind: whole ? 'number' : 'fraction', currency: null, percent: false, hyphenUnit: null, gluedUnit: null });
  }
  return out;
}

/** Every quantity in the body, in text order, outside URLs; only finite values (a record never holds Infinity). */
export function findNumbers(doc: Document): NumberMention[] {
  // Fraction characters first: where "1½" overlaps the digit "1", the longer reading wins below.
  const all = [...vulgarFractions(doc), ...digitNumbers(doc), ...wordNumbers(doc)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberMention[] = [];
  for (const n of all) {
    if ([n.value, n.low, n.high].some((x) => x !== null && !Number.isFinite(x))) continue;
    const prev = out[out.length - 1];
    if (prev && n.start < prev.end) continue;
    // "from one thousand to one thousand and five hundred", "between three and five": a range in words.
    if (prev && prev.kind === 'number' && n.kind === 'number' && prev.value !== null && n.value !== null && prev.value < n.value) {
      const joiner = doc.text.slice(prev.end, n.start);
      const opener = doc.text.slice(Math.max(0, prev.start - 9), prev.start);
      if (/\b(?:between|from)\s$/i.test(opener) && /^\s(?:and|to|-|–)\s$/.test(joiner) || /^\s(?:to|through)\s$/.test(joiner) && /\bfrom\s$/i.test(opener)) {
        out[out.length - 1] = { ...n, start: prev.start, value: null, low: prev.value, high: n.value, kind: 'range' };
        continue;
      }
    }
    // Inside a URL, an e-mail address or a file name: the whole whitespace-free run holding the number says so.
    let runStart = n.start;
    while (runStart > 0 && !/\s/.test(doc.text[runStart - 1]!) && n.start - runStart < 2000) runStart--;
    const run = doc.text.slice(runStart, n.end);
    if (/^\(?(?:https?:\/\/|www\.)|:\/\/|@\w+\.|%2[0-9A-F]/i.test(run)) continue;
    out.push(n);
  }
  return out;
}

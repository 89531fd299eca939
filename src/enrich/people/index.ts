/**
 * The people of the story: name mentions merged into persons (surnames and title mentions join the
 * fullest name seen), and speaker phrases resolved to them. Pronouns go to the nearest earlier person of
 * a fitting gender outside quoted text; role nouns ("the premier") go through the roles seen with names.
 */
import type { Person } from '../../schema.js';
import type { Document } from '../text/document.js';
import type { SpeakerPhrase } from '../quotes/attribution.js';
import { genderOfName, type NameMention } from './names.js';
import { ORGANISATION_NOUNS, ROLE_SYNONYMS, type Gender } from './lexicon.js';
import { SPEAKER_PRONOUNS } from '../quotes/cues.js';

interface Entity {
  words: string[];
  name: string;
  roles: string[];
  gender: Gender | null;
  mentions: { text: string; start: number; end: number }[];
  speaker: boolean;
}

export interface Resolution {
  name: string | null;
  entity: Entity | null;
  confidence: number;
}

const stripPossessive = (s: string) => s.replace(/['’]s?$/, '');
const PARAGRAPH_WINDOW = 4;

export class People {
  private readonly persons: Entity[] = [];
  /** Every person mention in text order: where it is and whom it names. */
  private readonly timeline: { start: number; end: number; entity: Entity }[] = [];
  private readonly orgs: { start: number; name: string }[] = [];

  constructor(private readonly doc: Document, names: readonly NameMention[]) {
    for (const m of names) this.add(m);
  }

  private find(words: readonly string[]): Entity | null {
    const last = words[words.length - 1]!.toLowerCase();
    const full = words.join(' ').toLowerCase();
    let byFirst: Entity | null = null;
    let firstMatches = 0;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i]!;
      if (p.name.toLowerCase() === full) return p;
      const pLast = p.words[p.words.length - 1]!.toLowerCase();
      if (pLast === last && (words.length === 1 || p.words.length === 1 || words[0]!.toLowerCase() === p.words[0]!.toLowerCase())) return p;
      if (words.length === 1 && p.words.length > 1 && p.words[0]!.toLowerCase() === last) { byFirst = p; firstMatches++; }
    }
    return firstMatches === 1 ? byFirst : null;
  }

  private add(m: NameMention): void {
    const words = stripPossessive(m.text).split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const known = this.find(words);
    if (known) {
      if (words.length > known.words.length && m.person) {
        known.words = words;
        known.name = words.join(' ');
      }
      this.note(known, m);
      return;
    }
    if (!m.person) {
      this.orgs.push({ start: m.start, name: stripPossessive(m.text) });
      return;
    }
    const entity: Entity = { words, name: words.join(' '), roles: [], gender: null, mentions: [], speaker: false };
    this.persons.push(entity);
    this.note(entity, m);
  }

  private note(entity: Entity, m: NameMention): void {
    const text = stripPossessive(m.text);
    entity.mentions.push({ text, start: m.start, end: m.start + text.length });
    for (const r of m.roles) if (!entity.roles.some((x) => x.toLowerCase() === r.toLowerCase())) entity.roles.push(r);
    entity.gender ??= m.gender ?? genderOfName(entity.words, entity.roles);
    this.timeline.push({ start: m.start, end: m.start + text.length, entity });
  }

  private nearestBefore(offset: number, fits: (e: Entity) => boolean): Entity | null {
    const paragraph = this.paragraphOf(offset);
    let best: { start: number; entity: Entity } | null = null;
    for (const t of this.timeline) {
      if (t.start >= offset || this.paragraphOf(t.start) < paragraph - PARAGRAPH_WINDOW) continue;
      if (!fits(t.entity)) continue;
      if (!best || t.start > best.start) best = t;
    }
    return best?.entity ?? null;
  }

  private paragraphOf(offset: number): number {
    const ps = this.doc.paragraphs;
    let lo = 0, hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Resolves a speaker phrase to a person or organisation and records the mention. */
  resolve(phrase: SpeakerPhrase): Resolution {
    let entity: Entity | null = null;
    let confidence = 0.5;
    if (phrase.kind === 'name') {
      entity = this.timeline.find((t) => t.start < phrase.end && phrase.start < t.end)?.entity ?? null;
      if (!entity) return { name: stripPossessive(phrase.text), entity: null, confidence: 0.85 };
      confidence = 0.95;
    } else if (phrase.kind === 'pronoun') {
      const kind = SPEAKER_PRONOUNS.get(phrase.text.toLowerCase());
      if (kind === 'm' || kind === 'f') {
        entity = this.nearestBefore(phrase.start, (e) => e.gender === kind);
        confidence = 0.8;
        if (!entity) {
          entity = this.nearestBefore(phrase.start, (e) => e.gender === null);
          confidence = 0.6;
        }
        if (entity && entity.gender === null) entity.gender = kind;
      } else {
        const org = [...this.orgs].reverse().find((o) => o.start < phrase.start);
        return { name: org?.name ?? null, entity: null, confidence: org ? 0.5 : 0.3 };
      }
    } else {
      const synonyms = ROLE_SYNONYMS.get(phrase.head ?? '') ?? (phrase.head ? [phrase.head] : []);
      const singular = !/^(?:some|many|several|two|three|other)\b/i.test(phrase.text) && !/s$/i.test(phrase.text.split(/\s+/)[1] ?? '');
      if (singular && /^(?:the|this|that)\s/i.test(phrase.text)) {
        entity = this.nearestBefore(phrase.start, (e) => e.roles.some((r) => synonyms.some((s) => r.toLowerCase().includes(s))));
        confidence = 0.75;
      }
      if (!entity) return { name: phrase.head && /^(?:the|its|their)\s/i.test(phrase.text) && !isPersonRole(phrase) ? phrase.text.replace(/^(?:the|its|their)\s+/i, '') : null, entity: null, confidence: 0.5 };
    }
    if (!entity) return { name: null, entity: null, confidence: 0.3 };
    if (!entity.mentions.some((m) => m.start === phrase.start)) {
      entity.mentions.push({ text: phrase.text, start: phrase.start, end: phrase.end });
      this.timeline.push({ start: phrase.start, end: phrase.end, entity });
    }
    entity.speaker = true;
    return { name: entity.name, entity, confidence };
  }

  /** The people list: those quoted or named as a source, ids in order of first mention. */
  list(): { people: Person[]; idOf: Map<object, string> } {
    const idOf = new Map<object, string>();
    const speakers = this.persons.filter((p) => p.speaker).sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
    const people = speakers.map((p, i) => {
      const id = `p${i + 1}`;
      idOf.set(p, id);
      return { id, name: p.name, roles: [...p.roles], mentions: [...p.mentions].sort((a, b) => a.start - b.start) };
    });
    return { people, idOf };
  }
}

function isPersonRole(phrase: SpeakerPhrase): boolean {
  return !!phrase.head && !ORGANISATION_NOUNS.has(phrase.head);
}

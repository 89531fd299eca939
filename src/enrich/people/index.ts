/**
 * The people of the story: name mentions merged into persons (surnames and title mentions join the
 * fullest name seen), and speaker phrases resolved to them. Pronouns go to the nearest earlier person of
 * a fitting gender outside quoted text; role nouns ("the premier") go through the roles seen with names.
 */
import type { Person } from '../../schema.js';
import type { Document } from '../text/document.js';
import { firstAtOrAfter } from '../text/search.js';
import { withoutPossessive as stripPossessive } from '../text/words.js';
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

const PARAGRAPH_WINDOW = 4;

export class People {
  private readonly persons: Entity[] = [];
  /** Lookups by lower-cased full name, last word and first word, so each mention costs O(1). */
  private readonly byFull = new Map<string, Entity>();
  private readonly byLast = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();
  /** Every person mention, sorted by position: where it is and whom it names. */
  private readonly timeline: { start: number; end: number; entity: Entity }[] = [];
  private readonly orgs: { start: number; name: string }[] = [];

  constructor(private readonly doc: Document, names: readonly NameMention[]) {
    for (const m of names) this.add(m);
  }

  private find(words: readonly string[]): Entity | null {
    const lower = words.map((w) => w.toLowerCase());
    const exact = this.byFull.get(lower.join(' '));
    if (exact) return exact;
    const last = lower[lower.length - 1]!;
    const sameLast = this.byLast.get(last) ?? [];
    // The latest person with this surname and a compatible first name ("Naim" → "Bassem Naim").
    for (let i = sameLast.length - 1; i >= 0; i--) {
      const p = sameLast[i]!;
      if (lower.length === 1 || p.words.length === 1 || lower[0] === p.words[0]!.toLowerCase()) return p;
    }
    if (lower.length === 1) {
      // A first name alone names a person only when one person has it ("Hillary").
      const byFirst = (this.byFirst.get(last) ?? []).filter((p) => p.words.length > 1);
      if (byFirst.length === 1) return byFirst[0]!;
    }
    return null;
  }

  private index(entity: Entity): void {
    const lower = entity.words.map((w) => w.toLowerCase());
    this.byFull.set(lower.join(' '), entity);
    const push = (map: Map<string, Entity[]>, key: string) => {
      const list = map.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      map.set(key, list);
    };
    push(this.byLast, lower[lower.length - 1]!);
    push(this.byFirst, lower[0]!);
  }

  private add(m: NameMention): void {
    const words = stripPossessive(m.text).split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const known = this.find(words);
    if (known) {
      if (words.length > known.words.length && m.person) {
        known.words = words;
        known.name = words.join(' ');
        this.index(known);
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
    this.index(entity);
    this.note(entity, m);
  }

  private note(entity: Entity, m: NameMention): void {
    const text = stripPossessive(m.text);
    entity.mentions.push({ text, start: m.start, end: m.start + text.length });
    for (const r of m.roles) if (!entity.roles.some((x) => x.toLowerCase() === r.toLowerCase())) entity.roles.push(r);
    entity.gender ??= m.gender ?? genderOfName(entity.words, entity.roles);
    this.remember(m.start, m.start + text.length, entity);
  }

  /** Index of the first timeline entry starting at or after `offset`. */
  private timelineAt(offset: number): number {
    return firstAtOrAfter(this.timeline, offset, (t) => t.start);
  }

  private remember(start: number, end: number, entity: Entity): void {
    this.timeline.splice(this.timelineAt(start), 0, { start, end, entity });
  }

  /** The latest person mentioned before `offset`, within a few paragraphs, that `fits`. */
  private nearestBefore(offset: number, fits: (e: Entity) => boolean): Entity | null {
    const floor = this.paragraphOf(offset) - PARAGRAPH_WINDOW;
    for (let i = this.timelineAt(offset) - 1; i >= 0; i--) {
      const t = this.timeline[i]!;
      if (this.paragraphOf(t.start) < floor) break;
      if (fits(t.entity)) return t.entity;
    }
    return null;
  }

  private paragraphOf(offset: number): number {
    // The paragraph that starts at or before the offset.
    return Math.max(0, firstAtOrAfter(this.doc.paragraphs, offset + 1, (p) => p.start) - 1);
  }

  /** Resolves a speaker phrase to a person or organisation and records the mention. */
  resolve(phrase: SpeakerPhrase): Resolution {
    let entity: Entity | null = null;
    let confidence = 0.5;
    if (phrase.kind === 'name') {
      const at = this.timeline[this.timelineAt(phrase.start)];
      entity = at && at.start < phrase.end ? at.entity : null;
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
        let org: { start: number; name: string } | undefined;
        for (let i = this.orgs.length - 1; i >= 0 && !org; i--) if (this.orgs[i]!.start < phrase.start) org = this.orgs[i];
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
    const known = this.timeline[this.timelineAt(phrase.start)];
    if (!(known && known.start === phrase.start && known.entity === entity)) {
      entity.mentions.push({ text: phrase.text, start: phrase.start, end: phrase.end });
      this.remember(phrase.start, phrase.end, entity);
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

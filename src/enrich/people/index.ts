/**
 * The people and organisations of the story, and who each speaker is. Name mentions are merged into
 * entities once (a surname or "Mr. Harlan" joins the fullest name last mentioned; "the Times" joins "The New
 * York Times"); then every speaker phrase goes through an ordered sieve, precise passes first:
 *
 *   name → surname → role → organisation noun → document → pronoun
 *
 * Each pass sees what the earlier ones decided (the quote chain, organisations that spoke) and says which
 * pass named the speaker (`resolvedBy`), so the eval can report each pass's yield. A phrase no pass can
 * resolve gets no name: never a common noun, a title or a phrase.
 */
import type { Organization, Person } from '../../schema.js';
import type { Document } from '../text/document.js';
import { firstAtOrAfter } from '../text/search.js';
import { withoutPossessive as stripPossessive } from '../text/words.js';
import type { SpeakerPhrase } from '../quotes/attribution.js';
import { genderOfName, type NameMention } from './names.js';
import { FEMALE_ROLE_WORDS, HONORIFICS, MALE_ROLE_WORDS, ROLE_SYNONYMS, TITLE_WORDS, type Gender } from './lexicon.js';
import { DOCUMENT_NOUNS, GENERIC_ORGANIZATION_NOUNS, KINDS_OF_NOUN, kindOfName } from './organization-kinds.js';
import { SPEAKER_PRONOUNS } from '../quotes/cues.js';
import { organizationNominals, ownedOrganizations } from './nominals.js';
import { commonWordKind } from './tagger.js';

export type Pass = 'name' | 'surname' | 'role' | 'organization-noun' | 'document' | 'pronoun' | 'salience';

export interface Entity {
  kind: 'person' | 'organization';
  words: string[];
  name: string;
  roles: string[];
  /** Lower-cased titles and honorifics seen before the name ("sen.", "president"), for role nouns. */
  titles: Set<string>;
  gender: Gender | null;
  /** The gender came from a title, honorific, role word or a pronoun, not from a first name alone ("Terry"). */
  genderSure: boolean;
  /** For an organisation: the kind its name shows ("bank", "media"), or null. */
  orgKind: string | null;
  mentions: { text: string; start: number; end: number }[];
  speaker: boolean;
}

export interface Resolution {
  name: string | null;
  entity: Entity | null;
  confidence: number;
  pass: Pass | null;
}

interface Mention {
  start: number;
  end: number;
  entity: Entity;
  /** Stands where a clause's subject stands (or spoke): the first choice for a later pronoun. */
  subject: boolean;
}

const PARAGRAPH_WINDOW = 4;
/**
 * Salience, in sentences of distance: a subject (or speaker) outranks an object or possessive a sentence
 * nearer; the speaker of the last quote (the quote chain) outranks a subject a sentence nearer too.
 */
const SUBJECT_BONUS = 1.5;
const CHAIN_BONUS = 1;
/** Words before a mention that leave it the subject of its clause. */
const SUBJECT_OPENERS = new Set([',', '—', '–', ';', ':', '(', 'and', 'but', 'that', 'when', 'as', 'while', 'because', 'after', 'before', 'if', 'since', 'though', 'although', 'so', 'then', 'where']);

export class People {
  private readonly entities: Entity[] = [];
  /** Lookups by lower-cased full name, last word and first word, so each mention costs O(1). */
  private readonly byFull = new Map<string, Entity>();
  private readonly byLast = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();
  /** Capitalised words that named no one yet ("Hamas"): an organisation once one of them speaks. */
  private readonly unclaimed = new Map<string, { start: number; end: number; text: string }[]>();
  /** Every mention of an entity, sorted by position. */
  private readonly timeline: Mention[] = [];
  private lastSpeaker: { entity: Entity; paragraph: number } | null = null;

  constructor(private readonly doc: Document, names: readonly NameMention[]) {
    for (const m of names) this.add(m);
    for (const o of ownedOrganizations(doc, names)) {
      const org = this.find(o.words, 'organization') ?? this.create('organization', o.words);
      this.remember({ start: o.start, end: o.end, entity: org, subject: false }, o.text);
    }
  }

  // ── entities ──────────────────────────────────────────────────────────────────────────────────────

  private find(words: readonly string[], kind: Entity['kind'] | null): Entity | null {
    const lower = words.map((w) => w.toLowerCase());
    const exact = this.byFull.get(lower.join(' '));
    if (exact && (!kind || exact.kind === kind)) return exact;
    const last = lower[lower.length - 1]!;
    // Of several people with this surname, the one the story already calls by it ("Trump" stays Donald once
    // Ivanka Trump is "Ivanka"), then the one mentioned last.
    let best: Entity | null = null, bestAliases = -1;
    for (const p of this.byLast.get(last) ?? []) {
      if (kind && p.kind !== kind) continue;
      const fits = p.kind === 'organization'
        ? endsWith(p.words, lower)
        : lower.length === 1 || p.words.length === 1 || lower[0] === p.words[0]!.toLowerCase();
      if (!fits) continue;
      const aliases = lower.length === 1 ? p.mentions.filter((m) => m.text.toLowerCase() === last).length : 0;
      if (!best || aliases > bestAliases || aliases === bestAliases && lastAt(p) > lastAt(best)) {
        best = p;
        bestAliases = aliases;
      }
    }
    if (best) return best;
    if (lower.length === 1 && kind !== 'organization') {
      // A first name alone names a person only when one person has it ("Hillary").
      const byFirst = (this.byFirst.get(last) ?? []).filter((p) => p.kind === 'person' && p.words.length > 1);
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

  private create(kind: Entity['kind'], words: string[]): Entity {
    const entity: Entity = { kind, words, name: nameOf(kind, words), roles: [], titles: new Set(), gender: null, genderSure: false, orgKind: kind === 'organization' ? kindOfName(words) : null, mentions: [], speaker: false };
    this.entities.push(entity);
    this.index(entity);
    return entity;
  }

  private add(m: NameMention): void {
    const words = stripPossessive(m.text).replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
    if (!words.length) return;
    // "HARLAN:" in a transcript is the person already named, not an acronym.
    const person = m.kind === 'organization' && words.length === 1 && isShouted(words[0]!) ? this.find(words, 'person') : null;
    if (person) {
      this.note(person, m);
      return;
    }
    if (m.kind === 'organization') {
      const known = this.find(words, 'organization');
      const org = known ?? this.create('organization', words);
      if (known && words.length > known.words.length) this.rename(known, words);
      this.note(org, m);
      return;
    }
    const known = this.find(words, m.person ? 'person' : null);
    if (known) {
      if (words.length > known.words.length && m.person && known.kind === 'person') this.rename(known, words);
      this.note(known, m);
      return;
    }
    if (!m.person) {
      if (words.length === 1 && m.kind === 'other') {
        const key = words[0]!.toLowerCase();
        const list = this.unclaimed.get(key) ?? [];
        list.push({ start: m.start, end: m.start + stripPossessive(m.text).length, text: stripPossessive(m.text) });
        this.unclaimed.set(key, list);
      }
      return;
    }
    this.note(this.create('person', words), m);
  }

  private rename(entity: Entity, words: string[]): void {
    entity.words = words;
    entity.name = nameOf(entity.kind, words);
    if (entity.kind === 'organization') entity.orgKind ??= kindOfName(words);
    this.index(entity);
  }

  private note(entity: Entity, m: NameMention): void {
    const text = stripPossessive(m.text);
    for (const r of m.roles) if (!entity.roles.some((x) => x.toLowerCase() === r.toLowerCase())) entity.roles.push(r);
    for (let i = m.runFirst; i < m.first; i++) entity.titles.add(this.doc.tokens[i]!.norm.replace(/\.$/, ''));
    if (entity.kind === 'person') {
      const titles = this.doc.tokens.slice(m.runFirst, m.first).map((t) => t.text);
      const sure = genderOfName(titles, m.roles);
      if (sure && !entity.genderSure) {
        entity.gender = sure;
        entity.genderSure = true;
      }
      entity.gender ??= m.gender ?? genderOfName(entity.words, entity.roles);
    }
    this.remember({ start: m.start, end: m.start + text.length, entity, subject: this.standsAsSubject(m) }, text);
  }

  /** The mention opens its clause and is not a possessive: "Matthews said Pence's…" makes Matthews the subject. */
  private standsAsSubject(m: NameMention): boolean {
    if (/['’]s?$/.test(m.text)) return false;
    const before = this.doc.tokens[m.runFirst - 1];
    if (!before) return true;
    if (this.doc.sentenceOf[m.runFirst - 1] !== this.doc.sentenceOf[m.runFirst]) return true;
    return SUBJECT_OPENERS.has(before.norm) || this.doc.quoted[m.runFirst - 1] === 1;
  }

  private remember(mention: Mention, text: string): void {
    let at = firstAtOrAfter(this.timeline, mention.start, (t) => t.start);
    // Mentions that start together ("Trump" and "Trump campaign") keep the order they were found in.
    for (; this.timeline[at]?.start === mention.start; at++) {
      const same = this.timeline[at]!;
      if (same.entity === mention.entity) {
        same.subject ||= mention.subject;
        return;
      }
    }
    this.timeline.splice(at, 0, mention);
    mention.entity.mentions.push({ text, start: mention.start, end: mention.end });
  }

  private paragraphOf(offset: number): number {
    return Math.max(0, firstAtOrAfter(this.doc.paragraphs, offset + 1, (p) => p.start) - 1);
  }

  private sentenceOf(offset: number): number {
    return Math.max(0, firstAtOrAfter(this.doc.sentences, offset + 1, (s) => s.start) - 1);
  }

  /**
   * The best entity mentioned before `offset`, within a few paragraphs, that `fits`: nearer sentences first,
   * a subject or speaker over an object or possessive, the speaker of the last quote over others.
   */
  private salient(offset: number, fits: (e: Entity) => number | null): Entity | null {
    const floor = this.paragraphOf(offset) - PARAGRAPH_WINDOW;
    const here = this.sentenceOf(offset);
    const seen = new Set<Entity>();
    let best: Entity | null = null, bestScore = -Infinity;
    for (let i = firstAtOrAfter(this.timeline, offset, (t) => t.start) - 1; i >= 0; i--) {
      const t = this.timeline[i]!;
      if (this.paragraphOf(t.start) < floor) break;
      const bonus = fits(t.entity);
      if (bonus === null) continue;
      // The most recent mention of an entity speaks for it; an earlier subject mention may still raise it.
      const distance = here - this.sentenceOf(t.start);
      const score = -distance + (t.subject ? SUBJECT_BONUS : 0) + bonus + (this.lastSpeaker?.entity === t.entity ? CHAIN_BONUS : 0);
      if (seen.has(t.entity) && score <= bestScore) continue;
      seen.add(t.entity);
      if (score > bestScore) {
        best = t.entity;
        bestScore = score;
      }
    }
    return best;
  }

  /** The entity named most often, among those that fit: the story's protagonist, when nothing nearby fits. */
  private mostNamed(fits: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) if (fits(e) && (!best || e.mentions.length > best.mentions.length)) best = e;
    return best;
  }

  // ── the sieve ─────────────────────────────────────────────────────────────────────────────────────

  /** Resolves a speaker phrase to a person or organisation, records the mention and which pass named it. */
  resolve(phrase: SpeakerPhrase): Resolution {
    const r = this.sieve(phrase.antecedent ?? phrase);
    if (!r.entity) return r;
    this.remember({ start: phrase.start, end: phrase.end, entity: r.entity, subject: true }, phrase.text);
    r.entity.speaker = true;
    this.lastSpeaker = { entity: r.entity, paragraph: this.paragraphOf(phrase.start) };
    return r;
  }

  private sieve(phrase: SpeakerPhrase): Resolution {
    const found = (entity: Entity | null, pass: Pass, confidence: number): Resolution | null => (entity ? { name: entity.name, entity, confidence, pass } : null);
    if (phrase.kind === 'name') return this.byName(phrase) ?? { name: null, entity: null, confidence: 0.3, pass: null };
    if (phrase.kind === 'pronoun') return this.byPronoun(phrase) ?? { name: null, entity: null, confidence: 0.3, pass: null };
    const head = phrase.head ?? '';
    const definite = /^(?:the|this|that|its|their|his|her)\s/i.test(phrase.text) || /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(phrase.text);
    const plural = /^(?:some|many|several|two|three|four|other|most|few|all)\b/i.test(phrase.text) || (/s$/i.test(phrase.text.split(/\s+/).pop() ?? '') && !/(?:ss|us|is)$/i.test(phrase.text));
    // A name inside the phrase speaks for it: "a Times article", "Obama's campaign".
    const inner = this.timeline.find((t) => t.start >= phrase.start && t.end <= phrase.end && t.entity.kind === 'organization');
    if (inner && (DOCUMENT_NOUNS.has(head) || KINDS_OF_NOUN.has(head))) return found(inner.entity, 'organization-noun', 0.75)!;
    if (plural || !definite && !/^(?:a|an)\s/i.test(phrase.text)) return { name: null, entity: null, confidence: 0.3, pass: null };
    if (KINDS_OF_NOUN.has(head) || DOCUMENT_NOUNS.has(head)) {
      const org = this.byOrganizationNoun(phrase.start, head);
      if (org) return found(org, DOCUMENT_NOUNS.has(head) && !KINDS_OF_NOUN.has(head) ? 'document' : 'organization-noun', 0.7)!;
      if (!definite || !isRoleLike(head)) return { name: null, entity: null, confidence: 0.3, pass: null };
    }
    if (!definite) return { name: null, entity: null, confidence: 0.3, pass: null };
    return found(this.byRole(phrase.start, head), 'role', 0.75)
      ?? found(this.byRoleSalience(phrase.start, head), 'salience', 0.5)
      ?? { name: null, entity: null, confidence: 0.3, pass: null };
  }

  /** Pass 1 and 2: the name itself, or the entity its surname or partial name was merged into. */
  private byName(phrase: SpeakerPhrase): Resolution | null {
    const at = this.timeline[firstAtOrAfter(this.timeline, phrase.start, (t) => t.start)];
    if (at && at.start < phrase.end) {
      const full = at.entity.words.length <= stripPossessive(phrase.text).split(/\s+/).length;
      return { name: at.entity.name, entity: at.entity, confidence: 0.95, pass: full ? 'name' : 'surname' };
    }
    // A capitalised word that named no one until it spoke ("Hamas claims") is an organisation.
    const words = stripPossessive(phrase.text).replace(/^the\s+/i, '').split(/\s+/);
    const place = phrase.name?.kind === 'place';
    // Not a common word or a title ("Pressure is building", "Senator Says"): no one's name.
    const common = words.length === 1 && (commonWordKind(words[0]!) !== null || TITLE_WORDS.has(words[0]!.toLowerCase()));
    if (phrase.name && (phrase.name.kind === 'other' && !common || place) && words.length <= 4) {
      const org = this.create('organization', words);
      for (const m of this.unclaimed.get(words.join(' ').toLowerCase()) ?? []) this.remember({ ...m, entity: org, subject: false }, m.text);
      this.unclaimed.delete(words.join(' ').toLowerCase());
      return { name: org.name, entity: org, confidence: place ? 0.8 : 0.85, pass: 'name' };
    }
    return null;
  }

  /** Pass 3: "the premier" → the person with that role or title, nearest first. */
  private byRole(offset: number, head: string): Entity | null {
    const synonyms = ROLE_SYNONYMS.get(head) ?? [head];
    const gender: Gender | null = MALE_ROLE_WORDS.has(head) ? 'm' : FEMALE_ROLE_WORDS.has(head) ? 'f' : null;
    const hasRole = (e: Entity) => e.kind === 'person' && (e.roles.some((r) => synonyms.some((s) => r.toLowerCase().includes(s)))
      || synonyms.some((s) => e.titles.has(s.replace(/\.$/, ''))));
    return this.salient(offset, (e) => (hasRole(e) && (!gender || e.gender !== (gender === 'm' ? 'f' : 'm')) ? 0 : null));
  }

  /**
   * A definite role noun with no one of that role seen ("the Vermont senator", "Obama's former campaign
   * strategist"): news writes these for someone already named, so the person most in view.
   */
  private byRoleSalience(offset: number, head: string): Entity | null {
    const gender: Gender | null = MALE_ROLE_WORDS.has(head) ? 'm' : FEMALE_ROLE_WORDS.has(head) ? 'f' : null;
    return this.salient(offset, (e) => (e.kind === 'person' && (!gender || e.gender !== (gender === 'm' ? 'f' : 'm')) ? 0 : null));
  }

  /** Pass 4 and 5: "the bank" → the bank last named; "the statement" → the organisation that issued it. */
  private byOrganizationNoun(offset: number, head: string): Entity | null {
    const kinds = KINDS_OF_NOUN.get(head) ?? [];
    const any = GENERIC_ORGANIZATION_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) && !kinds.length;
    // An organisation whose name shows no kind ("Hamas") may be "the group" or "the company", not "the newspaper".
    const loose = any || !kinds.includes('media') && !kinds.includes('bank');
    const fits = (e: Entity): number | null => {
      if (e.kind !== 'organization') return null;
      if (e.orgKind && kinds.includes(e.orgKind)) return 1;
      return any ? 0 : !e.orgKind && loose ? -1 : null;
    };
    return this.salient(offset, fits);
  }

  /** Pass 6: he, she → a person of that gender; it, they → an organisation (they also a person's group). */
  private byPronoun(phrase: SpeakerPhrase): Resolution | null {
    const kind = SPEAKER_PRONOUNS.get(phrase.text.toLowerCase());
    if (kind === 'm' || kind === 'f') {
      const other = kind === 'm' ? 'f' : 'm';
      const fits = (e: Entity) => (e.kind !== 'person' || e.gender === other ? null : e.gender === kind ? 0 : -1.5);
      let entity = this.salient(phrase.start, fits);
      let pass: Pass = 'pronoun';
      // A gender read off a first name alone may be wrong ("Terry", "Jordan"): with no one else in reach, the
      // speaker just quoted is taken against it ("said widow Terry Strada. She continued").
      const last = this.lastSpeaker?.entity;
      if (!entity && last && last.kind === 'person' && !last.genderSure && this.lastSpeaker!.paragraph >= this.paragraphOf(phrase.start) - 1) entity = last;
      if (!entity) {
        entity = this.mostNamed((e) => e.kind === 'person' && e.gender === kind);
        pass = 'salience';
      }
      if (!entity) return null;
      if (!entity.genderSure) {
        entity.gender = kind;
        entity.genderSure = true;
      }
      return { name: entity.name, entity, confidence: pass === 'pronoun' ? 0.8 : 0.5, pass };
    }
    if (kind === 'neuter' || kind === 'plural') {
      const org = this.salient(phrase.start, (e) => (e.kind === 'organization' ? 0 : null));
      return org ? { name: org.name, entity: org, confidence: 0.5, pass: 'pronoun' } : null;
    }
    return null;
  }

  /** Organisation mentions by common noun across the body ("the terrorist group", "the bank"), after the speakers. */
  private addNominalMentions(): void {
    for (const n of organizationNominals(this.doc)) {
      if (this.timeline.some((t) => t.start === n.start)) continue;
      const org = this.byOrganizationNoun(n.start, n.head);
      if (org) this.remember({ start: n.start, end: n.end, entity: org, subject: false }, n.text);
    }
  }

  /** The people (those quoted or named as a source) and every organisation, ids in order of first mention. */
  list(): { people: Person[]; organizations: Organization[]; idOf: Map<object, string> } {
    this.addNominalMentions();
    const idOf = new Map<object, string>();
    // The first mention of each entity, found once (no spread: a hostile body can hold tens of thousands).
    const firstAt = new Map<Entity, number>();
    for (const e of this.entities) firstAt.set(e, e.mentions.reduce((min, m) => Math.min(min, m.start), Infinity));
    const ordered = (list: Entity[]) => list.filter((e) => e.mentions.length).sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
    const mentions = (e: Entity) => [...e.mentions].sort((a, b) => a.start - b.start);
    const people = ordered(this.entities.filter((e) => e.kind === 'person' && e.speaker)).map((p, i) => {
      const id = `p${i + 1}`;
      idOf.set(p, id);
      return { id, name: p.name, roles: [...p.roles], mentions: mentions(p) };
    });
    const organizations = ordered(this.entities.filter((e) => e.kind === 'organization')).map((o, i) => {
      const id = `o${i + 1}`;
      idOf.set(o, id);
      return { id, name: o.name, mentions: mentions(o) };
    });
    return { people, organizations, idOf };
  }
}

const isShouted = (word: string) => word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
/** A person's name as a name, not as the page shouted it: "TOM HARLAN" is Tom Harlan; initials stay. */
function nameOf(kind: Entity['kind'], words: readonly string[]): string {
  if (kind !== 'person' || !words.every((w) => isShouted(w) || !/\p{L}/u.test(w))) return words.join(' ');
  return words.map((w) => (/^(?:\p{Lu}\.)+$/u.test(w) || /^(?:II|III|IV)$/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
}
const lastAt = (e: Entity) => e.mentions[e.mentions.length - 1]?.start ?? -1;
const endsWith = (words: readonly string[], tail: readonly string[]) => tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i]!.toLowerCase() === w);
/** A head noun that also names a person's role ("the agency" is no one; "the office" neither; "the head" is). */
const isRoleLike = (head: string) => TITLE_WORDS.has(head) || HONORIFICS.has(head);

/**
 * Organisations named by a common noun anywhere in the body ("the bank", "the terrorist group"), outside
 * quotations: the definite article, at most two modifiers, and a noun that stands for an organisation,
 * closing its noun phrase.
 */
import type { Document } from '../text/document.js';
import type { NameMention } from './names.js';
import { KINDS_OF_NOUN } from './organization-kinds.js';

export interface Nominal {
  text: string;
  start: number;
  end: number;
  head: string;
}

const OPENERS = new Set(['the', 'this']);
/** Words after the noun that close its phrase: "the bank said", "the group, which…", "the party of…". */
const CLOSERS = new Set(['said', 'says', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could',
  'can', 'may', 'might', 'should', 'must', 'did', 'does', 'which', 'that', 'who', 'and', 'or', 'but', 'of', 'in', 'on',
  'at', 'to', 'for', 'with', 'from', 'by', 'as', 'also', 'not', 'still', 'now', 'then']);
const MAX_MODIFIERS = 2;

export function organizationNominals(doc: Document): Nominal[] {
  const out: Nominal[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENERS.has(tokens[i]!.norm) || doc.quoted[i]) continue;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word || t.cap || doc.quoted[k]) break;
      if (!KINDS_OF_NOUN.has(t.norm)) continue;
      const next = tokens[k + 1];
      const closes = !next || !next.word || CLOSERS.has(next.norm) || /['’]s$/.test(t.text) || /ed$/.test(next.norm);
      if (closes) out.push({ text: doc.text.slice(tokens[i]!.start, t.end).replace(/['’]s$/, ''), start: tokens[i]!.start, end: /['’]s$/.test(t.text) ? t.end - 2 : t.end, head: t.norm });
      break;
    }
  }
  return out;
}

/** Organisations a person's name owns, written in lower case after it: "the Trump campaign", "the Obama administration". */
const OWNED_NOUNS = new Set(['campaign', 'administration', 'camp', 'team', 'government', 'cabinet', 'foundation', 'organization']);

export interface OwnedOrganization {
  text: string;
  start: number;
  end: number;
  words: string[];
}

/** "Trump campaign" in "the Trump campaign said": a name and the organisation noun that follows it. */
export function ownedOrganizations(doc: Document, names: readonly NameMention[]): OwnedOrganization[] {
  const out: OwnedOrganization[] = [];
  for (const m of names) {
    const next = doc.tokens[m.last + 1];
    if (!next || next.cap || !OWNED_NOUNS.has(next.norm) || doc.quoted[m.last + 1] || /['’]s?$/.test(m.text)) continue;
    if (m.kind !== 'person' && m.kind !== 'other') continue;
    const text = doc.text.slice(m.start, next.end).replace(/['’]s$/, '');
    out.push({ text, start: m.start, end: m.start + text.length, words: text.split(/\s+/) });
  }
  return out;
}

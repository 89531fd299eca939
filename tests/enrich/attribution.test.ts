import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const CONTEXT = 'Senior Hamas official Bassem Naim spoke in Cairo. Prime Minister Benjamin Netanyahu spoke in Jerusalem. U.S. Vice President Kamala Harris spoke in Washington.\n\n';

/** [case, paragraph, quoted words, kind, mention as written, resolved name, cue] */
const POSITIVES: [string, string, string, 'direct' | 'partial', string, string | null, string | null][] = [
  ['speaker after: X said', '“We are waiting for a response,” Naim said.', 'We are waiting', 'direct', 'Naim', 'Bassem Naim', 'said'],
  ['inverted: said X', '“We are waiting for a response,” said Naim.', 'We are waiting', 'direct', 'Naim', 'Bassem Naim', 'said'],
  ['speaker before with colon', 'Netanyahu said: “Israel will fight until we achieve total victory.”', 'Israel will fight', 'direct', 'Netanyahu', 'Benjamin Netanyahu', 'said'],
  ['speaker before with comma', 'On Feb. 11, he told ABC News, “Victory is within reach.”', 'Victory is within reach', 'direct', 'he', 'Benjamin Netanyahu', 'told'],
  ['apposition', '“The talks failed,” Naim, a senior official of the group, said.', 'The talks failed', 'direct', 'Naim', 'Bassem Naim', 'said'],
  ['parenthesis', '“It is a whistle,” Rep. Gwen Moore (D-Wis.) said Friday.', 'It is a whistle', 'direct', 'Gwen Moore', 'Gwen Moore', 'said'],
  ['role noun through the roles seen', 'Addressing the nation, the premier said, “We will not stop.”', 'We will not stop', 'direct', 'the premier', 'Benjamin Netanyahu', 'said'],
  ['pronoun by gender', 'She thanked Israel for its “constructive approach.”', 'constructive approach', 'partial', 'She', 'Kamala Harris', 'thanked'],
  ['partial inside the writer\'s sentence', 'Netanyahu “does not want a deal and the ball is in the Americans’ court,” Naim said.', 'the ball is in the Americans', 'partial', 'Naim', 'Bassem Naim', 'said'],
  ['according to', 'According to the ministry, “the talks will resume next week.”', 'the talks will resume', 'partial', 'the ministry', null, 'according to'],
  ['organisation speaker', '“We accept the terms,” Hamas said in a statement.', 'We accept the terms', 'direct', 'Hamas', 'Hamas', 'said'],
  ['dash signature', '“The most unqualified man to ever run.” ― Karen Bobadilla', 'The most unqualified', 'direct', 'Karen Bobadilla', 'Karen Bobadilla', null],
  ['sentence subject without a speech verb', 'Netanyahu openly describes the deal as a “capitulation to terror.”', 'capitulation to terror', 'partial', 'Netanyahu', 'Benjamin Netanyahu', 'describes'],
  ['outer speaker over an inner pronoun', 'Harris said she recalled thinking, “This is what people have talked about for years.”', 'This is what people', 'direct', 'Harris', 'Kamala Harris', 'said'],
  ['title inside the name after role words', '“It was supposed to be great,” said former Gaza Gov. Omar Haddad.', 'supposed to be great', 'direct', 'Omar Haddad', 'Omar Haddad', 'said'],
  ['a name modifying the role words', '“October gave us hope,” said former Netanyahu adviser Dan Meron.', 'October gave us hope', 'direct', 'Dan Meron', 'Dan Meron', 'said'],
  ['a place modifying the role words', '“There is speculation,” said former Utah governor Michael Leavitt, a confidant.', 'There is speculation', 'direct', 'Michael Leavitt', 'Michael Leavitt', 'said'],
  ['any verb in the past tense after a question', '“Would it be negotiable?” Harris pressed.', 'Would it be negotiable', 'direct', 'Harris', 'Kamala Harris', 'pressed'],
  ['any verb in the past tense after a comma', '“I would say this,” Naim answered.', 'I would say this', 'direct', 'Naim', 'Bassem Naim', 'answered'],
  ['an inverted verb in the past tense', '“This is fantastic!” beamed Donald Hartley of Madison, Alabama.', 'This is fantastic', 'direct', 'Donald Hartley', 'Donald Hartley', 'beamed'],
  ['a clause with any verb introducing the quotation', 'As Naim pointed out in December, “The delegates will have chances to change it.”', 'The delegates will have', 'direct', 'Naim', 'Bassem Naim', null],
  ['a name as the label before a colon', 'Polls agree - Kamala Harris: “One of the biggest lessons was a simple one.”', 'One of the biggest', 'direct', 'Kamala Harris', 'Kamala Harris', null],
  ['the attribution after a comma-closed quotation over a cue before it', 'The four “loopholes” he cited are “the ability to use real estate losses,” the Halvard Times reported.', 'real estate losses', 'partial', 'Halvard Times', 'Halvard Times', 'reported'],
  ['a cue after a quotation that quotes again opens a sentence of its own', 'Netanyahu said Hamas “caused death.” Harris called the offer a “fair deal.”', 'caused death', 'partial', 'Netanyahu', 'Benjamin Netanyahu', 'said'],
  ['the sentence after it keeps its own speaker', 'Netanyahu said Hamas “caused death.” Harris called the offer a “fair deal.”', 'fair deal', 'partial', 'Harris', 'Kamala Harris', 'called'],
  ['a fragment closed by a comma, then a titled name and its cue', 'Voters are “looking to see who is on the other side,” Hamas spokesman Bassem Naim said.', 'looking to see', 'partial', 'Bassem Naim', 'Bassem Naim', 'said'],
  ['a capitalised common noun that opens the sentence', 'Police say they have “adequate resources” to secure the city.', 'adequate resources', 'partial', 'Police', null, 'say'],
  ['infinitive cue takes the subject', 'Harris took to the podium to urge Hamas to accept what she called a “fair offer.”', 'fair offer', 'partial', 'Harris', 'Kamala Harris', 'urge'],
];

describe('attribution patterns', () => {
  it.each(POSITIVES)('%s', (_name, paragraph, words, kind, mention, name, cue) => {
    const { quotes } = quotesOf(CONTEXT + paragraph);
    const q = quotes.find((x) => x.kind !== 'indirect' && x.text.includes(words));
    expect(q, `no quote holding "${words}"`).toBeDefined();
    expect(q!.kind).toBe(kind);
    expect(q!.speaker?.mention).toBe(mention);
    expect(q!.speaker?.name).toBe(name);
    expect(q!.cue).toBe(cue);
    const body = CONTEXT + paragraph;
    expect(body.slice(q!.speaker!.start, q!.speaker!.end)).toBe(mention);
    expect(body.slice(q!.start, q!.end)).toContain(words);
  });

  it('a quotation split by its attribution is one quote with one speaker', () => {
    const { quotes } = quotesOf(`${CONTEXT}“We tried,” Naim said, “and we failed.”`);
    const direct = quotes.filter((q) => q.kind !== 'indirect');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.text).toBe('We tried and we failed.');
    expect(direct[0]!.speaker?.name).toBe('Bassem Naim');
  });

  it('a paragraph that only continues the quotation keeps the speaker, with less confidence', () => {
    const { quotes } = quotesOf(`${CONTEXT}“We are ready,” Naim said.\n\n“We have been ready for weeks and nobody listened to us.”`);
    const [first, second] = quotes.filter((q) => q.kind !== 'indirect');
    expect(second!.speaker?.name).toBe('Bassem Naim');
    expect(second!.confidence).toBeLessThan(first!.confidence);
  });

  it('recipient and date of the remark', () => {
    const { quotes } = quotesOf(`${CONTEXT}On Feb. 11, he told ABC News, “Victory is within reach.”\n\n“It is impossible to know,” Naim told the BBC.`);
    expect(quotes.map((q) => [q.recipient, q.date])).toEqual([['ABC News', '2024-02-11'], ['the BBC', null]]);
  });

  it('"in an interview with" names the recipient', () => {
    const { quotes } = quotesOf(`${CONTEXT}“We will not stop,” Netanyahu said in an interview with Fox News.`);
    expect(quotes[0]!.recipient).toBe('Fox News');
  });

  // False positives of the role-word walk and the verb after a quotation: a speaker, but not this one.
  it.each([
    ['a verb after a quotation that ends its sentence', 'Naim spoke first. “We want no more war.” Police watched.', 'no more war', 'Police'],
    ['role words that run into another clause', 'Republicans seethed after the disclosure that Netanyahu adviser Dan Meron had “work-related” emails.', 'work-related', 'Dan Meron'],
    ['a name before a colon that is the listener', 'Netanyahu told Harris: “We will not stop.”', 'We will not stop', 'Kamala Harris'],
    ['a verb after a quotation that ends in a period', 'Harris said the talks would go on: “We keep trying.” Naim waited.', 'We keep trying', 'Bassem Naim'],
  ])('%s: not attributed to the wrong person', (_name, paragraph, words, wrong) => {
    const { quotes } = quotesOf(CONTEXT + paragraph);
    const q = quotes.find((x) => x.kind !== 'indirect' && x.text.includes(words));
    expect(q?.speaker?.name ?? null).not.toBe(wrong);
    expect(q?.speaker?.mention ?? null).not.toBe(wrong);
  });

  // False positives: quoted words that are nobody's speech.
  it.each([
    ['scare quotes', 'The so-called “peace plan” was never published.'],
    ['a title after a possessive', 'The story ran on CBS’s “Face the Nation” last week.'],
    ['a film title', 'Critics loved the film “Oppenheimer” this summer.'],
    ['a short capitalised name with no cue', 'The “Iron Dome” system intercepted most rockets.'],
    ['a fragment in a sentence with no speaker', 'The ceasefire talks in Cairo were described in reports as “stalled.”'],
    ['inch marks', 'The shell left a 12" crater in the road near the school.'],
    ['apostrophes', "The Americans' court was never the Israelis' problem."],
  ])('%s: no quote', (_name, paragraph) => {
    const { quotes } = quotesOf(CONTEXT + paragraph);
    expect(quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { enrichText } from '../../src/index.js';

// The publication day is a Wednesday: "Tuesday" is 2024-03-05, "Monday" 2024-03-04, "Thursday" 2024-03-07.
const read = (text: string) => enrichText(text, { publishedAt: '2024-03-06' });
/** Each event as "trigger@date". */
const timeline = (text: string) => read(text).events.map((e) => `${e.trigger.text}@${e.date.value}`);

describe('dated events: the word a time anchors', () => {
  // [rule, body, the events expected among the record's]
  it.each([
    ['the nearest verb before the time', 'Ceasefire talks in Cairo fell apart on Tuesday.', ['fell@2024-03-05']],
    ['a verb after the time, between subject and verb', 'Vice President Kamala Harris on Monday called on the group to accept.', ['called@2024-03-04']],
    ['the main verb after an opening time', 'On Feb. 11, he told ABC News that victory was near.', ['told@2024-02-11']],
    ['an event noun the time modifies', 'Survivors of the Oct. 7 assault met the premier.', ['assault@2023-10-07']],
    ['a possessive time before its noun', 'Tuesday’s vote was close.', ['vote@2024-03-05']],
    ['a plain modifier between the time and its noun', 'Critics recalled the Oct. 7 surprise assault.', ['assault@2023-10-07']],
    ['a bare form after "will"', 'Ortega will testify Thursday before the committee.', ['testify@2024-03-07']],
    ['a verb and the event noun between it and the time', 'More than 250 people were kidnapped during the assault on the Negev on Oct. 7, in which some 1,200 people were killed.', ['kidnapped@2023-10-07', 'assault@2023-10-07', 'killed@2023-10-07']],
    ['an opening phrase dates the main clause too', 'Addressing the nation on Feb. 17, the premier said the war would go on.', ['Addressing@2024-02-17', 'said@2024-02-17']],
    ['two times, each with its own verb', 'The talks, which began Monday and collapsed Tuesday, were the third round.', ['began@2024-03-04', 'collapsed@2024-03-05']],
    ['a clause opened by "when"', 'The lesson was brought home today when tons of earth cascaded down a hillside.', ['cascaded@2024-03-06']],
    ['the verb that heads the dated one', 'He is expected to meet the envoy on Thursday.', ['meet@2024-03-07', 'expected@2024-03-07']],
    ['a participle that goes with the dated verb', 'King Hussein arrived in Washington on Tuesday seeking to mediate.', ['arrived@2024-03-05', 'seeking@2024-03-05']],
    ['past the commas when the clause holds no verb', 'He was kidnapped from his small, neighborhood store at 10 p.m. Wednesday, police said.', ['kidnapped@2024-03-06T22:00']],
  ])('%s', (_rule, body, expected) => {
    const got = timeline(body);
    for (const e of expected) expect(got, got.join(', ')).toContain(e);
  });

  it('the trigger, the clause and the date point into the body', () => {
    const body = 'Talks in Cairo fell apart on Tuesday; the envoys will return on Thursday.';
    const r = read(body);
    expect(r.events.length).toBe(2);
    for (const e of r.events) {
      expect(body.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(body.slice(e.start, e.end)).toBe(e.text);
      expect(e.start <= e.trigger.start && e.trigger.end <= e.end).toBe(true);
      expect(e.start <= e.date.start && e.date.end <= e.end).toBe(true);
    }
    // One clause each, not the whole sentence.
    expect(r.events.map((e) => e.text)).toEqual(['Talks in Cairo fell apart on Tuesday', 'the envoys will return on Thursday.']);
  });

  it('actors are the people and organisations named in the clause, with their ids', () => {
    const r = read('Maria Lopez met Brightline Bank officials on Monday.\n\n“It went well,” Lopez said.');
    const e = r.events.find((x) => x.trigger.text === 'met');
    expect(e?.actors).toContain('Maria Lopez');
    const lopez = r.people.find((p) => p.name === 'Maria Lopez');
    expect(lopez).toBeDefined();
    expect(e?.actorIds).toContain(lopez!.id);
  });

  // [body, quoted words, the quote's date]: a quote is dated by the event of its cue, so the two agree.
  it.each([
    ['On Feb. 11, he told ABC News, “Victory is within reach.”', 'Victory', '2024-02-11'],
    ['“We are ready,” Ortega said Tuesday.', 'We are ready', '2024-03-05'],
    ['“We will vote on Friday,” Ortega said Monday.', 'We will vote', '2024-03-04'],
    // Not dated: a date in the quotation, a date of something else in the sentence.
    ['“The vote is on Friday,” Ortega said.', 'The vote is', null],
    ['“It was a mistake,” said Ortega, who will testify Thursday.', 'It was a mistake', null],
  ])('%s', (body, quoted, date) => {
    const r = read(body);
    const q = r.quotes.find((x) => x.text.includes(quoted));
    expect(q).toBeDefined();
    expect(q!.date).toBe(date);
    if (date) expect(r.events.some((e) => e.trigger.text === q!.cue && e.date.value === q!.date)).toBe(true);
  });
});

describe('dated events: what anchors nothing, or not that word', () => {
  it.each([
    // A time inside a quotation dates the words of the quotation, never the remark around it.
    ['a date inside a quotation dated otherwise', '“We will vote on Friday,” Ortega said Monday.', ['said@2024-03-04', 'vote@2024-03-08'], ['said@2024-03-08', 'vote@2024-03-04']],
    // A duration is no date: nothing happened "for six weeks".
    ['a duration anchors nothing', 'The ceasefire held for six weeks.', [], ['held@P6W']],
    // An unresolved or deictic time anchors nothing: no timeline entry can be placed.
    ['a time that is not placed', 'Prices are rising now.', [], ['rising@PRESENT_REF']],
    // A noun after a time that only follows a verb is not modified by it.
    ['a verb-like noun after a determiner or a number', 'Intel fell 87.5 cents to $32 a share yesterday.', ['fell@2024-03-05'], ['share@2024-03-05']],
    ['a noun after an adverbial time', 'The ambassador left Tuesday for consultations in Damascus.', ['left@2024-03-05'], ['consultations@2024-03-05']],
  ])('%s', (_rule, body, want, never) => {
    const got = timeline(body);
    for (const w of want) expect(got, got.join(', ')).toContain(w);
    for (const n of never) expect(got, got.join(', ')).not.toContain(n);
  });

  it('a date in a headline-cased title line anchors no event of the body', () => {
    const r = enrichText('Talks Resume Monday After Long Pause\n\nThe envoys arrived in Cairo on Tuesday.', { publishedAt: '2024-03-06' });
    // Only the body's own sentence is a dated event, dated by its own time.
    expect(r.events.every((e) => e.date.value === '2024-03-05' || e.trigger.text !== 'arrived')).toBe(true);
    expect(r.events.some((e) => e.trigger.text === 'arrived' && e.date.value === '2024-03-05')).toBe(true);
  });
});

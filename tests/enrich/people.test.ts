import { describe, expect, it } from 'vitest';
import { documentOf, namesOf, quotesOf } from './helpers.js';

const names = (text: string) => namesOf(documentOf(text)).filter((n) => n.person).map((n) => ({ name: n.text, roles: n.roles }));

describe('names', () => {
  it.each([
    ['title split off', 'U.S. Vice President Kamala Harris spoke.', [{ name: 'Kamala Harris', roles: ['U.S. Vice President'] }]],
    ['pre-modifier role', 'Senior Hamas official Bassem Naim spoke.', [{ name: 'Bassem Naim', roles: ['Senior Hamas official'] }]],
    ['apposition role', 'Mahlon Davidson, interim CEO of the museum, spoke.', [{ name: 'Mahlon Davidson', roles: ['interim CEO of the museum'] }]],
    ['honorific is not a role', 'Mr. Smith spoke.', [{ name: 'Smith', roles: [] }]],
    ['suffix and initial', 'Vann R. Newkirk II wrote it.', [{ name: 'Vann R. Newkirk II', roles: [] }]],
    ['particles', 'Ursula von der Leyen spoke.', [{ name: 'Ursula von der Leyen', roles: [] }]],
    ['possessive dropped', 'Donald Trump’s plan failed.', [{ name: 'Donald Trump', roles: [] }]],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // Not people: places, organisations, groups, sentence-opening words.
  it.each([
    'The Gaza Strip was quiet.',
    'New York voted late.',
    'The White House declined.',
    'Israeli forces moved in.',
    'However the talks failed.',
    'Senior Hamas official spoke.',
    'The BBC News reported it.',
  ])('"%s" names no person', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('people and mentions', () => {
  const story = [
    'Prime Minister Benjamin Netanyahu met U.S. Vice President Kamala Harris on Monday.',
    '“We will fight on,” the premier said.',
    'She thanked Israel for its “constructive approach.”',
    '“Victory is within reach,” he told ABC News.',
    '“We will keep talking,” Netanyahu said.',
  ].join('\n\n');

  it('merges surname, role-noun and pronoun mentions with the fullest name', () => {
    const { people } = quotesOf(story);
    const bibi = people.find((p) => p.name === 'Benjamin Netanyahu');
    expect(bibi?.mentions.map((m) => m.text)).toEqual(['Benjamin Netanyahu', 'the premier', 'he', 'Netanyahu']);
    expect(bibi?.roles).toEqual(['Prime Minister']);
    const harris = people.find((p) => p.name === 'Kamala Harris');
    expect(harris?.mentions.map((m) => m.text)).toEqual(['Kamala Harris', 'She']);
    for (const p of people) for (const m of p.mentions) expect(story.slice(m.start, m.end)).toBe(m.text);
  });

  it('quote speakers point at people by id', () => {
    const { people, quotes } = quotesOf(story);
    for (const q of quotes.filter((x) => x.speaker?.personId)) {
      expect(people.find((p) => p.id === q.speaker!.personId)?.name).toBe(q.speaker!.name);
    }
  });

  it('lists only people who are quoted or a source', () => {
    const { people } = quotesOf('John Smith met Jane Doe in Paris.\n\n“We agreed,” Doe said.');
    expect(people.map((p) => p.name)).toEqual(['Jane Doe']);
  });

  it('an unresolvable pronoun stays unresolved, with low confidence', () => {
    const { quotes } = quotesOf('The storm hit the coast overnight.\n\n“It was terrifying,” she said.');
    expect(quotes[0]!.speaker?.mention).toBe('she');
    expect(quotes[0]!.speaker?.name).toBeNull();
    expect(quotes[0]!.confidence).toBeLessThan(0.5);
  });
});

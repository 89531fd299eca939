import { describe, expect, it } from 'vitest';
import { enrichText } from '../../src/index.js';

const read = (text: string) => enrichText(text, { publishedAt: '2024-03-06' });
const speakerOf = (text: string, quoted: string) => read(text).quotes.find((q) => q.text.includes(quoted))?.speaker ?? null;

describe('people: who is named', () => {
  // [class, body, the person expected with a role (or null), quoted words, the speaker's resolved name]
  it.each([
    ['role apposition holding an organisation', 'Dana Ruiz, chief economist at Halvard Capital Ltd., said the deal was dead.\n\n“It will not come back,” Ruiz said.', 'Dana Ruiz', 'It will not come back', 'Dana Ruiz'],
    ['several appositions before the cue', '“It is an invasion of our domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said on Tuesday.', 'Scott Pruitt', 'It is an invasion', 'Scott Pruitt'],
    ['plural title glued to the name', 'Sens. Jon Tester and David Vitter spoke.\n\n“Every time you say that, you give them ammunition,” Tester said.', 'Jon Tester', 'Every time you say that', 'Jon Tester'],
    ['party label glued to the name', 'Republican Tom Harlan opposed the bill.\n\n“It is dead,” Harlan said.', 'Tom Harlan', 'It is dead', 'Tom Harlan'],
    ['a place before the name', 'Special envoy to Ukraine Ana Petrova arrived on Monday.\n\n“We are ready,” Petrova said.', 'Ana Petrova', 'We are ready', 'Ana Petrova'],
    ['honorific and surname merge with the full name', 'Maria Lopez chairs the panel.\n\n“We will vote,” Ms. Lopez said.', 'Maria Lopez', 'We will vote', 'Maria Lopez'],
    ['an organisation and role words before the name', '“He did all the things right,” said MSNBC host Chris Matthews.', 'Chris Matthews', 'He did all the things', 'Chris Matthews'],
    ['a name in capitals is written as a name', 'TOM HARLAN, the senator, said the deal was dead.\n\n“It is over,” Harlan said.', 'Tom Harlan', 'It is over', 'Tom Harlan'],
    ['a transcript label in capitals is the person named', 'Tom Harlan spoke to the chamber.\n\nHARLAN: We will fight on, “whatever it takes,” HARLAN said.', 'Tom Harlan', 'whatever it takes', 'Tom Harlan'],
    ['a nickname in quotation marks', 'Marcia "Cia" Price spoke to the crowd on Monday.\n\n"The nation is watching," Price said.', 'Marcia "Cia" Price', 'The nation is watching', 'Marcia "Cia" Price'],
    ['a relative pronoun speaks for the name before it', 'Donald Trump and Bernie Sanders oppose the pact.\n\nContrast that with Trump, who has called the pact “insanity,” and with the others.', 'Donald Trump', 'insanity', 'Donald Trump'],
    ['the subject after an opening phrase with no comma', 'Maria Lopez chairs the panel.\n\nFollowing Monday’s vote Lopez did a review of the claim that there were “thousands of errors” in the count.', 'Maria Lopez', 'thousands of errors', 'Maria Lopez'],
    ['the subject after a fragment quoted in an opening phrase', 'Tim Allen spoke on Tuesday.\n\nAcknowledging that the plan “says a lot of stupid stuff,” though, Allen did suggest that it would pass.', 'Tim Allen', 'says a lot of stupid stuff', 'Tim Allen'],
    ['an attribution after the cue that closes the sentence', 'Christine Link spoke on Monday.\n\nCouple global exposure with a “candidate who is a lightning rod” and voters get nervous, said Christine Link.', 'Christine Link', 'lightning rod', 'Christine Link'],
    ['an owner\'s possessive before the name', 'As RealClearPolitics’ David Byler pointed out in December, the rules can change.\n\n“It is open,” Byler said.', 'David Byler', 'It is open', 'David Byler'],
    ['two descriptions under one article', 'Hillary Clinton spoke out on Tuesday.\n\nOn the show, the former secretary of state and current Democratic presidential nominee said she wanted to speak “directly to white people” about it.', 'Hillary Clinton', 'directly to white people', 'Hillary Clinton'],
    ['the person before "of" an organisation', 'Peter Morgan works on the coal deal.\n\n“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.', 'Peter Morgan', 'least bad outcome', 'Peter Morgan'],
  ])('%s', (_class, body, person, quoted, name) => {
    const r = read(body);
    expect(r.people.map((p) => p.name)).toContain(person);
    expect(speakerOf(body, quoted)?.name).toBe(name);
    for (const p of r.people) for (const m of p.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  // Not people: titles, party words, places, a name inside a quotation or a headline-style passage.
  it.each([
    ['a title alone', 'The Senator spoke for an hour.\n\n“We are done,” the Senator said.', ['Senator']],
    ['party words', 'Republicans said the bill was dead, and Democrats agreed.', ['Republicans', 'Democrats']],
    ['a place that speaks', 'Ukraine said on Monday that “talks are over.”', ['Ukraine']],
    ['a name inside a quotation', '“Tell John Baker we are done,” Maria Lopez said.', ['John Baker', 'Baker']],
    ['a headline-style passage', 'Senator Says The Deal Is Dead After Talks With Brightline Bank\n\n“It is over,” Maria Lopez said.', ['Senator Says', 'Says The Deal', 'The Deal Is Dead']],
    ['an all-caps passage', 'BREAKING NEWS: SENATOR SAYS THE DEAL IS DEAD\n\n“It is over,” Maria Lopez said.', ['SENATOR SAYS', 'BREAKING NEWS', 'SENATOR']],
  ])('%s names no such person', (_class, body, never) => {
    const names = read(body).people.map((p) => p.name);
    for (const n of never) expect(names).not.toContain(n);
  });
});

describe('not names: a common word that opens its sentence', () => {
  it.each([
    ['a participle before a weekday', 'Following Monday’s vote the panel met. “It went well,” the mayor said.', ['Following Monday', 'Following']],
    ['a participle before a comma', 'Citing the attack, the mayor spoke. “We are ready,” she said.', ['Citing']],
    ['a noun that speaks', 'Pressure is building on the city, and “nobody knows why,” the mayor said.', ['Pressure']],
  ])('%s', (_class, body, never) => {
    const r = read(body);
    const names = [...r.people, ...r.organizations].map((p) => p.name);
    for (const n of never) expect(names).not.toContain(n);
  });

  it('the same word written capitalised inside a sentence is a name', () => {
    const r = read('Following the vote, the panel met. The panel thanked Mark Citing for the work.\n\n“It went well,” Citing said.');
    expect(r.quotes.find((q) => q.text.includes('went well'))?.speaker?.name).toBe('Mark Citing');
  });
});

describe('organisations', () => {
  it.each([
    ['the bank after its name', 'Brightline Bank cut its rates on Monday.\n\n“We had no choice,” the bank said.', 'Brightline Bank', 'We had no choice'],
    ['the newspaper after its name', 'The Halvard Times printed the letter.\n\n“We stand by it,” the newspaper said.', 'Halvard Times', 'We stand by it'],
    ['an organisation named with "of"', 'The Association of Flight Attendants backed her.\n\n“She is a champion,” the union wrote.', 'Association of Flight Attendants', 'She is a champion'],
    ['a group that speaks and is called "the group"', 'Hamas claims that it has no idea where the hostages are. Washington called on the terrorist group to accept.\n\n“We want a deal,” Hamas said.', 'Hamas', 'We want a deal'],
    ['a campaign named by its candidate', 'Donald Trump spoke in Ohio on Monday.\n\n“We have the votes,” the Trump campaign said.', 'Trump campaign', 'We have the votes'],
    ['"it" after the organisation', 'The International Atomic Energy Agency met on Friday.\n\n“This is a clear violation,” it said.', 'International Atomic Energy Agency', 'This is a clear violation'],
  ])('%s', (_class, body, org, quoted) => {
    const r = read(body);
    const o = r.organizations.find((x) => x.name.replace(/^The /, '') === org);
    expect(o, r.organizations.map((x) => x.name).join(', ')).toBeDefined();
    const s = speakerOf(body, quoted);
    expect(s?.name?.replace(/^The /, '')).toBe(org);
    expect(s?.organizationId).toBe(o!.id);
    expect(s?.personId).toBeNull();
    for (const m of o!.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('merges the mentions of an organisation: its name, a shorter name, a common noun', () => {
    const r = read('The United Nations Security Council met on Friday.\n\nThe Security Council issued a statement. Later the council said it would act.');
    const council = r.organizations.find((o) => o.name === 'United Nations Security Council');
    expect(council?.mentions.map((m) => m.text)).toEqual(['United Nations Security Council', 'Security Council', 'the council']);
  });

  // Not organisations: a common word that opens a sentence, a party adjective, a place that does not speak.
  it.each([
    ['a noun that opens the sentence', 'Pressure is building on the mayor, who was greeted with chants of “Bobby!” at a rally.', 'Pressure'],
    ['a party adjective', 'Republican claims were rated “false” more often, the study found.', 'Republican'],
    ['a place that does not speak', 'The talks in Cairo ended on Tuesday.\n\n“We will return,” Maria Lopez said.', 'Cairo'],
  ])('%s is no organisation', (_class, body, never) => {
    expect(read(body).organizations.map((o) => o.name)).not.toContain(never);
  });

  it.each([
    ['a headline-cased line', 'Senator Says The Deal Is Dead After Talks With Brightline Bank\n\n“It is over,” Maria Lopez said.', ['Brightline Bank'], ['Senator', 'Senator Says The Deal Is Dead After Talks With Brightline Bank']],
    ['a shouted line', 'BREAKING NEWS: SENATOR SAYS THE DEAL IS DEAD AT BRIGHTLINE BANK\n\n“It is over,” Maria Lopez said.', ['BRIGHTLINE BANK'], ['SENATOR', 'BREAKING NEWS', 'SENATOR SAYS THE DEAL IS DEAD AT BRIGHTLINE BANK']],
  ])('%s: only the names in it are organisations', (_class, body, want, never) => {
    const orgs = read(body).organizations.map((o) => o.name);
    for (const w of want) expect(orgs).toContain(w);
    for (const n of never) expect(orgs).not.toContain(n);
  });

  // A common noun the story never ties to a name is no one's name.
  it.each([
    ['no bank was named', 'Rates rose again on Monday.\n\n“We had no choice,” the bank said.', 'We had no choice'],
    ['a newspaper, never named', 'The letter was printed on Sunday.\n\n“We stand by it,” the newspaper said.', 'We stand by it'],
    ['the bank noun does not take a newspaper', 'The Halvard Times printed the letter.\n\n“We had no choice,” the bank said.', 'We had no choice'],
  ])('%s: the speaker has no name', (_class, body, quoted) => {
    const s = speakerOf(body, quoted);
    expect(s).not.toBeNull();
    expect(s!.name).toBeNull();
    expect(s!.resolvedBy).toBeNull();
  });
});

describe('pronouns', () => {
  it.each([
    ['the subject, not the possessive', 'Chris Matthews said Mike Pence’s performance was strong.\n\n“I think that may be important,” he said.', 'I think that may be important', 'Chris Matthews', 'pronoun'],
    ['the quote chain', 'Ed Rendell spoke with Bernie Sanders on Monday.\n\n“There is no chance,” Rendell said.\n\n“It will dispel any doubts,” he said.', 'It will dispel', 'Ed Rendell', 'pronoun'],
    ['by gender', 'Prime Minister Benjamin Netanyahu met Vice President Kamala Harris.\n\n“We will talk,” she said.', 'We will talk', 'Kamala Harris', 'pronoun'],
    ['a first name with the other gender\'s pronoun, just quoted', '“They are 100 percent wrong,” said widow Terry Strada. She continued, “All we ask is an opportunity.”', 'All we ask', 'Terry Strada', 'pronoun'],
  ])('%s', (_class, body, quoted, name, pass) => {
    const s = speakerOf(body, quoted);
    expect(s?.name).toBe(name);
    expect(s?.resolvedBy).toBe(pass);
  });

  it('a name inside a quotation is never the antecedent', () => {
    const s = speakerOf('The storm hit overnight.\n\n“John Baker called us,” a neighbour told reporters. “It was terrifying,” he said.', 'It was terrifying');
    expect(s?.name).not.toBe('John Baker');
  });
});

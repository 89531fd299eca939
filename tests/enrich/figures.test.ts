import { describe, expect, it } from 'vitest';
import { enrichText } from '../../src/index.js';

const figures = (text: string) => enrichText(text, { enrich: { quotes: true, events: false } }).figures;
const first = (text: string) => figures(text)[0];

describe('number forms', () => {
  it.each([
    ['digits with separators', 'Some 1,200 people were killed.', 1200],
    ['decimals', 'The index rose 2.35 points.', 2.35],
    ['words', 'Two people were hurt.', 2],
    ['hyphenated words', 'Twenty-five people were hurt.', 25],
    ['composed words', 'Three hundred and twenty people came.', 320],
    ['composed scales', 'It cost one million two hundred thousand dollars.', 1.2e6],
    ['a repeated scale starts a new number', 'Two thousand people came, then two thousand more.', 2000],
    ['a dozen', 'A dozen people were hurt.', 12],
    ['half a million', 'Half a million people marched.', 500000],
    ['multiplier word', 'The deal is worth 1.5 billion dollars.', 1.5e9],
    ['multiplier suffix with currency', 'It raised $2bn last year.', 2e9],
    ['euro suffix', 'The fine was €1.4bn.', 1.4e9],
    ['million suffix', 'The club paid 3.2m for him.', 3.2e6],
    ['percent sign', 'Turnout was 30% this year.', 30],
    ['percent word', 'Turnout was 30 percent this year.', 30],
    ['per cent', 'Turnout was 30 per cent this year.', 30],
    ['fraction', 'Two-thirds of voters agreed.', 2 / 3],
    ['fraction phrase', 'A third of those screened were ill.', 1 / 3],
    ['hyphen modifier', 'They agreed a six-week ceasefire.', 6],
    ['age', 'A 10-year-old boy was found.', 10],
    ['glued unit', 'The plan gives you 54GB of data.', 54],
    ['negative', 'The offense gained -5 yards.', -5],
    ['one and a half', 'It took one and a half hours.', 1.5],
    ['and a half million', 'Five and a half million people voted.', 5.5e6],
    ['one in five', 'One in five adults smoke.', 0.2],
    ['digits in words', 'Only 1 in twenty adults smoke.', 0.05],
    ['more than half', 'More than half voted.', 0.5],
    ['lakh crore', 'The plan costs three lakh crore rupees.', 3e12],
    ['and three quarters', 'It weighed one hundred and three quarters pounds.', 100.75],
  ])('%s', (_name, text, value) => {
    expect(first(text)?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ['range with to', 'Between 3 and 5 people were hurt.', 3, 5],
    ['range with a dash and a noun', 'A 15-22 mph wind blew.', 15, 22],
    ['from-to', 'Prices went from 10 to 20 dollars.', 10, 20],
    ['range in words', 'Between three and five people were hurt.', 3, 5],
    ['range with through', 'Ages 20 through 30 were invited.', 20, 30],
    ['range with an upper-case multiplier', 'Sales reached 1.5-2.3 M units.', 1.5e6, 2.3e6],
    ['a range of a change, its unit after the second number', 'Output grew 5 to 10 per cent.', 5, 10],
  ])('%s', (_name, text, low, high) => {
    const f = first(text);
    expect([f?.qualifier, f?.low, f?.high]).toEqual(['range', low, high]);
  });

  it.each([
    ['thousands', 'Thousands were wounded.', 1000],
    ['dozens', 'Dozens of people were killed.', 12],
    ['hundreds of thousands', 'Hundreds of thousands fled.', 100000],
  ])('vague: %s', (_name, text, low) => {
    const f = first(text);
    expect([f?.value, f?.qualifier, f?.low]).toEqual([null, 'vague', low]);
  });

  // False positives: numbers that are not quantities.
  it.each([
    ['dates', 'The attack came on Oct. 7 and the talks on 17 February.'],
    ['a year', 'The war began in 2023 and ended in 2024.'],
    ['clock times', 'The meeting began at 9 a.m. and ran to 10:30.'],
    ['ordinals', 'It was the 3rd attempt and the 21st century.'],
    ['phone numbers', 'Call 555-1234 for details.'],
    ['IDs and product names', 'He bought an iPhone 11 and a Galaxy S21 with code A-113.'],
    ['scores', 'Chelsea won 2-1 thanks to a late goal.'],
    ['URLs', 'See https://example.com/2024/story-123 for more.'],
    ['one of', 'It is one of the best phones around.'],
    ['a year before a word that is not a plural', 'Compass, which he founded in 2012 as a start-up, grew fast.'],
    ['a number word in a name', 'His call of the Kick Six win over Alabama made World War Two look calm.'],
    ['a model name', 'Apple showed the iPhone 11 Pro and 11 Pro Max, then the 7 Plus.'],
    ['a year after a determiner, before a plural', 'The 1998 bombings and its 2016 elections changed the country.'],
    ['a route number and an ordinal amendment', 'Traffic on Route 66 grew after the 19th amendment was passed.'],
  ])('%s: no figure', (_name, text) => {
    expect(figures(text).map((f) => f.text)).toEqual([]);
  });

  // The same shapes that are quantities.
  it.each([
    ['a capitalised number word opening a sentence', 'Six people died on Tuesday.', 6],
    ['a capitalised number word after a lower-case word', 'He said Three people died.', 3],
    ['a count after a year-like number with a plural', 'The firm sold 2012 cars last year.', 2012],
    ['a lower-case word after the number', 'The firm hired 11 professionals.', 11],
    ['a change and then a level', 'Shares rose 5% to 6.7%.', 5],
    ['a count of that size, written with its comma', 'The 1,998 votes were counted twice.', 1998],
  ])('%s', (_name, text, value) => {
    expect(first(text)?.value).toBe(value);
  });
});

describe('qualifiers', () => {
  it.each([
    ['more than', 'More than 250 people were kidnapped.', 'more-than', 250, null],
    ['over', 'Over 40 people died.', 'more-than', 40, null],
    ['at least', 'At least 12 were hurt.', 'at-least', 12, null],
    ['less than', 'Less than 5 percent voted.', 'less-than', null, 5],
    ['fewer than', 'Fewer than 10 people came.', 'less-than', null, 10],
    ['up to', 'Up to 300 homes were flooded.', 'at-most', null, 300],
    ['no more than', 'No more than 50 people may gather.', 'at-most', null, 50],
    ['some', 'Some 1,200 people were killed.', 'approximate', null, null],
    ['about', 'About 40 people came.', 'approximate', null, null],
    ['an estimated', 'An estimated 5,000 fled.', 'approximate', null, null],
    ['nearly', 'Nearly 90 people were hurt.', 'approximate', null, null],
    ['exact', 'Israel says 134 hostages remain.', 'exact', null, null],
    ['or older after the number', 'Adults aged 65 or older were first.', 'at-least', 65, null],
    ['or fewer after the number', 'Groups of 10 or fewer may meet.', 'at-most', null, 10],
  ])('%s', (_name, text, qualifier, low, high) => {
    const f = first(text);
    expect([f?.qualifier, f?.low, f?.high]).toEqual([qualifier, low, high]);
  });

  it.each([
    ['rose', 'Sales rose 60% in 2018.', 'up'],
    ['was up', 'Crude was up 19 cents.', 'up'],
    ['lost', 'The Dow lost 190 points.', 'down'],
    ['a verb, its object, then by', 'The brand expects to grow sales by 35 per cent.', 'up'],
    ['cut an object by', 'The airline will cut its workforce by 10%.', 'down'],
    ['increased by', 'The deficit increased by $43.6 billion.', 'up'],
    // false positives
    ['no change', 'The Dow closed at 26,000 points.', null],
    ['an article before the number', 'Hosmer added a 30 degree homer in the sixth.', null],
    ['lost a lead', 'The Jets lost a 10-point lead.', null],
    ['an adverb across an object', 'The council voted down the plan by 52 votes.', null],
    ['by after an unrelated verb', 'The bill was passed by 52 votes.', null],
  ])('change: %s', (_name, text, change) => {
    expect(first(text)?.change).toBe(change);
  });

  it('a lower and an upper bound joined by "and" are one range', () => {
    expect(figures('The rate was more than 10 and less than 20 percent.').map((f) => [f.qualifier, f.low, f.high])).toEqual([['range', 10, 20]]);
  });

  it('"rose 0.7 percent to 6,327.80" is a change and a level, not a range', () => {
    expect(figures('The index gained 0.7 percent to 6,327.80.').map((f) => [f.value, f.qualifier, f.change])).toEqual([[0.7, 'exact', 'up'], [6327.8, 'exact', null]]);
  });
});

describe('what is counted, what happened, who says so', () => {
  const story = 'Israel estimates that 134 hostages remain in Gaza of whom 32 are dead. More than 250 people were kidnapped during the assault, in which some 1,200 people were killed and thousands more wounded.';
  it.each([
    [134, 'hostages', 'remain', 'hostages', 'Israel'],
    [32, 'hostages', 'dead', 'casualties', 'Israel'],
    [250, 'people', 'kidnapped', 'hostages', null],
    [1200, 'people', 'killed', 'casualties', null],
  ])('%s', (value, subject, measure, category, source) => {
    const f = figures(story).find((x) => x.value === value);
    expect([f?.subject, f?.measure, f?.category, f?.source]).toEqual([subject, measure, category, source]);
    expect(story.slice(f!.start, f!.end)).toBe(f!.text);
  });

  // [sentence, value, subject, measure, category]
  it.each([
    ['a verb before the count', 'The 1998 bombings killed 224 people.', 224, 'people', 'killed', 'casualties'],
    ['a verb and a qualifier before the count', 'The strike destroyed the school, killing at least 40 civilians.', 40, 'civilians', 'killed', 'casualties'],
    ['"an estimated"', 'The floods displaced an estimated 3,000 families.', 3000, 'families', 'displaced', 'count'],
    ['"remain" after the count', 'Some 134 hostages remain in Gaza.', 134, 'hostages', 'remain', 'hostages'],
    ['"among them" refers back', 'Police detained 40 protesters, among them 12 students.', 12, 'students', null, 'count'],
    ['"of which" refers back', 'The army lost 20 tanks, of which 5 were destroyed.', 5, 'tanks', null, 'count'],
  ])('%s', (_name, sentence, value, subject, measure, category) => {
    const f = figures(sentence).find((x) => x.value === value);
    expect([f?.subject, f?.measure, f?.category]).toEqual([subject, measure, category]);
  });

  // Not what happened to a count: verbs whose object is as often a thing, a verb that is not right before it.
  it.each([
    ['held meetings', 'The envoys held 3 meetings in Cairo.', 3],
    ['released reports', 'The agency released 3 reports on Monday.', 3],
    ['a verb with its own object first', 'The strike killed the commander and hit 12 buildings.', 12],
    ['a money figure', 'The storm killed crops worth $4 million.', 4000000],
  ])('%s: no measure', (_name, sentence, value) => {
    const f = figures(sentence).find((x) => x.value === value);
    expect(f).toBeDefined();
    expect(f!.measure).toBeNull();
  });

  it('a count after "of whom" with no earlier count in its sentence counts nothing named', () => {
    expect(figures('Of whom 32 are dead, no one spoke.').find((x) => x.value === 32)?.subject).toBeNull();
  });

  it('a vague figure takes the measure after "more"', () => {
    const f = figures(story).find((x) => x.qualifier === 'vague');
    expect(f?.measure).toBe('wounded');
  });

  it.each([
    ['money', 'The fund holds $3.5 million.', 'money', 'USD'],
    ['money in words', 'It cost 40 euros.', 'money', 'EUR'],
    ['percent', 'Turnout was 30 percent.', 'percent', 'percent'],
    ['duration', 'After two days of talks they left.', 'duration', 'day'],
    ['age', 'The 34-year-old mother spoke.', 'age', 'year'],
    ['measure', 'The debris spread over 11 km.', 'measure', 'km'],
    ['count', 'Police arrested 40 protesters.', 'count', null],
  ])('category: %s', (_name, text, category, unit) => {
    const f = first(text);
    expect([f?.category, f?.unit]).toEqual([category, unit]);
  });

  // [case, sentence, value, subject, qualifier]
  it.each([
    ['the whole counted noun phrase', 'Three senior defence and intelligence officials said the talks had stalled.', 3, 'senior defence and intelligence officials', 'exact'],
    ['a name before the plural', 'Roughly 4,000 UN peacekeepers are deployed in the area.', 4000, 'UN peacekeepers', 'approximate'],
    ['a time expression after money is not what it counts', 'Copper exports fell 9% to $1.4 billion last quarter.', 1.4e9, null, 'exact'],
    ['"over" a span of days is during it', 'The fighting went on over three days.', 3, null, 'exact'],
    ['"for over" two years is more than two years', 'They have been unemployed for over two years.', 2, null, 'more-than'],
    ['"over" before "of" is more than', 'She has over 20 years of experience.', 20, 'experience', 'more-than'],
  ])('%s', (_name, text, value, subject, qualifier) => {
    const f = figures(text).find((x) => x.value === value);
    expect([f?.subject, f?.qualifier]).toEqual([subject, qualifier]);
  });

  it('the source comes from "according to" too', () => {
    const f = first('According to the health ministry, more than 30 people died in the strike.');
    expect(f?.source).toBe('the health ministry');
  });
});

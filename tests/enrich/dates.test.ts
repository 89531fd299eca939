import { describe, expect, it } from 'vitest';
import { enrichText } from '../../src/index.js';

// 2024-03-06 is a Wednesday.
const dates = (text: string, publishedAt: string | undefined = '2024-03-06') =>
  enrichText(text, { publishedAt, enrich: { quotes: false } }).dates.map((d) => [d.text, d.type, d.value]);

describe('time expressions', () => {
  it.each([
    ['a full date', 'The deal was signed on Feb. 10, 2024.', ['Feb. 10, 2024', 'date', '2024-02-10']],
    ['a date without a year takes the nearest past year', 'The assault came on Oct. 7.', ['Oct. 7', 'date', '2023-10-07']],
    ['a past-tense weekday is the last one', 'The talks fell apart on Tuesday.', ['Tuesday', 'date', '2024-03-05']],
    ['the same weekday is the reference day', 'He spoke on Wednesday.', ['Wednesday', 'date', '2024-03-06']],
    ['a future-tense weekday is the next one', 'The talks will resume on Monday.', ['Monday', 'date', '2024-03-11']],
    ['a month', 'Prices rose in January.', ['January', 'date', '2024-01']],
    ['a bare year', 'The law was passed in 2010.', ['2010', 'date', '2010']],
    ['last week is a week', 'Officials met last week.', ['last week', 'date', '2024-W09']],
    ['this month', 'Sales fell this month.', ['this month', 'date', '2024-03']],
    ['a modifier stays in the extent', 'It opened earlier this year.', ['earlier this year', 'date', '2024']],
    ['a quarter', 'Profit rose in the third quarter.', ['the third quarter', 'date', '2023-Q3']],
    ['a duration from a hyphen modifier', 'They agreed a six-week ceasefire.', ['six-week', 'duration', 'P6W']],
    ['a duration in words', 'After two days of talks they left.', ['two days', 'duration', 'P2D']],
    ['a vague duration, its preposition left out', 'It has been telegraphed for weeks.', ['weeks', 'duration', 'PXW']],
    ['a set', 'The board meets every week.', ['every week', 'set', 'P1W']],
    ['a set in one word', 'The paper publishes daily.', ['daily', 'set', 'P1D']],
    ['last season', 'Talks stalled last fall.', ['last fall', 'date', '2023-FA']],
    ['this season', 'The law takes effect this summer.', ['this summer', 'date', '2024-SU']],
    ['next season', 'Elections are due next winter.', ['next winter', 'date', '2024-WI']],
    ['present reference', 'The group is now divided.', ['now', 'date', 'PRESENT_REF']],
    ['part of a day', 'He spoke this morning.', ['this morning', 'time', '2024-03-06TMO']],
    // Counted back from the reference: as precise as the unit counted.
    ['years ago is a year', 'The plant closed two years ago.', ['two years ago', 'date', '2022']],
    ['months ago is a month', 'The plant closed five months ago.', ['five months ago', 'date', '2023-10']],
    ['weeks ago is a week', 'The plant closed three weeks ago.', ['three weeks ago', 'date', '2024-W07']],
    ['days ago is a day', 'The plant closed three days ago.', ['three days ago', 'date', '2024-03-03']],
    ['before an explicit date keeps the day', 'It happened 2 weeks before May 13 1999.', ['2 weeks before May 13 1999', 'date', '1999-04-29']],
    ['a qualifier left out of a duration', 'Prices rose over three years.', ['three years', 'duration', 'P3Y']],
    ['a qualifier kept in a duration', 'Prices rose for nearly two months.', ['nearly two months', 'duration', 'P2M']],
    ['a counted-back date keeps its qualifier', 'He left almost two years ago.', ['almost two years ago', 'date', '2022']],
    ['a month of the year after it', 'Prices fell in June last year.', ['June last year', 'date', '2023-06']],
    ['a month of next year', 'The vote is set for March next year.', ['March next year', 'date', '2025-03']],
    ['last with a month', 'The plant opened last May.', ['last May', 'date', '2023-05']],
    ['next with a month', 'The plant opens next May.', ['next May', 'date', '2024-05']],
    ['a quarter adjective after the', 'Profit in the third-quarter results rose.', ['third-quarter', 'date', '2023-Q3']],
    ['a spoken year', 'He was born in nineteen ninety-six.', ['nineteen ninety-six', 'date', '1996']],
    ['a spoken year two thousand', 'They came back in two thousand and fifteen.', ['two thousand and fifteen', 'date', '2015']],
    ['the year two thousand', 'In the year two thousand the computers failed.', ['the year two thousand', 'date', '2000']],
    ['a holiday is the last one', 'He was found on Thanksgiving Day.', ['Thanksgiving Day', 'date', '2023-11-23']],
    ['a holiday in a future-tense clause is the next one', 'He will be home for Christmas.', ['Christmas', 'date', '2024-12-25']],
    ['a holiday by weekday rule', 'Labor Day sales were strong.', ['Labor Day', 'date', '2023-09-04']],
    ['the fiscal year', 'Earnings for the fiscal year fell.', ['the fiscal year', 'date', '2024']],
    ['year-end ahead', 'The deal closes by year-end.', ['year-end', 'date', '2024-12-31']],
    ['year-end behind', 'The index is up 8% since year-end.', ['year-end', 'date', '2023-12-31']],
    ['a decade ago', 'A decade ago the region was poor.', ['A decade ago', 'date', '2014']],
    ['for centuries', 'It was ruled from Moscow for centuries.', ['centuries', 'duration', 'PXCE']],
    ["today's is today", "The offer ran in today's editions.", ['today', 'date', '2024-03-06']],
    // "before" and "after" are signals: outside the extent, and what they leave is a duration.
    ['a signal after a counted span', 'The option expires 90 days after the vote.', ['90 days', 'duration', 'P90D']],
    ['a signal after a month', 'They met a month after the crash.', ['a month', 'duration', 'P1M']],
    ['a signal after the day', 'He resigned the day before.', ['the day', 'date', '2024-03-05']],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toContainEqual(expected);
  });

  // Not time expressions: numbers and words that look like dates.
  it.each([
    ['a count', 'Some 1,200 people were killed.'],
    ['money', 'It cost $2,024.'],
    ['a score', 'They won 21-17.'],
    ['may as a verb', 'Officials may decide later.'],
    ['a count in words', 'Two thousand people came, in two thousand homes; nineteen died.'],
  ])('%s: nothing', (_name, text) => {
    expect(dates(text).filter((d) => d[1] === 'date' && /^\d/.test(String(d[2])))).toEqual([]);
  });

  // A bare month: the last one after a verb in the past tense, the next one in a future clause, else the nearest.
  it.each([
    ['a past-tense verb', 'He stepped down as chairman in March.', '2024-03'],
    ['a past-tense verb, the month just after the reference', 'KKR bought the company in December.', '2023-12'],
    ['a participle of what is to come', 'The closing is expected in December.', '2024-12'],
    ['a future clause', 'The board will vote in February.', '2025-02'],
    ['no tense, the month near ahead: the next', 'Payments resume in January, officials said.', '2025-01'],
    ['no tense, the month far ahead: the last', 'Shares hit a high in June, officials said.', '2024-06'],
    ['since', 'Talks have gone on since December.', '2023-12'],
    ['by, far ahead', 'Flights should double by June, the airline said.', '2025-06'],
    ['last, capitalised', 'Last December, the group made an offer.', '2023-12'],
  ])('a bare month after %s', (_name, text, value) => {
    expect(dates(text, '2024-11-02').map((d) => d[2])).toContain(value);
  });

  // A month and day without a year: only the word before decides the tense, since a past verb earlier in the
  // sentence is often another event's ("declared a dividend, payable Dec. 1").
  it.each([
    ['near ahead, after a past verb elsewhere', 'The board declared a dividend, payable Dec. 1 to holders of record Nov. 10.', ['Dec. 1', '2024-12-01']],
    ['far ahead', 'The index set its record high on Aug. 6.', ['Aug. 6', '2024-08-06']],
    ['far ahead, after a deadline word', 'The new rules are effective Aug. 6.', ['Aug. 6', '2025-08-06']],
    ['a deadline just passed', 'The agency had ordered the boy returned by Oct. 20.', ['Oct. 20', '2024-10-20']],
    ['far ahead, after a future verb', 'The index will be rebalanced on Aug. 6.', ['Aug. 6', '2025-08-06']],
    ['ended', 'Revenue rose in the year ended March 31.', ['March 31', '2024-03-31']],
    ['since', 'He has been in custody since Jan. 20.', ['Jan. 20', '2024-01-20']],
  ])('a month and day: %s', (_name, text, [extent, value]) => {
    expect(dates(text, '2024-10-26').map((d) => [d[0], d[2]])).toContainEqual([extent, value]);
  });

  // Words chrono takes into a date that are not part of it.
  it.each([
    ['a part of the day before "of"', 'He was shot on the night of Friday, Oct. 23, at home.', ['Friday, Oct. 23', 'date', '2024-10-23']],
    ['a number after "at"', 'It may buy the stake after Jan. 1, 2025 at 1,015 francs a share.', ['Jan. 1, 2025', 'date', '2025-01-01']],
    ['a decimal before a weekday', 'The index fell 1.4%, or 6.43, on Friday, to 437.68.', ['Friday', 'date', '2024-10-25']],
  ])('misread: %s', (_name, text, expected) => {
    const got = dates(text, '2024-10-26');
    expect(got).toContainEqual(expected);
    expect(got.filter((d) => d[1] === 'time')).toEqual([]);
  });

  // "the year" in an earnings story: the year of the story, or a year-long span when it ended on a date.
  it.each([
    ['for the year', 'For the year, volume was flat.', ['the year', 'date', '2024']],
    ['earlier in the year', 'Sales were delayed earlier in the year by rain.', ['earlier in the year', 'date', '2024']],
    ['the year ended', 'Revenue was $76 million for the year ended March 31.', ['the year', 'duration', 'P1Y']],
    ['the year-ago period', 'Net income fell 5% from the year-ago period.', ['the year-ago period', 'date', '2022-Q4']],
    ['the year-earlier third quarter', 'Profit doubled from the year-earlier third quarter.', ['the year-earlier third quarter', 'date', '2022-Q3']],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toContainEqual(expected);
  });

  it.each([
    ['a decade', 'It peaked in the 1990s.', ['the 1990s', 'date', '199']],
    ['a decade with a modifier', 'They held power in the late 1970s.', ['the late 1970s', 'date', '197']],
    ['a decade without its century', "It was the rage in the '80s.", ["the '80s", 'date', '198']],
    ['a decade in words', 'Numbers fell through the nineties.', ['the nineties', 'date', '199']],
    ['a century', 'It is an 11th-century temple.', ['11th-century', 'date', '10']],
    ['a century with the article', 'It was the worst crash of the 20th century.', ['the 20th century', 'date', '19']],
    ['mid- before a year', 'The group fell apart in mid-1996.', ['mid-1996', 'date', '1996']],
    ['a season without a deictic word', 'Sales rose over the summer.', ['the summer', 'date', '2023-SU']],
    ['year end in two words', 'Jobs will be cut by year end.', ['year end', 'date', '2024-12-31']],
    ["year's end", "Rules should be in place by year's end.", ["year's end", 'date', '2024-12-31']],
    ['coming months', 'The economy will slow in coming months.', ['coming months', 'date', 'FUTURE_REF']],
    ['the near term', 'We see challenges in the near term.', ['the near term', 'date', 'FUTURE_REF']],
    ['the next few days', 'Troops will surrender over the next few days.', ['the next few days', 'duration', 'PXD']],
    ['a couple of years', 'It will not change for a couple of years.', ['a couple of years', 'duration', 'P2Y']],
    ['the weeks ahead', 'Funds may sell bonds in the weeks ahead.', ['the weeks ahead', 'duration', 'PXW']],
    ['each with a weekday', 'The paper appears each Thursday.', ['each Thursday', 'set', 'XXXX-WXX-4']],
    ['a plural weekday and part of day', 'Flights leave on Tuesday nights.', ['Tuesday nights', 'set', 'XXXX-WXX-2TNI']],
    ['every with a month', 'The fair opens every July.', ['every July', 'set', 'XXXX-07']],
    ['every quarter', 'It pays interest every quarter.', ['every quarter', 'set', 'P1Q']],
    ['a half of a year', 'Earnings will be lower in the last half of 2024.', ['the last half of 2024', 'date', '2024-H2']],
    ['a season of a year', 'Oil fell to $13 in the winter of 1994.', ['the winter of 1994', 'date', '1994-WI']],
    ['a month of a spoken year', 'January nineteen ninety-seven. Atlanta again.', ['January nineteen ninety-seven', 'date', '1997-01']],
    ['the current year', 'Sales should grow in the current year.', ['the current year', 'date', '2024']],
    ['this quarter', "This quarter's loss includes charges.", ['This quarter', 'date', '2024-Q1']],
    ['a modifier before a deictic month', 'The plant closed late last July.', ['late last July', 'date', '2023-07']],
    ['early May (chrono reads no date there)', 'The vote is due in early May.', ['early May', 'date', '2024-05']],
    ['late May in a past clause', 'The plant closed in late May.', ['late May', 'date', '2023-05']],
    ['a half in a span', 'They lived in camps for 2 1/2 years.', ['2 1/2 years', 'duration', 'P2Y6M']],
    ['a half of an hour', 'She spent 5 1/2 hours in Nairobi.', ['5 1/2 hours', 'duration', 'PT5H30M']],
    ['more in a span', 'He will stay for at least two more weeks.', ['two more weeks', 'duration', 'P2W']],
    ['a span as an adjective', 'They left their third day-long meeting.', ['day-long', 'duration', 'P1D']],
    ['later that year', 'He fled in June 1998 and returned later that year.', ['later that year', 'date', '1998']],
    ['the following year', 'He was promoted in 1995, and the following year he was made minister.', ['the following year', 'date', '1996']],
    ['earlier that day', 'He was shot on Oct. 23, 1998. Earlier that day, he had been to synagogue.', ['Earlier that day', 'date', '1998-10-23']],
    ['the week of a date', 'A hearing is set for the week of March 18.', ['the week of March 18', 'date', '2024-W12']],
    ['for the week', 'For the week, the index dropped 3.8%.', ['the week', 'date', '2024-W10']],
    ['a part of the day before yesterday', 'At mid-afternoon yesterday, shares were up.', ['mid-afternoon yesterday', 'time', '2024-03-05TAF']],
    ['this quarter in an earnings story', "Profit fell in the third quarter. This quarter's loss includes charges.", ['This quarter', 'date', '2023-Q3']],
    ['the end of a month is the month', 'The offer will expire at the end of November.', ['the end of November', 'date', '2024-11']],
    ['a bare plural unit is a stretch of time', 'His car was seen in the days before the shooting.', ['days', 'duration', 'PXD']],
    ['several years', 'The system has evolved over several years.', ['several years', 'duration', 'PXY']],
    ['a few quarters', 'It returned to profit after a few quarters of losses.', ['a few quarters', 'duration', 'PXQ']],
    ['an hour', 'He spoke in a talk lasting nearly an hour.', ['an hour', 'duration', 'PT1H']],
    ['decades are counted in years', 'Unemployment was the lowest in two decades.', ['two decades', 'duration', 'P20Y']],
    ['the past decade', 'Attacks had become routine over the past decade.', ['the past decade', 'duration', 'P10Y']],
    ['Election Day, the Tuesday after the first Monday of November', 'It will be a theme from now to Election Day.', ['Election Day', 'date', '2024-11-05']],
    ['a clock time on the last day named', 'Slepian was killed on Oct. 23, 2023. He was shot at 10 p.m. in his kitchen.', ['10 p.m', 'time', '2023-10-23T22:00']],
    ['later in the day', 'He arrived in Philadelphia later in the day.', ['later in the day', 'date', '2024-03-06']],
    ['days later count from the last date named', 'The talks collapsed on Feb. 10. Three days later, the army attacked.', ['Three days later', 'date', '2024-02-13']],
    ['years later count from the last year named', 'He was born in 1950. Two years later his family moved.', ['Two years later', 'date', '1952']],
    ['days ago count from the reference', 'The talks collapsed on Feb. 10. Three days ago, the army attacked.', ['Three days ago', 'date', '2024-03-03']],
    ['the day before an event, in apposition to a date', 'It fell after Oct. 12, 2023, the day before the plunge.', ['the day', 'date', '2023-10-12']],
    ['the day after an event is not counted from the reference', 'They came to the house the day after his death.', ['the day', 'date', null]],
    // Tense words for a weekday (2024-03-06 is a Wednesday).
    ['as soon as', 'The group could arrive as soon as Tuesday.', ['Tuesday', 'date', '2024-03-12']],
    ['planned to', 'The team planned to leave on Monday.', ['Monday', 'date', '2024-03-11']],
    ['a plan of the past', 'The offer had been due to expire Friday.', ['Friday', 'date', '2024-03-01']],
    ['until before a weekday in a past clause', 'Up until Monday, they had not called him a suspect.', ['Monday', 'date', '2024-03-04']],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toContainEqual(expected);
  });

  it.each([
    ['a count a week', 'Qantas flies four flights a week.'],
    ['money a year', 'It will save $500 million a year in costs.'],
    ['money a night', 'Rooms will cost between $35 and $55 a night.'],
    ['a count a day', 'Guards stand there 24 hours a day.'],
  ])('a rate is no time expression: %s', (_name, text) => {
    expect(dates(text).map((d) => d[0])).not.toEqual(expect.arrayContaining([expect.stringMatching(/^an? (?:day|week|month|year|night)$/)]));
  });

  it('an hour after something is a span', () => {
    expect(dates('The statement came less than an hour after the ruling.')).toContainEqual(['an hour', 'duration', 'PT1H']);
  });

  it('a vague span counted from a point stays a date', () => {
    expect(dates('A few days later, he left.').filter((d) => d[1] === 'duration')).toEqual([]);
  });

  it.each([
    ['in the year ahead is not a year from now', 'Profit will grow in the year ahead.', '2025'],
    ['in the year-ago quarter is not a year from now', 'Profit was flat in the year-ago quarter.', '2025'],
  ])('%s', (_name, text, wrong) => {
    expect(dates(text).map((d) => d[2])).not.toContain(wrong);
  });

  it('a comma keeps a month and the year after it apart', () => {
    expect(dates('In June, last year was bad.').map((d) => d[0])).toEqual(['June', 'last year']);
  });

  // Not clock times: an amount "a" something is a rate, not "a.m.".
  it.each([
    ['money a share', 'Profit was $1.35 a share, up from $1.12 a share.'],
    ['a count a month', 'Jobs grew at a rate of 358,000 a month.'],
    ['whole dollars a share', 'Holders will receive $2 a share.'],
    ['a number to a number', 'Shell eased 1 to 416, and decliners beat gainers 1,141 to 406.'],
  ])('%s: no time', (_name, text) => {
    expect(dates(text).filter((d) => d[1] === 'time')).toEqual([]);
  });

  // Not dates: the fractions prices were quoted in.
  it.each([
    ['a mixed fraction', 'McCaw dropped 2 1/2 to 37 3/4 on the news.'],
    ['a percentage', 'It sold $125 million of 6 3/8% notes.'],
    ['a proper fraction', 'Intel eased 1/8 in late trading.'],
  ])('%s: no date', (_name, text) => {
    expect(dates(text).filter((d) => d[1] === 'date')).toEqual([]);
  });

  it.each([
    ['a slash date that no price takes', 'The vote is set for 3/14.', '2024-03-14'],
    ['a slash date with a year', 'It was filed on 1/8/2024.', '2024-01-08'],
  ])('still a date: %s', (_name, text, value) => {
    expect(dates(text).map((d) => d[2])).toContain(value);
  });

  it.each([
    ['a.m. written out', 'The market opened at 9 a.m. on Tuesday.', '2024-03-05T09:00'],
    ['am glued', 'The market opened at 9am on Tuesday.', '2024-03-05T09:00'],
    ['p.m. with minutes', 'It closed at 4:30 p.m. on Tuesday.', '2024-03-05T16:30'],
  ])('still a clock time: %s', (_name, text, value) => {
    expect(dates(text).filter((d) => d[1] === 'time').map((d) => d[2])).toContain(value);
  });

  // TimeML extents: the deictic word or article of a time noun phrase is in; the article of a larger phrase is out.
  it.each([
    ['last before a month', 'Sales fell last February.', 'last February'],
    ['this before a month', 'The vote is this September.', 'this September'],
    ['each before a month', 'Each July the fair opens.', 'Each July'],
    ['the before past', 'Prices rose over the past year.', 'the past year'],
    ['the before weekend', 'He rested over the weekend.', 'the weekend'],
    ['the before end', 'The plan ends at the end of the month.', 'the end of the month'],
    ['no article before an adjectival duration', 'The eight-year war ended.', 'eight-year'],
    ['no signal before a duration', 'They will decide within a week.', 'a week'],
  ])('extent: %s', (_name, text, extent) => {
    expect(dates(text).map((d) => d[0])).toContain(extent);
  });

  it.each([
    ['a month after a comma', 'They paid the bill at last, February sales show.', 'last, February'],
    ['the before a month and year used as an adjective', 'Talks followed the August 1988 cease-fire.', 'the August 1988'],
    ['the before a bare unit', 'In the weeks before the vote, they met.', 'the weeks before'],
    ['the before a month', 'The March figures rose.', 'The March'],
    ['last as a verb', 'The rally could last February through May.', 'last February'],
  ])('extent unchanged: %s', (_name, text, wrong) => {
    expect(dates(text).map((d) => d[0])).not.toContain(wrong);
  });

  // ISO weeks from the reference day (chrono puts "this week" on a Sunday, which ISO counts in the week before).
  it.each([
    ['this week, on a Thursday', 'He spoke this week.', '1990-08-16', '1990-W33'],
    ['this week, on a Friday', 'He spoke this week.', '1998-04-24', '1998-W17'],
    ['last week, on a Sunday', 'They met last week.', '1998-03-22', '1998-W11'],
    ['next week', 'They meet next week.', '2024-03-06', '2024-W11'],
  ])('week: %s', (_name, text, publishedAt, value) => {
    expect(dates(text, publishedAt)).toContainEqual([text.includes('this') ? 'this week' : text.includes('last') ? 'last week' : 'next week', 'date', value]);
  });

  it.each([
    ['a future-tense clause looks ahead', 'The vote will be held in December.', '1998-12'],
    ['a past-tense clause looks back', 'The vote was held in December.', '1997-12'],
  ])('bare month: %s', (_name, text, value) => {
    expect(dates(text, '1998-03-04')).toContainEqual(['December', 'date', value]);
  });

  it('reads a range as its two ends, each with its own value', () => {
    expect(dates('The exhibition ran from Feb. 1 to Feb. 20, 2024.').slice(0, 2)).toEqual([
      ['Feb. 1', 'date', '2024-02-01'],
      ['Feb. 20, 2024', 'date', '2024-02-20'],
    ]);
  });

  it.each([
    ['a date written with hyphens', 'The filing is dated 2024-02-10.', '2024-02-10'],
  ])('keeps one expression: %s', (_name, text, extent) => {
    expect(dates(text).map((d) => d[0])).toContain(extent);
  });

  it('a quarter of a named year, and "the latest period"', () => {
    const got = dates('Profit rose in the third quarter. Sales in the 2022 quarter were weak, the 2022 second quarter worse, and the latest period better.');
    expect(got).toEqual(expect.arrayContaining([['the 2022 quarter', 'date', '2022-Q3'], ['the 2022 second quarter', 'date', '2022-Q2'], ['the latest period', 'date', '2023-Q4']]));
  });

  it("the story's quarter is the first it names: a later one is a comparison", () => {
    const got = dates('Net rose in the third quarter. After a flat second quarter, sales recovered. The quarter was strong, up from a year ago.');
    expect(got).toEqual(expect.arrayContaining([['The quarter', 'date', '2023-Q3'], ['a year ago', 'date', '2022-Q3']]));
  });

  it('a sentence about a longer span compares that span, not the quarter', () => {
    const got = dates('Net rose in the third quarter. In the first nine months, net was $306 million, against a loss of $195 million in the 2022 period.');
    expect(got).toContainEqual(['the 2022 period', 'date', '2022']);
  });

  it('a quarter of a year named from the reference', () => {
    const got = dates("Profit rose in the third quarter, beating last year's quarter; next year's first quarter looks weak.");
    expect(got).toEqual(expect.arrayContaining([["last year's quarter", 'date', '2023-Q3'], ["next year's first quarter", 'date', '2025-Q1']]));
  });

  it('leaves a closing parenthesis that opens nowhere out of the extent', () => {
    expect(dates('The strike ends (at 4 a.m. EDT Thursday) as planned.').map((d) => d[0])).toEqual(['4 a.m. EDT Thursday']);
  });

  it('in an earnings story, "the quarter" and "a year ago" follow the quarter named', () => {
    const got = dates('Profit rose in the third quarter. Sales in the quarter beat the figure of a year ago, when the quarter was weak.');
    expect(got).toEqual(expect.arrayContaining([['the third quarter', 'date', '2023-Q3'], ['the quarter', 'date', '2023-Q3'], ['a year ago', 'date', '2022-Q3']]));
  });

  it.each([
    ['Sun Microsystems', 'Sun Microsystems shares rose.'],
    ['march as a verb', 'They will march on the capital.'],
    ['fall as a verb', 'Prices will fall sharply.'],
    ['a newspaper title', 'The Daily Mail and the Weekly Standard reported it.'],
    ['a season in a name', 'The Summer Olympics opened.'],
    ['a season that is a verb', 'Prices fall in spring.'],
    ['a decade word without the article is an age', 'She is in her eighties.'],
    ['an age in digits', 'Kopp was in his 30s then.'],
    ['an age as an adjective', 'The 6-year-old boy was rescued.'],
    ['that day with no date before it', 'Funds see strong redemptions that day.'],
    ['a television show', "He said so on CBS's 60 Minutes and ABC's \"This Week.\""],
    ['a march', 'They joined the annual March for Life.'],
    ['a march with of', 'She led the March of the Combatant Mothers.'],
    ['quarter-to-quarter', 'The quarter-to-quarter comparison was weak.'],
    ['a greeting', 'Good evening from Atlanta.'],
    ['an idiom', 'For Poland, high noon has come.'],
    ['an abbreviation', 'He denied the allegations in the SEC suit.'],
    ['a decimal amount', 'Sales were little changed at 2.46 billion guilders.'],
    ['a price in fractions', 'LIN surged 4 5/8 to 112 5/8 on notes paying 12 3/4%.'],
    ['half', 'Magna cut its dividend in half and the shares fell.'],
  ])('%s: no date', (_name, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('with no publication date, weekdays and deictic dates stay unresolved', () => {
    const got = enrichText('The talks fell apart on Tuesday. Officials met last week.', { enrich: { quotes: false } });
    expect(got.dates.map((d) => [d.text, d.value, d.certain])).toEqual([['Tuesday', 'XXXX-WXX-2', false], ['last week', null, false]]);
    expect(got.diagnostics.map((d) => d.code)).toContain('dates.no-reference');
  });

  it('with no publication date, the new readings stay unresolved and uncertain rather than guessed', () => {
    const got = enrichText('It began in the nineties. For the week, shares fell. It opens in early May. At 10 p.m. he spoke.', { enrich: { quotes: false } });
    expect(got.dates.map((d) => [d.text, d.value, d.certain])).toEqual([
      ['the nineties', null, false], ['the week', null, false], ['early May', null, false], ['10 p.m', null, false],
    ]);
  });

  it('with only a year printed on the page, explicit dates resolve but are marked uncertain', () => {
    const got = enrichText('Photo taken Feb. 10, 2024.\n\nHe spoke on Feb. 17 and again on Tuesday.', { enrich: { quotes: false } });
    expect(got.dates.map((d) => [d.text, d.value, d.certain])).toEqual([
      ['Feb. 10, 2024', '2024-02-10', false], ['Feb. 17', '2024-02-17', false], ['Tuesday', 'XXXX-WXX-2', false],
    ]);
  });
});

describe('events', () => {
  const text = 'More than 250 people were kidnapped during the assault on Oct. 7. Netanyahu said on Feb. 17 that the war would go on. The group is now divided.';
  const events = enrichText(text, { publishedAt: '2024-03-06', enrich: { quotes: true } }).events;

  it('each resolved date anchors what happened then, in its clause', () => {
    expect(events.map((e) => [e.date.value, e.trigger.text, e.text])).toEqual([
      ['2023-10-07', 'kidnapped', 'More than 250 people were kidnapped during the assault on Oct. 7.'],
      ['2023-10-07', 'assault', 'More than 250 people were kidnapped during the assault on Oct. 7.'],
      ['2024-02-17', 'said', 'Netanyahu said on Feb. 17 that the war would go on.'],
    ]);
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('names in the clause are its actors', () => {
    expect(events.find((e) => e.trigger.text === 'said')!.actors).toEqual(['Netanyahu']);
  });

  it('present and unresolved references anchor nothing', () => {
    expect(events.some((e) => e.date.value === 'PRESENT_REF')).toBe(false);
  });

  it('"three days later" dates its event from the event before, not from the publication date', () => {
    const later = enrichText('Talks in Cairo collapsed on Feb. 10. Three days later, Israel struck Rafah.', { publishedAt: '2024-03-06' }).events;
    expect(later.map((e) => [e.date.value, e.text])).toEqual([
      ['2024-02-10', 'Talks in Cairo collapsed on Feb. 10.'],
      ['2024-02-13', 'Three days later, Israel struck Rafah.'],
    ]);
  });
});

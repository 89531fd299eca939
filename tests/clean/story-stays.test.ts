import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';
import { page, PARAGRAPHS } from '../helpers.js';

/**
 * Story paragraphs that talk about subscriptions, donations, registration, comments, newsletters, cookies,
 * ads and sharing: every one must stay in the body, on HTML pages and on plain-text scrapes alike.
 */
const STORY = [
  'The hospital asked residents to please donate blood at the Red Cross center on Main Street after the crash left dozens injured.',
  '“Please donate whatever you can,” said the pastor, whose church lost its roof in the storm and now holds services in a school gym.',
  'The newsletter, which has 40,000 subscribers, first reported the merger on Tuesday, citing two people familiar with the talks.',
  'Subscribers to the streaming service will pay $2 more a month from June, the company said in a filing with regulators.',
  'Readers of the paper posted hundreds of comments after the editorial ran, many of them criticizing the mayor’s plan.',
  'Comments by the minister drew a sharp response from the opposition, which called for him to apologize in parliament.',
  'The company will require users to register for an account by March, a change that privacy advocates said goes too far.',
  'Voters must register by Oct. 9 to take part in the election, and officials urged first-time voters not to wait.',
  'The charity said every contribution to the flood relief fund would be matched by the state up to $5 million.',
  'Donations to the campaign surged after the debate, with more than 80,000 people giving for the first time, aides said.',
  'He said he had read three articles about the case before deciding to come forward and testify against his former employer.',
  'The museum will offer free access to students for the rest of the year, its director announced on Monday.',
  'Officials shared the footage on Facebook and Twitter hours after the arrest, asking the public for help identifying a second man.',
  'The advertisement, which ran during the Super Bowl, drew complaints from parents who said it was not suitable for children.',
  'Cookies and hot cocoa were handed out to children at the parade, which drew a crowd of about 10,000 despite the cold.',
  'The regulator fined the website for setting tracking cookies without asking visitors for consent, a breach of EU rules.',
  'Sign-up sheets for the volunteer program were posted at the library, and by noon more than 200 names had been added.',
  'The paywall, introduced in 2011, now brings in more revenue than print advertising, the publisher told investors.',
  'She signed up for the newsletter after her son was diagnosed, she said, because it was the only source she trusted.',
  'Membership in the union has fallen by a third since 2010, according to figures published by the labor department.',
  'The app’s free trial lasts seven days, after which users are charged unless they cancel, a practice regulators are now examining.',
  'Local newspapers have closed at a rate of more than two a week, leaving many counties without a source of local news.',
  'The senator urged supporters to share the video, which had been viewed more than two million times by Thursday evening.',
  'A spokeswoman said the company does not sell subscriber data to advertisers and complies with state privacy laws.',
  'Critics said the registration requirement for gun owners would do little to stop illegal sales at private shows.',
  'The foundation’s donors include several technology executives, according to tax filings reviewed by the newspaper.',
  'Fans who had subscribed to the team’s channel were told the games would move to a new service next season.',
  'The pop-up shop sold out within hours, and the owner said she would add more stock before the holidays.',
  'The senator declined to comment on the report, saying only that he would “let the facts speak for themselves.”',
  'Teachers said the reading program had helped students who had fallen behind during the pandemic catch up.',
  'Police asked anyone with information to email the department or call its tip line, which is staffed around the clock.',
  'Follow-up tests on the water samples are expected next week, the environmental agency said in a statement.',
  'Brokers earn a commission on every sale, which critics say gives them a reason to push products that cost clients more.',
  'The school district sent a letter home asking parents to log in to the new portal and update their contact details.',
  'More than half of the people who responded to the survey said they get their news from social media at least once a week.',
  'The magazine’s first issue, printed in 1923, is now on display at the library alongside letters from its founders.',
  'Related charges were filed against two other men in January, according to court records.',
  'Most read the ruling as a rebuke of the ministry, though the judge stopped short of ordering a new inquiry.',
  'Topics on the agenda include trade, energy and migration, according to a draft seen by reporters.',
  'The advertising agency, founded in 1998, said it would cut 40 jobs after losing its largest client.',
  'Organizers said every ticket for the charity concert had been sold, raising about $1.2 million for the children’s hospital.',
  'He thanked supporters for their donations and said the money would go to the families of the victims.',
];

const textPage = (paragraph: string) => [
  'News', 'Gaza truce talks collapse without breakthrough', '',
  PARAGRAPHS[0], '', PARAGRAPHS[1], '', paragraph, '', PARAGRAPHS[2], '', PARAGRAPHS[3], '',
  'You have read 3 articles this month.', 'Never miss a thing',
].join('\n');
const htmlPage = (paragraph: string) =>
  page(`<article><h1>Council approves transit budget</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${paragraph}</p><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article>`);

describe('story text stays in the body', () => {
  it('has at least 40 cases', () => {
    expect(STORY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(STORY)('text page keeps: %s', (paragraph) => {
    expect(extractArticle(textPage(paragraph), { format: 'text' }).body.paragraphs.map((p) => p.text)).toContain(paragraph);
  });

  it.each(STORY)('HTML page keeps: %s', (paragraph) => {
    expect(extractArticle(htmlPage(paragraph)).body.paragraphs.map((p) => p.text)).toContain(paragraph);
  });
});

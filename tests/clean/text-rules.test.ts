import { describe, expect, it } from 'vitest';
import { matchTextRule } from '../../src/clean/text-rules.js';
import { TEXT_RULES } from '../../src/clean/rules/index.js';

/** What each text rule must catch, by category. */
const POSITIVES: [string, string][] = [
  ['meter', 'You have read 3 articles this month.'],
  ['meter', 'You have read more than 10 articles this month.'],
  ['meter', "You've reached your limit of free articles."],
  ['meter', 'You have 2 free articles left this month.'],
  ['meter', 'This is your last free article.'],
  ['registration', 'Register to receive full access to JNS.'],
  ['registration', 'Please register for full access to continue reading and post comments.'],
  ['registration', 'Log in to continue reading.'],
  ['registration', 'Please sign in to your account.'],
  ['paywall', 'Subscribe to continue reading.'],
  ['paywall', 'This article is only available to subscribers.'],
  ['paywall', 'Already a subscriber? Log in'],
  ['paywall', 'Subscribe now'],
  ['paywall', 'Get unlimited digital access for just $1 a week.'],
  ['donation', 'Become a part of our mission by donating today'],
  ['donation', 'We rely on readers like you. Can we count on your support?'],
  ['donation', 'Every contribution, big or small, helps us stay independent.'],
  ['donation', 'Support independent journalism today.'],
  ['donation', 'Please make a tax-deductible donation to keep us going.'],
  ['newsletter', 'Never miss a thing'],
  ['newsletter', 'Get the best stories faster with JNS breaking news updates'],
  ['newsletter', 'Sign up for our daily newsletter.'],
  ['newsletter', 'The top stories, delivered straight to your inbox.'],
  ['newsletter', 'Enter your email address'],
  ['consent', 'We use cookies to improve your experience on our site.'],
  ['consent', 'When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device.'],
  ['comments', 'Comments'],
  ['comments', 'View 32 comments'],
  ['comments', 'Join the conversation'],
  ['social', 'Facebook Twitter Email'],
  ['social', 'Share this article'],
  ['social', '— NFL (@NFL) December 22, 2023'],
  ['newsletter', "Want more movie news? Sign up for Entertainment Weekly's free newsletter to get the latest trailers."],
  ['newsletter', 'Sign up for E! Insider Shop to get updates on the biggest sales and must-have products!'],
  ['related', 'Read more: How the ceasefire talks broke down'],
  ['related', 'Most Read'],
  ['related', 'You may also like'],
  ['related', 'More:'],
  ['related', 'Related'],
  ['related', 'Lesen Sie auch'],
  ['related', 'Lesen Sie auch: Neue Regeln für Busse und Bahnen'],
  ['related', 'Mehr zum Thema'],
  ['related', 'À lire aussi :'],
  ['related', 'Lee también: El Gobierno aprueba el presupuesto'],
  ['related', 'Leggi anche'],
  ['related', 'Les også: Regjeringen legger frem budsjettet'],
  ['related', 'Czytaj też'],
  ['advertisement', 'Advertisement'],
  ['advertisement', 'Story continues below advertisement'],
  ['advertisement', 'Article continues below this ad'],
  ['advertisement', 'If you purchase a product or register for an account through a link on our site, we may receive compensation.'],
  ['advertisement', 'If you make a purchase by clicking one of the links, we may earn an affiliate fee.'],
  ['navigation', '2 of 9 |'],
  ['social', "Follow the Mirror US News page on Facebook to make sure you're not missing out."],
  ['comments', 'Join our Space Forums to keep talking space on the latest missions!'],
  ['newsletter', 'Get alerts on the latest AP Top 25 poll throughout the season. Sign up here.'],
  ['other', 'This story was originally published in our Nov/Dec 2023 issue as "Moth to a Flame."'],
  ['other', 'This article was featured in the One Story to Read Today newsletter.'],
  ['navigation', '___'],
  ['navigation', 'This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.'],
  ['donation', 'Our journalism needs your support. Please subscribe today to NJ.com.'],
  ['credit', 'Photo: AP'],
  ['credit', 'Paul Chinn/The San Francisco Chronicle/Getty Images'],
  ['credit', '(Reuters)'],
  ['navigation', 'Topics'],
  ['navigation', 'Skip to main content'],
  ['navigation', '© 2024 Jewish News Syndicate. All rights reserved.'],
];

/** Story sentences that mention the same things and must stay. */
const FALSE_POSITIVES = [
  'The hospital asked residents to please donate blood at the Red Cross center on Main Street.',
  '“Please donate whatever you can,” said the pastor, whose church lost its roof in the storm.',
  'The newsletter, which has 40,000 subscribers, first reported the merger on Tuesday.',
  'He said he had read three articles about the case before deciding to testify.',
  'Readers of the paper wrote hundreds of comments after the editorial ran.',
  'The company will require users to register for an account by March.',
  'Subscribers to the streaming service will pay $2 more a month from June.',
  'The charity said every contribution to the flood relief fund would be matched by the state.',
  'Officials shared the footage on Facebook and Twitter after the arrest.',
  'The advertisement, which ran during the Super Bowl, drew complaints.',
  'Cookies were handed out to children at the parade.',
  'The regulator fined the website for setting tracking cookies without asking visitors for consent, a breach of EU rules.',
  'Our grandmother’s cookies were the best in town, and your mother knew it, she said with a laugh.',
  'She thanked Israel for its “constructive approach.”',
  'Related charges were filed against two other men in January.',
  'Most read the report as a rebuke of the ministry.',
  'Topics on the agenda include trade, energy and migration.',
  'Comments by the minister drew a sharp response from the opposition.',
  'The photo, taken by an Associated Press photographer, shows the destroyed bridge.',
  'Sign up sheets for the volunteer program were posted at the library.',
  'The story first appeared on a local blog before national outlets picked it up.',
  'Follow-up tests on the samples are expected next week.',
  'Brokers earn a commission on every sale, which critics say skews their advice.',
  'The vote was 2 of 9 in favour, far short of a majority.',
  'Our reporters have covered the trial since it opened in March.',
  'More to come.',
  'More than 40 people were hurt.',
  'Lesen Sie auch die Kommentare der Leser, sagte der Chefredakteur, und lachte.',
  'Lire aussi les déclarations du ministre, qui ont surpris les députés.',
];

describe('text rules', () => {
  it.each(POSITIVES)('%s: "%s"', (category, text) => {
    expect(matchTextRule(text)?.category).toBe(category);
  });

  it.each(FALSE_POSITIVES)('leaves story text alone: "%s"', (text) => {
    expect(matchTextRule(text)).toBeNull();
  });

  it('every rule has a unique id prefixed by a known concept', () => {
    const ids = TEXT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of TEXT_RULES) expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/);
  });

  // A pattern that backtracks catastrophically never returns on this line; the test timeout catches it.
  it.each(['you have read ', 'sign up for our ', 'a'.repeat(50) + ' ', '© '])('terminates on a 1 MB line of "%s…"', (unit) => {
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    for (const rule of TEXT_RULES) expect(typeof rule.pattern.test(line)).toBe('boolean');
  });
});

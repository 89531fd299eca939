import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../src/fields/dateline/index.js';
import { extractArticle } from '../../src/index.js';

describe('splitDateline', () => {
  it.each([
    ['GAZA CITY (AP) — Israeli strikes hit the city overnight, residents said.', 'GAZA CITY (AP) —', 'GAZA CITY', 'AP', null],
    ['ATLANTA -- Federal drug officials are warning Georgia to shelve its plans.', 'ATLANTA --', 'ATLANTA', null, null],
    ['WASHINGTON, Dec 5 (Reuters) - The U.S. Senate voted on Tuesday to advance the bill.', 'WASHINGTON, Dec 5 (Reuters) -', 'WASHINGTON', 'Reuters', 'Dec 5'],
    ['Washington (CNN) — President Biden signed the order on Monday.', 'Washington (CNN) —', 'Washington', 'CNN', null],
    ['NEW YORK, N.Y. — Stocks rose sharply on Wednesday after the report.', 'NEW YORK, N.Y. —', 'NEW YORK, N.Y.', null, null],
  ])('%s', (text, raw, place, agency, date) => {
    const split = splitDateline(text);
    expect(split?.dateline).toEqual({ raw, place, agency, date });
    expect(text.endsWith(split!.rest)).toBe(true);
  });

  it.each([
    'Ceasefire talks in Cairo between Hamas and mediators fell apart on Tuesday.',
    'BREAKING - The vote has been postponed until next week, officials said.',
    'UPDATE: This story has been corrected to show the vote was on Monday.',
    '“We are going to do it,” he said — and then left the room without another word.',
    'NATO — the alliance of 32 countries — met in Brussels on Thursday.',
  ])('no dateline in "%s"', (text) => {
    expect(splitDateline(text)).toBeNull();
  });
});

describe('a dateline alone on its line (text)', () => {
  const story = 'South Africa deplored the bombings of the embassies in Kenya and Tanzania, the foreign ministry said in a statement.';
  const more = 'The ministry said the attacks were cowardly and that it would help find those responsible for them.';
  it.each([
    ['JOHANNESBURG, August 7 (Xinhua) --', 'JOHANNESBURG', 'Xinhua', 'August 7'],
    ['WASHINGTON (AP) —', 'WASHINGTON', 'AP', null],
  ])('%s opens the paragraph under it and is never the headline', (line, place, agency, date) => {
    const r = extractArticle(`${line}\n\n${story}\n\n${more}`, { format: 'text' });
    expect(r.headline).toBeNull();
    expect(r.dek).toBeNull();
    expect(r.dateline).toEqual({ raw: line, place, agency, date });
    expect(r.body.paragraphs[0]!.text).toBe(story);
  });

  it.each([
    ['a headline with a comma and a dash in it', 'Storm hits coast, thousands flee - officials'],
    ['a headline naming a place', 'WASHINGTON DEBATES THE BUDGET'],
  ])('%s stays a headline', (_case, line) => {
    const r = extractArticle(`${line}\n\n${story}\n\n${more}`, { format: 'text' });
    expect(r.headline).toBe(line);
    expect(r.dateline).toBeNull();
  });
});

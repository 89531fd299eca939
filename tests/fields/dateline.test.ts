import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../src/fields/dateline/index.js';

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

import { describe, expect, it } from 'vitest';
import { isPersonName, splitNames } from '../../src/fields/byline/names.js';

describe('splitNames', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['RALPH D. RUSSO, BOB FERRANTE', ['RALPH D. RUSSO', 'BOB FERRANTE']],
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['By Cam E. Kettles, Crimson Staff Writer', ['Cam E. Kettles']],
    ['Kayla Jimenez USA TODAY', ['Kayla Jimenez']],
    ['Jim Walsh Cherry Hill Courier-Post', ['Jim Walsh']],
    ['Lauren Manaker MS, RD', ['Lauren Manaker']],
    ['von Birgit Baumann und Jan Michael Marchart', ['Birgit Baumann', 'Jan Michael Marchart']],
  ])('%s → %j', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });

  // Not people: desks, agencies, dates, roles, handles.
  it.each(['Staff Writer', 'Associated Press', 'The Associated Press', 'Updated Dec. 23, 2023', 'NBC News', '@janedoe', 'Editorial Board', 'Reuters', 'Photo by AP', 'Redaktion'])(
    'rejects "%s"',
    (raw) => {
      expect(splitNames(raw)).toEqual([]);
    },
  );

  it('needs at least two name words', () => {
    expect(isPersonName('Madonna')).toBe(false);
    expect(isPersonName('Daisy-Mae Schmitt')).toBe(true);
  });
});

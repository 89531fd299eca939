import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../src/fields/media/index.js';

describe('splitCaption', () => {
  it.each([
    ['Israeli forces operating in the Gaza Strip, Feb. 10, 2024. Credit: IDF.', 'Israeli forces operating in the Gaza Strip, Feb. 10, 2024.', 'IDF'],
    ['Protesters gather outside parliament on Monday. (Reuters)', 'Protesters gather outside parliament on Monday.', 'Reuters'],
    ['The bridge after the collapse. Photo: AP', 'The bridge after the collapse.', 'AP'],
    ['Marjorie Taylor Greene at the Capitol. Paul Chinn/The San Francisco Chronicle', 'Marjorie Taylor Greene at the Capitol.', 'Paul Chinn/The San Francisco Chronicle'],
    ['Rescue teams in Antakya. J.Smith / Getty Images', 'Rescue teams in Antakya.', 'J.Smith / Getty Images'],
    ['Rescue teams in Antakya. J. R. Smith/AFP', 'Rescue teams in Antakya.', 'J. R. Smith/AFP'],
  ])('%s', (text, caption, credit) => {
    expect(splitCaption(text)).toEqual({ caption, credit });
  });

  it.each(['Residents wait for aid in Rafah, Feb. 12, 2024.', 'The skyline of Tel Aviv at night', 'Tel Aviv and/or Haifa', `${'A'.repeat(5000)}/`])('no credit in "%s"', (text) => {
    expect(splitCaption(text)).toEqual({ caption: text, credit: null });
  });
});

import { describe, expect, it } from 'vitest';
import { splitGluedLabels, textToBlocks } from '../../src/blocks/text.js';

describe('text blocks', () => {
  it('makes one block per non-empty line, whitespace folded', () => {
    expect(textToBlocks('  One  line \n\n\nTwo\u00a0lines\r\n').map((b) => b.text)).toEqual(['One line', 'Two lines']);
  });

  it.each([
    ['update deskIsrael at War', ['update desk', 'Israel at War']],
    ['latest newsWorld', ['latest news', 'World']],
    // The split comes after the last character a label cannot hold, at the first glue point past it.
    ['top 10 storiesSports', ['top 10 stories', 'Sports']],
    ['world newsUS politicsMiddle East', ['world news', 'US politicsMiddle East']],
  ])('splits glued labels: %s', (line, parts) => {
    expect(splitGluedLabels(line)).toEqual(parts);
  });

  it.each(['The new iPhone sold out', 'Watch on YouTube today', 'McDonald’s opens in Gaza', 'PlayStation sales rose', 'He said: weirdCase matters.', 'eBay listings', 'latest newsWorld 2024', 'AAAAAAAA'])(
    'leaves "%s" whole',
    (line) => {
      expect(splitGluedLabels(line)).toEqual([line]);
    },
  );
});

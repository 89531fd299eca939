import { describe, expect, it } from 'vitest';
import { documentOf } from './helpers.js';

const inner = (text: string) => {
  const doc = documentOf(text);
  return doc.quotations.map((q) => q.pieces.map((p) => text.slice(p.start, p.end)).join(' | '));
};

describe('quotation marks', () => {
  it.each([
    ['curly', 'He said, “We will win.”', ['We will win.']],
    ['straight', 'He said, "We will win."', ['We will win.']],
    ['mixed styles on one page', '“One,” she said. Later: "Two."', ['One,', 'Two.']],
    ['apostrophe inside', '“The ball is in the Americans’ court,” Naim said.', ['The ball is in the Americans’ court,']],
    ['straight apostrophe inside', '"The ball is in the Americans\' court," Naim said.', ["The ball is in the Americans' court,"]],
    ['nested single quotes', '“He called it ‘a farce’ and left,” she said.', ['He called it ‘a farce’ and left,']],
    ['split by attribution', '“We tried,” he said, “and we failed.”', ['We tried,', 'and we failed.']],
    ['quote over two paragraphs', '“First part of it.\n\n“Second part,” he said.', ['First part of it. | Second part,']],
    ['closing mark after comma, straight', 'He said "this is it," and left.', ['this is it,']],
    ['spaced closing straight mark', '"I hate the term \'outreach,\' " he told them.', ["I hate the term 'outreach,' "]],
    ['nested with the same marks', '“I’d rather live in what he calls “hell” than here.” ― Ana Ruiz', ['I’d rather live in what he calls “hell” than here.']],
    ['nested, straight marks', 'She said: "He called it "a farce" and left."', ['He called it "a farce" and left.']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  // False positives: marks that are not quotations, or that pair with nothing.
  it.each([
    ['inch marks', 'The pipe is 12" wide and the shelf 5\'10" tall.', []],
    ['apostrophes only', "The Americans' court and the '90s rock 'n' roll.", []],
    ['stray opening mark', 'He said “we will and never closed it.\n\nNext paragraph here.', []],
    ['stray closing mark', 'A lone mark” sits here.', []],
    ['empty marks', 'An empty “” pair.', []],
    // A stray opening mark before a pair is no outer quotation: nothing closes it after the pair.
    ['stray opening mark before a pair', 'He said “we will. Later “a real quote” came.', ['a real quote']],
    ['stray opening mark before two pairs', 'He “said. Then “one” and “two” came.', ['one', 'two']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('a stray mark does not swallow the next quotation', () => {
    expect(inner('A stray ” mark. Then “a real quote,” he said.')).toEqual(['a real quote,']);
  });
});

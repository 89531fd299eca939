import { describe, expect, it } from 'vitest';
import { documentOf } from './helpers.js';

const sentences = (text: string) => {
  const doc = documentOf(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  it.each([
    ['plain', 'One here. Two there.', ['One here.', 'Two there.']],
    ['titles and months', 'Sen. Warren spoke on Feb. 11 in Boston. Then she left.', ['Sen. Warren spoke on Feb. 11 in Boston.', 'Then she left.']],
    ['initials', 'John F. Kennedy and Vann R. Newkirk II met. Later they parted.', ['John F. Kennedy and Vann R. Newkirk II met.', 'Later they parted.']],
    ['country abbreviation before an opener', 'He flew to the U.S. The talks began.', ['He flew to the U.S.', 'The talks began.']],
    ['country abbreviation inside', 'The U.S. State Department said so.', ['The U.S. State Department said so.']],
    ['quotation kept whole', '“We won. We really did,” he said. Then he left.', ['“We won. We really did,” he said.', 'Then he left.']],
    ['attribution after a sentence-final quotation', '“Does anybody know?” Graham asked. “Neither do I.”', ['“Does anybody know?” Graham asked.', '“Neither do I.”']],
    ['attribution with a parenthesis', '“It is a whistle.” Rep. Gwen Moore (D-Wis.) said Friday.', ['“It is a whistle.” Rep. Gwen Moore (D-Wis.) said Friday.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  // Not a continuation: a new sentence that merely starts with a capital after a quotation.
  it('a new sentence after a quotation stays separate', () => {
    expect(sentences('“We won.” The crowd cheered loudly.')).toEqual(['“We won.”', 'The crowd cheered loudly.']);
  });
});

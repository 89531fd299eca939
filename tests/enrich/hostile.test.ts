import { describe, expect, it } from 'vitest';
import { extractArticle, ArticleRecordSchema } from '../../src/index.js';

const HEAD = 'A headline for a hostile page\n\n';

// Input built to make a naive quote stage quadratic: it must still give a valid record, and say what it cut.
describe('quotes on hostile input', () => {
  it.each([
    ['thousands of quotations in one sentence', HEAD + '“a b,” he said, '.repeat(20000), 'quotes.truncated'],
    ['a page of bare quotation marks', HEAD + '"'.repeat(200000), 'quotes.none'],
    ['a megabyte with no sentence end', HEAD + 'Smith said the '.repeat(70000), null],
    ['a megabyte of digits', HEAD + '12345'.repeat(200000), 'figures.none'],
    ['number words without end', HEAD + 'one hundred and twenty-five thousand '.repeat(20000), null],
    ['fraction characters after digits', HEAD + 'A 1½ mile walk. '.repeat(20000), null],
    ['a paragraph of dates with no sentence end', HEAD + 'on Feb. 7 and '.repeat(30000), null],
    ['thousands of dated sentences', HEAD + 'They met on Tuesday. '.repeat(20000), 'dates.truncated'],
  ])('%s', (_name, text, code) => {
    const record = extractArticle(text, { format: 'text' });
    expect(() => ArticleRecordSchema.parse(record)).not.toThrow();
    if (code) expect(record.diagnostics.map((d) => d.code)).toContain(code);
    for (const q of record.quotes) expect(q.end).toBeLessThanOrEqual(record.body.text.length);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../../src/fields/language/index.js';

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'], ['en-us', 'en-US'], ['en_GB', 'en-GB'], ['de-DE, en', 'de-DE'], ['zh-Hans-CN', 'zh-Hans-CN'], ['PT-br', 'pt-BR'],
  ])('%s → %s', (raw, tag) => {
    expect(normalizeLanguage(raw)).toBe(tag);
  });
  it.each(['', 'english', '12', 'x', 'en-'])('rejects "%s"', (raw) => {
    expect(normalizeLanguage(raw)).toBeNull();
  });
});

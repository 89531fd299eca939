import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/blocks/text.js';
import { bestRun } from '../../src/clean/text-run.js';
import { STRICT } from '../../src/clean/locate.js';
import { pickTextHeadline } from '../../src/fields/headline/text.js';
import { PARAGRAPHS } from '../helpers.js';

const pick = (lines: string[], url: string | null = null) => {
  const blocks = textToBlocks([...lines, ...PARAGRAPHS].join('\n'));
  return pickTextHeadline(blocks, bestRun(blocks, STRICT), url)?.text ?? null;
};

describe('pickTextHeadline', () => {
  it.each([
    ['the line above the byline', ['Home', 'News', 'Council approves transit budget after months of debate', 'By Jane Doe', 'Dec. 19, 2023'], null, 'Council approves transit budget after months of debate'],
    ['the line that matches the URL slug', ['Most popular: Ten things to know about the Rafah crossing', 'Council approves transit budget', 'Updated 3:31 p.m.'], 'https://example.com/2023/12/19/council-approves-transit-budget/', 'Council approves transit budget'],
    ['the headline, not a breadcrumb trail that contains it', ['Home > News > Metro > Council approves transit budget', 'Council approves transit budget', 'By Jane Doe'], 'https://example.com/council-approves-transit-budget', 'Council approves transit budget'],
  ])('picks %s', (_, lines, url, expected) => {
    expect(pick(lines, url)).toBe(expected);
  });

  // Not headlines: prose sentences, menus, boilerplate prompts.
  it.each([
    [['The senator declined to comment on the report, saying only that he would “let the facts speak for themselves.”']],
    [['Subscribe now', 'Never miss a thing', 'Sign up for our daily newsletter']],
    [['Home', 'News', 'Sport']],
  ])('finds none among %j', (lines) => {
    expect(pick(lines)).toBeNull();
  });
});

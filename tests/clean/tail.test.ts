import { describe, expect, it } from 'vitest';
import { TAIL_RULES } from '../../src/clean/rules/tail.js';

const match = (text: string) => TAIL_RULES.find((r) => text.length <= r.maxChars && r.pattern.test(text))?.id ?? null;

describe('tail rules', () => {
  it.each([
    ['tail.contact', 'Jeremy Schneider may be reached at jschneider@example.com.'],
    ['tail.contact', 'You can email Amy Dickinson at askamy@example.com or send a letter to Ask Amy.'],
    ['tail.bio', 'Charlie Savage writes about national security and legal policy from Washington.'],
    ['tail.bio', 'Bucky Brooks is an NFL analyst for FOX Sports.'],
    ['tail.contributed', 'Reporting by The Associated Press.'],
    ['tail.contributed', 'Miami Herald Caribbean correspondent Jacqueline Charles contributed to this story.'],
    ['tail.print-note', 'A version of this article appears in print on Dec. 22, Section A, Page 13 of the New York edition.'],
    ['tail.references', 'More information: Sosuke Fujita et al, Distinct stem-like cell populations, PLOS Biology (2023).'],
    ['tail.references', 'Citation: How jellyfish regenerate functional tentacles in days (2023, December 22) retrieved 24 December 2023'],
  ])('%s: %s', (id, text) => {
    expect(match(text)).toBe(id);
  });

  // Closing sentences of real stories.
  it.each([
    'The budget now goes to the mayor, who is expected to sign it before the end of the month.',
    'Smith is a former reporter who now runs a bakery in Queens, and he says he does not miss the newsroom.',
    'He writes that the decision was “a betrayal” of the town’s voters.',
    'Citations were issued to three drivers after the crash.',
    'The information was provided by the county clerk’s office.',
  ])('keeps "%s"', (text) => {
    expect(match(text)).toBeNull();
  });
});

describe('author bios', () => {
  it.each([
    'Laura is a science news writer, covering a wide variety of subjects, but she is particularly fascinated by all things aquatic.',
    'Lana is a dedicated writer and Editor in Chief of TheFrisky, who has been with us from the beginning.',
  ])('closing bio: %s', (text) => {
    expect(match(text)).toBe('tail.bio');
  });
});

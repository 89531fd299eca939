import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const CONTEXT = 'Senior Hamas official Bassem Naim spoke in Cairo on Monday.\n\n';

describe('reported speech', () => {
  it.each([
    ['told X that', 'Naim told Reuters that it had presented its proposal for a ceasefire.', 'it had presented its proposal for a ceasefire', 'Naim', 'told'],
    ['claims that', 'Hamas claims that it has no idea where the hostages are.', 'it has no idea where the hostages are', 'Hamas', 'claims'],
    ['content first, attribution last', 'The talks will resume next week in Doha, officials said.', 'The talks will resume next week in Doha', 'officials', 'said'],
    ['according to', 'According to the health ministry, more than 30 people died in the strike.', 'more than 30 people died in the strike', 'the health ministry', 'according to'],
    ['said without that', 'Naim said the group would study the proposal carefully.', 'the group would study the proposal carefully', 'Naim', 'said'],
  ])('%s', (_name, paragraph, content, mention, cue) => {
    const { quotes } = quotesOf(CONTEXT + paragraph);
    const q = quotes.find((x) => x.kind === 'indirect');
    expect(q).toBeDefined();
    expect(q!.text).toBe(content);
    expect(q!.speaker?.mention).toBe(mention);
    expect(q!.cue).toBe(cue);
  });

  // Not reported speech: a cue verb with no clause, or no speaker.
  it.each([
    ['said goodbye', 'Naim said goodbye to the delegation at the airport.'],
    ['a noun that looks like a cue', 'Naim’s remarks drew a sharp response from the delegation.'],
    ['no speaker', 'It is said that the talks could take many more weeks.'],
  ])('%s: nothing', (_name, paragraph) => {
    const { quotes } = quotesOf(CONTEXT + paragraph);
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

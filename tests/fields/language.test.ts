import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../../src/fields/language/english.js';
import { normalizeLanguage } from '../../src/fields/language/index.js';
import { extractArticle } from '../../src/index.js';

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

const english = [
  // English prose that an n-gram detector has read as Russian, Italian, French or Spanish (names, loanwords).
  'Indonesian film distributor Feat Pictures announced on Saturday that it has licensed and will screen the documentary in cinemas across Jakarta, Surabaya and Medan from January, with Bahasa subtitles prepared by the studio and a premiere attended by the director, the producers and the cast.',
  'Giant bacteria are intriguing, underexplored biological enigmas. Many well-studied giants use abundant internal membranes to power their metabolism, and the newly described species from the Caribbean mangroves has been found to carry thousands of copies of its genome, which the researchers said was unprecedented.',
  'The government is planning to buy sugar directly from local farmers in a bid to stabilize declining prices, the trade ministry said on Tuesday, adding that the plan would be funded from the budget of the state procurement agency and that the first purchases were expected by the end of the month.',
];
const notEnglish = [
  'Quando si tratta di arredare la casa, la sintesi tra tradizione e innovazione è un concetto che sta prendendo sempre più piede tra gli italiani, che cercano mobili capaci di durare nel tempo e di raccontare una storia, secondo gli esperti del settore intervistati dalla rivista.',
  'La propietaria de la cuenta de TikTok que compartió el video en noviembre de 2022 confirmó a PolitiFact que las imágenes fueron grabadas en otro país y que no muestran lo que afirman las publicaciones que circulan en redes sociales desde la semana pasada.',
  'De regering heeft dinsdag een nieuw plan aangekondigd voor het openbaar vervoer in de hoofdstad, nadat de gemeenteraad het voorstel van de wethouder had gesteund. Het plan is de grootste investering in jaren en moet de files verminderen, zei een woordvoerder van het ministerie.',
  'Der Bundestag hat am Dienstag über den Haushalt abgestimmt, nachdem die Regierung monatelang verhandelt hatte. Die Opposition kritisierte den Plan als unausgewogen und warf der Koalition vor, die Schuldenbremse zu umgehen, sagte ein Sprecher der Fraktion im Parlament.',
  'The the the of of and', // too few words to say anything
];

describe('English by its function words', () => {
  it.each(english)('reads as English: %s', (text) => expect(readsAsEnglish(text)).toBe(true));
  it.each(notEnglish)('does not read as English: %s', (text) => expect(readsAsEnglish(text)).toBe(false));

  it('an undeclared English page is detected as English and enriched', () => {
    const record = extractArticle(`${english.join('\n\n')}\n\n“We will keep going,” said Maria Lopez, the head of the agency.`, { format: 'text' });
    expect(record.language).toBe('en');
    expect(record.quotes.map((q) => q.speaker?.name)).toContain('Maria Lopez');
  });

  it('an undeclared Italian page is detected as Italian and not enriched', () => {
    const record = extractArticle(`${notEnglish[0]}\n\n${notEnglish[0]}`, { format: 'text' });
    expect(record.language).toBe('it');
    expect(record.diagnostics.map((d) => d.code)).toContain('enrich.language');
  });
});

import { describe, expect, it } from 'vitest';
import { DATE_LINE } from '../../src/clean/edges.js';
import { isCreditedCaption } from '../../src/clean/rules/media.js';
import { matchTextRule } from '../../src/clean/text-rules.js';
import { extractArticle } from '../../src/index.js';
import { page, PARAGRAPHS } from '../helpers.js';

describe('date lines in the languages of the news', () => {
  it.each([
    'Published 2 hours ago',
    'Updated Dec. 23, 2023, 7:58 AM',
    'Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54',
    'Publiziert: 01.07.2023, 11:16',
    'Artikel veröffentlicht am 28. April 2024, 14:26 Uhr',
    'Aktualizacja: 19.04.2026 19:45 Publikacja: 19.04.2026 19:05',
    '3. Mai 2024, 17:47',
    '21 de marzo de 2024',
    '12 settembre 2023',
    'Heute, 12:37 Uhr',
    'Hier à 18h04',
    'Dec 11, 2023',
  ])('%s', (line) => {
    expect(DATE_LINE.test(line)).toBe(true);
  });

  // Sentences that open with a date or a date word are story text.
  it.each([
    'Published in 1998, the report found that prices rose. It was widely read.',
    'Stand up for your rights, the union said.',
    '3. Mai 2024 war ein Freitag. Die Polizei kam spät.',
    'Heute sprach der Minister über die Haushaltslage und die Pläne der Regierung.',
    'Maybe next year, she said.',
  ])('not: %s', (line) => {
    expect(DATE_LINE.test(line)).toBe(false);
  });
});

describe('related labels in other languages', () => {
  it.each<[string, string]>([
    ['Czytaj więcej', 'related'],
  ])('%s', (line, category) => {
    expect(matchTextRule(line)?.category).toBe(category);
  });
  it.each([
    'Der Newsletter des Ministeriums informierte über die neuen Regeln, sagte ein Sprecher.',
    'Para saber más sobre el caso, los fiscales pidieron los registros del banco en marzo.',
  ])('not: %s', (line) => {
    expect(matchTextRule(line)).toBeNull();
  });
});

describe('captions told by their credit, in the body of an HTML page', () => {
  const caption = [
    'Viele Hände arbeiten in einer Schlachthalle daran, die Tiere direkt zu verarbeiten. Bildrechte: MDR/David Straub',
    'Das Wohn- und Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant',
    'Eingefrorenes Sperma in einer Klinik.Friso Gentsch/dpa',
    'Francesco Carta Fotografo | Moment | Getty Images',
    'Smoke rises over the city on Monday. Credit: IDF.',
    'FILE - Workers at the plant in 2019.',
  ];
  it.each(caption)('%s', (line) => {
    expect(isCreditedCaption(line)).toBe(true);
    const r = extractArticle(page(`<article><h1>Council approves budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p><p>${PARAGRAPHS[0]} Again.</p></article>`));
    expect(r.body.text).not.toContain(line);
    expect(r.removed.some((x) => x.ruleId === 'caption.credit-line' || x.category === 'credit')).toBe(true);
  });
  it.each(['Foto: REUTERS/Nathan Howard', '(Photo: @yorkshiresoap / Twitter)'])('a credit line: %s', (line) => {
    expect(matchTextRule(line)?.id).toBe('credit.label');
  });
  it.each([
    'The photo was taken in 2019 and shows the plant before the fire, the company said.',
    'Der Minister sagte, das Bild sei gefälscht.',
    'Prices rose 5% in March, according to the agency.',
  ])('not: %s', (line) => {
    expect(isCreditedCaption(line)).toBe(false);
  });
});

describe('weekday date lines', () => {
  it.each(['Monday, Dec. 18, 2023', 'Tue., 5 March 2024', 'Thursday 21 December 2023 10:15'])('%s', (line) => {
    expect(DATE_LINE.test(line)).toBe(true);
  });
  it.each(['Money talks, ‘quiet luxury’ whispers', 'Monkey Business Farfalloni Pasta Pot Grips', 'Fritos Scoops! or another type of corn chip', 'Sunscreen, hats and water'])('not: %s', (line) => {
    expect(DATE_LINE.test(line)).toBe(false);
  });
});

describe('the text of embeds, forms and labels every site shares', () => {
  it.each<[string, string]>([
    ['View this post on Instagram', 'social.instagram-embed'],
    ['A post shared by Jane Doe (@janedoe)', 'social.instagram-embed'],
    ['By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.', 'newsletter.form-consent'],
    ['Contact me with news and offers from other Future brands', 'newsletter.form-consent'],
    ['Receive email from us on behalf of our trusted partners or sponsors', 'newsletter.form-consent'],
    ["Editor's Picks", 'related.label'],
  ])('%s', (line, id) => {
    expect(matchTextRule(line)?.id).toBe(id);
  });
  it.each([
    'The post shared by the senator on Instagram drew thousands of replies within an hour.',
    'By submitting the bill, the governor said, the lawmakers agreed to a compromise.',
  ])('not: %s', (line) => {
    expect(matchTextRule(line)).toBeNull();
  });
});

describe('captions closed by a photo agency', () => {
  it.each([
    'The dress that Princess Diana wore in Italy in 1985 has broken a record at auction. (Getty Images / Getty Images)',
    'A man walks past the closed store in Hong Kong. UCG/Universal Images Group via Getty Images, FILE',
    'The mayor at a news conference in 2019. Sun-Times file photo',
    'Rikkie Kolle becomes the first trans woman to be named Miss Netherlands. Shutterstock',
    'A boutique on Parizska street in Prague, Czech Republic. Milan Jaros/Bloomberg/Getty Images',
    'Shoppers at Navy Pier Nov. 27, 2023, in Chicago. (Armando L. Sanchez/Chicago Tribune)',
    'The suspect was flown to Idaho in January 2022. (Derek Shook for Fox News Digital)',
    'Much of his business may be impacted if a new deal is not reached. (Submitted by Darren Larvin)',
  ])('%s', (line) => {
    expect(isCreditedCaption(line)).toBe(true);
  });
  it.each([
    'The company sold the photos via Getty Images and other agencies last year, the filing shows.',
    'Prosecutors showed the jury a file photo of the suspect, the lawyer said.',
    'The report covers the 2022 season and the one before it (2020/2021).',
    'He voted for the bill in March (and against it in May).',
    'The rye rounds out the body of the potent whiskey (bottled at proof between 52.6-53.5% ABV/105.3-107 proof).',
    'TV: ABC | Live stream: Fubo (Try for free)',
  ])('not: %s', (line) => {
    expect(isCreditedCaption(line)).toBe(false);
  });
});

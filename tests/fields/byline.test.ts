import { describe, expect, it } from 'vitest';
import { isHandle, isPersonName, splitNames } from '../../src/fields/byline/names.js';

describe('splitNames', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['RALPH D. RUSSO, BOB FERRANTE', ['Ralph D. Russo', 'Bob Ferrante']],
    ['By JUAN DE LA CRUZ and SEAN O’BRIEN', ['Juan de la Cruz', 'Sean O’Brien']],
    ['ANNA MCDONALD', ['Anna McDonald']],
    ['André Oliver KLEIN', ['André Oliver Klein']],
    ['DeShawn Jones', ['DeShawn Jones']],
    ['Ana de la Vega', ['Ana de la Vega']],
    ['Par Marie Dupont et Jean Martin', ['Marie Dupont', 'Jean Martin']],
    ['Por María García y Luis Pérez', ['María García', 'Luis Pérez']],
    ['Di Marco Rossi e Giulia Bianchi', ['Marco Rossi', 'Giulia Bianchi']],
    ['Door Jan de Vries', ['Jan de Vries']],
    ['Av Kari Nordmann', ['Kari Nordmann']],
    ['Af Mette Frederiksen', ['Mette Frederiksen']],
    ['Av Kari Nordmann og Ola Hansen', ['Kari Nordmann', 'Ola Hansen']],
    ['Av Anna Svensson och Erik Berg', ['Anna Svensson', 'Erik Berg']],
    ['Door Jan de Vries en Piet Jansen', ['Jan de Vries', 'Piet Jansen']],
    ['Андрей Колесников и Мария Петрова', ['Андрей Колесников', 'Мария Петрова']],
    // Conjunctions are lower case: "En" and "Og" starting a name stay in it.
    ['Jan En Smit', ['Jan En Smit']],
    ['Autor: Anna Nowak', ['Anna Nowak']],
    ['Texte : Claire Petit', ['Claire Petit']],
    ['Posted by Jane Doe', ['Jane Doe']],
    ['written by Jane Doe', ['Jane Doe']],
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['By Cam E. Kettles, Crimson Staff Writer', ['Cam E. Kettles']],
    ['Kayla Jimenez USA TODAY', ['Kayla Jimenez']],
    ['Jim Walsh Cherry Hill Courier-Post', ['Jim Walsh']],
    ['Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers', ['Takeo Maeda', 'Tatsuya Tanoue']],
    ['Lauren Manaker MS, RD', ['Lauren Manaker']],
    ['von Birgit Baumann und Jan Michael Marchart', ['Birgit Baumann', 'Jan Michael Marchart']],
    ['肖春芳', ['肖春芳']],
    ['小暮ひさのり', ['小暮ひさのり']],
    // Japanese bylines: full-width separators, brackets, and 文● ("text:") before the name.
    ['[田中宏昌，ITmedia]', ['田中宏昌']],
    ['文● オカモト／ASCII編集部', ['オカモト']],
    ['山田太郎、鈴木花子', ['山田太郎', '鈴木花子']],
    ['Politik · Jochen Bittner, Tina Hildebrandt', ['Jochen Bittner', 'Tina Hildebrandt']],
    ['Jane Doe · 5 min read', ['Jane Doe']],
    ['Marcel·lí Pérez', ['Marcel·lí Pérez']],
    ['Андрей Колесников', ['Андрей Колесников']],
  ])('%s → %j', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });

  // Not people: desks, agencies, dates, roles, handles.
  it.each(['Staff Writer', 'Associated Press', 'The Associated Press', 'Updated Dec. 23, 2023', 'NBC News', '@janedoe', 'Editorial Board', 'Reuters', 'Photo by AP', 'Redaktion',
    'By the numbers', 'By The Numbers', 'Von Montag bis Freitag', 'Par ailleurs', 'Senior Political Correspondent', 'TC Redazione', 'Redacción Deportes', 'Redactie Binnenland', 'Redakcja Sportowa', '編集部', 'ASCII編集部', '中日新聞',
    'Yomiuri Shimbun Staff Writers', 'Metro Desk Reporters', '写真● オカモト', '[ITmedia]'])(
    'rejects "%s"',
    (raw) => {
      expect(splitNames(raw)).toEqual([]);
    },
  );

  it('needs at least two name words', () => {
    expect(isPersonName('Madonna')).toBe(false);
    expect(isPersonName('Daisy-Mae Schmitt')).toBe(true);
  });
});

describe('isHandle', () => {
  it.each(['nightowl42', 'jane_doe', '@KingBeyonceStan', 'u/benyacobi', '@janedoe'])('"%s" is a handle', (token) => {
    expect(isHandle(token)).toBe(true);
  });

  // Desks, agencies, outlets, brands, surnames, dates and words: no mark of a handle.
  it.each(['AFP', 'dpa', 'Redaktion', 'AJLabs', 'MarketWatch', 'CarolRomig', 'McDonald', 'MacLeod', 'DeShawn', 'Staff', 'News_Staff', '2024', '12.05.2024', 'Jane Doe', 'ITmedia', 'x', 'a'.repeat(40)])(
    '"%s" is not',
    (token) => {
      expect(isHandle(token)).toBe(false);
    },
  );
});


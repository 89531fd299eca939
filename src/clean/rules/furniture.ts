/**
 * The words of a page's date lines, in the languages of the news we see (English, German, French, Spanish,
 * Italian, Dutch, Portuguese, Polish, Swedish, Norwegian, Danish); clean/edges.ts builds DATE_LINE from them.
 */

/** Words that open a date line: "Published", "Publié le", "Veröffentlicht am", "Aktualizacja:". */
export const PUBLISHED_WORDS = [
  'published', 'updated', 'posted', 'last updated', 'modified',
  'veröffentlicht', 'aktualisiert', 'publiziert', 'erschienen', 'stand',
  'publié', 'mis à jour', 'modifié', 'publicado', 'actualizado', 'pubblicato', 'aggiornato',
  'gepubliceerd', 'bijgewerkt', 'publikacja', 'aktualizacja', 'opublikowano',
  'publicerad', 'uppdaterad', 'publisert', 'oppdatert', 'udgivet', 'opdateret',
];

/** Month names and their short forms, for "3. Mai 2024", "30 août 2023", "21 de marzo de 2024". */
export const MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'mars', 'maj', 'augusti', 'desember', 'december',
];

/** "Today, 12:37", "Heute, 12:37 Uhr", "Hier à 18h04". */
export const RELATIVE_DAYS = ['today', 'yesterday', 'heute', 'gestern', "aujourd'hui", 'hier', 'hoy', 'ayer', 'oggi', 'ieri', 'vandaag', 'gisteren', 'dzisiaj', 'wczoraj', 'idag', 'igår', 'i dag', 'i går'];

const alternatives = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')).join('|');
export const MONTH_NAME = `(?:${alternatives(MONTHS)})\\.?`;
export const PUBLISHED_WORD = `(?:${alternatives(PUBLISHED_WORDS)})`;
export const RELATIVE_DAY = `(?:${alternatives(RELATIVE_DAYS)})`;

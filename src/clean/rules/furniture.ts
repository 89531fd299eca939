/**
 * The page's own furniture around a story, in the languages of the news we see (English, German, French,
 * Spanish, Italian, Dutch, Portuguese, Polish, Swedish, Norwegian, Danish): date lines and reading times.
 */
import type { RuleSet } from './types.js';

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

/** Reading-time words: "6 minute read", "3 Min Lesezeit", "Temps de lecture 4 min.", "Lesedauer: 2 Minuten". */
const READING = "read|reading time|lesezeit|lesedauer|de lecture|temps de lecture|de lectura|tiempo de lectura|di lettura|tempo di lettura|leestijd|lesetid|lästid|læsetid|czytania|czas czytania";
const MINUTES = 'min(?:ute)?s?\\.?|minuten|minuti|minutos|minuter|minutter|minut';

export const furniture: RuleSet = {
  markup: [],
  text: [
    {
      id: 'furniture.reading-time',
      category: 'other',
      pattern: new RegExp(`^(?:[•·|]\\s?)?(?:\\d{1,3}\\s?(?:${MINUTES})\\s(?:${READING})|(?:${READING})\\s?:?\\s\\d{1,3}\\s?(?:${MINUTES}))\\.?$`, 'iu'),
      maxChars: 40,
    },
  ],
};

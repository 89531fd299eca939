/**
 * Word lists for figures: number words, multipliers, vague magnitudes, qualifiers, currencies, units and what
 * happens to the people counted. Data only; reading lives in numbers.ts and context.ts.
 */
import type { Figure } from '../../schema.js';

export const UNITS_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['lakh', 1e5], ['lakhs', 1e5], ['million', 1e6], ['crore', 1e7], ['crores', 1e7],
  ['billion', 1e9], ['trillion', 1e12],
]);
/** Abbreviated multipliers after digits: "$2bn", "3.2m", "5k". */
export const MULTIPLIER_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['thousand', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['mm', 1e6], ['million', 1e6],
  ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['billion', 1e9], ['tn', 1e12], ['tln', 1e12], ['trillion', 1e12],
  ['hundred', 100], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);
/** Whole-word counts: "a dozen", "a score of", "a pair of". */
export const COUNT_NOUNS: ReadonlyMap<string, number> = new Map([['dozen', 12], ['score', 20], ['pair', 2], ['couple', 2]]);

/** Fractions that follow "a" in news ("a third of", "a quarter"); their values are in DENOMINATORS. */
export const FRACTION_AFTER_A = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);

/**
 * Vague magnitudes: value unknown; `low` is the order of magnitude the word names and `high` ten times it
 * (NewsQuant's reading: "thousands" is 1,000–10,000, "dozens" 12–120).
 */
export const VAGUE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['tens', 10],
]);

/** "sixfold", "tenfold". */
export const FOLD = /^(\p{L}+)fold$/u;

/** Ordinals that name a fraction's denominator after a number word: "one fourth", "two thirds". */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['fourth', 4], ['fourths', 4], ['quarter', 4], ['quarters', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10],
]);

/** Units written glued to the digits: "54GB", "640bhp", "50mph", "120Hz", "118.5p". */
export const GLUED_UNITS: ReadonlyMap<string, string> = new Map([
  ['gb', 'GB'], ['mb', 'MB'], ['tb', 'TB'], ['kb', 'KB'], ['bhp', 'hp'], ['hp', 'hp'], ['ps', 'hp'], ['kw', 'kW'],
  ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['hz', 'Hz'], ['khz', 'kHz'], ['mhz', 'MHz'],
  ['ghz', 'GHz'], ['mm', 'mm'], ['cm', 'cm'], ['km', 'km'], ['kg', 'kg'], ['mg', 'mg'], ['g', 'g'], ['lb', 'pound'],
  ['lbs', 'pound'], ['mph', 'mph'], ['kph', 'km/h'], ['ft', 'foot'], ['in', 'inch'], ['ml', 'ml'], ['l', 'litre'],
  ['nm', 'nm'], ['p', 'pence'], ['c', 'cent'], ['w', 'W'], ['v', 'V'], ['mah', 'mAh'], ['x', 'times'], ['s', 'second'],
  ['h', 'hour'], ['min', 'minute'], ['yd', 'yard'], ['mi', 'mile'], ['sq', 'square'],
]);

/** Words after a hyphenated pair that make it a score, not a range: "won 2-1", "a 9-2 lead". */
export const SCORE_WORDS = /^(?:thanks|wins?|victory|victories|lead|leads|loss|losses|defeat|defeats|draw|record|series|score|margin|vote|decision|ruling|majority|split)$/;

type Qualifier = Figure['qualifier'];
/** Words before a number that say how exact it is. Longest phrases first. */
export const QUALIFIERS: readonly (readonly [readonly string[], Qualifier])[] = [
  [['just', 'under'], 'less-than'], [['just', 'over'], 'more-than'], [['just', 'shy', 'of'], 'less-than'],
  [['more', 'than'], 'more-than'], [['upwards', 'of'], 'more-than'], [['in', 'excess', 'of'], 'more-than'],
  [['over'], 'more-than'], [['above'], 'more-than'], [['exceeding'], 'more-than'], [['higher', 'than'], 'more-than'],
  [['greater', 'than'], 'more-than'], [['larger', 'than'], 'more-than'], [['lower', 'than'], 'less-than'],
  [['smaller', 'than'], 'less-than'], [['shy', 'of'], 'less-than'],
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'], [['under'], 'less-than'], [['below'], 'less-than'],
  [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'], [['as', 'many', 'as'], 'at-most'], [['no', 'more', 'than'], 'at-most'],
  [['a', 'maximum', 'of'], 'at-most'],
  [['an', 'estimated'], 'approximate'], [['about'], 'approximate'], [['some'], 'approximate'], [['around'], 'approximate'],
  [['roughly'], 'approximate'], [['nearly'], 'approximate'], [['almost'], 'approximate'], [['approximately'], 'approximate'],
  [['approx'], 'approximate'], [['close', 'to'], 'approximate'], [['an', 'approximate'], 'approximate'],
  [['estimated'], 'approximate'], [['circa'], 'approximate'], [['~'], 'approximate'], [['c.'], 'approximate'],
];

/** Currency signs and words to ISO 4217. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['inr', 'INR'], ['jpy', 'JPY'],
  ['cny', 'CNY'], ['aud', 'AUD'], ['cad', 'CAD'], ['chf', 'CHF'], ['hkd', 'HKD'], ['sgd', 'SGD'], ['hk$', 'HKD'], ['a$', 'AUD'], ['c$', 'CAD'], ['nz$', 'NZD'], ['s$', 'SGD'],
  ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₪', 'ILS'], ['rm', 'MYR'], ['rs', 'INR'], ['rs.', 'INR'],
]);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['shekel', 'ILS'], ['shekels', 'ILS'], ['ringgit', 'MYR'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['roubles', 'RUB'],
  ['franc', 'CHF'], ['francs', 'CHF'], ['won', 'KRW'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['rmb', 'CNY'],
  ['rand', 'ZAR'], ['lira', 'TRY'], ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'],
  ['naira', 'NGN'], ['hryvnia', 'UAH'], ['zloty', 'PLN'], ['krona', 'SEK'], ['kronor', 'SEK'], ['krone', 'NOK'],
  ['kroner', 'NOK'], ['baht', 'THB'], ['rupiah', 'IDR'], ['peseta', 'ESP'], ['pesetas', 'ESP'], ['guilder', 'NLG'],
  ['guilders', 'NLG'], ['markka', 'FIM'], ['mark', 'DEM'], ['marks', 'DEM'],
  // Subunits keep their own name: "50 cents", "470 pence".
  ['cent', 'cent'], ['cents', 'cent'], ['penny', 'pence'], ['pence', 'pence'], ['sen', 'sen'],
]);

/** Currency signs written after the amount: "10 €", "100元". */
export const CURRENCY_AFTER: ReadonlyMap<string, string> = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
  ['元', 'CNY'], ['₹', 'INR'], ['₪', 'ILS'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₫', 'VND'], ['₱', 'PHP']]);

/** Adjectives that name a currency's country before it: "Australian dollars", "Swiss francs", "US dollar". */
export const CURRENCY_COUNTRIES = new Set(['us', 'u.s.', 'american', 'australian', 'canadian', 'new', 'zealand', 'hong', 'kong',
  'singapore', 'taiwan', 'taiwanese', 'swiss', 'chinese', 'japanese', 'dutch', 'finnish', 'mexican', 'brazilian', 'indian',
  'south', 'african', 'turkish', 'swedish', 'norwegian', 'danish', 'russian', 'saudi', 'emirati', 'korean', 'philippine']);

/** "pounds" is money only where the sentence talks money; otherwise it is weight. */
export const MONEY_CONTEXT = /\b(?:cost|costs|paid|pay|pays|worth|price|prices|priced|fine|fined|salary|wage|fund|funds|spent|spend|raised|raise|sterling|budget|bill|fee|fees|sold|buy|bought|profit|revenue|loss|debt|tax|million|billion|bn|m)\b/i;

/** Units of time: a figure with one is a duration (or an age with "-old"). */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'], ['hour', 'hour'],
  ['hours', 'hour'], ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'],
  ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
]);

/** Units of measure, normalised. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['mile', 'mile'],
  ['miles', 'mile'], ['m', 'm'], ['metres', 'm'], ['meters', 'm'], ['metre', 'm'], ['meter', 'm'], ['cm', 'cm'],
  ['mm', 'mm'], ['feet', 'foot'], ['foot', 'foot'], ['ft', 'foot'], ['inches', 'inch'], ['inch', 'inch'], ['yards', 'yard'],
  ['yard', 'yard'], ['kg', 'kg'], ['kilograms', 'kg'], ['kilogram', 'kg'], ['kilos', 'kg'], ['g', 'g'], ['grams', 'g'],
  ['tons', 'ton'], ['tonnes', 'tonne'], ['ton', 'ton'], ['tonne', 'tonne'], ['lbs', 'pound'], ['lb', 'pound'],
  ['ounces', 'ounce'], ['ounce', 'ounce'], ['litres', 'litre'], ['liters', 'litre'], ['litre', 'litre'], ['liter', 'litre'],
  ['gallons', 'gallon'], ['gallon', 'gallon'], ['barrels', 'barrel'], ['barrel', 'barrel'], ['degrees', 'degree'],
  ['degree', 'degree'], ['mph', 'mph'], ['km/h', 'km/h'], ['kph', 'km/h'], ['acres', 'acre'], ['acre', 'acre'],
  ['hectares', 'hectare'], ['hectare', 'hectare'], ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'], ['mb', 'MB'], ['gb', 'GB'],
  ['tb', 'TB'], ['hp', 'hp'], ['rpm', 'rpm'], ['points', 'point'], ['point', 'point'], ['bps', 'basis point'],
  ['sq', 'square'], ['horsepower', 'hp'], ['times', 'times'], ['m.p.h', 'mph'], ['m.p.h.', 'mph'], ['pound', 'pound'], ['nm', 'Nm'], ['watts', 'W'],
  ['volts', 'V'], ['megawatt', 'MW'], ['megawatts', 'MW'], ['gigawatts', 'GW'], ['kilowatts', 'kW'], ['milligrams', 'mg'],
  ['milligram', 'mg'], ['micrograms', 'µg'], ['nanometer', 'nm'], ['nanometers', 'nm'], ['nanometre', 'nm'],
  ['nanometres', 'nm'], ['mpg', 'mpg'], ['gwh', 'GWh'], ['mwh', 'MWh'], ['mpa', 'MPa'], ['ghz', 'GHz'], ['mhz', 'MHz'], ['calories', 'calorie'], ['carats', 'carat'], ['pixels', 'pixel'], ['megapixels', 'megapixel'],
]);

/** Two-word units: "basis points", "miles per hour", "square feet". */
export const UNIT_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['basis', 'points'], 'basis point'], [['basis', 'point'], 'basis point'], [['miles', 'per', 'hour'], 'mph'],
  [['kilometres', 'per', 'hour'], 'km/h'], [['kilometers', 'per', 'hour'], 'km/h'], [['km', '/', 'h'], 'km/h'],
  [['square', 'feet'], 'square foot'], [['square', 'metres'], 'square metre'], [['square', 'meters'], 'square metre'],
  [['square', 'miles'], 'square mile'], [['square', 'kilometres'], 'square km'], [['square', 'kilometers'], 'square km'],
  [['sq', 'ft'], 'square foot'], [['sq', 'm'], 'square metre'], [['light', 'years'], 'light year'],
];

/** What happened to the people counted, and the category it puts the figure in. */
export const MEASURES: ReadonlyMap<string, 'casualties' | 'hostages' | null> = new Map([
  ['killed', 'casualties'], ['dead', 'casualties'], ['died', 'casualties'], ['wounded', 'casualties'],
  ['injured', 'casualties'], ['hurt', 'casualties'], ['murdered', 'casualties'], ['slain', 'casualties'],
  ['executed', 'casualties'], ['deaths', 'casualties'], ['fatalities', 'casualties'], ['casualties', 'casualties'],
  ['missing', 'casualties'], ['kidnapped', 'hostages'], ['abducted', 'hostages'], ['captive', 'hostages'],
  ['held', 'hostages'], ['seized', 'hostages'], ['released', null], ['freed', null], ['displaced', null],
  ['evacuated', null], ['arrested', null], ['detained', null], ['rescued', null], ['deported', null], ['fled', null],
  ['infected', null], ['hospitalized', null], ['hospitalised', null], ['sentenced', null], ['convicted', null],
  ['charged', null], ['affected', null], ['homeless', null], ['stranded', null], ['trapped', null], ['evicted', null],
  ['remain', null], ['remained', null],
]);

/**
 * Verbs that take the count as their object, read before the number when nothing after it says what happened:
 * "the bombings killed 224 people", "killing at least 40". Verbs whose object is as often a thing ("held 3
 * meetings", "released 3 reports") are left out.
 */
export const MEASURES_BEFORE: ReadonlyMap<string, string> = new Map([
  ['killed', 'killed'], ['killing', 'killed'], ['kills', 'killed'], ['wounded', 'wounded'], ['wounding', 'wounded'],
  ['injured', 'injured'], ['injuring', 'injured'], ['kidnapped', 'kidnapped'], ['abducted', 'abducted'],
  ['arrested', 'arrested'], ['detained', 'detained'], ['evacuated', 'evacuated'], ['displaced', 'displaced'],
  ['rescued', 'rescued'], ['executed', 'executed'],
]);

/** Nouns that make a count a count of hostages or of casualties on their own. */
export const HOSTAGE_NOUNS = /^(?:hostages?|captives?|abductees?|prisoners?|detainees?)$/;
export const CASUALTY_NOUNS = /^(?:deaths?|dead|fatalities|casualties|victims|bodies|killings)$/;

/** Words after a number that make it a date or clock time, not a figure. */
export const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Words right before a number that make it a change: "rose 5%", "up 19 cents", "lost 190 points". */
export const CHANGE_UP = new Set(['rose', 'rise', 'rises', 'rising', 'risen', 'up', 'gained', 'gain', 'gains', 'increased',
  'increase', 'increases', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'grew', 'grow', 'grows', 'grown',
  'soared', 'soar', 'surged', 'surge', 'surges', 'added', 'advanced', 'rallied', 'spiked', 'raised', 'boosted',
  'higher', 'rebounded', 'leapt', 'leaped', 'swelled', 'expanded']);
export const CHANGE_DOWN = new Set(['fell', 'fall', 'falls', 'falling', 'fallen', 'down', 'dropped', 'drop', 'drops',
  'declined', 'decline', 'declines', 'decreased', 'decrease', 'lost', 'lose', 'loses', 'slid', 'slide', 'slides',
  'plunged', 'plunge', 'plummeted', 'sank', 'sink', 'tumbled', 'slumped', 'shed', 'sheds', 'cut', 'cuts',
  'reduced', 'lower', 'dipped', 'dip', 'eased', 'shrank', 'shrunk', 'contracted', 'retreated', 'slipped', 'lowered']);

/** Words between a verb and the count it takes: "killed an estimated 300", "killing at least 40" (the qualifier is skipped before). */
export const OBJECT_FILLERS = new Set(['an', 'estimated', 'nearly', 'almost', 'about', 'some', 'roughly', 'around', 'over', 'another']);

/** Words before a count that refer back to the noun counted before it: "…, of whom 32 are dead". */
export const REFERS_BACK: readonly (readonly [string, string])[] = [['of', 'whom'], ['of', 'which'], ['of', 'them'], ['among', 'them'], ['among', 'whom']];

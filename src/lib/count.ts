// Counts as social sites write them, in the languages they render: "1,234", "1.234", "12 345",
// "1'234", "12.3K", "1,2 Mio.", "4,69 M de suscriptores", "12 mil", "3,4 млн", "12万", "1.2만",
// "1.2 लाख", "3.2 क॰", "2,4 jt", "334 ألف", "1,05 Tr", "1,84 tis.", "12,3 E", "1.2 ล้าน", in any
// script's digits ("۱۲٬۳۴۵", "১২,৩৪৫").
// Counts are whole numbers, which settles most separator ambiguity (see `digitsOf`).
import { memoised } from './memo';

/**
 * Scale words, as powers of ten, checked in this order. A word must end where the text's word ends
 * (next character no letter or mark): "5 Members" is 5, "2 books" is 2, "1 mile" is 1, "12 mil Me
 * gusta" is 12 thousand. Several languages share a word ("mil" is es/pt thousand; "mi" pt million;
 * "Md" fr billion); a few short words mean something else in one language (LOCALE_WORDS).
 * YouTube abbreviates in each of its languages (NewPipe's AbbreviationHashMap lists them, CLDR's
 * compact forms agree): hi "क॰" (crore) ends in a sign that is no letter or mark, so the rule holds
 * there; bn "হা", kn "ಸಾ", ta "மி" end in a vowel mark, and the mark is part of the word. Thai puts
 * no space between words, but YouTube writes one around the number's word ("ผู้ติดตาม 1.2 ล้าน คน").
 */
const WORDS: ReadonlyArray<readonly [exponent: number, words: string]> = [
  [10, 'หมื่นล้าน'],
  // Billions first, so Spanish "mil millones" / "mil M" is not read as "mil" (thousand), nor Thai "พันล้าน" as "พัน".
  [9, 'mil\\s+millones|mil\\s+milh(?:ões|oes)|mil\\s+m|b|bn|bi|billions?|mrd|md|mld|mlrd|mljrd|mlr|mjd|milliard(?:s|e|en|er)?|milliárd|miliard(?:o|i|y|ów|a|e)?|miliárd|miljard(?:en|er|ia|i)?|milijard(?:a|e|i)?|bilh(?:ão|ões|ao|oes)|milyar|miliar|млрд|млд|милј|милијард(?:а|е|и)?|миллиард(?:а|ов)?|милиард(?:а|и)?|мільярд(?:а|ів|и)?|δισεκατομμύρι(?:ο|α)|δισ|מיליארד(?:ים)?|अरब|अ॰|अब्ज|અબજ|ਅਰਬ|مليار(?:ات)?|میلیارد|ارب|பி|ಬಿ|బి|พันล้าน|ຕື້|ប៊ីលាន|մլրդ|მლრდ|тэрбум|t[ỷỉ]'],
  [7, 'करोड़|करोड|कोटी|क॰|crores?|কোটি|কো|કરોડ|ਕਰੋੜ|کروڑ|ကုဋေ|ဋေ'],
  [6, 'm|mn|mi|mio|mill|mln|milj|millions?|millionen|millioner|millió|mill(?:ón|on|ones)|milh(?:ão|ões|ao|oes)|milion(?:e|i|y|ów|u|ů|a|s)?|milioane|milió|milión(?:a|ov|y)?|milijun(?:a|i)?|miljoen(?:en)?|miljon(?:er)?|miljoona(?:a)?|milyon|млн|милион(?:а|и)?|мил|миллион(?:а|ов)?|мільйон(?:а|ів|и)?|εκατομμύρι(?:ο|α)|εκ|מיליון(?:ים)?|jt|juta|مليون|ملايين|میلیون|triệu|மி|ಮಿ|మి|ล้าน|ລ້ານ|លាន|သန်း|մլն|მლნ|сая'],
  [5, 'लाख|lakhs?|লাখ|লা|લાખ|ਲੱਖ|لاکھ|แสน|သိန်း'],
  [4, 'หมื่น|သောင်း'],
  [3, 'k|tsd|tausend|thousand|tusen|tusind|tuhat(?:ta)?|ezer|mil|mila|mille|milliers?|tys|tysi(?:ąc|ące|ęcy|ąca)|тыс|тысяч[аи]?|тисяч[аі]?|тис|хиляди|хил|хиљад[ае]|хиљ|hiljad[ae]|илј|мың|миң|мян(?:га)?|χιλιάδες|χιλ|tisuć[ae]|bin|duizend|hilj|tūkst|tuh|mijë|אלפים|אלף|हज़ार|हजार|হাজার|হা|હજાર|ਹਜ਼ਾਰ|ಸಾ|వే|rb|ribu|ألف|آلاف|هزار|ہزار|nghìn|ngàn|tisíc(?:e|a|ov)?|พัน|ພັນ|ពាន់|ထောင်|հզր|ათ'],
];

/**
 * Short words one language means differently, or that would be read too often elsewhere: Turkish
 * "B" is "bin" (thousand) and "Mr" "milyar"; Indonesian "M" is "miliar" (billion); Czech, Slovak,
 * Croatian, Bosnian, Serbian and Romanian "mil." is a million (es/pt "mil" a thousand); Vietnamese
 * "N", "Tr" and "T" are "nghìn", "triệu" and "tỷ"; Danish "mia." is a billion (Italian "mia", "my").
 * Single letters and words as short as "tis", "tn" or "ming" would be read too often on every page:
 * fi and da "t", hu "E" (ezer), is "þ", mr "ह", ta "ஆ", am "ሺ" are thousands only in their language,
 * ms "J" (juta) and mk "М" millions, ha "D" (dubu) thousands. Catalan writes a thousand "m" and a million "M" (YouTube's
 * older forms; CLDR's now "k"): there case decides.
 */
type Words = ReadonlyArray<readonly [exponent: number, words: string, matchCase?: true]>;
const TIS_MIL: Words = [[3, 'tis'], [6, 'mil'], [9, 'mld']];
const MIL: Words = [[6, 'mil']];
const LOCALE_WORDS: Record<string, Words> = {
  tr: [[3, 'b'], [9, 'mr']],
  id: [[9, 'm']],
  ms: [[6, 'j'], [9, 'bilion']],
  cs: TIS_MIL,
  sk: TIS_MIL,
  hr: TIS_MIL,
  sl: [[3, 'tis']],
  ro: [[6, 'mil'], [3, 'de\\s+mii|mii|mie']],
  bs: MIL,
  sr: MIL,
  mk: [[6, 'м']],
  hu: [[3, 'e']],
  fi: [[3, 't']],
  da: [[3, 't'], [9, 'mia']],
  sv: [[3, 'tn']],
  is: [[3, 'þ'], [9, 'ma']],
  ca: [[9, 'milers\\s+de\\s+milions'], [9, 'kM', true], [3, 'milers?'], [3, 'm', true]],
  pt: [[9, 'mM', true]],
  kk: [[3, 'м']],
  uz: [[3, 'ming']],
  mr: [[3, 'ह']],
  ta: [[3, 'ஆ']],
  am: [[3, 'ሺ'], [6, 'ሚ|ሜ'], [9, 'ቢ']],
  vi: [[3, 'n'], [6, 'tr'], [9, 't']],
  ha: [[3, 'd']],
};

// Text is compared in NFKC: full-width digits become ASCII, the no-break, narrow no-break and thin
// spaces become " ", and Devanagari nukta letters ("ज़", "ड़") have one spelling. Right-to-left
// text may hold bidirectional marks and isolates between a number and its word, Persian a zero-width
// non-joiner; they count as space.
// Chinese, Japanese and Korean write the next word without a space ("519K명", "1.2M人"): a letter
// of theirs after a scale word still ends it.
const wordPattern = (words: string, matchCase?: true) =>
  new RegExp(`^[\\s\\u200c\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069]*(?:${words})(?!(?![\\p{sc=Han}\\p{sc=Hangul}\\p{sc=Hiragana}\\p{sc=Katakana}])[\\p{L}\\p{M}])`.normalize('NFKC'), matchCase ? 'u' : 'iu');
const SCALES = WORDS.map(([exponent, words]) => [exponent, wordPattern(words)] as const);
/**
 * Words that start like a scale word and are none, in any language: Italian "12 Mi piace" (likes)
 * is no "mi" (pt million), Catalan "5004 M'agrada" (likes) no "M" (million; ca "m", thousand).
 */
const NOT_SCALE = wordPattern("mi\\s+piace|m['’]\\s*agrada");
const LOCALE_SCALES = Object.fromEntries(
  Object.entries(LOCALE_WORDS).map(([language, list]) => [language, list.map(([exponent, words, matchCase]) => [exponent, wordPattern(words, matchCase)] as const)]),
);

/**
 * Swahili and Sinhala write the scale word before the number ("elfu 12", "milioni 1.2", "ද12",
 * "මි1.2": YouTube's forms in NewPipe's AbbreviationHashMap, CLDR's compact forms).
 */
const PREFIX_WORDS: Record<string, Words> = {
  sw: [[9, 'bilioni'], [6, 'milioni'], [3, 'elfu']],
  si: [[9, 'බි(?:ලියන)?'], [6, 'මි(?:ලියන)?'], [3, 'ද(?:හස)?']],
};
const PREFIX_SCALES = Object.fromEntries(
  Object.entries(PREFIX_WORDS).map(([language, list]) => [language, list.map(([exponent, words]) => [exponent, new RegExp(`(?<![\\p{L}\\p{M}])(?:${words})[\\s.]*$`, 'iu')] as const)]),
);

/** CJK and Korean units attach to the number and run into the next word ("12万人", "1.2만명"). */
const ATTACHED: ReadonlyArray<readonly [exponent: number, pattern: RegExp]> = [
  // Korean pages also write "1.2 만" with a space.
  [3, /^ ?[千천]/u],
  [4, /^ ?[万萬만]/u],
  [8, /^ ?[億亿억]/u],
];

// Digits and separators: "." and "," between digits, and the Arabic decimal separator (U+066B);
// an apostrophe, a space or the Arabic thousands separator (U+066C; Swiss "1'234", French
// "12 345", Persian "۱۲٬۳۴۵") only before a group of exactly three, so "10 2024" is not one number.
const NUMBER = /\d+(?:[.,\u066b]\d+|['’ \u066c]\d{3}(?!\d))*/u;
/** Digits at the start with no separator after them: NUMBER's match there, without its search. */
const PLAIN_START = /^\d+(?!\d|[.,'’ \u066b\u066c]\d)/;
/** A decimal digit of another script than ASCII's (NFKC leaves Arabic-Indic, Bengali, Devanagari, Myanmar… digits as they are). */
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
const DIGIT = /^\p{Nd}$/u;

/** The count in the text: its first number, scaled by the word after it, rounded; undefined for none. */
export function parseCount(text: string | null | undefined, locale?: string): number | undefined {
  if (!text) return undefined;
  // Plain ASCII, what most counts are, is its own NFKC form, its digits already ASCII's.
  const normal = /^[\x20-\x7e]*$/.test(text) ? text : asciiDigits(text.normalize('NFKC'));
  // Most counts start the text as plain digits ("12 Replies"): found without a search.
  const match = PLAIN_START.exec(normal) ?? NUMBER.exec(normal);
  if (!match) return undefined;
  // "-12" (a minus not inside a word like "COVID-19") is no count.
  if (match.index > 0 && /(?:^|[^\p{L}\p{N}])[-−]$/u.test(normal.slice(0, match.index))) return undefined;
  const rest = normal.slice(match.index + match[0].length);
  const lang = language(locale);
  const exponent = scaleOf(rest, lang)[0] || prefixScale(normal.slice(0, match.index), lang);
  const digits = digitsOf(match[0], exponent > 0, locale);
  const value = Math.round(Number(`${digits}e${exponent}`));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The power of ten of a scale word written right before the number, in the languages that do so (0 for none). */
function prefixScale(before: string, lang: string): number {
  return PREFIX_SCALES[lang]?.find(([, pattern]) => pattern.test(before))?.[0] ?? 0;
}

/** The text with every script's decimal digits as ASCII's: pages format numbers in the reader's locale (fa "۱۲٬۳۴۵", bn "১২,৩৪৫"). */
function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (digit) => String(digitValue(digit.codePointAt(0)!)));
}

/**
 * A decimal digit's value. Unicode assigns decimal digits only in runs of ten, 0 to 9 in order
 * (a stability policy), and some runs adjoin: the value is the distance from its run's start,
 * modulo ten. Few scripts appear on a page, so each digit is worked out once.
 */
const digitValues = new Map<number, number>();
function digitValue(codePoint: number): number {
  let value = digitValues.get(codePoint);
  if (value === undefined) {
    let start = codePoint;
    while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = (codePoint - start) % 10;
    digitValues.set(codePoint, value);
  }
  return value;
}

/** Enough of the text after a number to hold any scale word ("mil millones", "миллиардов") and the letter after it. */
const SCALE_TEXT_LENGTH = 24;

/** The power of ten the word right after the number stands for (0 for none), and the word's length in `rest`. */
function scaleOf(rest: string, lang: string): ScaleWord {
  return knownScale(`${lang}|${rest.slice(0, SCALE_TEXT_LENGTH)}`);
}

type ScaleWord = readonly [exponent: number, length: number];
const NO_SCALE: ScaleWord = [0, 0];

/** The same texts follow the numbers all over a page: each one's scale is worked out once. */
const knownScale = memoised((key): ScaleWord => {
  const bar = key.indexOf('|');
  return scaleOfText(key.slice(bar + 1), key.slice(0, bar));
});

function scaleOfText(rest: string, lang: string): ScaleWord {
  if (NOT_SCALE.test(rest)) return NO_SCALE;
  for (const [exponent, pattern] of [...ATTACHED, ...(LOCALE_SCALES[lang] ?? []), ...SCALES]) {
    const match = pattern.exec(rest);
    if (match) return [exponent, match[0].length];
  }
  return NO_SCALE;
}

/**
 * The words after a count's number less the scale word they start with ("Mio. Follower" →
 * "Follower", "万 件のポスト" → "件のポスト", "M de seguidores" → "de seguidores"): for labels
 * read by their words, with the scale parseCount reads and no other. Undefined where no scale
 * word starts them.
 */
export function afterScaleWord(rest: string, locale?: string): string | undefined {
  const normal = rest.normalize('NFKC');
  const [exponent, length] = scaleOf(normal, language(locale));
  // An abbreviation's full stop belongs to it ("Mio.", "тыс.", "mil.").
  return exponent > 0 ? normal.slice(length).replace(/^\./, '').trim() : undefined;
}

/**
 * The number as JavaScript reads it ("1234", "4.69"), deciding which separator groups and which
 * is the decimal point:
 * - apostrophes, spaces and the Arabic thousands separator always group; the Arabic decimal
 *   separator is always the decimal point;
 * - with both "." and ",", the last one is the decimal point ("1,234.5" en, "1.234,5" de), unless
 *   it repeats ("1.234.567" groups throughout);
 * - one kind repeated groups ("1,234,567"; Indian "12,34,567");
 * - one separator before other than three digits is a decimal point ("12.3K", "1,2 Mio.", "1,5");
 * - one separator before exactly three digits groups when the number is unscaled, in every
 *   locale: a count is a whole number, so en "1.234" is 1234, like de "1.234", and never 1.234.
 *   Scaled, it is the locale's decimal point or else groups: en "1.234K" is 1234, ja "1,234万"
 *   is 12,340,000, de "1.234 Mio." is 1,234 million.
 */
function digitsOf(raw: string, scaled: boolean, locale?: string): string {
  const number = raw.replace(/['’ \u066c]/g, '');
  // The Arabic decimal separator is nothing else ("١٢٫٣ ألف").
  const arabicPoint = number.indexOf('\u066b');
  if (arabicPoint >= 0) return `${number.slice(0, arabicPoint).replace(/\D/g, '')}.${number.slice(arabicPoint + 1).replace(/\D/g, '')}`;
  const marks = number.replace(/\d/g, '');
  const last = marks.at(-1);
  if (!last) return number;
  const repeated = marks.indexOf(last) !== marks.length - 1;
  const tail = number.length - number.lastIndexOf(last) - 1;
  const mixed = marks.includes(last === '.' ? ',' : '.');
  const isDecimal = !repeated && (mixed || tail !== 3 || (scaled && last === decimalMark(locale ?? 'en')));
  if (!isDecimal) return number.replace(/[.,]/g, '');
  const point = number.lastIndexOf(last);
  return `${number.slice(0, point).replace(/[.,]/g, '')}.${number.slice(point + 1)}`;
}

/** "de-DE" → "de"; "" → "en", the default when the page names no language. */
function language(locale?: string): string {
  return locale ? languageOf(locale) : 'en';
}
/** Codes sites use for a language instead of its ISO 639-1 one (X's Malay is "msa"). */
const LANGUAGE_CODES: Record<string, string> = { msa: 'ms' };
const languageOf = memoised((locale) => {
  const language = locale.toLowerCase().split(/[-_]/)[0] || 'en';
  return LANGUAGE_CODES[language] ?? language;
}, 50);

/** The locale's decimal point (de "," but de-CH "."; es "," but es-MX "."); "." when unknown. */
const decimalMark = memoised((locale) => {
  try {
    const parts = new Intl.NumberFormat(locale.replace(/_/g, '-')).formatToParts(0.5);
    return parts.find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    return '.'; // not a language tag
  }
}, 50);

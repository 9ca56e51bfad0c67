// The counts the professional networks' pages (LinkedIn, XING) write as phrases in the page's
// language ("1,234 followers", "500+ connections", "51-200 employees", "123 Kontakte",
// "Followers 5,745"), read as a sighted reader sees them: both write each label twice, once in
// a screen-reader-only copy. What they share with the other networks' pages (text, JSON-LD,
// signals) is in page-reading.ts.
import { afterScaleWord, parseCount } from '../lib/count';
import { SIGHTED, foldSpace, hiddenFromSight, shownText } from './page-reading';

const MAX_PHRASE = 80;

export type CountKind = 'followers' | 'connections' | 'employees';

// The words after (or before) a count, in the languages these networks are used in most.
const END = '(?![\\p{L}])';
const COUNT_WORDS: Record<CountKind, RegExp> = {
  followers: new RegExp(`^(?:followers?|follower(?::|\\*|_)?innen|abonn[ée]s?|abonnenten|seguidores|seguaci|volgers|följare|følgere|obserwuj\\p{L}*|takipçi|팔로워)${END}`, 'iu'),
  connections: new RegExp(`^(?:connections?|contacts?|kontakte?|relations?|contactos|conexiones|collegamenti|connexions|contatos|conex[õo]es|connecties|kontakty|kontaktów|kontakter|bağlantı|位好友|контакт\\p{L}*|1촌)${END}`, 'iu'),
  employees: new RegExp(`^(?:employees?|mitarbeiter(?:(?::|\\*|_)?innen)?|mitarbeitende|beschäftigte|employ[ée]s|empleados|dipendenti|funcion[áa]rios|medewerkers|anställda)${END}`, 'iu'),
};
const NUMBER = `(\\d[\\d.,\\u00a0\\u202f' ]*?)(\\s*[-–]\\s*\\d[\\d.,\\u00a0\\u202f' ]*)?(\\+)?`;
/** "1,234 followers", "500+ connections", "51-200 employees on LinkedIn". */
const NUMBER_FIRST = new RegExp(`^${NUMBER}\\s*(\\p{L}[^\\d]{0,40})$`, 'u');
/** "Followers 5,745", "Kontakte (123)", "Follower: 45"; Korean's "팔로워 1,159명" (a counter after it) and "1촌 500+" (first-degree connections). */
const WORD_FIRST = new RegExp(`^(\\p{L}[\\p{L}:*_]*|1촌)\\s*[:(]?\\s*${NUMBER}\\)?(?:\\s*명)?$`, 'u');
/** Spanish and Portuguese join a scale and its word with "de" ("1,5 M de seguidores"). */
const SCALE_JOIN = /^de\s+/iu;
/** "More than 500", as the languages without "500+" write it: a lower bound. */
const MORE_THAN = /^(?:(?:\+\s*de|más de|mais de|plus de|oltre|più di|meer dan|mehr als|more than|over|более)\s+|\+\s*)(?=\d)/iu;
/** Phrases a line strings together ("5K followers · 500+ connections"). */
export const PHRASE_BREAK = /\s+[·•|]\s+/;

export interface CountPhrase {
  kind: CountKind;
  count: number;
  /** "51-200" (a range: count is its lower end) or "500+" (a lower bound). */
  atLeast: boolean;
}

/** A count phrase, if the text is one ("698 followers"); the count is the lower end of a range. */
export function countPhrase(text: string, locale?: string): CountPhrase | null {
  if (text.length > MAX_PHRASE || !/\d/.test(text)) return null;
  const moreThan = MORE_THAN.exec(text);
  const rest = moreThan ? text.slice(moreThan[0].length) : text;
  const numberFirst = NUMBER_FIRST.exec(rest);
  const wordFirst = numberFirst ? null : WORD_FIRST.exec(rest);
  const match = numberFirst ?? wordFirst;
  if (!match) return null;
  const [number, range, plus, words] = numberFirst ? [match[1], match[2], match[3], match[4]] : [match[2], match[3], match[4], match[1]];
  // A scale word ("12K followers", "5 mil seguidores") belongs to the number; only a number written first has one.
  const afterScale = numberFirst ? afterScaleWord(words, locale) : undefined;
  const word = afterScale?.replace(SCALE_JOIN, '') ?? words.trim();
  const kind = (Object.keys(COUNT_WORDS) as CountKind[]).find((k) => COUNT_WORDS[k].test(word));
  const count = kind ? parseCount(afterScale === undefined ? number : `${number.trim()} ${words}`, locale) : undefined;
  return kind && count !== undefined ? { kind, count, atLeast: moreThan !== null || range !== undefined || plus !== undefined } : null;
}

/**
 * The first count of each kind that the given parts of a page show, as phrases in an element
 * or in one of its own text pieces ("London, London · 5,750 followers" keeps its count in a
 * bare text node beside the location).
 */
export function countPhrases(scopes: readonly (Element | null | undefined)[], locale?: string): Partial<Record<CountKind, CountPhrase>> {
  const found: Partial<Record<CountKind, CountPhrase>> = {};
  const take = (text: string) => {
    for (const part of PHRASE_BREAK.test(text) ? text.split(PHRASE_BREAK) : [text]) {
      const phrase = countPhrase(part, locale);
      if (phrase && !found[phrase.kind]) found[phrase.kind] = phrase;
    }
  };
  for (const scope of scopes) {
    if (!scope) continue;
    for (const element of [scope, ...scope.querySelectorAll('*')]) {
      if (hiddenFromSight(element)) continue;
      take(shownText(element, SIGHTED));
      for (const child of element.childNodes) if (child.nodeType === 3) take(foldSpace(child.nodeValue ?? '', SIGHTED));
    }
  }
  return found;
}

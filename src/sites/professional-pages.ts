// The counts the professional networks' pages (LinkedIn, XING) write as phrases in the page's
// language ("1,234 followers", "500+ connections", "51-200 employees", "123 Kontakte",
// "Followers 5,745"), read as a sighted reader sees them: both write each label twice, once in
// a screen-reader-only copy. What they share with the other networks' pages (text, JSON-LD,
// signals) is in page-reading.ts.
import { parseCount } from '../lib/count';
import { SIGHTED, foldSpace, hiddenFromSight, shownText } from './page-reading';

const MAX_PHRASE = 80;

export type CountKind = 'followers' | 'connections' | 'employees';

// The words after (or before) a count, in the languages these networks are used in most.
const END = '(?![\\p{L}])';
const COUNT_WORDS: Record<CountKind, RegExp> = {
  followers: new RegExp(`^(?:followers?|follower(?::|\\*|_)?innen|abonn[ée]s?|abonnenten|seguidores|seguaci|volgers|följare|følgere|obserwuj\\p{L}*)${END}`, 'iu'),
  connections: new RegExp(`^(?:connections?|contacts?|kontakte?|relations?|contactos|conexiones|collegamenti|connexions|contatos|conex[õo]es|connecties|kontakty|kontakter)${END}`, 'iu'),
  employees: new RegExp(`^(?:employees?|mitarbeiter(?:(?::|\\*|_)?innen)?|mitarbeitende|beschäftigte|employ[ée]s|empleados|dipendenti|funcion[áa]rios|medewerkers|anställda)${END}`, 'iu'),
};
const NUMBER = `(\\d[\\d.,\\u00a0\\u202f' ]*?)(\\s*[-–]\\s*\\d[\\d.,\\u00a0\\u202f' ]*)?(\\+)?`;
/** "1,234 followers", "500+ connections", "51-200 employees on LinkedIn". */
const NUMBER_FIRST = new RegExp(`^${NUMBER}\\s*(\\p{L}[^\\d]{0,40})$`, 'u');
/** "Followers 5,745", "Kontakte (123)", "Follower: 45". */
const WORD_FIRST = new RegExp(`^(\\p{L}[\\p{L}:*_]*)\\s*[:(]?\\s*${NUMBER}\\)?$`, 'u');

export interface CountPhrase {
  kind: CountKind;
  count: number;
  /** "51-200" (a range: count is its lower end) or "500+" (a lower bound). */
  atLeast: boolean;
}

/** A count phrase, if the text is one ("698 followers"); the count is the lower end of a range. */
export function countPhrase(text: string, locale?: string): CountPhrase | null {
  if (text.length > MAX_PHRASE || !/\d/.test(text)) return null;
  const numberFirst = NUMBER_FIRST.exec(text);
  const wordFirst = numberFirst ? null : WORD_FIRST.exec(text);
  const match = numberFirst ?? wordFirst;
  if (!match) return null;
  const [number, range, plus, word] = numberFirst ? [match[1], match[2], match[3], match[4]] : [match[2], match[3], match[4], match[1]];
  const kind = (Object.keys(COUNT_WORDS) as CountKind[]).find((k) => COUNT_WORDS[k].test(word.trim()));
  const count = kind ? parseCount(number.trim(), locale) : undefined;
  return kind && count !== undefined ? { kind, count, atLeast: range !== undefined || plus !== undefined } : null;
}

/**
 * The first count of each kind that the given parts of a page show, as phrases in an element
 * or in one of its own text pieces ("London, London · 5,750 followers" keeps its count in a
 * bare text node beside the location).
 */
export function countPhrases(scopes: readonly (Element | null | undefined)[], locale?: string): Partial<Record<CountKind, CountPhrase>> {
  const found: Partial<Record<CountKind, CountPhrase>> = {};
  const take = (phrase: CountPhrase | null) => {
    if (phrase && !found[phrase.kind]) found[phrase.kind] = phrase;
  };
  for (const scope of scopes) {
    if (!scope) continue;
    for (const element of [scope, ...scope.querySelectorAll('*')]) {
      if (hiddenFromSight(element)) continue;
      take(countPhrase(shownText(element, SIGHTED), locale));
      for (const child of element.childNodes) if (child.nodeType === 3) take(countPhrase(foldSpace(child.nodeValue ?? '', SIGHTED), locale));
    }
  }
  return found;
}

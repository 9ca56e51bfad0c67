// What the professional networks' pages (LinkedIn, XING) have in common when they are read:
// labels written twice (once for the eye, once in a screen-reader-only copy), counts written as
// phrases in the page's language ("1,234 followers", "500+ connections", "51-200 employees",
// "123 Kontakte", "Followers 5,745"), and schema.org JSON-LD on the pages served to visitors
// who are not signed in.
import { parseCount } from '../lib/count';
import type { ProfileSignals } from '../score/types';

/** Copies of a label meant for screen readers only: a sighted reader never sees them. */
const SCREEN_READER_ONLY = '.visually-hidden, .sr-only, .a11y-text, [hidden]';
const NOT_TEXT = new Set(['svg', 'script', 'style', 'template', 'noscript', 'code']);
const MAX_PHRASE = 80;

function rawText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && isReadable(child as Element)) text += rawText(child);
  }
  return text;
}

function isReadable(element: Element): boolean {
  return !NOT_TEXT.has(element.localName) && !element.matches(SCREEN_READER_ONLY);
}

const fold = (text: string) => text.replace(/[\s\u200b\u200e\u200f\u2066-\u2069]+/g, ' ').trim();

/** The text a sighted reader sees in an element, its white space folded. */
export function readableText(element: Element | null | undefined): string {
  return element ? fold(rawText(element)) : '';
}

/** The readable text pieces of an element in document order, each with the element holding it. */
export function textPieces(element: Element): { text: string; holder: Element }[] {
  const pieces: { text: string; holder: Element }[] = [];
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = fold(child.nodeValue ?? '');
        if (text !== '') pieces.push({ text, holder: node });
      } else if (child.nodeType === 1 && isReadable(child as Element)) walk(child as Element);
    }
  };
  walk(element);
  return pieces;
}

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
      if (NOT_TEXT.has(element.localName) || element.closest(SCREEN_READER_ONLY)) continue;
      take(countPhrase(readableText(element), locale));
      for (const child of element.childNodes) if (child.nodeType === 3) take(countPhrase(fold(child.nodeValue ?? ''), locale));
    }
  }
  return found;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every top-level schema.org node in the page's JSON-LD (`@graph`s opened), skipping what does not parse. */
export function jsonLdNodes(document: Document): Json[] {
  const nodes: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      if (!isObject(item)) continue;
      const graph = item['@graph'];
      if (Array.isArray(graph)) nodes.push(...graph.filter(isObject));
      else nodes.push(item);
    }
  }
  return nodes;
}

/** The JSON-LD node of a type ("Person", "Organization") whose url the predicate accepts. */
export function jsonLdEntity(document: Document, type: string, isOwnUrl: (url: string) => boolean): Json | undefined {
  return jsonLdNodes(document).find((node) => {
    const types = ([] as unknown[]).concat(node['@type']);
    return types.includes(type) && typeof node.url === 'string' && isOwnUrl(node.url);
  });
}

/** A non-empty string, or a non-empty string inside an object's field (`{ contentUrl }`, `{ addressLocality }`). */
export function jsonText(value: unknown, ...fields: string[]): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  for (const field of fields) {
    const text = jsonText(value[field]);
    if (text) return text;
  }
  return undefined;
}

/** A whole, non-negative number from JSON, or from `{ value }` (schema.org QuantitativeValue). */
export function jsonNumber(value: unknown): number | undefined {
  const number = isObject(value) ? value.value : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** The count of a schema.org interactionStatistic whose interactionType names the action ("FollowAction"). */
export function interactionCount(node: Json | undefined, action: string): number | undefined {
  const statistics = ([] as unknown[]).concat(node?.interactionStatistic ?? []);
  for (const statistic of statistics) {
    if (!isObject(statistic)) continue;
    const type = statistic.interactionType;
    const named = typeof type === 'string' ? type : isObject(type) ? String(type['@type'] ?? '') : '';
    if (named.endsWith(action)) return jsonNumber(statistic.userInteractionCount);
  }
  return undefined;
}

/** The path of the page's own address as its head says (og:url, else canonical). */
export function declaredUrl(document: Document): URL | null {
  const href =
    document.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content') ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** The value without its undefined fields (absent = unknown, never sent as a value). */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** Signals as read, some of them undefined, `extra`'s numbers too. */
export type SignalsRead = Omit<Partial<ProfileSignals>, 'extra'> & { extra?: Record<string, number | undefined> };

/** The signals without what was not read, and without an empty `extra`. */
export function definedSignals(read: SignalsRead): Partial<ProfileSignals> {
  const { extra, ...rest } = read;
  const signals: Partial<ProfileSignals> = withoutUndefined(rest);
  const numbers = withoutUndefined(extra ?? {}) as Record<string, number>;
  if (Object.keys(numbers).length > 0) signals.extra = numbers;
  return signals;
}

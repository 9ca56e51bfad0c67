// What the adapters of the networks read from their pages (X, Instagram, Threads, Facebook,
// TikTok, YouTube, LinkedIn, XING) have in common, written once so that they read alike: the
// text people see in an element, the page's head (its language, <meta>s, its own address),
// JSON embedded in <script>s and schema.org JSON-LD, `/@user` paths, times, and the signals
// read, merged one way (absent = unknown, never zero). What one network alone needs stays in
// its adapter; LinkedIn's and XING's count phrases are in professional-pages.ts.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { PageObservation } from './types';
import { decodedSegment } from './find-handles';

/** How an element's text is read. */
export interface TextOptions {
  /**
   * As a sighted reader sees it. LinkedIn and XING write each label twice, once for the eye and
   * once in a screen-reader-only copy, keep JSON in <code> and pad labels with zero-width
   * spaces: read this way, those copies, <noscript> and <code> are left out and zero-width
   * spaces fold as white space. The other networks' adapters compare names and counts as their
   * whole text reads, copies included.
   */
  sighted?: boolean;
  /** Elements whose text is no part of what is read: a heading's flag buttons, a username's pronouns. */
  leaveOut?: string;
}

export const SIGHTED: TextOptions = { sighted: true };

/** Never text: icons (their <title>s say "Verified", "Like"), scripts, styles. */
const NOT_TEXT = new Set(['svg', 'script', 'style', 'template']);
const NOT_TEXT_SELECTOR = [...NOT_TEXT].join(', ');
const NOT_SIGHTED_TEXT = new Set([...NOT_TEXT, 'noscript', 'code']);
const SCREEN_READER_ONLY = '.visually-hidden, .sr-only, .a11y-text, [hidden]';
/** White space and the bidirectional marks pages put around names and numbers. */
const SPACE = /[\s\u200e\u200f\u2066-\u2069]+/g;
const SIGHTED_SPACE = /[\s\u200b\u200e\u200f\u2066-\u2069]+/g;

/** Text with its white space folded: the form names and counts are compared in. */
export function foldSpace(text: string, options?: TextOptions): string {
  return text.replace(options?.sighted ? SIGHTED_SPACE : SPACE, ' ').trim();
}

function isText(element: Element, options?: TextOptions): boolean {
  if (options?.leaveOut && element.matches(options.leaveOut)) return false;
  if (!options?.sighted) return !NOT_TEXT.has(element.localName);
  return !NOT_SIGHTED_TEXT.has(element.localName) && !element.matches(SCREEN_READER_ONLY);
}

/** Whether a sighted reader never sees this element's text (checked for an element found by a selector, not by a walk). */
export function hiddenFromSight(element: Element): boolean {
  return NOT_SIGHTED_TEXT.has(element.localName) || element.closest(SCREEN_READER_ONLY) !== null;
}

/**
 * The text of an element and what it holds, less what is never text (icons, scripts) and what
 * the options leave out; its white space as written (shownText folds it).
 */
export function elementText(element: Element, options?: TextOptions): string {
  // Most elements asked about hold text alone: then their textContent is their text and no walk
  // is needed. X's timelines ask this for thousands of elements.
  if (element.childElementCount === 0) return element.textContent ?? '';
  // Nothing in it that is never text (the usual case): one query instead of a walk.
  if (!options?.sighted && element.querySelector(options?.leaveOut ? `${NOT_TEXT_SELECTOR}, ${options.leaveOut}` : NOT_TEXT_SELECTOR) === null) {
    return element.textContent ?? '';
  }
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && isText(node as Element, options)) text += elementText(node as Element, options);
  }
  return text;
}

/** The text people see in an element, its white space folded ('' for none). */
export function shownText(element: Element | null | undefined, options?: TextOptions): string {
  return element ? foldSpace(elementText(element, options), options) : '';
}

/** The text pieces of an element in document order, each with the element holding it: a card's lines. */
export function textPieces(element: Element, options?: TextOptions): { text: string; holder: Element }[] {
  const pieces: { text: string; holder: Element }[] = [];
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = foldSpace(child.nodeValue ?? '', options);
        if (text !== '') pieces.push({ text, holder: node });
      } else if (child.nodeType === 1 && isText(child as Element, options)) walk(child as Element);
    }
  };
  walk(element);
  return pieces;
}

/** "name" or "@name": a link's text that is the account's handle itself. */
export function namesHandle(text: string, handle: string): boolean {
  return text.replace(/^@/, '').toLowerCase() === handle.toLowerCase();
}

const EXACT_TITLE = /^\d[\d.,\s\u00a0\u202f']*$/;

/** A count an element shows: exact from a span's title="2,066" where Meta puts one, else the rounded text ("12.3K"). */
export function shownCount(element: Element | null | undefined, locale?: string): number | undefined {
  if (!element) return undefined;
  const titled = [element, ...element.querySelectorAll('[title]')].find((el) => EXACT_TITLE.test(el.getAttribute('title') ?? ''));
  return parseCount(titled?.getAttribute('title'), locale) ?? parseCount(shownText(element), locale);
}

/** The document's language, the locale its numbers are written in. */
export function pageLocale(document: Document): string | undefined {
  return document.documentElement?.getAttribute('lang') || undefined;
}

/** A <meta>'s content by property (og:…) or name. */
export function metaContent(document: Document, key: string): string | undefined {
  for (const meta of document.querySelectorAll('meta[content]')) {
    if (meta.getAttribute('property') === key || meta.getAttribute('name') === key) return meta.getAttribute('content') ?? undefined;
  }
  return undefined;
}

/** The page's own address as its head says (og:url, else canonical): apps that swap pages in place leave it as served. */
export function declaredUrl(document: Document): URL | null {
  const href = metaContent(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** `read`, returning null where it trips over markup it does not know: adapters never throw. */
export function orNull<A extends unknown[], R>(read: (...args: A) => R | null): (...args: A) => R | null {
  return (...args) => {
    try {
      return read(...args);
    } catch {
      return null;
    }
  };
}

/** The path of the page's declared address, lower case, without a trailing slash. */
export function declaredPath(document: Document): string | undefined {
  return declaredUrl(document)?.pathname.toLowerCase().replace(/\/$/, '');
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON field that may hold one value or a list of them, as a list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * Each script's JSON, parsed once for the text it holds (and the way it was cut out of it):
 * observe() reads a busy page every second, scripts seldom change, and some hold a megabyte.
 */
const parsedScripts = new WeakMap<Element, { text: string; cut: (text: string) => string | undefined; json: unknown }>();
const wholeText = (text: string) => text;

/**
 * The JSON a script holds (or the part `cut` returns of its text); undefined where that is
 * empty or not JSON. Parsed again only when the script's text changes.
 */
export function parsedScript(script: Element, cut: (text: string) => string | undefined = wholeText): unknown {
  const text = script.textContent ?? '';
  const known = parsedScripts.get(script);
  if (known && known.text === text && known.cut === cut) return known.json;
  let json: unknown;
  try {
    const source = cut(text);
    json = source ? JSON.parse(source) : undefined;
  } catch {
    json = undefined;
  }
  parsedScripts.set(script, { text, cut, json });
  return json;
}

/** The JSON in a <script> (type="application/json" or ld+json); undefined when absent or not JSON. */
export function scriptJson(document: Document, selector: string): unknown {
  const script = document.querySelector(selector);
  return script ? parsedScript(script) : undefined;
}

/** A value deep in parsed JSON, or undefined where any step is missing. */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A whole, non-negative count from JSON: a number, digits in a string (TikTok writes its exact
 * ones so), or either as schema.org's `{ value }` (QuantitativeValue).
 */
export function jsonCount(value: unknown): number | undefined {
  const inner = isObject(value) ? value.value : value;
  const number = typeof inner === 'string' && /^\d+$/.test(inner) ? Number(inner) : inner;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
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

/** Whether a text field says something: undefined where it is no string (not given). */
export const hasText = (value: unknown): boolean | undefined => (typeof value === 'string' ? value.trim() !== '' : undefined);

/**
 * The first schema.org node in the page's JSON-LD that `accepts`, in document order: each
 * script's object (or each of its list), then the nodes of its `@graph`. Scripts that do not
 * parse are skipped; the rest are parsed only until one is found (and once: parsedScript).
 */
export function jsonLdNode(document: Document, accepts: (node: Json) => boolean): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const item of asList(parsedScript(script)).filter(isObject)) {
      for (const node of [item, ...asList(item['@graph']).filter(isObject)]) if (accepts(node)) return node;
    }
  }
  return undefined;
}

/** The JSON-LD node of a type ("Person", "Organization") whose url the predicate accepts. */
export function jsonLdEntity(document: Document, type: string, isOwnUrl: (url: string) => boolean): Json | undefined {
  return jsonLdNode(document, (node) => asList(node['@type']).includes(type) && typeof node.url === 'string' && isOwnUrl(node.url));
}

/** The count of a schema.org interactionStatistic whose interactionType names the action ("FollowAction"). */
export function interactionCount(node: unknown, action: string): number | undefined {
  for (const statistic of asList(dig(node, 'interactionStatistic')).filter(isObject)) {
    const type = statistic.interactionType;
    const named = typeof type === 'string' ? type : isObject(type) ? String(type['@type'] ?? '') : '';
    if (named.endsWith(action)) return jsonCount(statistic.userInteractionCount);
  }
  return undefined;
}

/** An ISO time from a <time datetime>, a date string or Unix seconds. */
export function isoTime(source: Element | string | number | null | undefined): string | undefined {
  if (typeof source === 'number') return source > 0 ? new Date(source * 1000).toISOString() : undefined;
  const value = typeof source === 'string' ? source : source?.getAttribute('datetime');
  // X writes every <time datetime> in this very form: taken as it is, unparsed (timelines hold thousands).
  if (value && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value)) return value;
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/**
 * The user a `/@user/…` URL of the network names (Threads, TikTok), and the path's segments
 * after it; null on another host or where the name is not a valid handle there.
 */
export function userAtPath(url: URL, network: string, hosts: readonly string[]): { handle: string; rest: string[] } | null {
  if (!hosts.includes(url.host)) return null;
  const match = /^\/@([^/]+)((?:\/[^/]*)*)$/.exec(url.pathname);
  const handle = match ? decodedSegment(match[1]) : null;
  return handle !== null && networkInfo(network)!.isValidHandle(handle) ? { handle, rest: match![2].split('/').filter(Boolean) } : null;
}

/** The value without its undefined fields (absent = unknown, never sent as a value). */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** Signals as read from one hook: any field undefined where it showed none, `extra`'s numbers too. */
export type SignalsRead = Omit<Partial<ProfileSignals>, 'extra'> & { extra?: Record<string, number | undefined> };

/**
 * Signals from several hooks, most trusted first: each field from the first that has it,
 * `extra` merged the same way. Fields no hook showed are left out (unknown), never zero.
 */
export function mergeSignals(...parts: (SignalsRead | null | undefined)[]): Partial<ProfileSignals> {
  const merged: Record<string, unknown> = {};
  const extra: Record<string, number> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part ?? {})) {
      if (value === undefined) continue;
      if (key === 'extra') {
        for (const [name, number] of Object.entries(value as Record<string, number | undefined>)) if (number !== undefined && !(name in extra)) extra[name] = number;
      } else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(extra).length > 0) merged.extra = extra;
  return merged as Partial<ProfileSignals>;
}

/** Whether any count or fact was read at all. */
export function readSomething(signals: Partial<ProfileSignals>): boolean {
  return Object.keys(signals).length > 0;
}

/** What a profile page shows of the profile, its hooks merged most trusted first; null where none showed anything. */
export function observed(ref: ProfileRef, ...parts: (SignalsRead | null | undefined)[]): PageObservation | null {
  const signals = mergeSignals(...parts);
  return readSomething(signals) ? { ref, signals } : null;
}

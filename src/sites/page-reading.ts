// What the adapters of the networks read from their pages (X, Instagram, Threads, Facebook,
// TikTok, YouTube, LinkedIn, XING) have in common, written once so that they read alike: the
// text people see in an element, the page's head (its language, <meta>s, its own address),
// `/@user` paths, times, and the signals read, merged one way (absent = unknown, never zero).
// JSON embedded in <script>s and schema.org JSON-LD: page-json.ts. What one network alone needs
// stays in its adapter; LinkedIn's and XING's count phrases are in professional-pages.ts.
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

// Node.DOCUMENT_POSITION_FOLLOWING and _CONTAINED_BY.
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/** Whether `later` comes after `element` in the document, outside it (a next line or button, not a part of this one). */
export function comesAfter(element: Element, later: Element): boolean {
  const position = element.compareDocumentPosition(later);
  return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
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

// What the Meta and ByteDance sites (Instagram, Threads, Facebook, TikTok) have in common when
// they are read from the page: text without the <title>s of their icons, exact counts in a
// span's title="12,345" beside the rounded "12.3K", the "N Followers, N Following, N Posts"
// line of a profile's meta description, JSON embedded in <script>s, and `/@user` paths.
import { parseCount } from '../lib/count';
import type { ProfileSignals } from '../score/types';

/** The text people see in an element: without scripts, styles and icons' <title>s ("Verified", "Like"). */
export function visibleText(element: Element | null | undefined): string {
  if (!element) return '';
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (!['svg', 'script', 'style', 'template'].includes(child.localName)) text += visibleText(child);
    }
  }
  return text;
}

/** Visible text with its white space folded: the form names and counts are compared in. */
export function shownText(element: Element | null | undefined): string {
  return visibleText(element).replace(/[\s\u200e\u200f\u2066-\u2069]+/g, ' ').trim();
}

/** "name" or "@name": a link's text that is the account's handle itself. */
export function namesHandle(text: string, handle: string): boolean {
  return text.replace(/^@/, '').toLowerCase() === handle.toLowerCase();
}

/** The document's language, the locale its numbers are written in. */
export function pageLocale(document: Document): string | undefined {
  return document.documentElement?.getAttribute('lang') || undefined;
}

const EXACT_TITLE = /^\d[\d.,\s\u00a0\u202f']*$/;

/** A count an element shows: exact from a span's title="2,066" where Meta puts one, else the rounded text ("12.3K"). */
export function shownCount(element: Element | null | undefined, locale?: string): number | undefined {
  if (!element) return undefined;
  const titled = [element, ...element.querySelectorAll('[title]')].find((el) => EXACT_TITLE.test(el.getAttribute('title') ?? ''));
  return parseCount(titled?.getAttribute('title'), locale) ?? parseCount(shownText(element), locale);
}

/** A <meta>'s content by property (og:…) or name. */
export function metaContent(document: Document, key: string): string | undefined {
  for (const meta of document.querySelectorAll('meta[content]')) {
    if (meta.getAttribute('property') === key || meta.getAttribute('name') === key) return meta.getAttribute('content') ?? undefined;
  }
  return undefined;
}

/** The path of the page's own address as its head says (og:url, else canonical), lower case. */
export function declaredPath(document: Document): string | undefined {
  const href = metaContent(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (!href) return undefined;
  try {
    return new URL(href).pathname.toLowerCase().replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

/**
 * Instagram's description of a profile, in the page's language: "484 Followers, 262 Following,
 * 1,537 Posts - See Instagram photos…" ("484 Follower, 320 gefolgt, 1.234 Beiträge",
 * "フォロワー484人、フォロー中320人、投稿1,234件"). The order is the same in every language; the
 * three parts are told apart by ", " (a comma inside "1,234" has no space after it) or "、".
 */
export function followerLine(text: string | undefined, locale?: string): Pick<ProfileSignals, 'followers' | 'following' | 'posts'> | null {
  if (!text) return null;
  const head = text.split(/\s[-–—]\s/)[0];
  const parts = head.split(/,\s+|[、，]\s*/);
  if (parts.length !== 3) return null;
  const [followers, following, posts] = parts.map((part) => parseCount(part, locale));
  if (followers === undefined || following === undefined || posts === undefined) return null;
  return { followers, following, posts };
}

/** The JSON in a <script> (type="application/json" or ld+json); undefined when absent or not JSON. */
export function scriptJson(document: Document, selector: string): unknown {
  const text = document.querySelector(selector)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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

/** A whole, non-negative count from JSON (TikTok writes its exact ones as strings). */
export function jsonCount(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** An ISO time from a <time datetime> or Unix seconds. */
export function isoTime(source: Element | number | null | undefined): string | undefined {
  if (typeof source === 'number') return source > 0 ? new Date(source * 1000).toISOString() : undefined;
  const value = source?.getAttribute('datetime');
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** A handle and what follows it in a `/@user/…` path (Threads, TikTok). */
export function atPath(pathname: string): { handle: string; rest: string[] } | null {
  const match = /^\/@([^/]+)((?:\/[^/]*)*)$/.exec(pathname);
  if (!match) return null;
  let handle: string;
  try {
    handle = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return { handle, rest: match[2].split('/').filter(Boolean) };
}

/**
 * Signals from several hooks, most trusted first: each field from the first that has it,
 * `extra` merged the same way. Fields no hook showed are left out (unknown), never zero.
 */
export function mergeSignals(...parts: (Partial<ProfileSignals> | null | undefined)[]): Partial<ProfileSignals> {
  const merged: Record<string, unknown> = {};
  const extra: Record<string, number> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part ?? {})) {
      if (value === undefined) continue;
      if (key === 'extra') {
        for (const [name, number] of Object.entries(value as Record<string, number>)) if (number !== undefined && !(name in extra)) extra[name] = number;
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

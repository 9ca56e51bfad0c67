// What the YouTube adapter's files share: channel paths (`/@handle`, `/channel/UC…`) and
// YouTube's `var ytInitialData = {...};`, the JSON the server embeds in every page and its
// single-page app renders from (m.youtube.com writes it as a string literal it JSON.parses; since
// autumn 2026 some pages put it in <script id="yt-initial-data" type="application/json">). That
// JSON describes the page as first loaded, so after an in-app navigation it may be another page's:
// each reader returns the channel the data itself names beside its counts, and the adapter uses it
// only where that matches the URL. A watch page's owner in that data: youtube-video.ts.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import { decodedSegment } from './find-handles';
import { readSomething } from './page-reading';
import { dig, hasText } from './page-json';
import type { PageObservation } from './types';

export const YOUTUBE_HOSTS = ['www.youtube.com', 'youtube.com', 'm.youtube.com'];
const FEED_URL = 'https://www.youtube.com/feeds/videos.xml?channel_id=';

export interface ChannelData {
  /** `@handle`, where the data names it. */
  handle?: string;
  /** `UC…`, where the data names it. */
  channelId?: string;
  signals: Partial<ProfileSignals>;
}

// `var ytInitialData = {`, `window["ytInitialData"] = {`, or m.youtube.com's string
// `var ytInitialData = '\x7b\x22responseContext\x22…';`. The `window['ytInitialData'] =
// JSON.parse(…)` after that one does not match (its quote is `'`), so the string is what is read.
const PREFIX = /\bytInitialData"?\]?\s*=\s*/;
/** Longer string literals are no ytInitialData (pages' are a few megabytes): a stray quote is not followed to the end of a huge script. */
const MAX_LITERAL_LENGTH = 16_000_000;
const parsed = new WeakMap<Element, unknown>();
/** Scripts already looked at that hold no ytInitialData: the page has dozens, some of a megabyte. */
const without = new WeakSet<Element>();

/** The JSON object that starts at `start`, cut at its matching brace (strings and escapes skipped). */
function objectAt(text: string, start: number): string | null {
  if (text[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** The value of the JavaScript string literal that starts at `start` (its quote); null where it does not end in bounds. */
function stringLiteralAt(text: string, start: number): string | null {
  const quote = text[start];
  if (quote !== "'" && quote !== '"') return null;
  const limit = Math.min(text.length, start + MAX_LITERAL_LENGTH);
  for (let i = start + 1; i < limit; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return unescaped(text.slice(start + 1, i));
    else if (text[i] === '\n') return null;
  }
  return null;
}

// A backslash before a line break continues the line: both are left out.
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0', '\n': '' };

/** A string literal's body as JavaScript reads it: `\xHH`, `\uHHHH` and one-letter escapes; any other escaped character is itself. */
function unescaped(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([^]))/g, (_, hex?: string, unit?: string, char?: string) => {
    const code = hex ?? unit;
    return code ? String.fromCharCode(parseInt(code, 16)) : (SIMPLE_ESCAPES[char!] ?? char!);
  });
}

/** ytInitialData from the document's inline scripts; undefined where none parses. Parsed once per script. */
export function initialData(document: Document): unknown {
  for (const script of document.querySelectorAll('script:not([src])')) {
    if (parsed.has(script)) return parsed.get(script);
    if (without.has(script)) continue;
    const text = script.textContent ?? '';
    // Since autumn 2026 some responses carry the JSON in a script element of its own instead.
    const element = script.id === 'yt-initial-data';
    const match = element ? null : PREFIX.exec(text);
    let data: unknown;
    try {
      const start = match ? match.index + match[0].length : 0;
      const json = element ? text : match ? (objectAt(text, start) ?? stringLiteralAt(text, start)) : null;
      const value: unknown = json ? JSON.parse(json) : undefined;
      // A string literal may hold any JSON; the data is an object.
      data = typeof value === 'object' && value !== null ? value : undefined;
    } catch {
      data = undefined;
    }
    if (data === undefined) {
      without.add(script);
      continue;
    }
    parsed.set(script, data);
    return data;
  }
  return undefined;
}

/** The text of a YouTube text object: `simpleText`, `runs[].text` or a view model's `content`. */
export function textOf(node: unknown): string | undefined {
  const simple = dig(node, 'simpleText') ?? dig(node, 'content');
  if (typeof simple === 'string') return simple;
  const runs = dig(node, 'runs');
  if (Array.isArray(runs)) return runs.map((run) => (typeof dig(run, 'text') === 'string' ? dig(run, 'text') : '')).join('');
  return undefined;
}

/** "@name" as YouTube writes a handle, and a valid one. */
export const isHandle = (text: string) => text.startsWith('@') && networkInfo('youtube')!.isValidHandle(text);
export const isChannelId = (text: unknown): text is string => typeof text === 'string' && /^UC[A-Za-z0-9_-]{22}$/.test(text);
export const sameHandle = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** `@handle` from "/@handle", "http://www.youtube.com/@handle" or "@handle". */
export function handleIn(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /(?:^|\/)(@[^/?#\s]+)\/?$/.exec(text.trim());
  const handle = match ? decodedSegment(match[1]) : null;
  return handle !== null && isHandle(handle) ? handle : undefined;
}

export interface ChannelPath {
  handle?: string;
  channelId?: string;
  /** `/c/<custom>` or `/user/<legacy>`: a channel, but the URL does not say which handle or id. */
  legacy?: boolean;
  rest: string[];
}

/** The channel a youtube.com path names, and the segments after it. */
export function channelPath(pathname: string): ChannelPath | null {
  const [first, second, ...more] = pathname.split('/').filter(Boolean);
  if (!first) return null;
  if (first.startsWith('@')) {
    const handle = handleIn(first);
    return handle ? { handle, rest: second === undefined ? [] : [second, ...more] } : null;
  }
  if (first === 'channel') return isChannelId(second) ? { channelId: second, rest: more } : null;
  if ((first === 'c' || first === 'user') && second) return { legacy: true, rest: more };
  return null;
}

/** A channel by its @handle where known, else its id. */
export const refOf = (channel: { handle?: string; channelId?: string }): ProfileRef | null =>
  channel.handle || channel.channelId ? { network: 'youtube', handle: (channel.handle ?? channel.channelId)! } : null;

/** The channel a URL names exactly (`/@handle`, `/channel/UC…` on YouTube), as a ref. */
export function channelAt(url: URL | null): ProfileRef | null {
  const path = url && YOUTUBE_HOSTS.includes(url.host) ? channelPath(url.pathname) : null;
  return path && !path.legacy && path.rest.length === 0 ? refOf(path) : null;
}

/** What a page shows of a channel, with the channel's feed where its id is known. */
export function observation(channel: { handle?: string; channelId?: string }, signals: Partial<ProfileSignals>): PageObservation | null {
  const ref = refOf(channel);
  if (!ref || !readSomething(signals)) return null;
  // A channel known by its @handle is named by its id too (`/channel/UC…` links: mentions, older comments).
  const alias = channel.handle && channel.channelId ? { aliases: [{ network: 'youtube', handle: channel.channelId }] } : {};
  return { ref, signals, ...(channel.channelId ? { feedUrl: FEED_URL + channel.channelId } : {}), ...alias };
}

/** A stream's address as its Share button gives it, which stays in the address bar on its watch page. */
const LIVE_PATH = /^\/live\/([\w-]{11})\/?$/;

/** The video a watch page's address names (`/watch?v=`, `/live/<id>`); null on other pages. */
export function watchedVideoId(page: URL): string | null {
  return page.pathname === '/watch' ? page.searchParams.get('v') : (LIVE_PATH.exec(page.pathname)?.[1] ?? null);
}

/** The first visible element of a selector: YouTube keeps the pages it navigated away from, [hidden]. */
export function visible(root: ParentNode, selector: string): Element | null {
  for (const element of root.querySelectorAll(selector)) if (!element.closest('[hidden]')) return element;
  return null;
}

const SUBSCRIBERS = /subscri|suscri|abonn|abonent|abone|iscritt|inscrit|subskryb|pretplatni|претплатни|абонат|odběratel|odberateľ|feliratkoz|prenumerant|tilaaja|người\s+đăng\s+k[ýí]|συνδρομητ|подпис|підпис|مشترك|सब्सक्राइबर|登録|구독|订阅|訂閱/i;
const VIDEOS = /v[ií]d[eé]o|vide[aáí]|видео|відео|فيديو|वीडियो|動画|동영상|视频|影片|wideo/i;

/** Subscribers and videos from count texts ("3.68M subscribers", "6,8 K vídeos"), told apart by their words or, failing that, their order. */
export function headerCounts(parts: string[], locale?: string): Pick<ProfileSignals, 'followers' | 'posts'> {
  const counted = parts.map((text) => ({ text, count: parseCount(text, locale) })).filter((part) => part.count !== undefined);
  const followers = counted.find((part) => SUBSCRIBERS.test(part.text) && !VIDEOS.test(part.text));
  const posts = counted.find((part) => VIDEOS.test(part.text) && part !== followers);
  // Two counts with a word for one at most (a Polish "456 filmów", a Romanian "mil. de abonați"): YouTube writes subscribers first.
  if (counted.length === 2 && !(followers && posts) && (followers ?? counted[0]) === counted[0] && (posts ?? counted[1]) === counted[1])
    return { followers: counted[0].count, posts: counted[1].count };
  return { followers: followers?.count, posts: posts?.count };
}

/** Whether a badge list (metadataBadgeRenderer) holds the verified or verified-artist check. */
export function hasVerifiedBadge(badges: unknown): boolean {
  return Array.isArray(badges) && badges.some((badge) => /VERIFIED/.test(String(dig(badge, 'metadataBadgeRenderer', 'style'))));
}

/** The 2022–2024 channel header, c4TabbedHeaderRenderer. */
function fromTabbedHeader(header: unknown, locale?: string): ChannelData {
  const subscribers = textOf(dig(header, 'subscriberCountText')) ?? String(dig(header, 'subscriberCountText', 'accessibility', 'accessibilityData', 'label') ?? '');
  const videos = textOf(dig(header, 'videosCountText'));
  const channelId = dig(header, 'channelId');
  return {
    handle: handleIn(textOf(dig(header, 'channelHandleText'))) ?? handleIn(dig(header, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')),
    channelId: isChannelId(channelId) ? channelId : undefined,
    signals: {
      followers: parseCount(subscribers, locale),
      posts: parseCount(videos, locale),
      verified: hasVerifiedBadge(dig(header, 'badges')),
      hasAvatar: typeof dig(header, 'avatar', 'thumbnails', 0, 'url') === 'string' || undefined,
      hasUrl: dig(header, 'headerLinks') !== undefined || undefined,
    },
  };
}

/** The 2024 channel header, pageHeaderRenderer's pageHeaderViewModel: rows of texts "@handle", "3.68M subscribers", "1.2K videos". */
function fromPageHeader(model: unknown, locale?: string): ChannelData {
  const rows = dig(model, 'metadata', 'contentMetadataViewModel', 'metadataRows');
  const parts: string[] = [];
  for (const row of Array.isArray(rows) ? rows : []) {
    const rowParts = dig(row, 'metadataParts');
    for (const part of Array.isArray(rowParts) ? rowParts : []) {
      const text = textOf(dig(part, 'text'));
      if (text) parts.push(text.trim());
    }
  }
  const title = dig(model, 'title');
  return {
    handle: parts.map(handleIn).find(Boolean),
    signals: {
      ...headerCounts(parts.filter((part) => !part.startsWith('@')), locale),
      // The check beside the name is an image attached to the title's text.
      verified: title === undefined ? undefined : /CHECK_CIRCLE|VERIFIED/.test(JSON.stringify(title)),
      hasAvatar: typeof dig(model, 'image', 'decoratedAvatarViewModel', 'avatar', 'avatarViewModel', 'image', 'sources', 0, 'url') === 'string' || undefined,
      hasBio: hasText(textOf(dig(model, 'description', 'descriptionPreviewViewModel', 'description'))),
      hasUrl: dig(model, 'attribution', 'attributionViewModel') !== undefined || undefined,
    },
  };
}

/** A channel page's data: its header's counts, and channelMetadataRenderer's id, description and avatar. */
export function channelFromData(data: unknown, locale?: string): ChannelData | null {
  const tabbed = dig(data, 'header', 'c4TabbedHeaderRenderer');
  const model = dig(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');
  const metadata = dig(data, 'metadata', 'channelMetadataRenderer');
  if (tabbed === undefined && model === undefined && metadata === undefined) return null;
  const header = tabbed !== undefined ? fromTabbedHeader(tabbed, locale) : model !== undefined ? fromPageHeader(model, locale) : { signals: {} };
  const externalId = dig(metadata, 'externalId');
  const ownerUrls = dig(metadata, 'ownerUrls');
  const description = dig(metadata, 'description');
  return {
    handle: header.handle ?? handleIn(dig(metadata, 'vanityChannelUrl')) ?? (Array.isArray(ownerUrls) ? ownerUrls.map(handleIn).find(Boolean) : undefined),
    channelId: header.channelId ?? (isChannelId(externalId) ? externalId : undefined),
    signals: {
      ...header.signals,
      // The channel's own description first: its header previews a placeholder where it has none
      // ("Tìm hiểu thêm về kênh này", "More about this channel").
      hasBio: hasText(description) ?? header.signals.hasBio,
      hasAvatar: header.signals.hasAvatar ?? (typeof dig(metadata, 'avatar', 'thumbnails', 0, 'url') === 'string' || undefined),
    },
  };
}

// YouTube's public channel feed, https://www.youtube.com/feeds/videos.xml?channel_id=UC…: an
// Atom feed of the channel's latest 15 uploads, each with its publication time, views
// (<media:statistics views>) and likes (<media:starRating count>, since dislikes went private
// in 2021). No key, no session. It is read in the service worker, which has no DOMParser, so the
// few fields are picked out of each <entry> with regular expressions; anything that is not such
// a feed is null, never an exception. The feed's own <yt:channelId> has lost its "UC" since 2023
// ("VYamHliCI9rw1tHR1xbkfw"); its self link and entries keep the whole id.
import { decayedRates, type PostReactions } from '../score/decay';
import type { ProfileSignals, RecentActivity } from '../score/types';

export const YOUTUBE_FEED = 'https://www.youtube.com/feeds/videos.xml';
/** Entries YouTube puts in a channel's feed: when there are this many, older uploads exist. */
export const FEED_ENTRIES = 15;
const MAX_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
/** A real feed is some 40 KB; anything far larger is not one. */
const MAX_FEED_CHARS = 2_000_000;
const YT_NAMESPACE = 'http://www.youtube.com/xml/schemas/2015';
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;

export interface YoutubeFeedVideo {
  id: string;
  /** ISO 8601, where the entry's <published> reads as a time. */
  publishedAt?: string;
  views?: number;
  likes?: number;
}

export interface YoutubeFeedResult {
  channelId: string;
  /** Uploads in the feed (at most 15: the latest ones, not the channel's total). */
  videos: number;
  recent: RecentActivity;
  /** `viewsPerPost`: the median views of the feed's videos, where the feed shows views. */
  extra: Record<string, number>;
  /** Each upload with its counts, newest first as the feed lists them. */
  entries: YoutubeFeedVideo[];
}

export function youtubeFeedUrl(channelId: string): string {
  return `${YOUTUBE_FEED}?channel_id=${channelId}`;
}

/** The channel id of a channel feed's URL, or null when the URL is anything else (a page may send any string). */
export function channelIdOfFeedUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.host !== 'www.youtube.com' || parsed.pathname !== '/feeds/videos.xml') return null;
  const id = parsed.searchParams.get('channel_id');
  return id && CHANNEL_ID.test(id) && [...parsed.searchParams.keys()].length === 1 ? id : null;
}

/** The text of the first <tag>…</tag> in a block, trimmed. */
function element(block: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(block);
  return match ? match[1].trim() : undefined;
}

/** A whole-number attribute of the first <tag …> in a block. */
function countAttribute(block: string, tag: string, attribute: string): number | undefined {
  const start = new RegExp(`<${tag}\\s([^>]*)>`).exec(block);
  const value = start ? new RegExp(`(?:^|\\s)${attribute}\\s*=\\s*["'](\\d{1,15})["']`).exec(start[1]) : null;
  return value ? Number(value[1]) : undefined;
}

function isoTime(text: string | undefined): string | undefined {
  const time = text && /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** The channel's id: the self link's channel_id, an entry's <yt:channelId>, the feed's own (with "UC" put back), its alternate link. */
function channelIdOf(head: string, entries: string[]): string | undefined {
  const self = /<link\s[^>]*rel=["']self["'][^>]*>/.exec(head)?.[0];
  const fromSelf = self ? /channel_id=(UC[A-Za-z0-9_-]{22})\b/.exec(self)?.[1] : undefined;
  const fromEntry = entries.map((entry) => element(entry, 'yt:channelId')).find((id) => id !== undefined && CHANNEL_ID.test(id));
  const own = element(head, 'yt:channelId') ?? element(head, 'id')?.replace(/^yt:channel:/, '');
  const fromOwn = own && /^[A-Za-z0-9_-]{22}$/.test(own) ? `UC${own}` : own && CHANNEL_ID.test(own) ? own : undefined;
  const fromAlternate = /<link\s[^>]*href=["']https?:\/\/www\.youtube\.com\/channel\/(UC[A-Za-z0-9_-]{22})["']/.exec(head)?.[1];
  return fromSelf ?? fromEntry ?? fromOwn ?? fromAlternate;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** Daily rates over 90 days or, when the feed is full (older uploads exist), over the span its 15 cover. */
function recentOf(videos: YoutubeFeedVideo[], full: boolean, now: number): RecentActivity {
  const posts: PostReactions[] = videos.filter((video) => video.publishedAt).map((video) => ({ at: video.publishedAt!, likes: video.likes }));
  const oldest = Math.min(...posts.map((post) => Date.parse(String(post.at))));
  const span = Number.isFinite(oldest) ? (now - oldest) / DAY_MS : MAX_WINDOW_DAYS;
  const windowDays = full ? Math.min(MAX_WINDOW_DAYS, Math.max(1, span)) : MAX_WINDOW_DAYS;
  return decayedRates(posts, now, windowDays);
}

/** A channel feed read: its uploads and the rates they make; null for anything that is not a YouTube channel feed. */
export function parseYoutubeFeed(xml: string, now: number): YoutubeFeedResult | null {
  try {
    if (typeof xml !== 'string' || xml.length > MAX_FEED_CHARS || !Number.isFinite(now)) return null;
    // Comments and CDATA could hold anything, "<entry>" included.
    const text = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    const root = /<feed\s[^>]*>/.exec(text);
    if (!root || !root[0].includes(YT_NAMESPACE) || !/<\/feed>\s*$/.test(text)) return null;
    const body = text.slice(root.index + root[0].length);
    const blocks = [...body.matchAll(/<entry(?:\s[^>]*)?>([\s\S]*?)<\/entry>/g)].map((match) => match[1]);
    const firstEntry = body.search(/<entry[\s>]/);
    const channelId = channelIdOf(firstEntry < 0 ? body : body.slice(0, firstEntry), blocks);
    if (!channelId) return null;
    const seen = new Set<string>();
    const entries: YoutubeFeedVideo[] = [];
    for (const block of blocks) {
      const id = element(block, 'yt:videoId');
      if (!id || !/^[\w-]{11}$/.test(id) || seen.has(id)) continue;
      seen.add(id);
      const video: YoutubeFeedVideo = { id };
      const publishedAt = isoTime(element(block, 'published'));
      const views = countAttribute(block, 'media:statistics', 'views');
      const likes = countAttribute(block, 'media:starRating', 'count');
      if (publishedAt) video.publishedAt = publishedAt;
      if (views !== undefined) video.views = views;
      if (likes !== undefined) video.likes = likes;
      entries.push(video);
    }
    const viewsPerPost = median(entries.map((video) => video.views).filter((views): views is number => views !== undefined));
    return {
      channelId,
      videos: entries.length,
      recent: recentOf(entries, entries.length >= FEED_ENTRIES, now),
      extra: viewsPerPost === undefined ? {} : { viewsPerPost },
      entries,
    };
  } catch {
    return null;
  }
}

/** What a feed adds to a channel's signals: its recent rates and views per video, and where they came from. */
export function feedSignals(result: YoutubeFeedResult, url: string, now: number): Partial<ProfileSignals> {
  const at = new Date(now).toISOString();
  return {
    recent: result.recent,
    ...(Object.keys(result.extra).length > 0 ? { extra: result.extra } : {}),
    sources: [{ kind: 'api', url, at }],
  };
}

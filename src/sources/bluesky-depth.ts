// Bluesky in depth: how the audience responds to an account's recent posts
// (app.bsky.feed.getAuthorFeed, the author's own posts only, time-decayed), and how
// influential those who repost it are (app.bsky.feed.getRepostedBy on its most reposted recent
// post, then their audiences through the batched getProfiles, shared with every other profile
// through the cache). Within the budget: a profile's full score costs at most 4 requests.
import { isCount, isNonEmptyString, isRecord } from '../lib/guards';
import { decayedRates, type PostReactions } from '../score/decay';
import type { RecentActivity } from '../score/types';
import { badResponse, requestJson } from './http';
import { SourceError, type FetchError, type SourceContext } from './types';

export const FEED_LIMIT = 100;
export const REPOSTERS_SAMPLE = 25;
const MAX_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface OwnPost extends PostReactions {
  uri: string;
}

/** The author's own posts in a getAuthorFeed answer: no reposts of others, nothing by anyone else. */
export function ownPosts(json: unknown, did: string): OwnPost[] {
  if (!isRecord(json) || !Array.isArray(json.feed)) throw badResponse('Bluesky sent an author feed without a feed.');
  const posts: OwnPost[] = [];
  for (const item of json.feed) {
    if (!isRecord(item) || item.reason !== undefined || !isRecord(item.post)) continue;
    const post = item.post;
    if (!isRecord(post.author) || post.author.did !== did || !isNonEmptyString(post.uri)) continue;
    const record = isRecord(post.record) ? post.record : {};
    const at = isNonEmptyString(record.createdAt) ? record.createdAt : post.indexedAt;
    if (!isNonEmptyString(at)) continue;
    const count = (value: unknown) => (isCount(value) ? value : undefined);
    posts.push({ uri: post.uri, at, reposts: count(post.repostCount), replies: count(post.replyCount), likes: count(post.likeCount), quotes: count(post.quoteCount) });
  }
  return posts;
}

/**
 * Whether the feed stopped at its limit, so older posts exist. Reposts count towards the limit;
 * the cursor does not tell (the AppView sends one whenever it sent any item).
 */
export function feedWasCut(json: unknown): boolean {
  return isRecord(json) && Array.isArray(json.feed) && json.feed.length >= FEED_LIMIT;
}

/**
 * Daily rates over the window the posts cover: the last 90 days, or, when the feed was cut at
 * its limit, the span it reaches back (a hundred posts in a week is a week's rate).
 */
export function recentFromPosts(posts: OwnPost[], now: number, feedWasFull: boolean): RecentActivity {
  const oldest = Math.min(...posts.map((p) => Date.parse(String(p.at))).filter(Number.isFinite));
  const span = Number.isFinite(oldest) ? (now - oldest) / DAY_MS : MAX_WINDOW_DAYS;
  const windowDays = feedWasFull ? Math.min(MAX_WINDOW_DAYS, Math.max(1, span)) : MAX_WINDOW_DAYS;
  return decayedRates(posts, now, windowDays);
}

/** The recent post most reposted: the one whose reposters show the account's network. */
export function mostReposted(posts: OwnPost[]): OwnPost | undefined {
  return posts.filter((p) => (p.reposts ?? 0) > 0).sort((a, b) => (b.reposts ?? 0) - (a.reposts ?? 0))[0];
}

export function parseReposters(json: unknown): string[] {
  if (!isRecord(json) || !Array.isArray(json.repostedBy)) throw badResponse('Bluesky sent reposters without a list.');
  return json.repostedBy.flatMap((actor) => (isRecord(actor) && isNonEmptyString(actor.handle) && actor.handle !== 'handle.invalid' ? [actor.handle.toLowerCase()] : []));
}

export interface Depth {
  recent?: RecentActivity;
  /** Handles of those who reposted the most reposted recent post (a sample). */
  reposters?: string[];
  /** A rate limit met on the way: the profile waits it out, as a whole, rather than lose its depth. */
  limited?: FetchError;
}

/** The depth with the rate limit the error is, if it is one. */
const limitedBy = (error: unknown, depth: Depth): Depth => (error instanceof SourceError && error.error.kind === 'rate-limited' ? { ...depth, limited: error.error } : depth);

/** The recent posts and their reposters; what fails is left unknown, never taken as zero; a rate limit is kept to wait out. */
export async function fetchDepth(appView: string, did: string, context: SourceContext): Promise<Depth> {
  const depth: Depth = {};
  let posts: OwnPost[];
  let feedWasFull: boolean;
  try {
    const feedUrl = `${appView}/xrpc/app.bsky.feed.getAuthorFeed?actor=${encodeURIComponent(did)}&limit=${FEED_LIMIT}&filter=posts_no_replies`;
    const feed = await requestJson(feedUrl, context, { what: 'this author feed' });
    posts = ownPosts(feed, did);
    feedWasFull = feedWasCut(feed);
  } catch (error) {
    return limitedBy(error, depth);
  }
  depth.recent = recentFromPosts(posts, context.now(), feedWasFull);
  const top = mostReposted(posts);
  if (!top) return depth;
  try {
    const url = `${appView}/xrpc/app.bsky.feed.getRepostedBy?uri=${encodeURIComponent(top.uri)}&limit=${REPOSTERS_SAMPLE}`;
    depth.reposters = parseReposters(await requestJson(url, context, { what: 'the reposters of this post' }));
  } catch (error) {
    // Who reposted is a sample; without it the network pillar stays unknown.
    return limitedBy(error, depth);
  }
  return depth;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

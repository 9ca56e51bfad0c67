// Hacker News: the official Firebase API for the user (karma, created, about, submitted ids;
// github.com/HackerNews/API), then HN Search by Algolia for what they submitted lately.
//
// Why Algolia for the recent items: Firebase has no batch endpoint, so each submission's points
// and comments would cost one request; `search_by_date?tags=author_<name>` answers the latest
// fifty stories and comments, with points and comment counts, in one. A profile's full score
// costs two requests (one when the user does not exist or has never submitted anything), and
// covers fifty items where three Firebase item requests would have covered three.
import { isCount, isRecord } from '../lib/guards';
import { networkInfo } from '../lib/networks';
import { decayedRates, type PostReactions } from '../score/decay';
import type { ProfileSignals, RecentActivity } from '../score/types';
import { htmlToText } from './html-text';
import { badResponse, requestJson } from './http';
import { SourceError, profileDisplay, type ProfileDisplay, type Source, type SourceContext, type SourceOutcome, oneAtATime } from './types';

export const FIREBASE_API = 'https://hacker-news.firebaseio.com/v0';
export const ALGOLIA_API = 'https://hn.algolia.com/api/v1';
const FIREBASE_HOST = 'hacker-news.firebaseio.com';
const ALGOLIA_HOST = 'hn.algolia.com';
/** Recent items asked of Algolia: about three months of a typical poster's stories and comments. */
export const RECENT_ITEMS = 50;
const MAX_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface HackerNewsUser {
  id: string;
  /** Epoch seconds. */
  created: number;
  karma: number;
  about: string;
  /** Stories, polls and comments, all time. */
  submitted?: number;
  display: ProfileDisplay;
}

/** A Firebase user; null when the API answers `null` (there is no such user: Firebase sends no 404). */
export function parseUser(json: unknown, id: string): HackerNewsUser | null {
  if (json === null) return null;
  if (!isRecord(json) || json.id !== id || !isCount(json.created) || !isCount(json.karma)) {
    throw badResponse('Hacker News sent a user without its id, created or karma.');
  }
  const about = typeof json.about === 'string' ? htmlToText(json.about) : '';
  return {
    id: json.id,
    created: json.created,
    karma: json.karma,
    about,
    submitted: Array.isArray(json.submitted) ? json.submitted.length : undefined,
    // HN has no display names: only the about text is shown.
    display: profileDisplay(undefined, about),
  };
}

export interface RecentItems {
  items: PostReactions[];
  /** Whether the author has more items than were sent (the list was cut at RECENT_ITEMS). */
  truncated: boolean;
}

/**
 * The author's items in an Algolia search_by_date answer, as reactions: a story's points less
 * the submitter's own (every story starts at 1) and its comment count; a comment's direct
 * replies (HN shows no comment points, and Algolia sends `points: null` for them).
 */
export function parseRecentItems(json: unknown, author: string): RecentItems {
  if (!isRecord(json) || !Array.isArray(json.hits)) throw badResponse('HN Search sent no list of hits.');
  const items: PostReactions[] = [];
  for (const hit of json.hits) {
    if (!isRecord(hit) || typeof hit.created_at_i !== 'number' || !Number.isFinite(hit.created_at_i)) {
      throw badResponse('HN Search sent an item without created_at_i.');
    }
    const tags = Array.isArray(hit._tags) ? hit._tags : [];
    // Another author (the tag filter matches names regardless of case) or a poll's option.
    if (hit.author !== author || tags.includes('pollopt')) continue;
    const at = hit.created_at_i * 1000;
    if (tags.includes('comment')) {
      items.push({ at, replies: Array.isArray(hit.children) ? hit.children.length : undefined });
    } else {
      items.push({
        at,
        likes: isCount(hit.points) ? Math.max(0, hit.points - 1) : undefined,
        replies: isCount(hit.num_comments) ? hit.num_comments : undefined,
      });
    }
  }
  const total = isCount(json.nbHits) ? json.nbHits : undefined;
  return { items, truncated: total !== undefined ? total > json.hits.length : json.hits.length >= RECENT_ITEMS };
}

/**
 * Daily rates over the last 90 days or, when the list was cut, over the span it reaches back
 * (fifty comments in a week are a week's rate, not a quarter's).
 */
export function recentActivity(recent: RecentItems, now: number): RecentActivity {
  const oldest = Math.min(...recent.items.map((item) => Number(item.at)));
  const span = Number.isFinite(oldest) ? (now - oldest) / DAY_MS : MAX_WINDOW_DAYS;
  const windowDays = recent.truncated ? Math.min(MAX_WINDOW_DAYS, Math.max(1, span)) : MAX_WINDOW_DAYS;
  return decayedRates(recent.items, now, windowDays);
}

export function toSignals(handle: string, user: HackerNewsUser, recent: RecentActivity, at: string, urls: string[]): ProfileSignals {
  return {
    network: 'hackernews',
    handle,
    observedAt: at,
    createdAt: new Date(user.created * 1000).toISOString(),
    posts: user.submitted,
    hasBio: user.about !== '',
    recent,
    extra: { karma: user.karma },
    sources: urls.map((url) => ({ kind: 'api' as const, url, at })),
  };
}

export const userUrl = (id: string) => `${FIREBASE_API}/user/${encodeURIComponent(id)}.json`;
export const recentUrl = (id: string) => `${ALGOLIA_API}/search_by_date?tags=${encodeURIComponent(`author_${id}`)}&hitsPerPage=${RECENT_ITEMS}`;

async function fetchOne(id: string, context: SourceContext): Promise<SourceOutcome> {
  if (!networkInfo('hackernews')!.isValidHandle(id)) {
    return { ok: false, error: { kind: 'not-found', message: `${id} is not a Hacker News username.` } };
  }
  try {
    const user = parseUser(await requestJson(userUrl(id), context, { what: `Hacker News user ${id}` }), id);
    if (!user) return { ok: false, error: { kind: 'not-found', message: `Hacker News user ${id} does not exist.` } };
    const now = context.now();
    const urls = [userUrl(id)];
    let recent: RecentActivity;
    if (user.submitted === undefined || user.submitted === 0) {
      // Nothing submitted, ever: nothing to ask Algolia about.
      recent = decayedRates([], now, MAX_WINDOW_DAYS);
    } else {
      urls.push(recentUrl(id));
      recent = recentActivity(parseRecentItems(await requestJson(recentUrl(id), context, { what: `recent items of ${id}` }), id), now);
    }
    const at = new Date(now).toISOString();
    return { ok: true, signals: toSignals(id, user, recent, at, urls), display: user.display };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, error: error.error };
    return { ok: false, error: { kind: 'bad-response', message: String(error) } };
  }
}

export const hackernewsSource: Source = {
  network: 'hackernews',
  hostFor: () => FIREBASE_HOST,
  servesHost: (host) => host === FIREBASE_HOST || host === ALGOLIA_HOST,
  rateLimit: (host) =>
    host === ALGOLIA_HOST
      ? // "We are limiting the number of API requests from a single IP to 10,000 per hour."
        { requests: 10_000, periodMs: 3_600_000, source: 'https://hn.algolia.com/api' }
      : // The Firebase API publishes no limit, and its README has clients walk comment trees
        // one item a request; this project asks at most ten a second, sixty at once.
        { requests: 600, periodMs: 60_000, burst: 60, source: 'https://github.com/HackerNews/API' },
  // No batch endpoint: one user a call, a few at once.
  batchSize: 1,
  concurrency: 4,
  fetchProfiles: oneAtATime(fetchOne),
};

// DEV's Forem API (developers.forem.com/api): the user by username, then their most recent
// articles for the reactions and comments they drew. Two requests a profile, no account
// needed. Forem throttles API reads at 3 a second per IP (forem/forem#12737; the throttle is
// "api_throttle" in config/initializers/rack_attack.rb) and answers 429 with Retry-After.
import { isCount, isNonEmptyString, isRecord } from '../lib/guards';
import { decayedRates, type PostReactions } from '../score/decay';
import type { ProfileSignals, RecentActivity } from '../score/types';
import { badResponse, requestJson } from './http';
import { SourceError, profileDisplay, type ProfileDisplay, type Source, type SourceContext, type SourceOutcome, oneAtATime } from './types';

export const DEVTO_API = 'https://dev.to/api';
/** The most recent articles asked for: Forem's default page, and plenty for a 90-day window. */
export const ARTICLES_PER_PAGE = 30;
const MAX_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
/** Version 1 of the API is chosen by this Accept header (developers.forem.com/api). */
const HEADERS = { accept: 'application/vnd.forem.api-v1+json' };

export interface DevUser {
  username: string;
  createdAt?: string;
  hasBio: boolean;
  hasUrl: boolean;
  hasLocation: boolean;
  display: ProfileDisplay;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * `joined_at` as Forem writes it: "Dec 27, 2015" (strftime "%b %e, %Y", so "Jan  4, 2017"
 * too), read as that day at midnight UTC; an ISO 8601 time is taken as it is.
 */
export function parseJoinedAt(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const short = /^([A-Za-z]{3})\s+(\d{1,2}),\s*(\d{4})$/.exec(value.trim());
  if (short) {
    const month = MONTHS.indexOf(short[1].toLowerCase());
    const day = Number(short[2]);
    if (month < 0 || day < 1 || day > 31) return undefined;
    const date = new Date(Date.UTC(Number(short[3]), month, day));
    return date.getUTCDate() === day ? date.toISOString() : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

export function parseUser(json: unknown): DevUser {
  if (!isRecord(json) || !isNonEmptyString(json.username) || (json.type_of !== undefined && json.type_of !== 'user')) {
    throw badResponse('DEV sent a user without a username.');
  }
  return {
    username: json.username,
    createdAt: parseJoinedAt(json.joined_at),
    hasBio: isNonEmptyString(json.summary),
    hasUrl: isNonEmptyString(json.website_url),
    hasLocation: isNonEmptyString(json.location),
    display: profileDisplay(json.name, json.summary),
  };
}

export interface DevArticles {
  /** Each article with its publication time and what it drew. */
  posts: PostReactions[];
  /** Whether the page was full, so that older articles may exist. */
  full: boolean;
}

/** The articles of a user, newest first, each with when it was published and its reactions and comments. */
export function parseArticles(json: unknown, perPage = ARTICLES_PER_PAGE): DevArticles {
  if (!Array.isArray(json)) throw badResponse('DEV sent articles that are not a list.');
  const posts = json.map((article): PostReactions => {
    if (!isRecord(article)) throw badResponse('DEV sent an article that is not an object.');
    const at = [article.published_timestamp, article.published_at].find((value) => isNonEmptyString(value) && Number.isFinite(Date.parse(value)));
    if (typeof at !== 'string') throw badResponse('DEV sent an article without its publication time.');
    const reactions = isCount(article.public_reactions_count) ? article.public_reactions_count : article.positive_reactions_count;
    return {
      at,
      likes: isCount(reactions) ? reactions : undefined,
      replies: isCount(article.comments_count) ? article.comments_count : undefined,
    };
  });
  return { posts, full: json.length >= perPage };
}

/**
 * Daily rates over the last 90 days, or, when the page of articles was full, over the span it
 * reaches back (thirty articles in a month are a month's rate).
 */
export function recentFromArticles(articles: DevArticles, now: number): RecentActivity {
  const oldest = Math.min(...articles.posts.map((post) => Date.parse(String(post.at))).filter(Number.isFinite));
  const span = Number.isFinite(oldest) ? (now - oldest) / DAY_MS : MAX_WINDOW_DAYS;
  const windowDays = articles.full ? Math.min(MAX_WINDOW_DAYS, Math.max(1, span)) : MAX_WINDOW_DAYS;
  return decayedRates(articles.posts, now, windowDays);
}

export function toSignals(handle: string, user: DevUser, articles: DevArticles, now: number, urls: string[]): ProfileSignals {
  const at = new Date(now).toISOString();
  return {
    network: 'devto',
    handle,
    observedAt: at,
    createdAt: user.createdAt,
    // A page that was not full holds every article; a full one, only the latest.
    posts: articles.full ? undefined : articles.posts.length,
    hasBio: user.hasBio,
    hasUrl: user.hasUrl,
    hasLocation: user.hasLocation,
    recent: recentFromArticles(articles, now),
    sources: urls.map((url) => ({ kind: 'api' as const, url, at })),
  };
}

export function userUrl(username: string): string {
  return `${DEVTO_API}/users/by_username?url=${encodeURIComponent(username)}`;
}

export function articlesUrl(username: string): string {
  return `${DEVTO_API}/articles?username=${encodeURIComponent(username)}&per_page=${ARTICLES_PER_PAGE}`;
}

async function fetchOne(username: string, context: SourceContext): Promise<SourceOutcome> {
  const urls = [userUrl(username), articlesUrl(username)];
  try {
    const user = parseUser(await requestJson(urls[0], context, { headers: HEADERS, what: `DEV user ${username}` }));
    const articles = parseArticles(await requestJson(urls[1], context, { headers: HEADERS, what: `articles of ${username}` }));
    return { ok: true, signals: toSignals(username, user, articles, context.now(), urls), display: user.display };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, error: error.error };
    return { ok: false, error: { kind: 'bad-response', message: String(error) } };
  }
}

export const devtoSource: Source = {
  network: 'devto',
  hostFor: () => 'dev.to',
  servesHost: (host) => host === 'dev.to',
  // "A global limit of 3rps for reads and 1rps for writes on any API endpoint" (a Forem maintainer, forem/forem#12737).
  rateLimit: () => ({ requests: 3, periodMs: 1000, source: 'https://github.com/forem/forem/issues/12737' }),
  batchSize: 1,
  concurrency: 1,
  fetchProfiles: oneAtATime(fetchOne),
};

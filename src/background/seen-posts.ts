// The posts a user has seen of an author on networks without an API (X, LinkedIn, Instagram,
// YouTube, ...), and the engagement they show. The user sees a sample, not every post: it is
// honest to say how much each post draws on average, not how much the author draws in all. The
// daily rates the engine reads are those averages times how often the author posts, taken
// from what the profile page showed (posts over account age) or, failing that, from how far
// apart the seen posts are.
import { isCount, isRecord } from '../lib/guards';
import type { ProfileSignals, RecentActivity } from '../score/types';
import type { SeenPost } from '../sites/types';
import type { SignalPart } from './merge';

/** A post as kept: its counts when last seen. */
export interface SeenPostRecord {
  id: string;
  /** Epoch ms when it was posted, where the page said. */
  postedAt?: number;
  /** Epoch ms when the user's browser last showed it. */
  seenAt: number;
  replies?: number;
  reposts?: number;
  quotes?: number;
  likes?: number;
  views?: number;
}

/** Posts kept per author: enough for a steady average, little enough for thousands of authors. */
export const MAX_POSTS_PER_AUTHOR = 40;
/** Fewer seen posts than this say nothing about an author's posting rate. */
const MIN_POSTS_FOR_RATE = 3;
const DAY_MS = 86_400_000;
const COUNT_FIELDS = ['replies', 'reposts', 'quotes', 'likes', 'views'] as const;

export function isSeenPostRecords(value: unknown): value is SeenPostRecord[] {
  return Array.isArray(value) && value.every((post) => isRecord(post) && typeof post.id === 'string' && isCount(post.seenAt));
}

/** A post from a page as a record, or null when it carries no usable count. */
export function toRecord(post: SeenPost, now: number): SeenPostRecord | null {
  const posted = post.postedAt ? Date.parse(post.postedAt) : NaN;
  const record: SeenPostRecord = { id: post.id, seenAt: now };
  if (Number.isFinite(posted) && posted <= now + DAY_MS) record.postedAt = Math.min(posted, now);
  let counted = false;
  for (const field of COUNT_FIELDS) {
    if (isCount(post[field])) {
      record[field] = Math.round(post[field]);
      counted = true;
    }
  }
  return counted ? record : null;
}

/** The kept posts with the new ones: a post seen again keeps its newest counts; the newest posts stay. */
export function mergePosts(kept: readonly SeenPostRecord[], incoming: readonly SeenPostRecord[]): SeenPostRecord[] {
  const byId = new Map(kept.map((post) => [post.id, post]));
  for (const post of incoming) byId.set(post.id, { ...byId.get(post.id), ...post });
  const newestFirst = (a: SeenPostRecord, b: SeenPostRecord) => (b.postedAt ?? b.seenAt) - (a.postedAt ?? a.seenAt);
  return [...byId.values()].sort(newestFirst).slice(0, MAX_POSTS_PER_AUTHOR);
}

/** How many posts a day the author makes: their posts over their account's age, else the spacing of the seen posts. */
export function postingRate(posts: readonly SeenPostRecord[], known: ProfileSignals, now: number): number | undefined {
  const created = known.createdAt ? Date.parse(known.createdAt) : NaN;
  if (isCount(known.posts) && Number.isFinite(created) && now - created > DAY_MS) {
    return known.posts / ((now - created) / DAY_MS);
  }
  const dates = posts.map((post) => post.postedAt).filter(isCount).sort((a, b) => a - b);
  if (dates.length < MIN_POSTS_FOR_RATE) return undefined;
  // n posts span n − 1 gaps; a lower bound, since the user may not have seen every post between.
  const spanDays = Math.max(1, (dates[dates.length - 1] - dates[0]) / DAY_MS);
  return (dates.length - 1) / spanDays;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

function mean(posts: readonly SeenPostRecord[], field: (typeof COUNT_FIELDS)[number]): number | undefined {
  const values = posts.map((post) => post[field]).filter(isCount);
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/**
 * What the seen posts add to a profile's signals, as a part to merge: each count's average per
 * post times the posting rate as `recent` daily rates, and the average views per post. Undefined
 * when there are no posts.
 */
export function engagementPart(posts: readonly SeenPostRecord[], known: ProfileSignals, now: number): SignalPart | undefined {
  if (posts.length === 0) return undefined;
  const rate = postingRate(posts, known, now);
  const recent: RecentActivity = {};
  const signals: ProfileSignals = { network: known.network, handle: known.handle };
  if (rate !== undefined) {
    recent.postsPerDay = round3(rate);
    const perDay = (field: (typeof COUNT_FIELDS)[number]) => {
      const average = mean(posts, field);
      return average === undefined ? undefined : round3(average * rate);
    };
    const rates: Partial<RecentActivity> = {
      repliesReceivedPerDay: perDay('replies'),
      repostsReceivedPerDay: perDay('reposts'),
      quotesReceivedPerDay: perDay('quotes'),
      likesReceivedPerDay: perDay('likes'),
    };
    for (const [field, value] of Object.entries(rates)) if (value !== undefined) (recent as Record<string, number>)[field] = value;
    signals.recent = recent;
  }
  const views = mean(posts, 'views');
  if (views !== undefined) signals.extra = { viewsPerPost: Math.round(views) };
  const at = Math.max(...posts.map((post) => post.seenAt));
  return { signals, kind: 'page', at, posts: posts.length };
}

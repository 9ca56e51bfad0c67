// Recent activity weighs more: a post's reactions count with weight ½^(age / half-life), as
// Followerwonk's Social Authority weighted recent retweets. Sources that read an account's
// recent posts turn them into the daily rates of ProfileSignals.recent with this, so that a
// steady account keeps its rate while one whose last hit is months old fades.
import { DECAY_HALF_LIFE_DAYS } from './constants';
import type { RecentActivity } from './types';

export interface PostReactions {
  /** When the post was made: ISO 8601 or epoch ms. */
  at: string | number;
  reposts?: number;
  replies?: number;
  likes?: number;
  quotes?: number;
}

const DAY_MS = 86_400_000;

/**
 * Time-decayed daily rates over the window the posts cover (at most windowDays back from now).
 * For a steady account, the decayed rate equals the plain one; the decay only shifts weight
 * toward what happened lately. Posts outside the window or with unreadable dates are skipped.
 */
export function decayedRates(posts: PostReactions[], now: number, windowDays: number, halfLifeDays = DECAY_HALF_LIFE_DAYS): RecentActivity {
  const weightOf = (ageDays: number) => 0.5 ** (ageDays / halfLifeDays);
  // ∫₀^window ½^(t/h) dt: what a steady rate of one a day adds up to.
  const exposure = (halfLifeDays / Math.LN2) * (1 - weightOf(windowDays));
  const totals = { posts: 0, reposts: 0, replies: 0, likes: 0, quotes: 0 };
  const seen = { reposts: false, replies: false, likes: false, quotes: false };
  for (const post of posts) {
    const time = typeof post.at === 'number' ? post.at : Date.parse(post.at);
    const ageDays = (now - time) / DAY_MS;
    if (!Number.isFinite(ageDays) || ageDays < 0 || ageDays > windowDays) continue;
    const weight = weightOf(ageDays);
    totals.posts += weight;
    for (const key of ['reposts', 'replies', 'likes', 'quotes'] as const) {
      const count = post[key];
      if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) continue;
      totals[key] += weight * count;
      seen[key] = true;
    }
  }
  const rate = (total: number) => Math.round((total / exposure) * 1000) / 1000;
  return {
    windowDays,
    postsPerDay: rate(totals.posts),
    ...(seen.reposts ? { repostsReceivedPerDay: rate(totals.reposts) } : {}),
    ...(seen.replies ? { repliesReceivedPerDay: rate(totals.replies) } : {}),
    ...(seen.likes ? { likesReceivedPerDay: rate(totals.likes) } : {}),
    ...(seen.quotes ? { quotesReceivedPerDay: rate(totals.quotes) } : {}),
  };
}

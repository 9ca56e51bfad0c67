// One follower's verdict, from the engine's own authenticity model (the same rules, weights and
// flags as for any account a badge is shown for) plus inactivity, which the engine does not judge:
// a follower who never posts or stopped posting is not fake, but is no audience either.
import { assessAuthenticity } from '../score/authenticity';
import type { ProfileSignals } from '../score/types';

/** A follower as a source lists it. lastPostAt sits beside the signals because only some networks tell it (Mastodon's last_status_at). */
export interface FollowerInput {
  signals: ProfileSignals;
  /** When the follower last posted, ISO 8601, if known. */
  lastPostAt?: string;
}

export const VERDICTS = ['genuine', 'suspicious', 'inactive', 'unknown'] as const;
export type FollowerVerdict = (typeof VERDICTS)[number];

/** The verdicts a share is computed for; 'unknown' is counted and reported but left out of the denominator. */
export const SHARED_VERDICTS = ['genuine', 'suspicious', 'inactive'] as const;
export type SharedVerdict = (typeof SHARED_VERDICTS)[number];

/** Days without a post after which a follower counts as inactive. */
export const INACTIVE_AFTER_DAYS = 90;

/** The audit's own flags, beside the engine's (their names do not collide with any of the engine's). */
export const INACTIVITY_FLAGS = { neverPosted: 'never-posted', noRecentPost: 'no-post-90-days' } as const;

/** What the report keeps of a follower: what the CSV shows, small enough to store thousands. */
export interface ClassifiedFollower {
  handle: string;
  followers?: number;
  following?: number;
  posts?: number;
  risk: number;
  flags: string[];
  verdict: FollowerVerdict;
}

const DAY_MS = 86_400_000;

/**
 * `at` (ISO 8601) is the audit's clock: the time a follower's signals were true when the source
 * did not say (observedAt), so that account age and inactivity are judged without reading the
 * clock here, and the same input gives the same verdict after a restart.
 */
export function classifyFollower(input: FollowerInput, at?: string): ClassifiedFollower {
  const { signals, lastPostAt } = input;
  const observedAt = signals.observedAt ?? at;
  const authenticity = assessAuthenticity(observedAt === undefined ? signals : { ...signals, observedAt });
  const flags = [...authenticity.flags];

  if (signals.posts === 0) flags.push(INACTIVITY_FLAGS.neverPosted);
  const now = observedAt === undefined ? NaN : Date.parse(observedAt);
  const last = lastPostAt === undefined ? NaN : Date.parse(lastPostAt);
  if (signals.posts !== 0 && Number.isFinite(now) && Number.isFinite(last) && now - last > INACTIVE_AFTER_DAYS * DAY_MS) {
    flags.push(INACTIVITY_FLAGS.noRecentPost);
  }
  const inactive = flags.includes(INACTIVITY_FLAGS.neverPosted) || flags.includes(INACTIVITY_FLAGS.noRecentPost);

  // With too little evidence the engine cannot rule out 'suspicious', which comes first; calling
  // such a follower inactive or genuine would bias the shares, so it goes to its own bucket.
  const verdict: FollowerVerdict =
    authenticity.verdict === 'unknown' ? 'unknown' : authenticity.verdict === 'suspicious' ? 'suspicious' : inactive ? 'inactive' : 'genuine';

  return {
    handle: signals.handle,
    ...(signals.followers !== undefined ? { followers: signals.followers } : {}),
    ...(signals.following !== undefined ? { following: signals.following } : {}),
    ...(signals.posts !== undefined ? { posts: signals.posts } : {}),
    risk: authenticity.risk,
    flags,
    verdict,
  };
}

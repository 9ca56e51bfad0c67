// Turns ProfileSignals into measured signals: each with its pillar, its weight within the
// pillar and its strength z, in tenfolds above (or below) what a typical account of the
// network shows, after the signal's shape (diminishing returns, caps).
import { isCount } from '../lib/guards';
import {
  EXTRA_SIGNALS,
  FOLLOW_BACK,
  FOLLOWING_COUNTED_PER_FOLLOWER,
  SIGNALS,
  SPAM,
  mediansFor,
  type Shape,
  type SignalSpec,
} from './constants';
import type { Pillar, ProfileSignals } from './types';

export interface MeasuredSignal {
  name: string;
  pillar: Pillar;
  weight: number;
  value: number | boolean;
  z: number;
}

const DAY_MS = 86_400_000;

/** Tenfolds above the median: +1 is ten times the typical value, −1 a tenth of it. */
export function tenfolds(value: number, median: number, offset: number): number {
  return Math.log10((Math.max(0, value) + offset) / (median + offset));
}

export function applyShape(u: number, shape: Shape = {}): number {
  let z = u;
  if (shape.knee !== undefined && z > shape.knee) z = shape.knee + (z - shape.knee) * (shape.slopeAbove ?? 1);
  if (shape.cap !== undefined) z = Math.min(z, shape.cap);
  return z;
}

export function observedTime(signals: ProfileSignals): number | undefined {
  const time = signals.observedAt ? Date.parse(signals.observedAt) : NaN;
  return Number.isFinite(time) ? time : undefined;
}

export function accountAgeYears(signals: ProfileSignals): number | undefined {
  const created = signals.createdAt ? Date.parse(signals.createdAt) : NaN;
  const observed = observedTime(signals);
  if (!Number.isFinite(created) || observed === undefined) return undefined;
  return Math.max(0, (observed - created) / (365.25 * DAY_MS));
}

/** Followers, less those an account that follows many may owe to following back. */
export function effectiveFollowers(followers: number, following: number | undefined): number {
  if (!isCount(following) || following <= FOLLOW_BACK.from) return followers;
  const ramp = Math.log10(following / FOLLOW_BACK.from) / Math.log10(FOLLOW_BACK.full / FOLLOW_BACK.from);
  return followers - FOLLOW_BACK.maxDiscount * Math.min(1, ramp) * Math.min(followers, following);
}

const sum = (values: (number | undefined)[]) => {
  const known = values.filter(isCount);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) : undefined;
};
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Reposts, quotes, replies and mentions received per post (likes aside), when known. */
export function reactionsPerPost(signals: ProfileSignals): number | undefined {
  const recent = signals.recent ?? {};
  const received = sum([recent.repostsReceivedPerDay, recent.quotesReceivedPerDay, recent.repliesReceivedPerDay, recent.mentionsReceivedPerDay]);
  return received !== undefined && isCount(recent.postsPerDay) && recent.postsPerDay > 0 ? received / recent.postsPerDay : undefined;
}

/** Every signal this profile has, measured. Unknown signals are left out, never taken as zero. */
export function measureSignals(signals: ProfileSignals): MeasuredSignal[] {
  const medians = mediansFor(signals.network);
  const recent = signals.recent ?? {};
  const out: MeasuredSignal[] = [];
  const add = (name: string, spec: SignalSpec, value: number | undefined, median: number, shown: number | undefined = value, adjust = 0) => {
    if (!isCount(value) || shown === undefined) return;
    const z = applyShape(tenfolds(value, median, spec.offset) + adjust, spec.shape);
    out.push({ name, pillar: spec.pillar, weight: spec.weight, value: shown, z });
  };

  if (isCount(signals.followers)) {
    add('followers', SIGNALS.followers, effectiveFollowers(signals.followers, signals.following), medians.followers, signals.followers);
  }
  add('lists', SIGNALS.lists, signals.lists, medians.lists);

  add('repostsReceivedPerDay', SIGNALS.repostsReceivedPerDay, recent.repostsReceivedPerDay, medians.engagementPerDay);
  add('quotesReceivedPerDay', SIGNALS.quotesReceivedPerDay, recent.quotesReceivedPerDay, medians.engagementPerDay);
  add('repliesReceivedPerDay', SIGNALS.repliesReceivedPerDay, recent.repliesReceivedPerDay, medians.engagementPerDay);
  add('likesReceivedPerDay', SIGNALS.likesReceivedPerDay, recent.likesReceivedPerDay, medians.likesPerDay);
  const perPost = reactionsPerPost(signals);
  if (perPost !== undefined) add('engagementPerPost', SIGNALS.engagementPerPost, perPost, medians.engagementPerPost, round2(perPost));
  add('uniqueEngagers', SIGNALS.uniqueEngagers, recent.uniqueEngagers, medians.uniqueEngagers);

  add('mentionsReceivedPerDay', SIGNALS.mentionsReceivedPerDay, recent.mentionsReceivedPerDay, medians.engagementPerDay);
  add('engagerMedianFollowers', SIGNALS.engagerMedianFollowers, recent.engagerMedianFollowers, medians.followers);

  if (isCount(recent.postsPerDay)) {
    const spam = recent.postsPerDay > SPAM.postsPerDay ? -SPAM.penaltyPerTenfold * Math.log10(recent.postsPerDay / SPAM.postsPerDay) : 0;
    const shaped = applyShape(tenfolds(recent.postsPerDay, medians.postsPerDay, SIGNALS.postsPerDay.offset), SIGNALS.postsPerDay.shape);
    out.push({ name: 'postsPerDay', pillar: 'activity', weight: SIGNALS.postsPerDay.weight, value: recent.postsPerDay, z: shaped + spam });
  }
  const conversation = sum([recent.mentionsSentPerDay, recent.repostsSentPerDay]);
  add('conversationPerDay', SIGNALS.conversationPerDay, conversation, medians.conversationPerDay, conversation === undefined ? undefined : round2(conversation));
  if (medians.following !== undefined && isCount(signals.following)) {
    const counted = isCount(signals.followers) ? Math.min(signals.following, FOLLOWING_COUNTED_PER_FOLLOWER * signals.followers + 10) : signals.following;
    add('following', SIGNALS.following, counted, medians.following, signals.following);
  }
  add('posts', SIGNALS.posts, signals.posts, medians.posts);
  const age = accountAgeYears(signals);
  add('accountAgeYears', SIGNALS.accountAgeYears, age, medians.accountAgeYears, age === undefined ? undefined : Math.round(age * 10) / 10);

  for (const [name, value] of Object.entries(signals.extra ?? {})) {
    const spec = EXTRA_SIGNALS[name];
    const median = medians.extra[name];
    if (spec && median !== undefined) add(name, spec, value, median);
  }
  return out;
}

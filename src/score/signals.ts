// Turns ProfileSignals into measured signals: each with its pillar, its weight within the
// pillar and its z value (how far above or below a typical account, in tenfolds).
import {
  EXTRA_SIGNALS,
  SCALE,
  SIGNAL_WEIGHTS,
  TYPICAL_ACCOUNT_AGE_YEARS,
  mediansFor,
  type NetworkMedians,
} from './constants';
import { isCount } from '../lib/guards';
import type { Pillar, ProfileSignals } from './types';

export interface MeasuredSignal {
  name: string;
  pillar: Pillar;
  weight: number;
  value: number | boolean;
  z: number;
}

export interface SignalSlot {
  name: string;
  pillar: Pillar;
  weight: number;
}

const DAY_MS = 86_400_000;

/** log-ratio to the median in tenfolds; +1 means ten times the typical value. */
export function logRatio(value: number, median: number, offset = 1): number {
  return Math.log((Math.max(0, value) + offset) / (median + offset)) / SCALE.spread;
}

export function observedTime(signals: ProfileSignals): number | undefined {
  if (!signals.observedAt) return undefined;
  const time = Date.parse(signals.observedAt);
  return Number.isFinite(time) ? time : undefined;
}

export function accountAgeYears(signals: ProfileSignals): number | undefined {
  const created = signals.createdAt ? Date.parse(signals.createdAt) : NaN;
  const observed = observedTime(signals);
  if (!Number.isFinite(created) || observed === undefined) return undefined;
  return Math.max(0, (observed - created) / (365.25 * DAY_MS));
}


/**
 * Following back everyone inflates an audience without reaching anyone: when both counts are
 * large and nearly equal, part of the followers are discounted.
 */
export function followBackDiscount(followers: number, following: number | undefined): number {
  if (!isCount(following) || followers < 1000) return 0;
  const ratio = Math.min(followers, following) / Math.max(followers, following, 1);
  return 0.8 * Math.min(1, Math.max(0, (ratio - 0.6) / 0.4));
}

/** The signals an engine may know about for a profile of this network, known or not. */
export function expectedSlots(signals: ProfileSignals): SignalSlot[] {
  const slots: SignalSlot[] = [
    { name: 'followers', pillar: 'reach', weight: SIGNAL_WEIGHTS.followers },
    { name: 'accountAgeYears', pillar: 'activity', weight: SIGNAL_WEIGHTS.accountAgeYears },
  ];
  const medians = mediansFor(signals.network);
  const extras = Object.keys(medians.extra);
  if (extras.length > 0) {
    for (const name of extras) {
      const extra = EXTRA_SIGNALS[name];
      if (extra) slots.push({ name, pillar: extra.pillar, weight: extra.weight });
    }
  } else {
    slots.push(
      { name: 'lists', pillar: 'reach', weight: SIGNAL_WEIGHTS.lists },
      { name: 'repostsReceivedPerDay', pillar: 'amplification', weight: SIGNAL_WEIGHTS.repostsReceived },
      { name: 'mentionsReceivedPerDay', pillar: 'amplification', weight: SIGNAL_WEIGHTS.mentionsReceived },
      { name: 'engagerMedianFollowers', pillar: 'network', weight: SIGNAL_WEIGHTS.engagerMedianFollowers },
      { name: 'postsPerDay', pillar: 'activity', weight: SIGNAL_WEIGHTS.postsPerDay },
      { name: 'posts', pillar: 'activity', weight: SIGNAL_WEIGHTS.posts },
    );
  }
  return slots;
}

function reach(signals: ProfileSignals, medians: NetworkMedians, out: MeasuredSignal[]): void {
  if (isCount(signals.followers)) {
    const discount = followBackDiscount(signals.followers, signals.following);
    const effective = signals.followers * (1 - discount);
    out.push({
      name: 'followers',
      pillar: 'reach',
      weight: SIGNAL_WEIGHTS.followers,
      value: signals.followers,
      z: logRatio(effective, medians.followers),
    });
  }
  if (isCount(signals.lists)) {
    out.push({
      name: 'lists',
      pillar: 'reach',
      weight: SIGNAL_WEIGHTS.lists,
      value: signals.lists,
      z: logRatio(signals.lists, medians.lists),
    });
  }
}

const RECEIVED: { key: keyof NonNullable<ProfileSignals['recent']>; weight: number }[] = [
  { key: 'repostsReceivedPerDay', weight: SIGNAL_WEIGHTS.repostsReceived },
  { key: 'mentionsReceivedPerDay', weight: SIGNAL_WEIGHTS.mentionsReceived },
  { key: 'repliesReceivedPerDay', weight: SIGNAL_WEIGHTS.repliesReceived },
  { key: 'likesReceivedPerDay', weight: SIGNAL_WEIGHTS.likesReceived },
  { key: 'quotesReceivedPerDay', weight: SIGNAL_WEIGHTS.quotesReceived },
];

function amplificationAndNetwork(signals: ProfileSignals, medians: NetworkMedians, out: MeasuredSignal[]): void {
  const recent = signals.recent ?? {};
  for (const { key, weight } of RECEIVED) {
    const value = recent[key];
    if (!isCount(value)) continue;
    out.push({ name: key, pillar: 'amplification', weight, value, z: logRatio(value, medians.engagementPerDay, 0.1) });
  }
  if (isCount(recent.uniqueEngagers)) {
    out.push({
      name: 'uniqueEngagers',
      pillar: 'amplification',
      weight: SIGNAL_WEIGHTS.uniqueEngagers,
      value: recent.uniqueEngagers,
      z: logRatio(recent.uniqueEngagers, medians.engagementPerDay * 30),
    });
  }
  if (isCount(recent.engagerMedianFollowers)) {
    out.push({
      name: 'engagerMedianFollowers',
      pillar: 'network',
      weight: SIGNAL_WEIGHTS.engagerMedianFollowers,
      value: recent.engagerMedianFollowers,
      z: logRatio(recent.engagerMedianFollowers, medians.followers),
    });
  }
}

function activity(signals: ProfileSignals, medians: NetworkMedians, out: MeasuredSignal[]): void {
  const postsPerDay = signals.recent?.postsPerDay;
  if (isCount(postsPerDay)) {
    // Posting more than ten times the typical rate earns nothing more: bursts and spam are damped.
    out.push({
      name: 'postsPerDay',
      pillar: 'activity',
      weight: SIGNAL_WEIGHTS.postsPerDay,
      value: postsPerDay,
      z: Math.min(1, logRatio(postsPerDay, medians.postsPerDay, 0.1)),
    });
  }
  if (isCount(signals.posts)) {
    out.push({
      name: 'posts',
      pillar: 'activity',
      weight: SIGNAL_WEIGHTS.posts,
      value: signals.posts,
      z: Math.min(1, logRatio(signals.posts, medians.posts)),
    });
  }
  const age = accountAgeYears(signals);
  if (age !== undefined) {
    out.push({
      name: 'accountAgeYears',
      pillar: 'activity',
      weight: SIGNAL_WEIGHTS.accountAgeYears,
      value: Math.round(age * 10) / 10,
      z: Math.min(0.5, logRatio(age, TYPICAL_ACCOUNT_AGE_YEARS, 0.1)),
    });
  }
}

function extras(signals: ProfileSignals, medians: NetworkMedians, out: MeasuredSignal[]): void {
  for (const [name, value] of Object.entries(signals.extra ?? {})) {
    const definition = EXTRA_SIGNALS[name];
    const median = medians.extra[name];
    if (!definition || median === undefined || !isCount(value)) continue;
    out.push({ name, pillar: definition.pillar, weight: definition.weight, value, z: logRatio(value, median) });
  }
}

export function measureSignals(signals: ProfileSignals): MeasuredSignal[] {
  const medians = mediansFor(signals.network);
  const out: MeasuredSignal[] = [];
  reach(signals, medians, out);
  amplificationAndNetwork(signals, medians, out);
  activity(signals, medians, out);
  extras(signals, medians, out);
  return out;
}

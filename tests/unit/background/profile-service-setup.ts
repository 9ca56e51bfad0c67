// The profile service over a real cache in memory, a fake scheduler whose answers each test
// gives, a fake GitHub source, and a stand-in score engine (score = followers).
import { vi } from 'vitest';
import { createCache } from '../../../src/background/cache';
import type { Priority } from '../../../src/background/host-limiter';
import { CACHE_SCHEMA, createProfileService, isCachedEntry, migrateCachedEntry, type CachedEntry } from '../../../src/background/profile-service';
import type { Scheduler } from '../../../src/background/scheduler';
import { isSeenPostRecords, type SeenPostRecord } from '../../../src/background/seen-posts';
import { FORMULA_VERSION } from '../../../src/score/constants';
import type { ProfileSignals, ScoreResult } from '../../../src/score/types';
import type { Source, SourceOutcome } from '../../../src/sources/types';
import { memoryArea } from './memory-area';

export const T0 = 1_700_000_000_000;
export const MAX_AGE = 3_600_000;
export const KEY = 'github:octocat';
export const OCTOCAT = { network: 'github', handle: '@OctoCat' };
/** Feeds the test service reads: FEED_PREFIX + the id the fake scheduler is asked with. */
export const FEED_PREFIX = 'https://feeds.test/';
export const iso = (time: number) => new Date(time).toISOString();

export const signals = (followers: number, more: Partial<ProfileSignals> = {}): ProfileSignals => ({ network: 'github', handle: 'octocat', followers, ...more });

/** A stand-in engine: the score is the follower count, so each test can tell results apart. */
export function fakeScore(input: ProfileSignals): ScoreResult {
  const pillar = { score: 0, weight: 0.25, signals: [] };
  return {
    network: input.network,
    handle: input.handle,
    score: input.followers ?? 1,
    pillars: { reach: pillar, amplification: pillar, network: pillar, activity: pillar },
    authenticity: { risk: 0, verdict: 'ok', flags: [] },
    confidence: 1,
    formulaVersion: FORMULA_VERSION,
    explanation: [`${input.followers ?? 0} followers`],
  };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export const github: Source = {
  network: 'github',
  hostFor: () => 'api.github.com',
  servesHost: (host) => host === 'api.github.com',
  rateLimit: () => ({ requests: 60, periodMs: 3_600_000, source: 'test' }),
  batchSize: 1,
  concurrency: 1,
  fetchProfiles: async () => new Map(),
};

export type Answer = (handle: string) => SourceOutcome | Promise<SourceOutcome>;

export function setup(answer: Answer = () => ({ ok: true, signals: signals(120) }), area = memoryArea()) {
  const time = { now: T0 };
  const cache = createCache<CachedEntry>(area, {
    prefix: 'profile:',
    schema: CACHE_SCHEMA,
    isValue: isCachedEntry,
    migrate: migrateCachedEntry,
    maxEntries: 100,
    maxBytes: 1_000_000,
    now: () => time.now,
  });
  const fetch = vi.fn(async (_source: Source, handle: string, _priority: Priority) => answer(handle));
  const scheduler: Scheduler = { fetch, waiting: () => ({}) };
  const score = vi.fn(fakeScore);
  const service = createProfileService({
    cache,
    scheduler,
    score,
    maxAgeMs: async () => MAX_AGE,
    now: () => time.now,
    seenPosts: createCache<SeenPostRecord[]>(area, { prefix: 'posts:', schema: 1, isValue: isSeenPostRecords, maxEntries: 100, maxBytes: 1_000_000, now: () => time.now }),
    sourceFor: (network) => (network === 'github' ? github : undefined),
    feedFor: (url) => (url.startsWith(FEED_PREFIX) ? { source: github, id: url.slice(FEED_PREFIX.length) } : undefined),
  });
  /** A score the API gave at `at`, stored as the service stores it. */
  const seed = (followers: number, at = T0, result: Partial<ScoreResult> = {}) =>
    cache.set(KEY, { state: 'scored', api: { kind: 'api', at, signals: signals(followers) }, result: { ...fakeScore(signals(followers)), explanation: [], ...result }, fetchedAt: at }, MAX_AGE - (time.now - at));
  const stored = (key = KEY) => area.data.get(`profile:${key}`) as { schema: number; value: CachedEntry; storedAt: number; maxAge: number } | undefined;
  return { service, fetch, score, area, cache, time, seed, stored };
}

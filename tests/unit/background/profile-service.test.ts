import { describe, expect, it, vi } from 'vitest';
import type { Batcher } from '../../../src/background/batcher';
import { createCache } from '../../../src/background/cache';
import { createProfileService, isCachedEntry, type CachedEntry } from '../../../src/background/profile-service';
import type { SettledEntry } from '../../../src/lib/score-entry';
import { FORMULA_VERSION } from '../../../src/score/constants';
import type { ProfileSignals, ScoreResult } from '../../../src/score/types';
import type { Source, SourceOutcome } from '../../../src/sources/types';
import { memoryArea } from './memory-area';

const T0 = 1_700_000_000_000;
const MAX_AGE = 3_600_000;
const KEY = 'github:octocat';

const signals = (followers: number): ProfileSignals => ({ network: 'github', handle: 'octocat', followers });

/** A stand-in engine: the score is the follower count, so each test can tell results apart. */
function fakeScore(input: ProfileSignals): ScoreResult {
  const pillar = { score: 0, weight: 0.25, signals: [] };
  return {
    network: input.network,
    handle: input.handle,
    score: input.followers ?? 1,
    pillars: { reach: pillar, amplification: pillar, network: pillar, activity: pillar },
    authenticity: { risk: 0, verdict: 'ok', flags: [] },
    confidence: 1,
    formulaVersion: FORMULA_VERSION,
    explanation: [],
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The service over an in-memory cache, a fake GitHub source and a batcher whose answers the test gives. */
function setup(answer: (handle: string) => SourceOutcome | Promise<SourceOutcome> = () => ({ ok: true, signals: signals(120) })) {
  const time = { now: T0 };
  const area = memoryArea();
  const cache = createCache<CachedEntry>(area, { prefix: 'profile:', now: () => time.now, isValue: isCachedEntry });
  const source: Source = { network: 'github', batchSize: 1, concurrency: 1, fetchProfiles: async () => new Map() };
  const fetch = vi.fn(async (handle: string) => answer(handle));
  const batcher: Batcher = { fetch };
  const score = vi.fn(fakeScore);
  const service = createProfileService({
    cache,
    sourceFor: (network) => (network === 'github' ? source : undefined),
    batcherFor: () => batcher,
    score,
    maxAgeMs: async () => MAX_AGE,
    now: () => time.now,
  });
  const seed = (entry: CachedEntry) => cache.set(KEY, entry, MAX_AGE);
  return { service, fetch, score, area, cache, time, seed };
}

const scoredEntry = (followers: number, fetchedAt: number): CachedEntry => ({
  state: 'scored',
  signals: signals(followers),
  result: fakeScore(signals(followers)),
  fetchedAt,
});

const OCTOCAT = { network: 'github', handle: '@OctoCat' };

describe('createProfileService', () => {
  it('answers a miss as loading, fetches it once, caches it and passes it to onSettled', async () => {
    const { service, fetch, area, time } = setup();
    time.now = T0 + 5;
    const onSettled = vi.fn();
    expect(await service.lookup([OCTOCAT], onSettled)).toEqual([{ key: KEY, state: 'loading' }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls).toEqual([['octocat']]);
    const settled: SettledEntry = onSettled.mock.calls[0][0];
    expect(settled).toMatchObject({ key: KEY, state: 'scored', fetchedAt: T0 + 5, stale: false, result: { score: 120 } });
    expect(area.data.get(`profile:${KEY}`)).toMatchObject({ storedAt: T0 + 5, maxAge: MAX_AGE, value: { state: 'scored', fetchedAt: T0 + 5 } });
  });

  it('answers a fresh cache entry as it is, without fetching', async () => {
    const { service, fetch, seed, time } = setup();
    await seed(scoredEntry(77, T0));
    time.now = T0 + MAX_AGE - 1;
    const onSettled = vi.fn();
    const [entry] = await service.lookup([OCTOCAT], onSettled);
    expect(entry).toMatchObject({ key: KEY, state: 'scored', stale: false, fetchedAt: T0, result: { score: 77 } });
    expect(await service.resolve(OCTOCAT)).toMatchObject({ state: 'scored', result: { score: 77 } });
    await new Promise((r) => setTimeout(r, 5));
    expect(fetch).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('answers a stale entry at once, marked stale, and refreshes it', async () => {
    const { service, fetch, seed, time, cache } = setup();
    await seed(scoredEntry(77, T0));
    time.now = T0 + MAX_AGE;
    const onSettled = vi.fn();
    const [entry] = await service.lookup([OCTOCAT], onSettled);
    expect(entry).toMatchObject({ state: 'scored', stale: true, result: { score: 77 } });
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onSettled.mock.calls[0][0]).toMatchObject({ state: 'scored', stale: false, fetchedAt: T0 + MAX_AGE, result: { score: 120 } });
    expect((await cache.get(KEY))?.fresh).toBe(true);
  });

  it('shares one fetch among concurrent lookups and resolves of one profile', async () => {
    const answer = deferred<SourceOutcome>();
    const { service, fetch } = setup(() => answer.promise);
    const first = vi.fn();
    const second = vi.fn();
    const [a, b] = await Promise.all([
      service.lookup([OCTOCAT], first),
      service.lookup([{ network: 'GitHub', handle: 'octocat' }], second),
    ]);
    const resolved = service.resolve({ network: 'github', handle: 'OCTOCAT' });
    const refreshed = service.resolve(OCTOCAT, true);
    expect([a, b]).toEqual([[{ key: KEY, state: 'loading' }], [{ key: KEY, state: 'loading' }]]);
    answer.resolve({ ok: true, signals: signals(300) });
    expect(await resolved).toMatchObject({ state: 'scored', result: { score: 300 } });
    expect(await refreshed).toEqual(await resolved);
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('caches not-found and withheld as unavailable, answered later without fetching', async () => {
    for (const error of [
      { kind: 'not-found' as const, status: 404, message: 'GitHub user octocat does not exist.' },
      { kind: 'withheld' as const, message: 'This profile is not scored: hidden.' },
    ]) {
      const { service, fetch, time } = setup(() => ({ ok: false, error }));
      const settled = await service.resolve(OCTOCAT);
      expect(settled).toEqual({ key: KEY, state: 'unavailable', reason: error.message, fetchedAt: T0 });
      time.now = T0 + 1000;
      expect(await service.lookup([OCTOCAT], vi.fn())).toEqual([settled]);
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });

  it('does not cache errors: the next lookup asks again', async () => {
    const error = { kind: 'rate-limited' as const, status: 403, retryAt: T0 + 60_000, message: 'The rate limit of api.github.com is reached.' };
    const { service, fetch, area } = setup(() => ({ ok: false, error }));
    expect(await service.resolve(OCTOCAT)).toEqual({
      key: KEY,
      state: 'error',
      kind: 'rate-limited',
      reason: error.message,
      retryAt: T0 + 60_000,
    });
    expect(area.data.size).toBe(0);
    const onSettled = vi.fn();
    expect(await service.lookup([OCTOCAT], onSettled)).toEqual([{ key: KEY, state: 'loading' }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(onSettled.mock.calls[0][0]).toMatchObject({ state: 'error', kind: 'rate-limited' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the stale score when its refresh fails', async () => {
    const { service, seed, time, area } = setup(() => ({ ok: false, error: { kind: 'network', message: 'offline' } }));
    await seed(scoredEntry(77, T0));
    const stored = area.data.get(`profile:${KEY}`);
    time.now = T0 + 2 * MAX_AGE;
    const onSettled = vi.fn();
    const [shown] = await service.lookup([OCTOCAT], onSettled);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(onSettled.mock.calls[0][0]).toEqual(shown);
    expect(shown).toMatchObject({ state: 'scored', stale: true, fetchedAt: T0, result: { score: 77 } });
    expect(area.data.get(`profile:${KEY}`)).toEqual(stored);
    expect(await service.resolve(OCTOCAT, true)).toMatchObject({ state: 'scored', stale: true, result: { score: 77 } });
  });

  it('recomputes a cached result of an older formula from its signals, without fetching', async () => {
    const { service, fetch, score, seed } = setup();
    await seed({ state: 'scored', signals: signals(77), result: { ...fakeScore(signals(77)), score: 5, formulaVersion: '0.0.1' }, fetchedAt: T0 });
    const [entry] = await service.lookup([OCTOCAT], vi.fn());
    expect(entry).toMatchObject({ state: 'scored', stale: false, result: { score: 77, formulaVersion: FORMULA_VERSION } });
    expect(score).toHaveBeenCalledTimes(1);
    expect(score).toHaveBeenCalledWith(signals(77));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refetches a fresh profile when resolve is asked to refresh, and again after that one settled', async () => {
    let followers = 200;
    const { service, fetch, seed } = setup(() => ({ ok: true, signals: signals(followers++) }));
    await seed(scoredEntry(77, T0));
    expect(await service.resolve(OCTOCAT)).toMatchObject({ result: { score: 77 } });
    expect(fetch).not.toHaveBeenCalled();
    expect(await service.resolve(OCTOCAT, true)).toMatchObject({ result: { score: 200 }, stale: false });
    expect(await service.resolve(OCTOCAT, true)).toMatchObject({ result: { score: 201 } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await service.resolve(OCTOCAT)).toMatchObject({ result: { score: 201 } });
  });

  it('answers a network without a source as an unsupported error', async () => {
    const { service, fetch } = setup();
    expect(await service.resolve({ network: 'x', handle: 'someone' })).toEqual({
      key: 'x:someone',
      state: 'error',
      kind: 'unsupported',
      reason: 'No source for x profiles yet.',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('ignores a corrupt cache record and fetches instead', async () => {
    const { service, fetch, area } = setup();
    area.data.set(`profile:${KEY}`, { value: { state: 'scored', fetchedAt: 'yesterday' }, storedAt: T0, maxAge: MAX_AGE });
    expect(await service.resolve(OCTOCAT)).toMatchObject({ state: 'scored', result: { score: 120 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

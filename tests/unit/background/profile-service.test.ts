import { describe, expect, it, vi } from 'vitest';
import { ERROR_MAX_AGE_MS, NOT_FOUND_MAX_AGE_MS } from '../../../src/background/cache-policy';
import { PRIORITY } from '../../../src/background/host-limiter';
import { CACHE_SCHEMA, migrateCachedEntry } from '../../../src/background/profile-service';
import { FORMULA_VERSION } from '../../../src/score/constants';
import type { SourceOutcome } from '../../../src/sources/types';
import { memoryArea } from './memory-area';
import { KEY, MAX_AGE, OCTOCAT, T0, deferred, fakeScore, github, iso, setup, signals } from './profile-service-setup';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createProfileService: lookup and resolve', () => {
  it('answers a miss as loading, fetches it once, stores it, and passes it to onSettled', async () => {
    const { service, fetch, score, stored, time } = setup();
    time.now = T0 + 5;
    const onSettled = vi.fn();
    expect(await service.lookup([OCTOCAT], PRIORITY.visible, onSettled)).toEqual([{ key: KEY, state: 'loading' }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls).toEqual([[github, 'octocat', PRIORITY.visible]]);
    const merged = { ...signals(120), observedAt: iso(T0 + 5), sources: [{ kind: 'api' as const, at: iso(T0 + 5) }] };
    expect(onSettled.mock.calls[0][0]).toEqual({
      key: KEY,
      state: 'scored',
      signals: merged,
      provenance: { followers: { kind: 'api', at: iso(T0 + 5) } },
      result: fakeScore(merged),
      fetchedAt: T0 + 5,
      stale: false,
    });
    expect(score).toHaveBeenCalledTimes(1);
    expect(stored()).toMatchObject({ schema: CACHE_SCHEMA, storedAt: T0 + 5, maxAge: MAX_AGE, value: { state: 'scored', fetchedAt: T0 + 5, api: { kind: 'api', at: T0 + 5 } } });
    expect(stored()?.value).toMatchObject({ result: { score: 120, explanation: [] } }); // kept without its sentences
  });

  it('answers a fresh entry without fetching: badges the stored result, resolve() the full one', async () => {
    const { service, fetch, seed, time } = setup();
    await seed(77);
    time.now = T0 + MAX_AGE - 1;
    const onSettled = vi.fn();
    const [entry] = await service.lookup([OCTOCAT], PRIORITY.visible, onSettled);
    expect(entry).toMatchObject({ key: KEY, state: 'scored', stale: false, fetchedAt: T0, result: { score: 77, explanation: [] } });
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toMatchObject({ stale: false, result: { score: 77, explanation: ['77 followers'] } });
    await tick();
    expect(fetch).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('answers a stale entry at once, marked stale, and refreshes it', async () => {
    const { service, fetch, seed, time, stored } = setup();
    await seed(77);
    time.now = T0 + MAX_AGE;
    const onSettled = vi.fn();
    const [entry] = await service.lookup([OCTOCAT], PRIORITY.background, onSettled);
    expect(entry).toMatchObject({ state: 'scored', stale: true, fetchedAt: T0, result: { score: 77 } });
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls).toEqual([[github, 'octocat', PRIORITY.background]]);
    expect(onSettled.mock.calls[0][0]).toMatchObject({ state: 'scored', stale: false, fetchedAt: T0 + MAX_AGE, result: { score: 120 } });
    expect(stored()).toMatchObject({ storedAt: T0 + MAX_AGE, maxAge: MAX_AGE });
  });

  it('shares one fetch among concurrent lookups and resolves of one profile', async () => {
    const answer = deferred<SourceOutcome>();
    const { service, fetch } = setup(() => answer.promise);
    const [first, second] = [vi.fn(), vi.fn()];
    const [a, b] = await Promise.all([
      service.lookup([OCTOCAT], PRIORITY.visible, first),
      service.lookup([{ network: 'GitHub', handle: 'octocat' }], PRIORITY.background, second),
    ]);
    expect([a, b]).toEqual([[{ key: KEY, state: 'loading' }], [{ key: KEY, state: 'loading' }]]);
    const resolved = service.resolve({ network: 'github', handle: 'OCTOCAT' }, { priority: PRIORITY.popup });
    const refreshed = service.resolve(OCTOCAT, { refresh: true, priority: PRIORITY.popup });
    answer.resolve({ ok: true, signals: signals(300) });
    expect(await resolved).toMatchObject({ state: 'scored', result: { score: 300 } });
    expect(await refreshed).toEqual(await resolved);
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps not-found and withheld as unavailable for NOT_FOUND_MAX_AGE_MS', async () => {
    for (const error of [
      { kind: 'not-found' as const, status: 404, message: 'GitHub user octocat does not exist.' },
      { kind: 'withheld' as const, message: 'This profile is not scored: hidden.' },
    ]) {
      const { service, fetch, time, stored } = setup(() => ({ ok: false, error }));
      const settled = await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
      expect(settled).toEqual({ key: KEY, state: 'unavailable', reason: error.message, fetchedAt: T0 });
      expect(stored()).toMatchObject({ maxAge: NOT_FOUND_MAX_AGE_MS });
      time.now = T0 + NOT_FOUND_MAX_AGE_MS - 1;
      expect(await service.lookup([OCTOCAT], PRIORITY.visible, vi.fn())).toEqual([settled]);
      expect(fetch).toHaveBeenCalledTimes(1);
      time.now = T0 + NOT_FOUND_MAX_AGE_MS;
      expect(await service.lookup([OCTOCAT], PRIORITY.visible, vi.fn())).toEqual([settled]); // shown while asked again
      expect(fetch).toHaveBeenCalledTimes(2);
    }
  });

  it('keeps an error for ERROR_MAX_AGE_MS, then asks again', async () => {
    const error = { kind: 'http' as const, status: 500, message: 'The API answered 500.' };
    const { service, fetch, time, stored } = setup(() => ({ ok: false, error }));
    const settled = await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    expect(settled).toEqual({ key: KEY, state: 'error', kind: 'http', reason: error.message, fetchedAt: T0 });
    expect(stored()).toMatchObject({ maxAge: ERROR_MAX_AGE_MS });
    time.now = T0 + ERROR_MAX_AGE_MS - 1;
    expect(await service.lookup([OCTOCAT], PRIORITY.visible, vi.fn())).toEqual([settled]);
    expect(fetch).toHaveBeenCalledTimes(1);
    time.now = T0 + ERROR_MAX_AGE_MS;
    const onSettled = vi.fn();
    expect(await service.lookup([OCTOCAT], PRIORITY.visible, onSettled)).toEqual([{ key: KEY, state: 'loading' }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not keep a rate-limited error: the limiter knows when to ask again', async () => {
    const error = { kind: 'rate-limited' as const, status: 429, retryAt: T0 + 60_000, message: 'The rate limit of api.github.com is reached.' };
    const { service, fetch, stored } = setup(() => ({ ok: false, error }));
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toEqual({ key: KEY, state: 'error', kind: 'rate-limited', reason: error.message, retryAt: T0 + 60_000, fetchedAt: T0 });
    expect(stored()).toBeUndefined();
    const onSettled = vi.fn();
    expect(await service.lookup([OCTOCAT], PRIORITY.visible, onSettled)).toEqual([{ key: KEY, state: 'loading' }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the stale score when its refresh fails', async () => {
    const { service, seed, time, stored } = setup(() => ({ ok: false, error: { kind: 'network', message: 'offline' } }));
    await seed(77);
    const before = stored();
    time.now = T0 + 2 * MAX_AGE;
    const onSettled = vi.fn();
    const [shown] = await service.lookup([OCTOCAT], PRIORITY.visible, onSettled);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(shown).toMatchObject({ state: 'scored', stale: true, fetchedAt: T0, result: { score: 77 } });
    expect(onSettled.mock.calls[0][0]).toEqual(shown);
    expect(stored()).toEqual(before);
    expect(await service.resolve(OCTOCAT, { refresh: true, priority: PRIORITY.popup })).toMatchObject({ state: 'scored', stale: true, result: { score: 77 } });
  });

  it('recomputes a result of an older formula from its signals, without fetching', async () => {
    const { service, fetch, score, seed } = setup();
    await seed(77, T0, { score: 5, formulaVersion: '0.0.1' });
    const [entry] = await service.lookup([OCTOCAT], PRIORITY.visible, vi.fn());
    expect(entry).toMatchObject({ state: 'scored', stale: false, result: { score: 77, formulaVersion: FORMULA_VERSION } });
    expect(score).toHaveBeenCalledTimes(1);
    expect(score.mock.calls[0][0]).toMatchObject(signals(77));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refetches a fresh profile when resolve is asked to refresh, at the priority given', async () => {
    let followers = 200;
    const { service, fetch, seed } = setup(() => ({ ok: true, signals: signals(followers++) }));
    await seed(77);
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toMatchObject({ result: { score: 77 } });
    expect(await service.resolve(OCTOCAT, { refresh: true, priority: PRIORITY.popup })).toMatchObject({ result: { score: 200 }, stale: false });
    expect(await service.resolve(OCTOCAT, { refresh: true, priority: PRIORITY.visible })).toMatchObject({ result: { score: 201 } });
    expect(fetch.mock.calls.map(([, , priority]) => priority)).toEqual([PRIORITY.popup, PRIORITY.visible]);
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toMatchObject({ result: { score: 201 } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('peeks at the cache without fetching', async () => {
    const { service, fetch, seed, time } = setup();
    expect(await service.peek(OCTOCAT)).toBeNull();
    await seed(77);
    time.now = T0 + MAX_AGE;
    expect(await service.peek(OCTOCAT)).toMatchObject({ state: 'scored', stale: true, result: { score: 77, explanation: ['77 followers'] } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('ignores a corrupt cache record and fetches instead', async () => {
    const area = memoryArea({ [`profile:${KEY}`]: { schema: CACHE_SCHEMA, value: { state: 'scored', fetchedAt: 'yesterday' }, storedAt: T0, maxAge: MAX_AGE } });
    const { service, fetch } = setup(undefined, area);
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toMatchObject({ state: 'scored', result: { score: 120 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('migrateCachedEntry', () => {
  const oldResult = { ...fakeScore(signals(77)), formulaVersion: '1.0.0' };

  it('turns a schema-1 score (API signals alone, no schema field) into an API part', () => {
    const record = { value: { state: 'scored', signals: signals(77), result: oldResult, fetchedAt: T0, display: { name: 'The Octocat' } }, storedAt: T0, maxAge: MAX_AGE };
    expect(migrateCachedEntry(record)).toEqual({
      state: 'scored',
      api: { kind: 'api', at: T0, signals: signals(77) },
      result: { ...oldResult, explanation: [] },
      fetchedAt: T0,
      display: { name: 'The Octocat' },
    });
    const unavailable = { state: 'unavailable', reason: 'gone', fetchedAt: T0 };
    expect(migrateCachedEntry({ value: unavailable, storedAt: T0, maxAge: 1 })).toEqual(unavailable);
  });

  it('keeps a schema-2 score’s parts, drops what it cannot read', () => {
    const page = { kind: 'page', at: T0 + 1, signals: signals(80) };
    const value = { state: 'scored', api: { kind: 'api', at: T0, signals: signals(77) }, page, signals: signals(80), provenance: {}, result: oldResult, fetchedAt: T0 + 1 };
    expect(migrateCachedEntry({ schema: 2, value, storedAt: T0, maxAge: 1 })).toMatchObject({ api: value.api, page, fetchedAt: T0 + 1, result: { explanation: [] } });
    expect(migrateCachedEntry({ schema: 1, value: { state: 'scored', signals: signals(1), result: oldResult, fetchedAt: T0 } })).toBeUndefined();
    expect(migrateCachedEntry({ value: { state: 'scored', signals: signals(1), result: oldResult } })).toBeUndefined();
    expect(migrateCachedEntry({ value: 'garbage' })).toBeUndefined();
  });

  it('is applied to a schema-1 record when the cache starts, which then reads with provenance', async () => {
    const record = { value: { state: 'scored', signals: signals(77), result: oldResult, fetchedAt: T0 }, storedAt: T0, maxAge: MAX_AGE };
    const { service, fetch, time, stored } = setup(undefined, memoryArea({ [`profile:${KEY}`]: record }));
    time.now = T0 + 1_000;
    const [entry] = await service.lookup([OCTOCAT], PRIORITY.visible, vi.fn());
    expect(entry).toMatchObject({ state: 'scored', stale: false, provenance: { followers: { kind: 'api', at: iso(T0) } }, result: { score: 77, formulaVersion: FORMULA_VERSION } });
    expect(stored()).toMatchObject({ schema: CACHE_SCHEMA, value: { api: { kind: 'api', at: T0 } } });
    expect(fetch).not.toHaveBeenCalled();
  });
});

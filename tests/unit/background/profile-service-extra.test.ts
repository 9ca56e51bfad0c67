// Profiles a source fetched for another's sample (kept partial, refetched in full when asked
// for), and what the cache knows of a sample's profiles.
import { describe, expect, it, vi } from 'vitest';
import { ERROR_MAX_AGE_MS, NOT_FOUND_MAX_AGE_MS } from '../../../src/background/cache-policy';
import { PRIORITY } from '../../../src/background/host-limiter';
import { CACHE_SCHEMA } from '../../../src/background/profile-service';
import type { SourceOutcome } from '../../../src/sources/types';
import { KEY, MAX_AGE, OCTOCAT, T0, deferred, fakeScore, github, iso, setup, signals } from './profile-service-setup';

const GRAPHQL = 'https://api.github.com/graphql';
const extra = (followers: number, handle = 'octocat'): SourceOutcome => ({
  ok: true,
  partial: true,
  signals: { ...signals(followers), handle, sources: [{ kind: 'api', url: GRAPHQL, at: iso(T0) }] },
  display: { name: `The ${handle}` },
});

describe('createProfileService: keepExtra', () => {
  it('stores an extra outcome as a partial API part, already stale, without fetching', async () => {
    const { service, fetch, stored, time } = setup();
    time.now = T0 + 5;
    await service.keepExtra('GitHub', '@OctoCat', extra(50));
    const merged = { ...signals(50), observedAt: iso(T0 + 5), sources: [{ kind: 'api' as const, at: iso(T0 + 5), url: GRAPHQL }] };
    expect(stored()).toEqual({
      schema: CACHE_SCHEMA,
      storedAt: T0 + 5,
      maxAge: 0,
      value: {
        state: 'scored',
        api: { kind: 'api', at: T0 + 5, url: GRAPHQL, partial: true, signals: { ...signals(50), sources: [{ kind: 'api', url: GRAPHQL, at: iso(T0) }] } },
        display: { name: 'The octocat' },
        result: { ...fakeScore(merged), explanation: [] },
        fetchedAt: T0 + 5,
      },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps nothing of a failed extra outcome', async () => {
    const { service, stored, area } = setup();
    await service.keepExtra('github', 'octocat', { ok: false, error: { kind: 'not-found', message: 'gone' } });
    expect(stored()).toBeUndefined();
    expect(area.set).not.toHaveBeenCalled();
  });

  it('does not overwrite what the cache holds: a score, an unavailable profile, an error', async () => {
    const scored = setup();
    await scored.seed(77);
    const before = scored.stored();
    await scored.service.keepExtra('github', 'octocat', extra(50));
    expect(scored.stored()).toEqual(before);

    for (const value of [
      { state: 'unavailable' as const, reason: 'gone', fetchedAt: T0 },
      { state: 'error' as const, kind: 'http' as const, reason: 'The API answered 500.', fetchedAt: T0 },
    ]) {
      const { service, cache, stored } = setup();
      await cache.set(KEY, value, value.state === 'error' ? ERROR_MAX_AGE_MS : NOT_FOUND_MAX_AGE_MS);
      await service.keepExtra('github', 'octocat', extra(50));
      expect(stored()?.value).toEqual(value);
    }
  });

  it('does not store a profile that is being fetched: the full answer is on its way', async () => {
    const answer = deferred<SourceOutcome>();
    const { service, fetch, stored } = setup(() => answer.promise);
    const resolving = service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await service.keepExtra('github', 'octocat', extra(50));
    expect(stored()).toBeUndefined();
    answer.resolve({ ok: true, signals: signals(300) });
    expect(await resolving).toMatchObject({ state: 'scored', stale: false, result: { score: 300 } });
    expect(stored()?.value).toMatchObject({ api: { at: T0, signals: signals(300) } });
    expect(stored()?.value).not.toHaveProperty('api.partial');
  });

  it('shows a partial entry at once, as stale, and refetches it in full; then it is fresh', async () => {
    const { service, fetch, stored, time } = setup();
    await service.keepExtra('github', 'octocat', extra(50));
    expect(await service.peek(OCTOCAT)).toMatchObject({ state: 'scored', stale: true, result: { score: 50 } });
    time.now = T0 + 1_000;
    const onSettled = vi.fn();
    const [shown] = await service.lookup([OCTOCAT], PRIORITY.visible, onSettled);
    expect(shown).toMatchObject({ key: KEY, state: 'scored', stale: true, fetchedAt: T0, result: { score: 50 }, display: { name: 'The octocat' } });
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls).toEqual([[github, 'octocat', PRIORITY.visible]]);
    expect(onSettled.mock.calls[0][0]).toMatchObject({ state: 'scored', stale: false, fetchedAt: T0 + 1_000, result: { score: 120 } });
    expect(stored()).toMatchObject({ maxAge: MAX_AGE, value: { api: { at: T0 + 1_000, signals: signals(120) } } });
    expect(stored()?.value).not.toHaveProperty('api.partial');
    expect(await service.lookup([OCTOCAT], PRIORITY.visible, vi.fn())).toMatchObject([{ stale: false, result: { score: 120 } }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refetches a partial entry for the popup too, at its priority', async () => {
    const { service, fetch } = setup();
    await service.keepExtra('github', 'octocat', extra(50));
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toMatchObject({ state: 'scored', stale: false, result: { score: 120 } });
    expect(fetch.mock.calls).toEqual([[github, 'octocat', PRIORITY.popup]]);
  });
});

describe('createProfileService: knownSignals', () => {
  it('returns the merged signals of every scored profile it holds, fresh or stale, keyed as asked', async () => {
    const { service, cache, fetch, seed, time } = setup();
    await seed(77);
    time.now = T0 + 1_000;
    await service.observe(OCTOCAT, { network: 'github', handle: 'octocat', followers: 80, following: 3 }, 'https://github.com/octocat');
    await service.keepExtra('github', 'hubot', extra(5, 'hubot'));
    await cache.set('github:gone', { state: 'unavailable', reason: 'gone', fetchedAt: T0 }, NOT_FOUND_MAX_AGE_MS);
    await cache.set('github:broken', { state: 'error', kind: 'http', reason: 'The API answered 500.', fetchedAt: T0 }, ERROR_MAX_AGE_MS);
    time.now = T0 + 10 * MAX_AGE;
    const known = await service.knownSignals('github', ['OctoCat', 'hubot', 'gone', 'broken', 'nobody']);
    expect([...known.keys()]).toEqual(['OctoCat', 'hubot']);
    expect(known.get('OctoCat')).toEqual({
      network: 'github',
      handle: 'octocat',
      followers: 80,
      following: 3,
      observedAt: iso(T0 + 1_000),
      sources: [
        { kind: 'api', at: iso(T0) },
        { kind: 'page', at: iso(T0 + 1_000), url: 'https://github.com/octocat' },
      ],
    });
    expect(known.get('hubot')).toEqual({ network: 'github', handle: 'hubot', followers: 5, observedAt: iso(T0 + 1_000), sources: [{ kind: 'api', at: iso(T0 + 1_000), url: GRAPHQL }] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('knows nothing of an empty list or an empty cache', async () => {
    const { service } = setup();
    expect(await service.knownSignals('bluesky', [])).toEqual(new Map());
    expect(await service.knownSignals('bluesky', ['alice.example.com'])).toEqual(new Map());
  });
});

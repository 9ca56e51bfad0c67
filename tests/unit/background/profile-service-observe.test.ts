import { describe, expect, it, vi } from 'vitest';
import { PRIORITY } from '../../../src/background/host-limiter';
import type { SourceOutcome } from '../../../src/sources/types';
import { WITHHELD_RETRY_MS } from '../../../src/background/cache-policy';
import { KEY, MAX_AGE, OCTOCAT, T0, deferred, iso, setup, signals } from './profile-service-setup';

const PAGE_URL = 'https://github.com/octocat';
const shown = (followers: number, more = {}) => ({ network: 'github', handle: 'octocat', followers, ...more });

describe('createProfileService: what pages show', () => {
  it('merges page values with the API part, newest value of each field first', async () => {
    const { service, time, stored } = setup(() => ({ ok: true, signals: signals(120, { posts: 10 }) }));
    await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    time.now = T0 + 1_000;
    const entry = await service.observe(OCTOCAT, shown(130, { following: 5 }), PAGE_URL);
    const fromPage = { kind: 'page', at: iso(T0 + 1_000), url: PAGE_URL };
    expect(entry).toMatchObject({
      key: KEY,
      state: 'scored',
      stale: false,
      fetchedAt: T0 + 1_000,
      signals: { followers: 130, posts: 10, following: 5, observedAt: iso(T0 + 1_000) },
      provenance: { followers: fromPage, following: fromPage, posts: { kind: 'api', at: iso(T0) } },
      result: { score: 130, explanation: ['130 followers'] },
    });
    // Fresh as long as the API answer is: what is left of its max age.
    expect(stored()).toMatchObject({ storedAt: T0 + 1_000, maxAge: MAX_AGE - 1_000, value: { api: { at: T0 }, page: { at: T0 + 1_000, url: PAGE_URL } } });
  });

  it('dates a page part by its observedAt, never later than now: an older page loses to the API', async () => {
    const { service, time } = setup();
    await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    time.now = T0 + 1_000;
    const older = await service.observe(OCTOCAT, shown(90, { following: 5, observedAt: iso(T0 - 10_000) }), PAGE_URL);
    expect(older).toMatchObject({ signals: { followers: 120, following: 5 }, provenance: { followers: { kind: 'api' }, following: { kind: 'page', at: iso(T0 - 10_000) } } });
    const future = await service.observe(OCTOCAT, shown(90, { observedAt: iso(T0 + 99_000) }), PAGE_URL);
    expect(future).toMatchObject({ signals: { followers: 90 }, provenance: { followers: { kind: 'page', at: iso(T0 + 1_000) } } });
  });

  it('keeps what a page showed while the API request was out', async () => {
    const answer = deferred<SourceOutcome>();
    const { service, time, fetch, stored } = setup(() => answer.promise);
    const onSettled = vi.fn();
    await service.lookup([OCTOCAT], PRIORITY.visible, onSettled);
    time.now = T0 + 1_000;
    await service.observe(OCTOCAT, shown(99, { following: 5 }), PAGE_URL);
    time.now = T0 + 2_000;
    answer.resolve({ ok: true, signals: signals(120) });
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(onSettled.mock.calls[0][0]).toMatchObject({
      state: 'scored',
      stale: false,
      fetchedAt: T0 + 2_000,
      signals: { followers: 120, following: 5 },
      provenance: { followers: { kind: 'api', at: iso(T0 + 2_000) }, following: { kind: 'page', at: iso(T0 + 1_000), url: PAGE_URL } },
    });
    expect(stored()?.value).toMatchObject({ api: { at: T0 + 2_000 }, page: { at: T0 + 1_000 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('counts a page-only entry of a network with an API as stale, so the API is still asked', async () => {
    const { service, fetch, stored, time } = setup();
    const entry = await service.observe(OCTOCAT, shown(99), PAGE_URL);
    expect(entry).toMatchObject({ state: 'scored', stale: true, fetchedAt: T0, result: { score: 99 }, provenance: { followers: { kind: 'page' } } });
    expect(stored()).toMatchObject({ maxAge: 0 });
    time.now = T0 + 1_000;
    const onSettled = vi.fn();
    const [looked] = await service.lookup([OCTOCAT], PRIORITY.visible, onSettled);
    expect(looked).toMatchObject({ state: 'scored', stale: true, result: { score: 99 } });
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onSettled.mock.calls[0][0]).toMatchObject({ stale: false, signals: { followers: 120 }, provenance: { followers: { kind: 'api' } } });
  });

  it('counts a page-only entry of a network without an API as fresh for its max age', async () => {
    const { service, fetch, time } = setup();
    const ref = { network: 'x', handle: '@Someone' };
    const entry = await service.observe(ref, { network: 'x', handle: 'Someone', followers: 42 }, 'https://x.com/Someone');
    expect(entry).toMatchObject({ key: 'x:someone', state: 'scored', stale: false, result: { score: 42 } });
    time.now = T0 + MAX_AGE - 1;
    const onSettled = vi.fn();
    expect(await service.lookup([ref], PRIORITY.visible, onSettled)).toMatchObject([{ key: 'x:someone', state: 'scored', stale: false, signals: { followers: 42 } }]);
    time.now = T0 + MAX_AGE;
    expect(await service.lookup([ref], PRIORITY.visible, onSettled)).toMatchObject([{ state: 'scored', stale: true, result: { score: 42 } }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(onSettled.mock.calls[0][0]).toMatchObject({ state: 'scored', stale: true, result: { score: 42 } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps what a profile page’s own links claim (identity links), as the page shows them now', async () => {
    const { service } = setup();
    const ref = { network: 'x', handle: 'someone' };
    const claims = [{ kind: 'profile-link' as const, ref: { network: 'github', handle: 'someone' }, url: 'https://github.com/someone' }];
    expect(await service.observe(ref, { network: 'x', handle: 'someone', followers: 42 }, undefined, undefined, undefined, claims)).toMatchObject({ display: { claims } });
    // A later reading without links keeps them; one with other links replaces them.
    expect(await service.observe(ref, { network: 'x', handle: 'someone', followers: 43 }, undefined)).toMatchObject({ display: { claims } });
    expect((await service.observe(ref, { network: 'x', handle: 'someone', followers: 43 }, undefined, undefined, undefined, [])).state === 'scored').toBe(true);
    expect(await service.peek(ref)).toMatchObject({ display: { claims: [] } });
  });

  it('answers a network without an API, of which no page was seen, as unavailable', async () => {
    const { service, fetch } = setup();
    const reason = 'Not seen yet: X has no open API, so a profile is scored from its own page. Open the profile once, and every badge for it will show its score.';
    expect(await service.resolve({ network: 'x', handle: 'someone' }, { priority: PRIORITY.popup })).toEqual({ key: 'x:someone', state: 'unavailable', fetchedAt: T0, reason });
    const onSettled = vi.fn();
    expect(await service.lookup([{ network: 'x', handle: 'someone' }], PRIORITY.visible, onSettled)).toEqual([{ key: 'x:someone', state: 'loading' }]);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledWith({ key: 'x:someone', state: 'unavailable', fetchedAt: T0, reason }));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps a page reading when the API refuses, says why, and asks the API again after an hour', async () => {
    const refused: SourceOutcome = { ok: false, error: { kind: 'withheld', message: 'Sign in to see this profile.' } };
    let answer: SourceOutcome = refused;
    const { service, fetch, stored, time } = setup(() => answer);
    await service.observe(OCTOCAT, shown(99), PAGE_URL);
    const refusedEntry = await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    expect(refusedEntry).toMatchObject({ state: 'scored', stale: false, result: { score: 99 }, apiWithheld: 'Sign in to see this profile.' });
    expect(stored()).toMatchObject({ maxAge: WITHHELD_RETRY_MS, value: { withheld: { at: T0 } } });
    // A later page reading keeps the refusal (and its retry time).
    time.now = T0 + 60_000;
    expect(await service.observe(OCTOCAT, shown(101), PAGE_URL)).toMatchObject({ stale: false, result: { score: 101 }, apiWithheld: 'Sign in to see this profile.' });
    time.now = T0 + WITHHELD_RETRY_MS - 1;
    await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    expect(fetch).toHaveBeenCalledTimes(1);
    // An hour on, the API is asked again; now it answers, and the refusal is forgotten.
    time.now = T0 + WITHHELD_RETRY_MS;
    answer = { ok: true, signals: signals(120) };
    const answered = await service.resolve(OCTOCAT, { priority: PRIORITY.popup });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(answered).toMatchObject({ state: 'scored', stale: false, signals: { followers: 120 } });
    expect(answered).not.toHaveProperty('apiWithheld');
  });

  it('answers a refusal as unavailable when no page was read', async () => {
    const { service } = setup(() => ({ ok: false, error: { kind: 'withheld', message: 'Sign in to see this profile.' } }));
    expect(await service.resolve(OCTOCAT, { priority: PRIORITY.popup })).toMatchObject({ state: 'unavailable', reason: 'Sign in to see this profile.' });
  });
});

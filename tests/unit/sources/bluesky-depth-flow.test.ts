// blueskySource.fetchProfiles in depth: one getProfiles for the batch, then each profile's own
// posts and the reposters of its most reposted one, then the reposters' audiences (the cache's
// where it knows them, else one getProfiles per 25 for the whole sample).
import { describe, expect, it, vi } from 'vitest';
import type { ProfileSignals } from '../../../src/score/types';
import { blueskySource } from '../../../src/sources/bluesky';
import type { SourceContext, SourceOutcome } from '../../../src/sources/types';
import { DAY, didOf, fakeAppView, feedItem, postUri, profileView, reposter, urls } from './bluesky-appview';
import { contextWith, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 2, 1);
const ALICE = 'alice.example.com';
const BOB = 'bob.example.com';
const r = (n: number | string) => `r${n}.example.com`;
const A2 = postUri(ALICE, 'a2');
const B1 = postUri(BOB, 'b1');

const aliceFeed = () => [
  feedItem(ALICE, 'a1', NOW - 1 * DAY, { reposts: 4, replies: 2, likes: 10, quotes: 0 }),
  feedItem(BOB, 'b9', NOW - DAY / 2, { reposts: 500 }, ALICE), // a repost of a hit: not Alice's
  feedItem(ALICE, 'a2', NOW - 2 * DAY, { reposts: 9, replies: 1, likes: 30, quotes: 1 }),
  feedItem(ALICE, 'a3', NOW - 10 * DAY, { reposts: 0, replies: 0, likes: 3 }),
  feedItem(ALICE, 'a4', NOW - 100 * DAY, { reposts: 2 }),
];
/** Alice's feed, rated over 90 days (computed by hand from the half-life of 14 days). */
const ALICE_RATES = { windowDays: 90, postsPerDay: 0.124, repostsReceivedPerDay: 0.599, repliesReceivedPerDay: 0.141, likesReceivedPerDay: 1.929, quotesReceivedPerDay: 0.045 };

function withCache(context: SourceContext, known: Record<string, number>) {
  const cached = vi.fn(async (_network: string, handles: string[]) => {
    const found = new Map<string, ProfileSignals>();
    for (const handle of handles) if (handle in known) found.set(handle, { network: 'bluesky', handle, followers: known[handle] });
    return found;
  });
  return { context: { ...context, cached }, cached };
}

const recentOf = (outcome: SourceOutcome | undefined) => (outcome?.ok ? outcome.signals.recent : 'failed');

describe('blueskySource.fetchProfiles in depth', () => {
  it('counts the reposters, takes their audiences from the cache where it can, and fetches the rest once, as partial extras', async () => {
    const { fetch, calls } = fakeAppView({
      profiles: [profileView(ALICE, 1500), profileView(r(1), 7), profileView(r(3), 50), profileView(r(4), 1000)],
      feeds: { [didOf(ALICE)]: aliceFeed() },
      reposters: { [A2]: [reposter(r(1)), reposter(r(2)), reposter(r(3)), reposter('handle.invalid'), reposter('R5.example.com'), reposter(r(4))] },
    });
    const { context, cached } = withCache(contextWith(fetch, NOW), { [r(1)]: 100, [r(2)]: 300 });
    const outcomes = await blueskySource.fetchProfiles([ALICE], context);
    expect(calls.map((c) => c.url)).toEqual([urls.profiles([ALICE]), urls.feed(didOf(ALICE)), urls.reposters(A2), urls.profiles([r(3), r(5), r(4)])]);
    expect(cached.mock.calls).toEqual([['bluesky', [r(1), r(2), r(3), r(5), r(4)]]]);
    // Five reposters (handle.invalid left out); audiences known for four: 50, 100, 300, 1000 (r5 does not exist).
    expect(recentOf(outcomes.get(ALICE))).toEqual({ ...ALICE_RATES, uniqueEngagers: 5, engagerMedianFollowers: 200 });
    expect([...outcomes.keys()]).toEqual([ALICE, r(3), r(4)]);
    expect(outcomes.get(r(3))).toMatchObject({ ok: true, partial: true, signals: { handle: r(3), followers: 50 } });
    expect(outcomes.get(r(4))).toMatchObject({ ok: true, partial: true, signals: { handle: r(4), followers: 1000 } });
    expect(outcomes.get(ALICE)).not.toHaveProperty('partial');
  });

  it('costs no request for reposters the cache knows, stale or not', async () => {
    const { fetch, calls } = fakeAppView({ profiles: [profileView(ALICE, 1500)], feeds: { [didOf(ALICE)]: aliceFeed() }, reposters: { [A2]: [reposter(r(1)), reposter(r(2)), reposter(r(3))] } });
    const { context } = withCache(contextWith(fetch, NOW), { [r(1)]: 100, [r(2)]: 300, [r(3)]: 0 });
    const outcomes = await blueskySource.fetchProfiles([ALICE], context);
    expect(calls.map((c) => c.url)).toEqual([urls.profiles([ALICE]), urls.feed(didOf(ALICE)), urls.reposters(A2)]);
    expect(recentOf(outcomes.get(ALICE))).toEqual({ ...ALICE_RATES, uniqueEngagers: 3, engagerMedianFollowers: 100 });
    expect([...outcomes.keys()]).toEqual([ALICE]);
  });

  it('shares the sample across the batch: an asked profile’s audience is its own answer, a shared reposter is fetched once', async () => {
    const { fetch, calls } = fakeAppView({
      profiles: [profileView(ALICE, 1500), profileView(BOB, 150), profileView(r(3), 50), profileView(r(4), 1000)],
      feeds: { [didOf(ALICE)]: aliceFeed(), [didOf(BOB)]: [feedItem(BOB, 'b1', NOW - DAY, { reposts: 2 })] },
      reposters: { [A2]: [reposter(BOB), reposter(r(3))], [B1]: [reposter(r(3)), reposter(r(4))] },
    });
    const outcomes = await blueskySource.fetchProfiles([ALICE, BOB], contextWith(fetch, NOW)); // no cache (the command line)
    expect(calls.map((c) => c.url)).toEqual([
      urls.profiles([ALICE, BOB]),
      urls.feed(didOf(ALICE)),
      urls.feed(didOf(BOB)),
      urls.reposters(A2),
      urls.reposters(B1),
      urls.profiles([r(3), r(4)]),
    ]);
    expect(recentOf(outcomes.get(ALICE))).toEqual({ ...ALICE_RATES, uniqueEngagers: 2, engagerMedianFollowers: 100 }); // Bob 150, r3 50
    expect(recentOf(outcomes.get(BOB))).toEqual({ windowDays: 90, postsPerDay: 0.048, repostsReceivedPerDay: 0.095, uniqueEngagers: 2, engagerMedianFollowers: 525 });
    expect([...outcomes].map(([handle, o]) => [handle, o.ok && o.partial])).toEqual([[ALICE, undefined], [BOB, undefined], [r(3), true], [r(4), true]]);
  });

  it('makes at most 4 requests a profile: 3 profiles with 25 unknown reposters each cost 10', async () => {
    const asked = ['p0.example.com', 'p1.example.com', 'p2.example.com'];
    const reposters = Object.fromEntries(asked.map((p, i) => [postUri(p, 'top'), Array.from({ length: 25 }, (_, j) => reposter(r(`${i}x${j}`)))]));
    const everyone = [...asked, ...Object.values(reposters).flat().map((x) => String(x.handle))];
    const { fetch, calls } = fakeAppView({
      profiles: everyone.map((h, i) => profileView(h, i)),
      feeds: Object.fromEntries(asked.map((p) => [didOf(p), [feedItem(p, 'top', NOW - DAY, { reposts: 25 })]])),
      reposters,
    });
    const outcomes = await blueskySource.fetchProfiles(asked, contextWith(fetch, NOW));
    expect(calls).toHaveLength(10);
    expect(calls.length).toBeLessThanOrEqual(4 * asked.length);
    const profileCalls = calls.filter((c) => c.url.includes('getProfiles')).map((c) => new URL(c.url).searchParams.getAll('actors'));
    expect(profileCalls).toEqual([asked, everyone.slice(3, 28), everyone.slice(28, 53), everyone.slice(53)]);
    expect([...outcomes.values()].filter((o) => o.ok && o.partial)).toHaveLength(75);
    // p0's reposters have followers 3..27: median 15.
    expect(recentOf(outcomes.get('p0.example.com'))).toMatchObject({ uniqueEngagers: 25, engagerMedianFollowers: 15 });
  });

  it('leaves what fails unknown, never zero, and never fails the profile for it', async () => {
    const { fetch, calls } = fakeAppView({
      profiles: [profileView(ALICE, 1500), profileView(BOB, 150)],
      feeds: { [didOf(ALICE)]: () => jsonResponse({ error: 'InternalServerError' }, 500), [didOf(BOB)]: [feedItem(BOB, 'b1', NOW - DAY, { reposts: 2 })] },
      reposters: { [B1]: () => jsonResponse({ error: 'InternalServerError' }, 500) },
    });
    const outcomes = await blueskySource.fetchProfiles([ALICE, BOB], contextWith(fetch, NOW));
    expect(calls).toHaveLength(4);
    expect(outcomes.get(ALICE)).toMatchObject({ ok: true, signals: { followers: 1500 } });
    expect(recentOf(outcomes.get(ALICE))).toBeUndefined();
    expect(recentOf(outcomes.get(BOB))).toEqual({ windowDays: 90, postsPerDay: 0.048, repostsReceivedPerDay: 0.095 });
  });

  it('waits out a rate limit met on a profile’s posts or reposters, as other sources do, rather than save it without them', async () => {
    const limited = () => jsonResponse({ error: 'RateLimitExceeded' }, 429, { 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW / 1000 + 120) });
    const { fetch } = fakeAppView({
      profiles: [profileView(ALICE, 1500), profileView(BOB, 150)],
      feeds: { [didOf(ALICE)]: limited, [didOf(BOB)]: [feedItem(BOB, 'b1', NOW - DAY, { reposts: 2 })] },
      reposters: { [B1]: limited },
    });
    const outcomes = await blueskySource.fetchProfiles([ALICE, BOB], contextWith(fetch, NOW));
    for (const handle of [ALICE, BOB]) expect(outcomes.get(handle)).toMatchObject({ ok: false, error: { kind: 'rate-limited', retryAt: NOW + 120_000 } });
  });

  it('counts the reposters but knows only the cached audiences when their getProfiles fails', async () => {
    const { fetch, calls } = fakeAppView({
      profiles: [profileView(ALICE, 1500)],
      feeds: { [didOf(ALICE)]: aliceFeed() },
      reposters: { [A2]: [reposter(r(1)), reposter(r(3)), reposter(r(4))] },
      profilesAnswer: (actors) => (actors.includes(ALICE) ? undefined : jsonResponse({ error: 'InternalServerError' }, 502)),
    });
    const { context } = withCache(contextWith(fetch, NOW), { [r(1)]: 100 });
    const outcomes = await blueskySource.fetchProfiles([ALICE], context);
    expect(calls.map((c) => c.url).at(-1)).toBe(urls.profiles([r(3), r(4)]));
    expect(recentOf(outcomes.get(ALICE))).toEqual({ ...ALICE_RATES, uniqueEngagers: 3, engagerMedianFollowers: 100 });
    expect([...outcomes.keys()]).toEqual([ALICE]);
  });

  it('reads at most 4 profiles’ feeds at once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const asked = Array.from({ length: 6 }, (_, i) => `p${i}.example.com`);
    const held = () => gate.then(() => jsonResponse({ feed: [] }));
    const { fetch, calls } = fakeAppView({ profiles: asked.map((h) => profileView(h, 1)), feeds: Object.fromEntries(asked.map((p) => [didOf(p), held])) });
    const running = blueskySource.fetchProfiles(asked, contextWith(fetch, NOW));
    await vi.waitFor(() => expect(calls).toHaveLength(5));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls.map((c) => c.url)).toEqual([urls.profiles(asked), ...asked.slice(0, 4).map((p) => urls.feed(didOf(p)))]);
    release();
    const outcomes = await running;
    expect(calls).toHaveLength(7);
    expect(recentOf(outcomes.get(asked[5]))).toEqual({ windowDays: 90, postsPerDay: 0 });
  });

  it('scores the batch without the cached audiences when the cache cannot be read', async () => {
    const { fetch, calls } = fakeAppView({ profiles: [profileView(ALICE, 1500), profileView(r(1), 7)], feeds: { [didOf(ALICE)]: aliceFeed() }, reposters: { [A2]: [reposter(r(1))] } });
    const context = { ...contextWith(fetch, NOW), cached: vi.fn(async () => Promise.reject(new Error('storage is gone'))) };
    const outcomes = await blueskySource.fetchProfiles([ALICE], context);
    expect(calls.map((c) => c.url)).toEqual([urls.profiles([ALICE]), urls.feed(didOf(ALICE)), urls.reposters(A2), urls.profiles([r(1)])]);
    expect(recentOf(outcomes.get(ALICE))).toEqual({ ...ALICE_RATES, uniqueEngagers: 1, engagerMedianFollowers: 7 });
  });
});

import { describe, expect, it } from 'vitest';
import { fetchDepth, median, mostReposted, ownPosts, parseReposters, recentFromPosts, type OwnPost } from '../../../src/sources/bluesky-depth';
import { SourceError } from '../../../src/sources/types';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';
import { DAY, didOf, fakeAppView, feedItem, postUri, reposter, urls } from './bluesky-appview';
import { apiFixture, contextWith, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 2, 1);
const ALICE = 'alice.example.com';
const ALICE_DID = 'did:plc:alice';
const iso = (time: number) => new Date(time).toISOString();

/** Alice's feed: four own posts (one 100 days old), a repost of Bob's post, a post by Bob without a reason, and junk. */
const aliceFeed = () => [
  feedItem(ALICE, 'a1', NOW - 1 * DAY, { reposts: 4, replies: 2, likes: 10, quotes: 0 }),
  feedItem('bob.example.com', 'b9', NOW - DAY / 2, { reposts: 500, replies: 5, likes: 900, quotes: 9 }, ALICE),
  feedItem(ALICE, 'a2', NOW - 2 * DAY, { reposts: 9, replies: 1, likes: 30, quotes: 1 }),
  feedItem('bob.example.com', 'b8', NOW - 3 * DAY, { reposts: 70 }),
  { post: 'not a post' },
  null,
  feedItem(ALICE, 'a3', NOW - 10 * DAY, { reposts: 0, replies: 0, likes: 3 }),
  feedItem(ALICE, 'a4', NOW - 100 * DAY, { reposts: 2 }),
];
const post = (id: string, daysAgo: number, counts: Partial<OwnPost> = {}): OwnPost => ({ uri: postUri(ALICE, id), at: iso(NOW - daysAgo * DAY), ...counts });

describe('ownPosts', () => {
  it('keeps the author’s own posts only: no reposts (even of a hit), nothing by anyone else, no junk', () => {
    expect(ownPosts({ feed: aliceFeed() }, ALICE_DID)).toEqual([
      post('a1', 1, { reposts: 4, replies: 2, likes: 10, quotes: 0 }),
      post('a2', 2, { reposts: 9, replies: 1, likes: 30, quotes: 1 }),
      post('a3', 10, { reposts: 0, replies: 0, likes: 3 }),
      post('a4', 100, { reposts: 2 }),
    ]);
    // For Bob: his post, not the one Alice reposted.
    expect(ownPosts({ feed: aliceFeed() }, 'did:plc:bob').map((p) => p.uri)).toEqual([postUri('bob.example.com', 'b8')]);
  });

  it('dates a post by its record, else by when it was indexed, and skips one with neither', () => {
    const item = feedItem(ALICE, 'x', NOW, { reposts: -1, likes: 1.5 }) as { post: Record<string, unknown> };
    const indexedOnly = { post: { ...item.post, record: {}, indexedAt: '2025-01-01T00:00:00.000Z' } };
    const undated = { post: { ...item.post, record: {}, indexedAt: undefined } };
    expect(ownPosts({ feed: [indexedOnly, undated] }, ALICE_DID)).toEqual([{ uri: postUri(ALICE, 'x'), at: '2025-01-01T00:00:00.000Z', likes: 1.5 }]);
  });

  it('rejects an answer without a feed as a bad response', () => {
    for (const bad of [null, [], { feed: 'none' }, { posts: [] }]) expect(() => ownPosts(bad, ALICE_DID)).toThrow(SourceError);
  });
});

describe('recentFromPosts', () => {
  const posts = () => ownPosts({ feed: aliceFeed() }, ALICE_DID);

  it('rates a feed that was not cut over 90 days, skipping what is older', () => {
    expect(recentFromPosts(posts(), NOW, false)).toEqual({
      windowDays: 90,
      postsPerDay: 0.124,
      repostsReceivedPerDay: 0.599,
      repliesReceivedPerDay: 0.141,
      likesReceivedPerDay: 1.929,
      quotesReceivedPerDay: 0.045,
    });
  });

  it('rates a feed cut at its limit over the span it reaches back, at most 90 days and at least one', () => {
    expect(recentFromPosts(posts().slice(0, 3), NOW, true)).toEqual({
      windowDays: 10,
      postsPerDay: 0.313,
      repostsReceivedPerDay: 1.516,
      repliesReceivedPerDay: 0.356,
      likesReceivedPerDay: 4.884,
      quotesReceivedPerDay: 0.115,
    });
    expect(recentFromPosts(posts(), NOW, true).windowDays).toBe(90); // reaches back 100 days
    expect(recentFromPosts([post('h', 1 / 24, { reposts: 1 })], NOW, true)).toEqual({ windowDays: 1, postsPerDay: 1.023, repostsReceivedPerDay: 1.023 });
  });

  it('knows that nothing was posted: zero posts a day, reactions unknown', () => {
    expect(recentFromPosts([], NOW, false)).toEqual({ windowDays: 90, postsPerDay: 0 });
    expect(recentFromPosts([], NOW, true)).toEqual({ windowDays: 90, postsPerDay: 0 });
    expect(recentFromPosts([{ uri: 'u', at: 'yesterday', reposts: 3 }], NOW, true)).toEqual({ windowDays: 90, postsPerDay: 0 });
  });
});

describe('mostReposted, parseReposters, median', () => {
  it('picks the post with the most reposts, the newest on a tie, and none when nothing was reposted', () => {
    expect(mostReposted(ownPosts({ feed: aliceFeed() }, ALICE_DID))?.uri).toBe(postUri(ALICE, 'a2'));
    expect(mostReposted([post('x', 1, { reposts: 3 }), post('y', 2, { reposts: 3 })])?.uri).toBe(postUri(ALICE, 'x'));
    expect(mostReposted([post('x', 1, { reposts: 0 }), post('y', 2)])).toBeUndefined();
    expect(mostReposted([])).toBeUndefined();
  });

  it('reads the reposters’ handles, lower-cased, skipping handle.invalid and entries without a handle', () => {
    expect(parseReposters(apiFixture('bluesky-getRepostedBy-small.json'))).toEqual(['dana.example.com', 'eve.example.com', 'frank.example.com']);
    expect(parseReposters({ repostedBy: [] })).toEqual([]);
    for (const bad of [null, { reposts: [] }, { repostedBy: 'x' }]) expect(() => parseReposters(bad)).toThrow(SourceError);
  });

  it('takes the middle value, or the mean of the two middle ones; none of nothing', () => {
    expect(median([300, 50, 100])).toBe(100);
    expect(median([1000, 50, 300, 100])).toBe(200);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });
});

describe('fetchDepth', () => {
  const a2 = postUri(ALICE, 'a2');
  const run = (spec: Parameters<typeof fakeAppView>[0]) => {
    const appView = fakeAppView(spec);
    return { ...appView, depth: fetchDepth('https://public.api.bsky.app', ALICE_DID, contextWith(appView.fetch, NOW)) };
  };

  it('asks for the own posts without replies, then who reposted the most reposted one', async () => {
    const { calls, depth } = run({ profiles: [], feeds: { [ALICE_DID]: aliceFeed() }, reposters: { [a2]: [reposter('Dana.example.com'), reposter('eve.example.com')] } });
    expect(await depth).toEqual({ recent: recentFromPosts(ownPosts({ feed: aliceFeed() }, ALICE_DID), NOW, false), reposters: ['dana.example.com', 'eve.example.com'] });
    expect(calls.map((c) => c.url)).toEqual([
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=did%3Aplc%3Aalice&limit=100&filter=posts_no_replies',
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getRepostedBy?uri=at%3A%2F%2Fdid%3Aplc%3Aalice%2Fapp.bsky.feed.post%2Fa2&limit=25',
    ]);
  });

  it('asks for no reposters when no recent post was reposted', async () => {
    const { calls, depth } = run({ profiles: [], feeds: { [ALICE_DID]: [feedItem(ALICE, 'q', NOW - DAY, { reposts: 0, likes: 2 })] } });
    expect(await depth).toEqual({ recent: { windowDays: 90, postsPerDay: 0.048, repostsReceivedPerDay: 0, likesReceivedPerDay: 0.095 } });
    expect(calls).toHaveLength(1);
  });

  it('leaves everything unknown when the feed fails or is malformed, and asks nothing more', async () => {
    for (const answer of [() => jsonResponse({ error: 'InternalServerError' }, 500), () => jsonResponse({ cursor: 'x' }), () => new Response('<html>')]) {
      const { calls, depth } = run({ profiles: [], feeds: { [ALICE_DID]: answer } });
      expect(await depth).toEqual({});
      expect(calls).toHaveLength(1);
    }
  });

  it('keeps the rates when the reposters fail or are malformed; the sample stays unknown, not empty', async () => {
    for (const answer of [() => jsonResponse({ error: 'InternalServerError' }, 500), () => jsonResponse({ uri: a2 })]) {
      const { calls, depth } = run({ profiles: [], feeds: { [ALICE_DID]: aliceFeed() }, reposters: { [a2]: answer } });
      const result = await depth;
      expect(result).toStrictEqual({ recent: recentFromPosts(ownPosts({ feed: aliceFeed() }, ALICE_DID), NOW, false) });
      expect(calls.map((c) => c.url)).toEqual([urls.feed(ALICE_DID), urls.reposters(a2)]);
    }
  });

  it('keeps a rate limit met on the feed or the reposters, to be waited out (the AppView’s 429, as a 2025 issue quotes it)', async () => {
    const limited = () => jsonResponse({ error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, 429, { 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW / 1000 + 120) });
    const onFeed = await run({ profiles: [], feeds: { [ALICE_DID]: limited } }).depth;
    expect(onFeed.limited).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 120_000 });
    const onReposters = await run({ profiles: [], feeds: { [ALICE_DID]: aliceFeed() }, reposters: { [a2]: limited } }).depth;
    expect(onReposters).toMatchObject({ recent: recentFromPosts(ownPosts({ feed: aliceFeed() }, ALICE_DID), NOW, false), limited: { kind: 'rate-limited', retryAt: NOW + 120_000 } });
  });

  it('rates a full feed of 100 items, 40 of them reposts, over the 10 days it spans', async () => {
    // 60 own posts, one every 4 hours, and 40 reposts of Bob: the limit was reached, so older posts exist.
    const own = Array.from({ length: 60 }, (_, i) => feedItem(ALICE, `p${i}`, NOW - (i + 1) * (DAY / 6), { likes: 1 }));
    const reposts = Array.from({ length: 40 }, (_, i) => feedItem('bob.example.com', `b${i}`, NOW - i * DAY / 4, { reposts: 1 }, ALICE));
    const { fetch } = fakeAppView({ profiles: [], feeds: { [ALICE_DID]: [...own, ...reposts] as unknown[] } });
    const depth = await fetchDepth('https://public.api.bsky.app', ALICE_DID, contextWith(fetch, NOW));
    expect(depth.recent?.windowDays).toBe(10);
    // The same 60 posts in a feed that was not full are spread over 90 days.
    const { fetch: short } = fakeAppView({ profiles: [], feeds: { [ALICE_DID]: own as unknown[] } });
    const sparse = await fetchDepth('https://public.api.bsky.app', ALICE_DID, contextWith(short, NOW));
    expect(sparse.recent?.windowDays).toBe(90);
    expect(depth.recent?.postsPerDay ?? 0).toBeGreaterThan((sparse.recent?.postsPerDay ?? Infinity) * 2);
  });
});

describe.skipIf(!hasSharedFixtures)('Bluesky in depth over the real recorded author feed (dril, 5 posts)', () => {
  const DRIL = 'did:plc:6wpkkitfdkgthatfvspcfmjo';
  const feed = () => readSharedJson<{ feed: unknown[] }>('bluesky/feed-getAuthorFeed.json');
  const DRIL_NOW = Date.UTC(2025, 1, 25);

  it('reads dril’s five own posts (one a reply in his own thread) and rates them over 90 days', () => {
    const posts = ownPosts(feed(), DRIL);
    expect(posts.map((p) => [p.uri.split('/').pop(), p.reposts, p.replies, p.likes, p.quotes])).toEqual([
      ['3lix6ufungs22', 951, 105, 8172, 17],
      ['3litgermucc2h', 157, 74, 3688, 12],
      ['3lirwer3l4s2r', 1235, 142, 16695, 11],
      ['3liphfrnb7c2n', 256, 15, 2779, 5],
      ['3liphb4l7m22n', 447, 30, 4263, 17],
    ]);
    expect(posts[0].at).toBe('2025-02-24T20:30:07.343Z'); // the record's date, not indexedAt
    expect(recentFromPosts(posts, DRIL_NOW, false)).toEqual({
      windowDays: 90,
      postsPerDay: 0.226,
      repostsReceivedPerDay: 139.938,
      repliesReceivedPerDay: 16.927,
      likesReceivedPerDay: 1625.958,
      quotesReceivedPerDay: 2.832,
    });
    expect(ownPosts(feed(), didOf('someone.else'))).toEqual([]);
  });

  it('asks who reposted the most reposted of them (1,235 reposts)', async () => {
    const top = `at://${DRIL}/app.bsky.feed.post/3lirwer3l4s2r`;
    const { fetch, calls } = fakeAppView({ profiles: [], feeds: { [DRIL]: feed().feed as Record<string, unknown>[] }, reposters: { [top]: [reposter('dana.example.com')] } });
    const depth = await fetchDepth('https://public.api.bsky.app', DRIL, contextWith(fetch, DRIL_NOW));
    expect(depth.reposters).toEqual(['dana.example.com']);
    expect(depth.recent?.postsPerDay).toBe(0.226);
    expect(calls.map((c) => c.url)).toEqual([urls.feed(DRIL), urls.reposters(top)]);
  });
});

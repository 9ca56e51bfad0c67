import { describe, expect, it } from 'vitest';
import { blueskySource, parseProfiles, toSignals, withheldReason } from '../../../src/sources/bluesky';
import { SourceError } from '../../../src/sources/types';
import { apiFixture, contextWith, fakeFetch, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 1, 9, 8, 0, 0);
const AT = '2025-02-09T08:00:00.000Z';
const BATCH = apiFixture<{ profiles: Record<string, unknown>[] }>('bluesky-getProfiles-small.json');
const ENDPOINT = 'https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles';
const NO_UNAUTH = 'its owner asked that it not be shown to people who are not logged in';

const FEED = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed';
const feedUrl = (did: string) => `${FEED}?actor=${did.replaceAll(':', '%3A')}&limit=100&filter=posts_no_replies`;
const NO_POSTS = { windowDays: 90, postsPerDay: 0 };

const actorsOf = (url: string) => new URL(url).searchParams.getAll('actors');
const isProfiles = (url: string) => url.startsWith(ENDPOINT);

/**
 * A getProfiles endpoint that knows the fixture's profiles, answers 400 for `bad` actors, and
 * omits the rest; getAuthorFeed answers `feeds` by DID (else no posts), getRepostedBy `reposters` by URI.
 */
function appView(options: { bad?: string[]; answer?: () => Response; feeds?: Record<string, unknown[]>; reposters?: Record<string, unknown[]> } = {}) {
  return fakeFetch((url) => {
    if (url.pathname === '/xrpc/app.bsky.feed.getAuthorFeed') return jsonResponse({ feed: options.feeds?.[url.searchParams.get('actor')!] ?? [] });
    if (url.pathname === '/xrpc/app.bsky.feed.getRepostedBy') return jsonResponse({ repostedBy: options.reposters?.[url.searchParams.get('uri')!] ?? [] });
    if (url.pathname !== '/xrpc/app.bsky.actor.getProfiles') return jsonResponse({ error: 'MethodNotImplemented' }, 501);
    if (options.answer) return options.answer();
    const actors = url.searchParams.getAll('actors');
    if (actors.some((actor) => options.bad?.includes(actor))) {
      return jsonResponse({ error: 'InvalidRequest', message: 'Error: actors/0 must be a valid did or a handle' }, 400);
    }
    const profiles = BATCH.profiles.filter((p) =>
      actors.some((actor) => actor === p.did || actor.toLowerCase() === String(p.handle).toLowerCase()),
    );
    return jsonResponse({ profiles });
  });
}

describe('parseProfiles', () => {
  it('reads did and handle, lower-casing the handle, and keeps the raw profile', () => {
    const profiles = parseProfiles(BATCH);
    expect(profiles.map((p) => [p.did, p.handle])).toEqual([
      ['did:plc:alice111', 'alice.example.com'],
      ['did:plc:bob222', 'bob.example.com'],
      ['did:plc:carol333', 'carol.example.com'],
    ]);
    expect(profiles[0].json.followersCount).toBe(1500);
  });

  it('rejects an answer without a list of profiles, or a profile without did or handle', () => {
    for (const bad of [null, { profiles: 'none' }, [], { profiles: [{ handle: 'x.example.com' }] }, { profiles: [{ did: 'did:plc:x', handle: '' }] }]) {
      expect(() => parseProfiles(bad)).toThrow(SourceError);
    }
    expect(parseProfiles({ profiles: [] })).toEqual([]);
  });
});

describe('withheldReason', () => {
  it('names why a labelled profile is kept from logged-out viewers', () => {
    expect(withheldReason(BATCH.profiles[2])).toBe(NO_UNAUTH);
    expect(withheldReason({ labels: [{ val: 'porn' }, { val: '!takedown' }] })).toBe('Bluesky has taken it down');
    expect(withheldReason({ labels: [{ val: '!suspend' }] })).toBe('Bluesky has suspended it');
  });

  it('is undefined for profiles without such labels', () => {
    expect(withheldReason(BATCH.profiles[0])).toBeUndefined();
    expect(withheldReason({})).toBeUndefined();
    expect(withheldReason({ labels: 'oops' })).toBeUndefined();
    expect(withheldReason({ labels: [{ val: 'spam' }, null, 'x', { val: 42 }] })).toBeUndefined();
  });

  it('is undefined for a label named like an Object.prototype member', () => {
    expect(withheldReason({ labels: [{ val: 'constructor' }, { val: 'toString' }, { val: '__proto__' }] })).toBeUndefined();
  });
});

describe('toSignals', () => {
  it('maps counts, dates, verification and filled-in fields', () => {
    expect(toSignals('alice.example.com', BATCH.profiles[0], AT, 'https://u.test')).toEqual({
      network: 'bluesky',
      handle: 'alice.example.com',
      observedAt: AT,
      createdAt: '2023-05-06T07:08:09.000Z',
      followers: 1500,
      following: 300,
      posts: 4200,
      verified: true,
      hasAvatar: true,
      hasBio: true,
      sources: [{ kind: 'api', url: 'https://u.test', at: AT }],
    });
  });

  it('leaves unknown counts undefined, never zero, and an empty bio is no bio', () => {
    const signals = toSignals('bob.example.com', { ...BATCH.profiles[1], followersCount: -3, postsCount: undefined }, AT, 'u');
    expect(signals.followers).toBeUndefined();
    expect(signals.posts).toBeUndefined();
    expect(signals.following).toBe(40);
    expect(signals.verified).toBeUndefined();
    expect(signals.hasAvatar).toBe(false);
    expect(signals.hasBio).toBe(false);
  });
});

describe('blueskySource.fetchProfiles', () => {
  it('asks for several actors in one getProfiles request, then for each one’s own posts', async () => {
    const { fetch, calls } = appView();
    const outcomes = await blueskySource.fetchProfiles(['alice.example.com', 'bob.example.com'], contextWith(fetch, NOW));
    expect(calls.map((call) => call.url)).toEqual([
      `${ENDPOINT}?actors=alice.example.com&actors=bob.example.com`,
      feedUrl('did:plc:alice111'),
      feedUrl('did:plc:bob222'),
    ]);
    expect(calls.map((call) => call.headers.get('accept'))).toEqual(['application/json', 'application/json', 'application/json']);
    const alice = outcomes.get('alice.example.com');
    expect(alice).toMatchObject({ ok: true, signals: { handle: 'alice.example.com', followers: 1500, observedAt: AT, recent: NO_POSTS } });
    expect(alice?.ok && alice.signals.sources).toEqual([{ kind: 'api', url: calls[0].url, at: AT }]);
    expect(outcomes.get('bob.example.com')).toMatchObject({ ok: true, signals: { followers: 12, posts: 9, recent: NO_POSTS } });
    expect([...outcomes.keys()]).toEqual(['alice.example.com', 'bob.example.com']);
  });

  it('then asks who reposted the most reposted post, and the audiences of reposters it does not know', async () => {
    const uri = 'at://did:plc:alice111/app.bsky.feed.post/3abc';
    const post = { uri, author: { did: 'did:plc:alice111', handle: 'alice.example.com' }, record: { createdAt: '2025-02-08T08:00:00.000Z' }, repostCount: 2 };
    const { fetch, calls } = appView({
      feeds: { 'did:plc:alice111': [{ post }] },
      reposters: { [uri]: [{ did: 'did:plc:bob222', handle: 'bob.example.com' }, { did: 'did:plc:dana', handle: 'dana.example.com' }] },
    });
    const outcomes = await blueskySource.fetchProfiles(['alice.example.com', 'bob.example.com'], contextWith(fetch, NOW));
    expect(calls.map((call) => call.url)).toEqual([
      `${ENDPOINT}?actors=alice.example.com&actors=bob.example.com`,
      feedUrl('did:plc:alice111'),
      feedUrl('did:plc:bob222'),
      `https://public.api.bsky.app/xrpc/app.bsky.feed.getRepostedBy?uri=${encodeURIComponent(uri)}&limit=25`,
      `${ENDPOINT}?actors=dana.example.com`, // Bob's audience came with the batch; Dana does not exist
    ]);
    const alice = outcomes.get('alice.example.com');
    expect(alice?.ok && alice.signals.recent).toMatchObject({ windowDays: 90, uniqueEngagers: 2, engagerMedianFollowers: 12 });
    expect([...outcomes.keys()]).toEqual(['alice.example.com', 'bob.example.com']);
  });

  it('splits more than 25 actors into batches of 25', async () => {
    const handles = Array.from({ length: 60 }, (_, i) => `user${i}.example.com`);
    const { fetch, calls } = appView();
    const outcomes = await blueskySource.fetchProfiles(handles, contextWith(fetch, NOW));
    expect(blueskySource.batchSize).toBe(25);
    expect(calls.map((call) => actorsOf(call.url).length)).toEqual([25, 25, 10]);
    expect(calls.flatMap((call) => actorsOf(call.url))).toEqual(handles);
    expect(outcomes.size).toBe(60);
  });

  it('answers not-found for actors the AppView leaves out', async () => {
    const { fetch, calls } = appView();
    const outcomes = await blueskySource.fetchProfiles(['alice.example.com', 'gone.example.com'], contextWith(fetch, NOW));
    expect(outcomes.get('alice.example.com')?.ok).toBe(true);
    expect(calls.map((call) => call.url).slice(1)).toEqual([feedUrl('did:plc:alice111')]); // no depth for what is not found
    expect(outcomes.get('gone.example.com')).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'No Bluesky account answers to gone.example.com.' },
    });
  });

  it('matches DID actors by did and handles case-insensitively, keeping the actor as asked', async () => {
    const { fetch, calls } = appView();
    const outcomes = await blueskySource.fetchProfiles(['did:plc:bob222', 'Alice.Example.com'], contextWith(fetch, NOW));
    expect(calls.map((call) => call.url)).toEqual([`${ENDPOINT}?actors=did%3Aplc%3Abob222&actors=Alice.Example.com`, feedUrl('did:plc:bob222'), feedUrl('did:plc:alice111')]);
    expect(outcomes.get('did:plc:bob222')).toMatchObject({ ok: true, signals: { handle: 'did:plc:bob222', followers: 12 } });
    expect(outcomes.get('Alice.Example.com')).toMatchObject({ ok: true, signals: { followers: 1500 } });
  });

  it('answers withheld for a profile labelled !no-unauthenticated', async () => {
    const { fetch, calls } = appView();
    const outcomes = await blueskySource.fetchProfiles(['carol.example.com'], contextWith(fetch, NOW));
    expect(calls).toHaveLength(1); // nothing more is asked about a withheld profile
    expect(outcomes.get('carol.example.com')).toEqual({
      ok: false,
      error: { kind: 'withheld', message: `This profile is not scored: ${NO_UNAUTH}.` },
    });
  });

  it('halves a batch the AppView refuses with 400 until the bad actor is alone', async () => {
    const actors = ['alice.example.com', 'bob.example.com', 'carol.example.com', 'bad..handle', 'did:plc:alice111'];
    const { fetch, calls } = appView({ bad: ['bad..handle'] });
    const outcomes = await blueskySource.fetchProfiles(actors, contextWith(fetch, NOW));
    // [all 5] 400 → [first 3] ok, [bad, did] 400 → [bad] 400, [did] ok; then the feeds of those found (not carol, withheld)
    const profileCalls = calls.filter((call) => isProfiles(call.url));
    expect(profileCalls.map((call) => actorsOf(call.url))).toEqual([actors, actors.slice(0, 3), actors.slice(3), ['bad..handle'], ['did:plc:alice111']]);
    expect(calls.slice(0, 5)).toEqual(profileCalls);
    expect(new Set(calls.slice(5).map((call) => call.url))).toEqual(new Set([feedUrl('did:plc:alice111'), feedUrl('did:plc:bob222')]));
    expect(outcomes.get('bad..handle')).toEqual({
      ok: false,
      error: { kind: 'not-found', status: 400, message: 'Bluesky cannot resolve this handle.' },
    });
    expect(outcomes.get('did:plc:alice111')?.ok).toBe(true);
    expect(outcomes.get('bob.example.com')?.ok).toBe(true);
    expect(outcomes.get('carol.example.com')).toMatchObject({ ok: false, error: { kind: 'withheld' } });
  });

  it('gives every actor of a rate-limited batch the rate limit, without halving', async () => {
    const { fetch, calls } = appView({
      answer: () =>
        jsonResponse({ error: 'RateLimitExceeded' }, 429, { 'ratelimit-remaining': '0', 'ratelimit-reset': '1739088300' }),
    });
    const outcomes = await blueskySource.fetchProfiles(['alice.example.com', 'bob.example.com'], contextWith(fetch, NOW));
    expect(calls).toHaveLength(1);
    for (const actor of ['alice.example.com', 'bob.example.com']) {
      expect(outcomes.get(actor)).toMatchObject({ ok: false, error: { kind: 'rate-limited', status: 429, retryAt: 1_739_088_300_000 } });
    }
  });

  it('gives every actor bad-response for malformed JSON or a wrong shape', async () => {
    for (const answer of [() => new Response('<html>', { status: 200 }), () => jsonResponse({ profile: {} })]) {
      const { fetch } = appView({ answer });
      const outcomes = await blueskySource.fetchProfiles(['alice.example.com', 'bob.example.com'], contextWith(fetch, NOW));
      expect([...outcomes.values()].map((o) => !o.ok && o.error.kind)).toEqual(['bad-response', 'bad-response']);
    }
  });
});

describe('claims', () => {
  const profile = (handle: string, description?: string) => ({ did: `did:plc:${handle.replace(/\W/g, '')}`, handle, followersCount: 10, description });

  it('reads a handle that is a domain and the profiles its description links to, from the one getProfiles answer', async () => {
    const { fetch, calls } = appView({
      answer: () => jsonResponse({ profiles: [profile('Octo.dev', 'Code: github.com/octo (also https://hachyderm.io/@octo). Work: acme.example. @friend.bsky.social'), profile('plain.bsky.social', 'https://x.com/plain')] }),
    });
    const outcomes = await blueskySource.fetchProfiles(['octo.dev', 'plain.bsky.social'], contextWith(fetch, NOW));
    expect(outcomes.get('octo.dev')).toMatchObject({
      ok: true,
      display: {
        claims: [
          { kind: 'bluesky-domain', domain: 'octo.dev', url: 'https://bsky.app/profile/octo.dev' },
          { kind: 'profile-link', ref: { network: 'github', handle: 'octo' }, url: 'github.com/octo' },
          { kind: 'profile-link', ref: { network: 'mastodon', handle: 'octo@hachyderm.io' }, url: 'https://hachyderm.io/@octo' },
        ],
      },
    });
    // A bsky.social name is Bluesky's domain, not the person's; a bare domain in a bio names no one.
    expect(outcomes.get('plain.bsky.social')).toMatchObject({ ok: true, display: { claims: [{ kind: 'profile-link', ref: { network: 'x', handle: 'plain' } }] } });
    expect(calls.filter((call) => isProfiles(call.url))).toHaveLength(1);
  });

  it('has no claims for a bsky.social handle with nothing in its description', async () => {
    const { fetch } = appView({ answer: () => jsonResponse({ profiles: [profile('quiet.bsky.social', 'Just here to read.')] }) });
    const outcome = (await blueskySource.fetchProfiles(['quiet.bsky.social'], contextWith(fetch, NOW))).get('quiet.bsky.social');
    expect(outcome?.ok && outcome.display).toEqual({ name: undefined, bio: 'Just here to read.' });
  });
});

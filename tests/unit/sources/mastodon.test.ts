import { beforeEach, describe, expect, it } from 'vitest';
import { sourceFor, sourceForHost } from '../../../src/sources';
import { rateLimitRetryAt } from '../../../src/sources/http';
import {
  SUSPENDED_MESSAGE,
  WITHHELD_MESSAGE,
  displayOf,
  fieldClaims,
  forgetDelegations,
  homeFromWebFinger,
  mastodonSource,
  parseAccount,
  parseStatuses,
  recentFromStatuses,
  splitHandle,
  toSignals,
  verifiedLinks,
} from '../../../src/sources/mastodon';
import { SourceError } from '../../../src/sources/types';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';
import { apiFixture, contextWith, fakeFetch, jsonResponse } from './fake-fetch';

type Json = Record<string, unknown>;
const NOW = Date.parse('2025-03-10T12:00:00.000Z');
const AT = '2025-03-10T12:00:00.000Z';
const ALICE = apiFixture<Json>('mastodon-account-alice.json');
const ALICE_POSTS = apiFixture<Json[]>('mastodon-statuses-alice.json');
const LOOKUP = 'https://social.example/api/v1/accounts/lookup?acct=alice';
const STATUSES = 'https://social.example/api/v1/accounts/109000000000000001/statuses?limit=40&exclude_reblogs=true';
const NOT_FOUND = { error: 'Record not found' };
const UNAUTHENTICATED = { error: 'This API requires an authenticated user' };

/** An instance (or several): answers lookups, statuses and WebFinger from the given accounts; `answer` overrides by path. */
function instance(options: { accounts?: Record<string, { account: Json; posts?: Json[] }>; answer?: (url: URL) => Response | undefined } = {}) {
  const accounts = options.accounts ?? { 'social.example/alice': { account: ALICE, posts: ALICE_POSTS } };
  return fakeFetch((url) => {
    const override = options.answer?.(url);
    if (override) return override;
    if (url.pathname === '/api/v1/accounts/lookup') {
      const found = accounts[`${url.host}/${url.searchParams.get('acct')}`];
      return found ? jsonResponse(found.account) : jsonResponse(NOT_FOUND, 404);
    }
    const statuses = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(url.pathname);
    if (statuses) {
      const found = Object.entries(accounts).find(([key, value]) => key.startsWith(`${url.host}/`) && value.account.id === statuses[1]);
      return found ? jsonResponse(found[1].posts ?? []) : jsonResponse(NOT_FOUND, 404);
    }
    return jsonResponse(NOT_FOUND, 404);
  });
}

const fetchAlice = async (fetch: typeof globalThis.fetch, handle = 'alice@social.example') =>
  (await mastodonSource.fetchProfiles([handle], contextWith(fetch, NOW))).get(handle)!;

beforeEach(() => forgetDelegations());

describe('handles and hosts', () => {
  it('splits user@instance, lower case, and refuses anything else', () => {
    expect(splitHandle('Alice@Social.Example')).toEqual({ user: 'alice', domain: 'social.example' });
    expect(splitHandle('@bob@fosstodon.org')).toEqual({ user: 'bob', domain: 'fosstodon.org' });
    for (const bad of ['alice', 'alice@', '@social.example', 'a b@social.example', 'alice@localhost']) expect(splitHandle(bad)).toBeNull();
  });

  it('asks each account’s home instance, and keeps 300 requests per 5 minutes per instance', () => {
    expect(mastodonSource.hostFor('bob@fosstodon.org')).toBe('fosstodon.org');
    expect(mastodonSource.hostFor('Alice@Social.Example')).toBe('social.example');
    expect(mastodonSource.batchSize).toBe(1);
    expect(mastodonSource.rateLimit('fosstodon.org', {})).toEqual({ requests: 300, periodMs: 300_000, source: 'https://docs.joinmastodon.org/api/rate-limits/' });
    expect(sourceFor('mastodon')).toBe(mastodonSource);
  });

  it('serves the shipped instances and the hosts it asked, never GitHub’s or Bluesky’s API hosts', async () => {
    expect(sourceForHost('mastodon.social')).toBe(mastodonSource);
    expect(sourceForHost('api.github.com')).toBe(sourceFor('github'));
    expect(sourceForHost('public.api.bsky.app')).toBe(sourceFor('bluesky'));
    expect(sourceForHost('never-asked.example')).toBeUndefined();
    await fetchAlice(instance().fetch);
    expect(sourceForHost('social.example')).toBe(mastodonSource);
    // A Mastodon handle on an API host (absurd, but possible) leaves that host to its own network.
    await mastodonSource.fetchProfiles(['x@api.github.com'], contextWith(instance().fetch, NOW));
    expect(sourceForHost('api.github.com')).toBe(sourceFor('github'));
  });
});

describe('parsing', () => {
  it('reads an account and refuses one without id or username', () => {
    expect(parseAccount(ALICE)).toMatchObject({ id: '109000000000000001', username: 'alice', suspended: false });
    for (const bad of [null, [], 'x', { id: 1, username: 'a' }, { id: '1' }, { id: '', username: 'a' }]) expect(() => parseAccount(bad)).toThrow(SourceError);
  });

  it('reads the posts’ reactions and times, skipping posts without a time', () => {
    const posts = parseStatuses(ALICE_POSTS);
    expect(posts).toHaveLength(5);
    expect(posts[0]).toEqual({ at: '2025-03-10T06:00:00.000Z', reposts: 4, replies: 1, likes: 10, quotes: 0 });
    expect(posts[3].quotes).toBeUndefined(); // an older server: no quotes_count, so unknown
    expect(() => parseStatuses({ error: 'x' })).toThrow(SourceError);
    expect(parseStatuses([{ created_at: '2025-01-01T00:00:00Z', reblogs_count: -1, favourites_count: '3' }])).toEqual([
      { at: '2025-01-01T00:00:00Z', reposts: undefined, replies: undefined, likes: undefined, quotes: undefined },
    ]);
  });

  it('keeps only the verified fields’ http(s) links, their entities decoded', () => {
    expect(verifiedLinks(ALICE.fields)).toEqual(['https://alice.example.org/about?a=1&b=2']);
    expect(verifiedLinks('nope')).toEqual([]);
    expect(verifiedLinks([{ value: 'https://plain.example', verified_at: '2024-01-01T00:00:00Z' }, null, { value: '<a href="ftp://x.example">x</a>', verified_at: '2024-01-01T00:00:00Z' }])).toEqual(['https://plain.example/']);
  });

  it('shows the name, the bio as text and the verified links', () => {
    expect(displayOf(ALICE)).toEqual({
      name: 'Alice Example',
      bio: "Writes about #typography & type's history. Second paragraph.",
      verifiedLinks: ['https://alice.example.org/about?a=1&b=2'],
      claims: [
        { kind: 'mastodon-verified', domain: 'alice.example.org', url: 'https://alice.example.org/about?a=1&b=2' },
        { kind: 'mastodon-field', domain: 'git.example.org', url: 'https://git.example.org/alice' },
      ],
    });
    expect(displayOf({ username: 'quiet', display_name: '', note: '', fields: [] })).toEqual({ name: 'quiet', bio: undefined });
  });

  it('maps counts, dates and the profile’s completeness; unknown stays unknown', () => {
    const recent = recentFromStatuses(parseStatuses(ALICE_POSTS), NOW, false, String(ALICE.created_at));
    expect(toSignals('alice@social.example', ALICE, recent, AT, ['u1', 'u2'])).toEqual({
      network: 'mastodon',
      handle: 'alice@social.example',
      observedAt: AT,
      createdAt: '2022-11-05T00:00:00.000Z',
      followers: 12345,
      following: 310,
      posts: 4200,
      hasAvatar: true,
      hasBio: true,
      hasUrl: true,
      recent,
      extra: { verifiedLinks: 1 },
      sources: [
        { kind: 'api', url: 'u1', at: AT },
        { kind: 'api', url: 'u2', at: AT },
      ],
    });
    const sparse = toSignals('x@social.example', { id: '1', username: 'x', followers_count: -1, statuses_count: '5' }, undefined, AT, []);
    expect(sparse).toMatchObject({ followers: undefined, following: undefined, posts: undefined, createdAt: undefined, hasAvatar: undefined, hasBio: undefined, hasUrl: undefined });
    expect(sparse.recent).toBeUndefined();
  });

  it('time-decays the recent posts over 90 days, or the span a full page reaches back', () => {
    const posts = parseStatuses(ALICE_POSTS);
    const all = recentFromStatuses(posts, NOW, false);
    expect(all.windowDays).toBe(90);
    expect(all.postsPerDay).toBeGreaterThan(0);
    expect(all.repostsReceivedPerDay).toBeGreaterThan(0);
    expect(all.quotesReceivedPerDay).toBeGreaterThan(0);
    // Forty posts that reach 20 days back are twenty days' worth.
    expect(recentFromStatuses(posts, NOW, true).windowDays).toBeCloseTo(20, 5);
    // A young account's posts are spread over its age, not 90 days.
    expect(recentFromStatuses(posts, NOW, false, '2025-02-08T12:00:00.000Z').windowDays).toBeCloseTo(30, 5);
  });

  it('finds the home server in a WebFinger answer', () => {
    const jrd = (links: Json[]) => ({ subject: 'acct:simon@example.com', links });
    expect(homeFromWebFinger(jrd([{ rel: 'self', type: 'application/activity+json', href: 'https://social.example.com/users/simon' }]))).toBe('social.example.com');
    expect(homeFromWebFinger(jrd([{ rel: 'http://webfinger.net/rel/profile-page', type: 'text/html', href: 'https://social.example.com/@simon' }]))).toBe('social.example.com');
    expect(homeFromWebFinger(jrd([{ rel: 'self', type: 'application/activity+json', href: 'http://insecure.example/users/simon' }]))).toBeUndefined();
    expect(homeFromWebFinger(jrd([]))).toBeUndefined();
    expect(() => homeFromWebFinger({ subject: 'acct:x@y.example' })).toThrow(SourceError);
  });
});

describe('mastodonSource.fetchProfiles', () => {
  it('looks the account up on its home instance, then its 40 latest own posts: 2 requests', async () => {
    const { fetch, calls } = instance();
    const outcome = await fetchAlice(fetch, 'Alice@Social.Example');
    expect(calls.map((c) => c.url)).toEqual([LOOKUP, STATUSES]);
    expect(calls[0].headers.get('accept')).toBe('application/json');
    expect(outcome).toMatchObject({
      ok: true,
      signals: { network: 'mastodon', handle: 'alice@social.example', followers: 12345, posts: 4200, observedAt: AT, extra: { verifiedLinks: 1 } },
      display: { name: 'Alice Example', verifiedLinks: ['https://alice.example.org/about?a=1&b=2'] },
    });
    expect(outcome.ok && outcome.signals.sources?.map((s) => s.url)).toEqual([LOOKUP, STATUSES]);
    expect(outcome.ok && outcome.signals.recent?.postsPerDay).toBeGreaterThan(0);
  });

  it('answers not-found for an unknown account, after asking WebFinger whether another server serves the domain', async () => {
    const { fetch, calls } = instance();
    const outcome = await fetchAlice(fetch, 'nobody@social.example');
    expect(outcome).toEqual({ ok: false, error: { kind: 'not-found', status: 404, message: 'No Mastodon account answers to @nobody@social.example.' } });
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/accounts/lookup', '/.well-known/webfinger']);
  });

  it('says where a moved account went, rather than score the old one its followers left (Mastodon’s `moved`)', async () => {
    for (const [acct, shown] of [['new@other.example', '@new@other.example'], ['alice2', '@alice2@social.example']]) {
      const { fetch } = instance({ accounts: { 'social.example/alice': { account: { ...ALICE, followers_count: 3, moved: { id: '9', username: acct.split('@')[0], acct } }, posts: ALICE_POSTS } } });
      expect(await fetchAlice(fetch, 'alice@social.example')).toEqual({ ok: false, error: { kind: 'withheld', message: `This account has moved to ${shown}.` } });
    }
  });

  it('says so where WebFinger knows the account at home on a server without Mastodon’s API (WordPress, Misskey, Flipboard): withheld, not missing', async () => {
    const { fetch } = instance({
      answer: (url) => {
        if (url.host !== 'blog.example') return undefined;
        if (url.pathname === '/.well-known/webfinger') return jsonResponse({ subject: 'acct:jane@blog.example', links: [{ rel: 'self', type: 'application/activity+json', href: 'https://blog.example/author/jane/' }] });
        return jsonResponse({ success: false, error: 'Not found' }, 404);
      },
    });
    expect(await fetchAlice(fetch, 'jane@blog.example')).toEqual({ ok: false, error: { kind: 'withheld', message: '@jane@blog.example is on a fediverse server without Mastodon’s API: its numbers cannot be read.' } });
  });

  it('follows a WebFinger delegation (user@example.com served by social.example): 3 requests, then 2 once known', async () => {
    const { fetch, calls } = instance({
      accounts: { 'social.example/alice': { account: ALICE, posts: ALICE_POSTS } },
      answer: (url) => {
        if (url.host !== 'example.com') return undefined;
        if (url.pathname === '/.well-known/webfinger') {
          expect(url.searchParams.get('resource')).toBe('acct:alice@example.com');
          return jsonResponse({ subject: 'acct:alice@example.com', links: [{ rel: 'self', type: 'application/activity+json', href: 'https://social.example/users/alice' }] });
        }
        return new Response('<html>My homepage</html>', { status: 404, headers: { 'content-type': 'text/html' } });
      },
    });
    const first = await fetchAlice(fetch, 'alice@example.com');
    expect(calls.map((c) => c.url)).toEqual([
      'https://example.com/api/v1/accounts/lookup?acct=alice',
      'https://example.com/.well-known/webfinger?resource=acct%3Aalice%40example.com',
      LOOKUP,
    ]);
    // Named as its handle says; its posts wait for the next fetch, within the 3 requests.
    expect(first).toMatchObject({ ok: true, signals: { handle: 'alice@example.com', followers: 12345 } });
    expect(first.ok && first.signals.recent).toBeUndefined();
    calls.length = 0;
    const again = await fetchAlice(fetch, 'alice@example.com');
    expect(calls.map((c) => c.url)).toEqual([LOOKUP, STATUSES]);
    expect(again.ok && again.signals.recent?.postsPerDay).toBeGreaterThan(0);
  });

  it('says a server that refuses logged-out visitors (401 "requires an authenticated user") does not share profiles', async () => {
    const { fetch, calls } = instance({ answer: () => jsonResponse(UNAUTHENTICATED, 401) });
    expect(await fetchAlice(fetch)).toEqual({ ok: false, error: { kind: 'withheld', status: 401, message: WITHHELD_MESSAGE } });
    expect(WITHHELD_MESSAGE).toBe('This server does not share profiles without signing in.');
    expect(calls).toHaveLength(1);
    const forbidden = instance({ answer: () => jsonResponse({ error: 'This action is not allowed' }, 403) });
    expect(await fetchAlice(forbidden.fetch)).toMatchObject({ ok: false, error: { kind: 'withheld', status: 403 } });
  });

  it('keeps the account when only its posts are kept from logged-out visitors', async () => {
    const { fetch } = instance({ answer: (url) => (url.pathname.endsWith('/statuses') ? jsonResponse(UNAUTHENTICATED, 401) : undefined) });
    const outcome = await fetchAlice(fetch);
    expect(outcome).toMatchObject({ ok: true, signals: { followers: 12345 } });
    expect(outcome.ok && outcome.signals.recent).toBeUndefined();
  });

  it('is rate-limited until the time the instance names (X-RateLimit-Reset, ISO 8601), for the account or its posts', async () => {
    const reset = '2025-03-10T12:05:00.000Z';
    const limited = () => jsonResponse({ error: 'Too many requests' }, 429, { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
    for (const onPosts of [false, true]) {
      const { fetch } = instance({ answer: (url) => (url.pathname.endsWith('/statuses') === onPosts ? limited() : undefined) });
      expect(await fetchAlice(fetch)).toEqual({ ok: false, error: { kind: 'rate-limited', status: 429, retryAt: Date.parse(reset), message: 'The rate limit of social.example is reached.' } });
    }
  });

  it('turns malformed JSON and answers of the wrong shape into bad-response errors', async () => {
    const malformed = instance({ answer: () => new Response('{"id": "1", "username": ', { status: 200 }) });
    expect(await fetchAlice(malformed.fetch)).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const wrongShape = instance({ answer: (url) => (url.pathname === '/api/v1/accounts/lookup' ? jsonResponse({ accounts: [] }) : undefined) });
    expect(await fetchAlice(wrongShape.fetch)).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const otherAccount = instance({ answer: (url) => (url.pathname === '/api/v1/accounts/lookup' ? jsonResponse({ ...ALICE, username: 'mallory' }) : undefined) });
    expect(await fetchAlice(otherAccount.fetch)).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    // Unreadable posts leave the recent activity unknown, never zero.
    const badPosts = instance({ answer: (url) => (url.pathname.endsWith('/statuses') ? jsonResponse({ nope: true }) : undefined) });
    const outcome = await fetchAlice(badPosts.fetch);
    expect(outcome.ok && outcome.signals.recent).toBeUndefined();
  });

  it('answers unavailable for a suspended account, without asking for its posts', async () => {
    const { fetch, calls } = instance({ accounts: { 'social.example/alice': { account: { ...ALICE, suspended: true } } } });
    expect(await fetchAlice(fetch)).toEqual({ ok: false, error: { kind: 'withheld', message: SUSPENDED_MESSAGE } });
    expect(calls).toHaveLength(1);
  });

  it('answers a network failure as such, and never rejects', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchAlice(fetch)).toMatchObject({ ok: false, error: { kind: 'network' } });
    const outcomes = await mastodonSource.fetchProfiles(['not a handle'], contextWith(fetch, NOW));
    expect(outcomes.get('not a handle')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe.skipIf(!hasSharedFixtures)('Mastodon, docs and test-instance responses (needs ../shared/fixtures beside the checkout)', () => {
  const gargron = () => readSharedJson<Json>('mastodon/docs-example-account-gargron-mastodon-social.json');

  it('maps the docs’ Gargron account: counts, dates, avatar, bio and the one verified link', () => {
    const signals = toSignals('gargron@mastodon.social', gargron(), undefined, AT, []);
    expect(signals).toMatchObject({
      followers: 318699,
      following: 453,
      posts: 61013,
      createdAt: '2016-03-16T14:34:26.392Z',
      hasAvatar: true,
      hasBio: true,
      hasUrl: true,
      extra: { verifiedLinks: 1 },
    });
    // Patreon's field links back without verification; the homepage's was verified in 2019.
    expect(displayOf(gargron())).toEqual({
      name: 'Eugen',
      bio: 'Developer of Mastodon and administrator of mastodon.social. I post service announcements, development updates, and personal stuff.',
      verifiedLinks: ['https://zeonfederated.com/'],
      // Patreon is a platform: a link to it names no domain of Eugen's.
      claims: [{ kind: 'mastodon-verified', domain: 'zeonfederated.com', url: 'https://zeonfederated.com' }],
    });
  });

  it('serves the docs’ account and status through a lookup, as mastodon.social would', async () => {
    const status = readSharedJson<Json>('mastodon/docs-example-status-gargron-mastodon-social.json');
    const { fetch, calls } = fakeFetch((url) => {
      if (url.pathname === '/api/v1/accounts/lookup') return jsonResponse(gargron());
      if (url.pathname === '/api/v1/accounts/1/statuses') return jsonResponse([status]);
      return jsonResponse(NOT_FOUND, 404);
    });
    const now = Date.parse('2019-12-10T03:48:33.901Z'); // two days after the status
    const outcome = (await mastodonSource.fetchProfiles(['Gargron@mastodon.social'], contextWith(fetch, now))).get('Gargron@mastodon.social')!;
    expect(calls.map((c) => c.url)).toEqual([
      'https://mastodon.social/api/v1/accounts/lookup?acct=gargron',
      'https://mastodon.social/api/v1/accounts/1/statuses?limit=40&exclude_reblogs=true',
    ]);
    expect(parseStatuses([status])).toEqual([{ at: '2019-12-08T03:48:33.901Z', reposts: 6, replies: 5, likes: 11, quotes: 2 }]);
    expect(outcome).toMatchObject({ ok: true, signals: { handle: 'gargron@mastodon.social', followers: 318699 } });
    const recent = outcome.ok ? outcome.signals.recent! : undefined;
    // One post two days old, over 90 days (one page, not full): every reaction rate in proportion to its count.
    expect(recent?.windowDays).toBe(90);
    expect(recent?.likesReceivedPerDay! / recent?.repostsReceivedPerDay!).toBeCloseTo(11 / 6, 2);
    expect(recent?.quotesReceivedPerDay! / recent?.repliesReceivedPerDay!).toBeCloseTo(2 / 5, 2);
  });

  it('answers unavailable for the docs’ suspended account', async () => {
    const suspended = readSharedJson<Json>('mastodon/docs-example-account-suspended.json');
    expect(parseAccount(suspended).suspended).toBe(true);
    const { fetch } = fakeFetch(() => jsonResponse({ ...suspended, acct: 'stigatle' }));
    const outcome = (await mastodonSource.fetchProfiles(['stigatle@quitter.no'], contextWith(fetch, NOW))).get('stigatle@quitter.no');
    expect(outcome).toEqual({ ok: false, error: { kind: 'withheld', message: SUSPENDED_MESSAGE } });
    // Its default picture is no avatar; its empty note no bio.
    expect(toSignals('stigatle@quitter.no', suspended, undefined, AT, [])).toMatchObject({ hasAvatar: false, hasBio: false, hasUrl: false, extra: { verifiedLinks: 0 } });
  });

  it('reads the docs’ WebFinger answer for gargron@mastodon.social', () => {
    expect(homeFromWebFinger(readSharedJson('mastodon/docs-example-webfinger-gargron.json'))).toBe('mastodon.social');
  });

  it('maps the test instance’s lookup (Mastodon 4.5 fields): missing.png is no avatar, an empty note no bio', () => {
    const account = readSharedJson<Json>('mastodon/test-instance-accounts-lookup.json');
    expect(toSignals('mastodonpy_test@localhost.example', account, undefined, AT, [])).toMatchObject({
      followers: 0,
      following: 0,
      posts: 0,
      hasAvatar: false,
      hasBio: false,
      hasUrl: false,
      createdAt: '2026-08-01T00:00:00.000Z',
    });
    expect(displayOf(account)).toEqual({ name: 'mastodonpy_test', bio: undefined });
  });

  it('answers not-found for the test instance’s 404 body', async () => {
    const body = readSharedJson<Json>('mastodon/test-instance-accounts-lookup-404.json');
    expect(body).toEqual(NOT_FOUND);
    const { fetch } = fakeFetch(() => jsonResponse(body, 404));
    expect(await fetchAlice(fetch, 'nobody@mastodon.social')).toMatchObject({ ok: false, error: { kind: 'not-found', status: 404 } });
  });

  it('reads the test instance’s statuses, and sets no limit from its headers (299 of 300 left, ISO reset)', () => {
    const statuses = readSharedJson<Json[]>('mastodon/test-instance-account-statuses.json');
    const { status, response_headers } = readSharedJson<{ status: number; response_headers: Record<string, string> }>('mastodon/test-instance-account-statuses.headers.json');
    const posts = parseStatuses(statuses);
    expect(posts).toHaveLength(statuses.length);
    expect(posts.every((p) => p.reposts === 0 && p.likes === 0 && p.replies === 0 && p.quotes === 0)).toBe(true);
    const headers = new Headers(response_headers);
    expect(headers.get('x-ratelimit-limit')).toBe('300');
    expect(rateLimitRetryAt({ status, headers }, Date.parse('2026-08-01T13:52:40Z'))).toBeUndefined();
    headers.set('x-ratelimit-remaining', '0');
    expect(rateLimitRetryAt({ status: 429, headers }, Date.parse('2026-08-01T13:52:40Z'))).toBe(Date.parse('2026-08-01T13:55:00.212Z'));
  });
});

describe('fieldClaims', () => {
  const link = (url: string) => `<a href="${url}" target="_blank" rel="nofollow noopener me" translate="no"><span class="invisible">https://</span><span class="">${url.replace('https://', '')}</span></a>`;
  const VERIFIED = '2024-05-06T07:08:09.000+00:00';

  it('reads each field as a claim: verified by the instance (rel="me" back) or not', () => {
    expect(
      fieldClaims([
        { name: 'GitHub', value: link('https://github.com/Octo'), verified_at: VERIFIED },
        { name: 'Bluesky', value: link('https://bsky.app/profile/octo.dev'), verified_at: null },
        { name: 'Web', value: link('https://octo.dev/'), verified_at: VERIFIED },
        { name: 'Also', value: '<span class="h-card"><a href="https://fosstodon.org/@octo" class="u-url mention">@<span>octo</span></a></span>', verified_at: null },
      ]),
    ).toEqual([
      { kind: 'mastodon-verified', ref: { network: 'github', handle: 'octo' }, url: 'https://github.com/Octo' },
      { kind: 'mastodon-field', ref: { network: 'bluesky', handle: 'octo.dev' }, url: 'https://bsky.app/profile/octo.dev' },
      { kind: 'mastodon-verified', domain: 'octo.dev', url: 'https://octo.dev/' },
      { kind: 'mastodon-field', ref: { network: 'mastodon', handle: 'octo@fosstodon.org' }, url: 'https://fosstodon.org/@octo' },
    ]);
  });

  it('reads plain text only when it names a profile or is a URL with its scheme', () => {
    expect(
      fieldClaims([
        { name: 'X', value: 'x.com/octo', verified_at: null },
        { name: 'Fedi', value: '@octo@hachyderm.io', verified_at: null },
        { name: 'Pronouns', value: 'she/her' },
        { name: 'Mail', value: 'octo@example.org' },
        { name: 'Job', value: 'acme.example' },
        { name: 'Site', value: 'https://octo.example' },
        { name: 'Trap', value: '<a href="javascript:alert(1)">x</a>', verified_at: VERIFIED },
        null,
        { name: 'No value' },
      ]),
    ).toEqual([
      { kind: 'mastodon-field', ref: { network: 'x', handle: 'octo' }, url: 'x.com/octo' },
      { kind: 'mastodon-field', ref: { network: 'mastodon', handle: 'octo@hachyderm.io' }, url: '@octo@hachyderm.io' },
      { kind: 'mastodon-field', domain: 'octo.example', url: 'https://octo.example' },
    ]);
    expect(fieldClaims('nope')).toEqual([]);
  });

  it('puts them in the display the lookup returns, and none when the fields name nothing', () => {
    expect(displayOf({ username: 'octo', fields: [{ name: 'GitHub', value: link('https://github.com/octo'), verified_at: VERIFIED }] }).claims).toEqual([
      { kind: 'mastodon-verified', ref: { network: 'github', handle: 'octo' }, url: 'https://github.com/octo' },
    ]);
    expect(displayOf({ username: 'octo', fields: [{ name: 'Pronouns', value: 'they/them' }] })).not.toHaveProperty('claims');
  });
});

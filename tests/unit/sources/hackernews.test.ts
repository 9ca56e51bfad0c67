import { describe, expect, it } from 'vitest';
import { ALGOLIA_API, FIREBASE_API, hackernewsSource, parseRecentItems, parseUser, recentActivity, toSignals } from '../../../src/sources/hackernews';
import { SourceError } from '../../../src/sources/types';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';
import { apiFixture, contextWith, fakeFetch, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const AT = '2025-01-10T12:00:00.000Z';
const DAY = 86_400_000;
const USER = apiFixture<Record<string, unknown>>('hackernews-user-alice.json');
const SEARCH = apiFixture<{ hits: Record<string, unknown>[]; nbHits: number }>('hackernews-search-alice.json');
const USER_URL = `${FIREBASE_API}/user/alice.json`;
const SEARCH_URL = `${ALGOLIA_API}/search_by_date?tags=author_alice&hitsPerPage=50`;

/** Firebase answers `null` for users it does not know (with a 200), Algolia answers from the fixture. */
function hnApi(overrides: { user?: () => Response; search?: () => Response } = {}) {
  return fakeFetch((url) => {
    if (url.host === 'hacker-news.firebaseio.com') {
      if (url.pathname === '/v0/user/alice.json') return overrides.user?.() ?? jsonResponse(USER);
      return jsonResponse(null);
    }
    if (url.host === 'hn.algolia.com' && url.pathname === '/api/v1/search_by_date') return overrides.search?.() ?? jsonResponse(SEARCH);
    return jsonResponse({ message: 'Not Found' }, 404);
  });
}

function badResponseFrom(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).error.kind).toBe('bad-response');
    return (error as SourceError).message;
  }
  throw new Error('expected a bad-response SourceError');
}

/** The decayed daily rate, computed here by hand: Σ count·½^(age/14) over ∫₀^window ½^(t/14) dt. */
function byHand(items: [ageDays: number, count: number][], windowDays: number): number {
  const exposure = (14 / Math.LN2) * (1 - 0.5 ** (windowDays / 14));
  return Math.round((items.reduce((sum, [age, count]) => sum + count * 0.5 ** (age / 14), 0) / exposure) * 1000) / 1000;
}

describe('parseUser', () => {
  it('keeps karma, created, the about text and how many items were ever submitted', () => {
    expect(parseUser(USER, 'alice')).toEqual({
      id: 'alice',
      created: 1420200000,
      karma: 4321,
      about: 'Writes parsers. See example.com & more',
      submitted: 7,
      display: { name: undefined, bio: 'Writes parsers. See example.com & more' },
    });
  });

  it('is null for the `null` Firebase sends for a user that does not exist', () => {
    expect(parseUser(null, 'nobody')).toBeNull();
  });

  it('leaves out what is missing instead of guessing', () => {
    const user = parseUser({ id: 'quiet', created: 1, karma: 0 }, 'quiet')!;
    expect(user.submitted).toBeUndefined();
    expect(user.about).toBe('');
    expect(user.display).toEqual({ name: undefined, bio: undefined });
  });

  it('rejects users without id, created or karma, or another user than asked for', () => {
    badResponseFrom(() => parseUser([USER], 'alice'));
    badResponseFrom(() => parseUser({ ...USER, karma: '4321' }, 'alice'));
    badResponseFrom(() => parseUser({ ...USER, created: undefined }, 'alice'));
    badResponseFrom(() => parseUser({ ...USER, id: 'Alice' }, 'alice')); // names are case-sensitive
    badResponseFrom(() => parseUser('alice', 'alice'));
  });
});

describe('parseRecentItems and recentActivity', () => {
  it("reads a story's points (less the submitter's own) and comments, a comment's replies; skips poll options and other authors", () => {
    const { items, truncated } = parseRecentItems(SEARCH, 'alice');
    expect(truncated).toBe(false);
    const second = 1000;
    expect(items).toEqual([
      { at: NOW - 1 * DAY, likes: 120, replies: 40 },
      { at: NOW - 2 * DAY, replies: 2 },
      { at: NOW - 10 * DAY, replies: 0 },
      { at: NOW - 30 * DAY, likes: 0, replies: 0 },
      { at: NOW - 200 * DAY, likes: 499, replies: 300 },
    ]);
    expect(items.every((item) => Number(item.at) % second === 0)).toBe(true);
  });

  it('turns them into time-decayed daily rates over 90 days (the 200-day-old story left out)', () => {
    const recent = recentActivity(parseRecentItems(SEARCH, 'alice'), NOW);
    expect(recent).toEqual({
      windowDays: 90,
      postsPerDay: byHand([[1, 1], [2, 1], [10, 1], [30, 1]], 90),
      likesReceivedPerDay: byHand([[1, 120], [30, 0]], 90),
      repliesReceivedPerDay: byHand([[1, 40], [2, 2], [10, 0], [30, 0]], 90),
    });
    expect(recent.likesReceivedPerDay).toBeGreaterThan(0.4);
  });

  it('rates a cut list over the days it reaches back, not over 90', () => {
    const hits = Array.from({ length: 50 }, (_, i) => ({ author: 'busy', created_at_i: (NOW - (i / 10) * DAY) / 1000, _tags: ['comment'], children: [] }));
    const recent = recentActivity(parseRecentItems({ hits, nbHits: 4000 }, 'busy'), NOW);
    expect(recent.windowDays).toBeCloseTo(4.9, 5);
    expect(recent.postsPerDay).toBeGreaterThan(9);
    expect(recent.likesReceivedPerDay).toBeUndefined(); // comments show no points: unknown, not zero
  });

  it('rejects an answer without hits, and hits without a creation time', () => {
    badResponseFrom(() => parseRecentItems({ items: [] }, 'alice'));
    badResponseFrom(() => parseRecentItems({ hits: [{ author: 'alice', created_at_i: '1' }] }, 'alice'));
    badResponseFrom(() => parseRecentItems({ hits: ['story'] }, 'alice'));
  });
});

describe('toSignals', () => {
  it('maps karma, age, bio, lifetime items and recent rates with their API sources', () => {
    const recent = { windowDays: 90, postsPerDay: 0 };
    expect(toSignals('alice', parseUser(USER, 'alice')!, recent, AT, [USER_URL, SEARCH_URL])).toEqual({
      network: 'hackernews',
      handle: 'alice',
      observedAt: AT,
      createdAt: '2015-01-02T12:00:00.000Z',
      posts: 7,
      hasBio: true,
      recent,
      extra: { karma: 4321 },
      sources: [
        { kind: 'api', url: USER_URL, at: AT },
        { kind: 'api', url: SEARCH_URL, at: AT },
      ],
    });
  });
});

describe('hackernewsSource.fetchProfiles', () => {
  it('asks Firebase for the user, then Algolia for the latest items: two requests', async () => {
    const { fetch, calls } = hnApi();
    const outcome = (await hackernewsSource.fetchProfiles(['alice'], contextWith(fetch, NOW))).get('alice');
    expect(calls.map((call) => call.url)).toEqual([USER_URL, SEARCH_URL]);
    expect(outcome).toMatchObject({
      ok: true,
      signals: { network: 'hackernews', handle: 'alice', extra: { karma: 4321 }, hasBio: true, observedAt: AT, recent: { windowDays: 90 } },
      display: { bio: 'Writes parsers. See example.com & more' },
    });
    expect(outcome?.ok && outcome.signals.sources?.map((s) => s.url)).toEqual([USER_URL, SEARCH_URL]);
  });

  it('answers not-found for the `null` of a user that does not exist, with one request', async () => {
    const { fetch, calls } = hnApi();
    const outcomes = await hackernewsSource.fetchProfiles(['ghost_user'], contextWith(fetch, NOW));
    expect(calls).toHaveLength(1);
    expect(outcomes.get('ghost_user')).toEqual({ ok: false, error: { kind: 'not-found', message: 'Hacker News user ghost_user does not exist.' } });
  });

  it('asks Algolia nothing for a user who never submitted anything: no activity, known', async () => {
    const { fetch, calls } = hnApi({ user: () => jsonResponse({ id: 'alice', created: 1420200000, karma: 1 }) });
    const outcome = (await hackernewsSource.fetchProfiles(['alice'], contextWith(fetch, NOW))).get('alice');
    expect(calls).toHaveLength(1);
    expect(outcome).toMatchObject({ ok: true, signals: { recent: { windowDays: 90, postsPerDay: 0 }, hasBio: false } });
    expect(outcome?.ok && outcome.signals.recent?.likesReceivedPerDay).toBeUndefined();
  });

  it('answers rate-limited, not half a profile, when Algolia refuses', async () => {
    const { fetch, calls } = hnApi({ search: () => jsonResponse({ message: 'slow down' }, 429, { 'retry-after': '120' }) });
    const outcome = (await hackernewsSource.fetchProfiles(['alice'], contextWith(fetch, NOW))).get('alice');
    expect(calls).toHaveLength(2);
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'rate-limited', status: 429, retryAt: NOW + 120_000, message: 'The rate limit of hn.algolia.com is reached.' },
    });
  });

  it('answers bad-response for malformed JSON and wrong shapes, and an error for a failing server', async () => {
    const malformed = hnApi({ user: () => new Response('{"id":"alice",', { status: 200 }) });
    expect((await hackernewsSource.fetchProfiles(['alice'], contextWith(malformed.fetch, NOW))).get('alice')).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const wrongShape = hnApi({ search: () => jsonResponse({ hits: 'none' }) });
    expect((await hackernewsSource.fetchProfiles(['alice'], contextWith(wrongShape.fetch, NOW))).get('alice')).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const failing = hnApi({ user: () => jsonResponse({ error: 'boom' }, 503) });
    expect((await hackernewsSource.fetchProfiles(['alice'], contextWith(failing.fetch, NOW))).get('alice')).toMatchObject({ ok: false, error: { kind: 'http', status: 503 } });
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await hackernewsSource.fetchProfiles(['alice'], contextWith(offline.fetch, NOW))).get('alice')).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('asks nothing for a name HN cannot have, and answers every handle it is given', async () => {
    const { fetch, calls } = hnApi();
    const outcomes = await hackernewsSource.fetchProfiles(['alice', 'no.dots', 'ghost_user'], contextWith(fetch, NOW));
    expect([...outcomes.keys()].sort()).toEqual(['alice', 'ghost_user', 'no.dots']);
    expect(outcomes.get('no.dots')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(calls.some((call) => call.url.includes('no.dots'))).toBe(false);
  });

  it('paces both hosts: Algolia by its published 10,000 an hour, Firebase (no published limit) at ten a second', () => {
    expect(hackernewsSource.hostFor('alice')).toBe('hacker-news.firebaseio.com');
    expect(['hacker-news.firebaseio.com', 'hn.algolia.com', 'example.com'].map(hackernewsSource.servesHost)).toEqual([true, true, false]);
    expect(hackernewsSource.rateLimit('hn.algolia.com', {})).toEqual({ requests: 10_000, periodMs: 3_600_000, source: 'https://hn.algolia.com/api' });
    expect(hackernewsSource.rateLimit('hacker-news.firebaseio.com', {})).toMatchObject({ requests: 600, periodMs: 60_000, source: 'https://github.com/HackerNews/API' });
    expect(hackernewsSource.batchSize).toBe(1);
  });
});

describe.skipIf(!hasSharedFixtures)('Hacker News, the API README examples (needs ../shared/fixtures)', () => {
  it('parses user jl: karma 2937, created 2007-03-15, about "This is a test", 256 items', () => {
    const jl = readSharedJson<Record<string, unknown>>('hackernews/readme-example-user-jl.json');
    const user = parseUser(jl, 'jl')!;
    expect(user).toMatchObject({ id: 'jl', karma: 2937, created: 1173923446, about: 'This is a test', submitted: (jl.submitted as unknown[]).length });
    expect(user.submitted).toBe(256);
    expect(toSignals('jl', user, {}, AT, []).createdAt).toBe('2007-03-15T01:50:46.000Z');
  });

  it('fetches jl from the recorded user: karma, age and bio', async () => {
    const jl = readSharedJson('hackernews/readme-example-user-jl.json');
    const { fetch, calls } = fakeFetch((url) => (url.host === 'hn.algolia.com' ? jsonResponse({ hits: [], nbHits: 0 }) : jsonResponse(jl)));
    const outcome = (await hackernewsSource.fetchProfiles(['jl'], contextWith(fetch, NOW))).get('jl');
    expect(calls.map((call) => new URL(call.url).host)).toEqual(['hacker-news.firebaseio.com', 'hn.algolia.com']);
    expect(outcome).toMatchObject({ ok: true, signals: { extra: { karma: 2937 }, hasBio: true, posts: 256, createdAt: '2007-03-15T01:50:46.000Z', recent: { windowDays: 90, postsPerDay: 0 } } });
  });

  it('takes a recorded story or comment item, sent where a user belongs, for a bad response', () => {
    badResponseFrom(() => parseUser(readSharedJson('hackernews/readme-example-item-story-8863.json'), 'dhouston'));
    badResponseFrom(() => parseUser(readSharedJson('hackernews/readme-example-item-comment-2921983.json'), 'norvig'));
  });
});

import { describe, expect, it } from 'vitest';
import {
  ARTICLES_PER_PAGE,
  articlesUrl,
  devtoSource,
  parseArticles,
  parseJoinedAt,
  parseUser,
  recentFromArticles,
  toSignals,
  userUrl,
} from '../../../src/sources/devto';
import { SourceError } from '../../../src/sources/types';
import { score } from '../../../src/score/engine';
import { apiFixture, contextWith, fakeFetch, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 4, 10, 12, 0, 0);
const AT = '2025-05-10T12:00:00.000Z';
const DAY = 86_400_000;
const USER = apiFixture<Record<string, unknown>>('devto-user-ada_dev.json');
const ARTICLES = apiFixture<Record<string, unknown>[]>('devto-articles-ada_dev.json');
const USER_URL = 'https://dev.to/api/users/by_username?url=ada_dev';
const ARTICLES_URL = 'https://dev.to/api/articles?username=ada_dev&per_page=30';

/** Answers /api/users/by_username and /api/articles from the small fixtures; anything else 404. */
function forem(overrides: { user?: () => Response; articles?: () => Response } = {}) {
  return fakeFetch((url) => {
    if (url.pathname === '/api/users/by_username' && url.searchParams.get('url') === 'ada_dev') return overrides.user?.() ?? jsonResponse(USER);
    if (url.pathname === '/api/articles' && url.searchParams.get('username') === 'ada_dev') return overrides.articles?.() ?? jsonResponse(ARTICLES);
    return jsonResponse({ error: 'not found', status: 404 }, 404);
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

describe('parseJoinedAt', () => {
  it('reads Forem’s "%b %e, %Y" as that day in UTC, and ISO times as they are', () => {
    expect(parseJoinedAt('Dec 27, 2015')).toBe('2015-12-27T00:00:00.000Z');
    expect(parseJoinedAt('Jan  4, 2017')).toBe('2017-01-04T00:00:00.000Z');
    expect(parseJoinedAt('2019-03-08T10:11:12Z')).toBe('2019-03-08T10:11:12.000Z');
  });
  it('is undefined for what is no date, never a guess', () => {
    for (const bad of [undefined, null, 0, '', 'yesterday', 'Foo 3, 2020', 'Feb 30, 2021', 'Dec 27 2015']) expect(parseJoinedAt(bad)).toBeUndefined();
  });
});

describe('parseUser', () => {
  it('keeps the join date, which profile fields are filled in, and the name and bio for display', () => {
    expect(parseUser(USER)).toEqual({
      username: 'ada_dev',
      createdAt: '2015-12-27T00:00:00.000Z',
      hasBio: true,
      hasUrl: true,
      hasLocation: true,
      display: { name: 'Ada Lovelace', bio: 'Poet of numbers.' },
    });
  });
  it('leaves out what is missing: empty fields are not filled in, an unreadable date is unknown', () => {
    const user = parseUser({ type_of: 'user', username: 'x', summary: '', location: null, joined_at: 'soon' });
    expect(user).toMatchObject({ createdAt: undefined, hasBio: false, hasUrl: false, hasLocation: false, display: { name: undefined, bio: undefined } });
  });
  it('rejects what is not a user', () => {
    badResponseFrom(() => parseUser(null));
    badResponseFrom(() => parseUser([USER]));
    badResponseFrom(() => parseUser({ ...USER, username: '' }));
    badResponseFrom(() => parseUser({ ...USER, type_of: 'organization' }));
    badResponseFrom(() => parseUser({ error: 'not found', status: 404 }));
  });
});

describe('parseArticles', () => {
  it('reads each article’s publication time, reactions and comments', () => {
    const { posts, full } = parseArticles(ARTICLES);
    expect(full).toBe(false);
    expect(posts).toEqual([
      { at: '2025-05-01T10:00:00Z', likes: 12, replies: 3 },
      { at: '2025-04-10T10:00:00Z', likes: 5, replies: 0 },
      { at: '2017-01-04T09:00:00Z', likes: 300, replies: 40 },
    ]);
  });
  it('falls back to published_at and positive_reactions_count; unknown counts stay unknown', () => {
    const { posts } = parseArticles([{ published_at: '2025-05-01T10:00:00Z', positive_reactions_count: 7 }]);
    expect(posts).toEqual([{ at: '2025-05-01T10:00:00Z', likes: 7, replies: undefined }]);
  });
  it('says a full page may leave older articles out', () => {
    const page = Array.from({ length: ARTICLES_PER_PAGE }, () => ARTICLES[0]);
    expect(parseArticles(page).full).toBe(true);
  });
  it('rejects what is not a list of dated articles', () => {
    badResponseFrom(() => parseArticles({ articles: ARTICLES }));
    badResponseFrom(() => parseArticles(['an article']));
    badResponseFrom(() => parseArticles([{ title: 'no date', comments_count: 1 }]));
    badResponseFrom(() => parseArticles([{ published_timestamp: 'last week' }]));
  });
});

describe('recent activity from articles', () => {
  it('counts the last 90 days only, reactions as likes and comments as replies, decayed', () => {
    const recent = recentFromArticles(parseArticles(ARTICLES), NOW);
    expect(recent.windowDays).toBe(90);
    // Two articles in the window (9 and 30 days old); the 2017 one is outside it.
    expect(recent.postsPerDay).toBeGreaterThan(0);
    expect(recent.postsPerDay).toBeLessThan(2 / 14);
    expect(recent.likesReceivedPerDay).toBeGreaterThan(recent.repliesReceivedPerDay!);
    const withoutOld = recentFromArticles(parseArticles(ARTICLES.slice(0, 2)), NOW);
    expect(withoutOld).toEqual(recent);
  });
  it('measures a full page over the span it reaches back', () => {
    const page = Array.from({ length: ARTICLES_PER_PAGE }, (_, i) => ({ published_timestamp: new Date(NOW - i * DAY).toISOString(), public_reactions_count: 10, comments_count: 1 }));
    expect(recentFromArticles(parseArticles(page), NOW).windowDays).toBeCloseTo(29, 5);
  });
  it('an account without recent articles posts nothing a day, and nothing is said of reactions', () => {
    expect(recentFromArticles(parseArticles([]), NOW)).toEqual({ windowDays: 90, postsPerDay: 0 });
  });
});

describe('toSignals', () => {
  it('maps user and articles to ProfileSignals: no followers (the API does not say), every article counted when the page was not full', () => {
    const signals = toSignals('ada_dev', parseUser(USER), parseArticles(ARTICLES), NOW, [USER_URL, ARTICLES_URL]);
    expect(signals).toMatchObject({
      network: 'devto',
      handle: 'ada_dev',
      observedAt: AT,
      createdAt: '2015-12-27T00:00:00.000Z',
      posts: 3,
      hasBio: true,
      hasUrl: true,
      hasLocation: true,
      sources: [
        { kind: 'api', url: USER_URL, at: AT },
        { kind: 'api', url: ARTICLES_URL, at: AT },
      ],
    });
    expect(signals.followers).toBeUndefined();
    expect(signals.extra).toBeUndefined();
    expect(Object.keys(signals.recent!).sort()).toEqual(['likesReceivedPerDay', 'postsPerDay', 'repliesReceivedPerDay', 'windowDays']);
  });
  it('leaves posts unknown when the page was full', () => {
    const page = Array.from({ length: ARTICLES_PER_PAGE }, () => ARTICLES[0]);
    expect(toSignals('ada_dev', parseUser(USER), parseArticles(page), NOW, []).posts).toBeUndefined();
  });
  it('scores: an active writer above one who has written nothing', () => {
    const active = score(toSignals('ada_dev', parseUser(USER), parseArticles(ARTICLES), NOW, []));
    const silent = score(toSignals('ada_dev', parseUser(USER), parseArticles([]), NOW, []));
    expect(active.score).toBeGreaterThan(silent.score);
    expect(active.pillars.amplification.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['likesReceivedPerDay', 'repliesReceivedPerDay']));
  });
});

describe('devtoSource.fetchProfiles', () => {
  it('asks for the user, then their articles (two requests, API version 1), and maps both', async () => {
    const { fetch, calls } = forem();
    const outcome = (await devtoSource.fetchProfiles(['ada_dev'], contextWith(fetch, NOW))).get('ada_dev');
    expect(calls.map((call) => call.url)).toEqual([USER_URL, ARTICLES_URL]);
    expect(calls.map((call) => call.headers.get('accept'))).toEqual(['application/vnd.forem.api-v1+json', 'application/vnd.forem.api-v1+json']);
    expect(userUrl('ada_dev')).toBe(USER_URL);
    expect(articlesUrl('ada_dev')).toBe(ARTICLES_URL);
    expect(outcome).toMatchObject({ ok: true, signals: { handle: 'ada_dev', posts: 3, observedAt: AT }, display: { name: 'Ada Lovelace' } });
  });

  it('answers not-found for a username DEV does not know (an organisation, say), without asking for articles', async () => {
    const { fetch, calls } = forem();
    const outcome = (await devtoSource.fetchProfiles(['devteam'], contextWith(fetch, NOW))).get('devteam');
    expect(calls).toHaveLength(1);
    expect(outcome).toEqual({ ok: false, error: { kind: 'not-found', status: 404, message: 'DEV user devteam does not exist.' } });
  });

  it('answers rate-limited with Retry-After on a 429 (Forem’s throttle)', async () => {
    const { fetch } = forem({ articles: () => jsonResponse({ error: 'Retry later' }, 429, { 'retry-after': '1' }) });
    const outcome = (await devtoSource.fetchProfiles(['ada_dev'], contextWith(fetch, NOW))).get('ada_dev');
    expect(outcome).toEqual({ ok: false, error: { kind: 'rate-limited', status: 429, retryAt: NOW + 1000, message: 'The rate limit of dev.to is reached.' } });
  });

  it('answers bad-response, not half a profile, for malformed JSON or the wrong shape', async () => {
    for (const overrides of [
      { user: () => new Response('{"username":', { status: 200 }) },
      { user: () => jsonResponse([USER]) },
      { articles: () => jsonResponse({ error: 'oops' }) },
      { articles: () => new Response('<html>', { status: 200 }) },
    ]) {
      const { fetch } = forem(overrides);
      const outcome = (await devtoSource.fetchProfiles(['ada_dev'], contextWith(fetch, NOW))).get('ada_dev');
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    }
  });

  it('answers http for a server error and network when there is no answer', async () => {
    const server = forem({ user: () => jsonResponse({}, 500) });
    expect((await devtoSource.fetchProfiles(['ada_dev'], contextWith(server.fetch, NOW))).get('ada_dev')).toMatchObject({ ok: false, error: { kind: 'http', status: 500 } });
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await devtoSource.fetchProfiles(['ada_dev'], contextWith(offline.fetch, NOW))).get('ada_dev')).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('publishes its limit with where it is stated, and serves only dev.to', () => {
    expect(devtoSource.rateLimit('dev.to', {})).toEqual({ requests: 3, periodMs: 1000, source: 'https://github.com/forem/forem/issues/12737' });
    expect(devtoSource.hostFor('ada_dev')).toBe('dev.to');
    expect(devtoSource.servesHost('dev.to')).toBe(true);
    expect(devtoSource.servesHost('api.github.com')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  REDDIT_LIMIT_SOURCE,
  SUSPENDED_MESSAGE,
  WITHHELD_MESSAGE,
  aboutUrl,
  displayOf,
  karmaOf,
  parseAbout,
  redditSource,
  toSignals,
} from '../../../src/sources/reddit';
import { SourceError } from '../../../src/sources/types';
import { score } from '../../../src/score/engine';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';
import { apiFixture, contextWith, fakeFetch, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 4, 10, 12, 0, 0);
const AT = '2025-05-10T12:00:00.000Z';
const KING = apiFixture<{ kind: string; data: Record<string, unknown> }>('reddit-about-karma_king.json');
const KING_URL = 'https://www.reddit.com/user/karma_king/about.json';
const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>reddit.com: Log in</title></head><body><shreddit-app>Log in to Reddit</shreddit-app></body></html>';

/** www.reddit.com/user/<name>/about.json: karma_king as the fixture, anyone else 404, unless told otherwise. */
function reddit(answer?: () => Response) {
  return fakeFetch((url) => {
    if (answer) return answer();
    if (url.pathname === '/user/karma_king/about.json') return jsonResponse(KING);
    return jsonResponse({ message: 'Not Found', error: 404 }, 404);
  });
}

async function outcomeFor(answer: (() => Response) | undefined, handle = 'karma_king') {
  const { fetch, calls } = reddit(answer);
  const outcome = (await redditSource.fetchProfiles([handle], contextWith(fetch, NOW))).get(handle);
  return { outcome, calls };
}

describe('parseAbout', () => {
  it('takes the account (t2) of an about.json answer', () => {
    expect(parseAbout(KING).name).toBe('karma_king');
  });
  it('rejects what is no account', () => {
    for (const bad of [null, [], { kind: 't5', data: { name: 'aww' } }, { kind: 't2', data: {} }, { kind: 't2' }, { kind: 'Listing', data: { children: [] } }]) {
      expect(() => parseAbout(bad)).toThrow(SourceError);
    }
  });
});

describe('karmaOf', () => {
  it('is the total where Reddit gives one, else post plus comment karma, never below zero, else unknown', () => {
    expect(karmaOf(KING.data)).toBe(80_355);
    expect(karmaOf({ link_karma: 1, comment_karma: 15 })).toBe(16);
    expect(karmaOf({ link_karma: 1, comment_karma: -40 })).toBe(0);
    expect(karmaOf({ link_karma: 1 })).toBeUndefined();
    expect(karmaOf({ total_karma: '80' })).toBeUndefined();
  });
});

describe('toSignals', () => {
  it('maps karma, moderation, cake day, profile followers, verification, avatar and bio, with the about.json URL as source', () => {
    expect(toSignals('karma_king', KING.data, AT, KING_URL)).toEqual({
      network: 'reddit',
      handle: 'karma_king',
      observedAt: AT,
      createdAt: '2012-03-04T05:06:07.000Z',
      followers: 1520,
      verified: true,
      hasAvatar: true,
      hasBio: true,
      extra: { karma: 80_355, moderated: 1 },
      sources: [{ kind: 'api', url: KING_URL, at: AT }],
    });
    expect(displayOf(KING.data)).toEqual({ name: 'Karma King', bio: 'I count karma.' });
  });
  it('knows "moderates nothing" as 0 and leaves out what the answer does not say', () => {
    const signals = toSignals('x_y_z', { name: 'x_y_z', is_mod: false }, AT, 'u');
    expect(signals.extra).toEqual({ moderated: 0 });
    for (const field of ['createdAt', 'followers', 'verified', 'hasAvatar', 'hasBio'] as const) expect(signals[field]).toBeUndefined();
    expect(toSignals('x_y_z', { name: 'x_y_z' }, AT, 'u').extra).toBeUndefined();
  });
  it('a default avatar is no avatar', () => {
    const data = { ...KING.data, subreddit: { ...(KING.data.subreddit as object), is_default_icon: true } };
    expect(toSignals('karma_king', data, AT, 'u').hasAvatar).toBe(false);
    expect(toSignals('karma_king', { name: 'k', icon_img: 'https://www.redditstatic.com/avatars/defaults/v2/avatar_default_6.png' }, AT, 'u').hasAvatar).toBe(false);
    expect(toSignals('karma_king', { name: 'k', snoovatar_img: 'https://i.redd.it/snoovatar/x.png' }, AT, 'u').hasAvatar).toBe(true);
  });
  it('scores: more karma and a moderator’s role score higher', () => {
    const big = score(toSignals('karma_king', KING.data, AT, 'u'));
    const small = score(toSignals('karma_king', { ...KING.data, total_karma: 3, is_mod: false }, AT, 'u'));
    expect(big.score).toBeGreaterThan(small.score);
    expect(big.pillars.amplification.signals.map((s) => s.name)).toContain('karma');
  });
});

describe('redditSource.fetchProfiles', () => {
  it('asks about.json once, with the browser’s session (credentials: include), and maps it', async () => {
    const seen: RequestInit[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      expect(String(input)).toBe(KING_URL);
      return jsonResponse(KING);
    }) as typeof globalThis.fetch;
    const outcome = (await redditSource.fetchProfiles(['karma_king'], contextWith(fetch, NOW))).get('karma_king');
    expect(seen).toHaveLength(1);
    expect(seen[0].credentials).toBe('include');
    expect(new Headers(seen[0].headers).get('accept')).toBe('application/json');
    expect(outcome).toMatchObject({ ok: true, signals: { extra: { karma: 80_355, moderated: 1 }, sources: [{ kind: 'api', url: KING_URL }] }, display: { name: 'Karma King' } });
    expect(aboutUrl('Karma King/..')).toBe('https://www.reddit.com/user/Karma%20King%2F../about.json');
  });

  it('answers withheld, saying what to do, when Reddit refuses a caller who is not signed in', async () => {
    for (const [answer, status] of [
      [() => jsonResponse({ message: 'Unauthorized', error: 401 }, 401), 401],
      [() => new Response('<html><body>whoa there, pardner!</body></html>', { status: 403, headers: { 'content-type': 'text/html' } }), 403],
      [() => new Response('Too Many Requests', { status: 429 }), 429],
    ] as const) {
      const { outcome, calls } = await outcomeFor(answer);
      expect(calls).toHaveLength(1);
      expect(outcome).toEqual({ ok: false, error: { kind: 'withheld', status, message: WITHHELD_MESSAGE } });
    }
  });

  it('answers withheld when the login page comes back instead of JSON', async () => {
    for (const contentType of ['text/html; charset=utf-8', 'application/json']) {
      const { outcome } = await outcomeFor(() => new Response(LOGIN_PAGE, { status: 200, headers: { 'content-type': contentType } }));
      expect(outcome).toEqual({ ok: false, error: { kind: 'withheld', message: WITHHELD_MESSAGE } });
    }
  });

  it('answers rate-limited when a signed-in session’s quota runs out (Reddit names the reset in seconds)', async () => {
    const { outcome } = await outcomeFor(() =>
      jsonResponse({ message: 'Too Many Requests', error: 429 }, 429, { 'x-ratelimit-used': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '42' }),
    );
    expect(outcome).toEqual({ ok: false, error: { kind: 'rate-limited', status: 429, retryAt: NOW + 42_000, message: 'The rate limit of www.reddit.com is reached.' } });
  });

  it('answers not-found for an account that does not exist, withheld for a suspended one', async () => {
    expect((await outcomeFor(undefined, 'nobody_here')).outcome).toEqual({ ok: false, error: { kind: 'not-found', status: 404, message: 'Reddit user nobody_here does not exist.' } });
    const suspended = await outcomeFor(() => jsonResponse({ kind: 't2', data: { name: 'karma_king', is_suspended: true } }));
    expect(suspended.outcome).toEqual({ ok: false, error: { kind: 'withheld', message: SUSPENDED_MESSAGE } });
  });

  it('answers bad-response for malformed JSON or the wrong shape, http for a server error, network without an answer', async () => {
    expect((await outcomeFor(() => new Response('{"kind": "t2", "da', { status: 200 }))).outcome).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect((await outcomeFor(() => jsonResponse({ kind: 'Listing', data: { children: [] } }))).outcome).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect((await outcomeFor(() => jsonResponse({}, 503))).outcome).toMatchObject({ ok: false, error: { kind: 'http', status: 503 } });
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await redditSource.fetchProfiles(['karma_king'], contextWith(offline.fetch, NOW))).get('karma_king')).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('publishes the limit for callers without OAuth, with where it is stated', () => {
    expect(redditSource.rateLimit('www.reddit.com', {})).toEqual({ requests: 10, periodMs: 60_000, source: REDDIT_LIMIT_SOURCE });
    expect(redditSource.hostFor('karma_king')).toBe('www.reddit.com');
    expect(redditSource.servesHost('www.reddit.com')).toBe(true);
    expect(redditSource.servesHost('oauth.reddit.com')).toBe(false);
    expect(redditSource.batchSize).toBe(1);
  });
});

describe.skipIf(!hasSharedFixtures)('Reddit, real recorded about answers (needs ../shared/fixtures)', () => {
  type About = { kind: string; data: Record<string, unknown> };

  it('Lil_SpazBot (2025): 1 karma, a moderator, no followers, default avatar, no bio', () => {
    const about = readSharedJson<About>('reddit/user-about-Lil_SpazBot-2025.json');
    const data = parseAbout(about);
    expect(toSignals('Lil_SpazBot', data, AT, aboutUrl('Lil_SpazBot'))).toEqual({
      network: 'reddit',
      handle: 'Lil_SpazBot',
      observedAt: AT,
      createdAt: '2019-03-12T23:30:44.000Z', // created_utc 1552433444
      followers: 0, // subreddit.subscribers
      verified: true,
      hasAvatar: false, // is_default_icon
      hasBio: false, // public_description ""
      extra: { karma: 1, moderated: 1 },
      sources: [{ kind: 'api', url: 'https://www.reddit.com/user/Lil_SpazBot/about.json', at: AT }],
    });
    expect(displayOf(data)).toEqual({ name: 'x', bio: undefined });
  });

  it('subreddit_stats (2016, minimal): karma from link plus comment karma; no profile, so no followers, avatar or bio', () => {
    const data = parseAbout(readSharedJson<About>('reddit/user-about-subreddit_stats-2016.json'));
    const signals = toSignals('subreddit_stats', data, AT, 'u');
    expect(signals).toMatchObject({ createdAt: '2011-05-19T18:37:59.000Z', extra: { karma: 16, moderated: 1 } }); // created_utc 1305830279; 1 + 15
    expect([signals.followers, signals.verified, signals.hasAvatar, signals.hasBio]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('Watchful1 (2022, as he sees himself): total karma, 156 followers, his own avatar and bio', () => {
    const data = parseAbout(readSharedJson<About>('reddit/user-about-Watchful1-2022.self-view-authenticated.json'));
    expect(toSignals('Watchful1', data, AT, 'u')).toMatchObject({ followers: 156, hasAvatar: true, hasBio: true, extra: { karma: 265_351, moderated: 1 } });
  });

  it('through fetchProfiles, as the recorded answer came', async () => {
    const about = readSharedJson<About>('reddit/user-about-Lil_SpazBot-2025.json');
    const { fetch } = fakeFetch(() => jsonResponse(about));
    const outcome = (await redditSource.fetchProfiles(['Lil_SpazBot'], contextWith(fetch, NOW))).get('Lil_SpazBot');
    expect(outcome).toMatchObject({ ok: true, signals: { extra: { karma: 1, moderated: 1 } } });
  });
});

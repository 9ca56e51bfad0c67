import { describe, expect, it } from 'vitest';
import { activityFromEvents, githubSource, parseUser, sumOwnRepos, toSignals } from '../../../src/sources/github';
import { SourceError, profileDisplay } from '../../../src/sources/types';
import { apiFixture, contextWith, fakeFetch, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const AT = '2025-01-10T12:00:00.000Z';
const USER = apiFixture<Record<string, unknown>>('github-user-octo-dev.json');
const REPOS = apiFixture<Record<string, unknown>[]>('github-repos-octo-dev.json');
const USER_URL = 'https://api.github.com/users/octo-dev';
const REPOS_URL = 'https://api.github.com/users/octo-dev/repos?type=owner&sort=pushed&per_page=100';
const EVENTS = apiFixture<Record<string, unknown>[]>('github-events-octo-dev.json');
const EVENTS_URL = 'https://api.github.com/users/octo-dev/events/public?per_page=100';
/** The fixture's events 1, 2 and 10 days old, decayed over 90 days (one is older, two have no date). */
const RECENT = { windowDays: 90, postsPerDay: 0.124 };

/** Answers /users/:login, its /repos and /events/public from the small fixtures; anything else 404. */
function githubApi(overrides: { user?: () => Response; repos?: () => Response; events?: () => Response } = {}) {
  return fakeFetch((url) => {
    if (url.pathname === '/users/octo-dev') return overrides.user?.() ?? jsonResponse(USER);
    if (url.pathname === '/users/octo-dev/repos') return overrides.repos?.() ?? jsonResponse(REPOS);
    if (url.pathname === '/users/octo-dev/events/public') return overrides.events?.() ?? jsonResponse(EVENTS);
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

describe('parseUser', () => {
  it('keeps the counts and which profile fields are filled in', () => {
    expect(parseUser(USER)).toEqual({
      login: 'octo-dev',
      type: 'User',
      followers: 120,
      following: 7,
      publicRepos: 4,
      publicGists: 2,
      createdAt: '2015-03-04T05:06:07Z',
      hasBio: true,
      hasUrl: true,
      hasLocation: false, // "" is no location
      display: { name: 'Octo Dev', bio: 'Builds small tools.', claims: [{ kind: 'github-blog', domain: 'octo.example', url: 'https://octo.example' }] },
    });
  });

  it('leaves out what is missing or malformed instead of guessing', () => {
    const user = parseUser({ login: 'x', followers: 0, following: 0, public_repos: 0, public_gists: -1, created_at: 'yesterday' });
    expect(user.publicGists).toBeUndefined();
    expect(user.createdAt).toBeUndefined();
    expect(user.type).toBe('User');
    expect([user.hasBio, user.hasUrl, user.hasLocation]).toEqual([false, false, false]);
  });

  it('rejects a user without login or counts', () => {
    badResponseFrom(() => parseUser(null));
    badResponseFrom(() => parseUser([USER]));
    badResponseFrom(() => parseUser({ ...USER, login: '' }));
    badResponseFrom(() => parseUser({ ...USER, followers: '120' }));
    badResponseFrom(() => parseUser({ ...USER, following: -1 }));
    badResponseFrom(() => parseUser({ ...USER, public_repos: undefined }));
  });
});

describe('sumOwnRepos', () => {
  it('sums stars and forks over own repositories, leaving forks of other projects out', () => {
    // alpha 40★/5, gamma 2★/0, delta 0★/1; famous-fork (1000★/300) is a fork.
    expect(sumOwnRepos(REPOS)).toEqual({ stars: 42, forks: 6, ownRepos: 3 });
  });

  it('is zero for no repositories', () => {
    expect(sumOwnRepos([])).toEqual({ stars: 0, forks: 0, ownRepos: 0 });
  });

  it('rejects what is not a list of repositories with counts', () => {
    badResponseFrom(() => sumOwnRepos({ items: REPOS }));
    badResponseFrom(() => sumOwnRepos([{ name: 'x', fork: false, forks_count: 1 }]));
    badResponseFrom(() => sumOwnRepos([{ name: 'x', fork: false, stargazers_count: 1, forks_count: null }]));
    badResponseFrom(() => sumOwnRepos(['alpha']));
  });
});

describe('toSignals', () => {
  it('maps the user and totals to ProfileSignals with their API sources', () => {
    const signals = toSignals('octo-dev', parseUser(USER), { stars: 42, forks: 6, ownRepos: 3 }, AT, [USER_URL, REPOS_URL]);
    expect(signals).toEqual({
      network: 'github',
      handle: 'octo-dev',
      observedAt: AT,
      createdAt: '2015-03-04T05:06:07Z',
      followers: 120,
      following: 7,
      hasBio: true,
      hasUrl: true,
      hasLocation: false,
      extra: { stars: 42, forks: 6, repos: 4 },
      sources: [
        { kind: 'api', url: USER_URL, at: AT },
        { kind: 'api', url: REPOS_URL, at: AT },
      ],
    });
  });
});

describe('activityFromEvents', () => {
  it('rates the dated public events of the last 90 days, decayed', () => {
    expect(activityFromEvents(EVENTS, NOW)).toEqual(RECENT);
    expect(activityFromEvents([], NOW)).toEqual({ windowDays: 90, postsPerDay: 0 });
    expect(activityFromEvents([null, 'x', { created_at: '2025-01-09T12:00:00Z' }], NOW)).toEqual({ windowDays: 90, postsPerDay: 0.048 });
  });

  it('rejects events that are not a list', () => {
    badResponseFrom(() => activityFromEvents({ events: EVENTS }, NOW));
    badResponseFrom(() => activityFromEvents(null, NOW));
  });
});

describe('githubSource.fetchProfiles', () => {
  it('asks for the user, their own repositories and their public events, in that order, and maps all three', async () => {
    const { fetch, calls } = githubApi();
    const outcomes = await githubSource.fetchProfiles(['octo-dev'], contextWith(fetch, NOW));
    expect(calls.map((call) => call.url)).toEqual([USER_URL, REPOS_URL, EVENTS_URL]);
    for (const call of calls) {
      expect(call.headers.get('accept')).toBe('application/vnd.github+json');
      expect(call.headers.get('x-github-api-version')).toBe('2022-11-28');
      expect(call.headers.has('authorization')).toBe(false);
    }
    const outcome = outcomes.get('octo-dev');
    expect(outcome?.ok).toBe(true);
    if (!outcome?.ok) return;
    expect(outcome.signals.followers).toBe(120);
    expect(outcome.signals.extra).toEqual({ stars: 42, forks: 6, repos: 4 });
    expect(outcome.signals.recent).toEqual(RECENT);
    expect(outcome.signals.observedAt).toBe(AT);
    expect(outcome.signals.sources).toEqual([USER_URL, REPOS_URL, EVENTS_URL].map((url) => ({ kind: 'api', url, at: AT })));
  });

  it('sends no authorization with a blank token; a real one, trimmed, goes as Bearer to GraphQL instead of REST', async () => {
    const blank = githubApi();
    await githubSource.fetchProfiles(['octo-dev'], contextWith(blank.fetch, NOW, '   '));
    expect(blank.calls.map((call) => [call.url, call.headers.has('authorization')])).toEqual([[USER_URL, false], [REPOS_URL, false], [EVENTS_URL, false]]);

    const withToken = githubApi();
    await githubSource.fetchProfiles(['octo-dev'], contextWith(withToken.fetch, NOW, '  ghp_secret123 \n'));
    expect(withToken.calls.map((call) => [call.url, call.headers.get('authorization')])).toEqual([['https://api.github.com/graphql', 'Bearer ghp_secret123']]);
  });

  it('does without recent activity when the events fail or are malformed, and says where the rest came from', async () => {
    for (const events of [() => jsonResponse({ message: 'Server Error' }, 500), () => jsonResponse({ message: 'Not Found' }, 404), () => jsonResponse({ events: [] })]) {
      const { fetch, calls } = githubApi({ events });
      const outcome = (await githubSource.fetchProfiles(['octo-dev'], contextWith(fetch, NOW))).get('octo-dev');
      expect(calls).toHaveLength(3);
      expect(outcome).toMatchObject({ ok: true, signals: { followers: 120, extra: { stars: 42, forks: 6, repos: 4 } } });
      expect(outcome?.ok && outcome.signals.recent).toBeUndefined(); // unknown, not zero
      expect(outcome?.ok && outcome.signals.sources?.map((s) => s.url)).toEqual([USER_URL, REPOS_URL]);
    }
  });

  it('fails the profile when the events are rate-limited', async () => {
    const { fetch, calls } = githubApi({ events: () => jsonResponse({ message: 'API rate limit exceeded' }, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1736512200' }) });
    const outcome = (await githubSource.fetchProfiles(['octo-dev'], contextWith(fetch, NOW))).get('octo-dev');
    expect(calls).toHaveLength(3);
    expect(outcome).toEqual({ ok: false, error: { kind: 'rate-limited', status: 403, retryAt: 1_736_512_200_000, message: 'The rate limit of api.github.com is reached.' } });
  });

  it('answers not-found for a user GitHub does not know, without asking for repositories', async () => {
    const { fetch, calls } = githubApi();
    const outcomes = await githubSource.fetchProfiles(['ghost-user'], contextWith(fetch, NOW));
    expect(calls).toHaveLength(1);
    expect(outcomes.get('ghost-user')).toEqual({
      ok: false,
      error: { kind: 'not-found', status: 404, message: 'GitHub user ghost-user does not exist.' },
    });
  });

  it('answers rate-limited with the reset time on a 403 with no quota left', async () => {
    const { fetch, calls } = githubApi({
      user: () =>
        jsonResponse({ message: 'API rate limit exceeded for 203.0.113.9.' }, 403, {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '1736512200',
        }),
    });
    const outcome = (await githubSource.fetchProfiles(['octo-dev'], contextWith(fetch, NOW))).get('octo-dev');
    expect(calls).toHaveLength(1);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'rate-limited', status: 403, retryAt: 1_736_512_200_000 } });
  });

  it('answers bad-response for malformed JSON and for a user of the wrong shape', async () => {
    const malformed = githubApi({ user: () => new Response('{"login":', { status: 200 }) });
    const first = (await githubSource.fetchProfiles(['octo-dev'], contextWith(malformed.fetch, NOW))).get('octo-dev');
    expect(first).toMatchObject({ ok: false, error: { kind: 'bad-response' } });

    const wrongShape = githubApi({ user: () => jsonResponse({ login: 'octo-dev', followers: 'many' }) });
    const second = (await githubSource.fetchProfiles(['octo-dev'], contextWith(wrongShape.fetch, NOW))).get('octo-dev');
    expect(second).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect(wrongShape.calls).toHaveLength(1);
  });

  it('answers an error, not half a profile, when the repositories are rate-limited', async () => {
    const { fetch, calls } = githubApi({ repos: () => jsonResponse({ message: 'slow down' }, 429, { 'retry-after': '90' }) });
    const outcome = (await githubSource.fetchProfiles(['octo-dev'], contextWith(fetch, NOW))).get('octo-dev');
    expect(calls).toHaveLength(2);
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'rate-limited', status: 429, retryAt: NOW + 90_000, message: 'The rate limit of api.github.com is reached.' },
    });
  });

  it('answers every handle it is given, one user after the other', async () => {
    const { fetch, calls } = githubApi();
    const outcomes = await githubSource.fetchProfiles(['octo-dev', 'nobody-here'], contextWith(fetch, NOW));
    expect([...outcomes.keys()]).toEqual(['octo-dev', 'nobody-here']);
    expect(outcomes.get('octo-dev')?.ok).toBe(true);
    expect(outcomes.get('nobody-here')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(calls.map((call) => new URL(call.url).pathname)).toEqual(['/users/octo-dev', '/users/octo-dev/repos', '/users/octo-dev/events/public', '/users/nobody-here']);
    expect(githubSource.batchSize).toBe(1);
    expect(githubSource.batchSizeFor?.({})).toBe(1);
  });
});

describe('profileDisplay', () => {
  it('keeps remote text as it is, trimmed and cut to length, for display as text only', () => {
    expect(profileDisplay('  <img src=x onerror=alert(1)>  ', '')).toEqual({ name: '<img src=x onerror=alert(1)>', bio: undefined });
    expect(profileDisplay('n'.repeat(500), 'b'.repeat(500))).toEqual({ name: 'n'.repeat(100), bio: 'b'.repeat(300) });
    expect(profileDisplay(42, null)).toEqual({ name: undefined, bio: undefined });
  });
});

describe('claims', () => {
  it('reads twitter_username and blog from the user it already fetched, and asks nothing more for them', async () => {
    const user = { ...USER, twitter_username: 'OctoDev', blog: 'https://www.octo.dev/' };
    const { fetch, calls } = githubApi({ user: () => jsonResponse(user) });
    const outcome = await githubSource.fetchProfiles(['octo-dev'], contextWith(fetch, NOW));
    expect(outcome.get('octo-dev')).toMatchObject({
      ok: true,
      display: {
        claims: [
          { kind: 'github-twitter', ref: { network: 'x', handle: 'octodev' }, url: 'https://x.com/OctoDev' },
          { kind: 'github-blog', domain: 'octo.dev', url: 'https://www.octo.dev/' },
        ],
      },
    });
    expect(calls).toHaveLength(3);
  });

  it('reads a blog that is a profile as that profile, and leaves out what names nothing', () => {
    expect(parseUser({ ...USER, blog: 'https://hachyderm.io/@octo', twitter_username: null }).display.claims).toEqual([
      { kind: 'github-blog', ref: { network: 'mastodon', handle: 'octo@hachyderm.io' }, url: 'https://hachyderm.io/@octo' },
    ]);
    expect(parseUser({ ...USER, blog: '', twitter_username: 'not a handle!' }).display).not.toHaveProperty('claims');
    expect(parseUser({ ...USER, blog: 'https://github.com/about', twitter_username: 42 }).display).not.toHaveProperty('claims');
  });
});

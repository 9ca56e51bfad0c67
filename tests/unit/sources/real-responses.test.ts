// The sources over real recorded API answers (see ../shared/fixtures/SOURCES.md for their origins).
import { describe, expect, it } from 'vitest';
import { blueskySource, parseProfiles, toSignals as blueskySignals, withheldReason } from '../../../src/sources/bluesky';
import { githubSource, parseUser, sumOwnRepos } from '../../../src/sources/github';
import { rateLimitRetryAt } from '../../../src/sources/http';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';
import { contextWith, fakeFetch, jsonResponse } from './fake-fetch';

interface Recorded {
  status: number;
  response_headers: Record<string, string>;
}
type Json = Record<string, unknown>;

describe.skipIf(!hasSharedFixtures)('GitHub, real recorded responses (needs ../shared/fixtures beside the checkout)', () => {
  const jacquev6 = () => readSharedJson<Json>('github/user-jacquev6-2025.json');
  const jacquev6Headers = () => readSharedJson<Recorded>('github/user-jacquev6-2025.headers.json');
  const yurinnick = () => readSharedJson<Json>('github/user-yurinnick-2023.json');
  const repos2020 = () => readSharedJson<Json[]>('github/user-repos-jacquev6-2020.json');

  it('parses jacquev6 (2025)', () => {
    expect(parseUser(jacquev6())).toEqual({
      login: 'jacquev6',
      type: 'User',
      followers: 98,
      following: 62,
      publicRepos: 38,
      publicGists: 18,
      createdAt: '2010-07-09T06:10:06Z',
      hasBio: false, // "bio": null
      hasUrl: true, // "blog": "http://vincent-jacques.net"
      hasLocation: true, // "location": "France"
      display: { name: 'Vincent Jacques', bio: undefined, claims: [{ kind: 'github-blog', domain: 'vincent-jacques.net', url: 'http://vincent-jacques.net' }] },
    });
  });

  it('parses yurinnick (2023), whose blog is an empty string', () => {
    expect(parseUser(yurinnick())).toMatchObject({ login: 'yurinnick', followers: 13, following: 5, publicRepos: 71, publicGists: 16, hasUrl: false, hasLocation: true, hasBio: false });
  });

  it('sums stars and forks of the 2020 repository list', () => {
    const repos = repos2020();
    expect(repos).toHaveLength(10);
    // Independently: all ten are own repositories (fork: false); summed by hand 16★ and 11 forks.
    const own = repos.filter((repo) => repo.fork !== true);
    const stars = own.reduce((sum, repo) => sum + Number(repo.stargazers_count), 0);
    const forks = own.reduce((sum, repo) => sum + Number(repo.forks_count), 0);
    expect({ stars, forks, ownRepos: own.length }).toEqual({ stars: 16, forks: 11, ownRepos: 10 });
    expect(sumOwnRepos(repos)).toEqual({ stars: 16, forks: 11, ownRepos: 10 });
  });

  it('leaves out a repository once it is marked as a fork (DrawTurksHead: 3★, 2 forks)', () => {
    const repos = repos2020().map((repo) => (repo.name === 'DrawTurksHead' ? { ...repo, fork: true } : repo));
    expect(sumOwnRepos(repos)).toEqual({ stars: 13, forks: 9, ownRepos: 9 });
  });

  it('sets no rate limit from the recorded headers (4996 left), and the recorded reset once none is left', () => {
    const { status, response_headers } = jacquev6Headers();
    const now = Date.parse(response_headers.Date);
    expect(rateLimitRetryAt({ status, headers: new Headers(response_headers) }, now)).toBeUndefined();
    const exhausted = new Headers({ ...response_headers, 'X-RateLimit-Remaining': '0' });
    expect(rateLimitRetryAt({ status: 403, headers: exhausted }, now)).toBe(1_735_944_560_000);
  });

  it('fetches jacquev6 from the recorded user (with its headers) and repositories, then his events (none recorded: none lately)', async () => {
    const { status, response_headers } = jacquev6Headers();
    const now = Date.parse(response_headers.Date);
    const { fetch, calls } = fakeFetch((url) => {
      if (url.pathname === '/users/jacquev6') return jsonResponse(jacquev6(), status, response_headers);
      if (url.pathname === '/users/jacquev6/repos') return jsonResponse(repos2020());
      return url.pathname === '/users/jacquev6/events/public' ? jsonResponse([]) : jsonResponse({ message: 'Not Found' }, 404);
    });
    const outcome = (await githubSource.fetchProfiles(['jacquev6'], contextWith(fetch, now))).get('jacquev6');
    expect(calls.map((call) => call.url)).toEqual([
      'https://api.github.com/users/jacquev6',
      'https://api.github.com/users/jacquev6/repos?type=owner&sort=pushed&per_page=100',
      'https://api.github.com/users/jacquev6/events/public?per_page=100',
    ]);
    expect(outcome).toMatchObject({
      ok: true,
      signals: { network: 'github', handle: 'jacquev6', followers: 98, following: 62, observedAt: '2025-01-03T22:05:16.000Z', extra: { stars: 16, forks: 11, repos: 38 } },
    });
    expect(outcome?.ok && outcome.signals.recent).toEqual({ windowDays: 90, postsPerDay: 0 });
  });
});

describe.skipIf(!hasSharedFixtures)('Bluesky, real recorded responses (needs ../shared/fixtures beside the checkout)', () => {
  const dril = () => readSharedJson<Json>('bluesky/actor-getProfile-dril.json');
  const follows = () => readSharedJson<{ follows: Json[] }>('bluesky/graph-getFollows.json').follows;
  const NOW = Date.UTC(2025, 1, 9);

  it('fetches dril by handle and by DID from a getProfiles answer wrapping the recorded profile, then his recorded feed', async () => {
    const DRIL = 'did:plc:6wpkkitfdkgthatfvspcfmjo';
    const TOP = `at://${DRIL}/app.bsky.feed.post/3lirwer3l4s2r`; // his most reposted post in the feed (1,235)
    const { fetch, calls } = fakeFetch((url) => {
      if (url.pathname.endsWith('getProfiles')) return jsonResponse({ profiles: [dril()] });
      if (url.pathname.endsWith('getAuthorFeed')) return jsonResponse(readSharedJson('bluesky/feed-getAuthorFeed.json'));
      return jsonResponse({ uri: TOP, repostedBy: [] });
    });
    for (const actor of ['dril.bsky.social', DRIL]) {
      const outcomes = await blueskySource.fetchProfiles([actor], contextWith(fetch, Date.UTC(2025, 1, 25)));
      expect(calls.splice(0).map((call) => call.url)).toEqual([
        `https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles?actors=${encodeURIComponent(actor)}`,
        `https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=${encodeURIComponent(DRIL)}&limit=100&filter=posts_no_replies`,
        `https://public.api.bsky.app/xrpc/app.bsky.feed.getRepostedBy?uri=${encodeURIComponent(TOP)}&limit=25`,
      ]);
      expect(outcomes.get(actor)).toMatchObject({
        ok: true,
        signals: {
          handle: actor,
          followers: 523417,
          following: 116,
          posts: 387,
          createdAt: '2023-04-27T16:46:45.754Z',
          hasAvatar: true,
          hasBio: true,
          // His five posts of Feb 21–24, decayed over 90 days to Feb 25; the reposters' sample came back empty.
          recent: { windowDays: 90, postsPerDay: 0.226, repostsReceivedPerDay: 139.938, repliesReceivedPerDay: 16.927, likesReceivedPerDay: 1625.958, quotesReceivedPerDay: 2.832 },
        },
      });
      const signals = outcomes.get(actor);
      expect(signals?.ok && signals.signals.verified).toBeUndefined();
    }
  });

  it('finds exactly the follows labelled !no-unauthenticated as withheld', () => {
    const list = follows();
    expect(list).toHaveLength(21);
    // Independently: the profiles carrying that label value.
    const labelled = list
      .filter((p) => Array.isArray(p.labels) && p.labels.some((l: { val?: string }) => l.val === '!no-unauthenticated'))
      .map((p) => p.handle);
    expect(labelled).toEqual(['matthieu.bsky.team', 'jessica200.bsky.social']);
    expect(list.filter((p) => withheldReason(p) !== undefined).map((p) => p.handle)).toEqual(labelled);
  });

  it('maps a batch of the recorded profile views: 19 scored, 2 withheld, counts unknown (not zero)', async () => {
    const list = follows();
    const handles = parseProfiles({ profiles: list }).map((p) => p.handle);
    const { fetch, calls } = fakeFetch((url) => jsonResponse(url.pathname.endsWith('getProfiles') ? { profiles: list } : { feed: [] }));
    const outcomes = await blueskySource.fetchProfiles(handles, contextWith(fetch, NOW));
    expect(calls.filter((call) => call.url.includes('getProfiles'))).toHaveLength(1); // 21 ≤ 25
    // Then the own posts of the 19 scored, none of the 2 withheld.
    const scoredDids = list.filter((p) => withheldReason(p) === undefined).map((p) => String(p.did));
    expect(calls.slice(1).map((call) => new URL(call.url).searchParams.get('actor'))).toEqual(scoredDids);
    const kinds = [...outcomes.values()].map((o) => (o.ok ? 'ok' : o.error.kind));
    expect(kinds.filter((k) => k === 'ok')).toHaveLength(19);
    expect(outcomes.get('jessica200.bsky.social')).toMatchObject({ ok: false, error: { kind: 'withheld' } });
    // getFollows' profile views carry no counts: unknown, never 0.
    const pfrazee = outcomes.get('pfrazee.com');
    expect(pfrazee?.ok && pfrazee.signals.followers).toBeUndefined();
    expect(blueskySignals('jessica200.bsky.social', list[2], 'T', 'u')).toMatchObject({ hasBio: false, hasAvatar: true });
  });
});

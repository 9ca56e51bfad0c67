import { describe, expect, it } from 'vitest';
import { githubSource } from '../../../src/sources/github';
import { BAD_TOKEN_MESSAGE, GRAPHQL_URL, fetchWithGraphql, graphqlClaims, toSignalsFromGraphql, usersQuery } from '../../../src/sources/github-graphql';
import { apiFixture, contextWith, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const AT = '2025-01-10T12:00:00.000Z';
const ANSWER = apiFixture<{ data: Record<string, Record<string, unknown>> }>('github-graphql-users.json');
const LOGINS = ['octo-dev', 'ghost-user', 'half-user'];
const HEADERS = { accept: 'application/vnd.github+json', authorization: 'Bearer ghp_tok' };

/** A fetch that records method, headers and the JSON body of each request, and answers with `answer`. */
function graphqlApi(answer: () => Response = () => jsonResponse(ANSWER)) {
  const calls: { url: string; method?: string; headers: Headers; body: unknown }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method, headers: new Headers(init?.headers), body: init?.body === undefined ? undefined : JSON.parse(String(init.body)) });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const kinds = (outcomes: Map<string, { ok: boolean; error?: { kind: string } }>) => [...outcomes].map(([login, o]) => [login, o.ok ? 'ok' : o.error?.kind]);

describe('usersQuery', () => {
  it('passes every login as a variable, never in the query text', () => {
    const { query, variables } = usersQuery(['octocat', 'a"){evil}']);
    expect(variables).toEqual({ l0: 'octocat', l1: 'a"){evil}' });
    expect(query.startsWith('query($l0: String!, $l1: String!) {\n')).toBe(true);
    expect(query.match(/u\d+: user\(login: \$l\d+\)/g)).toEqual(['u0: user(login: $l0)', 'u1: user(login: $l1)']);
    expect(query).not.toContain('octocat');
    expect(query).not.toContain('evil');
    expect(query).not.toContain('"');
  });

  it('names 25 logins l0..l24 with one aliased user field each', () => {
    const logins = Array.from({ length: 25 }, (_, i) => `user${i}`);
    const { query, variables } = usersQuery(logins);
    expect(Object.keys(variables)).toEqual(logins.map((_, i) => `l${i}`));
    expect(Object.values(variables)).toEqual(logins);
    expect(query.match(/user\(login:/g)).toHaveLength(25);
  });
});

describe('toSignalsFromGraphql', () => {
  it('maps the user: counts, filled-in fields, stars and forks summed over the repositories, contributions a day over a year', () => {
    expect(toSignalsFromGraphql('octo-dev', ANSWER.data.u0, AT)).toEqual({
      network: 'github',
      handle: 'octo-dev',
      observedAt: AT,
      createdAt: '2015-03-04T05:06:07Z',
      followers: 120,
      following: 7,
      hasBio: true,
      hasUrl: true,
      hasLocation: false, // "" is no location
      recent: { windowDays: 365, postsPerDay: 2.74 }, // 1000 / 365
      extra: { stars: 42, forks: 6, repos: 3 },
      sources: [{ kind: 'api', url: 'https://api.github.com/graphql', at: AT }],
    });
  });

  it('skips malformed repository counts and leaves unknown counts and contributions out', () => {
    const user = { login: 'x', followers: { totalCount: -1 }, repositories: { nodes: [{ stargazerCount: -1, forkCount: 'x' }, null, { stargazerCount: 5 }] } };
    const signals = toSignalsFromGraphql('x', user, AT);
    expect(signals.extra).toEqual({ stars: 5, forks: 0 });
    expect(signals.followers).toBeUndefined();
    expect(signals.following).toBeUndefined();
    expect(signals.createdAt).toBeUndefined();
    expect(signals).not.toHaveProperty('recent');
    expect([signals.hasBio, signals.hasUrl, signals.hasLocation]).toEqual([false, false, false]);
  });

  it('leaves stars and forks unknown when the answer has no repositories', () => {
    const signals = toSignalsFromGraphql('octo-dev', { login: 'octo-dev', followers: { totalCount: 3 } }, AT);
    expect(signals.extra).toEqual({});
    expect(signals.followers).toBe(3);
  });
});

describe('fetchWithGraphql', () => {
  it('asks for all users in one POST with the token, the query and its variables', async () => {
    const { fetch, calls } = graphqlApi();
    await fetchWithGraphql(LOGINS, contextWith(fetch, NOW, 'ghp_tok'), HEADERS);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('https://api.github.com/graphql');
    expect(GRAPHQL_URL).toBe('https://api.github.com/graphql');
    expect(calls[0].method).toBe('POST');
    expect(calls[0].headers.get('authorization')).toBe('Bearer ghp_tok');
    expect(calls[0].headers.get('content-type')).toBe('application/json');
    expect(calls[0].body).toEqual(usersQuery(LOGINS));
  });

  it('answers each login: a user, null as not-found, a user without login as bad-response', async () => {
    const { fetch } = graphqlApi();
    const outcomes = await fetchWithGraphql(LOGINS, contextWith(fetch, NOW, 'ghp_tok'), HEADERS);
    expect(outcomes.get('octo-dev')).toEqual({ ok: true, signals: toSignalsFromGraphql('octo-dev', ANSWER.data.u0, AT), display: { name: 'Octo Dev', bio: 'Builds small tools.', claims: [{ kind: 'github-blog', domain: 'octo.example', url: 'https://octo.example' }] } });
    expect(outcomes.get('ghost-user')).toEqual({ ok: false, error: { kind: 'not-found', message: 'GitHub user ghost-user does not exist.' } });
    expect(outcomes.get('half-user')).toEqual({ ok: false, error: { kind: 'bad-response', message: 'GitHub sent a GraphQL user without a login.' } });
  });

  it('answers bad-response for every login when the answer has errors and no data, or is malformed', async () => {
    const errors = [{ message: 'Parse error on "}" (RCURLY) at [2, 1]', locations: [{ line: 2, column: 1 }] }];
    for (const answer of [() => jsonResponse({ errors }), () => jsonResponse({ data: null, errors }), () => jsonResponse([]), () => new Response('{"data":')]) {
      const { fetch, calls } = graphqlApi(answer);
      const outcomes = await fetchWithGraphql(LOGINS, contextWith(fetch, NOW, 'ghp_tok'), HEADERS);
      expect(calls).toHaveLength(1);
      expect(kinds(outcomes)).toEqual(LOGINS.map((login) => [login, 'bad-response']));
    }
  });

  it('answers rate-limited for every login, with the time to ask again', async () => {
    const limits = [
      { answer: () => jsonResponse({ message: 'API rate limit exceeded' }, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1736512200' }), retryAt: 1_736_512_200_000 },
      { answer: () => jsonResponse({ message: 'You have exceeded a secondary rate limit.' }, 403, { 'retry-after': '60' }), retryAt: NOW + 60_000 },
      { answer: () => jsonResponse({ message: 'slow down' }, 429), retryAt: NOW + 60_000 },
      // A secondary limit often comes with quota left and no Retry-After: a minute at least (GitHub's docs).
      { answer: () => jsonResponse({ message: 'You have exceeded a secondary rate limit.' }, 403, { 'x-ratelimit-remaining': '4990' }), retryAt: NOW + 60_000 },
    ];
    for (const { answer, retryAt } of limits) {
      const { fetch } = graphqlApi(answer);
      const outcomes = await fetchWithGraphql(LOGINS, contextWith(fetch, NOW, 'ghp_tok'), HEADERS);
      for (const login of LOGINS) expect(outcomes.get(login)).toEqual({ ok: false, error: { kind: 'rate-limited', status: expect.any(Number), retryAt, message: 'The rate limit of api.github.com is reached.' } });
    }
  });

  it('answers the refusal of a bad token for every login, saying it is the token (expired or revoked) and where to replace it', async () => {
    const { fetch } = graphqlApi(() => jsonResponse({ message: 'Bad credentials' }, 401));
    const outcomes = await fetchWithGraphql(LOGINS, contextWith(fetch, NOW, 'ghp_tok'), HEADERS);
    expect([...outcomes.values()]).toEqual(LOGINS.map(() => ({ ok: false, error: { kind: 'http', status: 401, message: BAD_TOKEN_MESSAGE } })));
    expect(BAD_TOKEN_MESSAGE).toMatch(/token.*settings/);
  });

  it('asks again (by REST) for a user GitHub could not finish answering, never calling it missing; a NOT_FOUND null stays missing', async () => {
    // A heavy contributor's calendar exceeds GraphQL's resource limits: the user comes back null (a 2026 issue quotes the answer).
    const answer = {
      data: { u0: ANSWER.data.u0, u1: null, u2: null },
      errors: [
        { type: 'RESOURCE_LIMITS_EXCEEDED', path: ['u1', 'contributionsCollection', 'contributionCalendar'], message: 'Resource limits for this query exceeded.' },
        { type: 'NOT_FOUND', path: ['u2'], message: "Could not resolve to a User with the login of 'half-user'." },
      ],
    };
    const { fetch } = graphqlApi(() => jsonResponse(answer));
    const askedAgain: string[][] = [];
    const again = async (logins: string[]) => {
      askedAgain.push(logins);
      return new Map(logins.map((login) => [login, { ok: false as const, error: { kind: 'http' as const, status: 503, message: 'asked again' } }]));
    };
    const outcomes = await fetchWithGraphql(LOGINS, contextWith(fetch, NOW, 'ghp_tok'), HEADERS, again);
    expect(askedAgain).toEqual([['ghost-user']]);
    expect(outcomes.get('ghost-user')).toEqual({ ok: false, error: { kind: 'http', status: 503, message: 'asked again' } });
    expect(outcomes.get('half-user')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    // Without a way to ask again, no "does not exist" either.
    const alone = await fetchWithGraphql(LOGINS, contextWith(graphqlApi(() => jsonResponse(answer)).fetch, NOW, 'ghp_tok'), HEADERS);
    expect(alone.get('ghost-user')).toEqual({ ok: false, error: { kind: 'bad-response', message: 'GitHub could not finish its answer for ghost-user.' } });
  });

  it('answers rate-limited for every login on a 200 with a RATE_LIMITED error, until the stated reset', async () => {
    const limited = { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] };
    const secondary = { errors: [{ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }] };
    const cases: { answer: object; headers: Record<string, string>; retryAt: number }[] = [
      { answer: limited, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1736512200' }, retryAt: 1_736_512_200_000 },
      { answer: limited, headers: {}, retryAt: NOW + 60_000 },
      { answer: secondary, headers: { 'x-ratelimit-remaining': '4990' }, retryAt: NOW + 60_000 },
    ];
    for (const { answer, headers, retryAt } of cases) {
      const { fetch } = graphqlApi(() => jsonResponse(answer, 200, headers));
      const paused: [string, number][] = [];
      const outcomes = await fetchWithGraphql(LOGINS, { ...contextWith(fetch, NOW, 'ghp_tok'), pause: (host, until) => paused.push([host, until]) }, HEADERS);
      for (const login of LOGINS) expect(outcomes.get(login)).toMatchObject({ ok: false, error: { kind: 'rate-limited', retryAt } });
      expect(paused).toEqual([['api.github.com', retryAt]]);
    }
  });
});

describe('githubSource with a token', () => {
  it('batches 25 users with a token, one without (or with a blank one)', () => {
    expect(githubSource.batchSizeFor?.({ githubToken: 'ghp_tok' })).toBe(25);
    expect(githubSource.batchSizeFor?.({})).toBe(1);
    expect(githubSource.batchSizeFor?.({ githubToken: '  ' })).toBe(1);
    expect(githubSource.rateLimit('api.github.com', { githubToken: 'ghp_tok' }).requests).toBe(5000);
    expect(githubSource.rateLimit('api.github.com', {}).requests).toBe(60);
  });

  it('asks GraphQL once for the whole batch, with the trimmed token as Bearer, and no REST request', async () => {
    const { fetch, calls } = graphqlApi();
    const outcomes = await githubSource.fetchProfiles(LOGINS, contextWith(fetch, NOW, ' ghp_tok\n'));
    expect(calls.map((call) => [call.method, call.url, call.headers.get('authorization')])).toEqual([['POST', 'https://api.github.com/graphql', 'Bearer ghp_tok']]);
    expect(calls[0].headers.get('accept')).toBe('application/vnd.github+json');
    expect(calls[0].headers.get('x-github-api-version')).toBe('2022-11-28');
    expect(calls[0].body).toEqual(usersQuery(LOGINS));
    expect(kinds(outcomes)).toEqual([['octo-dev', 'ok'], ['ghost-user', 'not-found'], ['half-user', 'bad-response']]);
    expect(outcomes.get('octo-dev')).toMatchObject({ ok: true, signals: { followers: 120, extra: { stars: 42, forks: 6, repos: 3 }, recent: { postsPerDay: 2.74 } } });
  });
});

describe('graphqlClaims', () => {
  it('asks for twitterUsername and the social accounts in the same query', () => {
    expect(usersQuery(['octo']).query).toContain('twitterUsername');
    expect(usersQuery(['octo']).query).toContain('socialAccounts(first: 10) { nodes { provider url } }');
  });

  it('reads twitterUsername, websiteUrl and the social accounts as the REST answers are read', () => {
    const user = {
      login: 'octo',
      twitterUsername: 'OctoDev',
      websiteUrl: 'octo.dev',
      socialAccounts: { nodes: [{ provider: 'MASTODON', url: 'https://hachyderm.io/@octo' }, { provider: 'TWITTER', url: 'https://twitter.com/octodev' }, { provider: 'GENERIC', url: 'https://octo.dev' }] },
    };
    expect(graphqlClaims(user)).toEqual([
      { kind: 'github-twitter', ref: { network: 'x', handle: 'octodev' }, url: 'https://x.com/OctoDev' },
      { kind: 'github-blog', domain: 'octo.dev', url: 'octo.dev' },
      { kind: 'github-social', ref: { network: 'mastodon', handle: 'octo@hachyderm.io' }, url: 'https://hachyderm.io/@octo' },
      { kind: 'github-social', ref: { network: 'x', handle: 'octodev' }, url: 'https://twitter.com/octodev' },
      { kind: 'github-social', domain: 'octo.dev', url: 'https://octo.dev' },
    ]);
    expect(graphqlClaims({ login: 'octo', socialAccounts: { nodes: 'nope' } })).toEqual([]);
  });
});

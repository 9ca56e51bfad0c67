// Serves github.com, bsky.app and their APIs from this project's own fixtures, and logs every
// API request so tests can count them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const page = (name: string) => readFileSync(resolve(FIXTURES, 'pages', name), 'utf8');
const api = <T>(name: string): T => JSON.parse(readFileSync(resolve(FIXTURES, 'api', name), 'utf8')) as T;

export const PAGES: Record<string, string> = {
  'https://github.com/octo-org/widget/issues/7': 'github-issue.html',
  'https://github.com/alice': 'github-profile.html',
  'https://bsky.app/profile/erin.bsky.social/post/3aaa': 'bluesky-thread.html',
  'https://bsky.app/profile/erin.bsky.social': 'bluesky-profile.html',
};

interface GitHubFixture {
  user: Record<string, unknown>;
  repos: Record<string, unknown>[];
}

export interface ApiLog {
  github: string[];
  bluesky: string[];
}

const GITHUB_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-ratelimit-limit': '60',
  'x-ratelimit-remaining': '59',
  'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  'access-control-allow-origin': '*',
};

export function html(body: string) {
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** Routes the sites and APIs; extra pages (url → HTML) may be given. Later routes of a test take precedence. */
export async function serveFixtures(context: BrowserContext, extraPages: Record<string, string> = {}): Promise<ApiLog> {
  const log: ApiLog = { github: [], bluesky: [] };
  const users = api<Record<string, GitHubFixture>>('github-e2e.json');
  const { profiles } = api<{ profiles: { did: string; handle: string }[] }>('bluesky-e2e.json');

  const servePage = (route: Route) => {
    const url = route.request().url().split('#')[0];
    if (extraPages[url] !== undefined) return route.fulfill(html(extraPages[url]));
    const file = PAGES[url];
    return file ? route.fulfill(html(page(file))) : route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
  };
  await context.route('https://github.com/**', servePage);
  await context.route('https://bsky.app/**', servePage);

  await context.route('https://api.github.com/graphql', (route) => {
    log.github.push('/graphql');
    // With a token: one GraphQL request for many users, answered from the same fixtures.
    const { variables } = route.request().postDataJSON() as { variables: Record<string, string> };
    const data = Object.fromEntries(
      Object.entries(variables).map(([name, login]) => {
        const fixture = users[login.toLowerCase()];
        if (!fixture) return [name.replace('l', 'u'), null];
        const { user, repos } = fixture as { user: Record<string, unknown>; repos: Record<string, unknown>[] };
        const own = repos.filter((repo) => !repo.fork);
        return [
          name.replace('l', 'u'),
          {
            login: user.login, name: user.name, bio: user.bio, websiteUrl: user.blog, location: user.location, createdAt: user.created_at,
            followers: { totalCount: user.followers }, following: { totalCount: user.following },
            repositories: { totalCount: own.length, nodes: own.map((repo) => ({ stargazerCount: repo.stargazers_count, forkCount: repo.forks_count })) },
            contributionsCollection: { contributionCalendar: { totalContributions: 400 } },
          },
        ];
      }),
    );
    return route.fulfill({ status: 200, headers: GITHUB_HEADERS, body: JSON.stringify({ data }) });
  });
  await context.route(/^https:\/\/api\.github\.com\/(?!graphql)/, (route) => {
    const url = new URL(route.request().url());
    log.github.push(url.pathname + url.search);
    const match = /^\/users\/([^/]+)(\/repos|\/events\/public)?$/.exec(url.pathname);
    const fixture = match ? users[decodeURIComponent(match[1]).toLowerCase()] : undefined;
    if (!match || !fixture) {
      return route.fulfill({ status: 404, headers: GITHUB_HEADERS, body: JSON.stringify({ message: 'Not Found', status: '404' }) });
    }
    // Public events: one a week for the last 90 days.
    const events = Array.from({ length: 13 }, (_, i) => ({ type: 'PushEvent', created_at: new Date(Date.now() - (i * 7 + 1) * 86_400_000).toISOString() }));
    const body = match[2] === '/repos' ? fixture.repos : match[2] ? events : fixture.user;
    return route.fulfill({ status: 200, headers: GITHUB_HEADERS, body: JSON.stringify(body) });
  });

  const { feeds, reposters } = api<{ feeds: Record<string, unknown[]>; reposters: Record<string, string[]> }>('bluesky-feeds-e2e.json');
  await context.route('https://public.api.bsky.app/**', (route) => {
    const url = new URL(route.request().url());
    log.bluesky.push(url.pathname + url.search);
    const json = (body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    if (url.pathname.endsWith('getAuthorFeed')) return json({ feed: feeds[url.searchParams.get('actor') ?? ''] ?? [] });
    if (url.pathname.endsWith('getRepostedBy')) {
      const handles = reposters[url.searchParams.get('uri') ?? ''] ?? [];
      return json({ uri: url.searchParams.get('uri'), repostedBy: handles.map((handle) => profiles.find((p) => p.handle === handle)).filter(Boolean) });
    }
    const actors = url.searchParams.getAll('actors').map((actor) => actor.toLowerCase());
    const found = profiles.filter((p) => actors.includes(p.handle) || actors.includes(p.did.toLowerCase()));
    return route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/json', 'ratelimit-limit': '3000', 'ratelimit-remaining': '2999', 'access-control-allow-origin': '*' },
      body: JSON.stringify({ profiles: found }),
    });
  });
  // Wikidata knows one of them: carol, whose Wikipedia article is read 420 times a day.
  await context.route('https://query.wikidata.org/**', (route) => {
    const query = new URL(route.request().url()).searchParams.get('query') ?? '';
    const bindings =
      query.includes('wdt:P2037 ?id') && query.includes('"carol"')
        ? [{ id: { type: 'literal', value: 'carol' }, item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q4242' }, article: { type: 'uri', value: 'https://en.wikipedia.org/wiki/Carol_Example' } }]
        : [];
    return route.fulfill({ contentType: 'application/sparql-results+json', body: JSON.stringify({ head: { vars: ['item', 'article'] }, results: { bindings } }) });
  });
  await context.route('https://wikimedia.org/api/rest_v1/metrics/pageviews/**', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ items: [380, 420, 460].map((views, i) => ({ article: 'Carol_Example', timestamp: `2026110${i + 1}00`, views })) }) }),
  );
  return log;
}

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

  await context.route('https://api.github.com/**', (route) => {
    const url = new URL(route.request().url());
    log.github.push(url.pathname + url.search);
    const match = /^\/users\/([^/]+)(\/repos)?$/.exec(url.pathname);
    const fixture = match ? users[decodeURIComponent(match[1]).toLowerCase()] : undefined;
    if (!match || !fixture) {
      return route.fulfill({ status: 404, headers: GITHUB_HEADERS, body: JSON.stringify({ message: 'Not Found', status: '404' }) });
    }
    return route.fulfill({ status: 200, headers: GITHUB_HEADERS, body: JSON.stringify(match[2] ? fixture.repos : fixture.user) });
  });

  await context.route('https://public.api.bsky.app/**', (route) => {
    const url = new URL(route.request().url());
    log.bluesky.push(url.pathname + url.search);
    const actors = url.searchParams.getAll('actors').map((actor) => actor.toLowerCase());
    const found = profiles.filter((p) => actors.includes(p.handle) || actors.includes(p.did.toLowerCase()));
    return route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/json', 'ratelimit-limit': '3000', 'ratelimit-remaining': '2999', 'access-control-allow-origin': '*' },
      body: JSON.stringify({ profiles: found }),
    });
  });
  return log;
}

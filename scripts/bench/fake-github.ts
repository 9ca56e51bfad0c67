// GitHub's GraphQL API for the Chromium benchmarks: the extension has a token there (as someone
// badging many GitHub handles would), so it asks 25 users a request. Each user is synthetic.
import type { BrowserContext } from 'playwright-core';

function syntheticUser(login: string) {
  const n = Number(login.replace(/\D/g, '')) || 1;
  return {
    login,
    name: login,
    bio: 'b'.repeat(120),
    createdAt: '2015-01-01T00:00:00Z',
    followers: { totalCount: n % 500 },
    following: { totalCount: 20 },
    repositories: { totalCount: 5, nodes: [{ stargazerCount: 10, forkCount: 2 }] },
  };
}

/** Serves api.github.com's GraphQL endpoint; returns the count of requests it answered. */
export async function serveGithubGraphql(context: BrowserContext): Promise<{ requests: number }> {
  const counter = { requests: 0 };
  await context.route('https://api.github.com/**', (route) => {
    counter.requests++;
    const headers = { 'content-type': 'application/json', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': '9999999999' };
    const { variables } = (route.request().postDataJSON() ?? { variables: {} }) as { variables: Record<string, string> };
    const data = Object.fromEntries(Object.entries(variables).map(([name, login]) => [name.replace('l', 'u'), syntheticUser(login)]));
    return route.fulfill({ headers, body: JSON.stringify({ data }) });
  });
  return counter;
}

// GitHub's REST API: the user, then their own repositories for the stars and forks they have
// earned. 60 requests an hour without a token, 5,000 with one
// (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
import { githubUserClaims, withClaims } from '../identity/profile-claims';
import { isCount, isDateString, isNonEmptyString, isRecord } from '../lib/guards';
import { decayedRates } from '../score/decay';
import type { ProfileSignals, RecentActivity } from '../score/types';
import { GRAPHQL_BATCH, fetchWithGraphql } from './github-graphql';
import { badResponse, requestJson } from './http';
import { SourceError, oneAtATime, profileDisplay, type ProfileDisplay, type Source, type SourceContext, type SourceOutcome } from './types';

export const GITHUB_API = 'https://api.github.com';
/** One page of repositories: the most recently pushed hundred. */
const REPOS_PER_PAGE = 100;

/** The REST API's headers, with the user's token where there is one. */
export function githubHeaders(context: SourceContext): Record<string, string> {
  const token = context.settings.githubToken?.trim();
  return {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

export interface GitHubUser {
  login: string;
  type: string;
  followers: number;
  following: number;
  publicRepos: number;
  publicGists?: number;
  createdAt?: string;
  hasBio: boolean;
  hasUrl: boolean;
  hasLocation: boolean;
  display: ProfileDisplay;
}

export function parseUser(json: unknown): GitHubUser {
  if (!isRecord(json) || !isNonEmptyString(json.login) || !isCount(json.followers) || !isCount(json.following) || !isCount(json.public_repos)) {
    throw badResponse('GitHub sent a user without login, followers, following or public_repos.');
  }
  return {
    login: json.login,
    type: typeof json.type === 'string' ? json.type : 'User',
    followers: json.followers,
    following: json.following,
    publicRepos: json.public_repos,
    publicGists: isCount(json.public_gists) ? json.public_gists : undefined,
    createdAt: isDateString(json.created_at) ? json.created_at : undefined,
    hasBio: isNonEmptyString(json.bio),
    hasUrl: isNonEmptyString(json.blog),
    hasLocation: isNonEmptyString(json.location),
    display: withClaims(profileDisplay(json.name, json.bio), githubUserClaims(json.twitter_username, json.blog)),
  };
}

export interface RepoTotals {
  stars: number;
  forks: number;
  ownRepos: number;
}

/** Stars and forks summed over the user's own repositories, forks of other projects left out. */
export function sumOwnRepos(json: unknown): RepoTotals {
  if (!Array.isArray(json)) throw badResponse('GitHub sent repositories that are not a list.');
  const totals = { stars: 0, forks: 0, ownRepos: 0 };
  for (const repo of json) {
    if (!isRecord(repo) || !isCount(repo.stargazers_count) || !isCount(repo.forks_count)) {
      throw badResponse('GitHub sent a repository without stargazers_count or forks_count.');
    }
    if (repo.fork === true) continue;
    totals.stars += repo.stargazers_count;
    totals.forks += repo.forks_count;
    totals.ownRepos += 1;
  }
  return totals;
}

export function toSignals(handle: string, user: GitHubUser, repos: RepoTotals, at: string, urls: string[]): ProfileSignals {
  return {
    network: 'github',
    handle,
    observedAt: at,
    createdAt: user.createdAt,
    followers: user.followers,
    following: user.following,
    hasBio: user.hasBio,
    hasUrl: user.hasUrl,
    hasLocation: user.hasLocation,
    extra: { stars: repos.stars, forks: repos.forks, repos: user.publicRepos },
    sources: urls.map((url) => ({ kind: 'api' as const, url, at })),
  };
}

/** Public events (pushes, pull requests, issues, reviews, releases…) of the last 90 days, the most GitHub keeps. */
export function activityFromEvents(json: unknown, now: number): RecentActivity {
  if (!Array.isArray(json)) throw badResponse('GitHub sent events that are not a list.');
  const events = json.filter((event) => isRecord(event) && isDateString(event.created_at)).map((event) => ({ at: (event as { created_at: string }).created_at }));
  return decayedRates(events, now, EVENTS_WINDOW_DAYS);
}

const EVENTS_WINDOW_DAYS = 90;

async function fetchOne(login: string, context: SourceContext): Promise<SourceOutcome> {
  const userUrl = `${GITHUB_API}/users/${encodeURIComponent(login)}`;
  const reposUrl = `${userUrl}/repos?type=owner&sort=pushed&per_page=${REPOS_PER_PAGE}`;
  const eventsUrl = `${userUrl}/events/public?per_page=100`;
  try {
    const user = parseUser(await requestJson(userUrl, context, { headers: githubHeaders(context), what: `GitHub user ${login}` }));
    const repos = sumOwnRepos(await requestJson(reposUrl, context, { headers: githubHeaders(context), what: `repositories of ${login}` }));
    const at = new Date(context.now()).toISOString();
    const signals = toSignals(login, user, repos, at, [userUrl, reposUrl]);
    // Recent public activity: the third request, and the one to do without if it fails.
    try {
      signals.recent = activityFromEvents(await requestJson(eventsUrl, context, { headers: githubHeaders(context), what: `events of ${login}` }), context.now());
      signals.sources!.push({ kind: 'api', url: eventsUrl, at });
    } catch (error) {
      if (error instanceof SourceError && error.error.kind === 'rate-limited') throw error;
    }
    return { ok: true, signals, display: user.display };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, error: error.error };
    return { ok: false, error: { kind: 'bad-response', message: String(error) } };
  }
}

const oneByOne = oneAtATime(fetchOne);

export const githubSource: Source = {
  network: 'github',
  hostFor: () => 'api.github.com',
  servesHost: (host) => host === 'api.github.com',
  rateLimit: (_host, settings) => ({
    requests: settings.githubToken?.trim() ? 5000 : 60,
    periodMs: 3_600_000,
    source: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
  }),
  // Without a token, three REST requests a user (user, own repositories, public events); with
  // one, a GraphQL request for up to 25 users.
  batchSize: 1,
  batchSizeFor: (settings) => (settings.githubToken?.trim() ? GRAPHQL_BATCH : 1),
  // "Make requests for a single user or client ID serially" (GitHub's REST API best practices).
  concurrency: 1,
  fetchProfiles(handles, context) {
    if (context.settings.githubToken?.trim()) return fetchWithGraphql(handles, context, githubHeaders(context), oneByOne);
    return oneByOne(handles, context);
  },
};

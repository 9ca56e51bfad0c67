// GitHub with a token: one GraphQL request answers for many users at once: their audience,
// stars and forks on their own repositories (the hundred most starred), and a year of
// contributions (docs.github.com/en/graphql; 5,000 points an hour).
import { distinctClaims, githubUserClaims, parseSocialAccounts, withClaims } from '../identity/profile-claims';
import { isCount, isDateString, isNonEmptyString, isRecord } from '../lib/guards';
import type { IdentityClaim } from '../identity/types';
import type { ProfileSignals } from '../score/types';
import { badResponse, requestJsonWithHeaders } from './http';
import { SourceError, profileDisplay, type SourceContext, type SourceOutcome } from './types';

export const GRAPHQL_URL = 'https://api.github.com/graphql';
export const GRAPHQL_BATCH = 25;

const USER_FIELDS = `
  login name bio websiteUrl twitterUsername location createdAt
  socialAccounts(first: 10) { nodes { provider url } }
  followers { totalCount }
  following { totalCount }
  repositories(ownerAffiliations: OWNER, isFork: false, first: 100, orderBy: { field: STARGAZERS, direction: DESC }) {
    totalCount
    nodes { stargazerCount forkCount }
  }
  contributionsCollection { contributionCalendar { totalContributions } }`;

/** One query for the logins, each as a variable (never spliced into the query text). */
export function usersQuery(logins: string[]): { query: string; variables: Record<string, string> } {
  const variables = Object.fromEntries(logins.map((login, i) => [`l${i}`, login]));
  const parameters = logins.map((_, i) => `$l${i}: String!`).join(', ');
  const fields = logins.map((_, i) => `u${i}: user(login: $l${i}) { ${USER_FIELDS} }`).join('\n');
  return { query: `query(${parameters}) {\n${fields}\n}`, variables };
}

export function toSignalsFromGraphql(login: string, user: Record<string, unknown>, at: string): ProfileSignals {
  const count = (value: unknown) => (isRecord(value) && isCount(value.totalCount) ? value.totalCount : undefined);
  const repositories = isRecord(user.repositories) ? user.repositories : undefined;
  const nodes = repositories && Array.isArray(repositories.nodes) ? repositories.nodes.filter(isRecord) : undefined;
  // Without the repository list the stars are unknown, not zero.
  const sum = (field: 'stargazerCount' | 'forkCount') => nodes?.reduce((total, repo) => total + (isCount(repo[field]) ? repo[field] : 0), 0);
  const stars = sum('stargazerCount');
  const forks = sum('forkCount');
  const calendar = isRecord(user.contributionsCollection) && isRecord(user.contributionsCollection.contributionCalendar) ? user.contributionsCollection.contributionCalendar : {};
  const contributions = isCount(calendar.totalContributions) ? calendar.totalContributions : undefined;
  const repos = count(repositories);
  return {
    network: 'github',
    handle: login,
    observedAt: at,
    createdAt: isDateString(user.createdAt) ? user.createdAt : undefined,
    followers: count(user.followers),
    following: count(user.following),
    hasBio: isNonEmptyString(user.bio),
    hasUrl: isNonEmptyString(user.websiteUrl),
    hasLocation: isNonEmptyString(user.location),
    ...(contributions !== undefined ? { recent: { windowDays: 365, postsPerDay: Math.round((contributions / 365) * 1000) / 1000 } } : {}),
    extra: { ...(stars !== undefined ? { stars } : {}), ...(forks !== undefined ? { forks } : {}), ...(repos !== undefined ? { repos } : {}) },
    sources: [{ kind: 'api', url: GRAPHQL_URL, at }],
  };
}

/** The same claims as the REST answers give: twitter_username, blog and the social accounts, here in the one request. */
export function graphqlClaims(user: Record<string, unknown>): IdentityClaim[] {
  const social = isRecord(user.socialAccounts) && Array.isArray(user.socialAccounts.nodes) ? parseSocialAccounts(user.socialAccounts.nodes) : [];
  return distinctClaims([...githubUserClaims(user.twitterUsername, user.websiteUrl), ...social]);
}

/**
 * GitHub's GraphQL states an exhausted limit in a 200 answer's errors, with the reset time in its
 * headers; a secondary limit ("You have exceeded a secondary rate limit") in words, to be waited
 * out a minute at least (its docs). The host is closed until then.
 */
function throwIfRateLimited(json: unknown, headers: Headers, context: SourceContext): void {
  const errors = isRecord(json) && Array.isArray(json.errors) ? json.errors.filter(isRecord) : [];
  if (!errors.some((error) => error.type === 'RATE_LIMITED' || /secondary rate limit/i.test(String(error.message)))) return;
  const now = context.now();
  const resetSeconds = Number(headers.get('x-ratelimit-reset'));
  const retryAt = Number.isFinite(resetSeconds) && resetSeconds * 1000 > now ? resetSeconds * 1000 : now + 60_000;
  context.pause?.(new URL(GRAPHQL_URL).host, retryAt);
  throw new SourceError({ kind: 'rate-limited', message: 'GitHub’s GraphQL limit is used up for now.', retryAt });
}

export const BAD_TOKEN_MESSAGE = 'GitHub refused the saved token: it may have expired or been revoked. Replace it in the settings.';

/** Each user's error type in a GraphQL answer ("NOT_FOUND", "RESOURCE_LIMITS_EXCEEDED"), by the alias its path starts with. */
function errorTypes(json: Record<string, unknown>): Map<unknown, unknown> {
  const errors = Array.isArray(json.errors) ? json.errors.filter(isRecord) : [];
  return new Map(errors.map((error) => [Array.isArray(error.path) ? error.path[0] : undefined, error.type]));
}

/**
 * Up to 25 users in one query. A user GitHub could not finish answering comes back null like a
 * missing one, but with another error than NOT_FOUND (a heavy contributor's calendar exceeds its
 * resource limits): those are asked for again by `again` (the REST API), never called missing.
 */
export async function fetchWithGraphql(
  logins: string[],
  context: SourceContext,
  headers: Record<string, string>,
  again?: (logins: string[], context: SourceContext) => Promise<Map<string, SourceOutcome>>,
): Promise<Map<string, SourceOutcome>> {
  const outcomes = new Map<string, SourceOutcome>();
  let json: unknown;
  try {
    const answer = await requestJsonWithHeaders(GRAPHQL_URL, context, { headers, what: 'these GitHub users', body: usersQuery(logins) });
    json = answer.json;
    throwIfRateLimited(json, answer.headers, context);
    if (!isRecord(json) || !isRecord(json.data)) throw badResponse('GitHub sent a GraphQL answer without data.');
  } catch (error) {
    let fetchError = error instanceof SourceError ? error.error : { kind: 'bad-response' as const, message: String(error) };
    if (fetchError.status === 401) fetchError = { ...fetchError, message: BAD_TOKEN_MESSAGE };
    for (const login of logins) outcomes.set(login, { ok: false, error: fetchError });
    return outcomes;
  }
  const data = json.data as Record<string, unknown>;
  const types = errorTypes(json);
  const unfinished: string[] = [];
  const at = new Date(context.now()).toISOString();
  logins.forEach((login, i) => {
    const user = data[`u${i}`];
    const type = types.get(`u${i}`);
    if (user === null && type !== undefined && type !== 'NOT_FOUND') {
      unfinished.push(login);
      outcomes.set(login, { ok: false, error: { kind: 'bad-response', message: `GitHub could not finish its answer for ${login}.` } });
    } else if (user === null) {
      outcomes.set(login, { ok: false, error: { kind: 'not-found', message: `GitHub user ${login} does not exist.` } });
    } else if (!isRecord(user) || !isNonEmptyString(user.login)) {
      outcomes.set(login, { ok: false, error: { kind: 'bad-response', message: 'GitHub sent a GraphQL user without a login.' } });
    } else {
      outcomes.set(login, { ok: true, signals: toSignalsFromGraphql(login, user, at), display: withClaims(profileDisplay(user.name, user.bio), graphqlClaims(user)) });
    }
  });
  if (unfinished.length > 0 && again) for (const [login, outcome] of await again(unfinished, context)) outcomes.set(login, outcome);
  return outcomes;
}


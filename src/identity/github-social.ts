// The accounts a GitHub user lists on their profile (docs.github.com/en/rest/users/social-accounts:
// `GET /users/{username}/social_accounts`, an array of {provider, url}). One request, counted
// against the same hourly limit as the profile itself. GitHub does not check these links: each
// is a claim until the other side names the GitHub account back.
import { GITHUB_API, githubHeaders } from '../sources/github';
import { requestJson } from '../sources/http';
import { SourceError, type FetchError, type SourceContext } from '../sources/types';
import { parseSocialAccounts } from './profile-claims';
import type { IdentityClaim } from './types';

/** GitHub's /users/:u/social_accounts (one request), as claims. */
export async function githubSocialAccounts(login: string, context: SourceContext): Promise<IdentityClaim[] | { error: FetchError }> {
  const url = `${GITHUB_API}/users/${encodeURIComponent(login)}/social_accounts`;
  try {
    return parseSocialAccounts(await requestJson(url, context, { headers: githubHeaders(context), what: `GitHub user ${login}` }));
  } catch (error) {
    return { error: error instanceof SourceError ? error.error : { kind: 'bad-response', message: String(error) } };
  }
}

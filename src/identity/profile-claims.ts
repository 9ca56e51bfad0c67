// The claims in data the sources already fetch (no request of their own): GitHub's
// twitter_username and blog, a Bluesky handle that is a domain and the profile links in its
// description. Mastodon's fields are read in sources/mastodon.ts, beside its other field parsing.
import { isNonEmptyString, isRecord } from '../lib/guards';
import { networkInfo } from '../lib/networks';
import { badResponse } from '../sources/http';
import { claimFromUrl } from './claim-url';
import type { ProfileDisplay } from '../sources/types';
import type { IdentityClaim } from './types';

/** A profile names a few others; more is a bio full of links to other people. */
export const MAX_CLAIMS = 20;

/** Claims without repeats (same kind, same profile or domain), at most MAX_CLAIMS. */
export function distinctClaims(claims: (IdentityClaim | null)[]): IdentityClaim[] {
  const seen = new Map<string, IdentityClaim>();
  for (const claim of claims) {
    if (!claim) continue;
    const id = `${claim.kind}|${claim.ref ? `${claim.ref.network}:${claim.ref.handle}` : claim.domain}`;
    if (!seen.has(id)) seen.set(id, claim);
  }
  return [...seen.values()].slice(0, MAX_CLAIMS);
}

/** GitHub's `twitter_username` (an X handle GitHub does not check) and `blog` (any URL). */
export function githubUserClaims(twitterUsername: unknown, blog: unknown): IdentityClaim[] {
  const twitter = isNonEmptyString(twitterUsername) ? twitterUsername.trim().replace(/^@/, '') : undefined;
  const x: IdentityClaim | null =
    twitter && networkInfo('x')!.isValidHandle(twitter) ? { kind: 'github-twitter', ref: { network: 'x', handle: twitter.toLowerCase() }, url: `https://x.com/${twitter}` } : null;
  return distinctClaims([x, isNonEmptyString(blog) ? claimFromUrl(blog, 'github-blog') : null]);
}

/** The claims of a social_accounts answer (REST: an array of {provider, url}; GraphQL: the same as `socialAccounts.nodes`); entries without a URL that names a profile or a domain are left out. */
export function parseSocialAccounts(json: unknown): IdentityClaim[] {
  if (!Array.isArray(json)) throw badResponse('GitHub sent social accounts that are not a list.');
  return distinctClaims(json.map((entry) => (isRecord(entry) && typeof entry.url === 'string' ? claimFromUrl(entry.url, 'github-social') : null)));
}

/**
 * A Bluesky handle that is not a bsky.social name is a domain the account proved it controls
 * (DNS or /.well-known/atproto-did); the profiles its description links to are claims. Only
 * links naming a profile count from the description: a bare domain in a bio is as often an
 * employer's as the person's own.
 */
export function blueskyClaims(handle: string, description: unknown): IdentityClaim[] {
  const own = handle.toLowerCase();
  const domain: IdentityClaim | null =
    !own.startsWith('did:') && own !== 'handle.invalid' && !own.endsWith('.bsky.social') && networkInfo('bluesky')!.isValidHandle(own)
      ? { kind: 'bluesky-domain', domain: own, url: `https://bsky.app/profile/${own}` }
      : null;
  return distinctClaims([domain, ...linksIn(description).filter((claim) => claim.ref !== undefined)]);
}

/** The URLs and Mastodon addresses in free text, as 'profile-link' claims. */
export function linksIn(text: unknown): IdentityClaim[] {
  if (typeof text !== 'string') return [];
  return text
    .slice(0, 5000)
    .split(/\s+/)
    .map((token) => token.replace(/^[([<"'“‘]+|[)\]>"'”’.,;:!?]+$/g, ''))
    .filter((token) => token.includes('.') && token.length <= 300)
    .flatMap((token) => claimFromUrl(token, 'profile-link') ?? []);
}

/** The display with its claims, when there are any (an empty list is left out, as display fields are). */
export function withClaims(display: ProfileDisplay, claims: IdentityClaim[]): ProfileDisplay {
  return claims.length > 0 ? { ...display, claims } : display;
}

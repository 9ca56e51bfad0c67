// How Mastodon names accounts, wherever the web client writes them: "@user" or "@user@domain" (an
// acct), the routes that name them (`/@user`, `/@user@domain`), and the profile ref each stands
// for on a page of a given instance (`user@instance`; a local account takes the page's host).
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import { decodedSegment } from './find-handles';

/** Bidirectional isolates and no-break spaces around names. */
const INVISIBLE = /[\u00a0\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export interface Acct {
  user: string;
  /** Absent for a local account ("@user"). */
  domain?: string;
}

/** "@user" or "@user@domain" (the leading "@" optional), lower case, the domain in ASCII; null for anything else. */
export function parseAcct(text: string): Acct | null {
  const match = /^@?([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)(?:@([^@\s/]+))?$/i.exec(text.replace(INVISIBLE, '').trim());
  if (!match) return null;
  if (match[2] === undefined) return { user: match[1].toLowerCase(), domain: undefined };
  const domain = asciiDomain(match[2]);
  return domain ? { user: match[1].toLowerCase(), domain } : null;
}

/** Dot-separated labels of letters, digits and inner hyphens, two or more. */
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * A domain as hosts and profile refs spell it: lower case, and an internationalised one
 * ("bücher.example") in punycode ("xn--bcher-kva.example"), as the browser's URL parser maps it
 * (UTS 46, with its checks of bidirectional text and joiners); null for no domain.
 */
function asciiDomain(domain: string): string | null {
  if (/^[\x21-\x7e]*$/.test(domain)) return HOST_NAME.test(domain.toLowerCase()) ? domain.toLowerCase() : null;
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(domain)) return null;
  try {
    const host = new URL(`https://${domain}/`).hostname;
    return HOST_NAME.test(host) ? host : null;
  } catch {
    return null;
  }
}

/**
 * Accounts of other networks in the fediverse, which no Mastodon server answers for: Bridgy Fed
 * shows a Bluesky account as `@<its Bluesky handle>@bsky.brid.gy` (its docs), Threads its users as
 * `@<user>@threads.net` (its WebFinger answers `acct:mosseri@threads.net`). Each is its own
 * network's account.
 */
const BRIDGED: Readonly<Record<string, string>> = { 'bsky.brid.gy': 'bluesky', 'threads.net': 'threads', 'threads.com': 'threads' };
/** Fediverse servers with no Mastodon API to ask: Flipboard's (its ActivityPub README), Bridgy Fed's web bridge. */
const NO_MASTODON_API = new Set(['flipboard.com', 'web.brid.gy']);

/**
 * The profile an acct names, seen on a page of `host`: `user@instance`, valid, lower case; a bridged
 * account's own network's. None for a server without a Mastodon API, nor for an account named for
 * its domain (a WordPress blog's own, `@example.com@example.com`).
 */
export function refOf(acct: Acct, host: string): ProfileRef | null {
  const network = acct.domain ? BRIDGED[acct.domain] : undefined;
  if (network) return networkInfo(network)!.isValidHandle(acct.user) ? { network, handle: acct.user } : null;
  const domain = acct.domain ?? host.toLowerCase();
  if (NO_MASTODON_API.has(domain) || acct.user === domain) return null;
  const handle = `${acct.user}@${domain}`;
  return networkInfo('mastodon')!.isValidHandle(handle) ? { network: 'mastodon', handle } : null;
}

/** The acct a web-client route names (`/@user`, `/@user@domain`, under `/deck` too) and what follows it. */
export function acctFromPath(pathname: string): { acct: Acct; rest: string } | null {
  const path = decodedSegment(pathname);
  if (path === null) return null;
  const match = /^(?:\/deck)?\/@([^/]+)(?:\/(.*?))?\/?$/.exec(path);
  const acct = match ? parseAcct(match[1]) : null;
  return acct ? { acct, rest: match![2] ?? '' } : null;
}

/** Whether the account line agrees with the route: the same user, and the route's server where it names one. */
export const agrees = (routed: Acct, shown: Acct, host: string) => routed.user === shown.user && (routed.domain === undefined || routed.domain === (shown.domain ?? host));

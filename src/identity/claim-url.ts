// Which profile (or web domain) a link names, read from the URL alone: no site adapter is
// imported, so the background stays light. A link to a site's own pages (github.com/about,
// x.com/home) names no one. Links to the big platforms never become domain claims: a
// Bluesky account whose handle is `github.com` must not be "proved" by anyone's link to GitHub.
import { MASTODON_INSTANCES } from '../lib/mastodon-instances';
import { networkInfo, stackExchangeSite } from '../lib/networks';
import { normaliseRef, type ProfileRef } from '../lib/profile-ref';
import { DEVTO_RESERVED, GITHUB_RESERVED, INSTAGRAM_RESERVED, X_RESERVED } from '../lib/reserved-paths';
import { parseAcct, refOf } from '../sites/mastodon-acct';
import type { ClaimKind, IdentityClaim } from './types';

/**
 * Hosts whose `/@name` pages are not Mastodon accounts. Any other host's `/@name` is read as a
 * Mastodon (or compatible) account: most instances are not in MASTODON_INSTANCES, and a wrong
 * guess costs one failed lookup, never a merge (a claim still needs its proof).
 */
const NOT_MASTODON_AT_HOSTS = new Set(['medium.com', 'substack.com', 'hashnode.com', 'vimeo.com', 'pinterest.com', 'soundcloud.com', 'linktr.ee', 'behance.net', 'dribbble.com']);

/** Hosts people share: a link to them names a page of theirs, never a domain a person owns. */
const PLATFORM_HOSTS = new Set([
  'github.com', 'gist.github.com', 'x.com', 'twitter.com', 'bsky.app', 'bsky.social', 'linkedin.com', 'instagram.com', 'youtube.com', 'youtu.be',
  'news.ycombinator.com', 'stackoverflow.com', 'reddit.com', 'dev.to', 'threads.net', 'threads.com', 'tiktok.com', 'facebook.com', 'xing.com',
  'keybase.io', 'gitlab.com', 'codeberg.org', 'twitch.tv', 'npmjs.com', 'discord.gg', 'discord.com', 't.me', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com',
  ...NOT_MASTODON_AT_HOSTS, ...MASTODON_INSTANCES,
]);

// A DNS name with at least two labels, the last alphabetic (no IP addresses, no localhost).
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
// "@user@host"; without its first "@" it is as likely an e-mail address.
const MASTODON_ADDRESS = /^@[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?@[a-z0-9.-]+\.[a-z]{2,}$/i;

/** A host as claims compare it: lower case, without a leading `www.` (or `m.`, `mobile.`). */
export function normaliseDomain(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^(?:www|m|mobile)\./, '');
}

function ref(network: string, handle: string): ProfileRef | null {
  const info = networkInfo(network);
  if (!info || handle === '') return null;
  const normal = normaliseRef({ network, handle });
  return info.isValidHandle(normal.handle) ? normal : null;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The profile a URL on a known site names; undefined when the host is no site we know, null when it is but the page is no profile. */
function profileOf(url: URL, host: string): ProfileRef | null | undefined {
  // Path segments without empty ones, so that a trailing slash changes nothing.
  const parts = url.pathname.split('/').filter(Boolean).map(decode);
  const one = parts.length === 1 ? parts[0] : undefined;
  switch (host) {
    case 'github.com':
      return one && !GITHUB_RESERVED.has(one.toLowerCase()) ? ref('github', one) : null;
    case 'x.com':
    case 'twitter.com':
      return one && !X_RESERVED.has(one.toLowerCase()) ? ref('x', one) : null;
    case 'bsky.app':
      return parts.length === 2 && parts[0] === 'profile' ? ref('bluesky', parts[1]) : null;
    case 'linkedin.com':
      if (parts.length === 2 && parts[0] === 'in') return ref('linkedin', parts[1]);
      return parts.length === 2 && (parts[0] === 'company' || parts[0] === 'showcase') ? ref('linkedin', `${parts[0]}/${parts[1]}`) : null;
    case 'instagram.com':
      return one && !INSTAGRAM_RESERVED.has(one.toLowerCase()) ? ref('instagram', one) : null;
    case 'youtube.com':
      if (one?.startsWith('@')) return ref('youtube', one.slice(1));
      return parts.length === 2 && parts[0] === 'channel' ? ref('youtube', parts[1]) : null;
    case 'threads.net':
    case 'threads.com':
      return one?.startsWith('@') ? ref('threads', one.slice(1)) : null;
    case 'tiktok.com':
      return one?.startsWith('@') ? ref('tiktok', one.slice(1)) : null;
    case 'news.ycombinator.com': {
      const id = url.searchParams.get('id');
      return url.pathname === '/user' && id ? ref('hackernews', id) : null;
    }
    case 'reddit.com':
    case 'old.reddit.com':
    case 'new.reddit.com':
      return parts.length === 2 && (parts[0] === 'user' || parts[0] === 'u') ? ref('reddit', parts[1]) : null;
    case 'dev.to':
      return one && !DEVTO_RESERVED.has(one.toLowerCase()) ? ref('devto', one) : null;
  }
  const site = stackExchangeSite(host);
  if (site) return parts.length >= 2 && parts[0] === 'users' && /^\d+$/.test(parts[1]) ? ref('stackexchange', `${site}/${parts[1]}`) : null;
  if (NOT_MASTODON_AT_HOSTS.has(host)) return null;
  // Mastodon: https://<instance>/@<user> on any host; /users/<user> only on the instances we ship.
  if (one?.startsWith('@') && !one.slice(1).includes('@')) return ref('mastodon', `${one.slice(1)}@${host}`);
  if (parts.length === 2 && parts[0] === 'users' && (MASTODON_INSTANCES as readonly string[]).includes(host)) return ref('mastodon', `${parts[1]}@${host}`);
  return undefined;
}

/** Map a URL (or "@user@host" Mastodon address) a profile gives to the profile it names, or to its domain. */
export function claimFromUrl(url: string, kind: ClaimKind): IdentityClaim | null {
  const text = url.trim();
  if (text === '' || text.length > 2000) return null;
  if (MASTODON_ADDRESS.test(text)) {
    // As the Mastodon adapter reads an acct: a bridged account (`@zuck@threads.net`) is its own network's.
    const acct = parseAcct(text);
    const named = acct && refOf({ ...acct, domain: acct.domain && normaliseDomain(acct.domain) }, '');
    const claimed = named && ref(named.network, named.handle);
    return claimed ? { kind, ref: claimed, url: text } : null;
  }
  let parsed: URL;
  try {
    // A website field is often written without its scheme ("alice.dev").
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  const host = normaliseDomain(parsed.hostname);
  if (!DOMAIN.test(host)) return null;
  // linkedin.com has country hosts (de.linkedin.com).
  const siteHost = host.endsWith('.linkedin.com') ? 'linkedin.com' : host;
  const profile = profileOf(parsed, siteHost);
  if (profile) return { kind, ref: profile, url: text };
  if (profile === null || PLATFORM_HOSTS.has(siteHost) || siteHost.endsWith('.bsky.social')) return null;
  return { kind, domain: host, url: text };
}

// Mastodon, on any instance: each account is asked of its home server, whose REST API answers
// without an account (docs.joinmastodon.org/methods/accounts): `accounts/lookup` for the
// account, then its 40 latest own posts for the reactions they drew. A handle whose domain only
// delegates to another server (WebFinger, docs.joinmastodon.org/spec/webfinger) is found through
// `/.well-known/webfinger`. At most 3 requests a profile. A server that keeps its API from
// logged-out visitors ("This API requires an authenticated user", 401) withholds its profiles.
import { claimFromUrl } from '../identity/claim-url';
import { distinctClaims, withClaims } from '../identity/profile-claims';
import type { IdentityClaim } from '../identity/types';
import { isCount, isDateString, isNonEmptyString, isRecord } from '../lib/guards';
import { MASTODON_INSTANCES } from '../lib/mastodon-instances';
import { networkInfo } from '../lib/networks';
import { decayedRates, type PostReactions } from '../score/decay';
import type { ProfileSignals, RecentActivity } from '../score/types';
import { decodeEntities, htmlToText } from './html-text';
import { badResponse, requestJson } from './http';
import { SourceError, profileDisplay, type FetchError, type ProfileDisplay, type Source, type SourceContext, type SourceOutcome, oneAtATime } from './types';

/** The most posts one request returns (the API's maximum). */
export const STATUSES_LIMIT = 40;
const MAX_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
const MAX_VERIFIED_LINKS = 10;

export const WITHHELD_MESSAGE = 'This server does not share profiles without signing in.';
export const SUSPENDED_MESSAGE = 'This account is suspended.';
/** The new account's acct as its old server writes it: "user" on the same server, "user@domain" elsewhere. */
export const movedMessage = (acct: string, host: string) => `This account has moved to @${acct.includes('@') ? acct : `${acct}@${host}`}.`;
export const noMastodonApiMessage = (user: string, domain: string) => `@${user}@${domain} is on a fediverse server without Mastodon’s API: its numbers cannot be read.`;

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/** `user@instance`, lower case, as the background keys it; null for anything else. */
export function splitHandle(handle: string): { user: string; domain: string } | null {
  const lower = handle.trim().replace(/^@/, '').toLowerCase();
  if (!networkInfo('mastodon')!.isValidHandle(lower)) return null;
  const at = lower.indexOf('@');
  return { user: lower.slice(0, at), domain: lower.slice(at + 1) };
}

export interface MastodonAccount {
  id: string;
  username: string;
  suspended: boolean;
  json: Record<string, unknown>;
}

export function parseAccount(json: unknown): MastodonAccount {
  if (!isRecord(json) || !isNonEmptyString(json.id) || !isNonEmptyString(json.username)) {
    throw badResponse('Mastodon sent an account without id or username.');
  }
  return { id: json.id, username: json.username, suspended: json.suspended === true, json };
}

/** The posts of an account's statuses answer, as reactions with their times. Posts without a readable time are left out. */
export function parseStatuses(json: unknown): PostReactions[] {
  if (!Array.isArray(json)) throw badResponse('Mastodon sent statuses that are not a list.');
  const count = (value: unknown) => (isCount(value) ? value : undefined);
  return json.flatMap((status) => {
    if (!isRecord(status) || !isDateString(status.created_at)) return [];
    return [{ at: status.created_at, reposts: count(status.reblogs_count), replies: count(status.replies_count), likes: count(status.favourites_count), quotes: count(status.quotes_count) }];
  });
}

/**
 * Daily rates over the window the posts cover: when the page was full, the span it reaches
 * back (forty posts in a week is a week's rate); otherwise these are all the recent posts, over
 * 90 days or the account's age, whichever is shorter.
 */
export function recentFromStatuses(posts: PostReactions[], now: number, pageWasFull: boolean, createdAt?: string): RecentActivity {
  const clamp = (days: number) => Math.min(MAX_WINDOW_DAYS, Math.max(1, days));
  let windowDays = MAX_WINDOW_DAYS;
  if (pageWasFull) {
    const oldest = Math.min(...posts.map((post) => Date.parse(String(post.at))).filter(Number.isFinite));
    if (Number.isFinite(oldest)) windowDays = clamp((now - oldest) / DAY_MS);
  } else if (createdAt !== undefined && Number.isFinite(Date.parse(createdAt))) {
    windowDays = clamp((now - Date.parse(createdAt)) / DAY_MS);
  }
  return decayedRates(posts, now, windowDays);
}

/** The http(s) URL a profile field's value links to, or undefined. */
/** The first link's target in a field's HTML value, entities decoded. */
function hrefOf(valueHtml: string): string | undefined {
  const href = /<a\b[^>]*\bhref\s*=\s*"([^"]*)"/i.exec(valueHtml)?.[1] ?? /<a\b[^>]*\bhref\s*=\s*'([^']*)'/i.exec(valueHtml)?.[1];
  return href !== undefined ? decodeEntities(href) : undefined;
}

function linkOf(valueHtml: string): string | undefined {
  const candidate = hrefOf(valueHtml) ?? htmlToText(valueHtml);
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The links of the profile's fields that its server verified (a rel="me" link back from the page). */
export function verifiedLinks(fields: unknown): string[] {
  if (!Array.isArray(fields)) return [];
  const links = fields.flatMap((field) => {
    if (!isRecord(field) || !isDateString(field.verified_at) || typeof field.value !== 'string') return [];
    const link = linkOf(field.value);
    return link ? [link] : [];
  });
  return [...new Set(links)].slice(0, MAX_VERIFIED_LINKS);
}

/**
 * What the profile's fields name as the person's own: verified fields (the server found a
 * rel="me" link back on the named page) and the others, as claims. The bio is left out: its
 * links are mostly mentions of other people.
 */
export function fieldClaims(fields: unknown): IdentityClaim[] {
  if (!Array.isArray(fields)) return [];
  return distinctClaims(
    fields.map((field) => {
      if (!isRecord(field) || typeof field.value !== 'string') return null;
      const kind = isDateString(field.verified_at) ? 'mastodon-verified' : 'mastodon-field';
      const href = hrefOf(field.value);
      if (href !== undefined) return claimFromUrl(href, kind);
      // Plain text: a profile it names ("github.com/alice", "@alice@host"), or a URL with its scheme.
      const text = htmlToText(field.value);
      const claim = claimFromUrl(text, kind);
      return claim?.ref || /^https?:\/\//i.test(text) ? claim : null;
    }),
  );
}

/** The name (the username where none is set), the bio as text, the verified links and the fields' claims. */
export function displayOf(account: Record<string, unknown>): ProfileDisplay {
  const name = isNonEmptyString(account.display_name) ? account.display_name : account.username;
  const display = profileDisplay(name, typeof account.note === 'string' ? htmlToText(account.note) : undefined);
  const links = verifiedLinks(account.fields);
  return withClaims(links.length > 0 ? { ...display, verifiedLinks: links } : display, fieldClaims(account.fields));
}

/** Whether an avatar URL is the server's default picture (`/avatars/original/missing.png`). */
function isDefaultAvatar(url: string): boolean {
  return /\/missing\.png(\?.*)?$/i.test(url);
}

export function toSignals(handle: string, account: Record<string, unknown>, recent: RecentActivity | undefined, at: string, urls: string[]): ProfileSignals {
  const fields = Array.isArray(account.fields) ? account.fields.filter(isRecord) : undefined;
  const avatar = typeof account.avatar === 'string' ? account.avatar : undefined;
  return {
    network: 'mastodon',
    handle,
    observedAt: at,
    createdAt: isDateString(account.created_at) ? account.created_at : undefined,
    followers: isCount(account.followers_count) ? account.followers_count : undefined,
    following: isCount(account.following_count) ? account.following_count : undefined,
    posts: isCount(account.statuses_count) ? account.statuses_count : undefined,
    hasAvatar: avatar === undefined ? undefined : avatar.trim() !== '' && !isDefaultAvatar(avatar),
    hasBio: typeof account.note === 'string' ? htmlToText(account.note) !== '' : undefined,
    hasUrl: fields === undefined ? undefined : fields.some((field) => typeof field.value === 'string' && linkOf(field.value) !== undefined),
    ...(recent ? { recent } : {}),
    extra: { verifiedLinks: verifiedLinks(account.fields).length },
    sources: urls.map((url) => ({ kind: 'api' as const, url, at })),
  };
}

/** The server a WebFinger answer names for the account: the host of its ActivityPub actor (`self`), else its profile page. */
export function homeFromWebFinger(json: unknown): string | undefined {
  if (!isRecord(json) || !Array.isArray(json.links)) throw badResponse('The WebFinger answer has no links.');
  const links = json.links.filter(isRecord);
  const self = links.find((link) => link.rel === 'self' && typeof link.type === 'string' && /activity\+json|activitystreams/.test(link.type));
  const page = links.find((link) => link.rel === 'http://webfinger.net/rel/profile-page');
  for (const link of [self, page]) {
    if (!link || typeof link.href !== 'string') continue;
    try {
      const url = new URL(link.href);
      if (url.protocol === 'https:' && HOST.test(url.hostname)) return url.hostname;
    } catch {
      // not a URL: try the next link
    }
  }
  return undefined;
}

/** Domains whose WebFinger named another server (`user@example.com` served by social.example.com), learnt this session. */
const delegations = new Map<string, string>();
const MAX_DELEGATIONS = 500;
/** Every host this source has asked, so that their limits are Mastodon's (and no other host's). */
const askedHosts = new Set<string>();

export function forgetDelegations(): void {
  delegations.clear();
}

const lookupUrl = (host: string, user: string) => `https://${host}/api/v1/accounts/lookup?acct=${encodeURIComponent(user)}`;
const statusesUrl = (host: string, id: string) => `https://${host}/api/v1/accounts/${encodeURIComponent(id)}/statuses?limit=${STATUSES_LIMIT}&exclude_reblogs=true`;
const webFingerUrl = (user: string, domain: string) => `https://${domain}/.well-known/webfinger?resource=${encodeURIComponent(`acct:${user}@${domain}`)}`;

function ask(url: string, context: SourceContext, what: string): Promise<unknown> {
  askedHosts.add(new URL(url).hostname);
  return requestJson(url, context, { what });
}

const errorOf = (error: unknown): FetchError =>
  error instanceof SourceError ? error.error : { kind: 'bad-response', message: String(error) };

/** A refusal to logged-out visitors: 401, or 403 that is not a rate limit. */
const isRefusal = (error: FetchError) => error.kind === 'http' && (error.status === 401 || error.status === 403);

/** Failures that may mean the domain is not where the account's server answers. */
const mayBeDelegated = (error: FetchError) => error.kind === 'not-found' || error.kind === 'bad-response' || error.kind === 'network';

async function lookUp(host: string, user: string, context: SourceContext, urls: string[]): Promise<MastodonAccount> {
  const url = lookupUrl(host, user);
  const account = parseAccount(await ask(url, context, `The Mastodon account ${user}@${host}`));
  if (account.username.toLowerCase() !== user) throw badResponse(`${host} answered with another account than ${user}.`);
  urls.push(url);
  return account;
}

/** The account on its home server: the handle's domain, or the server its WebFinger names. */
export async function findAccount(user: string, domain: string, context: SourceContext, urls: string[]): Promise<{ account: MastodonAccount; host: string; requests: number }> {
  const known = delegations.get(domain);
  if (known) return { account: await lookUp(known, user, context, urls), host: known, requests: 1 };
  try {
    return { account: await lookUp(domain, user, context, urls), host: domain, requests: 1 };
  } catch (error) {
    const first = errorOf(error);
    if (!mayBeDelegated(first)) throw error;
    let home: string | undefined;
    try {
      const url = webFingerUrl(user, domain);
      home = homeFromWebFinger(await ask(url, context, `${user}@${domain}`));
      urls.push(url);
    } catch {
      throw error; // WebFinger knows no better: the lookup's own answer stands
    }
    // WebFinger knows the account, at home on the server that has no lookup for it: a fediverse
    // server of another kind (WordPress, Misskey, Flipboard), which the account's numbers stay on.
    if (home === domain && first.kind !== 'network') throw new SourceError({ kind: 'withheld', message: noMastodonApiMessage(user, domain) });
    if (!home || home === domain) throw error;
    if (delegations.size >= MAX_DELEGATIONS) delegations.delete(delegations.keys().next().value!);
    delegations.set(domain, home);
    return { account: await lookUp(home, user, context, urls), host: home, requests: 3 };
  }
}

async function fetchOne(handle: string, context: SourceContext): Promise<SourceOutcome> {
  const parts = splitHandle(handle);
  if (!parts) return { ok: false, error: { kind: 'not-found', message: `${handle} is not a Mastodon handle (user@instance).` } };
  const { user, domain } = parts;
  const urls: string[] = [];
  try {
    const { account, host, requests } = await findAccount(user, domain, context, urls);
    if (account.suspended) return { ok: false, error: { kind: 'withheld', message: SUSPENDED_MESSAGE } };
    // A moved account's followers went with it: its numbers are an old account's (Mastodon's `moved`, the new account).
    const moved = isRecord(account.json.moved) && typeof account.json.moved.acct === 'string' ? account.json.moved.acct : undefined;
    if (moved !== undefined) return { ok: false, error: { kind: 'withheld', message: movedMessage(moved, host) } };
    let recent: RecentActivity | undefined;
    // Three requests at most: a profile found through WebFinger waits for its next fetch for its posts.
    if (requests < 3) {
      try {
        const url = statusesUrl(host, account.id);
        const posts = parseStatuses(await ask(url, context, `The posts of ${user}@${domain}`));
        urls.push(url);
        const createdAt = isDateString(account.json.created_at) ? account.json.created_at : undefined;
        recent = recentFromStatuses(posts, context.now(), posts.length >= STATUSES_LIMIT, createdAt);
      } catch (error) {
        // A limit is worth waiting for; posts kept from logged-out visitors (or unreadable) stay unknown.
        if (errorOf(error).kind === 'rate-limited') throw error;
      }
    }
    const at = new Date(context.now()).toISOString();
    return { ok: true, signals: toSignals(`${user}@${domain}`, account.json, recent, at, urls), display: displayOf(account.json) };
  } catch (error) {
    const fetchError = errorOf(error);
    if (isRefusal(fetchError)) return { ok: false, error: { kind: 'withheld', status: fetchError.status, message: WITHHELD_MESSAGE } };
    if (fetchError.kind === 'not-found') return { ok: false, error: { ...fetchError, message: `No Mastodon account answers to @${user}@${domain}.` } };
    return { ok: false, error: fetchError };
  }
}

export const mastodonSource: Source = {
  network: 'mastodon',
  /** The account's home instance, as its handle names it. */
  hostFor: (handle) => splitHandle(handle)?.domain ?? handle.slice(handle.lastIndexOf('@') + 1).toLowerCase(),
  // Any instance: the shipped ones and every host this source has asked. Kept last in SOURCES,
  // so that the networks' own API hosts are theirs.
  servesHost: (host) => (MASTODON_INSTANCES as readonly string[]).includes(host) || askedHosts.has(host),
  // 300 requests per 5 minutes per IP address for requests without an account, per instance
  // (docs.joinmastodon.org/api/rate-limits; servers send X-RateLimit-Limit: 300).
  rateLimit: () => ({ requests: 300, periodMs: 5 * 60_000, source: 'https://docs.joinmastodon.org/api/rate-limits/' }),
  batchSize: 1,
  concurrency: 3,
  fetchProfiles: oneAtATime(fetchOne),
};

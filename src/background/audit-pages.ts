// One page of an account's followers, per network, as the audit's FollowerInput. Bluesky lists
// followers 100 a page (app.bsky.graph.getFollowers) without their counts, which its batched
// app.bsky.actor.getProfiles adds, 25 a request: five requests per hundred followers. Mastodon
// lists 80 a page with the counts and the day of the last post (/api/v1/accounts/:id/followers),
// the next page named in the Link header. Every answer is checked; a bad one throws a SourceError.
import type { FollowerInput } from '../audit';
import { isNonEmptyString, isRecord } from '../lib/guards';
import { BLUESKY_APPVIEW, GET_PROFILES_MAX_ACTORS, toSignals as blueskySignals } from '../sources/bluesky';
import { badResponse, requestJson } from '../sources/http';
import { findAccount, splitHandle, toSignals as mastodonSignals } from '../sources/mastodon';
import { SourceError, type SourceContext } from '../sources/types';

export const BLUESKY_FOLLOWERS_PAGE = 100;
export const MASTODON_FOLLOWERS_PAGE = 80;

export interface FollowerPage {
  /** The followers to add to the sample (Bluesky: only as many as it still needs, and none it has). */
  followers: FollowerInput[];
  /** How many followers the network listed on the page. */
  received: number;
  /** The next page's cursor; undefined at the end of the list. */
  cursor?: string;
}

const isoAt = (context: SourceContext) => new Date(context.now()).toISOString();

interface ListedActor {
  did: string;
  handle: string;
  json: Record<string, unknown>;
}

function parseFollowers(json: unknown): { actors: ListedActor[]; cursor?: string } {
  if (!isRecord(json) || !Array.isArray(json.followers)) throw badResponse('Bluesky sent no list of followers.');
  const actors = json.followers.flatMap((actor): ListedActor[] => {
    if (!isRecord(actor) || !isNonEmptyString(actor.did) || typeof actor.handle !== 'string') return [];
    const handle = actor.handle.toLowerCase();
    // An account whose handle no longer resolves is listed as handle.invalid: its DID tells it apart.
    return [{ did: actor.did, handle: handle === '' || handle === 'handle.invalid' ? actor.did : handle, json: actor }];
  });
  const cursor = isNonEmptyString(json.cursor) && json.followers.length > 0 ? json.cursor : undefined;
  return { actors, cursor };
}

/** Profiles by DID; an empty map when Bluesky refuses the batch (an actor it cannot resolve: 400). */
async function profilesByDid(dids: string[], context: SourceContext): Promise<Map<string, Record<string, unknown>>> {
  const url = `${BLUESKY_APPVIEW}/xrpc/app.bsky.actor.getProfiles?${dids.map((did) => `actors=${encodeURIComponent(did)}`).join('&')}`;
  let json: unknown;
  try {
    json = await requestJson(url, context, { what: 'These Bluesky followers' });
  } catch (error) {
    if (error instanceof SourceError && error.error.status === 400) return new Map();
    throw error;
  }
  if (!isRecord(json) || !Array.isArray(json.profiles)) throw badResponse('Bluesky sent no list of profiles.');
  const found = new Map<string, Record<string, unknown>>();
  for (const profile of json.profiles) if (isRecord(profile) && isNonEmptyString(profile.did)) found.set(profile.did, profile);
  return found;
}

/**
 * A page of the account's Bluesky followers, with the counts of at most `want` of them that are
 * not `seen` yet (the rest are beyond the sample). A follower Bluesky has no detailed profile
 * for keeps what the list said of it (no counts: its verdict is likely 'unknown').
 */
export async function blueskyPage(handle: string, cursor: string | undefined, want: number, seen: ReadonlySet<string>, context: SourceContext): Promise<FollowerPage> {
  const params = new URLSearchParams({ actor: handle, limit: String(BLUESKY_FOLLOWERS_PAGE) });
  if (cursor) params.set('cursor', cursor);
  const url = `${BLUESKY_APPVIEW}/xrpc/app.bsky.graph.getFollowers?${params}`;
  let json: unknown;
  try {
    json = await requestJson(url, context, { what: `The Bluesky account ${handle}` });
  } catch (error) {
    // The AppView answers 400 for an actor it does not know.
    if (error instanceof SourceError && error.error.status === 400) {
      throw new SourceError({ kind: 'not-found', status: 400, message: `The Bluesky account ${handle} does not exist.` });
    }
    throw error;
  }
  const page = parseFollowers(json);
  const wanted = page.actors.filter((actor) => !seen.has(actor.handle)).slice(0, Math.max(0, want));
  const batches: string[][] = [];
  for (let i = 0; i < wanted.length; i += GET_PROFILES_MAX_ACTORS) batches.push(wanted.slice(i, i + GET_PROFILES_MAX_ACTORS).map((a) => a.did));
  const profiles = new Map<string, Record<string, unknown>>();
  for (const found of await Promise.all(batches.map((dids) => profilesByDid(dids, context)))) for (const [did, p] of found) profiles.set(did, p);
  const at = isoAt(context);
  const followers = wanted.map((actor) => ({ signals: blueskySignals(actor.handle, profiles.get(actor.did) ?? actor.json, at, url) }));
  return { followers, received: page.actors.length, cursor: page.cursor };
}

export interface MastodonAccountRef {
  host: string;
  id: string;
  followers?: number;
}

/** The account on its home server, as the profile source finds it (lookup, WebFinger when delegated). */
export async function mastodonAccount(handle: string, context: SourceContext): Promise<MastodonAccountRef> {
  const parts = splitHandle(handle);
  if (!parts) throw new SourceError({ kind: 'not-found', message: `${handle} is not a Mastodon handle (user@instance).` });
  const { account, host } = await findAccount(parts.user, parts.domain, context, []);
  if (account.suspended) throw new SourceError({ kind: 'withheld', message: 'This account is suspended.' });
  const followers = account.json.followers_count;
  return { host, id: account.id, ...(typeof followers === 'number' && followers >= 0 ? { followers } : {}) };
}

/** The max_id of the Link header's rel="next" URL, if any. */
export function nextMaxId(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (!match || !/\brel\s*=\s*"?next"?/i.test(match[2])) continue;
    try {
      const maxId = new URL(match[1]).searchParams.get('max_id');
      return maxId !== null && maxId !== '' ? maxId : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A page of a Mastodon account's followers; `cursor` is the max_id its Link header named. */
export async function mastodonPage(account: MastodonAccountRef, cursor: string | undefined, context: SourceContext): Promise<FollowerPage> {
  const params = new URLSearchParams({ limit: String(MASTODON_FOLLOWERS_PAGE) });
  if (cursor) params.set('max_id', cursor);
  const url = `https://${account.host}/api/v1/accounts/${encodeURIComponent(account.id)}/followers?${params}`;
  const response = await context.fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    // The same typed errors as every other request (404, rate limits with their retry time, …).
    await requestJson(url, { ...context, fetch: async () => response }, { what: `The followers of ${account.host}'s account ${account.id}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw badResponse('The API answered with malformed JSON.');
  }
  if (!Array.isArray(json)) throw badResponse('Mastodon sent followers that are not a list.');
  const at = isoAt(context);
  const followers = json.flatMap((item): FollowerInput[] => {
    if (!isRecord(item) || !isNonEmptyString(item.acct)) return [];
    const handle = (item.acct.includes('@') ? item.acct : `${item.acct}@${account.host}`).toLowerCase();
    const last = item.last_status_at;
    return [{ signals: mastodonSignals(handle, item, undefined, at, [url]), ...(typeof last === 'string' && Number.isFinite(Date.parse(last)) ? { lastPostAt: last } : {}) }];
  });
  const next = json.length > 0 ? nextMaxId(response.headers.get('link')) : undefined;
  return { followers, received: json.length, cursor: next };
}

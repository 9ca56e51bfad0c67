// The Stack Exchange API (api.stackexchange.com/docs): `/2.3/users/{ids}?site=<site>` answers up
// to 100 users of one site in one request, so a batch costs one request per site it spans.
// Quota: 300 requests a day per IP without a key, 10,000 with one (api.stackexchange.com/docs/throttle).
// Every answer carries `quota_remaining` and, when the API wants a pause, `backoff` (seconds):
// both are honoured by pausing the host. Errors come as `{error_id, error_name, error_message}`
// with a 400 (throttle_violation is error 502 in a 400).
//
// The default filter is used: it has reputation, badge counts, creation date, website and
// location, but not answer_count (a filter made with /filters/create would add it; the field
// is read when present, and a user page shows it).
import { isCount, isNonEmptyString, isRecord } from '../lib/guards';
import { networkInfo } from '../lib/networks';
import type { ProfileSignals } from '../score/types';
import { decodeEntities } from './html-text';
import { badResponse, rateLimitMessage, requestJson } from './http';
import { SourceError, profileDisplay, type FetchError, type Source, type SourceContext, type SourceOutcome } from './types';

export const STACK_EXCHANGE_API = 'https://api.stackexchange.com/2.3';
const HOST = 'api.stackexchange.com';
/** Ids per request ("{ids} can contain up to 100 semicolon delimited ids"), and the page size that returns them all. */
export const IDS_PER_REQUEST = 100;
/** The throttle (error 502) when the API does not say how long it lasts. */
const THROTTLE_FALLBACK_MS = 60_000;

/** One user of a /users/{ids} answer. */
export interface StackExchangeUser {
  userId: number;
  userType?: string;
  reputation: number;
  createdAt?: string;
  badgePoints?: number;
  answers?: number;
  hasUrl: boolean;
  hasLocation: boolean;
  name?: string;
}

/** What the answer's wrapper says about the quota. */
export interface Quota {
  remaining?: number;
  /** Seconds the API asks to wait before the next request. */
  backoff?: number;
}

/** Gold 10, silver 3, bronze 1 (EXTRA_SIGNALS.badgePoints); unknown unless all three are there. */
export function badgePoints(counts: unknown): number | undefined {
  if (!isRecord(counts) || !isCount(counts.gold) || !isCount(counts.silver) || !isCount(counts.bronze)) return undefined;
  return counts.gold * 10 + counts.silver * 3 + counts.bronze;
}

export function parseUsers(json: unknown): { users: StackExchangeUser[]; quota: Quota } {
  if (!isRecord(json) || !Array.isArray(json.items)) throw badResponse('Stack Exchange sent no list of users.');
  const users = json.items.map((item): StackExchangeUser => {
    if (!isRecord(item) || !isCount(item.user_id) || typeof item.reputation !== 'number' || !Number.isFinite(item.reputation)) {
      throw badResponse('Stack Exchange sent a user without user_id or reputation.');
    }
    return {
      userId: item.user_id,
      userType: typeof item.user_type === 'string' ? item.user_type : undefined,
      reputation: Math.max(0, item.reputation),
      createdAt: isCount(item.creation_date) ? new Date(item.creation_date * 1000).toISOString() : undefined,
      badgePoints: badgePoints(item.badge_counts),
      answers: isCount(item.answer_count) ? item.answer_count : undefined,
      hasUrl: isNonEmptyString(item.website_url),
      hasLocation: isNonEmptyString(item.location),
      // Names come entity-encoded ("O&#39;Brien") in the API's safe filters.
      name: typeof item.display_name === 'string' ? decodeEntities(item.display_name) : undefined,
    };
  });
  return { users, quota: { remaining: isCount(json.quota_remaining) ? json.quota_remaining : undefined, backoff: isCount(json.backoff) ? json.backoff : undefined } };
}

export function toSignals(handle: string, user: StackExchangeUser, at: string, url: string): ProfileSignals {
  const extra: Record<string, number> = { reputation: user.reputation };
  if (user.badgePoints !== undefined) extra.badgePoints = user.badgePoints;
  if (user.answers !== undefined) extra.answers = user.answers;
  return {
    network: 'stackexchange',
    handle,
    observedAt: at,
    createdAt: user.createdAt,
    hasUrl: user.hasUrl,
    hasLocation: user.hasLocation,
    extra,
    sources: [{ kind: 'api', url, at }],
  };
}

/** The next midnight UTC after `now`, when a day's quota starts afresh. */
export function nextUtcMidnight(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
}

/** A Stack Exchange error body as a FetchError; undefined when the body is not one. */
export function errorFromBody(body: unknown, status: number, now: number): FetchError | undefined {
  if (!isRecord(body) || !isCount(body.error_id)) return undefined;
  const name = typeof body.error_name === 'string' ? body.error_name : 'error';
  const message = typeof body.error_message === 'string' ? body.error_message.slice(0, 200) : '';
  if (body.error_id === 502 || name === 'throttle_violation') {
    // "too many requests from this IP, more requests available in 82146 seconds"
    const seconds = Number(/available in (\d+) seconds?/i.exec(message)?.[1]);
    const retryAt = Number.isFinite(seconds) ? now + seconds * 1000 : now + THROTTLE_FALLBACK_MS;
    return { kind: 'rate-limited', status, retryAt, message: rateLimitMessage(HOST) };
  }
  if (body.error_id === 404) return { kind: 'not-found', status, message: `Stack Exchange has no such method (${name}).` };
  return { kind: 'http', status, message: `Stack Exchange refused the request: ${name}${message ? ` (${message})` : ''}.` };
}

/** context.fetch that turns a Stack Exchange error body into a SourceError (requestJson would see only the status). */
function readingErrors(context: SourceContext): SourceContext {
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await context.fetch(input, init);
    if (response.ok) return response;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    const error = errorFromBody(body, response.status, context.now());
    if (error) throw new SourceError(error);
    return response;
  }) as typeof globalThis.fetch;
  return { ...context, fetch };
}

interface Wanted {
  handle: string;
  id: string;
}

/** The API's site parameter and the user id of a handle (`stackoverflow/22656`), or null. */
export function parseHandle(handle: string): { site: string; id: string } | null {
  if (!networkInfo('stackexchange')!.isValidHandle(handle)) return null;
  const slash = handle.lastIndexOf('/');
  return { site: handle.slice(0, slash), id: String(Number(handle.slice(slash + 1))) };
}

/** The request URL, and the same without the key (which is kept out of the signals' sources). */
export function usersUrl(site: string, ids: string[], key: string | undefined): { url: string; shown: string } {
  const shown = `${STACK_EXCHANGE_API}/users/${ids.join(';')}?site=${encodeURIComponent(site)}&pagesize=${IDS_PER_REQUEST}`;
  return { url: key ? `${shown}&key=${encodeURIComponent(key)}` : shown, shown };
}

async function fetchSite(site: string, wanted: Wanted[], context: SourceContext, out: Map<string, SourceOutcome>): Promise<void> {
  const ids = [...new Set(wanted.map((w) => w.id))];
  const { url, shown } = usersUrl(site, ids, context.settings.stackExchangeKey?.trim() || undefined);
  let users: StackExchangeUser[];
  try {
    const parsed = parseUsers(await requestJson(url, readingErrors(context), { what: `these users of ${site}` }));
    users = parsed.users;
    const now = context.now();
    if (parsed.quota.backoff !== undefined && parsed.quota.backoff > 0) context.pause?.(HOST, now + parsed.quota.backoff * 1000);
    if (parsed.quota.remaining === 0) context.pause?.(HOST, nextUtcMidnight(now));
  } catch (error) {
    let fetchError: FetchError = error instanceof SourceError ? error.error : { kind: 'bad-response', message: String(error) };
    if (fetchError.kind === 'rate-limited' && fetchError.retryAt !== undefined) context.pause?.(HOST, fetchError.retryAt);
    // An unknown site name is refused as a bad `site` parameter: there is no such profile.
    if (fetchError.kind === 'http' && fetchError.status === 400 && /\bsite\b/i.test(fetchError.message)) {
      fetchError = { kind: 'not-found', status: 400, message: `There is no Stack Exchange site called ${site}.` };
    }
    for (const { handle } of wanted) out.set(handle, { ok: false, error: fetchError });
    return;
  }
  const at = new Date(context.now()).toISOString();
  for (const { handle, id } of wanted) {
    const user = users.find((u) => String(u.userId) === id);
    if (!user || user.userType === 'does_not_exist') {
      out.set(handle, { ok: false, error: { kind: 'not-found', message: `${site} has no user ${id}.` } });
      continue;
    }
    out.set(handle, { ok: true, signals: toSignals(handle, user, at, shown), display: profileDisplay(user.name, undefined) });
  }
}

export const stackexchangeSource: Source = {
  network: 'stackexchange',
  hostFor: () => HOST,
  servesHost: (host) => host === HOST,
  rateLimit: (_host, settings) => ({
    requests: settings.stackExchangeKey?.trim() ? 10_000 : 300,
    periodMs: 86_400_000,
    source: 'https://api.stackexchange.com/docs/throttle',
  }),
  batchSize: IDS_PER_REQUEST,
  // Few requests, each for many users: one at a time keeps far below 30 a second per IP.
  concurrency: 1,
  async fetchProfiles(handles, context) {
    const outcomes = new Map<string, SourceOutcome>();
    const bySite = new Map<string, Wanted[]>();
    for (const handle of handles) {
      const parsed = parseHandle(handle);
      if (!parsed) {
        outcomes.set(handle, { ok: false, error: { kind: 'not-found', message: `${handle} is not a Stack Exchange handle (site/user id).` } });
        continue;
      }
      bySite.set(parsed.site, [...(bySite.get(parsed.site) ?? []), { handle, id: parsed.id }]);
    }
    for (const [site, wanted] of bySite) {
      for (let start = 0; start < wanted.length; start += IDS_PER_REQUEST) {
        await fetchSite(site, wanted.slice(start, start + IDS_PER_REQUEST), context, outcomes);
      }
    }
    return outcomes;
  },
};

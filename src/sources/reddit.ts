// Reddit: `/user/<name>/about.json`, asked from the background with the browser's own
// reddit.com session (credentials: 'include'; the extension's host permission lets the
// cookie go along). Reddit has closed its JSON to logged-out callers, so where the user is not
// signed in the answer is a refusal (401, 403, a 429 that names no quota, or the login page
// instead of JSON): that is a 'withheld' error, and profiles whose pages the user opens are
// scored from what the page shows (the site adapter's observe). One request a profile.
//
// The published limit for callers without OAuth: 10 queries a minute (Reddit Data API Wiki,
// "Rate Limits"; 100 a minute is for OAuth clients, which this is not).
import { isCount, isNonEmptyString, isRecord } from '../lib/guards';
import type { ProfileSignals } from '../score/types';
import { badResponse, rateLimitMessage, rateLimitRetryAt } from './http';
import { SourceError, profileDisplay, type FetchError, type ProfileDisplay, type Source, type SourceContext, type SourceOutcome, oneAtATime } from './types';

export const REDDIT_HOST = 'www.reddit.com';
export const REDDIT_LIMIT_SOURCE = 'https://support.reddithelp.com/hc/en-us/articles/16160319875092-Reddit-Data-API-Wiki';
export const WITHHELD_MESSAGE =
  'Reddit shares profiles only with signed-in users: open this profile on reddit.com while signed in, and its page will be read.';
export const SUSPENDED_MESSAGE = 'Reddit has suspended this account.';

export function aboutUrl(name: string): string {
  return `https://${REDDIT_HOST}/user/${encodeURIComponent(name)}/about.json`;
}

const withheld = (status?: number): FetchError => ({ kind: 'withheld', message: WITHHELD_MESSAGE, ...(status ? { status } : {}) });

/** An HTML page where JSON was asked for: Reddit's login page, or its "blocked" page. */
function isHtml(text: string, contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*</.test(text);
}

/** The about.json answer, or the FetchError that says why there is none. */
export async function requestAbout(name: string, context: SourceContext): Promise<unknown> {
  const url = aboutUrl(name);
  let response: Response;
  try {
    response = await context.fetch(url, { headers: { accept: 'application/json' }, credentials: 'include' });
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError({ kind: 'network', message: 'Reddit could not be reached.' });
  }
  const { status } = response;
  if (status === 404 || status === 410) throw new SourceError({ kind: 'not-found', status, message: `Reddit user ${name} does not exist.` });
  if (status === 401 || status === 403) throw new SourceError(withheld(status));
  if (status === 429) {
    // A signed-in session has a quota and says so; a logged-out caller is simply turned away.
    const metered = response.headers.has('x-ratelimit-remaining') || response.headers.has('retry-after');
    if (!metered) throw new SourceError(withheld(status));
    const retryAt = rateLimitRetryAt(response, context.now()) ?? context.now() + 60_000;
    throw new SourceError({ kind: 'rate-limited', status, retryAt, message: rateLimitMessage(REDDIT_HOST) });
  }
  if (!response.ok) throw new SourceError({ kind: 'http', status, message: `Reddit answered ${status}.` });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    if (isHtml(text, response.headers.get('content-type'))) throw new SourceError(withheld());
    throw badResponse('Reddit answered with malformed JSON.');
  }
}

/** The account (`t2`) in an about.json answer. */
export function parseAbout(json: unknown): Record<string, unknown> {
  if (!isRecord(json) || json.kind !== 't2' || !isRecord(json.data) || !isNonEmptyString(json.data.name)) {
    throw badResponse('Reddit sent no account (t2) with a name.');
  }
  return json.data;
}

const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Karma: the total where Reddit gives it, else post plus comment karma; never below zero. */
export function karmaOf(data: Record<string, unknown>): number | undefined {
  const total = number(data.total_karma);
  if (total !== undefined) return Math.max(0, total);
  const link = number(data.link_karma);
  const comment = number(data.comment_karma);
  return link !== undefined && comment !== undefined ? Math.max(0, link + comment) : undefined;
}

function hasAvatar(data: Record<string, unknown>, profile: Record<string, unknown> | undefined): boolean | undefined {
  if (isNonEmptyString(data.snoovatar_img)) return true;
  if (typeof profile?.is_default_icon === 'boolean') return !profile.is_default_icon;
  const icon = data.icon_img ?? profile?.icon_img;
  return isNonEmptyString(icon) ? !/\/avatars\/defaults\/|avatar_default/.test(icon) : undefined;
}

export function toSignals(handle: string, data: Record<string, unknown>, at: string, url: string): ProfileSignals {
  // The account's own profile page (a "u_<name>" subreddit): its followers, avatar and bio.
  const profile = isRecord(data.subreddit) ? data.subreddit : undefined;
  const karma = karmaOf(data);
  const moderated = data.is_mod === true ? 1 : data.is_mod === false ? 0 : undefined;
  const created = number(data.created_utc);
  const extra: Record<string, number> = {};
  if (karma !== undefined) extra.karma = karma;
  if (moderated !== undefined) extra.moderated = moderated;
  return {
    network: 'reddit',
    handle,
    observedAt: at,
    createdAt: created !== undefined && created > 0 ? new Date(created * 1000).toISOString() : undefined,
    followers: profile && isCount(profile.subscribers) ? profile.subscribers : undefined,
    verified: typeof data.verified === 'boolean' ? data.verified : undefined,
    hasAvatar: hasAvatar(data, profile),
    hasBio: typeof profile?.public_description === 'string' ? profile.public_description.trim() !== '' : undefined,
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    sources: [{ kind: 'api', url, at }],
  };
}

export function displayOf(data: Record<string, unknown>): ProfileDisplay {
  const profile = isRecord(data.subreddit) ? data.subreddit : {};
  return profileDisplay(profile.title, profile.public_description);
}

async function fetchOne(name: string, context: SourceContext): Promise<SourceOutcome> {
  try {
    const data = parseAbout(await requestAbout(name, context));
    if (data.is_suspended === true) return { ok: false, error: { kind: 'withheld', message: SUSPENDED_MESSAGE } };
    const at = new Date(context.now()).toISOString();
    return { ok: true, signals: toSignals(name, data, at, aboutUrl(name)), display: displayOf(data) };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, error: error.error };
    return { ok: false, error: { kind: 'bad-response', message: String(error) } };
  }
}

export const redditSource: Source = {
  network: 'reddit',
  hostFor: () => REDDIT_HOST,
  servesHost: (host) => host === REDDIT_HOST,
  rateLimit: () => ({ requests: 10, periodMs: 60_000, source: REDDIT_LIMIT_SOURCE }),
  batchSize: 1,
  concurrency: 1,
  fetchProfiles: oneAtATime(fetchOne),
};

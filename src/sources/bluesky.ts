// Bluesky's public AppView: app.bsky.actor.getProfiles answers up to 25 actors (handles or
// DIDs) in one request, without an account (docs.bsky.app/docs/api/app-bsky-actor-get-profiles).
import { blueskyClaims, withClaims } from '../identity/profile-claims';
import { isCount, isDateString, isNonEmptyString, isRecord } from '../lib/guards';
import type { ProfileSignals } from '../score/types';
import { fetchDepth, median, type Depth } from './bluesky-depth';
import { badResponse, requestJson } from './http';
import { SourceError, profileDisplay, type FetchError, type Source, type SourceContext, type SourceOutcome } from './types';

export const BLUESKY_APPVIEW = 'https://public.api.bsky.app';
export const GET_PROFILES_MAX_ACTORS = 25;

/** Labels by which an account (or Bluesky's moderation) keeps it from logged-out viewers. */
const WITHHELD_LABELS: Record<string, string> = {
  '!no-unauthenticated': 'its owner asked that it not be shown to people who are not logged in',
  '!takedown': 'Bluesky has taken it down',
  '!suspend': 'Bluesky has suspended it',
};

export interface BlueskyProfile {
  did: string;
  handle: string;
  json: Record<string, unknown>;
}

export function parseProfiles(json: unknown): BlueskyProfile[] {
  if (!isRecord(json) || !Array.isArray(json.profiles)) throw badResponse('Bluesky sent no list of profiles.');
  return json.profiles.map((profile) => {
    if (!isRecord(profile) || !isNonEmptyString(profile.did) || !isNonEmptyString(profile.handle)) {
      throw badResponse('Bluesky sent a profile without did or handle.');
    }
    return { did: profile.did, handle: profile.handle.toLowerCase(), json: profile };
  });
}

export function withheldReason(profile: Record<string, unknown>): string | undefined {
  const labels = Array.isArray(profile.labels) ? profile.labels : [];
  for (const label of labels) {
    if (isRecord(label) && typeof label.val === 'string' && Object.hasOwn(WITHHELD_LABELS, label.val)) return WITHHELD_LABELS[label.val];
  }
  return undefined;
}

export function toSignals(handle: string, profile: Record<string, unknown>, at: string, url: string): ProfileSignals {
  const verification = isRecord(profile.verification) ? profile.verification : {};
  return {
    network: 'bluesky',
    handle,
    observedAt: at,
    createdAt: isDateString(profile.createdAt) ? profile.createdAt : undefined,
    followers: isCount(profile.followersCount) ? profile.followersCount : undefined,
    following: isCount(profile.followsCount) ? profile.followsCount : undefined,
    posts: isCount(profile.postsCount) ? profile.postsCount : undefined,
    verified: verification.verifiedStatus === 'valid' ? true : undefined,
    hasAvatar: isNonEmptyString(profile.avatar),
    hasBio: isNonEmptyString(profile.description),
    sources: [{ kind: 'api', url, at }],
  };
}

function profilesUrl(actors: string[]): string {
  const query = actors.map((actor) => `actors=${encodeURIComponent(actor)}`).join('&');
  return `${BLUESKY_APPVIEW}/xrpc/app.bsky.actor.getProfiles?${query}`;
}

async function fetchBatch(actors: string[], context: SourceContext, out: Map<string, SourceOutcome>, dids = new Map<string, string>()): Promise<void> {
  const url = profilesUrl(actors);
  let profiles: BlueskyProfile[];
  try {
    profiles = parseProfiles(await requestJson(url, context, { what: 'these Bluesky profiles' }));
  } catch (error) {
    const fetchError: FetchError =
      error instanceof SourceError ? error.error : { kind: 'bad-response', message: String(error) };
    // One unresolvable actor makes the AppView refuse the whole batch (400): find it by halving.
    if (fetchError.status === 400 && actors.length > 1) {
      const middle = Math.ceil(actors.length / 2);
      await fetchBatch(actors.slice(0, middle), context, out, dids);
      await fetchBatch(actors.slice(middle), context, out, dids);
      return;
    }
    const error400: FetchError = fetchError.status === 400 ? { kind: 'not-found', status: 400, message: 'Bluesky cannot resolve this handle.' } : fetchError;
    for (const actor of actors) out.set(actor, { ok: false, error: error400 });
    return;
  }
  const at = new Date(context.now()).toISOString();
  for (const actor of actors) {
    const match = profiles.find((p) => (actor.startsWith('did:') ? p.did === actor : p.handle === actor.toLowerCase()));
    if (!match) {
      out.set(actor, { ok: false, error: { kind: 'not-found', message: `No Bluesky account answers to ${actor}.` } });
      continue;
    }
    dids.set(actor, match.did);
    const withheld = withheldReason(match.json);
    out.set(
      actor,
      withheld
        ? { ok: false, error: { kind: 'withheld', message: `This profile is not scored: ${withheld}.` } }
        : { ok: true, signals: toSignals(actor, match.json, at, url), display: withClaims(profileDisplay(match.json.displayName, match.json.description), blueskyClaims(match.handle, match.json.description)) },
    );
  }
}

export const blueskySource: Source = {
  network: 'bluesky',
  hostFor: () => 'public.api.bsky.app',
  servesHost: (host) => host === 'public.api.bsky.app',
  // 3,000 requests per 5 minutes per IP (docs.bsky.app, "Rate Limits": general API requests).
  rateLimit: () => ({ requests: 3000, periodMs: 5 * 60_000, source: 'https://docs.bsky.app/docs/advanced-guides/rate-limits' }),
  batchSize: GET_PROFILES_MAX_ACTORS,
  concurrency: 3,
  async fetchProfiles(handles, context) {
    const outcomes = new Map<string, SourceOutcome>();
    const dids = new Map<string, string>();
    await fetchInBatches(handles, context, outcomes, dids);
    await addDepth(handles.filter((h) => outcomes.get(h)?.ok), dids, context, outcomes);
    return outcomes;
  },
};

async function fetchInBatches(actors: string[], context: SourceContext, out: Map<string, SourceOutcome>, dids?: Map<string, string>): Promise<void> {
  for (let start = 0; start < actors.length; start += GET_PROFILES_MAX_ACTORS) {
    await fetchBatch(actors.slice(start, start + GET_PROFILES_MAX_ACTORS), context, out, dids);
  }
}

const DEPTH_AT_ONCE = 4;

/**
 * Each profile's recent posts and who reposted them; then the reposters' audiences, from the
 * cache where known and otherwise in batches of 25 for the whole sample. The reposters fetched
 * are returned too, marked partial, so the cache keeps them for their own badges.
 */
async function addDepth(found: string[], dids: Map<string, string>, context: SourceContext, outcomes: Map<string, SourceOutcome>): Promise<void> {
  const depths = new Map<string, Depth>();
  for (let start = 0; start < found.length; start += DEPTH_AT_ONCE) {
    await Promise.all(found.slice(start, start + DEPTH_AT_ONCE).map(async (handle) => depths.set(handle, await fetchDepth(BLUESKY_APPVIEW, dids.get(handle)!, context))));
  }
  const sample = [...new Set([...depths.values()].flatMap((d) => d.reposters ?? []))];
  // The cache only saves requests: if it cannot be read, the reposters are fetched instead.
  const known = (await context.cached?.('bluesky', sample).catch(() => undefined)) ?? new Map<string, ProfileSignals>();
  const followersOf = (handle: string) => {
    const outcome = outcomes.get(handle);
    return known.get(handle)?.followers ?? (outcome?.ok ? outcome.signals.followers : undefined);
  };
  const missing = sample.filter((h) => followersOf(h) === undefined);
  const fetched = new Map<string, SourceOutcome>();
  await fetchInBatches(missing, context, fetched);
  for (const [handle, outcome] of fetched) {
    if (outcome.ok && !outcomes.has(handle)) outcomes.set(handle, { ...outcome, partial: true });
  }
  for (const handle of found) {
    const outcome = outcomes.get(handle);
    const depth = depths.get(handle);
    // A limit met on its posts: the profile waits it out (its cached score kept, marked stale) rather than be saved without them.
    if (depth?.limited) outcomes.set(handle, { ok: false, error: depth.limited });
    if (!outcome?.ok || !depth?.recent || depth.limited) continue;
    const reposters = depth.reposters ?? [];
    const audiences = reposters.map(followersOf).filter((n): n is number => n !== undefined);
    outcome.signals.recent = {
      ...depth.recent,
      ...(reposters.length > 0 ? { uniqueEngagers: reposters.length } : {}),
      ...(audiences.length > 0 ? { engagerMedianFollowers: median(audiences) } : {}),
    };
  }
}

// Finds which profiles the user looks at belong to one person, and keeps what it found. A
// profile looked at (a badge on a page, the popup) has its claims read from what its source
// already fetched; each profile it claims is fetched once through the profile service, at
// background priority, and its claims read too: one step, never further (a claimed profile's
// own claims are not followed). Links are kept under both ends' `identity:<key>`, so either
// profile's badge finds them, with the key of the profile whose discovery found them (`by`),
// so that a later discovery replaces what an earlier one found.
import { isRecord } from '../lib/guards';
import { networkInfo } from '../lib/networks';
import { normaliseRef, profileKey, refOfKey, type ProfileRef } from '../lib/profile-ref';
import type { IdentityView, SettledEntry } from '../lib/score-entry';
import { combineScores, evaluateLinks, githubSocialAccounts, provenGroup, wikidataIdentities, type IdentityClaim, type IdentityLink } from '../identity';
import { WIKIDATA_PROPERTY } from '../sources/wikipedia';
import type { SourceContext } from '../sources/types';
import type { KeyValueArea } from './cache';
import { PRIORITY } from './host-limiter';
import { NOTABILITY } from './notability';
import type { ProfileService } from './profile-service';

/** How long a discovery, and a GitHub profile's social accounts, stay good. */
export const IDENTITY_MAX_AGE_MS = 7 * 86_400_000;
const PREFIX = 'identity:';
export const SELF_KEY = `${PREFIX}self`;
/** At most this many claimed profiles are fetched for one profile (a bio full of links costs no more). */
const MAX_TARGETS = 8;
/** A group is followed over stored links to at most this many profiles. */
const MAX_GROUP = 12;
const SUMMARY_MAX_AGE_MS = 30_000;
const MAX_SUMMARIES = 5000;

type StoredLink = IdentityLink & { by: string };
interface IdentityRecord {
  /** When this profile's own discovery last ran (absent: links found from the other end only). */
  discoveredAt?: number;
  links: StoredLink[];
  /** GitHub's social accounts, read at most once per max age. */
  social?: { at: number; claims: IdentityClaim[] };
}

export interface BadgeIdentity {
  combined: number;
  linked: string[];
}

const isStoredLink = (v: unknown): v is StoredLink =>
  isRecord(v) && typeof v.a === 'string' && typeof v.b === 'string' && typeof v.by === 'string' && ['proved', 'claimed', 'self-declared'].includes(String(v.status)) && Array.isArray(v.evidence);

function parseRecord(raw: unknown): IdentityRecord | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.links)) return undefined;
  const social = isRecord(raw.social) && typeof raw.social.at === 'number' && Array.isArray(raw.social.claims) ? { at: raw.social.at, claims: raw.social.claims as IdentityClaim[] } : undefined;
  return { discoveredAt: typeof raw.discoveredAt === 'number' ? raw.discoveredAt : undefined, links: raw.links.filter(isStoredLink), social };
}


const merges = (link: IdentityLink) => link.status !== 'claimed';
const RANK = { proved: 2, 'self-declared': 1, claimed: 0 } as const;

/** One link per pair, the strongest (proved over self-declared over claimed). */
export function bestPerPair(links: IdentityLink[]): IdentityLink[] {
  const best = new Map<string, IdentityLink>();
  for (const link of links) {
    const pair = `${link.a} ${link.b}`;
    const known = best.get(pair);
    if (!known || RANK[link.status] > RANK[known.status]) best.set(pair, link);
  }
  return [...best.values()].map(({ a, b, status, proof, evidence }) => ({ a, b, status, ...(proof ? { proof } : {}), evidence }));
}

export interface IdentityServiceOptions {
  storage: KeyValueArea;
  service: Pick<ProfileService, 'resolve' | 'peek'>;
  /** A context whose fetch goes through the host limiter at background priority. */
  context(): Promise<SourceContext>;
  now?: () => number;
  /** These profiles' groups changed: their badges should be told. */
  onChanged?(keys: string[]): void;
}

export function createIdentityService(options: IdentityServiceOptions) {
  const now = options.now ?? Date.now;
  const running = new Map<string, Promise<void>>();
  /**
   * When each profile's discovery last ran, as far as this worker knows: every badge request of a
   * page asks again, and the stored record need not be read each time.
   */
  const discoveredAt = new Map<string, number>();
  const isFresh = (at: number | undefined) => at !== undefined && now() - at < IDENTITY_MAX_AGE_MS;
  /** Badge summaries by key (null: none), dropped whenever a link is stored, and after a while (the others' scores move). */
  let summaries = new Map<string, { at: number; value: BadgeIdentity | null }>();

  async function readMany(keys: string[]): Promise<Map<string, IdentityRecord>> {
    const out = new Map<string, IdentityRecord>();
    if (keys.length === 0) return out;
    const stored = await options.storage.get(keys.map((key) => PREFIX + key));
    for (const key of keys) {
      const record = parseRecord(stored[PREFIX + key]);
      if (record) out.set(key, record);
    }
    return out;
  }

  async function selfPairs(): Promise<[string, string][]> {
    const raw = (await options.storage.get([SELF_KEY]))[SELF_KEY];
    return Array.isArray(raw) ? raw.filter((p): p is [string, string] => Array.isArray(p) && p.length === 2 && p.every((k) => typeof k === 'string')) : [];
  }

  /** A profile's claims: what its source read, and for GitHub its social accounts (one request, kept 7 days). */
  async function claimsOf(ref: ProfileRef, entry: SettledEntry | null, record: IdentityRecord | undefined, withSocial: boolean): Promise<{ claims: IdentityClaim[]; social?: IdentityRecord['social'] }> {
    const own = entry?.state === 'scored' ? (entry.display?.claims ?? []) : [];
    if (ref.network !== 'github' || !withSocial || entry?.state !== 'scored') return { claims: own };
    let social = record?.social && now() - record.social.at < IDENTITY_MAX_AGE_MS ? record.social : undefined;
    const context = social ? undefined : await options.context();
    // With a token the profile came from GraphQL, which names the social accounts in the same request.
    if (context && !context.settings.githubToken?.trim()) {
      const answer = await githubSocialAccounts(ref.handle, context).catch(() => ({ error: true }));
      // A failed request is asked again at the next discovery, not remembered as "none".
      if (Array.isArray(answer)) social = { at: now(), claims: answer };
    }
    return { claims: [...own, ...(social?.claims ?? [])], social };
  }

  /**
   * What a Wikidata item says of a notable profile (the same rule as Wikipedia pageviews: a
   * thousand followers): one query, once per discovery. Its other identifiers are proof on their
   * own; a failed query proves nothing and is asked again at the next discovery.
   */
  async function wikidataClaims(ref: ProfileRef, entry: SettledEntry): Promise<IdentityClaim[]> {
    if (entry.state !== 'scored' || !WIKIDATA_PROPERTY[ref.network] || (entry.signals.followers ?? 0) < NOTABILITY.minFollowers) return [];
    const answer = await wikidataIdentities([ref], await options.context()).catch(() => undefined);
    return answer instanceof Map ? (answer.get(profileKey(ref)) ?? []) : [];
  }

  /**
   * The profiles a profile's claims name. The domain of its own website field may be a Bluesky
   * handle (the one way to find such an account from the other side); a URL in a bio is not
   * tried as one: most are someone else's site, and each guess would cost a request.
   */
  function targetsOf(key: string, claims: IdentityClaim[]): ProfileRef[] {
    const refs = new Map<string, ProfileRef>();
    for (const claim of claims) {
      const ownSite = claim.domain && (claim.kind === 'github-blog' || claim.kind === 'mastodon-verified');
      const candidates = [claim.ref, ownSite ? { network: 'bluesky', handle: claim.domain! } : undefined];
      for (const candidate of candidates) {
        if (!candidate) continue;
        const ref = normaliseRef(candidate);
        if (!networkInfo(ref.network)?.isValidHandle(ref.handle) || profileKey(ref) === key) continue;
        refs.set(profileKey(ref), ref);
      }
    }
    return [...refs.values()].slice(0, MAX_TARGETS);
  }

  /** Stores a discovery's links under its profile and under each other end, replacing what that profile's earlier discovery found. */
  async function save(key: string, links: IdentityLink[], social: IdentityRecord['social']): Promise<string[]> {
    const existing = await readMany([key]);
    const before = existing.get(key)?.links.filter((l) => l.by === key) ?? [];
    const others = new Set([...before, ...links].flatMap((l) => [l.a, l.b]).filter((k) => k !== key));
    const records = await readMany([key, ...others]);
    const found: StoredLink[] = links.map((link) => ({ ...link, by: key }));
    const writes: Record<string, unknown> = {};
    for (const target of [key, ...others]) {
      const kept = (records.get(target)?.links ?? []).filter((l) => l.by !== key);
      const mine = found.filter((l) => l.a === target || l.b === target);
      const record: IdentityRecord = { ...records.get(target), links: [...kept, ...mine] };
      if (target === key) Object.assign(record, { discoveredAt: remember(key, now()), social });
      writes[PREFIX + target] = record;
    }
    await options.storage.set(writes);
    summaries = new Map();
    return [key, ...others];
  }

  async function runDiscovery(entry: SettledEntry): Promise<void> {
    const key = entry.key;
    const ref = refOfKey(key);
    const record = (await readMany([key])).get(key);
    if (record?.discoveredAt !== undefined) remember(key, record.discoveredAt);
    if (isFresh(record?.discoveredAt)) return;
    const seen = await claimsOf(ref, entry, record, true);
    seen.claims.push(...(await wikidataClaims(ref, entry)));
    const claims = new Map<string, IdentityClaim[]>([[key, seen.claims]]);
    const targets = targetsOf(key, seen.claims);
    const targetRecords = await readMany(targets.map(profileKey));
    const entries = await Promise.all(targets.map((target) => options.service.resolve(target, { priority: PRIORITY.background }).catch(() => null)));
    for (const [i, target] of targets.entries()) {
      if (entries[i]?.state !== 'scored') continue; // no such profile (a domain that is no Bluesky handle): nothing to link
      claims.set(profileKey(target), (await claimsOf(target, entries[i], undefined, false)).claims);
    }
    let links = evaluateLinks(claims);
    // A GitHub profile claimed but not yet proved may name this one among its social accounts: one more request, only then.
    for (const [i, target] of targets.entries()) {
      const tkey = profileKey(target);
      if (target.network !== 'github' || !claims.has(tkey) || links.some((l) => merges(l) && (l.a === tkey || l.b === tkey))) continue;
      const withSocial = await claimsOf(target, entries[i], targetRecords.get(tkey), true);
      claims.set(tkey, withSocial.claims);
      if (withSocial.social) await options.storage.set({ [PREFIX + tkey]: { ...(targetRecords.get(tkey) ?? { links: [] }), social: withSocial.social } });
      links = evaluateLinks(claims);
    }
    // Only links that touch the profile looked at: what the claimed profiles claim of others is not followed.
    const changed = await save(key, links.filter((l) => l.a === key || l.b === key), seen.social);
    options.onChanged?.(changed);
  }

  /** Notes when a profile's discovery ran (bounded, like the summaries). */
  function remember(key: string, at: number): number {
    if (discoveredAt.size >= MAX_SUMMARIES) discoveredAt.clear();
    discoveredAt.set(key, at);
    return at;
  }

  /** Starts discovery for a profile the user looked at, unless it ran within the max age; never throws. */
  function discover(entry: SettledEntry): Promise<void> {
    if (entry.state !== 'scored' || isFresh(discoveredAt.get(entry.key))) return Promise.resolve();
    const key = entry.key;
    const known = running.get(key);
    if (known) return known;
    const run = runDiscovery(entry)
      .catch(() => {})
      .finally(() => running.delete(key));
    running.set(key, run);
    return run;
  }

  /** Every link reachable from `key` over merging links (stored and self-declared), and the self-declared pairs. */
  async function linksAround(key: string): Promise<IdentityLink[]> {
    const self = evaluateLinks(new Map(), await selfPairs());
    const all: IdentityLink[] = [...self];
    const visited = new Set<string>();
    let frontier = [key];
    while (frontier.length > 0 && visited.size < MAX_GROUP) {
      frontier.forEach((k) => visited.add(k));
      const records = await readMany(frontier);
      const found = [...records.values()].flatMap((r) => r.links);
      all.push(...found);
      const next = new Set<string>();
      for (const link of [...found, ...self]) {
        if (!merges(link) || !(visited.has(link.a) || visited.has(link.b))) continue;
        for (const k of [link.a, link.b]) if (!visited.has(k)) next.add(k);
      }
      frontier = [...next].slice(0, MAX_GROUP - visited.size);
    }
    return bestPerPair(all);
  }

  /** Links, the proven group and the combined score of one profile (for the card and the popup). */
  async function view(ref: ProfileRef): Promise<IdentityView> {
    const key = profileKey(ref);
    const around = await linksAround(key);
    const group = provenGroup(key, around);
    const members = new Set(group);
    // Claims only the profile's own: that someone else names it proves nothing about it.
    const links = around.filter((l) => (merges(l) ? members.has(l.a) || members.has(l.b) : l.evidence.some((e) => e.from === key)));
    if (group.length < 2) return { links, group, combined: null };
    const entries = await Promise.all(group.map((k) => options.service.peek(refOfKey(k)).catch(() => null)));
    const parts = entries.flatMap((e) => (e?.state === 'scored' ? [{ key: e.key, score: e.result.score, confidence: e.result.confidence }] : []));
    return { links, group, combined: parts.length > 0 ? combineScores(parts) : null };
  }

  /** What badges carry: the combined score and the other proven profiles, for those with any. */
  async function forBadges(keys: string[]): Promise<Map<string, BadgeIdentity>> {
    const out = new Map<string, BadgeIdentity>();
    const unknown = [...new Set(keys)].filter((k) => !(now() - (summaries.get(k)?.at ?? -Infinity) < SUMMARY_MAX_AGE_MS));
    if (unknown.length > 0) {
      if (summaries.size > MAX_SUMMARIES) summaries = new Map();
      const records = await readMany(unknown);
      const self = await selfPairs();
      const cache = summaries;
      for (const key of unknown) {
        const linked = records.get(key)?.links.some(merges) || self.some((pair) => pair.includes(key));
        if (!linked) {
          cache.set(key, { at: now(), value: null });
          continue;
        }
        const { group, combined } = await view(refOfKey(key));
        cache.set(key, { at: now(), value: combined && group.length > 1 ? { combined: combined.score, linked: group.slice(1) } : null });
      }
    }
    for (const key of keys) {
      const summary = summaries.get(key)?.value;
      if (summary) out.set(key, summary);
    }
    return out;
  }

  /** Adds or removes a self-declared link between two profiles; answers with the first's view. */
  async function setSelfLink(a: ProfileRef, b: ProfileRef, linked: boolean): Promise<IdentityView> {
    const [ka, kb] = [profileKey(a), profileKey(b)].sort();
    const pairs = (await selfPairs()).filter(([x, y]) => !(x === ka && y === kb));
    if (linked && ka !== kb) pairs.push([ka, kb]);
    const before = linked ? [] : provenGroup(profileKey(a), await linksAround(profileKey(a)));
    await options.storage.set({ [SELF_KEY]: pairs });
    summaries = new Map();
    const result = await view(a);
    options.onChanged?.([...new Set([...before, ...result.group, ka, kb])]);
    return result;
  }

  return { discover, view, forBadges, setSelfLink };
}

export type IdentityService = ReturnType<typeof createIdentityService>;

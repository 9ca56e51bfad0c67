// Answers "what is this profile's score?" from the cache when it can, and otherwise from the
// network's API, with one fetch per profile however many tabs ask at once. What pages show
// (profile.observe) is merged with what the APIs said, field by field, newest first.
import { networkInfo } from '../lib/networks';
import { normaliseRef, profileKey, type ProfileRef } from '../lib/profile-ref';
import type { ScoreEntry, SettledEntry } from '../lib/score-entry';
import { FORMULA_VERSION } from '../score/constants';
import type { ProfileSignals, ScoreResult } from '../score/types';
import type { ProfileDisplay, Source, SourceOutcome } from '../sources/types';
import type { Cache } from './cache';
import type { CachedEntry } from './cached-entry';
export { CACHE_SCHEMA, isCachedEntry, migrateCachedEntry, type CachedEntry } from './cached-entry';
import { ERROR_MAX_AGE_MS, NOT_FOUND_MAX_AGE_MS, WITHHELD_RETRY_MS } from './cache-policy';
import { PRIORITY, type Priority } from './host-limiter';
import { mergeSignals, type SignalPart } from './merge';
import type { Scheduler } from './scheduler';
import { engagementPart, mergePosts, toRecord, type SeenPostRecord } from './seen-posts';
import type { IdentityClaim } from '../identity/types';
import type { SeenPost } from '../sites/types';

/** Why a profile of a network without an API has no score yet. */
const NOT_SEEN_YET = (network: string) =>
  `Not seen yet: ${network} has no open API, so a profile is scored from its own page. Open the profile once, and every badge for it will show its score.`;
/** Seen posts older than this say little of an author now. */
const SEEN_POSTS_MAX_AGE_MS = 90 * 86_400_000;

export interface ProfileServiceOptions {
  cache: Cache<CachedEntry>;
  scheduler: Scheduler;
  sourceFor(network: string): Source | undefined;
  score(signals: ProfileSignals): ScoreResult;
  /** How long a profile of this network stays fresh. */
  maxAgeMs(network: string): Promise<number>;
  now(): number;
  /** Adds what other sources know of a fetched profile (Wikipedia pageviews). */
  enrich?(ref: ProfileRef, signals: ProfileSignals): Promise<ProfileSignals>;
  /** The posts seen of each author on pages (by profile key). */
  seenPosts?: Cache<SeenPostRecord[]>;
  /** The source that reads a public feed a page named (YouTube's RSS), and the id it is asked with; undefined for any other URL. */
  feedFor?(feedUrl: string): { source: Source; id: string } | undefined;
}

const partsOf = (cached: { api?: SignalPart; page?: SignalPart; posts?: SignalPart }) =>
  [cached.api, cached.page, cached.posts].filter((p): p is SignalPart => p !== undefined);

export function createProfileService(options: ProfileServiceOptions) {
  const inFlight = new Map<string, Promise<SettledEntry>>();

  /**
   * The entry for callers. `full` (the popup) recomputes the result with its explanation; the
   * badges' path keeps the stored result, unless an older formula made it.
   */
  function toEntry(key: string, cached: CachedEntry, fresh: boolean, full = false): SettledEntry {
    if (cached.state !== 'scored') return { key, ...cached };
    const [network, ...handle] = key.split(':');
    const { signals, provenance } = mergeSignals(network, handle.join(':'), partsOf(cached));
    const result = full || cached.result.formulaVersion !== FORMULA_VERSION ? options.score(signals) : cached.result;
    const withheld = cached.withheld ? { apiWithheld: cached.withheld.reason } : {};
    return { key, state: 'scored', signals, provenance, result, fetchedAt: cached.fetchedAt, display: cached.display, stale: !fresh, ...withheld };
  }

  /**
   * Until when a score is fresh under the settings in force now (a max age changed in the
   * settings applies to what is already cached): while its API answer is younger than the
   * network's max age. What a page showed counts alone only where there is no API, or for a
   * while where the API refused.
   */
  async function freshUntil(ref: ProfileRef, cached: Extract<CachedEntry, { state: 'scored' }>): Promise<number> {
    const maxAge = await options.maxAgeMs(ref.network);
    if (cached.api && !cached.api.partial) return cached.api.at + maxAge;
    if (!options.sourceFor(ref.network)) return cached.fetchedAt + maxAge;
    if (cached.withheld) return Math.min(cached.fetchedAt + maxAge, cached.withheld.at + WITHHELD_RETRY_MS);
    return -Infinity;
  }

  async function isFresh(ref: ProfileRef, cached: CachedEntry): Promise<boolean> {
    const now = options.now();
    if (cached.state === 'unavailable') return now - cached.fetchedAt < NOT_FOUND_MAX_AGE_MS;
    if (cached.state === 'error') return now - cached.fetchedAt < ERROR_MAX_AGE_MS;
    return now < (await freshUntil(ref, cached));
  }

  type Parts = { api?: SignalPart; page?: SignalPart; display?: ProfileDisplay; withheld?: { reason: string; at: number } };

  /** Scores the merged parts (with the posts seen of the profile) and keeps them until they grow old. */
  async function store(key: string, ref: ProfileRef, given: Parts): Promise<SettledEntry> {
    const known = mergeSignals(ref.network, ref.handle, partsOf(given)).signals;
    const seen = (await options.seenPosts?.get(key))?.value ?? [];
    const parts = { ...given, posts: engagementPart(seen, known, options.now()) };
    const present = partsOf(parts);
    const { signals } = mergeSignals(ref.network, ref.handle, present);
    const result = options.score(signals);
    const fetchedAt = Math.max(...present.map((p) => p.at));
    const cached: CachedEntry = { state: 'scored', ...parts, result: { ...result, explanation: [] }, fetchedAt };
    const until = await freshUntil(ref, cached);
    await options.cache.set(key, cached, Math.max(0, until - options.now()));
    const entry = toEntry(key, cached, until > options.now());
    return entry.state === 'scored' ? { ...entry, result } : entry;
  }

  async function settle(ref: ProfileRef, key: string, outcome: SourceOutcome, asked?: CachedEntry): Promise<SettledEntry> {
    const now = options.now();
    // What a page showed while the request was out is kept too.
    const previous = (await options.cache.get(key))?.value ?? asked;
    if (outcome.ok) {
      const signals = options.enrich ? await options.enrich(ref, outcome.signals).catch(() => outcome.signals) : outcome.signals;
      const api: SignalPart = { signals, kind: 'api', at: now, url: outcome.signals.sources?.[0]?.url };
      const page = previous?.state === 'scored' ? previous.page : undefined;
      return store(key, ref, { api, page, display: outcome.display ?? (previous?.state === 'scored' ? previous.display : undefined) });
    }
    const { error } = outcome;
    // Refused, but a page showed the profile: its reading stands, with the refusal said.
    if (error.kind === 'withheld' && previous?.state === 'scored' && previous.page) {
      return store(key, ref, { page: previous.page, display: previous.display, withheld: { reason: error.message, at: now } });
    }
    if (error.kind === 'not-found' || error.kind === 'withheld') {
      const cached: CachedEntry = { state: 'unavailable', reason: error.message, fetchedAt: now };
      await options.cache.set(key, cached, NOT_FOUND_MAX_AGE_MS);
      return toEntry(key, cached, true);
    }
    // A failed refresh loses nothing: the stale score stays, marked stale, with its date.
    if (previous?.state === 'scored') return toEntry(key, previous, false);
    const cached: CachedEntry = { state: 'error', kind: error.kind, reason: error.message, retryAt: error.retryAt, fetchedAt: now };
    // Rate limits say when to come back; other errors are not retried for a few minutes.
    if (error.kind !== 'rate-limited') await options.cache.set(key, cached, ERROR_MAX_AGE_MS);
    return toEntry(key, cached, true);
  }

  function fetchFresh(ref: ProfileRef, priority: Priority, previous?: CachedEntry): Promise<SettledEntry> {
    const key = profileKey(ref);
    const running = inFlight.get(key);
    if (running) return running;
    const source = options.sourceFor(ref.network);
    if (!source) {
      // A network without an API: what pages showed is all there is.
      if (previous && previous.state !== 'error') return Promise.resolve(toEntry(key, previous, false));
      return Promise.resolve({ key, state: 'unavailable', fetchedAt: options.now(), reason: NOT_SEEN_YET(networkInfo(ref.network)?.label ?? ref.network) });
    }
    const promise = options.scheduler
      .fetch(source, ref.handle, priority)
      .then((outcome) => settle(ref, key, outcome, previous))
      .catch((error: unknown): SettledEntry => ({ key, state: 'error', kind: 'bad-response', reason: String(error) }))
      .finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  }

  /**
   * Entries for many profiles at once, answered from the cache: fresh and stale entries as
   * they are, missing ones as 'loading'. Stale and missing ones are fetched, and each is
   * passed to onSettled when it arrives.
   */
  async function lookup(refs: ProfileRef[], priority: Priority, onSettled: (entry: SettledEntry) => void): Promise<ScoreEntry[]> {
    const normalised = refs.map(normaliseRef);
    const keys = normalised.map(profileKey);
    const cached = await options.cache.getMany(keys);
    const fresh = await Promise.all(normalised.map((ref, index) => {
      const hit = cached.get(keys[index]);
      return hit ? isFresh(ref, hit.value) : false;
    }));
    return normalised.map((ref, index) => {
      const key = keys[index];
      const hit = cached.get(key);
      if (hit && fresh[index]) return toEntry(key, hit.value, true);
      void fetchFresh(ref, priority, hit?.value).then(onSettled);
      return hit && hit.value.state !== 'error' ? toEntry(key, hit.value, false) : { key, state: 'loading' };
    });
  }

  /** One profile, settled: from a fresh cache entry, or fetched (always, with refresh). */
  async function resolve(ref: ProfileRef, options_: { refresh?: boolean; priority: Priority }): Promise<SettledEntry> {
    const normalised = normaliseRef(ref);
    const key = profileKey(normalised);
    const hit = await options.cache.get(key);
    if (hit && !options_.refresh && (await isFresh(normalised, hit.value))) return toEntry(key, hit.value, true, true);
    return fetchFresh(normalised, options_.priority, hit?.value);
  }

  /** What the cache holds, fresh or stale, without fetching anything. */
  async function peek(ref: ProfileRef): Promise<SettledEntry | null> {
    const normalised = normaliseRef(ref);
    const key = profileKey(normalised);
    const hit = await options.cache.get(key);
    return hit ? toEntry(key, hit.value, await isFresh(normalised, hit.value), true) : null;
  }

  /**
   * What a page showed of a profile, merged with what is known: newest value of each field wins.
   * A public feed the page named is read too, once per max age; onFeed gets the entry with it.
   * `claims`: the profiles its own links name (identity links), as the page shows them now.
   */
  async function observe(ref: ProfileRef, signals: ProfileSignals, url: string | undefined, feedUrl?: string, onFeed?: (entry: SettledEntry) => void, claims?: IdentityClaim[]): Promise<SettledEntry> {
    const normalised = normaliseRef(ref);
    const key = profileKey(normalised);
    const observedAt = signals.observedAt ? Date.parse(signals.observedAt) : NaN;
    const at = Number.isFinite(observedAt) ? Math.min(observedAt, options.now()) : options.now();
    const hit = await options.cache.get(key);
    const previous = hit?.value.state === 'scored' ? hit.value : undefined;
    const page: SignalPart = { signals: { ...signals, network: normalised.network, handle: normalised.handle }, kind: 'page', at, url };
    const display = claims ? { ...previous?.display, claims } : previous?.display;
    const entry = await store(key, normalised, { api: previous?.api, page, display, withheld: previous?.withheld });
    const feed = feedUrl ? options.feedFor?.(feedUrl) : undefined;
    if (feed && (!previous?.api || options.now() - previous.api.at >= (await options.maxAgeMs(normalised.network)))) {
      void readFeed(key, normalised, feed, feedUrl!).then((withFeed) => withFeed && onFeed?.(withFeed));
    }
    return entry;
  }

  /** A feed's reading becomes the profile's API part; a feed that fails leaves the page's reading as it was. */
  async function readFeed(key: string, ref: ProfileRef, feed: { source: Source; id: string }, feedUrl: string): Promise<SettledEntry | undefined> {
    const outcome = await options.scheduler.fetch(feed.source, feed.id, PRIORITY.background).catch(() => undefined);
    if (!outcome?.ok) return undefined;
    const current = (await options.cache.get(key))?.value;
    if (current?.state !== 'scored') return undefined;
    const api: SignalPart = { signals: { ...outcome.signals, network: ref.network, handle: ref.handle }, kind: 'api', at: options.now(), url: feedUrl };
    return store(key, ref, { api, page: current.page, display: current.display });
  }

  /**
   * Posts a page showed, with their counts: kept by author. An author already scored is scored
   * again with them; one whose profile no page has shown keeps them for when one does.
   */
  let postsInOrder: Promise<unknown> = Promise.resolve();
  function observePosts(posts: readonly SeenPost[]): Promise<SettledEntry[]> {
    // One batch at a time: two batches adding to one author's posts at once would lose one's.
    const done = postsInOrder.then(() => keepPosts(posts));
    postsInOrder = done.catch(() => {});
    return done;
  }

  async function keepPosts(posts: readonly SeenPost[]): Promise<SettledEntry[]> {
    if (!options.seenPosts) return [];
    const now = options.now();
    const byAuthor = new Map<string, { ref: ProfileRef; records: SeenPostRecord[] }>();
    for (const post of posts) {
      const record = toRecord(post, now);
      if (!record) continue;
      const ref = normaliseRef(post.author);
      const key = profileKey(ref);
      const group = byAuthor.get(key) ?? { ref, records: [] };
      group.records.push(record);
      byAuthor.set(key, group);
    }
    const updated: SettledEntry[] = [];
    for (const [key, { ref, records }] of byAuthor) {
      const kept = (await options.seenPosts.get(key))?.value ?? [];
      await options.seenPosts.set(key, mergePosts(kept, records), SEEN_POSTS_MAX_AGE_MS);
      const hit = (await options.cache.get(key))?.value;
      if (hit?.state === 'scored') updated.push(await store(key, ref, { api: hit.api, page: hit.page, display: hit.display, withheld: hit.withheld }));
    }
    return updated;
  }

  /**
   * A profile a source fetched for another's sample: kept (marked partial, so it is refetched
   * in full when asked for), unless the cache already holds it.
   */
  async function keepExtra(network: string, handle: string, outcome: SourceOutcome): Promise<void> {
    if (!outcome.ok) return;
    const ref = normaliseRef({ network, handle });
    const key = profileKey(ref);
    if (inFlight.has(key) || (await options.cache.get(key))) return;
    const api: SignalPart = { signals: outcome.signals, kind: 'api', at: options.now(), url: outcome.signals.sources?.[0]?.url, partial: true };
    await store(key, ref, { api, display: outcome.display });
  }

  /** What the cache knows of these profiles' signals, fresh or not (for samples shared across profiles). */
  async function knownSignals(network: string, handles: string[]): Promise<Map<string, ProfileSignals>> {
    const refs = handles.map((handle) => normaliseRef({ network, handle }));
    const cached = await options.cache.getMany(refs.map(profileKey));
    const known = new Map<string, ProfileSignals>();
    refs.forEach((ref, i) => {
      const hit = cached.get(profileKey(ref));
      if (hit?.value.state !== 'scored') return;
      known.set(handles[i], mergeSignals(ref.network, ref.handle, partsOf(hit.value)).signals);
    });
    return known;
  }

  return { lookup, resolve, peek, observe, observePosts, keepExtra, knownSignals };
}

export type ProfileService = ReturnType<typeof createProfileService>;

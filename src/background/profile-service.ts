// Answers "what is this profile's score?" from the cache when it can, and otherwise from the
// network's API, with one fetch per profile however many tabs ask at once.
import { isRecord } from '../lib/guards';
import { normaliseRef, profileKey, type ProfileRef } from '../lib/profile-ref';
import type { ScoreEntry, SettledEntry } from '../lib/score-entry';
import { FORMULA_VERSION } from '../score/constants';
import type { ProfileSignals, ScoreResult } from '../score/types';
import type { ProfileDisplay, Source, SourceOutcome } from '../sources/types';
import type { Batcher } from './batcher';
import type { Cache } from './cache';

/** What the cache keeps per profile: settled answers only, never errors. */
export type CachedEntry =
  | { state: 'scored'; signals: ProfileSignals; result: ScoreResult; fetchedAt: number; display?: ProfileDisplay }
  | { state: 'unavailable'; reason: string; fetchedAt: number };

export function isCachedEntry(value: unknown): value is CachedEntry {
  if (!isRecord(value) || typeof value.fetchedAt !== 'number') return false;
  if (value.state === 'unavailable') return typeof value.reason === 'string';
  return value.state === 'scored' && isRecord(value.signals) && isRecord(value.result);
}

export interface ProfileServiceOptions {
  cache: Cache<CachedEntry>;
  sourceFor(network: string): Source | undefined;
  batcherFor(source: Source): Batcher;
  score(signals: ProfileSignals): ScoreResult;
  maxAgeMs(): Promise<number>;
  now(): number;
}

export function createProfileService(options: ProfileServiceOptions) {
  const inFlight = new Map<string, Promise<SettledEntry>>();

  function fromCache(key: string, cached: CachedEntry, fresh: boolean): SettledEntry {
    if (cached.state === 'unavailable') return { key, ...cached };
    // A result from an older formula is recomputed from the signals it was made of.
    const result = cached.result.formulaVersion === FORMULA_VERSION ? cached.result : options.score(cached.signals);
    return { key, state: 'scored', signals: cached.signals, result, fetchedAt: cached.fetchedAt, display: cached.display, stale: !fresh };
  }

  async function settle(key: string, outcome: SourceOutcome, previous?: SettledEntry): Promise<SettledEntry> {
    const fetchedAt = options.now();
    if (outcome.ok) {
      const result = options.score(outcome.signals);
      const { signals, display } = outcome;
      await options.cache.set(key, { state: 'scored', signals, result, fetchedAt, display }, await options.maxAgeMs());
      return { key, state: 'scored', signals, result, fetchedAt, display, stale: false };
    }
    const { error } = outcome;
    if (error.kind === 'not-found' || error.kind === 'withheld') {
      const reason = error.message;
      await options.cache.set(key, { state: 'unavailable', reason, fetchedAt }, await options.maxAgeMs());
      return { key, state: 'unavailable', reason, fetchedAt };
    }
    // A failed refresh loses nothing: the stale score stays, marked stale.
    if (previous?.state === 'scored') return previous;
    return { key, state: 'error', kind: error.kind, reason: error.message, retryAt: error.retryAt };
  }

  function fetchFresh(ref: ProfileRef, previous?: SettledEntry): Promise<SettledEntry> {
    const key = profileKey(ref);
    const running = inFlight.get(key);
    if (running) return running;
    const source = options.sourceFor(ref.network);
    if (!source) {
      return Promise.resolve({ key, state: 'error', kind: 'unsupported', reason: `No source for ${ref.network} profiles yet.` });
    }
    const promise = options
      .batcherFor(source)
      .fetch(ref.handle)
      .then((outcome) => settle(key, outcome, previous))
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
  async function lookup(refs: ProfileRef[], onSettled: (entry: SettledEntry) => void): Promise<ScoreEntry[]> {
    const normalised = refs.map(normaliseRef);
    const keys = normalised.map(profileKey);
    const cached = await options.cache.getMany(keys);
    return normalised.map((ref, index) => {
      const key = keys[index];
      const hit = cached.get(key);
      const entry = hit ? fromCache(key, hit.value, hit.fresh) : undefined;
      if (entry && hit?.fresh) return entry;
      void fetchFresh(ref, entry).then(onSettled);
      return entry ?? { key, state: 'loading' };
    });
  }

  /** One profile, settled: from a fresh cache entry, or fetched (always, with refresh). */
  async function resolve(ref: ProfileRef, refresh = false): Promise<SettledEntry> {
    const normalised = normaliseRef(ref);
    const key = profileKey(normalised);
    const hit = await options.cache.get(key);
    const entry = hit ? fromCache(key, hit.value, hit.fresh) : undefined;
    if (entry && hit?.fresh && !refresh) return entry;
    return fetchFresh(normalised, entry);
  }

  /** What the cache holds, fresh or stale, without fetching anything. */
  async function peek(ref: ProfileRef): Promise<SettledEntry | null> {
    const key = profileKey(ref);
    const hit = await options.cache.get(key);
    return hit ? fromCache(key, hit.value, hit.fresh) : null;
  }

  return { lookup, resolve, peek };
}

export type ProfileService = ReturnType<typeof createProfileService>;

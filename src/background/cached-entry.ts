// The cache's record of a profile, and how records of older schemas are read.
import { isRecord } from '../lib/guards';
import type { ProfileSignals, ScoreResult } from '../score/types';
import type { FetchErrorKind, ProfileDisplay } from '../sources/types';
import type { SignalPart } from './merge';

/**
 * The cache's record of a profile (schema 3): settled answers, and errors for a few minutes.
 * A score keeps what the API said and what the page showed; the merged signals and where each
 * came from are derived from them when read, and the explanation when the popup asks, so that
 * 5,000 profiles fit the cache's 8 MB.
 */
export type CachedEntry =
  | {
      state: 'scored';
      api?: SignalPart;
      page?: SignalPart;
      /** What the posts the user saw of this author show (networks read from their pages). */
      posts?: SignalPart;
      /** The result without its explanation sentences. */
      result: ScoreResult;
      fetchedAt: number;
      display?: ProfileDisplay;
      /** The API refused (Reddit without a session): the page's reading stands alone for a while. */
      withheld?: { reason: string; at: number };
    }
  | { state: 'unavailable'; reason: string; fetchedAt: number }
  | { state: 'error'; kind: FetchErrorKind; reason: string; retryAt?: number; fetchedAt: number };

export const CACHE_SCHEMA = 3;

const isPart = (value: unknown): value is SignalPart => isRecord(value) && isRecord(value.signals) && typeof value.at === 'number';

export function isCachedEntry(value: unknown): value is CachedEntry {
  if (!isRecord(value) || typeof value.fetchedAt !== 'number') return false;
  if (value.state === 'unavailable') return typeof value.reason === 'string';
  if (value.state === 'error') return typeof value.reason === 'string' && typeof value.kind === 'string';
  return value.state === 'scored' && isRecord(value.result) && (isPart(value.api) || isPart(value.page));
}

/**
 * Older schemas: 1 (the first release) kept the API's signals alone; 2 also kept the merged
 * signals and their provenance, which are now derived when read.
 */
export function migrateCachedEntry(record: Record<string, unknown>): CachedEntry | undefined {
  const value = record.value;
  if (!isRecord(value) || typeof value.fetchedAt !== 'number') return undefined;
  if (value.state !== 'scored') return isCachedEntry(value) ? value : undefined;
  if (!isRecord(value.result)) return undefined;
  const display = isRecord(value.display) ? (value.display as ProfileDisplay) : undefined;
  const result = { ...(value.result as unknown as ScoreResult), explanation: [] };
  if (record.schema === 2 && (isPart(value.api) || isPart(value.page))) {
    return { state: 'scored', api: isPart(value.api) ? value.api : undefined, page: isPart(value.page) ? value.page : undefined, result, fetchedAt: value.fetchedAt, display };
  }
  if (record.schema !== undefined || !isRecord(value.signals)) return undefined;
  const api: SignalPart = { signals: value.signals as unknown as ProfileSignals, kind: 'api', at: value.fetchedAt };
  return { state: 'scored', api, result, fetchedAt: value.fetchedAt, display };
}


// What the background tells badges and the popup about one profile.
import type { ProfileSignals, ScoreResult } from '../score/types';
import type { FetchErrorKind, ProfileDisplay } from '../sources/types';

interface EntryBase {
  /** `network:handle` */
  key: string;
}

export interface ScoredEntry extends EntryBase {
  state: 'scored';
  result: ScoreResult;
  signals: ProfileSignals;
  /** Epoch ms when the signals were fetched. */
  fetchedAt: number;
  /** Older than the max age: shown while a fresh copy is fetched. */
  stale: boolean;
  /** The profile's name and bio as the network shows them: remote text, displayed only as text. */
  display?: ProfileDisplay;
}

export interface LoadingEntry extends EntryBase {
  state: 'loading';
}

/** The network says there is no such profile, or it is kept from us. Cached like a score. */
export interface UnavailableEntry extends EntryBase {
  state: 'unavailable';
  reason: string;
  fetchedAt: number;
}

/** Something went wrong that may go right later. Never cached, except as a stale score kept. */
export interface ErrorEntry extends EntryBase {
  state: 'error';
  kind: FetchErrorKind | 'unsupported';
  reason: string;
  /** Epoch ms when the background will ask again (rate limits). */
  retryAt?: number;
}

export type ScoreEntry = ScoredEntry | LoadingEntry | UnavailableEntry | ErrorEntry;
export type SettledEntry = Exclude<ScoreEntry, LoadingEntry>;

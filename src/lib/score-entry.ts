// What the background tells badges and the popup about one profile.
import type { ProfileSignals, ScoreResult, SignalSource } from '../score/types';
import type { FetchErrorKind, ProfileDisplay } from '../sources/types';
import type { CombinedScore, IdentityLink } from '../identity/types';

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
  /** Where each field's value came from (API or page, and when): `followers`, `recent.x`, `extra.x`. */
  provenance?: Record<string, SignalSource>;
  /** Why the API refused, when the score stands on what a page showed alone. */
  apiWithheld?: string;
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

/** Something went wrong that may go right later. Kept a few minutes (rate limits: until they end). */
export interface ErrorEntry extends EntryBase {
  state: 'error';
  kind: FetchErrorKind | 'unsupported';
  reason: string;
  /** Epoch ms when the background will ask again (rate limits). */
  retryAt?: number;
  fetchedAt?: number;
}

export type ScoreEntry = ScoredEntry | LoadingEntry | UnavailableEntry | ErrorEntry;
export type SettledEntry = Exclude<ScoreEntry, LoadingEntry>;

/**
 * What a badge is told about a profile: its score or state, nothing more. A page may hold a
 * thousand badges, so these messages stay small; a card asks for the details when it opens.
 */
export interface BadgeScoredEntry extends EntryBase {
  state: 'scored';
  score: number;
  stale: boolean;
  fetchedAt: number;
  /** The person's score across their proven profiles (1..100), when there are others. */
  combined?: number;
  /** The other proven (or self-declared) profiles' keys. */
  linked?: string[];
}
export type BadgeEntry = BadgeScoredEntry | LoadingEntry | UnavailableEntry | ErrorEntry;

export function forBadge(entry: ScoreEntry, identity?: { combined: number; linked: string[] }): BadgeEntry {
  if (entry.state !== 'scored') return entry;
  const linked = identity && identity.linked.length > 0 ? { combined: identity.combined, linked: identity.linked } : {};
  return { key: entry.key, state: 'scored', score: entry.result.score, stale: entry.stale, fetchedAt: entry.fetchedAt, ...linked };
}

/** What a badge's card shows of a scored profile: its entry, and for a linked one its identity. */
export type CardDetails = ScoredEntry & { identity?: IdentityView };

/** One person across networks, as the card and the popup show it (identity.get). */
export interface IdentityView {
  /** Links of the profile's proven group, and the profile's own claims that are not proved. */
  links: IdentityLink[];
  /** The proven group, the profile first. */
  group: string[];
  /** Across the group; null when the profile stands alone. */
  combined: CombinedScore | null;
}

// How long what the background learns stays good, and how much of it is kept. One place for
// the defaults; the user may change each network's max age in the settings.

export const CACHE_LIMITS = {
  /** Profiles kept at most; the least recently used go first. */
  maxEntries: 5000,
  /** Bytes kept at most (JSON length), well under storage.local's 10 MB quota. */
  maxBytes: 8 * 1024 * 1024,
  /** Entries kept in memory for hits that need no storage read. */
  hotEntries: 1000,
} as const;

/** How long a score stays fresh, by network, in hours (a stale one is shown while it refreshes). */
export const DEFAULT_MAX_AGE_HOURS: Readonly<Record<string, number>> = {
  default: 24,
  github: 24,
  bluesky: 12,
};

/** A profile the network says does not exist is not asked for again for a day. */
export const NOT_FOUND_MAX_AGE_MS = 24 * 3_600_000;
/**
 * An API that refused while a page's reading is kept (Reddit without a signed-in session) is
 * asked again after an hour: signing in should not take a day to show.
 */
export const WITHHELD_RETRY_MS = 3_600_000;
/** An error (server trouble, garbage) is not retried for a few minutes. */
export const ERROR_MAX_AGE_MS = 5 * 60_000;

/** Own profiles' daily snapshots are kept this many days. */
export const HISTORY_DAYS = 365;

export function maxAgeMsFor(network: string, overrides: Readonly<Record<string, number>> = {}): number {
  // The user's own choice first (for this network, then for all), then this project's defaults.
  const hours = overrides[network] ?? overrides.default ?? DEFAULT_MAX_AGE_HOURS[network] ?? DEFAULT_MAX_AGE_HOURS.default;
  return hours * 3_600_000;
}

import type { IdentityClaim } from '../identity/types';
import type { ProfileSignals } from '../score/types';

/** Why a profile could not be fetched. Every failure is one of these, never a bare exception. */
export type FetchErrorKind =
  | 'not-found' // the network says there is no such profile
  | 'withheld' // the profile exists but its owner or the network keeps it from us
  | 'rate-limited' // the API refused until retryAt
  | 'bad-response' // the answer was not what the API documents
  | 'network' // no answer at all (offline, DNS, CORS)
  | 'http'; // any other refusal

export interface FetchError {
  kind: FetchErrorKind;
  message: string;
  /** Epoch ms when asking again makes sense (rate limits). */
  retryAt?: number;
  status?: number;
}

/** How the profile presents itself, for people: shown as text, never scored. */
export interface ProfileDisplay {
  name?: string;
  bio?: string;
  /** Links the profile proves it owns (Mastodon's verified fields, rel="me"): http(s) URLs, shown as text. */
  verifiedLinks?: string[];
  /** Other profiles (or web domains) this profile names as its own, read from data already fetched; proved or not by src/identity. */
  claims?: IdentityClaim[];
}

export type SourceOutcome =
  /** `partial`: only part of what the source can tell (a profile fetched as part of another's sample). */
  | { ok: true; signals: ProfileSignals; display?: ProfileDisplay; partial?: boolean }
  | { ok: false; error: FetchError };

const MAX_NAME = 100;
const MAX_BIO = 300;

/** The display fields, trimmed and cut to a length a card can hold; absent when empty. */
export function profileDisplay(name: unknown, bio: unknown): ProfileDisplay {
  const clean = (value: unknown, max: number) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
  return { name: clean(name, MAX_NAME), bio: clean(bio, MAX_BIO) };
}

export interface SourceSettings {
  githubToken?: string;
  stackExchangeKey?: string;
}

/** What a source may use; the background and the command line each provide one. */
export interface SourceContext {
  fetch: typeof fetch;
  settings: SourceSettings;
  now(): number;
  /**
   * Tells the host's limiter to send nothing to `host` until `until` (epoch ms), for limits an
   * API states in its body rather than its headers (Stack Exchange's `backoff`).
   */
  pause?(host: string, until: number): void;
  /**
   * What the cache already knows of these profiles of a network (fresh or not), so that a
   * sample shared across profiles (who reposted them) is fetched once.
   */
  cached?(network: string, handles: string[]): Promise<Map<string, ProfileSignals>>;
}

/** An API's published rate limit: `requests` per `periodMs`, at most `burst` at once. */
export interface RateLimit {
  requests: number;
  periodMs: number;
  burst?: number;
  /** Where the limit is published. */
  source: string;
}

/** A network with a public API: asks it about profiles and maps the answers to ProfileSignals. */
export interface Source {
  network: string;
  /** The API host a profile's requests go to (one host per network, or per instance). */
  hostFor(handle: string): string;
  /** Whether requests to this host are this source's (to find the limit that applies). */
  servesHost(host: string): boolean;
  /** The host's published limit, for the settings in force (a token may raise it). */
  rateLimit(host: string, settings: SourceSettings): RateLimit;
  /** How many profiles one call of fetchProfiles may take (the API's batch size). */
  batchSize: number;
  /** The batch size for these settings, where it depends on them (GitHub batches only with a token). */
  batchSizeFor?(settings: SourceSettings): number;
  /** How many calls may run at once (some APIs ask for serial requests). */
  concurrency: number;
  /** Resolves every handle it is given, each to signals or an error; never rejects. */
  fetchProfiles(handles: string[], context: SourceContext): Promise<Map<string, SourceOutcome>>;
}

export class SourceError extends Error {
  constructor(readonly error: FetchError) {
    super(error.message);
    this.name = 'SourceError';
  }
}

/** fetchProfiles for an API that answers one profile at a time: asked in turn, never at once. */
export function oneAtATime(fetchOne: (handle: string, context: SourceContext) => Promise<SourceOutcome>): Source['fetchProfiles'] {
  return async (handles, context) => {
    const outcomes = new Map<string, SourceOutcome>();
    for (const handle of handles) outcomes.set(handle, await fetchOne(handle, context));
    return outcomes;
  };
}

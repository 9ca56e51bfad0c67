// The last look-ups the popup keeps (storage.local 'recentLookups'): `network:handle` keys,
// newest first, each profile once, at most ten.
import { normaliseRef, parseProfileKey, type ProfileRef } from './profile-ref';

/** storage.local key of the recent look-ups: `network:handle` keys, newest first. */
export const RECENT_LOOKUPS_KEY = 'recentLookups';
export const MAX_RECENT_LOOKUPS = 10;

/** The stored recent look-ups, each a profile again; what does not read as one is dropped. */
export function parseRecentLookups(raw: unknown): ProfileRef[] {
  if (!Array.isArray(raw)) return [];
  const refs = raw.flatMap((key) => (typeof key === 'string' ? [parseProfileKey(key)].filter((ref): ref is ProfileRef => ref !== null) : []));
  return refs.filter((ref, index) => refs.findIndex((other) => other.network === ref.network && other.handle === ref.handle) === index).slice(0, MAX_RECENT_LOOKUPS);
}

/** The recent look-ups after looking up `ref`: it first, once, the oldest beyond ten forgotten. */
export function rememberLookup(recent: readonly ProfileRef[], ref: ProfileRef): ProfileRef[] {
  const key = (r: ProfileRef) => `${r.network}:${r.handle}`;
  const next = normaliseRef(ref);
  return [next, ...recent.filter((r) => key(r) !== key(next))].slice(0, MAX_RECENT_LOOKUPS);
}

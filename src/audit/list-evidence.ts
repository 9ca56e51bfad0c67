// Followers read from a followers list the user scrolls (X, Instagram): the list shows no counts,
// no dates and no posts, only a picture, a name, a handle, a bio line and a verified mark. Those
// are all a verdict can rest on here, so it is a different, weaker classifier than classify.ts's,
// and it can never tell inactivity.
//
// Measured on Cresci et al. 2015 with only these fields (tests/unit/audit/list-evidence.test.ts
// checks the counts): bought accounts of 2015 mostly had a picture, a name and a bio, so the list
// misses most of them; LIST_RATES says how many.
import type { ClassifiedFollower, FollowerVerdict } from './classify';

/** A follower as a followers list shows it; absent: the list did not say. */
export interface PageFollower {
  handle: string;
  name?: string;
  hasAvatar?: boolean;
  hasBio?: boolean;
  verified?: boolean;
}

/** The list's own flags beside the engine's no-avatar and no-bio. */
export const LIST_FLAGS = { defaultHandle: 'default-handle', noName: 'no-name' } as const;

/** A name followed by four or more digits: the handle a sign-up form proposes (jane48213907). */
const DEFAULT_HANDLE = /^[a-z_.]+\d{4,}$/i;

export const LIST_RATES = {
  /** E13 genuine accounts the list classifier calls suspicious. */
  genuine: { group: 'E13', suspicious: 21, of: 1481 },
  /** INT bought accounts it calls suspicious. */
  bought: { group: 'INT', suspicious: 253, of: 1337 },
} as const;

export function listFlags(follower: PageFollower): string[] {
  const flags: string[] = [];
  if (follower.hasAvatar === false) flags.push('no-avatar');
  if (follower.hasBio === false) flags.push('no-bio');
  if (DEFAULT_HANDLE.test(follower.handle)) flags.push(LIST_FLAGS.defaultHandle);
  const name = follower.name?.trim().toLowerCase();
  if (name !== undefined && (name === '' || name === follower.handle.toLowerCase())) flags.push(LIST_FLAGS.noName);
  return flags;
}

/**
 * Suspicious: no bio, or two of the list's four flags; a verified follower is genuine. Nothing else
 * can be told, so no follower is 'inactive'; one whose picture and bio the list did not show is 'unknown'.
 */
export function classifyListed(follower: PageFollower): ClassifiedFollower {
  const flags = listFlags(follower);
  const known = follower.hasAvatar !== undefined || follower.hasBio !== undefined;
  const verdict: FollowerVerdict =
    follower.verified === true ? 'genuine' : !known ? 'unknown' : flags.includes('no-bio') || flags.length >= 2 ? 'suspicious' : 'genuine';
  return { handle: follower.handle, risk: Math.round((flags.length / 4) * 1000) / 1000, flags, verdict };
}

// One person across networks. A profile *claims* others (a link in its fields, a username the
// network asks for); two profiles are the same person only when a claim is *proved*: by the
// other side linking back, by a third party that checked (a Mastodon instance's rel="me"
// verification, a Wikidata item naming both), or by a domain the person controls. Claims that
// are not proved are shown as such and never merged. The user may also link profiles by hand.
import type { ProfileRef } from '../lib/profile-ref';

/** Where a claim was read. */
export type ClaimKind =
  /** A Mastodon profile field the instance verified (`verified_at`): the target links back with rel="me". */
  | 'mastodon-verified'
  /** A Mastodon profile field the instance did not verify. */
  | 'mastodon-field'
  /** GitHub's `twitter_username`. */
  | 'github-twitter'
  /** GitHub's `blog` URL. */
  | 'github-blog'
  /** GitHub's `/users/:u/social_accounts`. */
  | 'github-social'
  /** A Bluesky handle that is a domain: the account proves it controls that domain. */
  | 'bluesky-domain'
  /** A URL in a profile's bio, website field or description (any network). */
  | 'profile-link'
  /** A Wikidata item lists both identifiers. */
  | 'wikidata';

/**
 * One profile pointing at another profile, or at a web domain. What a source reads from a
 * profile's own data; stored with the profile's cache entry (ProfileDisplay.claims).
 */
export interface IdentityClaim {
  kind: ClaimKind;
  /** The profile claimed, when the link names one (a URL a site adapter recognises, a username). */
  ref?: ProfileRef;
  /** The web domain claimed (a `blog` URL, a website field), lower case, without `www.`. */
  domain?: string;
  /** The URL as the profile gave it, for people to check. */
  url?: string;
}

/** How a link was proved. */
export type ProofKind =
  /** Mastodon checked that the other page links back with rel="me". */
  | 'rel-me'
  /** Each profile links to the other. */
  | 'backlink'
  /** A Bluesky handle is a domain the other profile names as its own. */
  | 'domain-handle'
  /** A Wikidata item lists both identifiers. */
  | 'wikidata'
  /** The user linked these profiles by hand. */
  | 'self-declared';

/** What is known about a link between two profiles (keys `network:handle`). */
export interface IdentityLink {
  /** The two profile keys, in sorted order. */
  a: string;
  b: string;
  /** `proved` and `self-declared` links merge profiles; `claimed` links are shown, never merged. */
  status: 'proved' | 'claimed' | 'self-declared';
  /** How it was proved; absent for a claim alone. */
  proof?: ProofKind;
  /** The claims the verdict rests on, each with the profile that made it. */
  evidence: { from: string; claim: IdentityClaim }[];
}

/** One network's part in a combined score. */
export interface CombinedPart {
  key: string;
  score: number;
  confidence: number;
  /** Points this network adds to the combined score (the first, highest network: its own score). */
  contribution: number;
}

/** A person's score across their proven profiles: never below any one network's score. */
export interface CombinedScore {
  /** 1..100 */
  score: number;
  /** 0..1: grows with the number of networks known and their own confidence. */
  confidence: number;
  /** Highest score first. */
  parts: CombinedPart[];
  formulaVersion: string;
}

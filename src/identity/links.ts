// Which profiles are one person. A claim alone proves nothing (anyone can name anyone); a link
// is proved when the other side or a third party confirms it. Strongest proof first:
//   rel-me         a Mastodon instance verified the named page links back (verified_at)
//   backlink       each profile names the other
//   wikidata       a Wikidata item lists both identifiers
//   domain-handle  a Bluesky handle is a domain the other profile names as its website
//   self-declared  the user said so
import { parseProfileKey, profileKey } from '../lib/profile-ref';
import { normaliseDomain } from './claim-url';
import type { ClaimKind, IdentityClaim, IdentityLink, ProofKind } from './types';

type Evidence = IdentityLink['evidence'][number];

/**
 * Claim kinds that name a person's own website (not text in a bio, where people name their
 * employer or a friend's site): only these may stand for a profile in a domain-handle proof.
 */
const WEBSITE_KINDS: ReadonlySet<ClaimKind> = new Set(['github-blog', 'github-social', 'mastodon-verified', 'mastodon-field']);

const PROOF_ORDER: ProofKind[] = ['rel-me', 'backlink', 'wikidata', 'domain-handle'];

/** The key as every other key is written; a key that does not parse is kept as given. */
function normalKey(key: string): string {
  const ref = parseProfileKey(key);
  return ref ? profileKey(ref) : key;
}

const pairId = (x: string, y: string) => (x < y ? `${x}\n${y}` : `${y}\n${x}`);

function evidenceId({ from, claim }: Evidence): string {
  return [from, claim.kind, claim.ref ? profileKey(claim.ref) : '', claim.domain ?? ''].join('|');
}

class Pair {
  readonly evidence = new Map<string, Evidence>();
  readonly proofs = new Set<ProofKind>();
  /** Profiles that named the other one. */
  readonly claimants = new Set<string>();
  selfDeclared = false;

  constructor(readonly a: string, readonly b: string) {}

  add(from: string, claim: IdentityClaim): void {
    const evidence = { from, claim };
    this.evidence.set(evidenceId(evidence), evidence);
  }

  toLink(): IdentityLink {
    const proof = PROOF_ORDER.find((kind) => this.proofs.has(kind));
    const evidence = [...this.evidence.values()];
    if (proof) return { a: this.a, b: this.b, status: 'proved', proof, evidence };
    if (this.selfDeclared) return { a: this.a, b: this.b, status: 'self-declared', proof: 'self-declared', evidence };
    return { a: this.a, b: this.b, status: 'claimed', evidence };
  }
}

/** Decide every link among these profiles: claims (by profile key) plus self-declared pairs plus Wikidata claims (kind 'wikidata', which prove on their own). Loops and duplicates are fine; one link per pair. */
export function evaluateLinks(claims: Map<string, IdentityClaim[]>, selfDeclared: [string, string][] = []): IdentityLink[] {
  const pairs = new Map<string, Pair>();
  const pair = (x: string, y: string) => {
    const id = pairId(x, y);
    let found = pairs.get(id);
    if (!found) pairs.set(id, (found = x < y ? new Pair(x, y) : new Pair(y, x)));
    return found;
  };

  const byProfile = [...claims].map(([key, list]) => [normalKey(key), list] as const);
  // Bluesky accounts whose handle is their own domain, by that domain.
  const domainHandles = new Map<string, { key: string; claim: IdentityClaim }>();
  for (const [key, list] of byProfile) {
    for (const claim of list) {
      if (claim.kind === 'bluesky-domain' && claim.domain && key.startsWith('bluesky:')) domainHandles.set(normaliseDomain(claim.domain), { key, claim });
    }
  }

  for (const [from, list] of byProfile) {
    for (const claim of list) {
      if (claim.ref) {
        const to = profileKey(claim.ref);
        if (to === from) continue;
        const link = pair(from, to);
        link.add(from, claim);
        // A Wikidata item speaks for neither profile: it proves on its own, never as one side of a backlink.
        if (claim.kind === 'wikidata') link.proofs.add('wikidata');
        else link.claimants.add(from);
        if (claim.kind === 'mastodon-verified') link.proofs.add('rel-me');
      } else if (claim.domain && WEBSITE_KINDS.has(claim.kind)) {
        const handle = domainHandles.get(normaliseDomain(claim.domain));
        if (!handle || handle.key === from) continue;
        const link = pair(from, handle.key);
        link.add(from, claim);
        link.add(handle.key, handle.claim);
        link.proofs.add('domain-handle');
      }
    }
  }
  for (const link of pairs.values()) {
    if (link.claimants.has(link.a) && link.claimants.has(link.b)) link.proofs.add('backlink');
  }
  for (const [x, y] of selfDeclared) {
    const [a, b] = [normalKey(x), normalKey(y)];
    if (a !== b) pair(a, b).selfDeclared = true;
  }
  return [...pairs.values()].map((link) => link.toLink()).sort((l, m) => (l.a === m.a ? (l.b < m.b ? -1 : 1) : l.a < m.a ? -1 : 1));
}

/** Whether a link joins its two profiles into one person. */
export const merges = (link: IdentityLink) => link.status === 'proved' || link.status === 'self-declared';

/** The keys proven (or self-declared) to be the same person as `key`, `key` first; follows proved links transitively; [key] when none. */
export function provenGroup(key: string, links: IdentityLink[]): string[] {
  const start = normalKey(key);
  const neighbours = new Map<string, string[]>();
  for (const link of links.filter(merges)) {
    neighbours.set(link.a, [...(neighbours.get(link.a) ?? []), link.b]);
    neighbours.set(link.b, [...(neighbours.get(link.b) ?? []), link.a]);
  }
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of neighbours.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [start, ...[...seen].filter((k) => k !== start).sort()];
}

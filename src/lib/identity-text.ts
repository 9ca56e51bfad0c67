// How a link between two profiles of one person is said, the same in the card and the popup:
// "GitHub ↔ Mastodon: verified by mastodon.social (rel=me)".
import type { IdentityLink } from '../identity/types';
import { t } from './i18n';
import { networkInfo } from './networks';
import { refOfKey } from './profile-ref';

const networkOf = (key: string) => refOfKey(key).network;
const handleOf = (key: string) => refOfKey(key).handle;

/** The network's name for a profile key ("GitHub" for `github:alice`). */
export function networkLabel(key: string): string {
  const network = networkOf(key);
  return networkInfo(network)?.label ?? network;
}

/** How the link was proved, or that it is only claimed. */
export function proofText(link: IdentityLink): string {
  if (link.status === 'claimed') return t('identityClaimed');
  const ends = [link.a, link.b];
  switch (link.proof) {
    case 'rel-me': {
      // The instance that checked is the Mastodon end's (the one whose verified field made the claim).
      const mastodon = link.evidence.find((e) => e.claim.kind === 'mastodon-verified')?.from ?? ends.find((k) => networkOf(k) === 'mastodon') ?? '';
      return t('identityProofRelMe', handleOf(mastodon).split('@')[1] ?? networkLabel(mastodon));
    }
    case 'domain-handle':
      return t('identityProofDomain', handleOf(ends.find((k) => networkOf(k) === 'bluesky') ?? link.a));
    case 'wikidata':
      return t('identityProofWikidata');
    case 'self-declared':
      return t('identityProofSelf');
    default:
      return t('identityProofBacklink');
  }
}

/** "GitHub ↔ Mastodon: <proof>", the profile `from` (when it is one end) first. */
export function linkText(link: IdentityLink, from?: string): string {
  const [first, second] = link.b === from ? [link.b, link.a] : [link.a, link.b];
  return `${networkLabel(first)} ↔ ${networkLabel(second)}: ${proofText(link)}`;
}

/** "GitHub, Mastodon and Bluesky" in the UI language's list style. */
export function networksText(keys: string[], language: string): string {
  const labels = keys.map(networkLabel);
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(labels);
  } catch {
    return labels.join(', ');
  }
}

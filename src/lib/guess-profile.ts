// What a person pastes into the look-up box, read as a profile: `network:handle`, the address
// of a profile page on any supported site, or a bare handle whose shape tells its network
// ("@alice@mastodon.social", "alice.bsky.social", "u/spez"). Where the shape fits several
// networks ("@alice"), the answer is the list to choose from, never a guess made silently.
import { loadProfileFromPageUrl } from '../sites/page-profile';
import { SITE_INFO, siteInfoFor } from '../sites/registry';
import { knownNetworks, networkInfo } from './networks';
import { normaliseRef, parseProfileKey, type ProfileRef } from './profile-ref';

export type Guess =
  | { kind: 'profile'; ref: ProfileRef }
  /** The handle fits each of these networks: the user picks one. */
  | { kind: 'choose'; handle: string; networks: string[] }
  | { kind: 'invalid' };

/** Networks whose handles are not bare names: they are told by their own shape, never offered as a choice. */
const NOT_BARE = new Set(['mastodon', 'bluesky', 'stackexchange']);

/** Top-level domains that make a dotted name read as a domain, hence a Bluesky handle, rather than "john.doe" on Instagram. */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'io', 'dev', 'social', 'app', 'me', 'team', 'xyz', 'blog', 'page', 'de', 'at', 'ch', 'uk', 'eu', 'fr', 'nl', 'us', 'ca']);

const MASTODON_ACCT = /^@?([a-z0-9_]{1,30})@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const REDDIT_USER = /^\/?u(?:ser)?\/([A-Za-z0-9_-]{3,20})\/?$/;
const DID = /^did:[a-z]+:\S+$/;

function profile(network: string, handle: string): Guess {
  const ref = normaliseRef({ network, handle });
  return networkInfo(network)?.isValidHandle(ref.handle) ? { kind: 'profile', ref } : { kind: 'invalid' };
}

/** A URL, with or without its scheme ("github.com/alice" too); null for what is not one. */
function asUrl(text: string): URL | null {
  const withScheme = /^https?:\/\//i.test(text) ? text : /^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(text) ? `https://${text}` : null;
  if (!withScheme) return null;
  try {
    return new URL(withScheme.replace(/^http:/i, 'https:'));
  } catch {
    return null;
  }
}

async function fromUrl(url: URL, mastodonInstances: readonly string[]): Promise<Guess> {
  // Any host no site adapter claims may be a Mastodon server, whose profile pages are `/@user`.
  const mastodon = () => SITE_INFO.find((info) => info.id === 'mastodon')!.load();
  // An adapter that fails to load or to read the address leaves it no profile, not a look-up that never answers.
  const fromSite = await loadProfileFromPageUrl(url.href, mastodonInstances).catch(() => null);
  const ref = fromSite ?? (siteInfoFor(url.hostname) ? null : (await mastodon()).profileFromUrl(url));
  return ref ? { kind: 'profile', ref: normaliseRef(ref) } : { kind: 'invalid' };
}

/** The networks a bare handle fits, in the registry's order. */
export function networksAccepting(handle: string): string[] {
  return knownNetworks()
    .filter((network) => !NOT_BARE.has(network.id) && network.isValidHandle(network.caseInsensitive(handle) ? handle.toLowerCase() : handle))
    .map((network) => network.id);
}

/** What the text names; loads the adapter of a URL's site (only that one). */
export async function guessProfile(input: string, mastodonInstances: readonly string[] = []): Promise<Guess> {
  const text = input.trim();
  if (!text || /\s/.test(text)) return { kind: 'invalid' };

  const url = asUrl(text);
  if (url) return fromUrl(url, mastodonInstances);

  const keyed = parseProfileKey(text);
  if (keyed) return { kind: 'profile', ref: keyed };
  if (DID.test(text)) return profile('bluesky', text);
  // "network:handle" naming no network this extension knows (or an invalid handle): no guessing past it.
  if (/^[a-z][a-z0-9-]*:/i.test(text)) return { kind: 'invalid' };

  const acct = MASTODON_ACCT.exec(text);
  if (acct) return profile('mastodon', `${acct[1]}@${acct[2]}`);
  const reddit = REDDIT_USER.exec(text);
  if (reddit) return profile('reddit', reddit[1]);
  if (/^[a-z0-9.]{2,40}\/\d{1,12}$/i.test(text)) return profile('stackexchange', text);

  const handle = text.replace(/^@/, '');
  const bare = networksAccepting(handle);
  if (handle.includes('.') && networkInfo('bluesky')!.isValidHandle(handle.toLowerCase())) {
    const ending = handle.toLowerCase().split('.').pop()!;
    if (handle.toLowerCase().endsWith('.bsky.social') || DOMAIN_ENDINGS.has(ending) || bare.length === 0) return profile('bluesky', handle);
    return { kind: 'choose', handle, networks: ['bluesky', ...bare] };
  }
  if (bare.length === 1) return profile(bare[0], handle);
  return bare.length > 0 ? { kind: 'choose', handle, networks: bare } : { kind: 'invalid' };
}


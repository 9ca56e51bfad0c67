// bsky.app: handles on profile pages, feed post authors and thread replies. Hooks: the URL
// shape of profile links (`/profile/<handle or DID>`), the "@handle" text Bluesky writes in
// each post's author line, and the profile header's test id (profileHeaderDisplayName).
// Avatar links and display-name-only links are skipped, so each post gets one badge.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SiteAdapter } from './types';
import { linkUrl } from './find-handles';

const HOSTS = ['bsky.app'];
/** Profile tabs that still show the profile itself. */
const PROFILE_TABS = new Set(['', 'replies', 'media', 'likes', 'feeds', 'lists', 'starter-packs', 'videos']);
const HEADER_NAME = '[data-testid="profileHeaderDisplayName"]';
/** Bidirectional isolates and no-break spaces Bluesky puts around names. */
const INVISIBLE = /[\u00a0\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const isValidActor = (actor: string) => networkInfo('bluesky')!.isValidHandle(actor);

/** The actor a bsky.app path names as `/profile/<actor>` plus, maybe, one more segment. */
function actorFromPath(pathname: string): { actor: string; rest: string } | null {
  const match = /^\/profile\/([^/]+)(?:\/([^/]*))?\/?$/.exec(pathname);
  if (!match) return null;
  const actor = decodeURIComponent(match[1]);
  return isValidActor(actor) ? { actor, rest: match[2] ?? '' } : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!HOSTS.includes(url.host)) return null;
  const found = actorFromPath(url.pathname);
  return found && PROFILE_TABS.has(found.rest) ? { network: 'bluesky', handle: found.actor } : null;
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const url = linkUrl(link, page);
  if (!url) return null;
  if (!HOSTS.includes(url.host)) return null;
  const found = actorFromPath(url.pathname);
  if (!found || found.rest !== '') return null;
  // The author line's "@handle": alone in its link (replies, feeds) or after the name (a thread's main post).
  const text = (link.textContent ?? '').replace(INVISIBLE, ' ').trim();
  const shown = /@([^\s@]+)$/.exec(text)?.[1];
  if (!shown || !isValidActor(shown)) return null;
  const isDid = found.actor.startsWith('did:');
  if (!isDid && shown.toLowerCase() !== found.actor.toLowerCase()) return null;
  return { ref: { network: 'bluesky', handle: isDid ? shown : found.actor }, anchor: link, placement: 'after' };
}

/** A header button's exact count, from its aria-label ("1101177 followers"), else its text ("1.1M followers"). */
function headerCount(document: Document, testId: string): number | undefined {
  const button = document.querySelector(`[data-testid="${testId}"]`);
  return button ? parseCount(button.getAttribute('aria-label')) ?? parseCount(button.textContent) : undefined;
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  network: 'bluesky',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/profile/"], ${HEADER_NAME}`,
  observe(document, page) {
    const profile = profileFromUrl(page);
    if (!profile) return null;
    const followers = headerCount(document, 'profileHeaderFollowersButton');
    const following = headerCount(document, 'profileHeaderFollowsButton');
    if (followers === undefined && following === undefined) return null;
    return { ref: profile, signals: { followers, following } };
  },
  handleFromElement(element, page) {
    if (element.localName === 'a') return fromLink(element, page);
    const profile = profileFromUrl(page);
    return profile ? { ref: profile, anchor: element, placement: 'append' } : null;
  },
};

export const TEST_URLS = {
  profiles: [
    'https://bsky.app/profile/stephenking.bsky.social',
    'https://bsky.app/profile/kpitzen.io',
    'https://bsky.app/profile/kpitzen.io/',
    'https://bsky.app/profile/did:plc:6wpkkitfdkgthatfvspcfmjo',
    'https://bsky.app/profile/dril.bsky.social/media',
  ],
  notProfiles: [
    'https://bsky.app/',
    'https://bsky.app/search?q=bluesky',
    'https://bsky.app/notifications',
    'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t',
    'https://bsky.app/profile/kpitzen.io/followers',
    'https://bsky.app/profile/trending.bsky.app/feed/183454331',
    'https://bsky.app/profile/not_a_handle',
    'https://github.com/profile/kpitzen.io',
  ],
};

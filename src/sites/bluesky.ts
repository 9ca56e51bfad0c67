// bsky.app: handles on profile pages, feed post authors, thread replies, profile cards (follower
// lists, search, suggestions) and mentions. Hooks: the URL shape of profile links
// (`/profile/<handle or DID>`), the "@handle" line Bluesky writes in each author line and card
// (an element, or the whole link, holding nothing else), the profile header's test ids
// (profileHeaderDisplayName, profileHeaderFollowersButton, profileHeaderFollowsButton) and its
// screen's (profileScreen). Avatar links and display-name-only links are skipped, so each post
// gets one badge; but a like, repost or follow notification shows its first author's name alone,
// and that link is badged where it routes to the author the notification's test id
// (feedItem-by-<handle>) names.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SiteAdapter } from './types';
import { decodedSegment, linkParts } from './find-handles';
import { orNull, pageLocale } from './page-reading';

const HOSTS = ['bsky.app'];
/** Profile tabs that still show the profile itself. */
const PROFILE_TABS = new Set(['', 'replies', 'media', 'likes', 'feeds', 'lists', 'starter-packs', 'videos']);
const HEADER_NAME = '[data-testid="profileHeaderDisplayName"]';
const FOLLOWERS_BUTTON = '[data-testid="profileHeaderFollowersButton"]';
const FOLLOWS_BUTTON = '[data-testid="profileHeaderFollowsButton"]';
const SCREEN = '[data-testid="profileScreen"]';
/** A notification: one link (a feed item is a div) with the test id `feedItem-by-<first author's handle>`. */
const NOTIFICATION_PREFIX = 'feedItem-by-';
const NOTIFICATION = `a[data-testid^="${NOTIFICATION_PREFIX}"]`;
const AVATAR_IMAGE = '[data-testid="userAvatarImage"]';
/** Bidirectional isolates and no-break spaces Bluesky puts around names. */
const INVISIBLE = /[\u00a0\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const isValidActor = (actor: string) => networkInfo('bluesky')!.isValidHandle(actor);
const isDid = (actor: string) => actor.startsWith('did:');
/** A handle that names someone: the AppView writes "handle.invalid" for one that no longer verifies. */
const isNamingHandle = (text: string) => !isDid(text) && text.toLowerCase() !== 'handle.invalid' && isValidActor(text);
/** Handles are domain names, any case; DIDs are exact. */
const sameActor = (a: string, b: string) => a === b || (!isDid(a) && !isDid(b) && a.toLowerCase() === b.toLowerCase());

/** The actor a bsky.app path names as `/profile/<actor>` plus, maybe, one more segment. */
function actorFromPath(pathname: string): { actor: string; rest: string } | null {
  const match = /^\/profile\/([^/]+)(?:\/([^/]*))?\/?$/.exec(pathname);
  const actor = match ? decodedSegment(match[1]) : null;
  return actor !== null && isValidActor(actor) ? { actor, rest: match![2] ?? '' } : null;
}

/** The actor a link on bsky.app routes to, and the tab after it; null for links elsewhere. */
function linkedActor(link: Element, page: URL): { actor: string; rest: string } | null {
  const url = linkParts(link, page);
  return url && HOSTS.includes(url.host) ? actorFromPath(url.pathname) : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!HOSTS.includes(url.host)) return null;
  const found = actorFromPath(url.pathname);
  return found && PROFILE_TABS.has(found.rest) ? { network: 'bluesky', handle: found.actor } : null;
}

/** The handle an element's whole text names as "@handle" (undefined for any other text). */
function handleShown(element: Element): string | undefined {
  const text = (element.textContent ?? '').replace(INVISIBLE, ' ').trim();
  const handle = /^@([^\s@]+)$/.exec(text)?.[1];
  return handle && isNamingHandle(handle) ? handle : undefined;
}

/**
 * The element that shows "@handle" and nothing else: the link itself (an author line), or one
 * inside it (a thread's main post, whose link holds the name too; a profile card, whose link
 * holds the name, a Follow button and the bio). Text that merely ends in "@handle" is a display
 * name or a bio. `expected` is the handle the line must show, where the link says which.
 */
function handleLine(link: Element, expected: string | undefined): Element | null {
  const fits = (element: Element) => {
    const shown = handleShown(element);
    return shown !== undefined && (expected === undefined || sameActor(shown, expected));
  };
  if (fits(link)) return link;
  for (const element of link.querySelectorAll('*')) {
    if ((element.textContent ?? '').includes('@') && fits(element)) return element;
  }
  return null;
}

/** The handle a link's title names: older profile cards set it from the profile itself. */
function titledHandle(link: Element): string | undefined {
  const title = (link.getAttribute('title') ?? '').replace(INVISIBLE, '').trim().replace(/^@/, '');
  return isNamingHandle(title) ? title : undefined;
}

/**
 * A link to a profile with its "@handle" line. A handle route names the profile, and its line
 * must agree. A DID route is what mentions (facet text: whatever the author typed) and profile
 * cards link to, so the text beside it proves nothing: the profile is the DID itself, which
 * profile refs accept and the background looks up like a handle (app.bsky.actor.getProfiles
 * takes either), unless the link's title names the handle. Badging the DID costs a second cache
 * entry for someone also seen by handle; trusting the text would let any post badge a mention
 * of its own account as someone else's.
 */
function fromLink(link: Element, page: URL): FoundHandle | null {
  // Avatar and name-only links, most of a timeline's links, have no "@" in them.
  if (!(link.textContent ?? '').includes('@')) return fromNotificationName(link, page);
  // A notification that is one link to its first author holds their row: the row's link has the badge.
  if (link.matches(NOTIFICATION)) return null;
  const found = linkedActor(link, page);
  if (!found || found.rest !== '') return null;
  const handle = isDid(found.actor) ? titledHandle(link) ?? found.actor : found.actor;
  const line = handleLine(link, isDid(handle) ? undefined : handle);
  return line ? { ref: { network: 'bluesky', handle }, anchor: line, placement: 'after' } : null;
}

/**
 * A like, repost or follow notification names its first author by display name only ("Alice
 * Liddell followed you", "Bob and 2 others liked your post"): that name's link gets the badge
 * where it routes to the author the notification's test id names (the app writes it from the
 * account, never from text anyone typed), unless the notification shows their "@handle" line (a
 * list expanded, a reply's post), which has it. The others in a group are avatars: none.
 */
function fromNotificationName(link: Element, page: URL): FoundHandle | null {
  // Only the notifications page lists them: elsewhere these links (most of a timeline's) cost no more.
  if (!page.pathname.startsWith('/notifications')) return null;
  const item = link.parentElement?.closest(NOTIFICATION);
  if (!item || link.querySelector(AVATAR_IMAGE) || (link.textContent ?? '').replace(INVISIBLE, '').trim() === '') return null;
  const author = item.getAttribute('data-testid')!.slice(NOTIFICATION_PREFIX.length);
  const found = linkedActor(link, page);
  if (!found || found.rest !== '' || !sameActor(found.actor, author)) return null;
  if ([...item.querySelectorAll('a[href]')].some((other) => other !== link && handleLine(other, author))) return null;
  return { ref: { network: 'bluesky', handle: found.actor }, anchor: link, placement: 'after' };
}

/** Whose profile a header element shows, by the route of its followers (or follows) link: the page's, another's, or unknown. */
type Claim = 'own' | 'other' | 'unknown';

function claimOf(link: Element | null | undefined, page: URL, actor: string, tab: string): Claim {
  const found = link ? linkedActor(link, page) : null;
  if (!found || found.rest !== tab) return 'unknown';
  if (sameActor(found.actor, actor)) return 'own';
  // A route by handle and a page by DID (or the other way round) may still be one profile.
  return isDid(found.actor) === isDid(actor) ? 'other' : 'unknown';
}

/** Hidden by `display: none` on the element or an ancestor, as the app's inline styles write it. */
function hiddenScreen(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if ((node as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

/**
 * The page's own one among the profile headers' elements. After in-app navigation from one
 * profile to another, bsky.app keeps the earlier profile's screen in the page, hidden, ahead of
 * the focused one (React Navigation's native stack renders every route of the stack and hides
 * the unfocused ones), so the first in the document may be another profile's. Taken: the last
 * visible one that is the page's, else the last that is, else the last visible one that may be
 * (routes by handle on a page by DID); never one that is provably another profile's.
 */
function pagesOwn(elements: Iterable<Element>, claim: (element: Element) => Claim): Element | undefined {
  const seen = [...elements].map((element) => ({ element, claim: claim(element), visible: !hiddenScreen(element) }));
  const own = seen.filter((one) => one.claim === 'own');
  return (own.filter((one) => one.visible).at(-1) ?? own.at(-1) ?? seen.filter((one) => one.claim === 'unknown' && one.visible).at(-1))?.element;
}

/** The page's header button's exact count, from its aria-label ("1101177 followers"), else its text ("1.1M followers"). */
function headerCount(document: Document, page: URL, actor: string, selector: string, tab: string): number | undefined {
  const button = pagesOwn(document.querySelectorAll(selector), (element) => claimOf(element, page, actor, tab));
  // Written in the app's language, which it sets as the page's (social-app's i18n): tr "12,3 B takipçi" is 12,300.
  const locale = pageLocale(document);
  return button ? (parseCount(button.getAttribute('aria-label'), locale) ?? parseCount(button.textContent, locale)) : undefined;
}

/** The header name of the page's own profile screen, by that screen's followers link. */
function fromHeaderName(name: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  if (!profile) return null;
  const screenClaim = (element: Element) => claimOf(element.closest(SCREEN)?.querySelector(FOLLOWERS_BUTTON), page, profile.handle, 'followers');
  const own = pagesOwn(name.ownerDocument.querySelectorAll(HEADER_NAME), screenClaim);
  return own === name ? { ref: profile, anchor: name, placement: 'append' } : null;
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  network: 'bluesky',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/profile/"], ${HEADER_NAME}`,
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile) return null;
    const followers = headerCount(document, page, profile.handle, FOLLOWERS_BUTTON, 'followers');
    const following = headerCount(document, page, profile.handle, FOLLOWS_BUTTON, 'follows');
    if (followers === undefined && following === undefined) return null;
    return { ref: profile, signals: { followers, following } };
  }),
  handleFromElement: orNull((element: Element, page: URL) => (element.localName === 'a' ? fromLink(element, page) : fromHeaderName(element, page))),
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

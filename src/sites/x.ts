// x.com (and twitter.com, mobile.*): post authors in timelines, threads, search and lists,
// @mentions, people lists (UserCell: "Who to follow", followers, following), profile headers.
// Hooks, most stable first: the URL shape of profile links (`/<handle>`, X's own first path
// segments excluded) whose text is "@handle" (the author line's handle link, mentions,
// UserCells: avatar and display-name links carry no "@", so each post gets one badge); the
// data-testids X keeps for its tests: User-Name (a post's author line; User-Names in 2022's
// markup; in a quoted post it has no links, so its "@handle" text gets the badge), UserName (the
// profile header's name block, badged with the page's own handle), a notification's avatars
// (UserAvatar-Container-<handle>: the badge goes after that account's name link),
// article[data-testid="tweet"] for posts (2019–21's twitter.com put that test id on a div inside
// the article). The site's own navigation (header[role="banner"], nav), the account switcher and
// the messages drawer get none. Pre-2020 twitter.com (archived pages) is read in x-legacy.ts,
// each of its hooks tried only where these found nothing: its author link (name and "@handle" in
// one link) and its posts (div.tweet[data-tweet-id]). What a profile page shows is read in
// x-page.ts, a post's counts in x-post.ts.
import { X_RESERVED } from '../lib/reserved-paths';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, PageObservation, SiteAdapter } from './types';
import { linkParts } from './find-handles';
import { orNull, shownText } from './page-reading';
import { LEGACY_POST, legacyAuthorHandle, readLegacyPost } from './x-legacy';
import { observeProfile, shownHandle } from './x-page';
import { ARTICLE_READ_VIEW, readPost } from './x-post';

const HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'];
/** Hosts whose `/<handle>` links name an X account (pages and links may carry www.). */
const LINK_HOSTS = new Set([...HOSTS, 'www.x.com', 'www.twitter.com']);
/** Whether a link's host is X's (the followers-list reader asks too). */
export const isLinkHost = (host: string) => LINK_HOSTS.has(host);
/** Profile tabs: the pages that show the profile itself or its people lists. */
const PROFILE_TABS = new Set(['', 'with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows', 'verified_followers', 'followers', 'following', 'followers_you_follow', 'affiliates', 'reposts', 'subs']);
/**
 * The site's own chrome: the signed-in user's links and menus live there. A nav inside the main
 * column is the page's (tabs, and the "Pinned by people you follow" carousel of posts).
 */
const SITE_CHROME = 'header[role="banner"], nav:not(main *), [role="navigation"]:not(main *), [data-testid="SideNav_AccountSwitcher_Button"], [data-testid="DMDrawer"]';
/** A post's author line: User-Names (plural) is 2022's markup, which archived pages keep. */
const AUTHOR_LINE = '[data-testid="User-Name"], [data-testid="User-Names"]';
const PROFILE_NAME = '[data-testid="UserName"]';
/** A notification ("… liked your post") shows each account's avatar, whose test id names the handle. */
const NOTIFICATION = 'article[data-testid="notification"]';
const AVATAR_PREFIX = 'UserAvatar-Container-';
const NOTIFICATION_AVATAR = `${NOTIFICATION} [data-testid^="${AVATAR_PREFIX}"]`;

const isHandle = (handle: string) => networkInfo('x')!.isValidHandle(handle);

/** The account an X path names as `/<handle>`, and the tab after it. */
function handleFromPath(pathname: string): { handle: string; rest: string[] } | null {
  const [first, ...rest] = pathname.split('/').filter(Boolean);
  if (!first || X_RESERVED.has(first.toLowerCase()) || !isHandle(first)) return null;
  return { handle: first, rest };
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!LINK_HOSTS.has(url.host)) return null;
  const found = handleFromPath(url.pathname);
  if (!found || found.rest.length > 1 || !PROFILE_TABS.has(found.rest[0]?.toLowerCase() ?? '')) return null;
  return { network: 'x', handle: found.handle };
}

/** The account a link points at, when it is a profile link (`/<handle>`, on X). */
function linkedHandle(link: Element, page: URL): string | null {
  const url = linkParts(link, page);
  if (!url || !LINK_HOSTS.has(url.host) || url.hash !== '') return null;
  const found = handleFromPath(url.pathname);
  return found && found.rest.length === 0 ? found.handle : null;
}

/** A link whose text is "@handle" of the account it points at: author lines' handles, mentions, UserCells. */
function fromLink(link: Element, page: URL): FoundHandle | null {
  // The text first: most links of a post (its permalink, its counts) fail there, before any URL is parsed.
  if (!link.textContent?.includes('@')) return null;
  const text = shownText(link);
  if (!text.startsWith('@')) return fromLegacyAuthor(link, page);
  const handle = linkedHandle(link, page);
  if (!handle || text.toLowerCase() !== `@${handle.toLowerCase()}` || link.closest(SITE_CHROME)) return null;
  return { ref: { network: 'x', handle }, anchor: link, placement: 'after' };
}

/** Legacy Twitter's author link (avatar, name and "@handle" in one link to the account): the badge goes beside the handle. */
function fromLegacyAuthor(link: Element, page: URL): FoundHandle | null {
  const shown = legacyAuthorHandle(link);
  const handle = shown && linkedHandle(link, page);
  if (!shown || !handle || handle.toLowerCase() !== shown.handle.toLowerCase() || link.closest(SITE_CHROME)) return null;
  return { ref: { network: 'x', handle }, anchor: shown.element, placement: 'after' };
}

/**
 * A post's author line where no "@handle" link in it has the badge: a quoted post's, whose
 * handle is text, or (a layout without the handle) the display-name link.
 */
function fromAuthorLine(line: Element, page: URL): FoundHandle | null {
  const links = [...line.querySelectorAll('a[href]')];
  // A link whose text is "@handle" has the badge itself (it is examined on its own): most lines have one.
  if (links.some((link) => link.textContent?.trimStart().startsWith('@'))) return null;
  if (line.closest(SITE_CHROME)) return null;
  const shown = shownHandle(line);
  if (shown) return { ref: { network: 'x', handle: shown.handle }, anchor: shown.element, placement: 'after' };
  for (const link of links) {
    const handle = linkedHandle(link, page);
    if (handle && shownText(link) !== '') return { ref: { network: 'x', handle }, anchor: link, placement: 'after' };
  }
  return null;
}

/**
 * A notification's account, named by its avatar's test id (the names there have no "@"): the
 * badge goes after its name link, once per account; an account shown only by its avatar ("and 5
 * others") gets none.
 */
function fromNotificationAvatar(avatar: Element, page: URL): FoundHandle | null {
  const handle = avatar.getAttribute('data-testid')!.slice(AVATAR_PREFIX.length);
  const notification = avatar.closest(NOTIFICATION);
  if (!isHandle(handle) || !notification || notification.querySelector(`[data-testid="${AVATAR_PREFIX}${handle}"]`) !== avatar) return null;
  const name = [...notification.querySelectorAll('a[href]')].find((link) => {
    if (link.closest(`[data-testid^="${AVATAR_PREFIX}"]`) || link.querySelector(`[data-testid^="${AVATAR_PREFIX}"]`)) return false;
    const text = shownText(link);
    return text !== '' && !text.startsWith('@') && linkedHandle(link, page)?.toLowerCase() === handle.toLowerCase();
  });
  return name && !name.closest(SITE_CHROME) ? { ref: { network: 'x', handle: linkedHandle(name, page)! }, anchor: name, placement: 'after' } : null;
}

/** The profile header's "@handle", on that profile's own page (X swaps pages in place: the handle shown must be the URL's). */
function fromProfileName(block: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  const shown = shownHandle(block);
  if (!profile || !shown || shown.handle.toLowerCase() !== profile.handle.toLowerCase()) return null;
  return { ref: profile, anchor: shown.element, placement: 'after' };
}

export const x: SiteAdapter = {
  id: 'x',
  network: 'x',
  hosts: HOSTS,
  profileFromUrl,
  // Permalinks (`/<handle>/status/…`) are most of a timeline's links and never a handle: left out here, cheaply.
  candidateSelector: `a[href^="/"]:not([href*="/status/"]), a[href*="x.com/"]:not([href*="/status/"]), a[href*="twitter.com/"]:not([href*="/status/"]), ${AUTHOR_LINE}, ${PROFILE_NAME}, ${NOTIFICATION_AVATAR}`,
  handleFromElement: orNull((element: Element, page: URL) => {
    if (element.localName === 'a') return fromLink(element, page);
    if (element.matches(AUTHOR_LINE)) return fromAuthorLine(element, page);
    if (element.matches(PROFILE_NAME)) return fromProfileName(element, page);
    return element.matches(NOTIFICATION_AVATAR) ? fromNotificationAvatar(element, page) : null;
  }),
  observe: orNull((document: Document, page: URL): PageObservation | null => {
    const profile = profileFromUrl(page);
    return profile ? observeProfile(document, profile) : null;
  }),
  // Modern markup never nests a div[data-testid="tweet"] in an article[data-testid="tweet"], nor a legacy post in either: each post matches once.
  // An X Article's reader view holds the posts its body embeds: each is read as its own (x-post.ts).
  postSelector: `article[data-testid="tweet"], div[data-testid="tweet"], ${ARTICLE_READ_VIEW}, ${LEGACY_POST}`,
  // A legacy post has no <time> in a permalink: the modern reading finds nothing there, quickly, and only then is it read.
  postFromElement: orNull((post: Element, page: URL) => readPost(post, page) ?? readLegacyPost(post)),
  followerList: () => import('./x-followers').then((m) => m.xFollowers),
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://x.com/javilop',
    'https://x.com/Kikobeats/',
    'https://twitter.com/jack',
    'https://www.twitter.com/jack',
    'https://mobile.twitter.com/Forbes/with_replies',
    'https://mobile.x.com/Forbes',
    // Tabs since 2026 (notes mapping the signed-in site, October 2026): every profile's Reposts, a creator's Subs.
    'https://x.com/javilop/reposts',
    'https://x.com/javilop/subs',
    'https://x.com/eli_lifland/media',
    'https://x.com/eli_lifland/likes',
    'https://x.com/javilop/highlights',
    'https://x.com/javilop/articles',
    'https://x.com/Kikobeats/verified_followers',
    'https://x.com/Kikobeats/followers',
    'https://x.com/Kikobeats/following',
    'https://x.com/javilop?lang=de',
    'https://x.com/X',
  ],
  notProfiles: [
    'https://x.com/',
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/notifications',
    'https://x.com/messages/123-456',
    'https://x.com/i/lists/1234567890',
    'https://x.com/i/flow/login',
    'https://x.com/settings/profile',
    'https://x.com/search?q=klout&src=typed_query',
    'https://x.com/compose/post',
    'https://x.com/tos',
    'https://x.com/privacy',
    'https://x.com/login',
    'https://x.com/signup',
    'https://x.com/hashtag/AI',
    'https://x.com/jobs',
    'https://twitter.com/intent/tweet?text=hi',
    'https://x.com/Forbes/status/2016058596782670275',
    'https://x.com/eli_lifland/status/1908671786876850246/photo/1',
    'https://x.com/javilop/lists',
    'https://x.com/javilop/photo',
    'https://x.com/a_handle_far_too_long',
    'https://x.com/not-a-handle',
    'https://example.com/javilop',
  ],
};

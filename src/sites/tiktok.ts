// tiktok.com: video authors, comment authors, mentions, suggested accounts, profile pages
// `/@user`. Hooks, most stable first: the URL shape of profile links (`/@<username>`) whose text
// is the username or the display name TikTok writes in its author and account links (avatar
// links hold only an <img>; the menu's data-e2e="nav-profile" link says "Profile"), and the
// profile header's username line. Search results' video cards name their author in a p
// data-e2e="search-card-user-unique-id" inside the avatar's link; the followers and following
// lists (the popup a profile's counts open) in a p whose class names it PUniqueId (no data-e2e)
// inside the one link of the row, and 2026's account cards in search in the last plain <p> of
// their DivSearchUserItemContainer that names the card's account; the video page's author link
// holds the username (data-e2e="browse-username"), the nickname and the video's age, and the
// username gets the badge. The video page's "You may like" column names each video's author in
// a span with no link (classes DivAuthor > SpanUniqueId, no data-e2e): badged where it names
// the user the video's link goes to. What a profile page says of its profile (the page's data,
// then its header), and a video page's data of its author: tiktok-profile.ts.
// Posts: profile grid items (data-e2e="user-post-item", views), search results' video cards
// (data-e2e="search_top-item", on the Videos tab search_video-item; views under the card), For
// You items
// (data-e2e="recommend-list-item-container": "like-count", "comment-count"; they link no
// /video/ page, so the video id comes from the player's element id `xgwrapper-<slot>-<id>` and
// the author from the avatar link), the video page's "You may like" column (likes beside a heart,
// in a DivLikeInfo, the one count it shows), Explore tiles (data-e2e="explore-item": likes in
// "explore-card-like-container"), and the video page, in its own layout ("like-count",
// "comment-count") or in browse mode, the vertical swipe view a video opens in over the feed or
// the grid ("browse-like-count", "browse-comment-count"). Shares ("share-count",
// "browse-share-count") are read as reposts, the way comments are.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SeenPost, SiteAdapter } from './types';
import { linkUrl } from './find-handles';
import { namesHandle, orNull, pageLocale, shownText, userAtPath, withoutUndefined } from './page-reading';
import { HEADER_LINES, headerName, observeLive, observeProfile, observeVideoAuthor } from './tiktok-profile';

const HOSTS = ['www.tiktok.com', 'tiktok.com'];
const MAX_NAME_TEXT = 60;
/**
 * The username line inside a link that holds more: a search result's video card (its author link
 * holds the avatar too), an account card (its one link holds the username, the name, the
 * followers and the bio: a badge after all that would stand far from the name, and a long bio
 * would hide it), and a followers list's row (one link around the avatar, nickname and username).
 */
const USERNAME_LINE = 'p[data-e2e="search-card-user-unique-id"], p[data-e2e="search-user-unique-id"], p[data-e2e="explore-card-user-unique-id"], p[class*="PUniqueId"], span[data-e2e="browse-username"]';
/**
 * 2026's account card among search results: its lines are plain <p>s (name, username, counts) in
 * a DivSearchUserItemContainer, with no test id: the username is the last line that names the
 * card's account (the name before it may read as the username too).
 */
const SEARCH_USER_CARD = '[class*="DivSearchUserItemContainer"]';
/** A "You may like" video's author: a span in no link; the video's own link says whose it is. */
const SIDE_AUTHOR = '[class*="DivAuthor"] > span[class*="SpanUniqueId"]';
/** The site's menu and buttons: never an author. */
const NOT_AUTHOR = '[data-e2e^="nav-"], [role="navigation"], nav';
/** A profile's grid tile: its videos, and on its Reposts, Liked and Favorites tabs others' videos (each linked to its author). */
const GRID_ITEM = '[data-e2e="user-post-item"], [data-e2e="user-repost-item"], [data-e2e="user-liked-item"], [data-e2e="favorites-item"]';
const FEED_ITEM = '[data-e2e="recommend-list-item-container"]';
/** A video among search results: on its Top tab, and on its Videos tab (search_video-item, as scrapers select it). */
const SEARCH_ITEM = '[data-e2e="search_top-item"], [data-e2e="search_video-item"]';
/** The video page's "You may like" column: its items have no data-e2e, only styled components' class names. */
const SIDE_ITEM = '[class*="DivVideoList"] [class*="DivItemContainer"]';
/** A search card's count: beside a play icon, so its views, though its box is named "like-container". */
const SEARCH_VIEWS = '[data-e2e="search-card-like-container"] strong';
/** An Explore tile (2025–26): its likes beside a heart; its author's line stands beside it, in the card that holds the tile. */
const EXPLORE_ITEM = '[data-e2e="explore-item"]';
const LIST_ITEM = `${GRID_ITEM}, ${FEED_ITEM}, ${SEARCH_ITEM}, ${SIDE_ITEM}, ${EXPLORE_ITEM}`;
const BROWSE_LIKES = 'strong[data-e2e="browse-like-count"]';
const VIDEO_LIKES = `strong[data-e2e="like-count"], ${BROWSE_LIKES}`;
/** xgplayer's wrapper: `xgwrapper-<slot>-<video id>`. */
const PLAYER_ID = /^xgwrapper-\d+-(\d+)$/;
const AUTHOR_AVATAR = 'a[data-e2e="video-author-avatar"]';

type Video = { id: string; author: ProfileRef };

const userFromUrl = (url: URL) => userAtPath(url, 'tiktok', HOSTS);

export function profileFromUrl(url: URL): ProfileRef | null {
  const found = userFromUrl(url);
  return found && found.rest.length === 0 ? { network: 'tiktok', handle: found.handle } : null;
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const url = linkUrl(link, page);
  const found = url && url.hash === '' ? userFromUrl(url) : null;
  if (!found || found.rest.length > 0 || link.closest(NOT_AUTHOR)) return null;
  // A card's or a list row's link holds the avatar, and the username in a p that gets the badge.
  if (link.querySelector(`img, button, [role="button"], ${USERNAME_LINE}`)) return null;
  const text = shownText(link);
  if (text === '' || text.length > MAX_NAME_TEXT) return null;
  return { ref: { network: 'tiktok', handle: found.handle }, anchor: link, placement: 'after' };
}

/** The header's username line (of its two, the first naming the URL's user). */
function fromHeaderName(heading: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  return profile && headerName(heading.ownerDocument, profile.handle) === heading ? { ref: profile, anchor: heading, placement: 'append' } : null;
}

/** A username line, badged where it names the user its link (avatar and names) goes to. */
function fromUsernameLine(name: Element, page: URL): FoundHandle | null {
  const link = name.closest('a[href]');
  const handle = link && !link.closest(NOT_AUTHOR) ? profileLinked(link, page) : null;
  return handle && namesHandle(shownText(name), handle) ? { ref: { network: 'tiktok', handle }, anchor: name, placement: 'append' } : null;
}

/** A 2026 account card in search (SEARCH_USER_CARD): its username line, where the card has no line of an older shape. */
function fromSearchUserCard(card: Element, page: URL): FoundHandle | null {
  const link = card.closest('a[href]');
  const handle = link && !link.closest(NOT_AUTHOR) && !link.querySelector(USERNAME_LINE) ? profileLinked(link, page) : null;
  const lines = handle ? [...card.querySelectorAll('p')].filter((line) => namesHandle(shownText(line), handle)) : [];
  return lines.length > 0 ? { ref: { network: 'tiktok', handle: handle! }, anchor: lines[lines.length - 1], placement: 'append' } : null;
}

/** A "You may like" item's author line, badged where it names the author of the item's video. */
function fromSideAuthor(name: Element, page: URL): FoundHandle | null {
  const item = name.closest(SIDE_ITEM);
  const video = item ? videoLinked(item, page) : null;
  return video && namesHandle(shownText(name), video.author.handle) ? { ref: video.author, anchor: name, placement: 'append' } : null;
}

/** A video's id as its permalink path, `/@user/video/<id>` (or `/photo/<id>`). */
function videoOf(url: URL | null): Video | null {
  const found = url ? userFromUrl(url) : null;
  if (!found || !['video', 'photo'].includes(found.rest[0]) || !/^\d+$/.test(found.rest[1] ?? '')) return null;
  return { id: `/@${found.handle}/${found.rest[0]}/${found.rest[1]}`, author: { network: 'tiktok', handle: found.handle } };
}

/** The first video an element links to (a card's cover, a grid item). */
function videoLinked(root: Element, page: URL): Video | null {
  return [...root.querySelectorAll('a[href*="/video/"], a[href*="/photo/"]')].map((a) => videoOf(linkUrl(a, page))).find((video) => video !== null) ?? null;
}

/** A profile link's user, not a link to one of their videos. */
function profileLinked(link: Element, page: URL): string | null {
  const url = linkUrl(link, page);
  const found = url ? userFromUrl(url) : null;
  return found && found.rest.length === 0 ? found.handle : null;
}

/**
 * A For You item, which links no /video/ page: the id its player's wrapper carries, with the
 * author its avatar links to; without the avatar, the item's first profile link, which is the
 * author's name above the caption and its mentions.
 */
function videoOfPlayer(item: Element, page: URL): Video | null {
  const id = PLAYER_ID.exec(item.querySelector('[id^="xgwrapper-"]')?.id ?? '')?.[1];
  if (!id) return null;
  const links = [...item.querySelectorAll(AUTHOR_AVATAR), ...item.querySelectorAll('a[href*="/@"]')];
  const author = links.map((link) => profileLinked(link, page)).find((handle) => handle !== null);
  return author ? { id: `/@${author}/video/${id}`, author: { network: 'tiktok', handle: author } } : null;
}

/** The wrapper around a list item that holds that item alone (its card: the item and what is written beside it), or null. */
function cardOf(item: Element, itemSelector: string): Element | null {
  const card = item.parentElement;
  return card && card.querySelectorAll(itemSelector).length === 1 ? card : null;
}

/** The text under a search card's video (search-card-desc): in the wrapper holding that card alone. */
function searchCardDesc(item: Element): Element | null {
  return cardOf(item, SEARCH_ITEM)?.querySelector('[data-e2e="search-card-desc"]') ?? null;
}

/**
 * A count of the video page's (e.g. "comment-count"), in its own layout or browse mode's
 * ("browse-comment-count"). Browse mode opens over the feed, whose items keep their own counts:
 * only one outside every item is this video's, and the like count's layout names it first.
 */
function pageCount(document: Document, id: string, browse: boolean, locale?: string): number | undefined {
  return (browse ? [`browse-${id}`, id] : [id, `browse-${id}`])
    .flatMap((shownId) => [...document.querySelectorAll(`[data-e2e="${shownId}"]`)].filter((shown) => !shown.closest(LIST_ITEM)))
    .map((shown) => parseCount(shownText(shown), locale))
    .find((value) => value !== undefined);
}

function postFromElement(element: Element, page: URL): SeenPost | null {
  const document = element.ownerDocument;
  const locale = pageLocale(document);
  const count = (root: ParentNode, id: string) => parseCount(shownText(root.querySelector(`[data-e2e="${id}"]`)), locale);
  let video: Video | null;
  let counts: Pick<SeenPost, 'likes' | 'replies' | 'reposts' | 'views'>;
  if (element.matches(GRID_ITEM)) {
    video = videoLinked(element, page);
    counts = { views: count(element, 'video-views') };
  } else if (element.matches(SEARCH_ITEM)) {
    video = videoLinked(element, page);
    counts = { views: parseCount(shownText(searchCardDesc(element)?.querySelector(SEARCH_VIEWS)), locale) };
  } else if (element.matches(SIDE_ITEM)) {
    video = videoLinked(element, page);
    counts = { likes: parseCount(shownText(element.querySelector('[class*="DivLikeInfo"]')), locale) };
  } else if (element.matches(EXPLORE_ITEM)) {
    // The cover links the video; where it does not, the card's player and author line name it.
    const card = cardOf(element, EXPLORE_ITEM);
    video = videoLinked(element, page) ?? (card && videoOfPlayer(card, page));
    counts = { likes: count(element, 'explore-card-like-container') };
  } else if (element.matches(FEED_ITEM)) {
    video = videoLinked(element, page) ?? videoOfPlayer(element, page);
    counts = { likes: count(element, 'like-count'), replies: count(element, 'comment-count'), reposts: count(element, 'share-count') };
  } else {
    // The video page: its one like count, outside any list item; the video is the page's URL.
    if (element.closest(LIST_ITEM)) return null;
    video = videoOf(page);
    const browse = element.matches(BROWSE_LIKES);
    counts = {
      likes: parseCount(shownText(element), locale),
      replies: pageCount(document, 'comment-count', browse, locale),
      reposts: pageCount(document, 'share-count', browse, locale),
    };
  }
  const shown = withoutUndefined(counts);
  if (!video || Object.keys(shown).length === 0) return null;
  return { ...video, ...shown };
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  network: 'tiktok',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/@"], ${HEADER_LINES}, ${USERNAME_LINE}, ${SEARCH_USER_CARD}, ${SIDE_AUTHOR}`,
  handleFromElement: orNull((element: Element, page: URL) => {
    if (element.localName === 'a') return fromLink(element, page);
    if (element.matches(USERNAME_LINE)) return fromUsernameLine(element, page);
    if (element.matches(SEARCH_USER_CARD)) return fromSearchUserCard(element, page);
    return element.matches(SIDE_AUTHOR) ? fromSideAuthor(element, page) : fromHeaderName(element, page);
  }),
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (profile) return observeProfile(document, profile, pageLocale(document));
    const video = videoOf(page);
    if (video) return observeVideoAuthor(document, video.author);
    const live = userFromUrl(page);
    return live && live.rest.length === 1 && live.rest[0] === 'live' ? observeLive(document, { network: 'tiktok', handle: live.handle }) : null;
  }),
  postSelector: `${LIST_ITEM}, ${VIDEO_LIKES}`,
  postFromElement: orNull(postFromElement),
};

export const TEST_URLS = {
  profiles: [
    'https://www.tiktok.com/@illojuan',
    'https://www.tiktok.com/@illojuan?lang=en',
    'https://tiktok.com/@toni.kr8s',
    'https://www.tiktok.com/@carlossainz55/',
  ],
  notProfiles: [
    'https://www.tiktok.com/',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/following',
    'https://www.tiktok.com/live',
    'https://www.tiktok.com/@',
    'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    'https://www.tiktok.com/@illojuan/photo/7571863205253778711',
    'https://www.tiktok.com/@illojuan/live',
    'https://www.tiktok.com/tag/almeria',
    'https://www.tiktok.com/tiktokstudio/upload?from=webapp',
    'https://www.tiktok.com/@a',
    'https://www.instagram.com/@illojuan',
  ],
};

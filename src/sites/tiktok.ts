// tiktok.com: video authors, comment authors, mentions, suggested accounts, profile pages
// `/@user`. Hooks, most stable first: the URL shape of profile links (`/@<username>`) whose text
// is the username or the display name TikTok writes in its author and account links (avatar
// links hold only an <img>; the menu's data-e2e="nav-profile" link says "Profile"). On a
// profile page: the JSON-LD ProfilePage (exact follower and like counts), the embedded
// script#__UNIVERSAL_DATA_FOR_REHYDRATION__ (webapp.user-detail: exact stats, verified, bio,
// link, creation time; nothing where its statusCode says the account is gone or banned), older
// pages' SIGI_STATE (UserModule) and __NEXT_DATA__ (pageProps.userInfo), then the header's
// data-e2e counts ("783.4K"). Each is checked against the URL's username: the scripts are those
// of the first page loaded, not of the one shown.
// The header's username is data-e2e="user-title": an h1 in the current layout, an h2 in the
// older one. Posts: profile grid items (data-e2e="user-post-item", views), For You
// items (data-e2e="recommend-list-item-container": "like-count", "comment-count"; they link no
// /video/ page, so the video id comes from the player's element id `xgwrapper-<slot>-<id>` and
// the author from the avatar link), and the video page, in its own layout ("like-count",
// "comment-count") or in browse mode, the vertical swipe view a video opens in over the feed or
// the grid ("browse-like-count", "browse-comment-count").
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SeenPost, SiteAdapter } from './types';
import { linkUrl } from './find-handles';
import { type SignalsRead, isoTime, namesHandle, observed, orNull, pageLocale, shownText, userAtPath, withoutUndefined } from './page-reading';
import { dig, hasText, interactionCount, jsonCount, jsonLdNode, parsedScript, scriptJson } from './page-json';

const HOSTS = ['www.tiktok.com', 'tiktok.com'];
const MAX_NAME_TEXT = 60;
const HEADER_NAME = 'h1[data-e2e="user-title"], h2[data-e2e="user-title"]';
/** The site's menu and buttons: never an author. */
const NOT_AUTHOR = '[data-e2e^="nav-"], [role="navigation"], nav';
const GRID_ITEM = '[data-e2e="user-post-item"]';
const FEED_ITEM = '[data-e2e="recommend-list-item-container"]';
const LIST_ITEM = `${GRID_ITEM}, ${FEED_ITEM}`;
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
  if (link.querySelector('img, button, [role="button"]')) return null;
  const text = shownText(link);
  if (text === '' || text.length > MAX_NAME_TEXT) return null;
  return { ref: { network: 'tiktok', handle: found.handle }, anchor: link, placement: 'after' };
}

function fromHeaderName(heading: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  return profile && namesHandle(shownText(heading), profile.handle) ? { ref: profile, anchor: heading, placement: 'append' } : null;
}

/** JSON-LD ProfilePage: exact followers and likes, bio and links. */
function fromJsonLd(document: Document, handle: string): SignalsRead | null {
  const page = jsonLdNode(document, (node) => {
    const person = dig(node, 'mainEntity');
    // The username is its alternateName or identifier; where neither is given, its url's "/@user".
    const name = dig(person, 'alternateName') ?? dig(person, 'identifier') ?? /\/@([^/?#]+)\/?(?:[?#]|$)/.exec(String(dig(person, 'url')))?.[1];
    return node['@type'] === 'ProfilePage' && String(name).toLowerCase() === handle.toLowerCase();
  });
  if (!page) return null;
  const person = page.mainEntity;
  const sameAs = dig(person, 'sameAs');
  return {
    followers: interactionCount(person, 'FollowAction'),
    hasBio: hasText(dig(person, 'description')),
    hasUrl: Array.isArray(sameAs) && sameAs.length > 0 ? true : undefined,
    extra: { likes: interactionCount(person, 'LikeAction') },
  };
}

/** webapp.user-detail's statusCode for an account gone: 10202 none by that name, 10221 banned; its userInfo is then no live profile's. */
const GONE = new Set([10202, 10221]);

/** The app's user and its stats, as every generation of its data writes them: statsV2 (exact, as strings) before stats (rounded). */
function fromUserInfo(user: unknown, stats: unknown, statsV2: unknown, handle: string): SignalsRead | null {
  if (String(dig(user, 'uniqueId')).toLowerCase() !== handle.toLowerCase()) return null;
  const stat = (key: string) => jsonCount(dig(statsV2, key)) ?? jsonCount(dig(stats, key));
  const verified = dig(user, 'verified');
  const created = jsonCount(dig(user, 'createTime'));
  return {
    followers: stat('followerCount'),
    following: stat('followingCount'),
    posts: stat('videoCount'),
    createdAt: created ? isoTime(created) : undefined,
    verified: typeof verified === 'boolean' ? verified : undefined,
    hasBio: hasText(dig(user, 'signature')),
    hasUrl: typeof dig(user, 'bioLink', 'link') === 'string' ? true : undefined,
    extra: { likes: stat('heartCount') ?? stat('heart') },
  };
}

/** The app's own data (2023–): webapp.user-detail.userInfo in script#__UNIVERSAL_DATA_FOR_REHYDRATION__. */
function fromUniversalData(document: Document, handle: string): SignalsRead | null {
  const detail = dig(scriptJson(document, 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__'), '__DEFAULT_SCOPE__', 'webapp.user-detail');
  if (GONE.has(Number(dig(detail, 'statusCode')))) return null;
  const info = dig(detail, 'userInfo');
  return fromUserInfo(dig(info, 'user'), dig(info, 'stats'), dig(info, 'statsV2'), handle);
}

/** `window['SIGI_STATE']={…};window['SIGI_RETRY']=…` in an inline script: the object's text. */
const inlineSigiState = (code: string): string | undefined =>
  code.includes("window['SIGI_STATE']") ? /window\['SIGI_STATE'\]\s*=\s*(\{[\s\S]*?\});\s*window\['SIGI_RETRY'\]/.exec(code)?.[1] : undefined;

/** SIGI_STATE: a JSON script (2022–23), or before it set inline. */
function sigiState(document: Document): unknown {
  const json = scriptJson(document, 'script#SIGI_STATE');
  if (json !== undefined) return json;
  for (const script of document.querySelectorAll('script:not([src])')) {
    const state = parsedScript(script, inlineSigiState);
    if (state !== undefined) return state;
  }
  return undefined;
}

/**
 * Older pages' data: SIGI_STATE's UserModule (users and stats keyed by username, in some by
 * user id), else 2020–21's __NEXT_DATA__ (props.pageProps.userInfo).
 */
function fromOlderData(document: Document, handle: string): SignalsRead | null {
  const module = dig(sigiState(document), 'UserModule');
  const users = dig(module, 'users');
  const key = users && typeof users === 'object' ? Object.keys(users).find((name) => String(dig(users, name, 'uniqueId')).toLowerCase() === handle.toLowerCase()) : undefined;
  if (key !== undefined) {
    const user = dig(users, key);
    return fromUserInfo(user, dig(module, 'stats', key) ?? dig(module, 'stats', String(dig(user, 'id'))), undefined, handle);
  }
  const info = dig(scriptJson(document, 'script#__NEXT_DATA__'), 'props', 'pageProps', 'userInfo');
  return fromUserInfo(dig(info, 'user'), dig(info, 'stats'), undefined, handle);
}

/** The rendered header: data-e2e counts, where its title (user-title) names the URL's profile. */
function fromHeader(document: Document, handle: string, locale?: string): SignalsRead | null {
  const title = document.querySelector(HEADER_NAME);
  if (!title || !namesHandle(shownText(title), handle)) return null;
  const count = (id: string) => parseCount(shownText(document.querySelector(`[data-e2e="${id}"]`)), locale);
  return {
    followers: count('followers-count'),
    following: count('following-count'),
    hasUrl: document.querySelector('[data-e2e="user-link"]') ? true : undefined,
    extra: { likes: count('likes-count') },
  };
}

/** A video's id as its permalink path, `/@user/video/<id>` (or `/photo/<id>`). */
function videoOf(url: URL | null): Video | null {
  const found = url ? userFromUrl(url) : null;
  if (!found || !['video', 'photo'].includes(found.rest[0]) || !/^\d+$/.test(found.rest[1] ?? '')) return null;
  return { id: `/@${found.handle}/${found.rest[0]}/${found.rest[1]}`, author: { network: 'tiktok', handle: found.handle } };
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

function postFromElement(element: Element, page: URL): SeenPost | null {
  const document = element.ownerDocument;
  const locale = pageLocale(document);
  const count = (root: ParentNode, id: string) => parseCount(shownText(root.querySelector(`[data-e2e="${id}"]`)), locale);
  const videoLink = (root: Element) =>
    [...root.querySelectorAll('a[href*="/video/"], a[href*="/photo/"]')].map((a) => videoOf(linkUrl(a, page))).find((video) => video !== null) ?? null;
  let video: Video | null;
  let counts: Pick<SeenPost, 'likes' | 'replies' | 'views'>;
  if (element.matches(GRID_ITEM)) {
    video = videoLink(element);
    counts = { views: count(element, 'video-views') };
  } else if (element.matches(FEED_ITEM)) {
    video = videoLink(element) ?? videoOfPlayer(element, page);
    counts = { likes: count(element, 'like-count'), replies: count(element, 'comment-count') };
  } else {
    // The video page: its one like count, outside any list item; the video is the page's URL.
    if (element.closest(LIST_ITEM)) return null;
    video = videoOf(page);
    // Browse mode opens over the feed, whose items keep their own comment counts: only one
    // outside every item is this video's, and the like count's layout names it first.
    const commentIds = element.matches(BROWSE_LIKES) ? ['browse-comment-count', 'comment-count'] : ['comment-count', 'browse-comment-count'];
    const replies = commentIds
      .flatMap((id) => [...document.querySelectorAll(`[data-e2e="${id}"]`)].filter((shown) => !shown.closest(LIST_ITEM)))
      .map((shown) => parseCount(shownText(shown), locale))
      .find((value) => value !== undefined);
    counts = { likes: parseCount(shownText(element), locale), replies };
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
  candidateSelector: `a[href*="/@"], ${HEADER_NAME}`,
  handleFromElement: orNull((element: Element, page: URL) => (element.localName === 'a' ? fromLink(element, page) : fromHeaderName(element, page))),
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile) return null;
    const { handle } = profile;
    return observed(profile, fromJsonLd(document, handle), fromUniversalData(document, handle), fromOlderData(document, handle), fromHeader(document, handle, pageLocale(document)));
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

// youtube.com (and m.youtube.com): video owners, comment authors, channel names in video lists,
// @mentions, channel pages `/@handle(/tab)` and `/channel/UC…(/tab)`. Hooks, most stable first:
// the URL shape of channel links (`/@handle`, `/channel/UC…`), link text that is the handle itself
// ("@name", as comments and mentions show it) or the display-name link of an author element
// (ytd-channel-name, #author-text, the creator's comment badge, a lockup's metadata,
// m.youtube.com's post header); a comment's mention that links to `/channel/UC…` with YouTube's
// own "@handle" as its text (#content-text); the embedded ytInitialData JSON (channel header and
// channelMetadataRenderer; a watch page's videoOwnerRenderer or slimOwnerRenderer), used only
// where the channel or video it names is the URL's; the schema.org microdata of a watch page
// (#watch7-content: likes, views, datePublished, author); aria-labels (the like button,
// #view-count, #owner-sub-count); element names of the rendered header
// (yt-page-header-view-model, ytd-c4-tabbed-header-renderer); class names last (the header's
// metadata rows, the verified badge, and m.youtube.com's owner link, comment title and post
// author: youtube-mobile.ts), in both the spellings YouTube has used
// (`yt-content-metadata-view-model__metadata-row`, the later `ytContentMetadataViewModelMetadataRow`).
// A channel among search results (ytd-channel-renderer) is one link around its name, "@handle",
// subscribers and description: its badge goes on the name (ytd-channel-name#channel-title), the
// channel from that link and the "@handle" YouTube writes in #subscribers. The Shorts player's
// channel bar (yt-reel-channel-bar-view-model) links its owner's "@handle" to the channel's Shorts
// tab, `/@handle/shorts`: a tab link counts as the channel only there, or where its text is that handle.
// Avatar links carry no text and get no badge, so each author gets one; on m.youtube.com a
// comment's avatar is its only author link, and its badge goes after the "@handle" title instead.
// ytInitialData and channel paths: youtube-data.ts; the watch page's owner and video: youtube-video.ts;
// community posts: youtube-community.ts; a watch page's related videos: youtube-lockups.ts.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import { linkUrl } from './find-handles';
import { mergeSignals, orNull, pageLocale, shownText } from './page-reading';
import type { FoundHandle, PageObservation, SeenPost, SiteAdapter } from './types';
import {
  type ChannelData, type ChannelPath, YOUTUBE_HOSTS as HOSTS, channelAt, channelFromData, channelPath, handleIn, headerCounts, initialData, isChannelId,
  isHandle, observation, refOf, sameHandle, visible, watchedVideoId,
} from './youtube-data';
import { MOBILE_CARD_BYLINE, MOBILE_COMMENT, MOBILE_COMMENT_AVATAR, MOBILE_COMMENT_TITLE, MOBILE_OWNER, MOBILE_OWNER_NAME, MOBILE_POST_AUTHOR, fromMobileCardByline } from './youtube-mobile';
import { VERIFIED_BADGE, WATCH_POSTS, observeWatch, postFromWatchPage } from './youtube-video';
import { aboutPanel } from './youtube-about';
import { COMMUNITY_POST, postFromCommunityPost } from './youtube-community';
import { LOCKUP_METADATA, SIDEBAR_LOCKUP, fromSidebarLockup, isLockupChannelName } from './youtube-lockups';
import { REEL_CHANNEL_BAR, SHORT, channelOfLink, postFromShort } from './youtube-shorts';

/** Channel tabs: pages that still show the channel's header. */
const CHANNEL_TABS = new Set(['', 'featured', 'videos', 'shorts', 'streams', 'playlists', 'community', 'posts', 'about', 'podcasts', 'releases', 'courses', 'channels', 'store', 'search']);
/** Channel names are at most 100 characters. */
const MAX_NAME_TEXT = 100;
/** The site's own chrome: the masthead, the guide (the signed-in user's subscriptions) and account menus. */
const SITE_CHROME = 'ytd-masthead, #masthead-container, ytd-guide-renderer, ytd-mini-guide-renderer, tp-yt-app-drawer, ytd-popup-container, ytd-multi-page-menu-renderer, ytd-active-account-header-renderer, ytm-mobile-topbar-renderer';
/** Where a link's text is an author's display name rather than the handle (the Shorts channel bar's is the "@handle", but any text there is the owner's). */
const AUTHOR_NAME = `ytd-channel-name, #author-text, ytd-author-comment-badge-renderer, ${LOCKUP_METADATA}, ${REEL_CHANNEL_BAR}, ${MOBILE_POST_AUTHOR}`;
/**
 * A comment's text. YouTube links a mention there to `/channel/UC…` with the channel's "@handle" as
 * the link's text, which no commenter writes: comments hold no markup of their own.
 */
const COMMENT_TEXT = 'ytd-comment-view-model #content-text, ytd-comment-renderer #content-text';
/**
 * A channel among search results, and its name; YouTube has written the "@handle" in #subscribers
 * since handles came (late 2022), before that the subscriber count. Ids as attributes: each result
 * repeats them, and jsdom's scoped `#id` lookups answer with the document's first.
 */
const CHANNEL_RESULT = 'ytd-channel-renderer';
const CHANNEL_RESULT_NAME = `${CHANNEL_RESULT} ytd-channel-name[id="channel-title"]`;
const CHANNEL_RESULT_HANDLE = '[id="subscribers"]';
/** The channel page's own name in its header. */
const HEADER_NAME = 'yt-page-header-view-model h1, ytd-c4-tabbed-header-renderer #channel-name #text';
/** The header's rows of "@handle", "1.23M subscribers • 1.2K videos": kebab-case classes, or the camelCase ones that replaced them. */
const METADATA_ROW = 'yt-content-metadata-view-model [class*="metadata-row"], yt-content-metadata-view-model [class*="MetadataRow"]';
/** An icon attached to the channel's name: its verification check (an image element, in either spelling, whose svg may not be drawn yet). */
const NAME_ICON = `svg, yt-icon-shape, [class*="image-element"], [class*="ImageElement"], ${VERIFIED_BADGE}`;

/** A channel page's path: the channel, on one of its tabs. */
function channelPagePath(url: URL): ChannelPath | null {
  if (!HOSTS.includes(url.host)) return null;
  const path = channelPath(url.pathname);
  return path && path.rest.length <= 1 && CHANNEL_TABS.has(path.rest[0] ?? '') ? path : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  const path = channelPagePath(url);
  return path && !path.legacy ? refOf(path) : null;
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const url = linkUrl(link, page);
  const ref = channelOfLink(link, url);
  // A [hidden] link: the comment author link YouTube hides where the creator's badge names them.
  if (!ref || link.closest(SITE_CHROME) || link.closest('[hidden]')) return null;
  if (link.matches(MOBILE_OWNER)) return fromMobileOwner(link, ref);
  // A search result's link around the channel's name, "@handle" and description: the name gets the badge.
  if (link.querySelector(CHANNEL_RESULT_NAME)) return null;
  const text = shownText(link);
  if (text === '' || text.length > MAX_NAME_TEXT) return null;
  const namesIt = text.replace(/^@/, '').toLowerCase() === ref.handle.replace(/^@/, '').toLowerCase();
  if (namesIt) return { ref, anchor: link, placement: 'after' };
  // A mention, or an author link, to `/channel/UC…` whose text is an "@handle" (padded with
  // no-break spaces, which shownText folds) is named by that handle. Only where YouTube writes that
  // text itself: a channel's own links and a description's can read anything, and would let any
  // link claim any handle.
  if (isChannelId(ref.handle) && isHandle(text) && link.closest(`${COMMENT_TEXT}, ${AUTHOR_NAME}`)) {
    return { ref: { network: 'youtube', handle: text }, anchor: link, placement: 'after' };
  }
  const author = link.closest(AUTHOR_NAME);
  if (author?.localName === LOCKUP_METADATA && !isLockupChannelName(link, author, ref, page)) return null;
  return author ? { ref, anchor: link, placement: 'after' } : null;
}

/** The channel a search result links to: the link around its name, else the first of the result's (its avatar's). */
function resultChannel(name: Element, result: Element, page: URL): ProfileRef | null {
  const around = name.closest('a[href]');
  const links = around && result.contains(around) ? [around, ...result.querySelectorAll('a[href]')] : [...result.querySelectorAll('a[href]')];
  for (const link of links) {
    const ref = channelAt(linkUrl(link, page));
    if (ref) return ref;
  }
  return null;
}

/**
 * A channel among search results, by its name. YouTube writes the result's link and the "@handle"
 * under the name from the same channel: where the link names another handle, neither is trusted; a
 * link to `/channel/UC…` is named by that handle. Without a handle shown (older results), the link's channel.
 */
function fromChannelResult(name: Element, page: URL): FoundHandle | null {
  const result = name.closest(CHANNEL_RESULT);
  if (!result || name.closest(`[hidden], ${SITE_CHROME}`)) return null;
  // A name that holds a channel link of its own: that link gets the badge.
  if ([...name.querySelectorAll('a[href]')].some((link) => channelAt(linkUrl(link, page)))) return null;
  const text = shownText(name);
  if (text === '' || text.length > MAX_NAME_TEXT) return null;
  const linked = resultChannel(name, result, page);
  const shown = handleIn(shownText(result.querySelector(CHANNEL_RESULT_HANDLE)));
  if (shown) {
    if (linked && !isChannelId(linked.handle) && !sameHandle(linked.handle, shown)) return null;
    return { ref: { network: 'youtube', handle: shown }, anchor: name, placement: 'append' };
  }
  return linked ? { ref: linked, anchor: name, placement: 'append' } : null;
}

/** The badge of m.youtube.com's owner link goes on the name inside it, not after the whole block. */
function fromMobileOwner(link: Element, ref: ProfileRef): FoundHandle | null {
  const name = link.querySelector(MOBILE_OWNER_NAME);
  const text = shownText(name);
  return name && text !== '' && text.length <= MAX_NAME_TEXT ? { ref, anchor: name, placement: 'append' } : null;
}

/**
 * An m.youtube.com comment's author, from its title's "@handle". YouTube writes that title and the
 * avatar link beside it from the same author: where the link names a handle too and the two differ,
 * neither is trusted. A title that is a display name (older comments) stands for the avatar's channel.
 */
function fromCommentTitle(title: Element, page: URL): FoundHandle | null {
  if (title.closest(`[hidden], ${SITE_CHROME}`)) return null;
  // A title inside a channel link: that link gets the badge.
  const around = title.closest('a[href]');
  if (around && channelAt(linkUrl(around, page))) return null;
  const text = shownText(title);
  if (text === '' || text.length > MAX_NAME_TEXT) return null;
  const comment = title.closest(MOBILE_COMMENT);
  const avatar = comment ? [...comment.querySelectorAll(MOBILE_COMMENT_AVATAR)].find((link) => link.closest(MOBILE_COMMENT) === comment) : undefined;
  const linked = avatar ? channelAt(linkUrl(avatar, page)) : null;
  if (isHandle(text)) {
    if (linked && !isChannelId(linked.handle) && !sameHandle(linked.handle, text)) return null;
    return { ref: { network: 'youtube', handle: text }, anchor: title, placement: 'after' };
  }
  return linked ? { ref: linked, anchor: title, placement: 'after' } : null;
}

/** The rendered channel header: 2024's yt-page-header-view-model, or the older ytd-c4-tabbed-header-renderer. */
function headerFromDom(document: Document, locale?: string): ChannelData | null {
  const model = visible(document, 'yt-page-header-view-model');
  if (model) {
    const parts = [...model.querySelectorAll(METADATA_ROW)].flatMap((row) => shownText(row).split('•').map((part) => part.trim()));
    const title = model.querySelector('h1');
    const description = model.querySelector('yt-description-preview-view-model');
    return {
      handle: parts.map(handleIn).find(Boolean),
      signals: {
        ...headerCounts(parts.filter((part) => part !== '' && !part.startsWith('@')), locale),
        verified: title?.querySelector(NAME_ICON) ? true : undefined,
        hasAvatar: model.querySelector('yt-decorated-avatar-view-model img[src], yt-avatar-shape img[src]') ? true : undefined,
        hasBio: description ? shownText(description) !== '' : undefined,
        hasUrl: model.querySelector('yt-attribution-view-model') ? true : undefined,
      },
    };
  }
  const tabbed = visible(document, 'ytd-c4-tabbed-header-renderer');
  if (!tabbed) return null;
  return {
    handle: handleIn(shownText(tabbed.querySelector('#channel-handle'))),
    signals: {
      followers: parseCount(shownText(tabbed.querySelector('#subscriber-count')), locale),
      posts: parseCount(shownText(tabbed.querySelector('#videos-count')), locale),
      verified: tabbed.querySelector(`#channel-name ${VERIFIED_BADGE}`) ? true : undefined,
    },
  };
}

/** The channel's name in its own page's header, named by the handle the header shows where that is the URL's channel. */
function fromHeaderName(element: Element, page: URL): FoundHandle | null {
  const path = channelPagePath(page);
  const header = path ? headerFromDom(element.ownerDocument) : null;
  if (!path || !header?.handle || (path.handle && !sameHandle(header.handle, path.handle))) return null;
  if (element.closest('[hidden]') || shownText(element) === '') return null;
  return { ref: { network: 'youtube', handle: header.handle }, anchor: element, placement: 'append' };
}

/** The channel id the page's head declares (canonical /channel/UC…, itemprop identifier): the page as first loaded. */
function declaredChannelId(document: Document): string | undefined {
  const identifier = document.querySelector('meta[itemprop="identifier"], meta[itemprop="channelId"]')?.getAttribute('content') ?? undefined;
  if (isChannelId(identifier)) return identifier;
  const canonical = /\/channel\/(UC[A-Za-z0-9_-]{22})\/?$/.exec(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
  return canonical?.[1];
}

/**
 * A channel page: the rendered header where it names the URL's channel, and ytInitialData where
 * the channel it describes is the URL's (and the header's). /c/ and /user/ pages are the channel
 * the page names. The profile is named by its @handle where the page shows it.
 */
function observeChannel(document: Document, path: ChannelPath, locale?: string): PageObservation | null {
  const dom = headerFromDom(document, locale);
  const domShown = dom?.handle !== undefined && (path.handle === undefined || sameHandle(dom.handle, path.handle)) ? dom : null;
  const data = channelFromData(initialData(document), locale);
  const dataIsUrls = data !== null && (path.handle ? sameHandle(data.handle, path.handle) : path.channelId ? data.channelId === path.channelId : true);
  const dataShown = dataIsUrls && (!domShown || !data.handle || sameHandle(data.handle, domShown.handle)) ? data : null;
  if (!domShown && !dataShown) return null;
  const declared = declaredChannelId(document);
  const channelId = dataShown?.channelId ?? (declared !== undefined && declared === path.channelId ? declared : undefined);
  const handle = domShown?.handle ?? dataShown?.handle ?? path.handle;
  const signals = mergeSignals(domShown?.signals, dataShown?.signals, aboutPanel(document, { handle, channelId }, locale));
  // An empty description in the data is no bio, though the rendered header previews a placeholder.
  return observation({ handle, channelId }, dataShown?.signals.hasBio === false ? { ...signals, hasBio: false } : signals);
}

/** The readers of posts other than the watch page's video, by their element's name. */
const POST_READERS: Record<string, (element: Element, page: URL) => SeenPost | null> = { [COMMUNITY_POST]: postFromCommunityPost, [SHORT]: postFromShort };

export const youtube: SiteAdapter = {
  id: 'youtube',
  network: 'youtube',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/@"], a[href*="/channel/UC"], ${MOBILE_COMMENT_TITLE}, ${MOBILE_CARD_BYLINE}, ${CHANNEL_RESULT_NAME}, ${HEADER_NAME}, ${SIDEBAR_LOCKUP}`,
  handleFromElement: orNull((element: Element, page: URL) => {
    if (element.localName === 'a') return fromLink(element, page);
    if (element.matches(SIDEBAR_LOCKUP)) return fromSidebarLockup(element, page);
    if (element.matches(MOBILE_COMMENT_TITLE)) return fromCommentTitle(element, page);
    if (element.matches(MOBILE_CARD_BYLINE)) return fromMobileCardByline(element, page);
    if (element.matches(CHANNEL_RESULT_NAME)) return fromChannelResult(element, page);
    return fromHeaderName(element, page);
  }),
  observe: orNull((document: Document, page: URL) => {
    if (!HOSTS.includes(page.host)) return null;
    const locale = pageLocale(document);
    if (watchedVideoId(page)) return observeWatch(document, page, locale);
    const path = channelPagePath(page);
    return path ? observeChannel(document, path, locale) : null;
  }),
  postSelector: `${WATCH_POSTS}, ${COMMUNITY_POST}, ${SHORT}`,
  postFromElement: orNull((element: Element, page: URL) => (POST_READERS[element.localName] ?? postFromWatchPage)(element, page)),
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://www.youtube.com/@mkbhd',
    'https://www.youtube.com/@mkbhd/',
    'https://www.youtube.com/@Dave2D/videos',
    'https://youtube.com/@OneMedia./shorts',
    'https://m.youtube.com/@mkbhd/community',
    'https://www.youtube.com/@mkbhd/about',
    'https://www.youtube.com/@%E3%83%92%E3%82%AB%E3%82%AD%E3%83%B3',
    'https://www.youtube.com/@%E0%A4%85%E0%A4%AE%E0%A5%83%E0%A4%A4%E0%A4%95%E0%A4%A3',
    'https://www.youtube.com/channel/UCVYamHliCI9rw1tHR1xbkfw',
    'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA/playlists',
  ],
  notProfiles: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=GJLlxj_dtq8',
    'https://www.youtube.com/results?search_query=surface+go',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/playlist?list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs',
    'https://www.youtube.com/shorts/abcdefghijk',
    'https://www.youtube.com/live/abcdefghijk',
    'https://www.youtube.com/embed/GJLlxj_dtq8',
    'https://www.youtube.com/account',
    'https://www.youtube.com/premium',
    'https://www.youtube.com/c/OneMedia',
    'https://www.youtube.com/user/OneMediaTrailers',
    'https://www.youtube.com/@mkbhd/live',
    'https://www.youtube.com/@mkbhd/videos/extra',
    'https://www.youtube.com/@ab',
    'https://www.youtube.com/channel/not-a-channel-id',
    'https://music.youtube.com/@mkbhd',
    'https://example.com/@mkbhd',
  ],
};

// youtube.com (and m.youtube.com): video owners, comment authors, channel names in video lists,
// @mentions, channel pages `/@handle(/tab)` and `/channel/UC…(/tab)`. Hooks, most stable first:
// the URL shape of channel links (`/@handle`, `/channel/UC…`), link text that is the handle itself
// ("@name", as comments and mentions show it) or the display-name link of an author element
// (ytd-channel-name, #author-text, the creator's comment badge, a lockup's metadata); the
// embedded ytInitialData JSON (channel header and channelMetadataRenderer; a watch page's
// videoOwnerRenderer or slimOwnerRenderer), used only where the channel or video it names is the
// URL's; the schema.org microdata of a watch page (#watch7-content: likes, views, datePublished,
// author); aria-labels (the like button, #view-count, #owner-sub-count); element names of the rendered
// header (yt-page-header-view-model, ytd-c4-tabbed-header-renderer); class names last (the
// header's metadata rows, the verified badge), in both the spellings YouTube has used
// (`yt-content-metadata-view-model__metadata-row`, the later `ytContentMetadataViewModelMetadataRow`).
// Avatar links carry no text and get no badge, so each author gets one.
// ytInitialData and channel paths: youtube-data.ts; the watch page's owner and video: youtube-video.ts.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import { linkUrl } from './find-handles';
import { mergeSignals, pageLocale, shownText } from './page-reading';
import type { FoundHandle, PageObservation, SiteAdapter } from './types';
import {
  type ChannelData, type ChannelPath, YOUTUBE_HOSTS as HOSTS, channelAt, channelFromData, channelPath, handleIn, headerCounts, initialData, isChannelId,
  observation, refOf, sameHandle, visible,
} from './youtube-data';
import { VERIFIED_BADGE, observeWatch, postFromMicrodata, postFromWatchMetadata } from './youtube-video';

/** Channel tabs: pages that still show the channel's header. */
const CHANNEL_TABS = new Set(['', 'featured', 'videos', 'shorts', 'streams', 'playlists', 'community', 'posts', 'about', 'podcasts', 'releases', 'courses', 'channels', 'store', 'search']);
/** Channel names are at most 100 characters. */
const MAX_NAME_TEXT = 100;
/** The site's own chrome: the masthead, the guide (the signed-in user's subscriptions) and account menus. */
const SITE_CHROME = 'ytd-masthead, #masthead-container, ytd-guide-renderer, ytd-mini-guide-renderer, tp-yt-app-drawer, ytd-popup-container, ytd-multi-page-menu-renderer, ytd-active-account-header-renderer, ytm-mobile-topbar-renderer';
/** Where a link's text is an author's display name rather than the handle. */
const AUTHOR_NAME = 'ytd-channel-name, #author-text, ytd-author-comment-badge-renderer, yt-lockup-metadata-view-model';
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
  const ref = channelAt(linkUrl(link, page));
  // A [hidden] link: the comment author link YouTube hides where the creator's badge names them.
  if (!ref || link.closest(SITE_CHROME) || link.closest('[hidden]')) return null;
  const text = shownText(link);
  if (text === '' || text.length > MAX_NAME_TEXT) return null;
  const namesIt = text.replace(/^@/, '').toLowerCase() === ref.handle.replace(/^@/, '').toLowerCase();
  if (!namesIt && !link.closest(AUTHOR_NAME)) return null;
  return { ref, anchor: link, placement: 'after' };
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
  return observation({ handle, channelId }, mergeSignals(domShown?.signals, dataShown?.signals));
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  network: 'youtube',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/@"], a[href*="/channel/UC"], ${HEADER_NAME}`,
  handleFromElement(element, page) {
    if (element.localName === 'a') return fromLink(element, page);
    // The channel's name in its own page's header.
    const path = channelPagePath(page);
    const header = path ? headerFromDom(element.ownerDocument) : null;
    if (!path || !header?.handle || (path.handle && !sameHandle(header.handle, path.handle))) return null;
    if (element.closest('[hidden]') || shownText(element) === '') return null;
    return { ref: { network: 'youtube', handle: header.handle }, anchor: element, placement: 'append' };
  },
  observe(document, page) {
    if (!HOSTS.includes(page.host)) return null;
    const locale = pageLocale(document);
    if (page.pathname === '/watch') return observeWatch(document, page, locale);
    const path = channelPagePath(page);
    return path ? observeChannel(document, path, locale) : null;
  },
  postSelector: 'ytd-watch-metadata, #watch7-content[itemtype$="VideoObject"]',
  postFromElement(element, page) {
    return element.id === 'watch7-content' ? postFromMicrodata(element) : postFromWatchMetadata(element, page);
  },
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

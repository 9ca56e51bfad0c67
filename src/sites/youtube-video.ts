// A YouTube watch page: the video's owner (an observation of the owner's channel: its
// subscribers) and the video itself as a post (likes, views). Hooks, most stable first: the
// schema.org microdata the server writes (#watch7-content: identifier, author, LikeAction and
// WatchAction counts, datePublished; to 2021 videoId, channelId and interactionCount instead),
// the owner's channel link, aria-labels ("like this video along with 12,345 other people",
// #view-count's "1,856,109 views", #owner-sub-count), ytInitialData's videoOwnerRenderer
// (m.youtube.com's: slimOwnerRenderer; a collaboration's uploader, the first of the channels its
// owner line lists, 2025–) where it is this video's, element names (2022's
// ytd-watch-metadata; the 2019–22 layout's ytd-video-primary-info-renderer and
// ytd-video-secondary-info-renderer) and the verified badge's class last.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import { linkUrl } from './find-handles';
import { isoTime, mergeSignals, pageLocale, shownText, withoutUndefined } from './page-reading';
import { dig, jsonCount } from './page-json';
import type { PageObservation, SeenPost } from './types';
import {
  type ChannelData, channelAt, handleIn, hasVerifiedBadge, initialData, isChannelId, observation, refOf, sameHandle, textOf, visible, watchedVideoId,
} from './youtube-data';

/** The check beside a channel's name: its class, and since 2026 badge-shape's ("badge-shape-style-type-verified"). */
export const VERIFIED_BADGE = '.badge-style-type-verified, .badge-style-type-verified-artist, .badge-shape-style-type-verified, .badge-shape-style-type-verified-artist';
const OWNER = 'ytd-video-owner-renderer';
/**
 * The 2019–22 layout, before ytd-watch-metadata: the video's title, views and buttons in #info's
 * primary renderer, its owner in #meta's secondary one (no #owner around it). 2022's pages still
 * hold ytd-watch-metadata, empty and [hidden], beside them.
 */
const PRIMARY_INFO = 'ytd-video-primary-info-renderer';
const SECONDARY_OWNER = `ytd-video-secondary-info-renderer ${OWNER}`;
const VIDEO_ID = /^[\w-]{11}$/;

/** The video id a watch page's element is about: its own attribute, its ytd-watch-flexy's, else the URL's. */
function videoIdOf(element: Element, page: URL): string | null {
  const own = element.getAttribute('video-id') ?? element.closest('ytd-watch-flexy')?.getAttribute('video-id');
  return own || watchedVideoId(page);
}

/** The owner under a rendered video: its channel link, subscribers ("3.68M subscribers") and verified check. */
function ownerFromDom(owner: Element, page: URL, locale?: string): ChannelData | null {
  const link = owner.querySelector('ytd-channel-name a[href]') ?? owner.querySelector('a[href]');
  const ref = channelAt(link ? linkUrl(link, page) : null);
  if (!ref) return null;
  const count = owner.querySelector('#owner-sub-count');
  return {
    ...(ref.handle.startsWith('@') ? { handle: ref.handle } : { channelId: ref.handle }),
    signals: {
      followers: parseCount(shownText(count), locale) ?? parseCount(count?.getAttribute('aria-label'), locale),
      verified: owner.querySelector(VERIFIED_BADGE) ? true : undefined,
    },
  };
}

export interface VideoOwnerData extends ChannelData {
  videoId?: string;
}

/**
 * A collaboration's owner renderer (2025–) links no channel: it opens a list of the channels,
 * the uploader first, each with its channel id and "@handle • 1.67K subscribers".
 */
function collabUploader(owner: unknown): { browseId: unknown; handle?: string; subscribers?: string } | null {
  const items = dig(owner, 'navigationEndpoint', 'showDialogCommand', 'panelLoadingStrategy', 'inlineContent', 'dialogViewModel', 'customContent', 'listViewModel', 'listItems');
  const first = Array.isArray(items) ? dig(items[0], 'listItemViewModel') : undefined;
  if (first === undefined) return null;
  const subtitle = String(dig(first, 'subtitle', 'content') ?? '').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const [handle, subscribers] = subtitle.split('•').map((part) => part.trim());
  return { browseId: dig(first, 'title', 'commandRuns', 0, 'onTap', 'innertubeCommand', 'browseEndpoint', 'browseId'), handle: handleIn(handle), subscribers };
}

/** A watch page data's owner renderer, with the text of its subscribers and what its badges say. */
interface OwnerRenderer {
  owner: unknown;
  subscribers: unknown;
  verified: boolean | undefined;
  videoId?: unknown;
}

/**
 * The desktop site's videoOwnerRenderer (in videoSecondaryInfoRenderer), or m.youtube.com's
 * slimOwnerRenderer among the parts of slimVideoMetadataSectionRenderer, its subscribers in
 * `collapsedSubtitle`. The slim one is not known to carry badges: there, none is no answer.
 */
function ownerRendererOf(data: unknown): OwnerRenderer | null {
  const wide = dig(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents');
  for (const item of Array.isArray(wide) ? wide : []) {
    const owner = dig(item, 'videoSecondaryInfoRenderer', 'owner', 'videoOwnerRenderer');
    if (owner !== undefined) return { owner, subscribers: dig(owner, 'subscriberCountText'), verified: hasVerifiedBadge(dig(owner, 'badges')) };
  }
  const slim = dig(data, 'contents', 'singleColumnWatchNextResults', 'results', 'results', 'contents');
  for (const item of Array.isArray(slim) ? slim : []) {
    const section = dig(item, 'slimVideoMetadataSectionRenderer');
    const parts = dig(section, 'contents');
    const owner = Array.isArray(parts) ? parts.map((part) => dig(part, 'slimOwnerRenderer')).find((part) => part !== undefined) : undefined;
    if (owner === undefined) continue;
    const badges = dig(owner, 'badges');
    return {
      owner,
      subscribers: dig(owner, 'collapsedSubtitle') ?? dig(owner, 'expandedSubtitle'),
      verified: Array.isArray(badges) ? hasVerifiedBadge(badges) : undefined,
      videoId: dig(section, 'videoId'),
    };
  }
  return null;
}

/** A watch page's data: the video's owner with its subscribers. */
export function ownerFromData(data: unknown, locale?: string): VideoOwnerData | null {
  const found = ownerRendererOf(data);
  if (!found) return null;
  const { owner, subscribers } = found;
  const videoId = dig(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId') ?? found.videoId;
  const collab = collabUploader(owner);
  if (collab) {
    // The uploader's row says nothing of its badges: none is no answer.
    return {
      videoId: typeof videoId === 'string' ? videoId : undefined,
      handle: collab.handle,
      channelId: isChannelId(collab.browseId) ? collab.browseId : undefined,
      signals: { followers: parseCount(collab.subscribers, locale) },
    };
  }
  const endpoint = dig(owner, 'navigationEndpoint', 'browseEndpoint') ?? dig(owner, 'title', 'runs', 0, 'navigationEndpoint', 'browseEndpoint');
  const browseId = dig(endpoint, 'browseId');
  const subscriberText = textOf(subscribers) ?? String(dig(subscribers, 'accessibility', 'accessibilityData', 'label') ?? '');
  return {
    videoId: typeof videoId === 'string' ? videoId : undefined,
    handle: handleIn(dig(endpoint, 'canonicalBaseUrl')) ?? handleIn(dig(owner, 'navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url')) ?? handleIn(dig(owner, 'channelUrl')),
    channelId: isChannelId(browseId) ? browseId : undefined,
    signals: { followers: parseCount(subscriberText, locale), verified: found.verified },
  };
}

/** A watch page: the owner's subscribers, from the rendered owner and from ytInitialData where it is this video's. */
export function observeWatch(document: Document, page: URL, locale?: string): PageObservation | null {
  const videoId = watchedVideoId(page);
  const rendered = visible(document, `ytd-watch-metadata ${OWNER}, #owner ${OWNER}, ${SECONDARY_OWNER}`);
  const dom = rendered && videoIdOf(rendered, page) === videoId ? ownerFromDom(rendered, page, locale) : null;
  const data = ownerFromData(initialData(document), locale);
  const sameChannel = (a: ChannelData, b: ChannelData) => sameHandle(a.handle, b.handle) || (a.channelId !== undefined && a.channelId === b.channelId);
  const dataShown = data && data.videoId === videoId && (!dom || sameChannel(dom, data)) ? data : null;
  if (!dom && !dataShown) return null;
  return observation(
    { handle: dom?.handle ?? dataShown?.handle, channelId: dom?.channelId ?? dataShown?.channelId },
    mergeSignals(dom?.signals, dataShown?.signals),
  );
}

/** A count from the first of the elements that reads as one (from an attribute, else the text). */
export function firstCount(root: Element, selectors: [string, string | null][], locale?: string): number | undefined {
  for (const [selector, attribute] of selectors) {
    const element = root.querySelector(selector);
    const count = parseCount(attribute ? element?.getAttribute(attribute) : shownText(element), locale);
    if (count !== undefined) return count;
  }
  return undefined;
}

/** schema.org microdata of a video: its `interactionStatistic` of one interactionType. */
function microdataCount(video: Element, action: string): number | undefined {
  for (const statistic of video.querySelectorAll('[itemprop="interactionStatistic"]')) {
    const type = statistic.querySelector('[itemprop="interactionType"]')?.getAttribute('content') ?? '';
    if (!type.endsWith(action)) continue;
    const count = jsonCount(statistic.querySelector('[itemprop="userInteractionCount"]')?.getAttribute('content'));
    if (count !== undefined) return count;
  }
  return undefined;
}

const ownMeta = (video: Element | undefined, name: string) => video?.querySelector(`:scope > meta[itemprop="${name}"]`)?.getAttribute('content');

/** The video the microdata describes: `identifier` since 2022, `videoId` before. */
const microdataVideoId = (video: Element | undefined) => ownMeta(video, 'identifier') ?? ownMeta(video, 'videoId');

/**
 * The microdata's author: its link to `/@handle` or `/channel/UC…`. Until 2021 that link was the
 * channel's legacy `/user/name` (which names no handle or id; a Google+ page beside it), and the
 * block wrote the owner's `channelId` of its own: then that.
 */
function microdataAuthor(video: Element): ProfileRef | null {
  const href = video.querySelector('[itemprop="author"] link[itemprop="url"]')?.getAttribute('href');
  let linked: ProfileRef | null = null;
  try {
    linked = href ? channelAt(new URL(href)) : null;
  } catch {
    linked = null;
  }
  const channelId = ownMeta(video, 'channelId');
  return linked ?? (isChannelId(channelId) ? refOf({ channelId }) : null);
}

/** The server HTML's microdata block (#watch7-content): self-describing, so it is read whichever video it is about. */
export function postFromMicrodata(video: Element): SeenPost | null {
  const id = microdataVideoId(video);
  const author = microdataAuthor(video);
  if (!id || !VIDEO_ID.test(id) || !author) return null;
  const likes = microdataCount(video, 'LikeAction');
  // Until 2021 the views were the block's own interactionCount (2022's JSON-LD writes the same count under that name).
  const views = microdataCount(video, 'WatchAction') ?? jsonCount(ownMeta(video, 'interactionCount'));
  if (likes === undefined && views === undefined) return null;
  return withoutUndefined({ id: `/watch?v=${id}`, author, postedAt: isoTime(ownMeta(video, 'datePublished')), likes, views }) as SeenPost;
}

/**
 * A stream live now, or one yet to start: its view count's place shows who is watching (or waiting),
 * or its date. Told by the player (its live classes; not the badge a replay shows too) or the
 * video's microdata (a live broadcast with no end yet).
 */
const LIVE_PLAYER = '#movie_player.ytp-live, .ytp-time-display.ytp-live';
const isLiveOrUpcoming = (document: Document, microdata: Element | undefined) =>
  document.querySelector(LIVE_PLAYER) !== null ||
  (microdata?.querySelector('meta[itemprop="isLiveBroadcast"]')?.getAttribute('content')?.toLowerCase() === 'true' && microdata.querySelector('meta[itemprop="endDate"]') === null);

/** A rendered video's post, with the date from the server's microdata of the same video; no views while it streams or waits to. */
function renderedPost(document: Document, videoId: string | null, author: ProfileRef | null, likes: number | undefined, shownViews: number | undefined): SeenPost | null {
  if (!videoId || !VIDEO_ID.test(videoId) || !author) return null;
  // The date the page writes ("Aug 2, 2018") is in the page's language; the microdata's is ISO.
  const microdata = [...document.querySelectorAll('#watch7-content')].find((video) => microdataVideoId(video) === videoId);
  const views = isLiveOrUpcoming(document, microdata) ? undefined : shownViews;
  if (likes === undefined && views === undefined) return null;
  return withoutUndefined({ id: `/watch?v=${videoId}`, author, postedAt: isoTime(ownMeta(microdata, 'datePublished')), likes, views }) as SeenPost;
}

/** The rendered video: its owner, the like button's "like this video along with 43,864 other people", the views. */
export function postFromWatchMetadata(metadata: Element, page: URL): SeenPost | null {
  const locale = pageLocale(metadata.ownerDocument);
  const owner = metadata.querySelector(OWNER);
  const videoId = videoIdOf(metadata, page);
  let channel: ChannelData | null = owner ? ownerFromDom(owner, page, locale) : null;
  if (!channel) {
    // A collaboration's owner line links no channel: the page's data names the uploader, where it is this video's.
    const data = ownerFromData(initialData(metadata.ownerDocument), locale);
    channel = data?.videoId === videoId ? data : null;
  }
  const likes = firstCount(metadata, [['like-button-view-model button[aria-label]', 'aria-label'], ['#segmented-like-button button[aria-label]', 'aria-label']], locale);
  const views = firstCount(metadata, [['#view-count[aria-label]', 'aria-label'], ['#info span', null], ['ytd-video-view-count-renderer .view-count', null]], locale);
  return renderedPost(metadata.ownerDocument, videoId, channel ? refOf(channel) : null, likes, views);
}

/**
 * The 2019–22 layout's video: the views (".view-count": "247,245,859 vistas"; its short form is
 * another class), the like button, and the owner from the box under it. The like button is the
 * first toggle button of the video's menu; the second is dislike, whose label read "dislike this
 * video along with 1,909 other people" until late 2021, so a like button without a count (likes
 * hidden) gives none rather than the next button's. Only where the watch page shows no
 * ytd-watch-metadata: where it does, that is the video, read there once.
 */
export function postFromPrimaryInfo(info: Element, page: URL): SeenPost | null {
  const scope = info.closest('ytd-watch-flexy') ?? info.ownerDocument;
  if (info.closest('[hidden]') || visible(scope, 'ytd-watch-metadata')) return null;
  const locale = pageLocale(info.ownerDocument);
  const owner = visible(scope, SECONDARY_OWNER);
  const channel = owner ? ownerFromDom(owner, page, locale) : null;
  const like = info.querySelector('ytd-menu-renderer ytd-toggle-button-renderer');
  const likes = like ? firstCount(like, [['button[aria-label]', 'aria-label']], locale) : undefined;
  const views = firstCount(info, [['.view-count', null]], locale);
  return renderedPost(info.ownerDocument, videoIdOf(info, page), channel ? refOf(channel) : null, likes, views);
}

/** What a watch page shows of its video: the server's microdata, 2022's ytd-watch-metadata, the 2019–22 primary info box. */
export const WATCH_POSTS = `ytd-watch-metadata, #watch7-content[itemtype$="VideoObject"], ${PRIMARY_INFO}`;

/** The post one of WATCH_POSTS' elements is. */
export function postFromWatchPage(element: Element, page: URL): SeenPost | null {
  if (element.id === 'watch7-content') return postFromMicrodata(element);
  if (element.localName === PRIMARY_INFO) return postFromPrimaryInfo(element, page);
  return postFromWatchMetadata(element, page);
}

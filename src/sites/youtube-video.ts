// A YouTube watch page: the video's owner (an observation of the owner's channel: its
// subscribers) and the video itself as a post (likes, views). Hooks, most stable first: the
// schema.org microdata the server writes (#watch7-content: identifier, author, LikeAction and
// WatchAction counts, datePublished), the owner's channel link, aria-labels ("like this video
// along with 12,345 other people", #view-count's "1,856,109 views", #owner-sub-count), ytInitialData's
// videoOwnerRenderer (m.youtube.com's: slimOwnerRenderer) where it is this video's, and the
// verified badge's class last.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import { linkUrl } from './find-handles';
import { isoTime, mergeSignals, pageLocale, shownText, withoutUndefined } from './page-reading';
import { dig } from './page-json';
import type { PageObservation, SeenPost } from './types';
import {
  type ChannelData, channelAt, handleIn, hasVerifiedBadge, initialData, isChannelId, observation, refOf, sameHandle, textOf, visible,
} from './youtube-data';

export const VERIFIED_BADGE = '.badge-style-type-verified, .badge-style-type-verified-artist';
const OWNER = 'ytd-video-owner-renderer';
const VIDEO_ID = /^[\w-]{11}$/;

/** The video id a watch page's element is about: its own attribute, its ytd-watch-flexy's, else the URL's. */
function videoIdOf(element: Element, page: URL): string | null {
  const own = element.getAttribute('video-id') ?? element.closest('ytd-watch-flexy')?.getAttribute('video-id');
  return own || (page.pathname === '/watch' ? page.searchParams.get('v') : null);
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
  const endpoint = dig(owner, 'navigationEndpoint', 'browseEndpoint') ?? dig(owner, 'title', 'runs', 0, 'navigationEndpoint', 'browseEndpoint');
  const browseId = dig(endpoint, 'browseId');
  const videoId = dig(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId') ?? found.videoId;
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
  const videoId = page.searchParams.get('v');
  const rendered = visible(document, `ytd-watch-metadata ${OWNER}, #owner ${OWNER}`);
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
function firstCount(root: Element, selectors: [string, string | null][], locale?: string): number | undefined {
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
    const count = Number(statistic.querySelector('[itemprop="userInteractionCount"]')?.getAttribute('content'));
    if (Number.isSafeInteger(count) && count >= 0) return count;
  }
  return undefined;
}

const ownMeta = (video: Element | undefined, name: string) => video?.querySelector(`:scope > meta[itemprop="${name}"]`)?.getAttribute('content');

/** The server HTML's microdata block (#watch7-content): self-describing, so it is read whichever video it is about. */
export function postFromMicrodata(video: Element): SeenPost | null {
  const id = ownMeta(video, 'identifier');
  const authorUrl = video.querySelector('[itemprop="author"] link[itemprop="url"]')?.getAttribute('href');
  let author: ProfileRef | null = null;
  try {
    author = authorUrl ? channelAt(new URL(authorUrl)) : null;
  } catch {
    author = null;
  }
  if (!id || !VIDEO_ID.test(id) || !author) return null;
  const likes = microdataCount(video, 'LikeAction');
  const views = microdataCount(video, 'WatchAction');
  if (likes === undefined && views === undefined) return null;
  return withoutUndefined({ id: `/watch?v=${id}`, author, postedAt: isoTime(ownMeta(video, 'datePublished')), likes, views }) as SeenPost;
}

/** The rendered video: its owner, the like button's "like this video along with 43,864 other people", the views. */
export function postFromWatchMetadata(metadata: Element, page: URL): SeenPost | null {
  const videoId = videoIdOf(metadata, page);
  const locale = pageLocale(metadata.ownerDocument);
  const owner = metadata.querySelector(OWNER);
  const channel = owner ? ownerFromDom(owner, page, locale) : null;
  const author = channel ? refOf(channel) : null;
  if (!videoId || !VIDEO_ID.test(videoId) || !author) return null;
  const likes = firstCount(metadata, [['like-button-view-model button[aria-label]', 'aria-label'], ['#segmented-like-button button[aria-label]', 'aria-label']], locale);
  const views = firstCount(metadata, [['#view-count[aria-label]', 'aria-label'], ['#info span', null], ['ytd-video-view-count-renderer .view-count', null]], locale);
  if (likes === undefined && views === undefined) return null;
  // The date the page writes ("Aug 2, 2018") is in the page's language; the microdata's is ISO.
  const microdata = [...metadata.ownerDocument.querySelectorAll('#watch7-content')].find((video) => ownMeta(video, 'identifier') === videoId);
  return withoutUndefined({ id: `/watch?v=${videoId}`, author, postedAt: isoTime(ownMeta(microdata, 'datePublished')), likes, views }) as SeenPost;
}

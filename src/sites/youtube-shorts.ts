// Shorts (/shorts/<id>, 2025–26). A Short's owner is the "@handle" in the player's channel bar,
// linked to the channel's Shorts tab. The Short playing is read as a post, its likes: each Short
// the page holds is a ytd-reel-video-renderer with its own channel bar and like button, and none
// says which video it is. The playing one holds the player (#shorts-player; no reel has carried
// `is-active` since 2026, as an extension's tests of the live site found), and the page's address
// names that video. The like button's label holds the exact count ("26,959 likes", pasted from the
// live page), the text under it a rounded one ("26K"). The post is the video's own (`/watch?v=`),
// as on its watch page.
import { linkUrl } from './find-handles';
import type { ProfileRef } from '../lib/profile-ref';
import { pageLocale, shownText, withoutUndefined } from './page-reading';
import { firstCount } from './youtube-video';
import type { SeenPost } from './types';
import { YOUTUBE_HOSTS, channelAt, channelPath, refOf, sameHandle } from './youtube-data';

/** The Shorts player's owner: its "@handle", linked to the channel's Shorts tab. */
export const REEL_CHANNEL_BAR = 'yt-reel-channel-bar-view-model';
export const SHORT = 'ytd-reel-video-renderer';
const PLAYER = '#shorts-player';
const CHANNEL_LINK = `${REEL_CHANNEL_BAR} a[href]`;
const LIKE_BUTTON = 'like-button-view-model button[aria-label]';
const SHORTS_PATH = /^\/shorts\/([\w-]{11})\/?$/;

export function postFromShort(reel: Element, page: URL): SeenPost | null {
  const videoId = SHORTS_PATH.exec(page.pathname)?.[1];
  if (!videoId || !reel.querySelector(PLAYER)) return null;
  const link = reel.querySelector(CHANNEL_LINK);
  const url = link ? linkUrl(link, page) : null;
  const author = link ? channelOfLink(link, url) : null;
  const likes = firstCount(reel, [[LIKE_BUTTON, 'aria-label']], pageLocale(reel.ownerDocument));
  if (!author || likes === undefined) return null;
  return withoutUndefined({ id: `/watch?v=${videoId}`, author, likes }) as SeenPost;
}

/** The channel a link names: by its address (`/@handle`, `/channel/UC…`), or as a Shorts tab's owner (shortsOwnerAt). */
export const channelOfLink = (link: Element, url: URL | null): ProfileRef | null => channelAt(url) ?? shortsOwnerAt(link, url);

/**
 * The owner a link to a channel's Shorts tab (`/@handle/shorts`) stands for: in the Shorts
 * player's channel bar, or where its text is that "@handle". Elsewhere such links are the tab's
 * ("Shorts" on a channel page) and name no one.
 */
export function shortsOwnerAt(link: Element, url: URL | null): ProfileRef | null {
  const path = url && YOUTUBE_HOSTS.includes(url.host) ? channelPath(url.pathname) : null;
  if (!path || path.legacy || path.rest.length !== 1 || path.rest[0] !== 'shorts') return null;
  if (link.closest(REEL_CHANNEL_BAR)) return refOf(path);
  return sameHandle(shownText(link), path.handle) ? refOf(path) : null;
}

// The Short playing on a Shorts page (/shorts/<id>, 2025–26) as a post: its likes. Each Short the
// page holds is a ytd-reel-video-renderer with its own channel bar and like button, and none says
// which video it is: the playing one holds the player (#shorts-player; no reel has carried
// `is-active` since 2026, as an extension's tests of the live site found), and the page's address
// names that video. The like button's label holds the exact count ("26,959 likes", pasted from the
// live page), the text under it a rounded one ("26K"). The post is the video's own (`/watch?v=`), as
// on its watch page.
import { linkUrl } from './find-handles';
import { pageLocale, withoutUndefined } from './page-reading';
import { firstCount } from './youtube-video';
import type { SeenPost } from './types';
import { channelPath, refOf } from './youtube-data';

export const SHORT = 'ytd-reel-video-renderer';
const PLAYER = '#shorts-player';
const CHANNEL_LINK = 'yt-reel-channel-bar-view-model a[href]';
const LIKE_BUTTON = 'like-button-view-model button[aria-label]';
const SHORTS_PATH = /^\/shorts\/([\w-]{11})\/?$/;

export function postFromShort(reel: Element, page: URL): SeenPost | null {
  const videoId = SHORTS_PATH.exec(page.pathname)?.[1];
  if (!videoId || !reel.querySelector(PLAYER)) return null;
  const link = reel.querySelector(CHANNEL_LINK);
  const url = link ? linkUrl(link, page) : null;
  const channel = url && url.host.endsWith('youtube.com') ? channelPath(url.pathname) : null;
  const author = channel && !channel.legacy ? refOf(channel) : null;
  const likes = firstCount(reel, [[LIKE_BUTTON, 'aria-label']], pageLocale(reel.ownerDocument));
  if (!author || likes === undefined) return null;
  return withoutUndefined({ id: `/watch?v=${videoId}`, author, likes }) as SeenPost;
}

// m.youtube.com's own markup, for youtube.ts: its elements differ from www.youtube.com's, and are
// hooked by class names, the least stable of hooks, so they are kept together here.
import { linkUrl } from './find-handles';
import { shownText } from './page-reading';
import type { FoundHandle } from './types';
import { channelAt } from './youtube-data';

/** m.youtube.com's owner under a video: one link around the avatar, the name and the subscriber count. */
export const MOBILE_OWNER = 'a.slim-owner-icon-and-title';
export const MOBILE_OWNER_NAME = '.slim-owner-channel-name';
/** m.youtube.com's comment: its author's "@handle" in a title that is no link, and an avatar link without text. */
export const MOBILE_COMMENT = 'ytm-comment-renderer';
export const MOBILE_COMMENT_TITLE = '.YtmCommentRendererTitle';
export const MOBILE_COMMENT_AVATAR = 'a.YtmCommentRendererIconContainer';
/**
 * A post's author (yt-post-header): the link inside this box, whose text is the display name. The
 * app nests it in a header link that also holds the post's time ("1 day ago"), so that outer link
 * is no name; the HTML parser splits nested links, leaving a copy of the outer one, empty, in the box.
 */
export const MOBILE_POST_AUTHOR = 'yt-post-header .ytPostHeaderHostAuthorText';

/**
 * A video card on Home, in search results and among related videos (a capture of 2026, and a
 * user script's selectors for the three lists): its only link to the channel is the avatar's,
 * labelled "Go to channel <name>"; the name is plain text, the byline's first item, inside the
 * video's link (views and age follow it).
 */
const MOBILE_CARD = 'ytm-video-with-context-renderer';
const MOBILE_CARD_AVATAR = 'ytm-channel-thumbnail-with-link-renderer a[href]';
const BYLINE = '.YtmBadgeAndBylineRendererItemByline';
export const MOBILE_CARD_BYLINE = `${MOBILE_CARD} ${BYLINE}`;

/** The card's channel, beside its name: only where the byline is the first and the avatar's label holds it (not the views, not "X and 2 more"). */
export function fromMobileCardByline(byline: Element, page: URL): FoundHandle | null {
  const card = byline.closest(MOBILE_CARD);
  const avatars = card?.querySelectorAll(MOBILE_CARD_AVATAR) ?? [];
  if (avatars.length !== 1 || card!.querySelector(BYLINE) !== byline) return null;
  const ref = channelAt(linkUrl(avatars[0], page));
  const name = shownText(byline);
  const label = avatars[0].querySelector('img')?.getAttribute('alt') ?? '';
  return ref && name !== '' && name.length <= 100 && label.includes(name) ? { ref, anchor: byline, placement: 'after' } : null;
}

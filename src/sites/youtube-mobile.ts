// m.youtube.com's own markup, for youtube.ts: its elements differ from www.youtube.com's, and are
// hooked by class names, the least stable of hooks, so they are kept together here.

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

// The posts of facebook.com's feeds, read for facebook.ts: which block is a post of 2026's feed
// (it has no unit of its own), a feed unit's id (its permalink; where its timestamp has no
// address yet, a comment's timestamp's permalink, else the video or photo it shows) and its
// counts: "All reactions: 1.2K" (or the label and its number in sibling elements), "45
// comments", "12 shares", else the bare numbers beside the 2025 action bar's buttons. Comments
// ([role="article"][aria-label="Comment by …"]) and shared posts are units inside a post: what
// lies in them is theirs. On a photo's own page the post is the pane beside the photo.
import { afterScaleWord, parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { SeenPost } from './types';
import { linkUrl } from './find-handles';
import { pageLocale, shownText, withoutUndefined } from './page-reading';
import { HOSTS, idFromLink } from './facebook-urls';

/** A post, or a comment or shared post inside one. */
export const FEED_UNIT = '[aria-posinset], [role="article"]';
/** A post's author block (2025–26); in 2026's feed, the one hook a post has. */
export const PROFILE_NAME = '[data-ad-rendering-role="profile_name"]';
/** A post's action bar (2025–26), by the marker beside its Like button's icon. */
const ACTION_BAR = '[data-ad-rendering-role="like_button"]';
/** Where a search for a post's block stops: the feed or the page itself is no post. */
const FEED_BOUNDS = '[role="feed"], [role="main"], body';
// Separators only between digits: a Page name ending in one ("FORMULA 1. 12,345,678 likes",
// "Studio 54. 1.2M likes") is not read into the count after it. Digits of any script (an Arabic
// page writes "١٢", with "٫" and "٬" between them), so patterns built on it take the u flag.
export const NUMBER = String.raw`(\p{Nd}+(?:[.,\s\u00a0\u202f\u066b\u066c]\p{Nd}+)*(?:\s*(?:[KMB]\b|Mio\.|Mrd\.|mil\b|ألف|مليون))?)`;

// The count labels in a few languages; vi, it, pl and ar as scrapers of those pages quote them (2024–26).
const REACTIONS_LABEL = '(?:All reactions|Alle Reaktionen|Todas las reacciones|Toutes les réactions|Tất cả cảm xúc|Tutte le reazioni|Wszystkie reakcje|كل التفاعلات|Alle reacties|ความรู้สึกทั้งหมด)';
const REACTIONS = new RegExp(`^${REACTIONS_LABEL}\\s*:?\\s*(\\p{Nd}.*)$`, 'iu');
/** The label alone: the 2025 markup puts its number in the next element ("<div>All reactions:</div><span>1.7K</span>"). */
const REACTIONS_ALONE = new RegExp(`^${REACTIONS_LABEL}\\s*:?$`, 'iu');
/**
 * A count a label or a button writes, with whatever abbreviation the page's language gives it
 * ("1,2 tys.", "1,2 rb", "1.2万"): a number and at most one short word, which must be a scale
 * word parseCount reads (shownCount): "3 new comments" is no count of comments.
 */
const SHOWN_COUNT = String.raw`(\p{Nd}[\p{Nd}.,\s\u00a0\u202f\u066b\u066c]*(?:\s*([^\s\p{Nd}:]{1,5}\.?))?)`;
const COMMENTS = new RegExp(`^${SHOWN_COUNT}\\s*(?:comments?|Kommentare?|coment[aá]rios?|commentaires?|bình luận|komentar|komentarz\\p{L}*)$`, 'iu');
const SHARES = new RegExp(`^${SHOWN_COUNT}\\s*(?:shares?|Mal geteilt|veces compartido|partages?|lượt chia sẻ|compartilhamentos?|kali dibagikan)$`, 'iu');

/**
 * A photo's own page (`/photo/?fbid=`, `photo.php`, a Page's `/<page>/photos/…`): the post it
 * belongs to sits beside the photo in a complementary pane, its poster the link in the pane's
 * heading, its counts and comments under it (three extensions' and scrapers' selectors agree,
 * 2022–26; no capture was available).
 */
const PHOTO_PAGE = /^\/(?:photo\/?|photo\.php|[^/]+\/photos\/.+)$/;
export const PHOTO_POST = '[role="complementary"]';
export const PHOTO_POSTER = 'h2 a[href]';

/** The photo a photo's page shows (`/photo?fbid=<id>`), or undefined on other pages. */
export const photoOfPage = (page: URL) => (PHOTO_PAGE.test(page.pathname) ? idFromLink(page)?.id : undefined);

/** Panes known to be their page's photo's post (they link it): checked once each. */
const photoPanes = new WeakMap<Element, string>();

/**
 * The photo's post pane a link or pane is (in), on a photo's page: the pane whose heading names a
 * poster and that links this photo (its time does); null elsewhere (another side pane).
 */
export function photoPostOf(element: Element, page: URL): Element | null {
  const photo = photoOfPage(page);
  const pane = photo ? element.closest(PHOTO_POST) : null;
  if (!pane || !pane.querySelector(PHOTO_POSTER)) return null;
  if (photoPanes.get(pane) === photo) return pane;
  const linksPhoto = [...pane.querySelectorAll('a[href]')].some((link) => {
    const url = linkUrl(link, page);
    return url !== null && HOSTS.includes(url.host) && idFromLink(url)?.id === photo;
  });
  if (linksPhoto) photoPanes.set(pane, photo!);
  return linksPhoto ? pane : null;
}

/**
 * Whether an element is the post's own, not a comment's ([role="article"][aria-label="Comment by …"])
 * or a shared post's inside it. (A post of 2026's feed is no unit itself: see facebook.ts.)
 */
export const ownedBy = (element: Element, post: Element) => {
  const unit = element.closest(FEED_UNIT);
  return unit === post || unit === null || !post.contains(unit);
};

/**
 * A post of 2026's feed, which has no unit of its own (no [aria-posinset], no [role="article"]:
 * those are its comments'), found from its author block: the nearest block around it that holds
 * an action bar. A shared post's author block (inside the post, without a bar of its own) is no
 * post's: the first block around that holds another author block holds no other action bar.
 */
export function postOfAuthorBlock(block: Element): Element | null {
  if (block.closest(FEED_UNIT)) return null;
  const count = (root: Element, selector: string) => root.querySelectorAll(selector).length;
  let post: Element | null = null;
  let postBlocks = 0;
  for (let around = block.parentElement; around && !around.matches(FEED_BOUNDS); around = around.parentElement) {
    if (!post) {
      if (!around.querySelector(ACTION_BAR)) continue;
      if (around.querySelector(PROFILE_NAME) !== block) return null;
      post = around;
      postBlocks = count(post, PROFILE_NAME);
    } else if (count(around, PROFILE_NAME) > postBlocks) {
      return count(around, ACTION_BAR) > count(post, ACTION_BAR) ? post : null;
    }
  }
  return post;
}

/**
 * A post's id: its permalink path (with the story's ids for the .php forms); where its timestamp
 * link has no address yet (href="#" or a bare query until hovered), the permalink its comments'
 * timestamps link to (`/<user>/posts/<id>?comment_id=…`), else the video or photo it shows (for a
 * share, the original's: the last resort). None: the post is not read.
 */
function postIdOf(unit: Element, page: URL): string | null {
  let media: string | null = null;
  let commented: string | null = null;
  for (const link of unit.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    // "#" and a bare query ("?__cft__[0]=…", a signed-in search's timestamp link) would resolve to
    // the page's own address: on a Watch or post page, every post would be its video or post.
    if (/^[#?]/.test(href)) continue;
    const own = ownedBy(link, unit);
    // A comment's links are its own, but for its timestamp: it links the post's permalink with the comment's id.
    if (!own && (commented !== null || !href.includes('comment_id='))) continue;
    const url = linkUrl(link, page);
    const found = url && HOSTS.includes(url.host) ? idFromLink(url) : null;
    if (!own) {
      const comment = link.closest(FEED_UNIT)?.parentElement;
      if (found?.permalink && comment && ownedBy(comment, unit)) commented = found.id;
      continue;
    }
    if (found?.permalink) return found.id;
    media ??= found?.id ?? null;
  }
  return commented ?? media;
}

/**
 * The action bar that writes each count as a number (abbreviated in the page's language) beside its button's icon (2025:
 * <div role="button"><div data-ad-rendering-role="like_button"></div><span dir="auto">12</span></div>,
 * the same for comment_button and share_button); a comment or share button may say its count in
 * its aria-label instead ("26 comments", "1 share"). A like button's label counts one reaction
 * of several ("Like: 4 people"), so it is not read.
 */
const ACTION_BUTTONS = [['likes', 'like_button', null], ['replies', 'comment_button', COMMENTS], ['reposts', 'share_button', SHARES]] as const;
const BARE_COUNT = new RegExp(`^${SHOWN_COUNT}$`, 'iu');

/** SHOWN_COUNT's count in a match, where the word after its number, if any, is a scale word in the page's language; else undefined. */
function shownCount(match: RegExpExecArray | null, locale?: string): string | undefined {
  const [, count, word] = match ?? [];
  return word !== undefined && afterScaleWord(word, locale) !== '' ? undefined : count;
}

function countsBesideButtons(unit: Element, locale?: string): Pick<SeenPost, 'likes' | 'replies' | 'reposts'> {
  const counts: Pick<SeenPost, 'likes' | 'replies' | 'reposts'> = {};
  for (const [field, role, labelled] of ACTION_BUTTONS) {
    for (const icon of unit.querySelectorAll(`[data-ad-rendering-role="${role}"]`)) {
      const button = icon.closest('[role="button"]');
      if (!button || !ownedBy(button, unit)) continue;
      const number = [...button.querySelectorAll('span')].map((span) => (icon.contains(span) ? '' : shownText(span))).find((text) => shownCount(BARE_COUNT.exec(text), locale) !== undefined);
      const count = parseCount(number ?? (labelled?.exec(button.getAttribute('aria-label')?.trim() ?? '')?.[1]), locale);
      if (count !== undefined) {
        counts[field] = count;
        break;
      }
    }
  }
  return counts;
}

/** The reaction count where the label stands alone and its number is the next element. */
function reactionsBesideLabel(unit: Element, locale?: string): number | undefined {
  for (const label of unit.querySelectorAll('div, span')) {
    if (label.childElementCount > 0 || !ownedBy(label, unit) || !REACTIONS_ALONE.test(shownText(label))) continue;
    const count = parseCount(shownText(label.nextElementSibling), locale);
    if (count !== undefined) return count;
  }
  return undefined;
}

/**
 * A post (the outermost feed unit, a 2026 post's block, a photo page's pane) by its author: its id
 * (where not known already, from its links) and counts; null without an id or a count.
 */
export function readPost(unit: Element, page: URL, author: ProfileRef, knownId?: string): SeenPost | null {
  const id = knownId ?? postIdOf(unit, page);
  if (!id) return null;
  const locale = pageLocale(unit.ownerDocument);
  const post: SeenPost = { id, author };
  for (const element of unit.querySelectorAll('[role="button"], span')) {
    if (!ownedBy(element, unit)) continue;
    const text = shownText(element);
    if (text.length > 40) continue;
    const reactions = REACTIONS.exec(text)?.[1];
    const comments = shownCount(COMMENTS.exec(text), locale);
    const shares = shownCount(SHARES.exec(text), locale);
    if (reactions && post.likes === undefined) post.likes = parseCount(reactions, locale);
    if (comments && post.replies === undefined) post.replies = parseCount(comments, locale);
    if (shares && post.reposts === undefined) post.reposts = parseCount(shares, locale);
  }
  if (post.likes === undefined) {
    const beside = reactionsBesideLabel(unit, locale);
    if (beside !== undefined) post.likes = beside;
  }
  // The worded counts win over the bare numbers beside the buttons.
  const read: SeenPost = { id, author, ...countsBesideButtons(unit, locale), ...withoutUndefined(post) };
  return read.likes !== undefined || read.replies !== undefined || read.reposts !== undefined ? read : null;
}

// A channel's community post (its Posts tab, a post's own page /post/<id>) as a post: its likes
// and comments. Hooks, as the post renderer has named them since 2019 and a post archiver tested
// on the live site read them until 2026: the post is ytd-backstage-post-renderer; its id the link
// of its time (#published-time-text: `/post/<id>`, until 2025 `/channel/…/community?lb=<id>`);
// its author #author-text; its likes #vote-count-middle (its label, else the number it shows);
// its comments #reply-button-end. A post shared inside another is its own: only what is the
// post's own is read. Its time is written relative ("1 month ago"): not read.
import { parseCount } from '../lib/count';
import { linkUrl } from './find-handles';
import { pageLocale, shownText, withoutUndefined } from './page-reading';
import type { SeenPost } from './types';
import { channelAt } from './youtube-data';

export const COMMUNITY_POST = 'ytd-backstage-post-renderer';
/** YouTube's post ids (`Ugkx…`, `UgzR…`). */
const POST_ID = /^Ug[\w-]{10,}$/;

/** The post's own element that matches (not one of a post shared inside it). Ids as attributes: every post repeats them. */
const own = (post: Element, selector: string) => [...post.querySelectorAll(selector)].find((element) => element.closest(COMMUNITY_POST) === post) ?? null;

/** The post's id from its time's link: `/post/<id>`, or `…/community?lb=<id>`. */
function postIdOf(post: Element, page: URL): string | null {
  const link = own(post, '[id="published-time-text"] a[href]');
  const url = link ? linkUrl(link, page) : null;
  if (!url) return null;
  const id = /^\/post\/([^/]+)\/?$/.exec(url.pathname)?.[1] ?? (url.pathname.endsWith('/community') ? url.searchParams.get('lb') : null);
  return id && POST_ID.test(id) ? id : null;
}

/** A count from the element's label or its button's inside it ("1.2K likes", "34 comments"), else the number it shows alone ("2.5K"). */
function countOf(element: Element | null, locale?: string): number | undefined {
  if (!element) return undefined;
  const label = [element, ...element.querySelectorAll('[aria-label]')].map((labelled) => labelled.getAttribute('aria-label') ?? '').find((text) => /\d/.test(text));
  if (label) return parseCount(label, locale);
  const text = shownText(element);
  return /^\d[\d.,\s\u00a0]*\S{0,4}$/u.test(text) ? parseCount(text, locale) : undefined;
}

export function postFromCommunityPost(post: Element, page: URL): SeenPost | null {
  const id = postIdOf(post, page);
  const authorLink = own(post, 'a[id="author-text"][href]');
  const author = channelAt(authorLink ? linkUrl(authorLink, page) : null);
  if (!id || !author) return null;
  const locale = pageLocale(post.ownerDocument);
  const likes = countOf(own(post, '[id="vote-count-middle"]'), locale);
  const replies = countOf(own(post, '[id="reply-button-end"]'), locale);
  if (likes === undefined && replies === undefined) return null;
  return { id: `/post/${id}`, author, ...withoutUndefined({ likes, replies }) };
}

// instagram.com: post and comment authors, mentions, follower lists, profile pages. Hooks, most
// stable first: the URL shape of profile links (`/<username>/`, first segments Instagram
// reserves excluded) whose text is the username itself (avatar links have none, so each post
// or comment gets one badge); on a profile page, the header's links to `/<user>/followers/`
// and `/following/` with the exact count in span[title="2,066"], the verified badge's glyph
// (its aria-label is in the page's language), the page's description meta ("484 Followers,
// 262 Following, 1,537 Posts - … (@user)", or "… from @user" for an account with no full
// name, in the page's language), the JSON newer pages embed (PolarisProfilePageContentQuery's
// user: exact counts) and the old server HTML's window._sharedData (2016–21). Posts:
// <article>s, or on the 2026 post page, which has none, the column beside the photo (POST_COLUMN),
// with their author, permalink (`/p/`, `/reel/`, `/reels/`, `/tv/`) and <time datetime>; their
// counts (the liked_by and comments links, or the numbers beside the action icons of 2025 and
// later post and reel pages) are read in instagram-post.ts. The photo's tags (links out of the
// tab order, hidden until its Tags button is pressed) name no one.
import { INSTAGRAM_RESERVED } from '../lib/reserved-paths';
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { FoundHandle, SeenPost, SiteAdapter } from './types';
import { linkUrl } from './find-handles';
import { fromEmbeddedJson, fromSharedData } from './instagram-data';
import { POST_PATH, postCounts, postId } from './instagram-post';
import { isoTime, metaContent, namesHandle, observed, orNull, pageLocale, shownCount, shownText, withoutUndefined } from './page-reading';

const HOSTS = ['www.instagram.com', 'instagram.com'];
/** Profile tabs, and the follower lists Instagram opens as a dialog over the profile. */
const PROFILE_TABS = new Set(['', 'reels', 'tagged', 'saved', 'feed', 'channel', 'guides', 'followers', 'following']);
const MAX_HANDLE_TEXT = 40;
/** The profile header's name; a post's own <header> sits inside its <article>. */
const HEADER_NAME = 'header h1, header h2';
/**
 * A post without an <article> (the 2026 post page): the column beside the photo, holding the
 * post's header (its author, or a collab post's authors), an <hr>, the caption and comments, then
 * the action bar (a <section>) with the permalink's <time>. Known by the rule between the header
 * and the comments (the page's other rules stand alone in a <div>); only an element's children
 * are looked at, so testing one is cheap (a :has() reaching deeper, to the action bar, costs a
 * walk through every comment for each element tested). Nothing inside a feed's <article>, which
 * is a post of its own, is one.
 */
const POST_COLUMN = 'div:has(> div + hr + div):not(article *)';
const POST = `article, ${POST_COLUMN}`;
/** The badge by its glyph, the same in every language (seen labelled "Verified", "Подтвержденный", "Đã xác minh", "已驗證"). */
export const VERIFIED_BADGE = 'svg[aria-label="Verified"], svg path[d^="M19.998 3.094 14.638 0l-2.972 5.15"]';

const isUsername = (name: string) => networkInfo('instagram')!.isValidHandle(name);

/** The username an instagram.com path names, and the segments after it. */
function userFromPath(pathname: string): { user: string; rest: string[] } | null {
  const [first, ...rest] = pathname.split('/').filter(Boolean);
  if (!first || INSTAGRAM_RESERVED.has(first.toLowerCase()) || !isUsername(first)) return null;
  return { user: first, rest };
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!HOSTS.includes(url.host)) return null;
  const found = userFromPath(url.pathname);
  if (!found || found.rest.length > 1 || !PROFILE_TABS.has(found.rest[0] ?? '')) return null;
  return { network: 'instagram', handle: found.user };
}

/** The username a link names by its text, or null. */
function nameOfLink(link: Element, page: URL): string | null {
  // Out of the tab order: the photo's tags, shown over it only once its Tags button is pressed.
  if (link.getAttribute('tabindex') === '-1') return null;
  // href="#": a button dressed as a link (the header's name), naming the page it is on.
  if ((link.getAttribute('href') ?? '').startsWith('#')) return null;
  const url = linkUrl(link, page);
  if (!url || !HOSTS.includes(url.host) || url.hash !== '') return null;
  const found = userFromPath(url.pathname);
  // The reels viewer links each reel's author to their reels (`/<user>/reels/`); a profile's Reels tab does too, but its text is "Reels".
  if (!found || (found.rest.length > 0 && found.rest.join('/') !== 'reels')) return null;
  const text = shownText(link);
  return text !== '' && text.length <= MAX_HANDLE_TEXT && namesHandle(text, found.user) ? found.user : null;
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const user = nameOfLink(link, page);
  if (!user) return null;
  // A post names its author twice (header, caption): one badge, at the first. (Only the earlier
  // links whose href holds the name are read: a post page's comments are many.)
  const post = link.closest(POST);
  if (post) {
    const lower = user.toLowerCase();
    for (const earlier of post.querySelectorAll('a[href]')) {
      if (earlier === link) break;
      if (earlier.getAttribute('href')!.toLowerCase().includes(lower) && nameOfLink(earlier, page)?.toLowerCase() === lower) return null;
    }
  }
  return { ref: { network: 'instagram', handle: user }, anchor: link, placement: 'after' };
}

/** The profile header's name on the profile's own page, unless a profile link around it has the badge. */
function fromHeaderName(heading: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  if (!profile || heading.closest('article') || !namesHandle(shownText(heading), profile.handle)) return null;
  const around = heading.closest('a[href]');
  if (around && nameOfLink(around, page)) return null;
  return { ref: profile, anchor: heading, placement: 'append' };
}

const HIGHLIGHT_LINK = 'a[href*="/stories/highlights/"]';

/**
 * The count before the followers' where the three are no list (2025: posts, followers and
 * following in sibling divs, "40 posts" in the first): the item before the followers link's.
 */
function countBefore(followersLink: Element, followingLink: Element, locale?: string): number | undefined {
  let item = followersLink;
  while (item.parentElement && !item.parentElement.contains(followingLink)) item = item.parentElement;
  const before = item.previousElementSibling;
  return before && !before.querySelector('a[href], h1, h2') ? shownCount(before, locale) : undefined;
}

/** The rendered header: its follower and following links, and the first of its three counts (posts). */
function fromHeader(document: Document, handle: string, locale?: string): Partial<ProfileSignals> | null {
  const header = [...document.querySelectorAll('header')].find((candidate) => !candidate.closest('article'));
  if (!header) return null;
  const tab = (name: string) =>
    [...header.querySelectorAll('a[href]')].find((a) => a.getAttribute('href')!.toLowerCase().replace(/\/$/, '').endsWith(`/${handle.toLowerCase()}/${name}`));
  const followersLink = tab('followers');
  const followingLink = tab('following');
  const named = [...header.querySelectorAll('h1, h2')].some((heading) => namesHandle(shownText(heading), handle));
  if (!followersLink && !followingLink && !named) return null;
  // Posts, followers, following: the header's three counts, in that order in every language. A
  // list of them (until 2025; logged out, the counts are no links), never the highlights' list.
  const linked = followersLink ?? followingLink;
  const list = linked ? linked.closest('ul') : [...header.querySelectorAll('ul')].find((ul) => !ul.querySelector(HIGHLIGHT_LINK));
  const items = list ? [...list.querySelectorAll(':scope > li')] : [];
  const byOrder = items.length === 3 ? items.map((item) => shownCount(item, locale)) : [];
  const signals: Partial<ProfileSignals> = {
    posts: byOrder[0] ?? (followersLink && followingLink && !list ? countBefore(followersLink, followingLink, locale) : undefined),
    followers: followersLink ? shownCount(followersLink, locale) : byOrder[1],
    following: followingLink ? shownCount(followingLink, locale) : byOrder[2],
  };
  if (header.querySelector(VERIFIED_BADGE)) signals.verified = true;
  if (header.querySelector('a[rel~="me"]')) signals.hasUrl = true;
  return signals;
}

/**
 * Instagram's description of a profile, in the page's language: "484 Followers, 262 Following,
 * 1,537 Posts - See Instagram photos…" ("484 Follower, 320 gefolgt, 1.234 Beiträge",
 * "フォロワー484人、フォロー中320人、投稿1,234件"). The order is the same in every language; the
 * three parts are told apart by ", " (a comma inside "1,234" has no space after it), "、" or
 * Arabic's "،".
 */
function followerLine(text: string | undefined, locale?: string): Pick<ProfileSignals, 'followers' | 'following' | 'posts'> | null {
  if (!text) return null;
  const head = text.split(/\s[-–—]\s/)[0];
  const parts = head.split(/,\s+|[、，،]\s*/);
  if (parts.length !== 3) return null;
  const [followers, following, posts] = parts.map((part) => parseCount(part, locale));
  if (followers === undefined || following === undefined || posts === undefined) return null;
  return { followers, following, posts };
}

/**
 * "@user" as the description names its profile: "(@user)" after a full name, "from @user" or
 * "von @user an" without one; not "@user.other" or "@user_2", which are other accounts.
 */
const namingHandle = (handle: string) => String.raw`(?:^|[\s(])@${handle.replace(/\./g, '\\.')}(?![A-Za-z0-9_]|\.\w)`;
/** Where the quoted bio starts: "… on Instagram: "bio"", Korean "…님의 Instagram 계정: '소개글'". */
const BIO_QUOTE = `[:：]\\s*["“„«']`;
/** The quoted bio may mention other accounts: the profile is named before it. */
const withoutBio = (text: string) => text.replace(new RegExp(`${BIO_QUOTE}[\\s\\S]*$`), '');

/** The description meta, where it names the profile: the head is not swapped when the app navigates. */
function fromDescription(document: Document, handle: string, locale?: string): Partial<ProfileSignals> | null {
  const names = new RegExp(namingHandle(handle), 'i');
  for (const key of ['og:description', 'description']) {
    const text = metaContent(document, key);
    if (!text || !names.test(withoutBio(text))) continue;
    const counts = followerLine(text, locale);
    if (!counts) continue;
    const bio = metaContent(document, 'description') ?? '';
    // "… (@user) on Instagram: "bio"": said only where there is one; its absence says nothing.
    const hasBio = new RegExp(`${namingHandle(handle)}[^"“„«']*${BIO_QUOTE}`, 'i').test(bio) || undefined;
    return { ...counts, hasBio };
  }
  return null;
}

/** The post's time: the one in its permalink, else its first (a caption's "Edited" time may come before the permalink's). */
function postTime(links: Element[], post: Element): Element | null {
  for (const link of links) {
    const time = POST_PATH.test(link.getAttribute('href') ?? '') ? link.querySelector('time[datetime]') : null;
    if (time) return time;
  }
  return post.querySelector('time[datetime]');
}

/** The first post a link to a part of one names (`/p/<id>/liked_by/`), parsing links only until then. */
function partOf(links: Element[], page: URL): string | null {
  for (const link of links) {
    const url = linkUrl(link, page);
    const id = url && HOSTS.includes(url.host) ? postId(url) : null;
    if (id) return id;
  }
  return null;
}

function postFromElement(post: Element, page: URL): SeenPost | null {
  const links = [...post.querySelectorAll('a[href]')];
  const author = links.map((link) => nameOfLink(link, page)).find((user) => user !== null);
  const time = postTime(links, post);
  const permalink = time?.closest('a[href]') ?? links.find((link) => POST_PATH.test(link.getAttribute('href') ?? ''));
  const permalinkUrl = permalink ? linkUrl(permalink, page) : null;
  // Without a permalink (a narrow feed links the post only through its likers, `/p/<id>/liked_by/`), a link to a part of it names it.
  const id = (permalinkUrl && postId(permalinkUrl)) ?? partOf(links, page) ?? postId(page);
  if (!author || !id) return null;
  const { likes, replies, reposts } = postCounts(post, (link) => nameOfLink(link, page), pageLocale(post.ownerDocument));
  if (likes === undefined && replies === undefined) return null;
  return { id, author: { network: 'instagram', handle: author }, ...withoutUndefined({ postedAt: isoTime(time), likes, replies, reposts }) };
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  network: 'instagram',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href], ${HEADER_NAME}`,
  handleFromElement: orNull((element: Element, page: URL) => (element.localName === 'a' ? fromLink(element, page) : fromHeaderName(element, page))),
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile) return null;
    const locale = pageLocale(document);
    return observed(
      profile,
      fromHeader(document, profile.handle, locale),
      fromEmbeddedJson(document, profile.handle),
      fromDescription(document, profile.handle, locale),
      fromSharedData(document, profile.handle),
    );
  }),
  postSelector: POST,
  postFromElement: orNull(postFromElement),
  followerList: () => import('./instagram-followers').then((m) => m.instagramFollowers),
  // Since mid-2026 the list opens over the profile, the address still the profile's; its rows are the dialog's.
  followerListInPlace: true,
};

export const TEST_URLS = {
  profiles: [
    'https://www.instagram.com/aaronpk/',
    'https://www.instagram.com/hausoftiffany',
    'https://instagram.com/pluto__travel/',
    'https://www.instagram.com/hausoftiffany/tagged/',
    'https://www.instagram.com/hausoftiffany/reels/',
    'https://www.instagram.com/hausoftiffany/followers/',
    'https://www.instagram.com/nat.geo_travel/?hl=de',
  ],
  notProfiles: [
    'https://www.instagram.com/',
    'https://www.instagram.com/p/DElvsYatmWj/',
    'https://www.instagram.com/hausoftiffany/p/DElvsYatmWj/',
    'https://www.instagram.com/reel/CySDvlgNDVB/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/explore/tags/travel/',
    'https://www.instagram.com/popular/',
    'https://www.instagram.com/popular/travel-tips/',
    'https://www.instagram.com/stories/hausoftiffany/3412345/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/legal/privacy/',
    'https://www.instagram.com/developer/',
    'https://www.instagram.com/web/lite/',
    'https://www.instagram.com/a..b/',
    'https://www.instagram.com/hausoftiffany/followers/mutualOnly',
    'https://www.threads.net/@hausoftiffany',
    'https://example.com/aaronpk/',
  ],
};

// facebook.com (www., m., web.): post and comment authors, group members, public profiles and
// Pages. Real captures found: a group's member list, Pages' tabs and heads (2023–26), a post with
// its comments and a signed-in posts search (2025); the tests' pages are written for this project
// from them and from Facebook's current ("Comet") markup as known. Hooks, most stable first: the
// URL shape of profile links (facebook-urls.ts); ARIA roles: a post author is a name link in an
// h2/h3/h4/strong of a feed unit ([aria-posinset], [role="article"]), or in its byline (its first
// aria-describedby part) where its heading names the group it was posted in; a comment author the
// link whose text the comment's aria-label ("Comment by Jane Doe") names; the profile header's
// <h1> in [role="main"]. Never [role="navigation"|"banner"|"complementary"] (the menu, the
// signed-in user, contacts), except a reel's comments pane and a photo's post. On a profile: its
// own tab links, whatever the language of their text ("12K followers" → `/<user>/followers/`,
// "10K likes" / "Gefällt 10.000 Mal" → `/<user>/friends_likes/`), and a Page's og:description
// ("12,345 likes · 67 talking about this"), and the head's app link (fb://profile/<n>) for the
// number groups name the profile by. Since 2026 the feed wraps posts in no unit ([role="article"] is left to
// comments): a link in an author block ([data-ad-rendering-role="profile_name"]) is then its
// post's author. A post is read by its author here; which block is a 2026 post, and its id and
// counts, in facebook-post.ts. A shared post's original author is named in an h5 or the
// profile_name block. On a reel's page, its owner is the link in its video block's heading
// ([data-video-id] h2, "See Owner Profile"), its comments in the pane beside it (ReelsCommentPane).
// (Extensions' selectors of 2024–26; no reel page was available, and its counts are not read.) On
// a photo's page, the post beside the photo is in a complementary pane: its poster the pane's h2
// link, its comments and counts below it.
import { parseCount } from '../lib/count';
import type { ProfileSignals } from '../score/types';
import type { FoundHandle, SeenPost, SiteAdapter } from './types';
import { linkUrl } from './find-handles';
import { declaredUrl, metaContent, observed, orNull, pageLocale, shownText } from './page-reading';
import { FEED_UNIT, NUMBER, PHOTO_POST, PHOTO_POSTER, PROFILE_NAME, ownedBy, photoOfPage, photoPostOf, postOfAuthorBlock, readPost } from './facebook-post';
import { HOSTS, profileFromUrl, profileOf } from './facebook-urls';

export { profileFromUrl };

const MAX_NAME_TEXT = 80;
const OUTSIDE_CONTENT = '[role="navigation"], [role="banner"], [role="complementary"]';
/** A reel's comments, in a complementary pane beside the video (the one such pane that is content). */
const REEL_COMMENTS = '[data-pagelet="ReelsCommentPane"]';
/** A reel's owner: in the video's block, the link in its heading (labelled "See Owner Profile" in English). */
const REEL_OWNER = '[data-video-id] :is(h2 a[href], a[aria-label="See Owner Profile"])';
/** Where a post names an author: its own (h2–h4, strong, the profile_name block), or a shared post's original one (h5). */
const AUTHOR_LINE = `h2, h3, h4, h5, strong, ${PROFILE_NAME}`;
/** The post's own author: a shared post's author (h5) comes after it, and is not the post's. */
const POST_AUTHOR_LINKS = `h2 a[href], h3 a[href], h4 a[href], strong a[href], ${PROFILE_NAME} a[href]`;

const sameHandle = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The feed unit (post, or comment) a link sits in, innermost. */
function unitOf(element: Element): Element | null {
  return element.closest(FEED_UNIT);
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const url = linkUrl(link, page);
  const found = url && url.hash === '' ? profileOf(url) : null;
  if (!found || found.tab !== '') return null;
  const photoPost = photoPostOf(link, page);
  if (link.closest(OUTSIDE_CONTENT) && !link.closest(REEL_COMMENTS) && !photoPost) return null;
  const name = shownText(link);
  if (name === '' || name.length > MAX_NAME_TEXT || link.querySelector('img, image')) return null;
  const badge: FoundHandle = { ref: { network: 'facebook', handle: found.handle }, anchor: link, placement: 'after' };
  const unit = unitOf(link);
  if (!unit) {
    // A reel's or a photo's poster; or, in 2026's feed, which wraps a post in no unit, a link its author block says is one.
    if ((page.pathname.startsWith('/reel/') && link.matches(REEL_OWNER)) || link === photoPost?.querySelector(PHOTO_POSTER) || link.closest(PROFILE_NAME)) return badge;
    return fromMemberList(link, url!, found.handle);
  }
  // A post's author line, or the author a comment's aria-label names ("Comment by Jane Doe"), or
  // a group member in a byline (a group post whose heading names the group).
  const authorLine = link.closest(AUTHOR_LINE);
  if (authorLine && unit.contains(authorLine)) return badge;
  if (isNamedAuthor(link, unit, name, page)) return badge;
  return url!.pathname.startsWith('/groups/') && bylineOf(unit)?.contains(link) ? badge : null;
}

/**
 * Whether the unit's aria-label names this link's person as its author ("Comment by Jane Doe"):
 * the first profile link of the unit's own that the label names is. A reply's label names the
 * comment it answers too ("Reply by A to B's comment"), and its words begin with a link to B,
 * after A's; where A has no link (an anonymous group member, a deleted account), B's is among
 * words ([dir="auto"] holding more than it, past the unit's first line), and is no author.
 */
function isNamedAuthor(link: Element, unit: Element, name: string, page: URL): boolean {
  const label = unit.getAttribute('aria-label') ?? '';
  if (!label.includes(name)) return false;
  let firstLine: Element | null | undefined;
  for (const other of unit.querySelectorAll('a[href]')) {
    if (unitOf(other) !== unit) continue;
    const text = shownText(other);
    if (text === '' || !label.includes(text)) continue;
    const words = other.parentElement?.closest('[dir="auto"]');
    if (words && unit.contains(words) && shownText(words) !== text) {
      firstLine ??= [...unit.querySelectorAll('[dir="auto"]')].find((line) => unitOf(line) === unit) ?? null;
      if (words !== firstLine) continue;
    }
    const url = linkUrl(other, page);
    if (url && url.hash === '' && profileOf(url)?.tab === '') return other === link;
  }
  return false;
}

/**
 * A post's byline: the first part the unit says describes it (aria-describedby). Where a post's
 * heading names the group it was posted in, the byline names its author, as a member of that
 * group (`/groups/<g>/user/<n>/`), beside the time (signed-in search and feed, 2025).
 */
function bylineOf(unit: Element): Element | null {
  const first = unit.getAttribute('aria-describedby')?.trim().split(/\s+/)[0];
  const byline = first ? unit.ownerDocument.getElementById(first) : null;
  return byline && unit.contains(byline) ? byline : null;
}

/**
 * A row of a group's member list (its Members tab): the name links the member in the group
 * (`/groups/<g>/user/<n>/`); its avatar twin is aria-hidden, and holds the picture.
 */
function fromMemberList(link: Element, url: URL, handle: string): FoundHandle | null {
  if (!url.pathname.startsWith('/groups/') || !link.closest('[role="listitem"]') || !link.closest('[role="main"]')) return null;
  if (link.closest('[aria-hidden="true"]')) return null;
  return { ref: { network: 'facebook', handle }, anchor: link, placement: 'after' };
}

/** Whether the page shows the URL's profile: a link to one of its tabs, or the head's og:url. */
function showsProfile(document: Document, page: URL, handle: string): boolean {
  const main = document.querySelector('[role="main"]') ?? document;
  for (const link of main.querySelectorAll('a[href]')) {
    const found = profileOf(linkUrl(link, page) ?? page);
    if (found && found.tab !== '' && sameHandle(found.handle, handle)) return true;
  }
  return declaresProfile(document, handle);
}

/**
 * Whether the head's og:url (or canonical) is the profile's address, in any of its forms
 * (`/<username>`, `/profile.php?id=<n>`, `/people/<Name>/<n>/`), on any of Facebook's hosts.
 */
function declaresProfile(document: Document, handle: string): boolean {
  const declared = declaredUrl(document);
  const found = declared ? profileOf(new URL(`${declared.pathname}${declared.search}`, 'https://www.facebook.com/')) : null;
  return found !== null && found.tab === '' && sameHandle(found.handle, handle);
}

/**
 * The numeric id of a profile known by its username, in the app's link of a head that declares
 * the profile ("fb://profile/100052680951218"): groups link their members by it
 * (`/groups/<g>/user/<id>/`), so their badges are scored from the profile's page too.
 */
function numericId(document: Document, handle: string): string | undefined {
  if (/^\d+$/.test(handle)) return undefined;
  // Written "fb://profile/<n>", and in older heads "fb://page/<n>?referrer=app_link" or "fb://page/?id=<n>".
  for (const app of [metaContent(document, 'al:android:url'), metaContent(document, 'al:ios:url')]) {
    const id = /^fb:\/\/(?:profile|page)\/(?:\?id=)?(\d+)(?:[?&][^#]*)?$/.exec(app ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

function fromHeaderName(heading: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  if (!profile || heading.closest(`${FEED_UNIT}, ${OUTSIDE_CONTENT}`) || !heading.closest('[role="main"]')) return null;
  if (shownText(heading) === '' || !showsProfile(heading.ownerDocument, page, profile.handle)) return null;
  return { ref: profile, anchor: heading, placement: 'append' };
}

/** The profile's tab links and the counts they say: followers, following, friends, a Page's likes. */
function fromTabLinks(document: Document, page: URL, handle: string, locale?: string): Partial<ProfileSignals> {
  const counts: Record<string, number> = {};
  const main = document.querySelector('[role="main"]') ?? document;
  for (const link of main.querySelectorAll('a[href]')) {
    if (link.closest(FEED_UNIT)) continue;
    const found = profileOf(linkUrl(link, page) ?? page);
    if (!found || !sameHandle(found.handle, handle)) continue;
    const key = { followers: 'followers', following: 'following', friends: 'friends', friends_likes: 'pageLikes', likes: 'pageLikes' }[found.tab];
    const count = key && !(key in counts) ? parseCount(shownText(link), locale) : undefined;
    if (key && count !== undefined) counts[key] = count;
  }
  const { followers, following, ...extra } = counts;
  return { followers, following, extra: Object.keys(extra).length > 0 ? extra : undefined };
}

const DESCRIPTION_LIKES = [new RegExp(`${NUMBER}\\s*likes\\b`, 'iu'), new RegExp(`Gefällt\\s+${NUMBER}\\s*Mal`, 'iu'), new RegExp(`${NUMBER}\\s*[„"]?Gefällt mir`, 'iu'), new RegExp(`${NUMBER}\\s*(?:Me gusta|J’aime|J'aime|osób lubi to)`, 'iu'), new RegExp(`Отметки\\s+["«]?Нравится["»]?\\s*:\\s*${NUMBER}`, 'iu'), new RegExp(`Mi piace\\s*:\\s*${NUMBER}`, 'iu'), new RegExp(`${NUMBER}\\s*(?:curtidas|lượt thích)`, 'iu'), new RegExp(`ถูกใจ\\s*${NUMBER}\\s*คน`, 'iu')];
const DESCRIPTION_FOLLOWERS = new RegExp(`${NUMBER}\\s*(?:followers|Follower|seguidores|abonnés|obserwujących|người theo dõi)`, 'iu');

/**
 * One count of the sentence: short, its number in its first two words ("12,345 likes", "Gefällt
 * 10.000 Mal") or after a label and a colon (Russian: 'Отметки "Нравится": 381 · Обсуждают: 7').
 */
const COUNT_PART = /^(?=.{1,40}\.?$)(?:\S*(?:\s\S*)?\d|[^\d:]{1,30}:\s*\d)/;

/**
 * The description's counts: its first sentence made of counts alone ("12,345 likes · 67 talking
 * about this"), after the Page's name. The Page's own words after it may name numbers too ("We
 * just hit 100K followers"), and are not read.
 */
function countsSentence(description: string): string {
  const isCounts = (sentence: string) =>
    sentence.split(/\s+·\s+/).every((part) => COUNT_PART.test(part)) && (DESCRIPTION_FOLLOWERS.test(sentence) || DESCRIPTION_LIKES.some((pattern) => pattern.test(sentence)));
  return description.split(/\.\s+/).find(isCounts) ?? '';
}

/** A public Page's og:description, of a head that declares the profile: "Name. 12,345 likes · 67 talking about this. …". */
function fromDescription(document: Document, locale?: string): Partial<ProfileSignals> {
  const text = countsSentence(metaContent(document, 'og:description') ?? metaContent(document, 'description') ?? '');
  const likes = DESCRIPTION_LIKES.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  const pageLikes = parseCount(likes, locale);
  const followers = parseCount(DESCRIPTION_FOLLOWERS.exec(text)?.[1], locale);
  return { followers, extra: pageLikes === undefined ? undefined : { pageLikes } };
}

function postFromElement(element: Element, page: URL): SeenPost | null {
  if (element.matches(PHOTO_POST)) return postFromPhotoPane(element, page);
  if (!element.matches(PROFILE_NAME)) return postFromUnit(element, page);
  const post = postOfAuthorBlock(element);
  const author = post ? [...element.querySelectorAll('a[href]')].map((link) => fromLink(link, page)).find(Boolean)?.ref : undefined;
  return post && author ? readPost(post, page, author) : null;
}

/** A photo page's post, beside the photo: its poster, and its counts (its id the photo's). */
function postFromPhotoPane(pane: Element, page: URL): SeenPost | null {
  const poster = photoPostOf(pane, page)?.querySelector(PHOTO_POSTER);
  const author = poster ? fromLink(poster, page)?.ref : undefined;
  return author ? readPost(pane, page, author, photoOfPage(page)) : null;
}

function postFromUnit(unit: Element, page: URL): SeenPost | null {
  // Comments and shared posts are units inside a post; the post is the outermost. A comment in a
  // pane beside a reel or a photo is no post either.
  if (unit.parentElement?.closest(FEED_UNIT) || unit.closest(OUTSIDE_CONTENT)) return null;
  const authorLinks = [...unit.querySelectorAll(POST_AUTHOR_LINKS), ...(bylineOf(unit)?.querySelectorAll('a[href]') ?? [])];
  const author = authorLinks.map((link) => (ownedBy(link, unit) ? fromLink(link, page) : null)).find(Boolean)?.ref;
  return author ? readPost(unit, page, author) : null;
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  network: 'facebook',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: 'a[href], [role="main"] h1',
  handleFromElement: orNull((element: Element, page: URL) => (element.localName === 'a' ? fromLink(element, page) : fromHeaderName(element, page))),
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile) return null;
    const locale = pageLocale(document);
    // Tab links are the profile's own by their href; without one, the page is not known to be this profile's.
    const tabs = showsProfile(document, page, profile.handle) ? fromTabLinks(document, page, profile.handle, locale) : null;
    // The head is the first page loaded's: read only where it declares this profile.
    const declared = declaresProfile(document, profile.handle);
    const observation = observed(profile, tabs, declared ? fromDescription(document, locale) : null);
    const id = observation && declared ? numericId(document, profile.handle) : undefined;
    return observation && id ? { ...observation, aliases: [{ network: 'facebook', handle: id }] } : observation;
  }),
  // A unit, or (2026) an author block in none, or a photo page's pane.
  postSelector: `${FEED_UNIT}, ${PROFILE_NAME}:not(:is(${FEED_UNIT}) *), ${PHOTO_POST}`,
  postFromElement: orNull(postFromElement),
};

export const TEST_URLS = {
  profiles: [
    'https://www.facebook.com/natgeo',
    'https://www.facebook.com/natgeo/',
    'https://facebook.com/NASAJPL/about',
    'https://m.facebook.com/natgeo',
    'https://web.facebook.com/natgeo/followers',
    'https://www.facebook.com/profile.php?id=100064488401234',
    'https://www.facebook.com/profile.php?id=100064488401234&sk=about',
    'https://www.facebook.com/people/Jane-Doe/100087654321098/',
    'https://www.facebook.com/GuidePlugin-103319044798780/',
    'https://www.facebook.com/p/The-Label-Jenn-100084236786813/',
    'https://www.facebook.com/JSPWellnessBoneAlignme/live_videos',
    'https://www.facebook.com/natgeo/videos_by',
  ],
  notProfiles: [
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/123456789012345/',
    'https://www.facebook.com/groups/123456789012345/user/100087654321098/',
    'https://www.facebook.com/events/987654321/',
    'https://www.facebook.com/watch/?v=1234567890',
    'https://www.facebook.com/marketplace/',
    'https://www.facebook.com/gaming/',
    'https://www.facebook.com/pages/Some-Place/123456789',
    'https://www.facebook.com/Some-Place/',
    'https://www.facebook.com/photo/?fbid=123456789',
    'https://www.facebook.com/permalink.php?story_fbid=123&id=456789',
    'https://www.facebook.com/story.php?story_fbid=123&id=456789',
    'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com',
    'https://www.facebook.com/login/',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/hashtag/travel',
    'https://www.facebook.com/search/top?q=nasa',
    'https://www.facebook.com/natgeo/posts/10115467890123456',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/ab',
    'https://www.facebook.com/reel/123456789',
    'https://example.com/natgeo',
  ],
};

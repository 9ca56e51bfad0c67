// reddit.com (new Reddit, the "shreddit" web components, also served from sh.reddit.com),
// old.reddit.com and the 2018–2023 redesign: authors of posts and comments, u/ mentions, user pages
// `/user/<name>` and `/u/<name>`. Hooks, most stable first: the URL shape of a link
// (`/user/<name>`), link text that is the name itself ("name" or "u/name"), the `author` attribute
// of <shreddit-post>, and data-testid where Reddit sets one (the redesign's avatars, the new profile
// sidebar, the user hover card). Avatar links carry no text and get no badge, so each post or
// comment gets one badge per author, beside its author link (the tests check each against Reddit's
// own `author` on <shreddit-post>/<shreddit-comment> and `data-author` on old Reddit's `.thing`s).
// The home, popular and all feeds name no author in a post's byline (its credit bar: "r/sub • 5 hr.
// ago"): there the badge goes after the post's age, for the card's `author`. (Search results are
// other cards, data-testid="search-post-unit", without an `author`: only their links are read;
// a comment's author there links "#", and its name is read from the link's text.)
// A user hover card (loaded into <faceplate-hovercard>'s or, 2025–26, <rpl-hovercard>'s content
// slot) repeats the name beside its trigger and shows that account's karma: neither is read.
// [deleted] accounts have no link, and AutoModerator, a bot, gets none.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { FoundHandle, PageObservation, SiteAdapter } from './types';
import { decodedSegment, linkUrl } from './find-handles';

// sh.reddit.com: the new interface on a host of its own, which moderators use (new.reddit.com
// only redirects to www since December 2024).
const HOSTS = ['reddit.com', 'www.reddit.com', 'old.reddit.com', 'sh.reddit.com'];
/** Hosts whose /user/ links name a Reddit account (links may point at any of them). */
const LINK_HOSTS = new Set([...HOSTS, 'new.reddit.com', 'np.reddit.com']);
/** Profile tabs that still show the profile itself. */
const PROFILE_TABS = new Set(['', 'overview', 'submitted', 'posts', 'comments', 'gilded', 'upvoted', 'downvoted', 'hidden', 'saved', 'about']);
/** Accounts that are not people: Reddit's moderation bot. */
const BOTS = new Set(['automoderator']);

const MAX_HANDLE_TEXT = 40;
/** The site header: the signed-in user's own menu lives there. */
const SITE_HEADER = '#header, header, reddit-header-large, reddit-header-action-items, [role="banner"], #user-drawer-content';
/** Old Reddit's profile sidebar, and the profile name in it and in new Reddit's sidebar. */
const OLD_TITLEBOX = '.side .titlebox';
const PROFILE_NAME = `${OLD_TITLEBOX} > h1, h1[data-testid="profile-display-name"]`;
/** A post card's byline: subreddit, author (where shown) and age. */
const CREDIT_BAR = ':scope > [slot="credit-bar"]';
/**
 * A user hover card, loaded on hover: its name link repeats the one that opened it, and its karma
 * numbers are that account's, not the profile page's.
 */
const HOVER_CARD = 'faceplate-hovercard [slot="content"], rpl-hovercard [slot="content"], [data-testid="user-hover-card"]';
/**
 * A comment's author among search results (type=comments, 2025): a link to "#" (its hover card
 * opens the profile) holding the avatar and the name, as saved result pages show it.
 */
const SEARCH_COMMENT_AUTHOR = '[data-testid="search-comment-content"] faceplate-hovercard > a[href="#"]';
/** Where a link to an account is not a name to badge: the signed-in user's menu, a hover card. */
const UNBADGED_AREAS = `${SITE_HEADER}, ${HOVER_CARD}`;

const isValidName = (name: string) => networkInfo('reddit')!.isValidHandle(name);

/** The account a reddit.com path names as `/user/<name>` or `/u/<name>` plus, maybe, one more segment. */
function nameFromPath(pathname: string): { name: string; rest: string } | null {
  const match = /^\/(?:user|u)\/([^/]+)(?:\/([^/]*))?\/?$/i.exec(pathname);
  if (!match) return null;
  const name = decodedSegment(match[1]);
  if (name === null || !isValidName(name) || BOTS.has(name.toLowerCase())) return null;
  return { name, rest: (match[2] ?? '').toLowerCase() };
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!HOSTS.includes(url.host)) return null;
  const found = nameFromPath(url.pathname);
  return found && PROFILE_TABS.has(found.rest) ? { network: 'reddit', handle: found.name } : null;
}

function nameOfLink(link: Element, page: URL): string | null {
  const url = linkUrl(link, page);
  if (!url) return null;
  if (!LINK_HOSTS.has(url.host) || url.hash !== '') return null;
  const found = nameFromPath(url.pathname);
  return found && found.rest === '' ? found.name : null;
}

/** "name", "u/name" or "/u/name": the text of a link that names its account. */
function namesAccount(text: string, name: string): boolean {
  return text.replace(/^\/?u\//i, '').replace(/^@/, '').toLowerCase() === name.toLowerCase();
}

/**
 * The 2018–2023 redesign as saved pages keep it: a comment's avatar link
 * (data-testid="comment_author_icon") whose name link is gone. It gets the badge only where
 * nothing beside it names the author.
 */
function fromAuthorIcon(link: Element, name: string): FoundHandle | null {
  if (!/_author_icon$/.test(link.getAttribute('data-testid') ?? '')) return null;
  const around = link.parentElement;
  if (!around) return null;
  for (const other of around.querySelectorAll('a[href]')) {
    if (other !== link && namesAccount((other.textContent ?? '').trim(), name)) return null;
  }
  return { ref: { network: 'reddit', handle: name }, anchor: link, placement: 'after' };
}

/** A search result's commenter: the name the "#" link shows beside the avatar (no "u/"), where it is a valid one. */
function fromSearchCommentAuthor(link: Element): FoundHandle | null {
  // A person's link holds their avatar; a community's hover card has another shape.
  if (!link.querySelector('[avatar]')) return null;
  const name = (link.textContent ?? '').trim();
  if (!isValidName(name) || BOTS.has(name.toLowerCase())) return null;
  return { ref: { network: 'reddit', handle: name }, anchor: link, placement: 'after' };
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  if (link.matches(SEARCH_COMMENT_AUTHOR)) return fromSearchCommentAuthor(link);
  const name = nameOfLink(link, page);
  if (!name || link.closest(UNBADGED_AREAS)) return null;
  const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return fromAuthorIcon(link, name); // avatars and old Reddit's cake-day icons
  if (text.length > MAX_HANDLE_TEXT || !namesAccount(text, name)) return null;
  return { ref: { network: 'reddit', handle: name }, anchor: link, placement: 'after' };
}

/**
 * A post card whose byline does not name its author (the aggregate feeds: home, popular, all):
 * its `author`, badged after the post's age. Where the byline links the author (a
 * subreddit's feed, a post page) the link has the badge and the card none.
 */
function fromPost(post: Element, page: URL): FoundHandle | null {
  const name = post.getAttribute('author') ?? '';
  // "[deleted]" fails the name pattern.
  if (!isValidName(name) || BOTS.has(name.toLowerCase())) return null;
  const bar = post.querySelector(CREDIT_BAR);
  if (!bar) return null;
  const same = (other: string | null | undefined) => other?.toLowerCase() === name.toLowerCase();
  // The byline's link, in the credit bar or slotted as the author's name (itself, or inside what is).
  for (const link of post.querySelectorAll(`${CREDIT_BAR} a[href*="/u"], :scope > [slot="authorName"] a[href*="/u"], :scope > a[slot="authorName"][href*="/u"]`)) {
    if (same(nameOfLink(link, page))) return null;
  }
  // A profile's own posts on its page: its name there has the badge.
  if (same(profileFromUrl(page)?.handle)) return null;
  const age = bar.querySelector('faceplate-timeago');
  // After the age's permalink where it has one: a badge inside it would open the post.
  const link = age?.closest('a');
  const after = link && bar.contains(link) ? link : age;
  return { ref: { network: 'reddit', handle: name }, anchor: after ?? bar, placement: after ? 'after' : 'append' };
}

/** The profile a user page shows, checked against what the page says (new Reddit swaps pages in place). */
function shownProfile(document: Document, page: URL): { ref: ProfileRef; old: boolean } | null {
  const profile = profileFromUrl(page);
  if (!profile) return null;
  const heading = document.querySelector(`${OLD_TITLEBOX} > h1`)?.textContent?.trim();
  if (heading !== undefined) return heading.toLowerCase() === profile.handle.toLowerCase() ? { ref: profile, old: true } : null;
  // New Reddit titles a profile "Display name (u/name) - Reddit".
  const title = document.title.toLowerCase();
  return title.includes(`u/${profile.handle.toLowerCase()}`) ? { ref: profile, old: false } : null;
}

/** An ISO time from a <time datetime>, if it holds one. */
function timeOf(element: Element | null): string | undefined {
  const value = element?.getAttribute('datetime');
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** Old Reddit's sidebar: post and comment karma, "redditor for" with its date, the communities moderated. */
function observeOld(document: Document): Partial<ProfileSignals> {
  const box = document.querySelector(OLD_TITLEBOX)!;
  const link = parseCount(box.querySelector('.karma:not(.comment-karma)')?.textContent);
  const comment = parseCount(box.querySelector('.comment-karma')?.textContent);
  const signals: Partial<ProfileSignals> = { createdAt: timeOf(box.querySelector('.age time[datetime], time[datetime]')) };
  const extra: Record<string, number> = {};
  // Both or neither: one alone is not the account's karma.
  if (link !== undefined && comment !== undefined) extra.karma = link + comment;
  // "MODERATOR OF": a box of the communities the account moderates, shown where there are any.
  for (const section of document.querySelectorAll('.side .sidecontentbox')) {
    if (!/moderator of/i.test(section.querySelector('.title')?.textContent ?? '')) continue;
    extra.moderated = section.querySelectorAll('.content a[href*="/r/"]').length;
  }
  if (Object.keys(extra).length > 0) signals.extra = extra;
  return signals;
}

/** What matches in root, hover cards left out: they show another account's karma, cake day and bio. */
function outsideHoverCards(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((element) => !element.closest(HOVER_CARD));
}

/** New Reddit's profile sidebar: its karma numbers (post and comment, or one total) and cake day. */
function observeNew(document: Document): Partial<ProfileSignals> {
  // The sidebar where the page has one; elsewhere a count may be another's.
  const sidebar = document.querySelector('#right-sidebar-contents') ?? document;
  const numbers = outsideHoverCards(sidebar, '[data-testid="karma-number"]').map((element) => parseCount(element.textContent));
  const signals: Partial<ProfileSignals> = { createdAt: timeOf(outsideHoverCards(sidebar, 'time[data-testid="cake-day"]')[0] ?? null) };
  if (numbers.length > 0 && numbers.length <= 2 && numbers.every((n) => n !== undefined)) {
    signals.extra = { karma: numbers.reduce<number>((sum, n) => sum + n!, 0) };
  }
  const bio = outsideHoverCards(sidebar, '[data-testid="profile-description"]')[0];
  if (bio) signals.hasBio = (bio.textContent ?? '').trim() !== '';
  return signals;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  network: 'reddit',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/u"], shreddit-post[author], ${PROFILE_NAME}, ${SEARCH_COMMENT_AUTHOR}`,
  observe(document, page): PageObservation | null {
    const shown = shownProfile(document, page);
    if (!shown) return null;
    const signals = shown.old ? observeOld(document) : observeNew(document);
    if (signals.extra?.karma === undefined && signals.createdAt === undefined) return null;
    // Leave out what the page did not show, rather than send it as unknown.
    const defined = Object.fromEntries(Object.entries(signals).filter(([, value]) => value !== undefined));
    return { ref: shown.ref, signals: defined };
  },
  handleFromElement(element, page) {
    if (element.localName === 'a') return fromLink(element, page);
    if (element.localName === 'shreddit-post') return fromPost(element, page);
    // The name on a user page: it names the page's own profile.
    const shown = shownProfile(element.ownerDocument, page);
    if (!shown) return null;
    const text = (element.textContent ?? '').trim();
    if (element.localName === 'h1' && element.closest(OLD_TITLEBOX) && !namesAccount(text, shown.ref.handle)) return null;
    return text === '' ? null : { ref: shown.ref, anchor: element, placement: 'append' };
  },
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://www.reddit.com/user/spez',
    'https://www.reddit.com/user/spez/',
    'https://www.reddit.com/u/Watchful1',
    'https://reddit.com/user/Lil_SpazBot/comments/',
    'https://old.reddit.com/user/kn0thing/submitted/',
    'https://sh.reddit.com/user/spez/',
    'https://www.reddit.com/user/some-one_123/overview',
  ],
  notProfiles: [
    'https://www.reddit.com/',
    'https://www.reddit.com/r/aww/',
    'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud/',
    'https://www.reddit.com/user/spez/comments/abc123/a_post_on_a_profile/',
    'https://www.reddit.com/user/spez/m/multireddit',
    'https://www.reddit.com/user/[deleted]',
    'https://www.reddit.com/user/AutoModerator',
    'https://www.reddit.com/user/me',
    'https://www.reddit.com/user/this_name_is_far_too_long_for_reddit',
    'https://www.reddit.com/settings/',
    'https://www.reddit.com/login/',
    'https://www.redditmedia.com/user/spez',
    'https://example.com/user/spez',
  ],
};

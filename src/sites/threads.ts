// threads.net / threads.com: post authors and @mentions in feeds and threads, profile pages
// `/@user`. Hooks, most stable first: the URL shape of profile links (`/@<username>`) whose
// text is the username itself (avatar links have none, the "Suggested for you" cards hold
// name + username + "Follow", the menu's own link says "Profile": none of these get a badge);
// on a profile page, the document title "Name (@user) • Threads" as the proof that the page
// shows the URL's profile, the follower count (span[title="12,345"] where Meta puts the exact
// one, else "12.3K followers"), the check beside the header's picture and its links (through
// l.threads.net / l.threads.com), and the head's og:description ("12.3K Followers • 456 Threads
// • bio…"; without a bio "15 Followers • 18 Threads. See the latest…") and its links (link
// rel="me"), where og:url says the head is this profile's (the app swaps pages in place).
// Posts: each `[data-pressable-container]` with its `/@user/post/<code>` link around a <time
// datetime>, and its action bar's buttons, named by their icons' aria-label (Like / Reply /
// Repost), each with the count beside it (none written where there is none). The Activity page's
// rows (/activity) link their post around its text instead, and their time is the activity's.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { FoundHandle, SeenPost, SiteAdapter } from './types';
import { linkUrl, matchesIn } from './find-handles';
import { declaredPath, isoTime, metaContent, namesHandle, observed, orNull, pageLocale, shownCount, shownText, userAtPath, withoutUndefined } from './page-reading';

const HOSTS = ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'];
const PROFILE_TABS = new Set(['', 'replies', 'reposts', 'media']);
const MAX_HANDLE_TEXT = 40;
const POST = '[data-pressable-container="true"]';
/** A count as the header writes it, its unit included ("12.3K", "1,2 rb", "73.8萬", "1.2만명"). */
const SHOWN_COUNT = String.raw`\d[\d.,\s\u00a0\u202f]*[^\s\d]{0,4}`;
/**
 * The header's follower count in a few of Threads' languages: "12.3K followers", "766 pengikut";
 * zh-TW writes the number and "位粉絲" as two text nodes with no space between ("73.8萬位粉絲");
 * Korean and Japanese put the label first ("팔로워 166명", "フォロワー1.2万人").
 */
const FOLLOWERS_LABEL = new RegExp(
  `^(?:${SHOWN_COUNT}\\s*(?:followers?|seguidores|abonnés|abonnenten|seguaci|volgers|obserwujących|takipçi|pengikut|位粉絲)|(?:팔로워|フォロワー)\\s*${SHOWN_COUNT})$`,
  'iu',
);
/** og:description's posts part starts with its number, or in Korean with the word before it ("스레드 55개"). */
const POSTS_PART = /^\s*(?:스레드\s*)?\d/;
/** The action bar's icons, by their aria-label (English first; a few other languages). */
const ACTIONS: Record<string, 'likes' | 'replies' | 'reposts'> = {
  like: 'likes', unlike: 'likes', 'gefällt mir': 'likes', 'me gusta': 'likes', "j'aime": 'likes', 'mi piace': 'likes', curtir: 'likes',
  reply: 'replies', comment: 'replies', antworten: 'replies', responder: 'replies', 'répondre': 'replies', rispondi: 'replies',
  repost: 'reposts', reposten: 'reposts', republicar: 'reposts', republier: 'reposts', ripubblica: 'reposts',
  // zh-TW (a real profile, 2025).
  讚: 'likes', 回覆: 'replies', 轉發: 'reposts',
  // ja (two dated guides to threads.net, 2026: 「いいね！」, its undo, 返信 signed in, コメントする signed out, 再投稿) and ko (좋아요, 답글, 리포스트).
  '「いいね！」': 'likes', '「いいね！」を取り消す': 'likes', 返信: 'replies', コメントする: 'replies', 再投稿: 'reposts',
  좋아요: 'likes', 답글: 'replies', 리포스트: 'reposts',
  // vi (a selectors note captured in vi-VN, February 2026) and uk's like (an automation's config).
  thích: 'likes', 'trả lời': 'replies', 'đăng lại': 'reposts', подобається: 'likes',
  // id (automation scripts of 2025–26, one dated June 2026: Suka, its undo Batal suka, Balas, Posting ulang).
  suka: 'likes', 'batal suka': 'likes', balas: 'replies', 'posting ulang': 'reposts',
  // tr (Threads' own icons copied from threads.net in Turkish, 2023), pt's and ko's liked state, and ru and zh-CN as Instagram writes them.
  beğen: 'likes', 'yorum yap': 'replies', 'yeniden paylaş': 'reposts', descurtir: 'likes', '좋아요 취소': 'likes', нравится: 'likes', 赞: 'likes',
  // A liked post's button says its undo: Meta's strings (Instagram's, which Threads shares) in es, de, fr, it.
  'ya no me gusta': 'likes', 'gefällt mir nicht mehr': 'likes', "je n'aime plus": 'likes', 'je n’aime plus': 'likes', 'non mi piace più': 'likes',
  // nl, pl and th as Instagram writes them (Meta's shared labels: captured post pages, automation scripts' tables).
  'vind ik leuk': 'likes', 'vind ik niet meer leuk': 'likes', 'lubię to!': 'likes', ถูกใจ: 'likes', เลิกถูกใจ: 'likes', รีโพสต์: 'reposts',
};

const userFromUrl = (url: URL) => userAtPath(url, 'threads', HOSTS);

export function profileFromUrl(url: URL): ProfileRef | null {
  const found = userFromUrl(url);
  if (!found || found.rest.length > 1 || !PROFILE_TABS.has(found.rest[0] ?? '')) return null;
  return { network: 'threads', handle: found.handle };
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const url = linkUrl(link, page);
  const found = url && url.hash === '' ? userFromUrl(url) : null;
  if (!found || found.rest.length > 0) return null;
  const text = shownText(link);
  if (text === '' || text.length > MAX_HANDLE_TEXT || !namesHandle(text, found.handle)) return null;
  return { ref: { network: 'threads', handle: found.handle }, anchor: link, placement: 'after' };
}

/**
 * Whether the page shows the profile: its title names it ("Name (@user) • Threads", or for an
 * account without a name "@user • Threads"), and SPA navigation keeps the title current.
 */
function showsProfile(document: Document, handle: string): boolean {
  // Chinese titles write the brackets full-width: "Daniel Chen（@user） • Threads". Signed in, unread notifications come first: "(3) @user • Threads".
  const title = document.title.trim().toLowerCase().replace(/（/g, '(').replace(/）/g, ')').replace(/^\(\d+\+?\)\s*/, '');
  const at = `@${handle.toLowerCase()}`;
  return title.includes(`(${at})`) || (title.startsWith(at) && /^(?:\s|$)/.test(title.slice(at.length)));
}

/** Links out of Threads pass its redirector, the address in `u`: l.threads.net/?u=<address>, or .com's. */
const REDIRECTED = 'a[href^="https://l.threads.net/?u="], a[href^="https://l.threads.com/?u="]';
/** The header's check beside the profile picture, its own drawing (not the posts' badge), else by its label. */
const VERIFIED = 'svg[viewBox="-4 0 27 19"], svg[aria-label="Verified"]';
/** What follows the header: the profile's tabs, its posts. */
const AFTER_HEADER = `[role="tablist"], ${POST}`;
const MAX_PROFILE_LINKS = 10;

interface HeaderRead {
  signals: Partial<ProfileSignals>;
  links: string[];
}

/**
 * The header around its follower count: the largest block holding it and no tab or post, with
 * the blocks beside it up to the tabs (the name, the picture with its check, the bio and the
 * links may be blocks of their own).
 */
function headerParts(inside: Element): Element[] {
  const blocks = (element: Element) => element.matches(AFTER_HEADER) || element.querySelector(AFTER_HEADER) !== null;
  let part = inside;
  while (part.parentElement && part.parentElement !== part.ownerDocument.body && !blocks(part.parentElement)) part = part.parentElement;
  const parts = [part];
  for (let other = part.previousElementSibling; other && !blocks(other); other = other.previousElementSibling) parts.push(other);
  for (let other = part.nextElementSibling; other && !blocks(other); other = other.nextElementSibling) parts.push(other);
  return parts;
}

/** The address a redirected link leads to. */
function redirectTarget(link: Element): string | undefined {
  try {
    const target = new URL(link.getAttribute('href')!).searchParams.get('u');
    return target && /^https?:\/\//i.test(target) ? new URL(target).href : undefined;
  } catch {
    return undefined;
  }
}

/** The header's "12.3K followers" (exact where a span[title] holds the number), its check and links. */
function fromHeader(document: Document, locale?: string): HeaderRead | null {
  for (const element of document.querySelectorAll('span, a, [role="button"]')) {
    if ((element.textContent ?? '').length > 80) continue;
    const text = shownText(element);
    if (text.length > 40 || !FOLLOWERS_LABEL.test(text)) continue;
    const followers = shownCount(element, locale);
    if (followers === undefined) continue;
    const parts = headerParts(element);
    const within = (selector: string) => parts.flatMap((part) => matchesIn(part, selector));
    const links = [...new Set(within(REDIRECTED).map(redirectTarget).filter((url) => url !== undefined))].slice(0, MAX_PROFILE_LINKS);
    // No check where the header shows the picture is none; without the picture in sight, unknown.
    const verified = within(VERIFIED).length > 0 ? true : within('img').length > 0 ? false : undefined;
    return { signals: withoutUndefined({ followers, verified }), links };
  }
  return null;
}

/**
 * og:description of a profile as the server sent it: "12.3K Followers • 456 Threads • bio…", or
 * without a bio "15 Followers • 18 Threads. See the latest conversations with @user.".
 */
function fromDescription(document: Document, locale?: string): Partial<ProfileSignals> | null {
  const parts = (metaContent(document, 'og:description') ?? metaContent(document, 'description') ?? '').split('•');
  if (parts.length < 2) return null;
  const followers = parseCount(parts[0], locale);
  // The second part is the posts count where it starts with one; else a bio whose numbers are no
  // count. Meta writes "0 Threads" for profiles that show posts (seen in 2025 and 2026): a zero is unknown.
  const hasPosts = POSTS_PART.test(parts[1]);
  const posts = hasPosts ? parseCount(parts[1], locale) || undefined : undefined;
  // The bio is what follows the counts (the sentence after them is no bio: "18 Threads. See the latest…").
  const hasBio = parts.slice(hasPosts ? 2 : 1).join('•').trim() !== '';
  return followers === undefined ? null : withoutUndefined({ followers, posts, hasBio });
}

/** The profile's own links as the server sent them (`<link rel="me">`). */
function linksOfHead(document: Document): string[] {
  const links = [...document.querySelectorAll('link[rel="me"][href]')].map((link) => link.getAttribute('href')!).filter((href) => /^https?:\/\//i.test(href));
  return [...new Set(links)].slice(0, MAX_PROFILE_LINKS);
}

/** The post a `/@user/post/<code>` link names; with `exact`, only the bare permalink (not `…/media`). */
function postOfLink(link: Element | null | undefined, page: URL, exact = false): SeenPost | null {
  const url = link ? linkUrl(link, page) : null;
  const found = url ? userFromUrl(url) : null;
  if (!found || found.rest[0] !== 'post' || !found.rest[1] || (exact && found.rest.length > 2)) return null;
  return { id: `/@${found.handle}/post/${found.rest[1]}`, author: { network: 'threads', handle: found.handle } };
}

/**
 * An Activity row's post: its permalink wraps the post's text (or the row's label, "Posted
 * their first thread"), no time. Taken only where the row's own links name a single post: a
 * second one is a post the text links to, and which of them the action bar counts is unknown.
 * No postedAt: the row's <time> is when the activity happened, hours after the post at times
 * (the post's own time, as its shortcode and the home feed give it, is earlier), and a wrong
 * date would overwrite the right one kept from the feed.
 */
function rowPost(container: Element, page: URL, own: (element: Element) => boolean): SeenPost | null {
  const posts = new Map<string, SeenPost>();
  for (const link of container.querySelectorAll('a[href*="/post/"]')) {
    const post = own(link) ? postOfLink(link, page, true) : null;
    if (post) posts.set(post.id, post);
  }
  return posts.size === 1 ? [...posts.values()][0] : null;
}

function postFromContainer(container: Element, page: URL): SeenPost | null {
  // Quoted posts are containers inside the post: their links and buttons are theirs.
  const own = (element: Element) => element.closest(POST) === container;
  const time = [...container.querySelectorAll('a[href*="/post/"] time[datetime]')].find(own);
  const found = time ? postOfLink(time.closest('a[href]'), page) : rowPost(container, page, own);
  if (!found) return null;
  const post: SeenPost = time ? { ...found, postedAt: isoTime(time) } : found;
  const locale = pageLocale(container.ownerDocument);
  let counted = false;
  for (const icon of container.querySelectorAll('[role="button"] svg[aria-label]')) {
    const field = ACTIONS[icon.getAttribute('aria-label')!.normalize('NFC').toLowerCase()];
    const button = icon.closest('[role="button"]')!;
    if (!field || !own(button) || post[field] !== undefined) continue;
    // No number beside an icon: none yet, or hidden by the author, who can hide likes, reposts
    // and shares but not replies. So an empty reply button is 0 replies (a post nobody answered
    // still counts as a post seen); the others are unknown.
    const count = parseCount(shownText(button), locale) ?? (field === 'replies' ? 0 : undefined);
    if (count === undefined) continue;
    post[field] = count;
    counted = true;
  }
  return counted ? post : null;
}

export const threads: SiteAdapter = {
  id: 'threads',
  network: 'threads',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: 'a[href*="@"]',
  handleFromElement(element, page) {
    return fromLink(element, page);
  },
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile) return null;
    const locale = pageLocale(document);
    const header = showsProfile(document, profile.handle) ? fromHeader(document, locale) : null;
    // The head as served is read only where og:url says it is this profile's (the app swaps pages in place).
    const head = declaredPath(document) === `/@${profile.handle.toLowerCase()}`;
    // The header's links as shown, else the head's (the header is not drawn yet, or another profile's).
    const links = header && header.links.length > 0 ? header.links : head ? linksOfHead(document) : [];
    const observation = observed(profile, header?.signals, head ? fromDescription(document, locale) : null, links.length > 0 ? { hasUrl: true } : null);
    return observation && links.length > 0 ? { ...observation, links } : observation;
  }),
  postSelector: POST,
  postFromElement: orNull(postFromContainer),
};

export const TEST_URLS = {
  profiles: [
    'https://www.threads.net/@zuck',
    'https://www.threads.com/@zuck',
    'https://threads.net/@aaron.rupar',
    'https://www.threads.net/@startuparchive_/replies',
    'https://www.threads.com/@nymetroweather/reposts',
  ],
  notProfiles: [
    'https://www.threads.net/',
    'https://www.threads.net/for_you',
    'https://www.threads.net/following',
    'https://www.threads.net/search',
    'https://www.threads.net/activity',
    'https://www.threads.net/settings/privacy',
    'https://www.threads.net/@romainhuet/post/DIPC0_TP9up',
    'https://www.threads.net/@stoopingnyc/post/DIOcbVIudXl/media',
    'https://www.threads.net/@',
    'https://www.threads.net/@not..valid',
    'https://www.instagram.com/@zuck',
  ],
};

// What a TikTok profile page says of its profile, read for tiktok.ts, most trusted first: the
// JSON-LD ProfilePage (exact follower and like counts), the embedded
// script#__UNIVERSAL_DATA_FOR_REHYDRATION__ (webapp.user-detail: exact stats, verified, bio,
// link, creation time; nothing where its statusCode says the account is gone or banned), older
// pages' SIGI_STATE (UserModule) and __NEXT_DATA__ (pageProps.userInfo), then the rendered
// header: its data-e2e counts ("783.4K"), bio and check (by its colour, beside the names). Each
// is checked against the URL's username: the scripts are those of the first page loaded, not of
// the one shown. The header's username is data-e2e="user-title" (an h1, in the older layout an
// h2) until 2026, since then data-e2e="user-subtitle" (an h2), the title being the display name.
// A LIVE page's JSON-LD gives its streamer's exact followers (observeLive), a video page's data
// its author's stats (observeVideoAuthor).
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { PageObservation } from './types';
import { type SignalsRead, isoTime, namesHandle, observed, shownText } from './page-reading';
import { dig, hasText, interactionCount, jsonCount, jsonLdNode, parsedScript, scriptJson } from './page-json';

/** The header's two lines, username and display name, whichever is which (see headerName). */
export const HEADER_LINES = ['user-title', 'user-subtitle'].flatMap((id) => [`h1[data-e2e="${id}"]`, `h2[data-e2e="${id}"]`]).join(', ');
/** An account without a bio may show this placeholder in the bio's line (English pages; other languages' are left unread). */
const NO_BIO = /^no bio yet\.?$/i;
/** TikTok's check, drawn in its one colour (2023's circle, 2025's path), beside the header's names. */
const VERIFIED_CHECK = 'svg [fill="#20D5EC" i]';
/** How far above a name line its block with the other line may be. */
const NAME_BLOCK_DEPTH = 4;

/**
 * The header's line that is the username: the title until 2026, since then the subtitle, the
 * title being the display name. The first that names it only: where the display name is the
 * username in other case ("illojuan", "IlloJuan") both lines do, and one badge is enough.
 */
export function headerName(document: Document, handle: string): Element | null {
  return [...document.querySelectorAll(HEADER_LINES)].find((line) => namesHandle(shownText(line), handle)) ?? null;
}

/** JSON-LD ProfilePage: exact followers and likes, bio and links. */
function fromJsonLd(document: Document, handle: string): SignalsRead | null {
  const page = jsonLdNode(document, (node) => {
    const person = dig(node, 'mainEntity');
    // The username is its alternateName or identifier; where neither is given, its url's "/@user".
    const name = dig(person, 'alternateName') ?? dig(person, 'identifier') ?? /\/@([^/?#]+)\/?(?:[?#]|$)/.exec(String(dig(person, 'url')))?.[1];
    return node['@type'] === 'ProfilePage' && String(name).toLowerCase() === handle.toLowerCase();
  });
  if (!page) return null;
  const person = page.mainEntity;
  const sameAs = dig(person, 'sameAs');
  return {
    followers: interactionCount(person, 'FollowAction'),
    hasBio: hasText(dig(person, 'description')),
    hasUrl: Array.isArray(sameAs) && sameAs.length > 0 ? true : undefined,
    extra: { likes: interactionCount(person, 'LikeAction') },
  };
}

/** webapp.user-detail's statusCode for an account gone: 10202 none by that name, 10221 banned; its userInfo is then no live profile's. */
const GONE = new Set([10202, 10221]);

/** The app's user and its stats, as every generation of its data writes them: statsV2 (exact, as strings) before stats (rounded). */
function fromUserInfo(user: unknown, stats: unknown, statsV2: unknown, handle: string): SignalsRead | null {
  if (String(dig(user, 'uniqueId')).toLowerCase() !== handle.toLowerCase()) return null;
  const stat = (key: string) => jsonCount(dig(statsV2, key)) ?? jsonCount(dig(stats, key));
  const verified = dig(user, 'verified');
  const created = jsonCount(dig(user, 'createTime'));
  return {
    followers: stat('followerCount'),
    following: stat('followingCount'),
    posts: stat('videoCount'),
    createdAt: created ? isoTime(created) : undefined,
    verified: typeof verified === 'boolean' ? verified : undefined,
    hasBio: hasText(dig(user, 'signature')),
    hasUrl: typeof dig(user, 'bioLink', 'link') === 'string' ? true : undefined,
    extra: { likes: stat('heartCount') ?? stat('heart') },
  };
}

/** The app's own data (2023–): webapp.user-detail.userInfo in script#__UNIVERSAL_DATA_FOR_REHYDRATION__. */
function fromUniversalData(document: Document, handle: string): SignalsRead | null {
  const detail = dig(scriptJson(document, 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__'), '__DEFAULT_SCOPE__', 'webapp.user-detail');
  if (GONE.has(Number(dig(detail, 'statusCode')))) return null;
  const info = dig(detail, 'userInfo');
  return fromUserInfo(dig(info, 'user'), dig(info, 'stats'), dig(info, 'statsV2'), handle);
}

/** `window['SIGI_STATE']={…};window['SIGI_RETRY']=…` in an inline script: the object's text. */
const inlineSigiState = (code: string): string | undefined =>
  code.includes("window['SIGI_STATE']") ? /window\['SIGI_STATE'\]\s*=\s*(\{[\s\S]*?\});\s*window\['SIGI_RETRY'\]/.exec(code)?.[1] : undefined;

/** SIGI_STATE: a JSON script (2022–23), or before it set inline. */
function sigiState(document: Document): unknown {
  const json = scriptJson(document, 'script#SIGI_STATE');
  if (json !== undefined) return json;
  for (const script of document.querySelectorAll('script:not([src])')) {
    const state = parsedScript(script, inlineSigiState);
    if (state !== undefined) return state;
  }
  return undefined;
}

/**
 * Older pages' data: SIGI_STATE's UserModule (users and stats keyed by username, in some by
 * user id), else 2020–21's __NEXT_DATA__ (props.pageProps.userInfo).
 */
function fromOlderData(document: Document, handle: string): SignalsRead | null {
  const module = dig(sigiState(document), 'UserModule');
  const users = dig(module, 'users');
  const key = users && typeof users === 'object' ? Object.keys(users).find((name) => String(dig(users, name, 'uniqueId')).toLowerCase() === handle.toLowerCase()) : undefined;
  if (key !== undefined) {
    const user = dig(users, key);
    return fromUserInfo(user, dig(module, 'stats', key) ?? dig(module, 'stats', String(dig(user, 'id'))), undefined, handle);
  }
  const info = dig(scriptJson(document, 'script#__NEXT_DATA__'), 'props', 'pageProps', 'userInfo');
  return fromUserInfo(dig(info, 'user'), dig(info, 'stats'), undefined, handle);
}

/** The smallest block holding both of the header's name lines (and the check beside them, if any). */
function nameBlock(line: Element): Element | null {
  let block = line.parentElement;
  for (let depth = 0; block && depth < NAME_BLOCK_DEPTH; depth++, block = block.parentElement) {
    if (block.querySelectorAll(HEADER_LINES).length >= 2) return block;
  }
  return null;
}

/** The rendered header: data-e2e counts, where one of its lines names the URL's profile. */
function fromHeader(document: Document, handle: string, locale?: string): SignalsRead | null {
  const name = headerName(document, handle);
  if (!name) return null;
  const count = (id: string) => parseCount(shownText(document.querySelector(`[data-e2e="${id}"]`)), locale);
  const bio = shownText(document.querySelector('h2[data-e2e="user-bio"]'));
  return {
    followers: count('followers-count'),
    following: count('following-count'),
    // A bio shown says there is one; none shown (or the placeholder) is no proof there is none.
    hasBio: bio !== '' && !NO_BIO.test(bio) ? true : undefined,
    hasUrl: document.querySelector('[data-e2e="user-link"]') ? true : undefined,
    // A check shown says verified; none shown is no proof (another layout may draw it elsewhere).
    verified: nameBlock(name)?.querySelector(VERIFIED_CHECK) ? true : undefined,
    extra: { likes: count('likes-count') },
  };
}

/** What the page says of the profile the URL names (locale: the page's, its counts' language); null where nothing names it. */
export function observeProfile(document: Document, profile: ProfileRef, locale?: string): PageObservation | null {
  const { handle } = profile;
  return observed(profile, fromJsonLd(document, handle), fromUniversalData(document, handle), fromOlderData(document, handle), fromHeader(document, handle, locale));
}

/**
 * A video page (`/@user/video/<id>`, `/@user/photo/<id>`) shows only its author's name, but the
 * app's data carries the author's exact stats beside the video (webapp.video-detail's
 * itemStruct: author, authorStats, authorStatsV2), read where its author is the URL's user (the
 * data is the first page loaded's; after navigating to another user's video it is not theirs).
 */
export function observeVideoAuthor(document: Document, profile: ProfileRef): PageObservation | null {
  const item = dig(scriptJson(document, 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__'), '__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct');
  return observed(profile, fromUserInfo(dig(item, 'author'), dig(item, 'authorStats'), dig(item, 'authorStatsV2'), profile.handle));
}

/**
 * A LIVE page (`/@user/live`) describes its streamer in its JSON-LD ProfilePage: the exact
 * followers are theirs; its description is the LIVE page's template ("| Watch … LIVE …") and
 * its sameAs the profile's own address, so neither is read as a bio or a link. Where it has no
 * JSON-LD, its data has the streamer (SIGI_STATE's LiveRoom.liveRoomUserInfo: user, with its
 * username and bio, and stats; a 2026 page condensed in a scraper's tests, and a model of the data).
 */
export function observeLive(document: Document, profile: ProfileRef): PageObservation | null {
  const room = dig(sigiState(document), 'LiveRoom', 'liveRoomUserInfo');
  return observed(profile, { followers: fromJsonLd(document, profile.handle)?.followers }, fromUserInfo(dig(room, 'user'), dig(room, 'stats'), undefined, profile.handle));
}

// What pre-2020 twitter.com ("legacy" Twitter, as archived pages keep it) shows, read for x.ts
// (badges, posts) and x-page.ts (profile counts). Each is tried only where the modern hooks found
// nothing, so today's hot path pays nothing for it. That markup no longer changes, so its class
// names are as stable as its data attributes; the attributes are read where there are some.
// Hooks: the author link (a[data-user-id] around avatar, name and span.username
// "@<b>handle</b>"); the profile nav (.ProfileNav-item--followers, --following, --tweets,
// --favorites, --lists: the exact count in data-count, or the value written in full; the items'
// links to /<handle>/followers, /following say whose profile it is); posts
// (div.tweet[data-tweet-id]: data-permalink-path or data-screen-name, the time in
// span._timestamp[data-time], counts in data-tweet-stat-count under .ProfileTweet-action--reply,
// --retweet and --favorite).
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileSignals } from '../score/types';
import type { SeenPost } from './types';
import { isoTime, pageLocale, shownText } from './page-reading';
import { jsonCount } from './page-json';

export const LEGACY_POST = 'div.tweet[data-tweet-id]';

const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,15})$/;
const PERMALINK = /^\/([^/]+)\/status\/(\d+)\/?$/;
/** The account a legacy profile-nav link (`/jack/followers`, absolute or not) belongs to. */
const NAV_LINK_OWNER = /^(?:https?:\/\/(?:www\.|mobile\.)?twitter\.com)?\/([A-Za-z0-9_]{1,15})\//i;

const isHandle = (handle: string) => networkInfo('x')!.isValidHandle(handle);

/**
 * The "@handle" (span.username) of a legacy author link, which holds avatar, name and handle in
 * one link (one badge per post, beside the handle); null for any other link.
 */
export function legacyAuthorHandle(link: Element): { handle: string; element: Element } | null {
  // Legacy Twitter marks its links to an account with the account's id; modern X writes none.
  if (!link.hasAttribute('data-user-id')) return null;
  const username = link.querySelector('.username');
  const handle = HANDLE_TEXT.exec(shownText(username))?.[1];
  return username && handle ? { handle, element: username } : null;
}

type NavField = 'followers' | 'following' | 'posts' | 'likesGiven' | 'lists';
const NAV_ITEMS: [NavField, string][] = [
  ['followers', 'followers'],
  ['following', 'following'],
  ['posts', 'tweets'],
  ['likesGiven', 'favorites'],
  ['lists', 'lists'],
];

/** The legacy profile nav's exact counts, when its links name this handle (and no other). */
export function legacyProfileCounts(document: Document, handle: string): Partial<ProfileSignals> {
  const nav = document.querySelector('.ProfileNav');
  if (!nav) return {};
  const owners = [...nav.querySelectorAll('a[href]')].map((link) => NAV_LINK_OWNER.exec(link.getAttribute('href')!)?.[1]?.toLowerCase()).filter(Boolean);
  if (!owners.includes(handle.toLowerCase()) || owners.some((owner) => owner !== handle.toLowerCase())) return {};
  const lang = pageLocale(document);
  const counts: Partial<ProfileSignals> = {};
  for (const [field, item] of NAV_ITEMS) {
    const value = nav.querySelector(`.ProfileNav-item--${item} .ProfileNav-value`);
    // Lists carry no data-count; their value is written out in full (data-is-compact="false").
    const count = jsonCount(value?.getAttribute('data-count')) ?? (value?.getAttribute('data-is-compact') === 'false' ? parseCount(shownText(value), lang) : undefined);
    if (count !== undefined) counts[field] = count;
  }
  return counts;
}

type PostCounts = Pick<SeenPost, 'replies' | 'reposts' | 'likes'>;
const ACTIONS: [keyof PostCounts, string][] = [
  ['replies', 'reply'],
  ['reposts', 'retweet'],
  ['likes', 'favorite'],
];

/** A legacy post (div.tweet[data-tweet-id]) from its data attributes; null without a permalink or a count. */
export function readLegacyPost(post: Element): SeenPost | null {
  const id = post.getAttribute('data-tweet-id');
  const author = post.getAttribute('data-screen-name');
  const path = post.getAttribute('data-permalink-path') ?? (id && author ? `/${author}/status/${id}` : '');
  const match = PERMALINK.exec(path);
  if (!match || !isHandle(match[1])) return null;
  const counts: PostCounts = {};
  for (const [field, action] of ACTIONS) {
    const count = jsonCount(post.querySelector(`.ProfileTweet-action--${action} [data-tweet-stat-count]`)?.getAttribute('data-tweet-stat-count'));
    if (count !== undefined) counts[field] = count;
  }
  if (Object.keys(counts).length === 0) return null;
  // The post's own time comes first: its header precedes the text and any post it quotes.
  const postedAt = isoTime(Number(post.querySelector('._timestamp[data-time]')?.getAttribute('data-time')));
  return { id: `/${match[1]}/status/${match[2]}`, author: { network: 'x', handle: match[1] }, ...(postedAt ? { postedAt } : {}), ...counts };
}

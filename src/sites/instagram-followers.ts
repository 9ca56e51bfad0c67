// Instagram's followers list: instagram.com/<user>/followers/ opens a dialog (role="dialog") over
// the profile, one row per follower: the avatar in a link to /<follower>/ (none where the
// follower has an unseen story), the username in a second such link, the full name beside it
// (none when the account set none), a verified mark (instagram.ts' VERIFIED_BADGE, labelled in the page's language) and a Follow
// button. No counts and no bio are shown.
// Avatars are profile pictures (…/t51.2885-19/…_n.jpg, alt "<user>'s profile picture" in the
// saved pages, whatever the account's picture); the anonymous default one is a well-known file,
// 44884218_345707102882519_2446069589734326272_n.jpg, recognised by its name only: the saved
// pages hold none, and the alt text names no picture either way.
import type { PageFollower } from '../audit/list-evidence';
import type { FollowerListParser } from './types';
import { VERIFIED_BADGE, profileFromUrl } from './instagram';
import { namesHandle, orNull, shownText, textPieces } from './page-reading';

export const TEST_URLS = {
  followers: ['https://www.instagram.com/hausoftiffany/followers/', 'https://instagram.com/Nat.Geo/followers'],
  not: [
    'https://www.instagram.com/hausoftiffany/following/',
    'https://www.instagram.com/hausoftiffany/',
    'https://www.instagram.com/explore/followers/',
    'https://www.instagram.com/hausoftiffany/followers/mutualOnly',
    'https://www.threads.net/@hausoftiffany/followers',
  ],
};

const FOLLOWERS_PATH = /^\/[^/]+\/followers\/?$/;
const DEFAULT_AVATAR = '44884218_345707102882519_2446069589734326272_n';
/** Texts of a row that are not a full name. */
const NOT_NAMES = new Set(['·', 'Follow', 'Following', 'Remove', 'Requested', 'Verified']);

/** Whose followers list the URL shows, or null. */
export function followersListOf(url: URL): string | null {
  if (!FOLLOWERS_PATH.test(url.pathname)) return null;
  return profileFromUrl(url)?.handle.toLowerCase() ?? null;
}

/** Every avatar in the dialog; its row is found from it. */
export const FOLLOWER_CELL = '[role="dialog"] img';

/** The username a link to `/<user>/` names, or null. */
function userOf(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  const url = new URL(href, 'https://www.instagram.com/');
  return /^\/[^/]+\/?$/.test(url.pathname) ? (profileFromUrl(url)?.handle.toLowerCase() ?? null) : null;
}

/** The largest box around `link` whose links all name `user`: the row (the dialog holds many). */
function rowOf(link: Element, user: string): Element {
  let row = link;
  for (let parent = link.parentElement; parent && parent.getAttribute('role') !== 'dialog'; parent = parent.parentElement) {
    if ([...parent.querySelectorAll('a[href]')].some((a) => userOf(a) !== user)) break;
    row = parent;
  }
  return row;
}

/** The row's first text outside its links, buttons and icons (the verified mark's title, in the page's language): the full name ('' where the account set none). */
function fullName(row: Element): string {
  const piece = textPieces(row).find(({ text, holder }) => !NOT_NAMES.has(text) && !holder.closest('a, button, [role="button"], svg'));
  return piece?.text ?? '';
}

/**
 * The user of an avatar no link wraps (a follower with an unseen story: a button rings it): the
 * one user the nearest box around it links to; null where that box links anywhere else too.
 */
function storyUser(avatar: Element): string | null {
  for (let box = avatar.parentElement; box && box.getAttribute('role') !== 'dialog'; box = box.parentElement) {
    const users = new Set([...box.querySelectorAll('a[href]')].map(userOf));
    if (users.size === 0) continue;
    const [user] = users;
    return users.size === 1 ? user : null;
  }
  return null;
}

function readRow(avatar: Element): PageFollower | null {
  const link = avatar.closest('a[href]');
  const user = link ? userOf(link) : storyUser(avatar);
  if (!user) return null;
  const row = rowOf(link ?? avatar, user);
  // The username link: a row without it is not one this parser knows.
  const named = [...row.querySelectorAll('a[href]')].some((a) => a !== link && userOf(a) === user && namesHandle(shownText(a), user));
  if (!named) return null;
  const src = avatar.getAttribute('src');
  return {
    handle: user,
    name: fullName(row),
    ...(src ? { hasAvatar: !src.includes(DEFAULT_AVATAR) } : {}),
    verified: row.querySelector(VERIFIED_BADGE) !== null,
  };
}

/** One row's follower (given its avatar); null when it is none. */
export const followerFromCell: (avatar: Element) => PageFollower | null = orNull(readRow);

export const instagramFollowers: FollowerListParser = { listOwner: followersListOf, cellSelector: FOLLOWER_CELL, followerFromCell };

// X's followers list (x.com/<handle>/followers and /verified_followers; /following is not one):
// each follower is a [data-testid="UserCell"] with a link to /<handle>, the display name, the
// @handle, a bio line when there is one, the avatar (X's default one lives under
// default_profile_images) and a verified mark. No counts are shown.
import type { PageFollower } from '../audit/list-evidence';
import { networkInfo } from '../lib/networks';
import { orNull } from './page-reading';
import type { FollowerListParser } from './types';
import { profileFromUrl } from './x';

export const TEST_URLS = {
  followers: ['https://x.com/brand/followers', 'https://x.com/brand/verified_followers', 'https://twitter.com/Brand/followers/'],
  not: ['https://x.com/brand/following', 'https://x.com/brand', 'https://x.com/i/followers', 'https://x.com/brand/status/1/followers', 'https://example.com/brand/followers'],
};

const FOLLOWERS_PATH = /^\/[^/]+\/(?:verified_)?followers\/?$/i;
/** Texts of a cell that are its buttons, not a bio. */
const BUTTON_TEXTS = new Set(['Follow', 'Following', 'Follows you', 'Remove']);

/** Whose followers list the URL shows, or null. */
export function followersListOf(url: URL): string | null {
  if (!FOLLOWERS_PATH.test(url.pathname)) return null;
  return profileFromUrl(url)?.handle.toLowerCase() ?? null;
}

export const FOLLOWER_CELL = '[data-testid="UserCell"]';

function readCell(cell: Element): PageFollower | null {
  const isHandle = networkInfo('x')!.isValidHandle;
  const link = [...cell.querySelectorAll('a[href^="/"]')].find((a) => isHandle(a.getAttribute('href')!.slice(1)));
  if (!link) return null;
  const path = link.getAttribute('href')!;
  const image = cell.querySelector('img[src]');
  // The name is the first text of the cell's user-name block (its second line is the @handle).
  const nameBlock = cell.querySelector('[data-testid="User-Name"]') ?? cell.querySelector(`a[href="${path}"] span`);
  const name = nameBlock?.querySelector('span')?.textContent ?? nameBlock?.textContent ?? undefined;
  // The bio is the cell's [dir="auto"] text that is neither the name, the @handle nor a button's.
  const texts = [...cell.querySelectorAll('[dir="auto"]')].filter((el) => !nameBlock?.contains(el) && !el.closest('button')).map((el) => el.textContent?.trim() ?? '');
  const bio = texts.filter((text) => text !== '' && !text.startsWith('@') && !BUTTON_TEXTS.has(text));
  return {
    handle: path.slice(1).toLowerCase(),
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(image ? { hasAvatar: !/default_profile_images/.test(image.getAttribute('src') ?? '') } : {}),
    hasBio: bio.length > 0,
    verified: cell.querySelector('[data-testid="icon-verified"]') !== null,
  };
}

/** One cell's follower; null when it has no profile link (markup X changed). */
export const followerFromCell: (cell: Element) => PageFollower | null = orNull(readCell);

export const xFollowers: FollowerListParser = { listOwner: followersListOf, cellSelector: FOLLOWER_CELL, followerFromCell };

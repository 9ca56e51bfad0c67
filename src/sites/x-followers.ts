// X's followers list (x.com/<handle>/followers and /verified_followers; /following is not one):
// each follower is a [data-testid="UserCell"] (a <button> in those lists, an <li
// role="listitem"> in sidebars) with a link to /<handle>, the display name, the @handle, a bio
// line when there is one, the avatar (X's default one lives under default_profile_images) and a
// verified mark. Beside its follow button sits a "Click to Follow <handle>" text the button's
// aria-describedby names, and "Follows you" is [data-testid="userFollowIndicator"]: neither is a
// bio, and both are told by these hooks, not by their (localised) words. No counts are shown.
import type { PageFollower } from '../audit/list-evidence';
import { networkInfo } from '../lib/networks';
import { orNull } from './page-reading';
import type { FollowerListParser } from './types';
import { isLinkHost, profileFromUrl } from './x';

export const TEST_URLS = {
  followers: ['https://x.com/brand/followers', 'https://x.com/brand/verified_followers', 'https://twitter.com/Brand/followers/'],
  not: ['https://x.com/brand/following', 'https://x.com/brand', 'https://x.com/i/followers', 'https://x.com/brand/status/1/followers', 'https://example.com/brand/followers'],
};

const FOLLOWERS_PATH = /^\/[^/]+\/(?:verified_)?followers\/?$/i;
const HANDLE_TEXT = /^@[A-Za-z0-9_]{1,15}$/;
/** What in a cell is the cell's own furniture, never its bio: its follow buttons and links (name, @handle), "Follows you". */
const NOT_BIO = 'button, [role="button"], a, [data-testid="userFollowIndicator"]';

/** Whose followers list the URL shows, or null. */
export function followersListOf(url: URL): string | null {
  if (!FOLLOWERS_PATH.test(url.pathname)) return null;
  return profileFromUrl(url)?.handle.toLowerCase() ?? null;
}

/** Every UserCell, the sidebar's too: read alike. */
export const USER_CELL = '[data-testid="UserCell"]';
/** UserCells that are the list's: the sidebar's ("Who to follow", "Relevant people") are suggestions, not followers. */
export const FOLLOWER_CELL = `${USER_CELL}:not([data-testid="sidebarColumn"] *, aside *, [role="complementary"] *)`;

/** A cell link's handle: "/name" as X writes it, or the absolute link a page saved by the browser has ("https://x.com/name"). */
function handleOfLink(link: Element): string | null {
  const href = link.getAttribute('href')!;
  let path = href;
  if (!href.startsWith('/') || href.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return null;
    }
    if (!isLinkHost(url.host) || url.search !== '' || url.hash !== '') return null;
    path = url.pathname;
  }
  const handle = path.slice(1);
  return networkInfo('x')!.isValidHandle(handle) ? handle : null;
}

function readCell(cell: Element): PageFollower | null {
  const links = [...cell.querySelectorAll('a[href]')];
  const [link, handle] = links.map((a) => [a, handleOfLink(a)] as const).find(([, found]) => found !== null) ?? [];
  if (!link || !handle) return null;
  const href = link.getAttribute('href');
  const image = cell.querySelector('img[src]');
  // The name is the first text of the cell's user-name block (its second line is the @handle).
  const nameBlock = cell.querySelector('[data-testid="User-Name"]') ?? links.filter((a) => a.getAttribute('href') === href).map((a) => a.querySelector('span')).find(Boolean);
  const name = nameBlock?.querySelector('span')?.textContent ?? nameBlock?.textContent ?? undefined;
  // The bio is the cell's [dir="auto"] text that is neither the name, the @handle, a button's
  // nor the follow button's description ("Click to Follow …", named by its aria-describedby).
  const described = new Set([...cell.querySelectorAll('[aria-describedby]')].flatMap((el) => el.getAttribute('aria-describedby')!.split(/\s+/)));
  const isBio = (el: Element) => {
    if (nameBlock?.contains(el) || (el.id !== '' && described.has(el.id))) return false;
    // The cell may itself be a button (followers lists): only what lies in one inside it is furniture.
    const furniture = el.closest(NOT_BIO);
    if (furniture && furniture !== cell && cell.contains(furniture)) return false;
    const text = el.textContent?.trim() ?? '';
    return text !== '' && !HANDLE_TEXT.test(text);
  };
  const hasBio = [...cell.querySelectorAll('[dir="auto"]')].some(isBio);
  return {
    handle: handle.toLowerCase(),
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(image ? { hasAvatar: !/default_profile_images/.test(image.getAttribute('src') ?? '') } : {}),
    hasBio,
    verified: cell.querySelector('[data-testid="icon-verified"]') !== null,
  };
}

/** One cell's follower; null when it has no profile link (markup X changed). */
export const followerFromCell: (cell: Element) => PageFollower | null = orNull(readCell);

export const xFollowers: FollowerListParser = { listOwner: followersListOf, cellSelector: FOLLOWER_CELL, followerFromCell };

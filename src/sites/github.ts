// github.com: user handles on profiles, issues, pull requests, discussions, commit and
// contributor lists, and issue and pull request lists; none in GitHub's hovercard popup, which
// repeats the link it opened from. Hooks, most stable first: the URL shape of a link (`/<login>`,
// a commit list's `?author=<login>`, a list's `?q=… author:<login>`), GitHub's own hovercard
// attributes (`data-hovercard-type`, `data-hovercard-url="/users/<login>/hovercard"`, on links
// and on the global lists' author buttons), `data-testid="author-filter-link"`, and text that is
// the login itself; never one day's class names, except the profile page's microformat
// (`p-nickname`, `vcard-username`, itemprop additionalName; itemprop pronouns inside it since
// 2022), unchanged since at least 2016, and the name of the React comment header's
// `MarkdownLastEditedBy` component, which outlives the hash appended to it.
import { GITHUB_RESERVED } from '../lib/reserved-paths';
import type { ProfileRef } from '../lib/profile-ref';
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { FoundHandle, SiteAdapter } from './types';
import { decodedSegment, linkUrl } from './find-handles';
import { orNull, shownText } from './page-reading';

const MAX_HANDLE_TEXT = 60;

export function isReservedPath(segment: string): boolean {
  return GITHUB_RESERVED.has(segment.toLowerCase());
}

/** The name itself when it can be a person's login: not one of GitHub's pages, not a bot, not an app (`app/…`). */
function personLogin(name: string | null): string | null {
  if (name === null || isReservedPath(name) || name.toLowerCase().endsWith('[bot]')) return null;
  return networkInfo('github')!.isValidHandle(name) ? name : null;
}

/** The login a github.com path names, when the path is exactly one user segment. */
export function loginFromPath(pathname: string): string | null {
  const match = /^\/([^/]+)\/?$/.exec(pathname);
  return match ? personLogin(decodedSegment(match[1])) : null;
}

export function isGitHubHost(host: string): boolean {
  return host === 'github.com' || host === 'www.github.com';
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!isGitHubHost(url.host)) return null;
  const login = loginFromPath(url.pathname);
  return login ? { network: 'github', handle: login } : null;
}

/**
 * Not the page's content: the site header (the signed-in user's own menu), and GitHub's
 * hovercard popup, which repeats the login of the link it opened from.
 */
const NOT_CONTENT = '.Header, .AppHeader, header[role="banner"], [data-component="AppHeader"], .js-hovercard-content';
/** Rendered Markdown: there GitHub marks its own @-mentions; other links are the author's. */
const MARKDOWN = '.markdown-body, .comment-body';
const PROFILE_NAME = '.p-nickname, .vcard-username, [itemprop="additionalName"]';
/** The pronouns a profile may show inside its username's element ("alice · she/her"). */
const PRONOUNS = '[itemprop="pronouns"]';
/** The global issue and pull request lists name a row's author with a button, not a link: there is no repository to filter. */
const AUTHOR_BUTTON = 'button[data-hovercard-url^="/users/"], button[data-testid="author-filter-link"]';
/** "edited by <login>" in a React comment header, beside the author's own link. */
const LAST_EDITED_BY = '[class*="MarkdownLastEditedBy-module__"]';
/** A repository's commit list, whose author links filter it by `?author=<login>`. */
const COMMIT_LIST = /^\/[^/]+\/[^/]+\/commits(\/[^?]*)?$/;
/** A repository's issue or pull request list, or GitHub's own lists of them across repositories. */
const ISSUE_LIST = /^\/(?:[^/]+\/[^/]+\/)?(?:issues|pulls)\/?$/;
/** The author qualifier of a list's search (`is:pr author:alice`), not its negation (`-author:alice`). */
const AUTHOR_QUALIFIER = /(?:^|\s)author:(\S+)/;

/** The login of a hovercard URL (`/users/<login>/hovercard`); null for organisations, teams, repositories. */
function loginFromHovercardUrl(url: string): string | null {
  const match = /^\/users\/([^/?#]+)\/hovercard(?:$|[/?#])/.exec(url);
  return match ? personLogin(decodedSegment(match[1])) : null;
}

/** What GitHub itself says a link points at, from its hovercard attributes. */
function hovercardKind(link: Element): 'user' | 'other' | undefined {
  const type = link.getAttribute('data-hovercard-type');
  if (type !== null) return type === 'user' ? 'user' : 'other';
  // The 2025 React UI leaves the type off and keeps only the URL: /users/<login>/hovercard.
  const url = link.getAttribute('data-hovercard-url');
  if (url === null) return undefined;
  return url.startsWith('/users/') ? 'user' : 'other';
}

/**
 * The login a link names: `/<login>`, a commit list's `/<owner>/<repo>/commits?author=<login>`,
 * or an issue or pull request list filtered by its author, `…/issues?q=is:issue author:<login>`
 * (how every list row links its author).
 */
function loginFromLink(url: URL): string | null {
  if (url.hash !== '') return null;
  if (url.search === '') return loginFromPath(url.pathname);
  if (COMMIT_LIST.test(url.pathname)) return personLogin(url.searchParams.get('author'));
  if (ISSUE_LIST.test(url.pathname)) return personLogin(AUTHOR_QUALIFIER.exec(url.searchParams.get('q') ?? '')?.[1] ?? null);
  return null;
}

/**
 * Whether a link is a comment's last editor: the header already carries the author's badge, and
 * the editor is most often the author again. GitHub's component name says so; should it be
 * renamed, the words before the link still do.
 */
function isEditorLink(link: Element, hovercard: 'user' | 'other' | undefined): boolean {
  if (link.closest(LAST_EDITED_BY)) return true;
  return hovercard === undefined && /^edited by\s/i.test((link.parentElement?.textContent ?? '').trim());
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const hovercard = hovercardKind(link);
  if (hovercard === 'other') return null; // organisations, repositories, teams, issues
  if (link.closest(NOT_CONTENT) || isEditorLink(link, hovercard)) return null;
  // Where GitHub does not say it is a user, a repository's owner in its breadcrumb (often an organisation).
  if (hovercard !== 'user' && (link.getAttribute('itemprop') === 'url' || /\bauthor\b/.test(link.getAttribute('rel') ?? ''))) {
    return null;
  }
  if (hovercard !== 'user' && !link.classList.contains('user-mention') && link.closest(MARKDOWN)) return null;
  const url = linkUrl(link, page);
  if (!url) return null;
  if (!isGitHubHost(url.host)) return null;
  const login = loginFromLink(url);
  if (!login) return null;
  const text = (link.textContent ?? '').trim();
  if (text === '' || text.length > MAX_HANDLE_TEXT || /\[bot\]/i.test(text)) return null; // avatars, bots
  const isLogin = text.replace(/^@/, '').toLowerCase() === login.toLowerCase();
  if (!isLogin && hovercard !== 'user' && !link.classList.contains('author')) return null;
  return { ref: { network: 'github', handle: login }, anchor: link, placement: 'after' };
}

/** A global list's author button: its login from its hovercard URL or, where it has none, its text; shown as that login. */
function fromAuthorButton(button: Element): FoundHandle | null {
  if (button.closest(NOT_CONTENT)) return null;
  // Its own text: the global issue list puts a visually hidden "Filter by author " label before the login.
  const text = shownText(button, { leaveOut: '*' });
  const hovercard = button.getAttribute('data-hovercard-url');
  const login = hovercard === null ? personLogin(text) : loginFromHovercardUrl(hovercard);
  if (!login || text.toLowerCase() !== login.toLowerCase()) return null;
  return { ref: { network: 'github', handle: login }, anchor: button, placement: 'after' };
}

/** The username on a profile page: it names the page's own profile. Pronouns and their separator are no part of it. */
function fromProfileName(element: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  const text = shownText(element, { leaveOut: PRONOUNS }).replace(/[\s·]+$/, '');
  if (!profile || text.toLowerCase() !== profile.handle.toLowerCase()) return null;
  return { ref: profile, anchor: element, placement: 'append' };
}

/** The count of a profile's followers or following link: `?tab=followers` (since 2019) or `/followers` (before). */
function countOf(document: Document, login: string, tab: 'followers' | 'following'): number | undefined {
  for (const link of document.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href')!, 'https://github.com/');
    } catch {
      continue;
    }
    const path = url.pathname.toLowerCase();
    const isTab = path === `/${login.toLowerCase()}` && url.searchParams.get('tab') === tab;
    if (!isTab && path !== `/${login.toLowerCase()}/${tab}`) continue;
    const number = link.querySelector('.text-bold, .vcard-stat-count, strong')?.textContent ?? link.textContent;
    const count = parseCount(number);
    if (count !== undefined) return count;
  }
  return undefined;
}

export const github: SiteAdapter = {
  id: 'github',
  network: 'github',
  hosts: ['github.com'],
  profileFromUrl,
  candidateSelector: `a[href], ${AUTHOR_BUTTON}, ${PROFILE_NAME}`,
  // GitHub sets most links' hovercard attributes after it adds the link (an extension's measure
  // of a live commit list, 2026: 12 links had them at once, 117 got them later).
  handleAttributes: ['data-hovercard-type', 'data-hovercard-url'],
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile || !document.querySelector(PROFILE_NAME)) return null;
    const followers = countOf(document, profile.handle, 'followers');
    const following = countOf(document, profile.handle, 'following');
    if (followers === undefined && following === undefined) return null;
    return { ref: profile, signals: { followers, following } };
  }),
  handleFromElement: orNull((element: Element, page: URL) => {
    if (element.localName === 'a') return fromLink(element, page);
    if (element.localName === 'button') return fromAuthorButton(element);
    return fromProfileName(element, page);
  }),
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://github.com/octocat',
    'https://github.com/sindresorhus/',
    'https://github.com/fregante?tab=repositories',
    'https://github.com/a-b-c',
  ],
  notProfiles: [
    'https://github.com/',
    'https://github.com/settings',
    'https://github.com/features',
    'https://github.com/marketplace',
    'https://github.com/topics',
    'https://github.com/explore',
    'https://github.com/notifications',
    'https://github.com/sponsors',
    'https://github.com/login',
    'https://github.com/pricing',
    'https://github.com/orgs',
    'https://github.com/organizations',
    'https://github.com/apps',
    'https://github.com/octocat/Hello-World',
    'https://github.com/octocat/Hello-World/issues/1',
    'https://github.com/dependabot[bot]',
    'https://github.com/ghost',
    'https://github.com/%E0%A4%A',
    'https://github.com/-invalid',
    // GitHub's own pages, linked from its 2026 header, and the advisory database.
    'https://github.com/advisories',
    'https://github.com/mcp?search=slack',
    'https://github.com/why-github',
    'https://github.com/trust-center',
    'https://github.com/accelerator',
    'https://github.com/education',
    'https://gist.github.com/octocat',
    'https://example.com/octocat',
  ],
};

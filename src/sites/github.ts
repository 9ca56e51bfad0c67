// github.com: user handles on profiles, issues, pull requests, discussions, commit and
// contributor lists and hovercards. Hooks, most stable first: the URL shape of a link
// (`/<login>`), GitHub's own `data-hovercard-type`, and link text that is the login itself;
// never one day's class names, except the profile page's microformat (`p-nickname`,
// `vcard-username`, itemprop additionalName), unchanged since at least 2016.
import type { ProfileRef } from '../lib/profile-ref';
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { FoundHandle, SiteAdapter } from './types';
import { linkUrl } from './find-handles';

/** Top-level paths that are GitHub's own pages, not users. */
const RESERVED = new Set(
  `about account apps blog business codespaces collections contact copilot customer-stories dashboard discussions
  enterprise events explore features gist gists github-copilot issues join login logout maintenance marketplace
  mobile new notifications organizations orgs partners pricing pulls readme resources search security sessions
  settings signup site sitemap solutions sponsors stars team teams topics trending users watching premium-support
  codespaces models home about-us signin password_reset auth redeem open-source enterprises`.split(/\s+/),
);

const MAX_HANDLE_TEXT = 60;

export function isReservedPath(segment: string): boolean {
  return RESERVED.has(segment.toLowerCase());
}

/** The login a github.com path names, when the path is exactly one user segment. */
export function loginFromPath(pathname: string): string | null {
  const match = /^\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const login = decodeURIComponent(match[1]);
  if (isReservedPath(login) || login.toLowerCase().endsWith('[bot]')) return null;
  return networkInfo('github')!.isValidHandle(login) ? login : null;
}

export function isGitHubHost(host: string): boolean {
  return host === 'github.com' || host === 'www.github.com';
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!isGitHubHost(url.host)) return null;
  const login = loginFromPath(url.pathname);
  return login ? { network: 'github', handle: login } : null;
}

const SITE_HEADER = '.Header, .AppHeader, header[role="banner"]';
/** Rendered Markdown: there GitHub marks its own @-mentions; other links are the author's. */
const MARKDOWN = '.markdown-body, .comment-body';
const PROFILE_NAME = '.p-nickname, .vcard-username, [itemprop="additionalName"]';

/** What GitHub itself says a link points at, from its hovercard attributes. */
function hovercardKind(link: Element): 'user' | 'other' | undefined {
  const type = link.getAttribute('data-hovercard-type');
  if (type !== null) return type === 'user' ? 'user' : 'other';
  // The 2025 React UI leaves the type off and keeps only the URL: /users/<login>/hovercard.
  const url = link.getAttribute('data-hovercard-url');
  if (url === null) return undefined;
  return url.startsWith('/users/') ? 'user' : 'other';
}

/** The login a link names: `/<login>`, or a commit list's `/<owner>/<repo>/commits?author=<login>`. */
function loginFromLink(url: URL): string | null {
  if (url.hash !== '') return null;
  if (url.search === '') return loginFromPath(url.pathname);
  const author = url.searchParams.get('author');
  return author && /^\/[^/]+\/[^/]+\/commits(\/[^?]*)?$/.test(url.pathname) ? loginFromPath(`/${author}`) : null;
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const hovercard = hovercardKind(link);
  if (hovercard === 'other') return null; // organisations, repositories, teams, issues
  // The site header (the signed-in user's own menu) and, where GitHub does not say it is a
  // user, a repository's owner in its breadcrumb (often an organisation).
  if (link.closest(SITE_HEADER)) return null;
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
  candidateSelector: `a[href], ${PROFILE_NAME}`,
  observe(document, page) {
    const profile = profileFromUrl(page);
    if (!profile || !document.querySelector(PROFILE_NAME)) return null;
    const followers = countOf(document, profile.handle, 'followers');
    const following = countOf(document, profile.handle, 'following');
    if (followers === undefined && following === undefined) return null;
    return { ref: profile, signals: { followers, following } };
  },
  handleFromElement(element, page) {
    if (element.localName === 'a') return fromLink(element, page);
    // The username on a profile page: it names the page's own profile.
    const profile = profileFromUrl(page);
    const text = (element.textContent ?? '').trim();
    if (!profile || text.toLowerCase() !== profile.handle.toLowerCase()) return null;
    return { ref: profile, anchor: element, placement: 'append' };
  },
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
    'https://github.com/-invalid',
    'https://gist.github.com/octocat',
    'https://example.com/octocat',
  ],
};

// news.ycombinator.com: story and comment authors, and user pages. Hooks: the URL shape of
// user links (`user?id=<name>`, unchanged since 2007), with HN's `hnuser` class (2018 on) or
// without it (before), whose text is the name itself; the top bar's "logged in as" link and
// links written in comment text are skipped. A user page (`user?id=`) shows its created date
// (a `front?day=` link) and karma in labelled table rows.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SiteAdapter } from './types';
import { linkUrl } from './find-handles';

const HOST = 'news.ycombinator.com';
/** The pages about one user: the profile, and its submissions, comments and favourites. */
const USER_PAGES = new Set(['/user', '/submitted', '/threads', '/favorites']);
/** The top bar (the signed-in user's own link, `#me` since 2019) and comment text. */
const SKIP = '.pagetop, #me, .commtext, .comment';

const isName = (name: string) => networkInfo('hackernews')!.isValidHandle(name);

function isHackerNewsHost(host: string): boolean {
  return host === HOST;
}

/** The name a user link or page URL names (`?id=<name>`), case kept: HN names are case-sensitive. */
function nameFrom(url: URL, paths: ReadonlySet<string>): string | null {
  if (!isHackerNewsHost(url.host) || !paths.has(url.pathname) || url.hash !== '') return null;
  const id = url.searchParams.get('id');
  return id !== null && isName(id) ? id : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  const name = nameFrom(url, USER_PAGES);
  return name ? { network: 'hackernews', handle: name } : null;
}

const USER_LINK = new Set(['/user']);

function fromLink(link: Element, page: URL): FoundHandle | null {
  if (link.closest(SKIP)) return null;
  const url = linkUrl(link, page);
  if (!url) return null;
  const name = nameFrom(url, USER_LINK);
  // The author line shows the name itself (new accounts' in a green <font>); anything else
  // (a pasted URL, "profile") is not a handle.
  if (!name || (link.textContent ?? '').trim() !== name) return null;
  return { ref: { network: 'hackernews', handle: name }, anchor: link, placement: 'after' };
}

/** The value cell of a user page's row labelled `label` ("karma:"), or null. */
function rowValue(document: Document, label: string): Element | null {
  for (const row of document.querySelectorAll('tr')) {
    const cells = row.querySelectorAll(':scope > td');
    if (cells.length >= 2 && cells[0].textContent?.trim().toLowerCase() === label) return cells[1];
  }
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The account's creation day: the `front?day=YYYY-MM-DD` link (2014 on), else "October 9, 2006". */
function createdAt(cell: Element): string | undefined {
  const day = [...cell.querySelectorAll('a[href*="day="]')]
    .map((link) => /[?&]day=(\d{4}-\d{2}-\d{2})(?:&|$)/.exec(link.getAttribute('href') ?? '')?.[1])
    .find((found) => found !== undefined);
  if (day && Number.isFinite(Date.parse(`${day}T00:00:00Z`))) return `${day}T00:00:00.000Z`;
  const text = /^([a-z]+)\s+(\d{1,2}),\s*(\d{4})$/i.exec(cell.textContent?.trim() ?? '');
  const month = text ? MONTHS.indexOf(text[1].toLowerCase()) : -1;
  return text && month >= 0 ? new Date(Date.UTC(Number(text[3]), month, Number(text[2]))).toISOString() : undefined;
}

export const hackernews: SiteAdapter = {
  id: 'hackernews',
  network: 'hackernews',
  hosts: [HOST],
  profileFromUrl,
  candidateSelector: 'a[href*="user?id="]',
  observe(document, page) {
    const profile = profileFromUrl(page);
    if (!profile || page.pathname !== '/user') return null;
    // Only a page that shows this user (HN answers "No such user." for others).
    const user = rowValue(document, 'user:');
    if (!user || user.textContent?.trim() !== profile.handle) return null;
    const karmaCell = rowValue(document, 'karma:');
    const karma = karmaCell ? parseCount(karmaCell.textContent) : undefined;
    const createdCell = rowValue(document, 'created:');
    const created = createdCell ? createdAt(createdCell) : undefined;
    if (karma === undefined && created === undefined) return null;
    return { ref: profile, signals: { ...(created === undefined ? {} : { createdAt: created }), ...(karma === undefined ? {} : { extra: { karma } }) } };
  },
  handleFromElement(element, page) {
    return element.localName === 'a' ? fromLink(element, page) : null;
  },
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://news.ycombinator.com/user?id=pg',
    'https://news.ycombinator.com/user?id=dang',
    'https://news.ycombinator.com/user?id=Animats',
    'https://news.ycombinator.com/submitted?id=pg',
    'https://news.ycombinator.com/threads?id=tptacek',
    'https://news.ycombinator.com/favorites?id=pg&comments=t',
  ],
  notProfiles: [
    'https://news.ycombinator.com/',
    'https://news.ycombinator.com/news',
    'https://news.ycombinator.com/item?id=16909056',
    'https://news.ycombinator.com/user',
    'https://news.ycombinator.com/user?id=',
    'https://news.ycombinator.com/user?id=a',
    'https://news.ycombinator.com/user?id=name.with.dots',
    'https://news.ycombinator.com/user?id=pg#about',
    'https://news.ycombinator.com/from?site=rachelbythebay.com',
    'https://news.ycombinator.com/front?day=2006-10-09&birth=pg',
    'https://ycombinator.com/user?id=pg',
    'https://example.com/user?id=pg',
  ],
};

// Stack Overflow and the Stack Exchange sites: question, answer and comment authors, editors,
// and user pages. Hooks: the URL shape of user links (`/users/<id>/<slug>` or `/users/<id>`,
// stable since 2008), the link text (a name, not an avatar image, so a post signature's
// avatar and name make one badge; Stacks v3's card, 2026, links both at once and names the user
// in .s-user-card--username), and the top bar's classes (the signed-in user's own card
// and menus, `s-topbar` since 2019, `topbar` before) to leave it out. Links inside post and
// comment text are the writer's, not handles (the site's own notices there, "deleted by", are).
// A user page shows its reputation, answers and badge counts as "<count> <label>" (or
// `title="<count> gold badges"`). The labels are English: on the Stack Overflows in other
// languages (ru., pt., es., ja.) they are translated and the stats card marks its numbers with
// nothing else (no id, class or attribute tells reputation from answers), so nothing is read
// there; their handles are badged all the same.
//
// A handle is `<site>/<user id>` with the site's API name: `stackoverflow/22656`,
// `mathoverflow.net/1`, `ru.stackoverflow/1` for ru.stackoverflow.com, `unix/7` for
// unix.stackexchange.com. Per-site metas (meta.stackoverflow.com, X.meta.stackexchange.com) and
// chat are not served.
import { parseCount } from '../lib/count';
import { STACK_EXCHANGE_DOMAINS, networkInfo, stackExchangeSite } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { FoundHandle, SiteAdapter } from './types';
import { linkUrl } from './find-handles';

const TOP_BAR = '.s-topbar, .js-top-bar, .topbar, .top-bar, .topbar-dialog, #your-communities-header';
/** Text written by a post's or comment's author: links there are theirs, not handles. */
const WRITTEN = '.js-post-body, .s-prose, .post-text, .comment-copy, .wmd-preview';
/** The site's own notices that it puts in a post's body ("deleted by <user>"): their users are handles. */
const NOTICE = '.post-notice';
const MAX_NAME_TEXT = 60;
/** Stacks v3's user card: avatar and name in one link (`a.s-user-card--group`), the name this span. */
const CARD_USERNAME = '.s-user-card--username';
/** The tabs of a user page that show its summary (no tab: the same). */
const PROFILE_TABS = new Set(['', 'profile', 'summary', 'topactivity']);

/** The user a path names: `/users/<id>` or `/users/<id>/<slug>`. Negative ids (Community) are not people. */
function userIdFromPath(pathname: string): string | null {
  const id = /^\/users\/(\d{1,12})(?:\/[^/]*)?\/?$/.exec(pathname)?.[1];
  return id === undefined ? null : String(Number(id));
}

function refFor(url: URL): ProfileRef | null {
  const site = stackExchangeSite(url.host);
  const id = userIdFromPath(url.pathname);
  if (!site || !id) return null;
  const handle = `${site}/${id}`;
  return networkInfo('stackexchange')!.isValidHandle(handle) ? { network: 'stackexchange', handle } : null;
}

/** A user page (any of its tabs: `?tab=answers`) shows that user. */
export function profileFromUrl(url: URL): ProfileRef | null {
  return refFor(url);
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  if (link.closest(TOP_BAR) || (link.closest(WRITTEN) && !link.closest(NOTICE))) return null;
  const url = linkUrl(link, page);
  if (!url) return null;
  // A tab of a profile (`?tab=activity`) or an anchor in it is navigation, not a name.
  if (url.search !== '' || url.hash !== '') return null;
  const ref = refFor(url);
  if (!ref) return null;
  // Avatars (an image, no text) and long text are not the name; the name link next to the avatar is.
  // Stacks v3's user card (2026) puts both in one link: its name is the username span.
  const username = link.querySelector(CARD_USERNAME);
  const text = ((username ?? link).textContent ?? '').trim();
  if (text === '' || text.length > MAX_NAME_TEXT || (!username && link.querySelector('img, svg'))) return null;
  return { ref, anchor: username ?? link, placement: 'after' };
}

/** The first count in `root` written as "<count> <label>" (a user page's stats); the top bar left out. */
function labelledCount(root: Element | null, label: RegExp): number | undefined {
  if (!root) return undefined;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!new RegExp(`(^|\\s)${label.source}$`, 'i').test(own)) continue;
    // The count is in the same text, or in an element just before it ("<div>1,234</div> reputation").
    for (let element = node.parentElement, depth = 0; element && depth < 3; element = element.parentElement, depth++) {
      if (element.closest(TOP_BAR)) break;
      const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (text.length > MAX_NAME_TEXT) break;
      const match = new RegExp(`^(\\d[\\d,.]*\\s?[kmb]?)\\s*${label.source}$`, 'i').exec(text);
      if (match) return parseCount(match[1]);
    }
  }
  return undefined;
}

/** A badge count from `title="12 gold badges"` (flair markup), else from "12 gold badges" text. */
function badgeCount(document: Document, colour: 'gold' | 'silver' | 'bronze'): number | undefined {
  for (const element of document.querySelectorAll(`[title*="${colour} badge" i]`)) {
    if (element.closest(TOP_BAR)) continue;
    const match = new RegExp(`^\\s*(\\d[\\d,.]*)\\s+${colour} badges?\\s*$`, 'i').exec(element.getAttribute('title') ?? '');
    if (match) return parseCount(match[1]);
  }
  return labelledCount(document.body, new RegExp(`${colour} badges?`));
}

export const stackexchange: SiteAdapter = {
  id: 'stackexchange',
  network: 'stackexchange',
  // siteFor matches a leading "*." against any subdomain.
  hosts: [...Object.keys(STACK_EXCHANGE_DOMAINS), '*.stackexchange.com'],
  profileFromUrl,
  candidateSelector: 'a[href*="/users/"]',
  observe(document, page) {
    const profile = profileFromUrl(page);
    // The profile's own tab only: the others list posts, each with its own "3 answers".
    if (!profile || !PROFILE_TABS.has(page.searchParams.get('tab') ?? '')) return null;
    // The stats card (`#stats`, 2022 on) when there is one: elsewhere a count may be another's.
    const stats = document.querySelector('#stats') ?? document.body;
    const reputation = labelledCount(stats, /reputation/);
    const answers = labelledCount(stats, /answers?/);
    const [gold, silver, bronze] = (['gold', 'silver', 'bronze'] as const).map((colour) => badgeCount(document, colour));
    const extra: NonNullable<ProfileSignals['extra']> = {};
    if (reputation !== undefined) extra.reputation = reputation;
    if (answers !== undefined) extra.answers = answers;
    if (gold !== undefined && silver !== undefined && bronze !== undefined) extra.badgePoints = gold * 10 + silver * 3 + bronze;
    return Object.keys(extra).length > 0 ? { ref: profile, signals: { extra } } : null;
  },
  handleFromElement(element, page) {
    return element.localName === 'a' ? fromLink(element, page) : null;
  },
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://stackoverflow.com/users/22656/jon-skeet',
    'https://stackoverflow.com/users/22656',
    'https://stackoverflow.com/users/22656/jon-skeet?tab=answers&sort=votes',
    'https://www.stackoverflow.com/users/1/jeff-atwood',
    'https://serverfault.com/users/1/jeff-atwood',
    'https://superuser.com/users/1/jeff-atwood',
    'https://askubuntu.com/users/1/',
    'https://mathoverflow.net/users/1/anton-geraschenko',
    'https://unix.stackexchange.com/users/7/gilles',
    'https://meta.stackexchange.com/users/1/jeff-atwood',
    'https://ru.stackoverflow.com/users/12/ivan',
    'https://pt.stackoverflow.com/users/101/x',
    'https://es.stackoverflow.com/users/2/y',
    'https://ja.stackoverflow.com/users/3',
    'https://stackapps.com/users/4/jeff-atwood',
  ],
  notProfiles: [
    'https://stackoverflow.com/',
    'https://stackoverflow.com/users',
    'https://stackoverflow.com/users?tab=reputation&filter=week',
    'https://stackoverflow.com/users/login',
    'https://stackoverflow.com/users/signup',
    'https://stackoverflow.com/users/logout',
    'https://stackoverflow.com/users/edit/22656',
    'https://stackoverflow.com/users/-1/community',
    'https://stackoverflow.com/users/22656/jon-skeet/extra',
    'https://stackoverflow.com/questions/58211880/uncaught-syntaxerror',
    'https://stackexchange.com/users/8161/kolrie',
    'https://api.stackexchange.com/users/1',
    'https://chat.stackexchange.com/users/1/jeff',
    'https://math.meta.stackexchange.com/users/1/jeff',
    'https://meta.stackoverflow.com/users/1/jeff',
    'https://ru.meta.stackoverflow.com/users/1/jeff',
    'https://chat.stackoverflow.com/users/1/jeff',
    'https://de.stackoverflow.com/users/1/jeff',
    'https://example.com/users/1/jeff',
  ],
};

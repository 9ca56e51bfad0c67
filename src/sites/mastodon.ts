// Mastodon's web client, on any instance: post authors in timelines and threads, account lists,
// @-mentions, and the profile header with its counts. Hooks, from the client's own components
// (mastodon/mastodon app/javascript/mastodon): the account line DisplayName writes in every
// author link (`.display-name__account`, "@user" or "@user@remote"), the routes it links
// (`/@user`, `/@user@remote`), mentions (`a.mention`, title "@acct"), and the profile header
// (`.account__header`, whose `h1 small` shows the account and whose links show the counts).
// The avatar, the name and the account share one link, so each post gets one badge, beside the
// account line. Local accounts are `user@<this host>`.
import { parseCount } from '../lib/count';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import { MASTODON_INSTANCES } from '../lib/mastodon-instances';
import type { FoundHandle, SiteAdapter } from './types';
import { decodedSegment, linkUrl } from './find-handles';

const ACCOUNT_LINE = '.display-name__account';
const HEADER = '.account__header';
const HEADER_NAME = `${HEADER} h1`;
const MENTION = 'a.mention';
/** Profile tabs that still show the profile itself. */
const PROFILE_TABS = new Set(['', 'with_replies', 'media', 'featured']);
/** Bidirectional isolates and no-break spaces around names. */
const INVISIBLE = /[\u00a0\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

interface Acct {
  user: string;
  /** Absent for a local account ("@user"). */
  domain?: string;
}

/** "@user" or "@user@domain" (the leading "@" optional), lower case; null for anything else. */
export function parseAcct(text: string): Acct | null {
  const match = /^@?([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)(?:@([a-z0-9.-]+\.[a-z0-9-]+))?$/i.exec(text.replace(INVISIBLE, '').trim());
  if (!match) return null;
  return { user: match[1].toLowerCase(), domain: match[2]?.toLowerCase() };
}

/** The profile an acct names, seen on a page of `host`: `user@instance`, valid, lower case. */
function refOf(acct: Acct, host: string): ProfileRef | null {
  const handle = `${acct.user}@${acct.domain ?? host.toLowerCase()}`;
  return networkInfo('mastodon')!.isValidHandle(handle) ? { network: 'mastodon', handle } : null;
}

/** The acct a web-client route names (`/@user`, `/@user@domain`, under `/deck` too) and what follows it. */
function acctFromPath(pathname: string): { acct: Acct; rest: string } | null {
  const path = decodedSegment(pathname);
  if (path === null) return null;
  const match = /^(?:\/deck)?\/@([^/]+)(?:\/(.*?))?\/?$/.exec(path);
  const acct = match ? parseAcct(match[1]) : null;
  return acct ? { acct, rest: match![2] ?? '' } : null;
}

/** The profile a page shows: `/@user` or `/@user@remote` and their tabs, on any Mastodon host. */
export function profileFromUrl(url: URL): ProfileRef | null {
  if (url.protocol !== 'https:') return null;
  const found = acctFromPath(url.pathname);
  return found && PROFILE_TABS.has(found.rest) ? refOf(found.acct, url.hostname) : null;
}

/** Whether the account line agrees with the route: the same user, and the route's server where it names one. */
const agrees = (routed: Acct, shown: Acct, host: string) => routed.user === shown.user && (routed.domain === undefined || routed.domain === (shown.domain ?? host));

/**
 * An author's account line, inside the link to their profile. Links within the instance name
 * the account in their route, which must agree; a link to the account's home page elsewhere
 * (a thread's main post) is taken only where the line names the account's server.
 */
function fromAccountLine(line: Element, page: URL): FoundHandle | null {
  const acct = parseAcct(line.textContent ?? '');
  const link = line.closest('a[href]');
  const url = link ? linkUrl(link, page) : null;
  if (!acct || !url) return null;
  if (url.host === page.host) {
    const routed = acctFromPath(url.pathname);
    if (!routed || routed.rest !== '' || !agrees(routed.acct, acct, page.hostname.toLowerCase())) return null;
    // The route says best whether the account is local; the line may add this server's name,
    // or the account domain of a server that serves another (WebFinger delegation).
    const ref = refOf(routed.acct, page.hostname);
    return ref ? { ref, anchor: line, placement: 'after' } : null;
  }
  if (!acct.domain || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const ref = refOf(acct, page.hostname);
  return ref ? { ref, anchor: line, placement: 'after' } : null;
}

/** A mention in a post: "@user" linking to the account's route here (title "@acct"), or to its page on its own server. */
function fromMention(link: Element, page: URL): FoundHandle | null {
  if (link.classList.contains('hashtag')) return null;
  const shown = parseAcct(link.textContent ?? '');
  const url = linkUrl(link, page);
  if (!shown || !url) return null;
  const titled = parseAcct(link.getAttribute('title') ?? '');
  const routed = acctFromPath(url.pathname);
  let acct: Acct | null = null;
  if (titled && titled.user === shown.user) acct = titled;
  else if (routed && routed.rest === '' && routed.acct.user === shown.user) {
    acct = url.host === page.host ? routed.acct : { user: routed.acct.user, domain: routed.acct.domain ?? url.hostname.toLowerCase() };
  }
  if (!acct || (shown.domain !== undefined && shown.domain !== acct.domain)) return null;
  const ref = refOf(acct, page.hostname);
  return ref ? { ref, anchor: link, placement: 'after' } : null;
}

/**
 * The account the profile header shows beside its heading: in the heading's `small` ("@user"
 * and, hidden, "@domain"), or, in the 2025 redesign, in the paragraph after it ("user@domain").
 */
function headerAccount(heading: Element, page: URL): ProfileRef | null {
  const next = heading.nextElementSibling;
  const line = heading.querySelector('small > span') ?? heading.querySelector('small') ?? (next?.localName === 'p' ? next : null);
  const acct = line ? parseAcct(line.textContent ?? '') : null;
  return acct ? refOf(acct, page.hostname) : null;
}

/** A number alone, as the client writes short counts ("12.3K", "4,200"). */
const COUNT_ONLY = /^[\d.,\s\u00a0\u202f]+[kmb]?$/i;

/** A count in the header's links (`/@acct`, `/@acct/following`, `/@acct/followers`): exact in the title, else as shown. */
function headerCount(header: Element, page: URL, ref: ProfileRef, tab: '' | 'following' | 'followers'): number | undefined {
  for (const link of header.querySelectorAll('a[href]')) {
    const url = linkUrl(link, page);
    const routed = url && url.host === page.host ? acctFromPath(url.pathname) : null;
    if (!routed || routed.rest !== tab || refOf(routed.acct, page.hostname)?.handle !== ref.handle) continue;
    // The title holds the exact number; the shown one may be rounded ("12.3K"). A link whose
    // text is no number alone (the redesign's "Joined on …" at `/@acct`) counts nothing.
    const shown = (link.querySelector('strong')?.textContent ?? '').trim();
    const count = parseCount(link.getAttribute('title')) ?? (COUNT_ONLY.test(shown) ? parseCount(shown) : undefined);
    if (count !== undefined) return count;
  }
  return undefined;
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  network: 'mastodon',
  hosts: MASTODON_INSTANCES,
  profileFromUrl,
  candidateSelector: `${ACCOUNT_LINE}, ${MENTION}, ${HEADER_NAME}`,
  observe(document, page) {
    const profile = profileFromUrl(page);
    const header = document.querySelector(HEADER);
    const heading = header?.querySelector('h1');
    // While the client moves between profiles, the header may still show the last one.
    if (!profile || !header || !heading || headerAccount(heading, page)?.handle !== profile.handle) return null;
    const followers = headerCount(header, page, profile, 'followers');
    const following = headerCount(header, page, profile, 'following');
    const posts = headerCount(header, page, profile, '');
    if (followers === undefined && following === undefined && posts === undefined) return null;
    return { ref: profile, signals: { followers, following, posts } };
  },
  handleFromElement(element, page) {
    if (element.matches(ACCOUNT_LINE)) return fromAccountLine(element, page);
    if (element.localName === 'a') return fromMention(element, page);
    if (!element.closest(HEADER)) return null;
    const ref = headerAccount(element, page);
    return ref ? { ref, anchor: element, placement: 'append' } : null;
  },
};

export const TEST_URLS = {
  profiles: [
    'https://mastodon.social/@Gargron',
    'https://mastodon.social/@Gargron/',
    'https://mastodon.social/@Gargron/with_replies',
    'https://mastodon.social/@Gargron/media',
    'https://mastodon.social/@bob@fosstodon.org',
    'https://mastodon.social/deck/@Gargron',
    'https://social.example/@alice_b',
  ],
  notProfiles: [
    'https://mastodon.social/',
    'https://mastodon.social/explore',
    'https://mastodon.social/home',
    'https://mastodon.social/public/local',
    'https://mastodon.social/tags/mastodon',
    'https://mastodon.social/@Gargron/103270115826048975',
    'https://mastodon.social/@Gargron/followers',
    'https://mastodon.social/@Gargron/following',
    'https://mastodon.social/@',
    'https://mastodon.social/@bad%20name',
    'https://mastodon.social/users/Gargron',
    'https://mastodon.social/about',
    'http://mastodon.social/@Gargron',
  ],
};

// Mastodon's web client, on any instance: post authors in timelines and threads, account lists,
// @-mentions, and the profile header with its counts. Hooks, from the client's own components
// (mastodon/mastodon app/javascript/mastodon): the account line DisplayName writes in every
// author link (`.display-name__account`, "@user" or "@user@remote"); the redesigned post header
// (components/status/redesign/header.tsx), which has none, by its handle link (titled "@acct",
// `data-hover-card-account`); the routes they link (`/@user`, `/@user@remote`); mentions
// (`a.mention`, title "@acct"); links that name a person by display name where the place says
// who they are (notification groups, link previews' authors, "Followed by"); and the profile
// header: a heading (`h1`) holding the display name and, beside it, the account: in its `small`
// (4.0–4.5, `.account__header`), a paragraph after it (the 2025 redesign) or a button after its
// wrapper (4.6+, components/account_header/, whose CSS-module classes are hashed). Its counts are
// links to `/@acct/followers` and `/@acct/following`, with the exact number in their title or
// their list item's.
// The avatar, the name and the account share one link, so each post gets one badge, beside the
// account line. Local accounts are `user@<this host>`, also where the server names its accounts
// by another domain (WEB_DOMAIN ≠ LOCAL_DOMAIN): that is how the client's links name them.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import { MASTODON_INSTANCES } from '../lib/mastodon-instances';
import type { FoundHandle, SiteAdapter } from './types';
import { linkUrl } from './find-handles';
import { type Acct, acctFromPath, agrees, parseAcct, refOf } from './mastodon-acct';
import { elementText, orNull } from './page-reading';

export { parseAcct };

const ACCOUNT_LINE = '.display-name__account';
const HEADER = '.account__header';
const MENTION = 'a.mention';
const AUTHOR_LINK = 'a[data-hover-card-account][title]';
/**
 * Links that name an account by its display name alone, in places that always name a person
 * (4.3+): who acted in a notification group ("Carol and 2 others favorited your post"), the
 * author of a link preview ("More from …", Explore's "By …") and "Followed by …" in a header.
 */
const NAMED_LINK = '.notification-group__main__header__label > a[href], a.story__details__shared__author-link, .account__header__familiar-followers > a[href]';
/**
 * Profile tabs that still show the profile itself, and `/@user/tagged/<tag>` (its posts with a tag;
 * the tag may be left out). The 2026 profile redesign opened a profile at `/@user/posts` or
 * `/@user/about` (servers that turned it on, and forks).
 */
const PROFILE_TABS = new Set(['', 'with_replies', 'media', 'featured', 'posts', 'about']);
const isProfileTab = (rest: string) => PROFILE_TABS.has(rest) || /^tagged(?:\/[^/]+)?$/.test(rest);

/** The profile a page shows: `/@user` or `/@user@remote` and their tabs, on any Mastodon host. */
export function profileFromUrl(url: URL): ProfileRef | null {
  if (url.protocol !== 'https:') return null;
  const found = acctFromPath(url.pathname);
  return found && isProfileTab(found.rest) ? refOf(found.acct, url.hostname) : null;
}

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
 * The redesigned post header writes no account line: its avatar, its name and its handle
 * ("@user", "@user@remote", or "Handle unavailable") are three links to `/@acct`, each titled
 * "@acct". The badge goes after the one whose whole text is the account, which must agree with
 * its title and its route; the name's link holds the display name, which may look like anything.
 */
function fromAuthorLink(link: Element, page: URL): FoundHandle | null {
  const shown = parseAcct(link.textContent ?? '');
  const acct = shown && !link.querySelector('.display-name') ? routedHere(link, page) : null;
  const host = page.hostname.toLowerCase();
  if (!acct || !agreesWith(acct, link.getAttribute('title') ?? '', host) || !agrees(acct, shown!, host)) return null;
  const ref = refOf(acct, host);
  return ref ? { ref, anchor: link, placement: 'after' } : null;
}

/** A link that names an account by its display name (NAMED_LINK): the route names it, and its title, where it has one, agrees. */
function fromNamedLink(link: Element, page: URL): FoundHandle | null {
  const acct = (link.textContent ?? '').trim() !== '' ? routedHere(link, page) : null;
  const host = page.hostname.toLowerCase();
  const title = link.getAttribute('title');
  if (!acct || (title !== null && !agreesWith(acct, title, host))) return null;
  const ref = refOf(acct, host);
  return ref ? { ref, anchor: link, placement: 'after' } : null;
}

/** The account a link routes to on this server (`/@acct`, nothing after it). */
function routedHere(link: Element, page: URL): Acct | null {
  const url = linkUrl(link, page);
  const routed = url && url.host === page.host ? acctFromPath(url.pathname) : null;
  return routed && routed.rest === '' ? routed.acct : null;
}

/** Whether a link's title ("@acct") names this account. */
const agreesWith = (acct: Acct, title: string, host: string) => {
  const titled = parseAcct(title);
  return titled !== null && agrees(acct, titled, host);
};

/**
 * The account a profile header shows beside its heading: in the heading's `small` ("@user" and,
 * hidden, "@domain"; 4.3–4.5); in the paragraph after it ("@user@domain", or "user@" and the
 * domain in a button; the 2025 redesign); or in the button after the heading's wrapper
 * ("@user@domain" and a help icon; 4.6+, account_header/name.tsx).
 */
function headerAcct(heading: Element): Acct | null {
  const small = heading.querySelector('small > span') ?? heading.querySelector('small');
  if (small) return parseAcct(elementText(small));
  for (let level: Element | null = heading, depth = 0; level && depth < 2; level = level.parentElement, depth++) {
    for (let next = level.nextElementSibling; next; next = next.nextElementSibling) {
      const acct = next.localName === 'p' || next.localName === 'button' ? parseAcct(elementText(next)) : null;
      if (acct) return acct;
    }
  }
  return null;
}

/** The header around a heading: `.account__header`, or (4.6+, no class of its own) the nearest block holding the counts list. */
function headerRegion(heading: Element): Element | null {
  const classic = heading.closest(HEADER);
  if (classic) return classic;
  let region = heading.parentElement;
  for (let depth = 0; region && depth < 5; depth++, region = region.parentElement) {
    if (region.querySelector('li[title] > a[href]')) return region;
  }
  return null;
}

/** The header's links within this instance to an account's posts, following or followers, with the account they route to. */
function countLinks(region: Element, page: URL): { link: Element; acct: Acct; tab: string }[] {
  const found: { link: Element; acct: Acct; tab: string }[] = [];
  for (const link of region.querySelectorAll('a[href]')) {
    // A mention in the bio (titled "@acct") may route to the account itself.
    if (link.matches(MENTION)) continue;
    const url = linkUrl(link, page);
    const routed = url && url.host === page.host ? acctFromPath(url.pathname) : null;
    if (routed && (routed.rest === '' || routed.rest === 'following' || routed.rest === 'followers')) found.push({ link, acct: routed.acct, tab: routed.rest });
  }
  return found;
}

/**
 * The profile a header heading stands for. Where the page's route names an account, the header
 * must show that one: while the client moves between profiles, it may still show the last one.
 * A local route (`/@user`) names the profile as posts' links do, whatever domain the header
 * writes (a server may name its accounts by another domain than its own: `@user@example` served
 * at mastodon.example), unless the header's count links route to another account.
 */
function headerRef(heading: Element, page: URL): ProfileRef | null {
  // The display name's component, or (4.0–4.3, whose header writes the name into a bare span) the account's `small` inside the heading.
  if (!heading.querySelector('.display-name, bdi, :scope > small')) return null;
  const shown = headerAcct(heading);
  const host = page.hostname.toLowerCase();
  const routed = acctFromPath(page.pathname)?.acct;
  if (!shown) return null;
  if (!routed) return refOf(shown, host);
  if (!agrees(routed, shown, host)) return null;
  const ref = refOf(routed, host);
  if (routed.domain !== undefined || shown.domain === undefined || shown.domain === host) return ref;
  const region = headerRegion(heading);
  const elsewhere = region && countLinks(region, page).some(({ acct, tab }) => tab !== '' && refOf(acct, host)?.handle !== ref?.handle);
  return elsewhere ? null : ref;
}

/** A number alone, as the client writes counts in the reader's locale: exact in titles ("12,345", "۱۲٬۳۴۵"), short as shown ("12.3K"). */
const COUNT_ONLY = /^[\p{Nd}.,'’\s\u066b\u066c\u061c\u200e\u200f]+[kmb]?$/iu;
const countIn = (text: string | null | undefined) => (text && COUNT_ONLY.test(text.trim()) ? parseCount(text.trim()) : undefined);

/** A count in the header's links (`/@acct`, `/@acct/following`, `/@acct/followers`): exact in the title, the link's or its list item's, else as shown. */
function headerCount(links: { link: Element; acct: Acct; tab: string }[], page: URL, ref: ProfileRef, tab: string): number | undefined {
  for (const { link, acct, tab: linked } of links) {
    if (linked !== tab || refOf(acct, page.hostname)?.handle !== ref.handle) continue;
    // The shown number may be rounded ("12.3K"). A link whose text is no number alone (the
    // redesign's "Joined on …" at `/@acct`) counts nothing.
    const title = link.getAttribute('title') ?? link.closest('li[title]')?.getAttribute('title');
    const count = countIn(title) ?? countIn((link.querySelector('strong') ?? link).textContent);
    if (count !== undefined) return count;
  }
  return undefined;
}

/** Posts in 4.6+: an item with no link, its number in a `strong`, in the list that holds the followers link (the joined date's item holds a button). */
function postsItemCount(links: { link: Element; tab: string }[]): number | undefined {
  const list = links.find(({ link, tab }) => tab === 'followers' && link.parentElement?.matches('li[title]'))?.link.parentElement?.parentElement;
  for (const item of list?.children ?? []) {
    const shown = item.localName === 'li' && !item.querySelector('a, button') ? item.querySelector(':scope > strong') : null;
    if (shown && countIn(shown.textContent) !== undefined) return countIn(item.getAttribute('title')) ?? countIn(shown.textContent);
  }
  return undefined;
}

function observeHeader(document: Document, page: URL) {
  const profile = profileFromUrl(page);
  // A bridged account's counts are the bridge's view of it, not its own network's.
  if (profile?.network !== 'mastodon') return null;
  for (const heading of document.querySelectorAll('h1')) {
    const region = headerRef(heading, page)?.handle === profile.handle ? headerRegion(heading) : null;
    if (!region) continue;
    const links = countLinks(region, page);
    const followers = headerCount(links, page, profile, 'followers');
    const following = headerCount(links, page, profile, 'following');
    const posts = headerCount(links, page, profile, '') ?? postsItemCount(links);
    if (followers !== undefined || following !== undefined || posts !== undefined) return { ref: profile, signals: { followers, following, posts } };
  }
  return null;
}

function fromElement(element: Element, page: URL): FoundHandle | null {
  if (element.matches(ACCOUNT_LINE)) return fromAccountLine(element, page);
  if (element.matches(MENTION)) return fromMention(element, page);
  if (element.matches(NAMED_LINK)) return fromNamedLink(element, page);
  if (element.localName === 'a') return fromAuthorLink(element, page);
  const ref = headerRef(element, page);
  return ref ? { ref, anchor: element, placement: 'append' } : null;
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  network: 'mastodon',
  hosts: MASTODON_INSTANCES,
  profileFromUrl,
  candidateSelector: `${ACCOUNT_LINE}, ${MENTION}, ${AUTHOR_LINK}, ${NAMED_LINK}, h1`,
  observe: orNull(observeHeader),
  handleFromElement: orNull(fromElement),
};

export const TEST_URLS = {
  profiles: [
    'https://mastodon.social/@Gargron',
    'https://mastodon.social/@Gargron/',
    'https://mastodon.social/@Gargron/with_replies',
    'https://mastodon.social/@Gargron/media',
    'https://mastodon.social/@Gargron/tagged/rust',
    'https://mastodon.social/@Gargron/tagged',
    'https://mastodon.social/@bob@fosstodon.org',
    'https://mastodon.social/@bob@fosstodon.org/tagged/caf%C3%A9',
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
    'https://mastodon.social/@Gargron/tagged/rust/extra',
    'https://mastodon.social/@',
    'https://mastodon.social/@bad%20name',
    'https://mastodon.social/users/Gargron',
    'https://mastodon.social/about',
    'http://mastodon.social/@Gargron',
  ],
};

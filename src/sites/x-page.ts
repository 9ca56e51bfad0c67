// What X's pages show of a profile, read for src/sites/x.ts (each post's counts: x-post.ts).
// Hooks, most stable first: the schema.org ProfilePage X embeds in a profile page
// (script[type="application/ld+json"][data-testid="UserProfileSchema-test"]: exact followers,
// following and posts, the creation date, bio, location, avatar, links: the website in
// relatedLink, or in sameAs on newer pages); the header's data-testids (UserName,
// UserDescription, UserUrl, UserLocation, UserJoinDate, icon-verified) and its links to
// /<handle>/followers, /verified_followers and /following with the count in their text; the top
// bar's "74.2K posts". Where neither gives a count, pre-2020 twitter.com's profile nav
// (x-legacy.ts).
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { PageObservation } from './types';
import { asList, hasText, isoTime, jsonCount, jsonLdNode, observed, pageLocale, shownText } from './page-reading';
import { legacyProfileCounts } from './x-legacy';

/** "Joined March 2010" in X's languages: month names (en, de, es, fr, pt); Japanese writes "2010年3月". */
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    'january february march april may june july august september october november december',
    'januar februar märz april mai juni juli august september oktober november dezember',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  ].flatMap((names) => names.split(' ').map((name, index) => [name, index + 1])),
);
/** The word after the top bar's count on the posts tab ("74.2K posts"); other tabs say "likes", "photos & videos". */
const POSTS_WORD = /^(posts?|tweets?|beiträge|beitrag|publicaciones|publicación|publications?|publicações|publicação|postagens|件のポスト|ポスト)$/i;
const COUNT_PREFIX = /^[\d.,\s\u00a0\u202f']+(?:[KMB]|Mio\.?|Mrd\.?|mil|万|億)?\s*/i;

/**
 * The "@handle" an element shows (the profile header's, a quoted post's author line), and the
 * innermost element that holds it; the last one, as the handle follows the display name (which
 * may itself look like "@someone").
 */
export function shownHandle(container: Element): { handle: string; element: Element } | null {
  let found: { handle: string; element: Element } | null = null;
  for (const element of container.querySelectorAll('span, div')) {
    const handle = /^@([A-Za-z0-9_]{1,15})$/.exec(shownText(element))?.[1];
    if (handle && ![...element.children].some((child) => shownText(child) === `@${handle}`)) found = { handle, element };
  }
  return found;
}

const sameHandle = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Links of a profile passed on, at most (a bio holds a few). */
const MAX_PROFILE_LINKS = 10;
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The account's own X address, under either host: a sameAs may name it, and it is no website of the account's. */
const X_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com(?:[/?#]|$)/i;

/**
 * The links the schema gives the profile: relatedLink (its website, the bio's t.co links) and,
 * on newer pages, sameAs (its website: a string or a list).
 */
function schemaLinks(page: Record<string, unknown> | undefined): string[] {
  const person = record(page?.mainEntity);
  return [page?.relatedLink, person.relatedLink, person.sameAs]
    .flatMap(asList)
    .filter((link): link is string => typeof link === 'string' && link.trim() !== '' && !X_URL.test(link.trim()));
}

/** The ProfilePage the page embeds for this handle (checked: SPA navigation swaps it in place). */
function profileSchema(document: Document, handle: string): Record<string, unknown> | undefined {
  return jsonLdNode(document, (node) => {
    const person = record(node.mainEntity);
    const url = typeof person.url === 'string' ? person.url.replace(/\/$/, '').split('/').pop() : undefined;
    const name = typeof person.additionalName === 'string' ? person.additionalName : url;
    return node['@type'] === 'ProfilePage' && !!name && sameHandle(name, handle);
  });
}

/** interactionStatistic: what others do to the account (FollowAction: its followers); X also puts its "Friends" and "Tweets" there. */
function fromSchema(page: Record<string, unknown> | undefined): Partial<ProfileSignals> {
  if (!page) return {};
  const person = record(page.mainEntity);
  const signals: Partial<ProfileSignals> = {};
  const read = (list: unknown, field: (kind: string) => 'followers' | 'following' | 'posts' | undefined) => {
    for (const counter of asList(list).map(record)) {
      const type = counter.interactionType;
      const kind = `${typeof type === 'string' ? type : String(record(type)['@type'] ?? '')} ${String(counter.name ?? '')}`;
      const key = field(kind);
      if (key && signals[key] === undefined) signals[key] = jsonCount(counter.userInteractionCount);
    }
  };
  read(person.interactionStatistic, (kind) => (/FollowAction|Follows/.test(kind) ? 'followers' : /SubscribeAction|Friends/.test(kind) ? 'following' : /WriteAction|Tweets/.test(kind) ? 'posts' : undefined));
  // What the account does itself: whom it follows, what it writes.
  read(person.agentInteractionStatistic, (kind) => (/FollowAction/.test(kind) ? 'following' : /WriteAction/.test(kind) ? 'posts' : undefined));
  signals.createdAt = isoTime(String(page.dateCreated ?? person.dateCreated ?? ''));
  signals.hasBio = hasText(person.description);
  signals.hasLocation = hasText(record(person.homeLocation).name);
  const avatar = record(person.image).contentUrl;
  if (typeof avatar === 'string' && avatar !== '') signals.hasAvatar = !avatar.includes('default_profile_images');
  // A link there is the profile's website; where there is none, the header says so.
  if (schemaLinks(page).length > 0) signals.hasUrl = true;
  return signals;
}

/** "Joined March 2010" (or "Seit März 2010 bei X", "2010年3月からXを利用しています") as the first of that month. */
export function joinedAt(text: string): string | undefined {
  const japanese = /(\d{4})年(\d{1,2})月/.exec(text);
  const year = Number(japanese?.[1] ?? /\b(\d{4})\b/.exec(text)?.[1]);
  const month = japanese ? Number(japanese[2]) : text.toLowerCase().split(/[^\p{L}]+/u).map((word) => MONTHS[word]).find(Boolean);
  if (!year || !month || month > 12) return undefined;
  return new Date(Date.UTC(year, month - 1, 1)).toISOString();
}

/** The top bar's "74.2K posts" under the name, on the posts tab. */
function topBarPosts(document: Document, lang?: string): number | undefined {
  for (const heading of document.querySelectorAll('[data-testid="primaryColumn"] h2[role="heading"]')) {
    const text = shownText(heading.nextElementSibling);
    if (/^\d/.test(text) && POSTS_WORD.test(text.replace(COUNT_PREFIX, ''))) return parseCount(text, lang);
  }
  return undefined;
}

/** The header's name block, when the header shows this handle (X swaps pages in place). */
function headerName(document: Document, handle: string): Element | null {
  const name = document.querySelector('[data-testid="UserName"]');
  const shown = name ? shownHandle(name) : null;
  return name && shown && sameHandle(shown.handle, handle) ? name : null;
}

/** A link as the page shows it ("kikobeats.com", "http://microlink.io") as a URL; none when X cut it short ("…"). */
function shownUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.endsWith('…') || /\s/.test(trimmed)) return undefined;
  try {
    return new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).href;
  } catch {
    return undefined;
  }
}

/**
 * The profile's own links, its website and the links in its bio, for identity links: X wraps
 * them in t.co redirects, so each is read as the page shows it, or from the embedded schema.
 */
function profileLinks(document: Document, page: Record<string, unknown> | undefined, header: Element | null): string[] {
  const links = new Set<string>();
  for (const link of schemaLinks(page)) {
    const url = !/^https?:\/\/t\.co\//i.test(link) ? shownUrl(link) : undefined;
    if (url) links.add(url);
  }
  if (header) {
    for (const anchor of document.querySelectorAll('[data-testid="UserUrl"], [data-testid="UserDescription"] a[href^="https://t.co/"]')) {
      const url = shownUrl(anchor.textContent ?? '');
      if (url) links.add(url);
    }
  }
  return [...links].slice(0, MAX_PROFILE_LINKS);
}

/** The rendered header, if it is this handle's: its counts, join date, badge, bio, links. */
function fromHeader(document: Document, handle: string, name: Element | null): Partial<ProfileSignals> {
  if (!name) return {};
  const lang = pageLocale(document);
  const own = handle.toLowerCase();
  const linkTo = (...tabs: string[]) =>
    [...document.querySelectorAll('a[href]')].find((link) => tabs.some((tab) => link.getAttribute('href')!.toLowerCase().replace(/^https:\/\/(www\.)?(x|twitter)\.com/, '') === `/${own}/${tab}`));
  const linkCount = (link: Element | undefined) => (link ? parseCount(shownText(link), lang) ?? parseCount(link.getAttribute('aria-label'), lang) : undefined);
  const items = document.querySelector('[data-testid="UserProfileHeader_Items"]');
  const avatar = linkTo('photo')?.querySelector('img')?.getAttribute('src');
  return {
    followers: linkCount(linkTo('verified_followers', 'followers')),
    following: linkCount(linkTo('following')),
    posts: topBarPosts(document, lang),
    createdAt: joinedAt(shownText(document.querySelector('[data-testid="UserJoinDate"]'))),
    verified: name.querySelector('[data-testid="icon-verified"], svg[aria-label="Verified account"]') !== null,
    // The header shows these where the profile has them, and nothing where it does not.
    hasBio: shownText(document.querySelector('[data-testid="UserDescription"]')) !== '',
    hasUrl: items ? items.querySelector('[data-testid="UserUrl"]') !== null : undefined,
    hasLocation: items ? shownText(items.querySelector('[data-testid="UserLocation"]')) !== '' : undefined,
    hasAvatar: avatar ? !avatar.includes('default_profile_images') : undefined,
  };
}

/** A profile page's signals: the embedded schema first (exact numbers), the header for the rest; null when neither shows this handle. */
export function observeProfile(document: Document, profile: ProfileRef): PageObservation | null {
  // The schema and the header are looked up once: the counts and the links both read them.
  const schema = profileSchema(document, profile.handle);
  const header = headerName(document, profile.handle);
  const modern = [fromSchema(schema), fromHeader(document, profile.handle, header)];
  // Legacy Twitter's nav is looked for only where neither shows a count (archived pages).
  const counted = modern.some((part) => part.followers !== undefined || part.following !== undefined || part.posts !== undefined);
  const observation = observed(profile, ...modern, counted ? null : legacyProfileCounts(document, profile.handle));
  const links = observation ? profileLinks(document, schema, header) : [];
  return observation && links.length > 0 ? { ...observation, links } : observation;
}

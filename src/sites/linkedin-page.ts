// LinkedIn's URLs and its profile cards, as linkedin.ts reads them.
// Profile cards, hooks most stable first: schema.org JSON-LD on the pages served to visitors
// not signed in (Person: followers as a FollowAction interactionStatistic, address, image;
// Organization: numberOfEmployees, address, logo, description), the head's og:url/canonical and
// description ("Audiense | 5,750 followers on LinkedIn."), data-test-id / data-test-icon /
// data-section / id hooks ("about-us__size", "verified-medium", "websites",
// #top-card-text-details-contact-info, #content_collections), then the count phrases the card
// shows in the page's language ("698 followers", "500+ connections", "Followers 5,745",
// "51-200 employees"), then class names of the card (LinkedIn obfuscates most of its others).
// A company's card: linkedin-company.ts.
// What a public page lacking JSON-LD shows otherwise (its subline's place, the count its
// description ends with) is read in linkedin-public.ts.
// Posts: linkedin-post.ts.
// The server-driven UI (SDUI), which LinkedIn serves some users instead since 2025 (an A/B
// test), hashes every class name and drops data-urn and the text-body-* classes: its hooks are
// componentkey values. Its profile card is `…Topcard` (the name an h2, headline and location
// plain <p>s, the photo in `topcard-logo-image…`); its feed cards, `…FeedType_…`, are read in
// linkedin-sdui.ts, and where a card's first profile link names a company, or its own buttons
// name it ("Open control menu for post by …"), that is its author.
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import { decodedSegment, linkUrl } from './find-handles';
import { SIGHTED, type SignalsRead, comesAfter, declaredUrl, hiddenFromSight, pageLocale, shownText, textPieces } from './page-reading';
import { interactionCount, jsonLdEntity, jsonText } from './page-json';
import { countPhrases } from './professional-pages';
import { describedCount, sublinePlace } from './linkedin-public';

/** www., the bare domain and the two-letter country hosts that serve the same profiles. */
export const PROFILE_HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;
/** Opaque member ids (`/in/ACoAAAt7Bn…`): the same member as a slug, under another name. */
const MEMBER_ID = /^A[A-Za-z]{2}AA[A-Za-z0-9_-]{20,}$/;
const RESERVED_MEMBERS = new Set(['me']);
const RESERVED_COMPANIES = new Set(['setup', 'admin', 'company-beta']);
/** A public profile's other-language version: `/in/<slug>/en`. */
export const LANGUAGE_VERSION = /^[a-z]{2}(?:[-_][a-z]{2})?$/;

/**
 * The server-driven profile card: `com.linkedin.sdui.profile.card.ref<id>Topcard` on a wrapper (as
 * its componentkey, or, in 2026 pages, its id), or `…Topcard…` on its section.
 */
export const SDUI_TOP_CARD = 'section[componentkey*="topcard" i], [componentkey$="topcard" i], [id^="com.linkedin.sdui.profile.card"][id$="Topcard"]';

/**
 * The server-driven profile's Activity card, where its followers are counted ("2,742 followers"):
 * the card keyed as its top card is, with Activity for Topcard (`…card.ref<id>Activity`); its
 * own lines only, before its first post (a repost's preview may count a company's followers).
 */
function sduiActivityLines(document: Document, card: Element): Element[] {
  const key = card.getAttribute('componentkey') ?? card.id;
  if (!/Topcard$/i.test(key)) return [];
  const wanted = key.replace(/Topcard$/i, 'Activity').toLowerCase();
  const candidates = document.querySelectorAll('[componentkey$="Activity" i], [id$="Activity"]');
  const activity = [...candidates].find((candidate) => (candidate.getAttribute('componentkey') ?? candidate.id).toLowerCase() === wanted);
  if (!activity) return [];
  const firstPost = activity.querySelector('a[href*="/feed/update/"], [role="listitem"], article');
  return [...activity.querySelectorAll('p, h2, h3')].filter((line) => !firstPost || comesAfter(line, firstPost));
}
/** A profile's own card: signed in, its activity page's, the pages served to visitors, a company's, the server-driven one. */
export const TOP_CARD = `#recent-activity-top-card, section[data-member-id], .top-card-layout, .org-top-card, ${SDUI_TOP_CARD}`;
/** A post's author, as its actor line names it (signed in, and the pages served to visitors). */
export const ACTOR_TITLE = '.update-components-actor__title, .update-components-actor__meta-link';
export const ACTOR_LINK = `${ACTOR_TITLE}, .update-components-actor__image, a[data-tracking-control-name$="feed-actor-name"], a[data-tracking-control-name$="feed-actor-image"]`;
/**
 * A server-driven feed card: the listitem whose componentkey ends in its feed type
 * (`expanded<token>FeedType_MAIN_FEED_RELEVANCE`), or, in a later layout, the listitem inside
 * the wrapper that carries that key beside the card's comment tools (2026's pages: the key as an
 * id). The comment tools' key names the feed type too: a list in them is no card.
 */
export const CARD_WRAPPER = ':is([componentkey*="FeedType_"], [id*="FeedType_"]):not([componentkey*="CommentTools" i], [id*="CommentTools" i])';
export const SDUI_POST = `[role="listitem"][componentkey*="FeedType_"], ${CARD_WRAPPER} > [role="listitem"]`;
/**
 * Where a server-driven card's text cites another post, and where the comments under it begin
 * (2026's comment list is a `…pagedCommentsContainer…`, each comment a
 * `replaceableComment_urn:li:comment:…`), keyed by componentkey or (2026) id.
 */
export const SDUI_POST_TEXT = '[data-testid="expandable-text-box"]';
export const SDUI_COMMENTS = ['commentsSection', 'CommentTools', 'pagedComments']
  .flatMap((key) => [`[componentkey*="${key}" i]`, `[id*="${key}" i]`])
  .concat('[componentkey^="replaceableComment_" i]', '[id^="replaceableComment_" i]')
  .join(', ');
export const POST_SELECTOR = [
  SDUI_POST, '[data-urn^="urn:li:activity:"]', '[data-urn^="urn:li:ugcPost:"]', '[data-urn^="urn:li:share:"]',
  '[data-id^="urn:li:activity:"]', 'article[data-activity-urn]',
].join(', ');
export const POST_URN = /^urn:li:(?:activity|ugcPost|share):(\d{15,20})$/;

/** A link to a member, a company or a company's showcase page (a brand's own page, `/showcase/<slug>`: "Microsoft Security"). */
export const PROFILE_LINK = 'a[href*="/in/"], a[href*="/company/"], a[href*="/showcase/"]';

export interface LinkedInPath {
  /** The member's slug; an organisation's section and slug (`company/<slug>`, `showcase/<slug>`). */
  handle: string;
  kind: 'member' | 'company';
  /** The path's segments after the slug, lower case. */
  rest: string[];
}

/** The member or company a linkedin.com path names, and what follows it. */
export function linkedInPath(pathname: string): LinkedInPath | null {
  const [section, raw, ...rest] = pathname.split('/').filter(Boolean);
  const kind = section === 'in' ? 'member' : section === 'company' || section === 'showcase' ? 'company' : null;
  const slug = kind && raw ? decodedSegment(raw) : null;
  if (!kind || slug === null) return null;
  if (kind === 'member' && (MEMBER_ID.test(slug) || RESERVED_MEMBERS.has(slug.toLowerCase()))) return null;
  if (kind === 'company' && (/^\d+$/.test(slug) || RESERVED_COMPANIES.has(slug.toLowerCase()))) return null;
  const handle = kind === 'company' ? `${section}/${slug}` : slug;
  if (!networkInfo('linkedin')!.isValidHandle(handle)) return null;
  return { handle, kind, rest: rest.map((segment) => segment.toLowerCase()) };
}

/** The member or company a link's URL names, whatever page of theirs it opens. */
function pathOfLink(link: Element, page: URL): LinkedInPath | null {
  const url = linkUrl(link, page);
  return url && PROFILE_HOST.test(url.hostname) ? linkedInPath(url.pathname) : null;
}

/**
 * Whether a link names the company a server-driven feed card is by: the card's first profile
 * link is its author's logo or name (mentions, company cards and comments come after it). That
 * feed writes the name in a plain <p>, with no heading or actor class to tell it by.
 */
export function namesSduiPostCompany(link: Element, page: URL, path: LinkedInPath): boolean {
  const post = link.closest(SDUI_POST);
  const first = post?.querySelector(PROFILE_LINK);
  if (!post || !first) return false;
  if (first === link || pathOfLink(first, page)?.handle === path.handle) return true;
  // A line above the card ("… and 72 other connections follow Infosys Springboard") links others first.
  return namedBySduiButtons(post, textPieces(link, SIGHTED)[0]?.text ?? '');
}

/**
 * Whether a server-driven card's own buttons name this as its post's author ("Open control menu
 * for post by Adeco …", "Follow Infosys Springboard"), whatever links come before its name. (A
 * suggestion's card is a link holding its "Follow <name>" button: asked of the link.)
 */
export function namedBySduiButtons(card: Element, name: string): boolean {
  if (name.length < 2) return false;
  return [...card.querySelectorAll('button[aria-label]')].some((button) => !button.closest(`${SDUI_POST_TEXT}, ${SDUI_COMMENTS}`) && button.getAttribute('aria-label')!.trim().endsWith(` ${name}`));
}

/** The profile a link points at: the profile itself, not one of its subpages ("Show all posts", "Contact info"). */
export function linkedProfile(link: Element, page: URL): LinkedInPath | null {
  const path = pathOfLink(link, page);
  if (!path) return null;
  const [tab = '', ...more] = path.rest;
  if (more.length > 0) return null;
  // A company's posts tab is where its posts' actor links may go; its Life tab, where a job's
  // page links the company's name (the company page's own tabs are site chrome).
  if (path.kind === 'company') return tab === '' || tab === 'life' || (tab === 'posts' && (link.matches(ACTOR_LINK) || namesSduiPostCompany(link, page, path))) ? path : null;
  return tab === '' || LANGUAGE_VERSION.test(tab) ? path : null;
}

export const topCard = (document: Document) => document.querySelector(TOP_CARD);

/** Whether a URL names the profile (any of its pages, on any country host). */
export function namesProfile(href: string, profile: ProfileRef): boolean {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    return PROFILE_HOST.test(url.hostname) && linkedInPath(url.pathname)?.handle.toLowerCase() === profile.handle.toLowerCase();
  } catch {
    return false;
  }
}

/** Whether the page shows this profile: its head says so (pages served whole), or its card links to it (the signed-in app swaps pages in place). */
export function showsProfile(document: Document, profile: ProfileRef): boolean {
  const declared = declaredUrl(document);
  if (declared && namesProfile(declared.href, profile)) return true;
  const card = topCard(document);
  return !!card && [...card.querySelectorAll('a[href]')].some((link) => namesProfile(link.getAttribute('href')!, profile));
}

/** An image LinkedIn serves for a photo or logo (media.licdn.com); its placeholders come from static.licdn.com. */
export function isPhoto(url: string | null | undefined): boolean {
  return !!url && /^https:\/\/media[\w-]*\.licdn\.com\//.test(url);
}

export const imageIsPhoto = (image: Element) => isPhoto(image.getAttribute('src')) || isPhoto(image.getAttribute('data-delayed-url'));

/** Whether the card's picture of the named profile (alt or title one of the names) is a real photo; undefined where the card shows none. */
export function cardPhoto(card: Element, ...names: string[]): boolean | undefined {
  const wanted = names.filter(Boolean);
  if (wanted.length === 0) return undefined;
  const picture = [...card.querySelectorAll('img')].find((img) => [img.getAttribute('alt'), img.getAttribute('title')].some((text) => wanted.includes(text?.trim() ?? '')));
  return picture ? imageIsPhoto(picture) : undefined;
}

/** A verified badge; the server-driven pages name their icons by id ("verified-small"). */
const VERIFIED_ICON = '[data-test-icon^="verified"], svg[id^="verified"]';
export const verified = (card: Element) => (card.querySelector(VERIFIED_ICON) ? true : undefined);

export const shown = (element: Element | null | undefined) => (shownText(element, SIGHTED) !== '' ? true : undefined);

/** Whether one of the links goes to a website: an http(s) link off LinkedIn ("tel:" and LinkedIn's own pages are none). */
export function linksWebsite(links: Iterable<Element>): boolean {
  return [...links].some((link) => {
    try {
      const url = new URL(link.getAttribute('href')!);
      return /^https?:$/.test(url.protocol) && !/(?:^|\.)linkedin\.com$/i.test(url.hostname);
    } catch {
      return false; // relative: a page of LinkedIn's
    }
  });
}

/** The website the signed-in card shows under the name (pages served to visitors list it in [data-section="websites"]). */
const MEMBER_WEBSITE = '.pv-top-card--website a[href]';

/** A connection degree ("· 2nd") or pronouns ("She/Her"): lines beside the name, not its headline. */
const BESIDE_NAME = /^[·•]|^\p{L}+\/\p{L}+$/u;

/**
 * The server-driven card's headline and location, plain <p>s no class tells apart: the headline
 * is its first line that is no degree, count or link; the location shares its line with the
 * "Contact info" link, or is the line before that one (a separator's line passed over).
 */
function sduiCardLines(card: Element, lang?: string): { headline?: Element; location: string } {
  const lines = [...card.querySelectorAll('p')].filter((line) => {
    if (hiddenFromSight(line) || line.closest('a, button') || line.querySelector('a')) return false;
    const text = shownText(line, SIGHTED);
    return text !== '' && !BESIDE_NAME.test(text) && Object.keys(countPhrases([line], lang)).length === 0;
  });
  const contact = card.querySelector('a[href*="/overlay/contact-info"]');
  const contactLine = contact?.closest('p');
  const beside = contactLine ? shownText(contactLine, SIGHTED).replace(shownText(contact, SIGHTED), '').replace(/[·•]\s*$/, '').trim() : '';
  let before = contactLine?.previousElementSibling;
  // A separator may stand on a line of its own between them ("<p>Riverton</p><p>·</p><p>Contact info</p>").
  while (before && /^[·•]$/.test(shownText(before, SIGHTED))) before = before.previousElementSibling;
  const location = beside || (before && before !== lines[0] && lines.some((line) => line === before) ? shownText(before, SIGHTED) : '');
  return { headline: lines[0], location };
}

/**
 * Whether the server-driven card's photo is a real one: its image sits in the `topcard-logo-image…`
 * link (2026: in the "Profile photo" block), beside a placeholder <svg>.
 */
function sduiPhoto(card: Element): boolean | undefined {
  const image = card.querySelector('[componentkey*="logo-image" i] img, [aria-label="Profile photo"] img');
  return image ? isPhoto(image.getAttribute('src')) : undefined;
}

export function memberSignals(document: Document, card: Element, profile: ProfileRef): SignalsRead {
  const person = jsonLdEntity(document, 'Person', (url) => namesProfile(url, profile));
  const activity = document.querySelector('#content_collections')?.closest('section');
  const lang = pageLocale(document);
  const counts = countPhrases([card, activity, ...sduiActivityLines(document, card)], lang);
  const image = jsonText(person?.image, 'contentUrl', 'url');
  const sdui = card.matches(SDUI_TOP_CARD) ? sduiCardLines(card, lang) : undefined;
  // The signed-in card: the location shares its line with the "Contact info" link.
  const contact = card.querySelector('#top-card-text-details-contact-info');
  const contactLine = contact?.parentElement?.parentElement;
  const location = sdui?.location ?? (contactLine ? shownText(contactLine, SIGHTED).replace(shownText(contact, SIGHTED), '').trim() : '');
  const described = describedCount(document, card, lang);
  const told = (kind: string) => (described?.kind === kind ? described.count : undefined);
  return {
    followers: interactionCount(person, 'FollowAction') ?? counts.followers?.count ?? told('followers'),
    verified: verified(card),
    hasAvatar: image ? isPhoto(image) : sdui ? sduiPhoto(card) : cardPhoto(card, shownText(card.querySelector('h1') ?? card.querySelector('h3'), SIGHTED)),
    hasBio: jsonText(person?.description) ? true : shown(sdui ? sdui.headline : card.querySelector('.top-card-layout__headline, .text-body-medium, #recent-activity-top-card h4')),
    hasLocation: jsonText(person?.address, 'addressLocality', 'addressRegion', 'addressCountry') || location || sublinePlace(card, lang) ? true : undefined,
    hasUrl: card.querySelector('[data-section="websites"]') || linksWebsite(card.querySelectorAll(MEMBER_WEBSITE)) ? true : undefined,
    // "500+": LinkedIn shows no more than that; the count is a lower bound.
    extra: { connections: counts.connections?.count ?? told('connections') },
  };
}

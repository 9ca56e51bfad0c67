// linkedin.com and its country hosts (se., de., uk.linkedin.com …): members `/in/<slug>` and
// company pages `/company/<slug>` (handle `company/<slug>`) and their brands' showcase pages
// (`showcase/<slug>`), wherever they are named: post and
// comment authors, mentions, "People also viewed", search results, employees, similar pages.
// Hooks, most stable first: the URL shape of a link (opaque member ids `/in/ACoAA…` and numeric
// company ids name no slug and are skipped); the link's readable text, screen-reader copies
// left out (LinkedIn writes every label twice): an avatar link has none and gets no badge; a
// link that is only a name gets its badge after it; a card-shaped link (name, degree, headline)
// gets it beside its first line, the name. Company cards count only where that line is a
// heading, a post's actor title, a page card's title ("Pages people also viewed": name,
// industry, followers) or a job page's "About the company" card (2026), or the card names the
// company a server-driven feed card is by (its first profile link names it; that feed writes
// the author's name in a plain <p>), or the card's own button follows it by name (the feed's
// "Add to your feed" suggestions), so an experience entry ("Co-Founder & CPO · Maven AGI") or
// a job-change card in a member's post gets none. Where links to one profile nest (the new connections list), only the one that is
// the name gets a badge. A notification's person is named in its headline's <strong>, found by
// the alt of the avatar that links the profile. A profile's own name is its card's h1, or the
// server-driven card's first h2 (h2s elsewhere title sections and are no candidates); on its own
// card, no other link to the profile is a name ("Add section"). The site's header
// (#global-nav, with the signed-in user's "Me" menu) and the messaging overlay get none.
// Profile pages and posts: see linkedin-page.ts and, for the server-driven feed, linkedin-sdui.ts;
// a job page's company and a public post's author, as those pages show them: linkedin-elsewhere.ts.
import { isLinkedInOrganisation } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SiteAdapter } from './types';
import { LANGUAGE_VERSION, ACTOR_TITLE, POST_SELECTOR, PROFILE_HOST, PROFILE_LINK, SDUI_POST, SDUI_TOP_CARD, TOP_CARD, linkedInPath, linkedProfile, memberSignals, namedBySduiButtons, namesSduiPostCompany, showsProfile, topCard } from './linkedin-page';
import { companySignals } from './linkedin-company';
import { SDUI_JOB_COMPANY, observeElsewhere } from './linkedin-elsewhere';
import { postFromLinkedIn } from './linkedin-post';
import { postFromSdui } from './linkedin-sdui';
import { observed, orNull, SIGHTED, shownText, textPieces } from './page-reading';
import { PHRASE_BREAK, countPhrase } from './professional-pages';

/** Member pages that show the profile's own card: the profile, its overlays, its activity. */
const MEMBER_PAGES = new Set(['recent-activity', 'overlay']);
const COMPANY_TABS = new Set(['', 'about', 'posts', 'jobs', 'people', 'life', 'events', 'videos', 'insights', 'products']);
/** The site's header with the signed-in user's own menu, and the messaging overlay. */
const SITE_CHROME = '#global-nav, header, nav, [role="banner"], .global-nav, #msg-overlay, .msg-overlay-container';
/** Links to a profile that are actions, whatever their text's language: a job page's "Show more" about its company. */
const ACTION_LINK = '[data-view-name="job-details-about-company-life-link"], .jobs-company__footer a';
const MAX_NAME = 80;
/** "7 connections work here", "76,424 followers", "12 Beiträge": a count, not a name. */
const COUNT_TEXT = /\d[\d.,]*\+?\s+\p{L}/u;
/**
 * In a name's own element (a heading, a post's actor, a page card's title), a number before a word
 * in capitals is a name ("500 Global", "24 Hour Fitness"), unless it reads as a count ("500+ Kontakte").
 */
const COUNT_IN_NAME = /\d[\d.,]*\+?\s+[^\p{Lu}\p{Lt}\P{L}]/u;
const isCountText = (text: string, inNameElement: boolean) =>
  inNameElement ? COUNT_IN_NAME.test(text) || text.split(PHRASE_BREAK).some((part) => countPhrase(part) !== null) : COUNT_TEXT.test(text);
/** A post's age before its visibility icon ("2d •", "3 Wo. •"): the 2024 actor block links it to the author. */
const AGE_TEXT = /^\d+\s?\p{L}{1,5}\.?\s*[•·]/u;
/** The name line of a company page's card in "Pages people also viewed" and "People also follow" (then its industry, its followers). */
const PAGE_CARD_TITLE = '.org-view-entity-card__title';
/** A notification's avatar link (its only text "Status is offline", for screen readers). */
const NOTIFICATION_AVATAR = 'a[data-view-name="notification-card-image"]';
/** Links to a profile whose text is an action, not the person's name. */
const ACTION_TEXT = /^(?:show|see) more\b|^(?:view|see|visit|open)\b.*\bprofile\b|^(?:profil|profile)\s+(?:anzeigen|ansehen|besuchen)$|^voir le profil|^ver (?:el )?perfil/i;

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!PROFILE_HOST.test(url.hostname)) return null;
  const path = linkedInPath(url.pathname);
  if (!path) return null;
  const [tab = '', ...more] = path.rest;
  const shown =
    path.kind === 'company'
      ? more.length === 0 && COMPANY_TABS.has(tab)
      : tab === '' || MEMBER_PAGES.has(tab) || (more.length === 0 && LANGUAGE_VERSION.test(tab));
  return shown ? { network: 'linkedin', handle: path.handle } : null;
}

/** Where a name is written in an element of its own (a heading, a post's actor, a page card's title). */
const inNameElement = (holder: Element) => holder.closest(`h1, h2, h3, h4, h5, h6, ${ACTOR_TITLE}, ${PAGE_CARD_TITLE}`) !== null;

function looksLikeName(text: string, nameElement: boolean): boolean {
  return text.length > 0 && text.length <= MAX_NAME && !isCountText(text, nameElement) && !AGE_TEXT.test(text) && !ACTION_TEXT.test(text);
}

/** The nearest link around this one (the live DOM nests links; the HTML parser would split them). */
const outerLink = (link: Element) => link.parentElement?.closest('a[href]') ?? null;

/**
 * The link nested in a card's link that shows the card's name: the one holding its first line, or
 * (where the card first writes a copy of the name for its own accessible name, as 2026's people
 * search does for Premium members) the first one whose own first line reads the same.
 */
function nameLinkIn(card: Element, name: { holder: Element; text: string }, page: URL, handle: string): Element | null {
  const holding = name.holder.closest('a[href]');
  if (holding !== card) return holding;
  for (const nested of card.querySelectorAll('a[href]')) {
    if (linkedProfile(nested, page)?.handle === handle && textPieces(nested, SIGHTED)[0]?.text === name.text) return nested;
  }
  return null;
}

/**
 * Whether another link to the same profile reads the name this link holds or sits in. The new
 * connections list and 2026's people search nest the name's own link in the card's link to the
 * same profile: the link that shows the card's name alone gets the badge, after it; the card's
 * link and any other line's link get none.
 */
function nameReadByNested(link: Element, pieces: { holder: Element; text: string }[], page: URL, handle: string): boolean {
  const sameProfile = (other: Element | null) => !!other && other !== link && linkedProfile(other, page)?.handle === handle;
  if (sameProfile(nameLinkIn(link, pieces[0], page, handle))) return true; // the card's link: its name is a nested link's
  const outer = outerLink(link);
  if (!outer || !sameProfile(outer)) return false;
  const outerName = textPieces(outer, SIGHTED)[0];
  return !outerName || nameLinkIn(outer, outerName, page, handle) !== link; // a nested link that is not the card's name
}

/**
 * A notification's person: its avatar links the profile, and the headline (a link to the post or
 * the jobs) names them in a <strong> that reads as the avatar's alt ("<strong>Robin Ellery</strong>
 * commented on …"); a card whose headline names no one so ("Suggested for you:") gets none.
 */
function fromNotificationAvatar(link: Element, ref: ProfileRef): FoundHandle | null {
  const name = link.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  const card = link.closest('article');
  const strong = name && card ? [...card.querySelectorAll('strong')].find((candidate) => !link.contains(candidate) && shownText(candidate) === name) : undefined;
  if (!strong) return null;
  // The headline's sighted copy may be aria-hidden beside a screen readers' one: the badge goes after it, so that it is not hidden.
  const hidden = strong.closest('[aria-hidden="true"]');
  return { ref, anchor: hidden && card!.contains(hidden) ? hidden : strong, placement: 'after' };
}

/** On a profile's own card, a link to the profile is its name's (the SDUI card's name is in one) or an action ("Add section" on one's own card). */
function isOwnCardAction(link: Element, page: URL, handle: string): boolean {
  return profileFromUrl(page)?.handle === handle && link.closest(SDUI_TOP_CARD) !== null && !link.querySelector('h1, h2');
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const path = linkedProfile(link, page);
  if (!path || link.closest(SITE_CHROME) || link.matches(ACTION_LINK)) return null;
  const ref = { network: 'linkedin', handle: path.handle };
  const pieces = textPieces(link, SIGHTED);
  if (pieces.length === 0) return link.matches(NOTIFICATION_AVATAR) ? fromNotificationAvatar(link, ref) : null; // an avatar
  if (isOwnCardAction(link, page, path.handle)) return null;
  if (nameReadByNested(link, pieces, page, path.handle)) return null;
  if (pieces.every((piece) => piece.holder === pieces[0].holder)) {
    return looksLikeName(shownText(link, SIGHTED), inNameElement(pieces[0].holder)) ? { ref, anchor: link, placement: 'after' } : null;
  }
  // A card: its first line is the name.
  const name = pieces[0];
  if (path.kind === 'company' && !name.holder.closest(`h1, h2, h3, h4, h5, h6, ${ACTOR_TITLE}, ${PAGE_CARD_TITLE}, ${SDUI_JOB_COMPANY}`) && !namesSduiPostCompany(link, page, path) && !namedBySduiButtons(link, name.text)) return null;
  if (!looksLikeName(name.text, inNameElement(name.holder))) return null;
  // Inside the aria-hidden copy of a label the badge would be hidden from screen readers: it goes after that copy.
  const hidden = name.holder.closest('[aria-hidden="true"]');
  return hidden && link.contains(hidden) ? { ref, anchor: hidden, placement: 'after' } : { ref, anchor: name.holder, placement: 'append' };
}

/** The name heading of a profile's own card, on its page. */
function fromCardHeading(heading: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  const card = profile ? heading.closest(TOP_CARD) : null;
  if (!profile || !card) return null;
  // The server-driven card's name is its first heading; an h2 after it titles a part of the card.
  if (heading.localName === 'h2' && card.querySelector('h1, h2') !== heading) return null;
  // A name inside a link to the profile gets its badge from the link.
  const link = heading.closest('a[href]');
  if (link && linkedProfile(link, page)) return null;
  if (!showsProfile(heading.ownerDocument, profile) || !looksLikeName(shownText(heading, SIGHTED), true)) return null;
  return { ref: profile, anchor: heading, placement: 'append' };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  network: 'linkedin',
  hosts: ['linkedin.com', '*.linkedin.com'],
  profileFromUrl,
  candidateSelector: `${PROFILE_LINK}, h1, :is(${SDUI_TOP_CARD}) h2`,
  handleFromElement: orNull((element: Element, page: URL) => (element.localName === 'a' ? fromLink(element, page) : fromCardHeading(element, page))),
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile) return observeElsewhere(document, page);
    const card = topCard(document);
    if (!card || !showsProfile(document, profile)) return null;
    return observed(profile, isLinkedInOrganisation(profile.handle) ? companySignals(document, card, profile) : memberSignals(document, card, profile));
  }),
  postSelector: POST_SELECTOR,
  postFromElement: orNull((element: Element, page: URL) => (element.matches(SDUI_POST) ? postFromSdui(element, page) : postFromLinkedIn(element, page))),
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://www.linkedin.com/in/eugenemann/',
    'https://www.linkedin.com/in/shind/recent-activity/all/',
    'https://www.linkedin.com/in/eugenemann/overlay/contact-info/',
    'https://se.linkedin.com/in/abgargulo',
    'https://es.linkedin.com/in/cristinajoselorente/en',
    'https://linkedin.com/in/fredrik%C3%A5hman',
    'https://uk.linkedin.com/company/audiense',
    'https://www.linkedin.com/company/mavenagi/about/',
    'https://www.linkedin.com/company/lorikeetcx/posts/?feedView=all',
    'https://www.linkedin.com/company/mcdonald%27s-corporation?trk=public_jobs_jserp-result_job-search-card-subtitle',
    'https://www.linkedin.com/company/booking.com/',
    // A brand's own page under a company (Microsoft's affiliated pages in its company data; a real posts-tab address).
    'https://www.linkedin.com/showcase/microsoft-security',
    'https://www.linkedin.com/showcase/bmwsouthafrica/posts/?feedView=all',
    'https://in.linkedin.com/in/divya-arasada-hr%F0%9F%8E%AF-70a80b211?trk=public_post_feed-actor-name',
  ],
  notProfiles: [
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7315493651864788994/',
    'https://www.linkedin.com/in/eugenemann/details/experience/',
    'https://www.linkedin.com/in/ACoAAAt7BnMBMjaPVBKVBT3VVdiQ3R8wCQFkwBU',
    'https://www.linkedin.com/in/me/',
    "https://www.linkedin.com/in/o'brien/",
    'https://www.linkedin.com/company/2135371/',
    'https://www.linkedin.com/company/setup/new/',
    'https://www.linkedin.com/company/mavenagi/admin/',
    'https://www.linkedin.com/school/oxforduni/',
    'https://www.linkedin.com/search/results/people/?keywords=mann',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/posts/vizor-games_fantastic-news-activity-7169269041092632576-o5XD',
    'https://business.linkedin.com/in/someone',
    'https://example.com/in/eugenemann',
  ],
};

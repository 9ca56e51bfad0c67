// xing.com: members `/profile/<First_Last>` wherever they are named: the news feed's authors,
// comments, contact lists, search results, "visitors", and a profile's own page.
// No saved XING page was available to build this from (../shared/fixtures has none): it is
// written against XING's profile markup as last documented by scrapers and extensions
// (data-qa hooks of its "malt" design system: malt-profile-display-name, malt-profile-image,
// profile-occupations, profile-location; the newer profile-top-card-*), and its tests run on
// pages written for this project in that shape. Hooks, most stable first: the URL shape of a
// link (`/profile/<First_Last>`, with an underscore: XING's slugs join first and last name;
// its own pages under /profile/ have none or are reserved); the link's readable text: an avatar
// link has none, so each author gets one badge; a card-shaped link gets it beside its first
// line, the name. On a profile page: the head's og:url/canonical, JSON-LD where present,
// data-qa / data-testid hooks, then the count phrases the page shows in German or English
// ("123 Kontakte", "45 Follower", "123 contacts", "Kontakte (123)"). The 2025 profile (as
// scrapers read it since April 2025) has its head in main#content > div#XingIdModule: the name
// as the h1's own text (a "Premium" flag button sits inside the h1), the photo in
// [data-xds="ProfileImage"], job and location as the lines beside svg[data-xds="IconJobs"] and
// svg[data-xds="IconLocationPin"], and the contacts count as a <strong> in a
// button[data-xds="TextButton"]. That button is read only where its text says what it counts
// ("<strong>123</strong> Kontakte"): the scrapers read the bare number, and no source shows the
// button's words or a link, so a button that shows the number alone gives no count. XING shows
// no counts under feed posts that this adapter knows of: it reads no posts. Cards whose
// profile link holds no name (the 2025 member search's overlay link, a company's employees'
// photo links) get their badge on the card's [data-xds="Headline"] name.
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SiteAdapter } from './types';
import { decodedSegment, linkUrl } from './find-handles';
import { orNull, SIGHTED, declaredUrl, observed, pageLocale, shownText, textPieces } from './page-reading';
import { interactionCount, jsonLdEntity, jsonText } from './page-json';
import { countPhrases } from './professional-pages';

const HOSTS = ['www.xing.com', 'xing.com'];
/** XING's own pages under /profile/: the signed-in user's editor and the embedded old profile. */
const RESERVED = new Set(['edit', 'my_profile', 'version', 'settings', 'visitors', 'me', 'preview']);
/** Tabs of a profile that still show its header. */
const PROFILE_TABS = new Set(['', 'cv', 'portfolio', 'web_profiles', 'activities', 'about_me']);
/** The site's top bar with the signed-in user's own menu (a profile's own header sits inside <main>). */
const SITE_CHROME = '[role="banner"], header:not(main header), nav:not(main nav), [data-qa="me-menu"], [data-testid="me-menu"]';
/** The 2025 profile's head; [data-xds] are its design system's component names. */
const XING_ID = '#XingIdModule';
const NAME = `${XING_ID} h1, ${XING_ID} [data-xds="Hero"], [data-qa="malt-profile-display-name"], [data-qa="profile-top-card-full-name"], [data-testid="profile-name"]`;
/** What a name's heading holds besides the name: the "Premium" flag (a button), search results' [data-xds="Flag"]. */
const NOT_NAME = 'button, [role="button"], [data-xds="Flag"]';
const HEADER = `${XING_ID}, [data-qa="profile-header"], [data-testid="profile-header"], [data-qa="profile-top-card"], main header`;
const HEADLINE = '[data-qa="profile-top-card-headline"], [data-qa="profile-occupations"], [data-qa="profile-occupation-work_experience"], [data-testid="profile-headline"]';
const LOCATION = '[data-qa="profile-location"], [data-testid="profile-location"]';
/** Scoped to the head: every avatar on the page (contacts, "also viewed") is a ProfileImage. */
const PHOTO = `${XING_ID} [data-xds="ProfileImage"] img, [data-qa="malt-profile-image"] img, [data-qa="profile-top-card-image"] img, [data-testid="profile-image"] img`;
/** The icons the 2025 head writes its job and location lines beside. */
const JOB_ICON = 'svg[data-xds="IconJobs"]';
const LOCATION_ICON = 'svg[data-xds="IconLocationPin"]';
/** The contacts box beside a profile ("Kontakte (123)"), where the header does not count them. */
const CONTACTS_BOX = '[data-qa="profile-contacts"], [data-testid="profile-contacts"]';
/**
 * Cards whose profile link holds no name (an empty link laid over the card, or the photo), with
 * the name as a heading beside it: the 2025 member search and companies' employees, as scrapers
 * of 2023–25 read them (no page of either was available).
 */
const NAME_CARD = '[data-testid="members-search-result-item"], [data-xds="ProfileInfo"]';
const CARD_NAME = '[data-xds="Headline"]';
/** A link that is a button ("Profil ansehen" in recruiters' lists, data-testid="recruiter-<slug>-cta"), not a name. */
const CALL_TO_ACTION = '[data-testid$="-cta"]';
const MAX_NAME = 80;
/** XING's picture for members without a photo. */
const NO_PHOTO = /nobody_|placeholder|default[-_]?avatar|\/dummy/i;

const isSlug = (slug: string) => slug.includes('_') && !RESERVED.has(slug.toLowerCase()) && networkInfo('xing')!.isValidHandle(slug);

/** The member an xing.com path names, and the segments after it. */
function slugFromPath(pathname: string): { slug: string; rest: string[] } | null {
  const [section, raw, ...rest] = pathname.split('/').filter(Boolean);
  const slug = section === 'profile' && raw ? decodedSegment(raw) : null;
  return slug !== null && isSlug(slug) ? { slug, rest: rest.map((segment) => segment.toLowerCase()) } : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const found = slugFromPath(url.pathname);
  return found && found.rest.length <= 1 && PROFILE_TABS.has(found.rest[0] ?? '') ? { network: 'xing', handle: found.slug } : null;
}

function namesProfile(href: string | null | undefined, profile: ProfileRef): boolean {
  if (!href) return false;
  try {
    const url = new URL(href, 'https://www.xing.com/');
    return HOSTS.includes(url.hostname) && slugFromPath(url.pathname)?.slug.toLowerCase() === profile.handle.toLowerCase();
  } catch {
    return false;
  }
}

/** A name heading's text without the flags and buttons inside it ("Max Mustermann", not "Max Mustermann Premium"). */
const nameText = (heading: Element | null | undefined) => shownText(heading, { ...SIGHTED, leaveOut: NOT_NAME });

const profileName = (document: Document) => nameText(document.querySelector(NAME) ?? document.querySelector('main h1'));

/** The 2025 head's line beside an icon ("Consultant, Acme GmbH" beside IconJobs); '' where there is none. */
function besideIcon(document: Document, icon: string): string {
  const line = document.querySelector(XING_ID)?.querySelector(icon)?.parentElement;
  return line ? shownText(line, SIGHTED) : '';
}

/**
 * A name's letters run together, as XING writes a name part into a slug (its words joined:
 * "Ralph von der Heyden" is Ralph_vonderHeyden, "Jan-Henrik Fock" JanHenrik_Fock): lower case,
 * umlauts kept and spelled out ("müller", "mueller"), and without marks ("lukasz" for "łukasz").
 */
function nameSpellings(name: string): string[] {
  const joined = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const spelled = joined.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o');
  return [joined, spelled, plain(joined), plain(spelled)];
}

/** Titles a slug may hold that the name shown leaves out (Dr_Anja_Haile, "Anja Haile"). */
const TITLES = new Set(['dr', 'prof', 'mag', 'dipl', 'ing']);

/** Whether a name spells the slug's parts ("Max Mustermann" for Max_Mustermann2). */
function nameFitsSlug(name: string, slug: string): boolean {
  const spellings = nameSpellings(name);
  return slug.toLowerCase().replace(/\d+$/, '').split('_').filter(Boolean).every((part) => TITLES.has(part) || spellings.some((spelling) => spelling.includes(part)));
}

/**
 * Whether the page shows this profile: its head names it, or (where the head names none) the
 * header's name is the slug's and the title's (XING swaps pages in place).
 */
function showsProfile(document: Document, profile: ProfileRef): boolean {
  const declared = declaredUrl(document);
  if (declared) return namesProfile(declared.href, profile);
  const name = profileName(document);
  return name !== '' && document.title.includes(name) && nameFitsSlug(name, profile.handle);
}

/** A link's words that are an action ("Profil ansehen"), not a name. */
const ACTION_TEXT = /^(?:profil\s+(?:ansehen|anzeigen|besuchen)|zum\s+profil|view\s+(?:the\s+)?profile|see\s+profile)$/i;
/** A link that names no one: no words (a photo, an overlay), or an action's ("Profil ansehen", a recruiter list's call to action). */
const isBare = (link: Element) => link.matches(CALL_TO_ACTION) || textPieces(link, SIGHTED).length === 0 || ACTION_TEXT.test(shownText(link, SIGHTED));
const looksLikeName = (text: string) => text.length > 0 && text.length <= MAX_NAME && !/\d[\d.,]*\s+\p{L}/u.test(text) && !ACTION_TEXT.test(text);

function fromLink(link: Element, page: URL): FoundHandle | null {
  const url = linkUrl(link, page);
  if (!url || !HOSTS.includes(url.hostname) || link.closest(SITE_CHROME)) return null;
  const found = slugFromPath(url.pathname);
  if (!found || found.rest.length > 0) return null;
  const ref = { network: 'xing', handle: found.slug };
  // An avatar, a card's overlay, or an action ("Profil ansehen"): the card's name may be beside it.
  if (isBare(link)) return nameBeside(link, ref);
  const pieces = textPieces(link, SIGHTED);
  if (pieces.every((piece) => piece.holder === pieces[0].holder)) return looksLikeName(shownText(link, SIGHTED)) ? { ref, anchor: link, placement: 'after' } : null;
  // A card (name, headline, company): its first line is the name.
  return looksLikeName(pieces[0].text) ? { ref, anchor: pieces[0].holder, placement: 'append' } : null;
}

/**
 * The name heading of a card whose profile link holds no name, where the heading is that
 * person's name and in no link of its own (that one is badged itself): badged once, for the
 * card's first such link to them.
 */
function nameBeside(link: Element, ref: ProfileRef): FoundHandle | null {
  const card = link.closest(NAME_CARD);
  const name = card?.querySelector(CARD_NAME);
  const text = nameText(name);
  if (!name || name.closest('a[href]') || name.querySelector('a[href]') || !looksLikeName(text) || !nameFitsSlug(text, ref.handle)) return null;
  const first = [...card!.querySelectorAll('a[href*="/profile/"]')].find((other) => isBare(other) && namesProfile(other.getAttribute('href'), ref));
  return first === link ? { ref, anchor: name, placement: 'append' } : null;
}

function fromProfileName(element: Element, page: URL): FoundHandle | null {
  const profile = profileFromUrl(page);
  if (!profile || element.closest('a[href]') || !showsProfile(element.ownerDocument, profile)) return null;
  // The name's element, not a heading or Hero block that holds it.
  if (element.querySelector(NAME)) return null;
  return looksLikeName(nameText(element)) ? { ref: profile, anchor: element, placement: 'append' } : null;
}

/** Whether the header's picture is a photo; undefined where the page shows none. */
function hasPhoto(document: Document, header: Element | null, name: string): boolean | undefined {
  const photo =
    document.querySelector(PHOTO) ??
    [...(header?.querySelectorAll('img') ?? [])].find((img) => img.getAttribute('alt')?.trim() === name);
  if (!photo) return undefined;
  const source = photo.getAttribute('src') ?? '';
  return source !== '' && !NO_PHOTO.test(source);
}

export const xing: SiteAdapter = {
  id: 'xing',
  network: 'xing',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: `a[href*="/profile/"], ${NAME}, main h1`,
  handleFromElement: orNull((element: Element, page: URL) => (element.localName === 'a' ? fromLink(element, page) : fromProfileName(element, page))),
  observe: orNull((document: Document, page: URL) => {
    const profile = profileFromUrl(page);
    if (!profile || !showsProfile(document, profile)) return null;
    const person = jsonLdEntity(document, 'Person', (url) => namesProfile(url, profile));
    const header = document.querySelector(HEADER) ?? document.querySelector(NAME)?.closest('section') ?? null;
    const counts = countPhrases([header, document.querySelector(CONTACTS_BOX)], pageLocale(document));
    const image = jsonText(person?.image, 'contentUrl', 'url');
    return observed(profile, {
      followers: interactionCount(person, 'FollowAction') ?? counts.followers?.count,
      hasAvatar: image ? !NO_PHOTO.test(image) : hasPhoto(document, header, profileName(document)),
      hasBio: jsonText(person?.jobTitle) || jsonText(person?.description) || shownText(document.querySelector(HEADLINE), SIGHTED) || besideIcon(document, JOB_ICON) ? true : undefined,
      hasLocation:
        jsonText(person?.address, 'addressLocality', 'addressRegion', 'addressCountry') || shownText(document.querySelector(LOCATION), SIGHTED) || besideIcon(document, LOCATION_ICON)
          ? true
          : undefined,
      extra: { connections: counts.connections?.count },
    });
  }),
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: [
    'https://www.xing.com/profile/Max_Mustermann',
    'https://www.xing.com/profile/Max_Mustermann/',
    'https://www.xing.com/profile/Fabian_Abel/cv',
    'https://www.xing.com/profile/Thomas_Cybulski2/cv',
    'https://xing.com/profile/Christian_Weiss63',
    'https://www.xing.com/profile/J%C3%BCrgen_M%C3%BCller/portfolio',
    'https://www.xing.com/profile/Max_Mustermann?sc_o=da980_e',
  ],
  notProfiles: [
    'https://www.xing.com/',
    'https://www.xing.com/profile/edit',
    'https://www.xing.com/profile/my_profile',
    'https://www.xing.com/profile/version/embedded/12345',
    'https://www.xing.com/profile/Max_Mustermann/cv/edit',
    'https://www.xing.com/profile/Max_Mustermann/unknown_tab',
    'https://www.xing.com/profile/',
    'https://www.xing.com/pages/audiag',
    'https://www.xing.com/jobs/search?keywords=developer',
    'https://www.xing.com/search/members?keywords=Mustermann',
    'https://www.xing.com/discover/updates',
    'https://www.xing.com/profile/Max',
    'https://example.com/profile/Max_Mustermann',
  ],
};

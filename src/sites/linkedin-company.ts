// A LinkedIn company page's card, as linkedin.ts reads it (the hooks' order and the member's
// card: linkedin-page.ts). A company's members on LinkedIn are the number in its link to a
// people search by its id ("View all 69 employees", the signed-in About tab's "100 associated
// members"); the signed-in card links its size ("51-200 employees") the same way, which is no
// count of them, and the viewer's connections there ("Kenneth & 4 other connections work here")
// through the same search filtered by network.
import { parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import { decodedSegment } from './find-handles';
import { SIGHTED, type SignalsRead, pageLocale, shownText } from './page-reading';
import { jsonCount, jsonLdEntity, jsonText } from './page-json';
import { countPhrase, countPhrases } from './professional-pages';
import { sublinePlace } from './linkedin-public';
import { cardPhoto, imageIsPhoto, isPhoto, linksWebsite, namesProfile, shown, verified } from './linkedin-page';

/** "Audiense | 5,750 followers on LinkedIn. …": the head's description of a company page. */
function describedFollowers(document: Document): number | undefined {
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const phrase = countPhrase(description.split(' | ')[1]?.split(/\.\s/)[0]?.trim() ?? '', pageLocale(document));
  return phrase?.kind === 'followers' ? phrase.count : undefined;
}

/** The signed-in company card's logo (its alt "Motion logo", or the company's name on older cards). */
const COMPANY_LOGO = 'img.org-top-card-primary-content__logo';
/**
 * The signed-in About tab's overview card: the description (a <p>), then a <dl> of website,
 * industry, size ("51-200 employees" and a "100 associated members" link), headquarters. Its
 * labels are in the page's language; its links are what is read.
 */
const ABOUT_OVERVIEW = '.org-page-details-module__card-spacing';
/** The signed-in card's info list: industry, place, followers, size. */
const INFO_LIST = '.org-top-card-summary-info-list';
/**
 * Its second group ("Mountain View, CA", "8K followers", "51-200 employees"), after the
 * industry: its first line, where the company gives one, is its place.
 */
const INFO_GROUP_ITEM = `${INFO_LIST} .inline-block > .org-top-card-summary-info-list__info-item`;

/**
 * How many members name the company as their employer: the number in a link to a people search
 * by its id ("View all 69 employees", "100 associated members"). The signed-in card links its
 * size the same way, from its info list ("51-200 employees", "10,001+ employees"): a range or a
 * bound, no count, in any language.
 */
function employeesOnLinkedIn(scopes: readonly (Element | null)[], lang?: string): number | undefined {
  for (const scope of scopes) {
    for (const link of scope?.querySelectorAll('a[href]') ?? []) {
      const href = decodedSegment(link.getAttribute('href') ?? '') ?? '';
      // A search filtered by network ("Kenneth & 4 other connections work here") counts the viewer's connections there.
      if (!/currentcompany/i.test(href) || /[?&]network=/i.test(href)) continue;
      const text = shownText(link, SIGHTED);
      if (link.closest(INFO_LIST) || countPhrase(text, lang)?.atLeast) continue;
      // parseCount finds the number in the label, with its groups ("Voir les 10 234 employés").
      const count = parseCount(text, lang);
      if (count !== undefined) return count;
    }
  }
  return undefined;
}

/** The card's "Visit website" button, on every tab (the About tab lists the website in its details too). */
const WEBSITE_ACTION = '.org-top-card-primary-actions__inner a[href]';

/** The signed-in card's place: its second group's first line, unless that is already a count (no place given) or holds a digit (a count in a language not read). */
function infoListPlace(card: Element): string {
  const first = [...card.querySelectorAll(INFO_GROUP_ITEM)].find((item) => item.localName !== 'a');
  const text = shownText(first, SIGHTED);
  return /\d/.test(text) ? '' : text;
}

/**
 * The left rail's card of the company on its Posts tab: its name and its exact followers
 * ("7,896 followers", where the top card rounds to "8K"). Read where it names the same company.
 */
const INFO_MODULE = '.org-company-info-module__container';
function infoModuleFollowers(document: Document, name: string, lang?: string): number | undefined {
  const module = document.querySelector(INFO_MODULE);
  if (!module || !name || shownText(module.querySelector('h2, h3'), SIGHTED) !== name) return undefined;
  return countPhrases([module], lang).followers?.count;
}

export function companySignals(document: Document, card: Element, profile: ProfileRef): SignalsRead {
  const organization = jsonLdEntity(document, 'Organization', (url) => namesProfile(url, profile));
  const about = (field: string) => document.querySelector(`[data-test-id="about-us__${field}"]`);
  const overview = document.querySelector(ABOUT_OVERVIEW);
  const lang = pageLocale(document);
  const counts = countPhrases([card, about('size'), overview], lang);
  const logo = jsonText(organization?.logo, 'contentUrl', 'url');
  const cardLogo = card.querySelector(COMPANY_LOGO);
  const name = shownText(card.querySelector('h1'), SIGHTED);
  const website = jsonText(organization?.sameAs);
  return {
    followers: infoModuleFollowers(document, name, lang) ?? counts.followers?.count ?? describedFollowers(document),
    verified: verified(card),
    hasAvatar: logo ? isPhoto(logo) : cardLogo ? imageIsPhoto(cardLogo) : cardPhoto(card, name, name && `${name} logo`),
    hasBio: jsonText(organization?.description) ? true : shown(about('description') ?? card.querySelector('.org-top-card-summary__tagline') ?? overview?.querySelector(':scope > p')),
    hasLocation: jsonText(organization?.address, 'addressLocality', 'addressRegion', 'addressCountry') || sublinePlace(card, lang) || infoListPlace(card) ? true : shown(about('headquarters')),
    hasUrl: (website && !namesProfile(website, profile)) || about('website') || linksWebsite(overview?.querySelectorAll('dl a[href]') ?? []) || linksWebsite(document.querySelectorAll(WEBSITE_ACTION)) ? true : undefined,
    extra: {
      employees: jsonCount(organization?.numberOfEmployees) ?? employeesOnLinkedIn([card, overview], lang),
      // "51-200 employees": the size the company gives, as its lower end.
      companySize: counts.employees?.count,
    },
  };
}

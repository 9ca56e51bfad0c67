// Pages of no profile that show a profile's counts, read as that profile's: a signed-in job
// page's "About the company" (the company's exact followers and its size; in the Ember layout
// and the server-driven one of 2026) and a public post's
// author card (the author's exact followers). Recruiters read jobs and shared posts more often
// than the profiles behind them; without this, those badges stay "unavailable" until the
// profile's own page is opened.
import type { PageObservation } from './types';
import { linkedProfile } from './linkedin-page';
import { countPhrase, countPhrases } from './professional-pages';
import { SIGHTED, observed, pageLocale, shownText } from './page-reading';

/** A job page's "About the company" in the server-driven layout (2026): a card linking the company's Life tab, its name and followers as lines. */
export const SDUI_JOB_COMPANY = '[componentkey^="JobDetails_AboutTheCompany_"]';
const JOB_COMPANY_MODULE = `[data-view-name="job-details-about-company-module"], section.jobs-company, ${SDUI_JOB_COMPANY}`;
/** The company's name in the module: a link to its Life tab (in the server-driven card, the card's one company link). */
const JOB_COMPANY_NAME = `[data-view-name="job-details-about-company-name-link"], .artdeco-entity-lockup__title a[href], ${SDUI_JOB_COMPANY} a[href*="/company/"]`;
/** A public post's author card (visitors not signed in): "3,006,002 followers" and "View Profile". */
const POST_AUTHOR_CARD = '.public-post-author-card';

function jobPageCompany(document: Document, page: URL): PageObservation | null {
  if (!page.pathname.startsWith('/jobs/')) return null;
  const module = document.querySelector(JOB_COMPANY_MODULE);
  const name = module?.querySelector(JOB_COMPANY_NAME);
  const company = name ? linkedProfile(name, page) : null;
  if (!module || !company || company.kind !== 'company') return null;
  const counts = countPhrases([module], pageLocale(document));
  // "11-50 employees": the size the company gives, as its lower end (as on its own page).
  return observed({ network: 'linkedin', handle: company.handle }, { followers: counts.followers?.count, extra: { companySize: counts.employees?.count } });
}

function publicPostAuthor(document: Document, page: URL): PageObservation | null {
  const card = document.querySelector(POST_AUTHOR_CARD);
  const author = card ? [...card.querySelectorAll('a[href]')].map((link) => linkedProfile(link, page)).find(Boolean) : null;
  if (!card || !author) return null;
  const lang = pageLocale(document);
  const followers = [...card.querySelectorAll('p')].map((line) => countPhrase(shownText(line, SIGHTED), lang)).find((phrase) => phrase?.kind === 'followers');
  return followers ? observed({ network: 'linkedin', handle: author.handle }, { followers: followers.count }) : null;
}

/** The profile a page of no profile shows the counts of, if any. */
export function observeElsewhere(document: Document, page: URL): PageObservation | null {
  return jobPageCompany(document, page) ?? publicPostAuthor(document, page);
}

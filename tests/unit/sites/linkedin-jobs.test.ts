// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { linkedin } from '../../../src/sites/linkedin';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const JOBS = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';

describe('LinkedIn’s job pages, written for this project', () => {
  it('the company a job names by links to its Life tab (top card, "About the company"), once each; the hiring team’s poster by name', () => {
    const page = ownPage('linkedin-job-details.html');
    expect(handleCounts(linkedin, page, JOBS)).toEqual({ 'company/example-labs': 2, 'mara-quint7': 1, 'company/northwind': 1 });
    const anchors = findHandles(linkedin, page, new URL(JOBS)).map((found) => found.anchor.textContent!.trim());
    expect(anchors).toEqual(['Example Labs', 'Mara Quint', 'Example Labs', 'Northwind']);
  });

  it('the company page’s own Life tab, "About the company"’s "Show more" (to the Life tab too), its jobs and people links are no badges', () => {
    const page = ownPage('linkedin-job-details.html');
    const found = findHandles(linkedin, page, new URL(JOBS)).map((handle) => handle.anchor.closest('a')?.getAttribute('href'));
    expect(found).not.toContain('/company/example-labs/jobs/');
    expect(found).not.toContain('/company/example-labs/people/');
    expect(found.filter((href) => href?.includes('/life')).length).toBe(2);
    // "Show more" in another language is no name either: the link is known by its data-view-name.
    const german = ownPage('linkedin-job-details.html');
    german.querySelector('[data-view-name="job-details-about-company-life-link"]')!.textContent = 'Mehr anzeigen';
    expect(handleCounts(linkedin, german, JOBS)['company/example-labs']).toBe(2);
  });
});

describe('LinkedIn’s job pages: the company they show', () => {
  it('"About the company": its exact followers and its size, as the company’s', () => {
    expect(linkedin.observe!(ownPage('linkedin-job-details.html'), new URL(JOBS))).toEqual({
      ref: { network: 'linkedin', handle: 'company/example-labs' },
      signals: { followers: 12_345, extra: { companySize: 11 } },
    });
  });

  it('nothing off the jobs pages, without the module, or where its name links no company', () => {
    const page = ownPage('linkedin-job-details.html');
    expect(linkedin.observe!(page, new URL('https://www.linkedin.com/feed/'))).toBeNull();
    const withoutModule = ownPage('linkedin-job-details.html');
    withoutModule.querySelector('[data-view-name="job-details-about-company-module"]')!.remove();
    expect(linkedin.observe!(withoutModule, new URL(JOBS))).toBeNull();
    const toSchool = ownPage('linkedin-job-details.html');
    toSchool.querySelector('[data-view-name="job-details-about-company-name-link"]')!.setAttribute('href', '/school/example-university/');
    expect(linkedin.observe!(toSchool, new URL(JOBS))).toBeNull();
  });
});

describe('LinkedIn’s job page in its server-driven layout (2026), written for this project', () => {
  const JOB = new URL('https://www.linkedin.com/jobs/view/4600000042/');
  const page = (followers = '5,288,656 followers') => parsePage(`<html lang="en"><main>
    <div componentkey="JobDetailsTopCard_4600000042"><a href="https://www.linkedin.com/company/ashgrove-systems/life/"><p class="a1b2c3">Ashgrove Systems</p></a><p>Backend Engineer</p></div>
    <div id="JobDetails_AboutTheCompany_4600000042" componentkey="JobDetails_AboutTheCompany_4600000042"><div data-sdui-component="com.linkedin.sdui.generated.jobseeker.dsl.impl.aboutTheCompanyForJobDetails"><div><h2>About the company</h2>
      <div><a tabindex="0" href="https://www.linkedin.com/company/ashgrove-systems/life/"><div><figure aria-hidden="true" data-view-name="image"></figure><div><div><div><p><span>Ashgrove Systems</span></p></div></div><div><p><span>${followers}</span></p></div></div></div></a><button type="button" aria-label="Follow"><span><span>Follow</span></span></button></div>
      <div><div><p><span>Staffing and Recruiting</span></p></div><div><p><span> &#8226; </span></p></div><div><p><span>51-200 employees</span></p></div><div><p><span> &#8226; </span></p></div><div><p><span>304 on LinkedIn</span></p></div></div>
      <a href="https://www.linkedin.com/company/ashgrove-systems/insights/?insightType=HEADCOUNT"><span>Show Premium Insights</span></a></div></div></div></main></html>`);

  it('"About the company": the company’s followers and size, and a badge on its name in the card', () => {
    expect(linkedin.observe!(page(), JOB)).toEqual({ ref: { network: 'linkedin', handle: 'company/ashgrove-systems' }, signals: { followers: 5_288_656, extra: { companySize: 51 } } });
    const inCard = findHandles(linkedin, page(), JOB).filter((found) => found.anchor.closest('[componentkey^="JobDetails_AboutTheCompany_"]'));
    expect(inCard.map((found) => [found.ref.handle, found.anchor.textContent, found.placement])).toEqual([['company/ashgrove-systems', 'Ashgrove Systems', 'append']]);
    expect(linkedin.observe!(page('8K followers'), JOB)?.signals.followers).toBe(8000);
  });
});

describe('LinkedIn’s public post page: its author card', () => {
  // Shaped like a public post page served to visitors (2025): the right rail's author card.
  const POST_PAGE = (followers: string, profile = 'https://fr.linkedin.com/company/northwind?trk=public_post_follow-view-profile') => `<html lang="en"><body><main>
    <article><a href="https://fr.linkedin.com/company/northwind?trk=public_post_feed-actor-name" aria-label="View organization page for Northwind">Northwind</a>
      <p class="!text-xs text-color-text-low-emphasis">${followers}</p><p>Our spring catalogue is out.</p></article>
    <section class="right-rail"><div class="public-post-author-card mb-3"><div class="flex flex-col">
      <img alt="Northwind"><p class="public-post-author-card__followers text-sm">
            ${followers}
          </p>
      <div class="mb-2"><a class="public-post-author-card__view-profile" href="${profile}">View Profile</a>
        <a class="public-post-author-card__follow" href="https://www.linkedin.com/signup/cold-join?session_redirect=x"><span>Follow</span></a></div>
    </div></div></section></main></body></html>`;
  const POST = 'https://www.linkedin.com/posts/northwind_spring-activity-7202164482180091907-1XD2';

  it('the author’s exact followers, as the author’s, in the page’s language', () => {
    expect(linkedin.observe!(parsePage(POST_PAGE('3,006,002 followers')), new URL(POST))).toEqual({ ref: { network: 'linkedin', handle: 'company/northwind' }, signals: { followers: 3_006_002 } });
    const member = parsePage(POST_PAGE('1.234 Follower:innen', 'https://de.linkedin.com/in/lena-ortiz?trk=public_post_follow-view-profile').replace('lang="en"', 'lang="de"'));
    expect(linkedin.observe!(member, new URL(POST))).toEqual({ ref: { network: 'linkedin', handle: 'lena-ortiz' }, signals: { followers: 1234 } });
  });

  it('nothing where the card shows no count or links no profile', () => {
    expect(linkedin.observe!(parsePage(POST_PAGE('Follow for more')), new URL(POST))).toBeNull();
    expect(linkedin.observe!(parsePage(POST_PAGE('12 followers', 'https://www.linkedin.com/signup/cold-join')), new URL(POST))).toBeNull();
  });
});

describe('LinkedIn’s 2024 actor block', () => {
  // The author's name link, then the post's age ("2d •", its globe icon) in a link to the same profile.
  const ACTOR = (age: string) => `<div class="update-components-actor__container">
    <a class="app-aware-link update-components-actor__image" aria-label="Lena Ortiz, graphic." href="https://www.linkedin.com/in/lena-ortiz?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAB1"><img alt=""></a>
    <div class="update-components-actor__meta">
      <a class="app-aware-link update-components-actor__meta-link" aria-label="View: Lena Ortiz • 2nd Analyst" href="https://www.linkedin.com/in/lena-ortiz?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAB1">
        <span class="update-components-actor__title"><span class="update-components-actor__name"><span dir="ltr"><span aria-hidden="true">Lena Ortiz</span><span class="visually-hidden">Lena Ortiz</span></span></span></span>
        <span class="update-components-actor__description"><span aria-hidden="true">Analyst</span><span class="visually-hidden">Analyst</span></span>
      </a>
      <a class="app-aware-link update-components-actor__sub-description-link" aria-label="2 days ago" href="https://www.linkedin.com/in/lena-ortiz?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAB1">
        <span class="update-components-actor__sub-description"><span aria-hidden="true">${age}<span class="white-space-pre"> </span><span><li-icon aria-hidden="true" type="globe-americas"></li-icon></span></span><span class="visually-hidden">2 days ago</span></span>
      </a>
    </div></div>`;

  it('one badge for the author, on the name: the link around the post’s age is none, in any language', () => {
    for (const age of ['2d •', '2 T. •', '3 sem •', '1 Wo. • Bearbeitet •', '5h ·']) {
      expect(handleCounts(linkedin, parsePage(ACTOR(age)), 'https://www.linkedin.com/feed/'), age).toEqual({ 'lena-ortiz': 1 });
    }
  });

  it('a name that starts with a number is still a name', () => {
    const page = parsePage('<a href="https://www.linkedin.com/company/3m/">3M</a> <a href="https://www.linkedin.com/company/7-eleven/">7-Eleven</a>');
    expect(handleCounts(linkedin, page, 'https://www.linkedin.com/feed/')).toEqual({ 'company/3m': 1, 'company/7-eleven': 1 });
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { networkInfo } from '../../../src/lib/networks';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, linkedin, profileFromUrl } from '../../../src/sites/linkedin';
import { countPhrase, countPhrases } from '../../../src/sites/professional-pages';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownHtml, ownPage, parsePage } from './page-helpers';

const FEED = 'https://www.linkedin.com/feed/';
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const posts = (document: Document, url: string) => [...document.querySelectorAll(linkedin.postSelector!)].map((post) => linkedin.postFromElement!(post, new URL(url))).filter(Boolean);

describe('LinkedIn profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('linkedin');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('decodes slugs, names companies company/<slug>, and serves every country host', () => {
    expect(profileFromUrl(new URL('https://se.linkedin.com/in/fredrik%C3%A5hman'))).toEqual({ network: 'linkedin', handle: 'fredrikåhman' });
    // LinkedIn keeps emoji and vowel signs from names in slugs (a real public post page links the first).
    expect(profileFromUrl(new URL('https://in.linkedin.com/in/divya-arasada-hr%F0%9F%8E%AF-70a80b211?trk=public_post_feed-actor-name'))).toEqual({ network: 'linkedin', handle: 'divya-arasada-hr🎯-70a80b211' });
    expect(profileFromUrl(new URL(`https://in.linkedin.com/in/${encodeURIComponent('अमित-शर्मा-12345')}/`))).toEqual({ network: 'linkedin', handle: 'अमित-शर्मा-12345' });
    expect(findHandles(linkedin, parsePage(`<article data-activity-urn="urn:li:activity:7250044014115074049"><div><a data-tracking-control-name="public_post_feed-actor-name"
      href="https://in.linkedin.com/in/divya-arasada-hr%F0%9F%8E%AF-70a80b211?trk=public_post_feed-actor-name">Divya Arasada - HR🎯</a></div></article>`), new URL('https://www.linkedin.com/posts/x')).map((f) => f.ref.handle)).toEqual(['divya-arasada-hr🎯-70a80b211']);
    expect(profileFromUrl(new URL('https://uk.linkedin.com/company/audiense/'))).toEqual({ network: 'linkedin', handle: 'company/audiense' });
    expect(profileFromUrl(new URL('https://www.linkedin.com/in/shind/recent-activity/all/'))).toEqual({ network: 'linkedin', handle: 'shind' });
    expect(linkedin.hosts).toEqual(['linkedin.com', '*.linkedin.com']);
  });
});

describe('count phrases as LinkedIn and XING write them', () => {
  it.each([
    ['698 followers', 'en', 'followers', 698, false],
    ['500+ connections', 'en', 'connections', 500, true],
    ['51-200 employees', 'en', 'employees', 51, true],
    ['51–200 Beschäftigte', 'de', 'employees', 51, true],
    ['5,750 followers on LinkedIn', 'en', 'followers', 5750, false],
    ['Followers 5,745', 'en', 'followers', 5745, false],
    ['12.345 Follower:innen', 'de', 'followers', 12345, false],
    ['Kontakte (123)', 'de', 'connections', 123, false],
    ['1,204 contacts', 'en', 'connections', 1204, false],
    // Shortened counts and "more than", as LinkedIn writes them in each language.
    ['1.2K followers', 'en', 'followers', 1200, false],
    ['12k followers', 'en', 'followers', 12000, false],
    ['9 k abonnés', 'fr', 'followers', 9000, false],
    ['5 mil seguidores', 'es', 'followers', 5000, false],
    ['345 mil seguidores', 'pt', 'followers', 345000, false],
    ['1,2 Mio. Follower', 'de', 'followers', 1200000, false],
    ['Más de 500 contactos', 'es', 'connections', 500, true],
    ['Mais de 500 conexões', 'pt', 'connections', 500, true],
    ['+ de 500 relations', 'fr', 'connections', 500, true],
    ['Oltre 500 collegamenti', 'it', 'connections', 500, true],
    // A job page's "About the company" in Italian (2025): the size as "more than".
    ['Più di 10.001 dipendenti', 'it', 'employees', 10001, true],
    ['+ de 10 mil funcionários', 'pt', 'employees', 10000, true],
    ['1,5 M de seguidores', 'es', 'followers', 1500000, false],
    ['2 mi seguidores', 'pt', 'followers', 2000000, false],
    ['+500 relations', 'fr', 'connections', 500, true],
    // Any scale word parseCount reads, as it reads it (one table for every site).
    ['1,2 Tsd. Kontakte', 'de', 'connections', 1200, false],
    ['3,4 mln obserwujących', 'pl', 'followers', 3400000, false],
    ['1.2 thousand followers', 'en', 'followers', 1200, false],
    ['2 B followers', 'en', 'followers', 2000000000, false],
    // Polish (a scraper's test over a saved profile), Turkish (an extension's README), Chinese (notes on a 2025–26 profile).
    ['500+ kontaktów', 'pl', 'connections', 500, true],
    ['21.263 takipçi', 'tr', 'followers', 21263, false],
    ['500+ bağlantı', 'tr', 'connections', 500, true],
    ['500+ 位好友', 'zh-CN', 'connections', 500, true],
    // Russian (a replica of LinkedIn's Russian page, its strings copied) and Korean (a member's notes on their profile).
    ['Более 500 контактов', 'ru', 'connections', 500, true],
    ['500+ контактов', 'ru', 'connections', 500, true],
    ['팔로워 1,159', 'ko', 'followers', 1159, false],
    ['팔로워 1,159명', 'ko', 'followers', 1159, false],
    ['1촌 500+', 'ko', 'connections', 500, true],
  ] as const)('"%s" (%s): %s %d', (text, locale, kind, count, atLeast) => {
    expect(countPhrase(text, locale)).toEqual({ kind, count, atLeast });
  });
  it.each(['1st degree connection', '151 other mutual connections', '12 new followers', '3 mile connections', '12 gemeinsame Kontakte', '2 comments', 'Followers', 'View all 69 employees'])('"%s" is none', (text) => {
    expect(countPhrase(text, 'en')).toBeNull();
  });
  it('reads each phrase of a line that strings them together', () => {
    const document = new DOMParser().parseFromString('<div class="line">5K followers · 500+ connections</div>', 'text/html');
    expect(countPhrases([document.querySelector('.line')], 'en')).toEqual({
      followers: { kind: 'followers', count: 5000, atLeast: false },
      connections: { kind: 'connections', count: 500, atLeast: true },
    });
  });
});

describe('LinkedIn handles on pages written for this project', () => {
  it('the feed: one badge per post and comment author, on the name; mentions; not the nav, the messaging overlay, ids or counts', () => {
    const document = ownPage('linkedin-feed.html');
    expect(handleCounts(linkedin, document, FEED)).toEqual({
      'signed-in-user': 1, // the left rail's identity card, not the "Me" menu
      'jane-doe': 2, // the post's actor, and a mention in a comment
      'max-muster': 1,
      'company/acme-corp': 2, // a mention, and the second post's actor
      'commenter-one': 1, // the comment's name, not its avatar or "View profile"
      'mark-müller-123': 1,
    });
    for (const post of document.querySelectorAll('[data-urn]')) {
      const actor = findHandles(linkedin, post.querySelector('.update-components-actor__container')!, new URL(FEED));
      expect(actor).toHaveLength(1);
      expect(actor[0].anchor.closest('.update-components-actor__title')).not.toBeNull();
    }
    const comment = findHandles(linkedin, document.querySelector('.comments-comment-entity')!, new URL(FEED));
    expect(comment.map((f) => [f.ref.handle, f.anchor.className])).toEqual([['commenter-one', 'comments-comment-meta__description-title'], ['jane-doe', '']]);
  });

  it('a name that starts with a number ("500 Global", "24 Hour Fitness") is a name; a count is none, capitals or not', () => {
    const actor = (href: string, name: string) =>
      parsePage(`<div class="update-components-actor__container"><a class="update-components-actor__meta-link" href="${href}">
        <span class="update-components-actor__title"><span aria-hidden="true">${name}</span></span><span class="update-components-actor__description">1,234,567 followers</span></a></div>`);
    const named = (href: string, name: string) => findHandles(linkedin, actor(href, name), new URL(FEED)).map((f) => f.ref.handle);
    expect(named('https://www.linkedin.com/company/500-startups/posts', '500 Global')).toEqual(['company/500-startups']);
    expect(named('https://www.linkedin.com/in/fitness-fan/', '24 Hour Fitness')).toEqual(['fitness-fan']);
    const link = (text: string) => findHandles(linkedin, parsePage(`<p><a href="https://www.linkedin.com/in/jane-doe/">${text}</a></p>`), new URL(FEED)).length;
    expect([link('7 connections work here'), link('76,424 followers'), link('500+ Kontakte'), link('1.234 Follower'), link('Jane Doe')]).toEqual([0, 0, 0, 0, 1]);
    // Outside a name's own element a number before any word is a count, as before: German capitalises every noun.
    expect([link('12 Beiträge'), link('3 Mutual Connections'), link('2 Jahre 3 Monate'), link('500 Global')]).toEqual([0, 0, 0, 0]);
    expect(findHandles(linkedin, parsePage('<h3><a href="https://www.linkedin.com/company/500-startups/">500 Global</a></h3>'), new URL(FEED)).map((f) => f.ref.handle)).toEqual(['company/500-startups']);
  });

  it('a showcase page’s post (a brand’s own page under a company: "Microsoft Security"): its author badged, its counts read under `showcase/<slug>`', () => {
    const html = ownHtml('linkedin-feed.html').replaceAll('https://www.linkedin.com/company/acme-corp/posts?', 'https://www.linkedin.com/showcase/microsoft-security/posts?');
    const page = parsePage(html);
    expect(handleCounts(linkedin, page, FEED)['showcase/microsoft-security']).toBe(1);
    expect(posts(page, FEED)[1]).toMatchObject({ author: { network: 'linkedin', handle: 'showcase/microsoft-security' }, likes: 1234 });
    expect(networkInfo('linkedin')!.profileUrl('showcase/microsoft-security')).toBe('https://www.linkedin.com/showcase/microsoft-security/');
  });

  it('the feed’s posts: id, author, time from the id, reactions, comments, reposts; the data-id wrapper is not read twice', () => {
    expect(posts(ownPage('linkedin-feed.html'), FEED)).toEqual([
      { id: 'urn:li:activity:7315493651864788994', author: { network: 'linkedin', handle: 'jane-doe' }, postedAt: '2025-04-08T22:00:01.904Z', likes: 121, replies: 14, reposts: 3 },
      { id: 'urn:li:activity:7312939523322126337', author: { network: 'linkedin', handle: 'company/acme-corp' }, postedAt: '2025-04-01T20:50:50.206Z', likes: 1234 },
      { id: 'urn:li:activity:7308620445493125121', author: { network: 'linkedin', handle: 'mark-müller-123' }, postedAt: '2025-03-20T22:48:21.807Z', likes: 83, replies: 10 },
    ]);
  });

  it('a member profile: the card’s name (once), "More profiles for you" by name; not the experience entry or a numeric company', () => {
    const found = findHandles(linkedin, ownPage('linkedin-profile.html'), new URL(JANE));
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([
      ['jane-doe', 'append', 'h1'],
      ['tim-smith-07b35711', 'after', 'span'],
    ]);
  });

  it('a member profile: followers, connections (500+ as 500), verified, photo, headline, location', () => {
    expect(linkedin.observe!(ownPage('linkedin-profile.html'), new URL(JANE))).toEqual({
      ref: { network: 'linkedin', handle: 'jane-doe' },
      signals: { followers: 1234, verified: true, hasAvatar: true, hasBio: true, hasLocation: true, extra: { connections: 500 } },
    });
  });

  it('a company page, signed in and in German: followers, size (lower end), employees on LinkedIn, logo, tagline', () => {
    const document = ownPage('linkedin-company.html');
    const url = new URL('https://www.linkedin.com/company/acme-corp/');
    expect(linkedin.observe!(document, url)).toEqual({
      ref: { network: 'linkedin', handle: 'company/acme-corp' },
      signals: { followers: 12345, hasAvatar: true, hasBio: true, extra: { employees: 69, companySize: 51 } },
    });
    expect(findHandles(linkedin, document, url).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['company/acme-corp', 'h1']]);
    // A malformed link in the card costs that link, not the whole reading.
    document.querySelector('a[href*="currentCompany"]')!.insertAdjacentElement('beforebegin', Object.assign(document.createElement('a'), { href: '/search/%E0%A4%A' }));
    expect(linkedin.observe!(document, url)?.signals).toMatchObject({ followers: 12345, extra: { employees: 69 } });
  });

  it('a signed-in profile’s website under its name (2025), off LinkedIn only', () => {
    const card = (href: string) =>
      parsePage(`<html lang="en"><body><main><section class="artdeco-card" data-member-id="123"><h1>Dr. Jane Doe</h1><div class="text-body-medium">Director</div>
        <section class="pv-top-card--website text-body-small"><strong><a target="_blank" href="${href}">${href}</a></strong></section>
        <ul><li class="text-body-small t-black--light inline-block"><span class="t-bold">1,936</span> followers</li></ul>
        <a href="/in/jane-doe/overlay/contact-info/">Contact info</a></section></main></body></html>`);
    const URL_ = new URL('https://www.linkedin.com/in/jane-doe/');
    expect(linkedin.observe!(card('https://fcdindia.org/'), URL_)?.signals).toMatchObject({ followers: 1936, hasUrl: true });
    expect(linkedin.observe!(card('https://www.linkedin.com/company/fcd/'), URL_)?.signals).not.toHaveProperty('hasUrl');
  });

  it('a company page signed in, its About tab (2025): verified, logo "<name> logo", place, website; members from "associated members", not the size its card links', () => {
    const document = ownPage('linkedin-company-about.html');
    const url = new URL('https://www.linkedin.com/company/initech-software/about/');
    expect(linkedin.observe!(document, url)).toEqual({
      ref: { network: 'linkedin', handle: 'company/initech-software' },
      signals: { followers: 12000, verified: true, hasAvatar: true, hasBio: true, hasLocation: true, hasUrl: true, extra: { employees: 1204, companySize: 201 } },
    });
    // Its other tabs show the card alone: the size it links to the people search ("201-500 employees") is no count of them.
    document.querySelector('.org-page-details-module__card-spacing')!.remove();
    expect(linkedin.observe!(document, new URL('https://www.linkedin.com/company/initech-software/people/'))?.signals).toEqual({
      followers: 12000, verified: true, hasAvatar: true, hasBio: true, hasLocation: true, extra: { companySize: 201 },
    });
  });

  it('a showcase page is read as an organisation, like a company page', () => {
    const showcase = parsePage(ownHtml('linkedin-company-about.html').replaceAll('/company/initech-software', '/showcase/initech-software'));
    expect(linkedin.observe!(showcase, new URL('https://www.linkedin.com/showcase/initech-software/about/'))).toEqual({
      ref: { network: 'linkedin', handle: 'showcase/initech-software' },
      signals: { followers: 12000, verified: true, hasAvatar: true, hasBio: true, hasLocation: true, hasUrl: true, extra: { employees: 1204, companySize: 201 } },
    });
  });

  describe('a signed-in company card’s other shapes', () => {
    const URL_ = new URL('https://www.linkedin.com/company/initech-software/');
    const PEOPLE = '/search/results/people/?currentCompany=%5B%2242%22%5D&amp;origin=COMPANY_PAGE_CANNED_SEARCH';
    const company = (card: string, about = '', lang = 'en') =>
      linkedin.observe!(parsePage(`<html lang="${lang}"><body><main><section class="org-top-card artdeco-card"><h1 class="org-top-card-summary__title">Initech</h1>
        <a aria-label="About" href="/company/initech-software/about/"></a>${card}</section>${about}</main></body></html>`), URL_)?.signals;
    const infoList = (group: string) =>
      `<div class="org-top-card-summary-info-list"><div class="org-top-card-summary-info-list__info-item">IT Services</div><div class="inline-block">${group}</div></div>`;
    const item = (text: string) => `<div class="org-top-card-summary-info-list__info-item">${text}</div>`;
    const sizeLink = (text: string) => `<a class="org-top-card-summary-info-list__info-item" href="${PEOPLE}"><span>${text}</span></a>`;

    it('no place where its group starts with a count, or with a line holding a number in a language not read; "10,001+ employees" is a size', () => {
      expect(company(infoList(item('12K followers') + sizeLink('10,001+ employees')))).toEqual({ followers: 12000, extra: { companySize: 10001 } });
      // Its size link is a size in any language (the card reads nothing it knows here).
      expect(company(infoList(item('フォロワー8,000人') + sizeLink('従業員数 51～200人')), '', 'ja')).toBeUndefined();
      // The industry alone (the list's first line, outside the group) is no place.
      expect(company('<div class="org-top-card-summary-info-list"><div class="org-top-card-summary-info-list__info-item">IT Services</div></div>')).toBeUndefined();
    });

    it('the logo: by its class (a placeholder is none), or by its alt "<name> logo"; no badge icon, no verified', () => {
      expect(company('<img class="org-top-card-primary-content__logo" alt="Initech logo" src="https://static.licdn.com/aero-v1/sc/h/ghost-company">')).toEqual({ hasAvatar: false });
      expect(company('<img alt="Initech logo" src="https://media.licdn.com/dms/image/v2/x/company-logo_200_200/0/1">')).toEqual({ hasAvatar: true });
      expect(company('<img alt="Globex logo" src="https://media.licdn.com/dms/image/v2/x/company-logo_200_200/0/1">')).toBeUndefined();
    });

    it('the About tab’s details: a phone number and LinkedIn’s own pages are no website; a size there is no count of members', () => {
      const about = `<section class="artdeco-card org-page-details-module__card-spacing"><h2>Overview</h2><dl>
        <dt><h3>Phone</h3></dt><dd><a href="tel:+15125550100">+1 512 555 0100</a></dd>
        <dt><h3>Website</h3></dt><dd><a href="https://www.linkedin.com/company/initech-software/life/">Life at Initech</a></dd><dd><a href="/showcase/initech-labs/">Initech Labs</a></dd>
        <dt><h3>Company size</h3></dt><dd>51-200 employees</dd><dd><a href="${PEOPLE}"><span>51-200 employees</span></a></dd></dl></section>`;
      expect(company('', about)).toEqual({ extra: { companySize: 51 } });
    });
  });

  it('a company page’s Home and Posts tabs (2025): the card’s "Visit website", the left rail’s exact followers; the viewer’s connections there are no count of members', () => {
    const URL_ = new URL('https://www.linkedin.com/company/lorikeet-example/posts/');
    const page = (rail: string) => parsePage(`<html lang="en"><body><main><section class="org-top-card artdeco-card">
      <h1 class="org-top-card-summary__title">Lorikeet</h1><a aria-label="About" href="/company/lorikeet-example/about/"></a>
      <div class="org-top-card-summary-info-list"><div class="org-top-card-summary-info-list__info-item">Software Development</div>
        <div class="inline-block"><div class="org-top-card-summary-info-list__info-item">3K followers</div></div></div>
      <div class="org-top-card-secondary-content__social-proof"><a class="org-top-card-secondary-content__insight" href="http://www.linkedin.com/search/results/people/?origin=COMPANY_PAGE_CANNED_SEARCH&amp;network=%5B%22F%22%5D&amp;currentCompany=%5B%2298860191%22%5D">
        <img alt="Kenneth A." src="https://media.licdn.com/dms/image/v2/x/profile-displayphoto-shrink_100_100/0/1"><h2>Kenneth &amp; 4 other connections work here</h2></a></div>
      <div class="org-top-card-primary-actions__inner" role="region"><a rel="noopener noreferrer" target="_blank" href="https://lorikeet.example" class="org-top-card-primary-actions__action"><span>Visit website<svg data-test-icon="link-external-small"></svg></span></a></div>
      </section>${rail}</main></body></html>`);
    const module = (name: string) => `<section class="org-company-info-module__container artdeco-card"><h2>${name}</h2><p>2,928 followers</p></section>`;
    expect(linkedin.observe!(page(module('Lorikeet')), URL_)?.signals).toEqual({ followers: 2928, hasUrl: true });
    // A rail card of another company is not this one's.
    expect(linkedin.observe!(page(module('Globex')), URL_)?.signals).toEqual({ followers: 3000, hasUrl: true });
  });

  it('"Pages people also viewed": one badge per company card, on its title; none on its logo or its "follow this page" line', () => {
    const document = ownPage('linkedin-company-about.html');
    const url = new URL('https://www.linkedin.com/company/initech-software/about/');
    expect(handleCounts(linkedin, document, url.href)).toEqual({ 'company/initech-software': 1, 'company/globex': 1, 'company/hooli': 1 });
    const rail = () => findHandles(linkedin, document.querySelector('#org-right-rail')!, url);
    expect(rail().map((f) => [f.ref.handle, f.placement, f.anchor.classList.contains('org-view-entity-card__title')])).toEqual([
      ['company/globex', 'append', true],
      ['company/hooli', 'append', true],
    ]);
    // The same lockup without a page card's title (as an experience entry names its company) gets none.
    for (const title of document.querySelectorAll('.org-view-entity-card__title')) title.classList.remove('org-view-entity-card__title');
    expect(rail()).toEqual([]);
  });

  it('reads nothing where the page shows another profile (swapped in place) or none', () => {
    expect(linkedin.observe!(ownPage('linkedin-profile.html'), new URL('https://www.linkedin.com/in/someone-else/'))).toBeNull();
    expect(findHandles(linkedin, ownPage('linkedin-profile.html'), new URL('https://www.linkedin.com/in/someone-else/')).map((f) => f.ref.handle)).toEqual(['tim-smith-07b35711']);
    expect(linkedin.observe!(ownPage('linkedin-feed.html'), new URL(FEED))).toBeNull();
  });

  it('a company page’s head: followers from its description where the card shows none', () => {
    const page = parsePage(`<head><link rel="canonical" href="https://uk.linkedin.com/company/audiense">
      <meta name="description" content="Audiense | 5,750 followers on LinkedIn. Put consumer segmentation first. | More"></head>
      <body><section class="top-card-layout"><h1>Audiense</h1></section></body>`);
    expect(linkedin.observe!(page, new URL('https://uk.linkedin.com/company/audiense'))?.signals).toEqual({ followers: 5750 });
  });

  it('finds nothing, reads nothing and throws nothing where its hooks are broken', () => {
    const page = parsePage(`<title>Jane Doe | LinkedIn</title><main><div data-urn="urn:li:activity:123"><span>Jane</span><button aria-label="12 comments">12 comments</button></div>
      <div data-urn="urn:li:activity:7315493651864788994"><span>Jane Doe</span><button>12 comments</button></div>
      <a href="http://[bad">x</a><a href="/in/%E0%A4%A">x</a><a href="/in/jane-doe/details/experience/">Experience</a>
      <a href="https://example.com/in/jane-doe">Jane Doe</a><a href="/in/jane-doe/">${'Jane Doe '.repeat(12)}</a>
      <a href="/in/jane-doe/">View full profile</a><a href="/company/123/">Stripe</a><h1>Jane Doe</h1>
      <script type="application/ld+json">{ not json</script></main>`);
    expect(() => findHandles(linkedin, page, new URL(JANE))).not.toThrow();
    expect(findHandles(linkedin, page, new URL(JANE))).toEqual([]);
    expect(linkedin.observe!(page, new URL(JANE))).toBeNull();
    expect(posts(page, JANE)).toEqual([]);
  });
});

describe('LinkedIn’s pages for visitors not signed in, in their languages, written for this project', () => {
  const ERIKA = 'https://de.linkedin.com/in/erika-muster';
  /** A public card as the country hosts serve it: the subline's lines, and what the head says. */
  const publicCard = (subline: string, head = '', lang = 'en') =>
    parsePage(`<html lang="${lang}"><head><link rel="canonical" href="https://sg.linkedin.com/in/jane-doe">${head}</head>
      <body><main><section class="top-card-layout"><h1 class="top-card-layout__title">Jane Doe</h1>
      <h3 class="top-card-layout__first-subline">${subline}</h3></section></main></body></html>`);
  const JANE_SG = new URL('https://sg.linkedin.com/in/jane-doe');

  it('a German profile with no JSON-LD Person: Follower:innen, Kontakte, its place before "Kontaktinfo", the placeholder photo; its /de version alike', () => {
    const document = ownPage('linkedin-profile-public-de.html');
    const read = { ref: { network: 'linkedin', handle: 'erika-muster' }, signals: { followers: 1234, hasAvatar: false, hasBio: true, hasLocation: true, extra: { connections: 500 } } };
    expect(linkedin.observe!(document, new URL(ERIKA))).toEqual(read);
    expect(linkedin.observe!(document, new URL(`${ERIKA}/de`))).toEqual(read);
    expect(handleCounts(linkedin, document, ERIKA)).toEqual({ 'erika-muster': 1, 'max-muster-4b2a1': 1 });
    expect(linkedin.observe!(document, new URL('https://de.linkedin.com/in/max-muster-4b2a1'))).toBeNull();
  });

  it('the older card’s subline items ("Singapore", "6K followers", "500+ connections"); no place where the subline starts with a count or a prompt', () => {
    const older = publicCard('<div class="top-card__subline-item">Singapore</div><span class="top-card__subline-item">\n 6K followers\n</span><span class="top-card__subline-item top-card__subline-item--bullet">500+ connections</span>');
    expect(linkedin.observe!(older, JANE_SG)?.signals).toEqual({ followers: 6000, hasLocation: true, extra: { connections: 500 } });
    const placeless = publicCard('<div class="not-first-middot"><span class="link" data-modal="contact-info">Contact Info</span></div><div class="modal"><section role="dialog"><h2>Sign in to view Jane’s contact info</h2></section></div><div class="not-first-middot"><span>41M followers</span><span>8 connections</span></div>');
    expect(linkedin.observe!(placeless, JANE_SG)?.signals).toEqual({ followers: 41000000, extra: { connections: 8 } });
  });

  it.each([
    ['en', '… · Location: Seattle · 8 connections on LinkedIn. View Jane’s profile on LinkedIn, a professional community of 1 billion members.', 8],
    ['de', 'Leiterin · Standort: München · 500+ Kontakte auf LinkedIn. Sehen Sie sich das Profil von Jane Doe auf LinkedIn an', 500],
    ['fr', 'Lieu : Orsay · 282 relations sur LinkedIn. Consultez le profil de Jane Doe sur LinkedIn', 282],
  ] as const)('connections from the head’s description (%s) where the card shows none', (lang, description, connections) => {
    const page = publicCard('<span>Singapore</span>', `<meta name="description" content="${description}">`, lang);
    expect(linkedin.observe!(page, JANE_SG)?.signals).toEqual({ hasLocation: true, extra: { connections } });
  });

  it('a description is no count of a card that shows its own, nor of a signed-in card (its head may be another profile’s) or an old-style one', () => {
    const head = '<meta name="description" content="Jane · Location: Seattle · 282 connections on LinkedIn. View Jane’s profile">';
    expect(linkedin.observe!(publicCard('<span>Seattle</span><span>500+ connections</span>', head), JANE_SG)?.signals.extra).toEqual({ connections: 500 });
    const signedIn = parsePage(`<head><link rel="canonical" href="https://sg.linkedin.com/in/jane-doe">${head}</head><main><section data-member-id="1"><h1>Jane Doe</h1><div class="text-body-medium">Engineer</div></section></main>`);
    expect(linkedin.observe!(signedIn, JANE_SG)?.signals).toEqual({ hasBio: true });
    const oldStyle = publicCard('<span>Seattle</span>', '<meta name="description" content="View Jane Doe’s profile on LinkedIn, the world’s largest professional community. Jane has 12 jobs listed on their profile.">');
    expect(linkedin.observe!(oldStyle, JANE_SG)?.signals).toEqual({ hasLocation: true });
  });

  it.each([['a space', ' '], ['a no-break space', '\u00a0'], ['a narrow no-break space', '\u202f']])('a French company page with no JSON-LD: "Voir les 10 234 employés" with %s, its place, abonnés, size', (_, space) => {
    const page = parsePage(`<html lang="fr"><head><link rel="canonical" href="https://fr.linkedin.com/company/acme"></head><body><main>
      <section class="top-card-layout"><h1 class="top-card-layout__title">Acme</h1>
      <h3 class="top-card-layout__first-subline">Paris, Île-de-France <span class="before:middot"></span> 12${space}345 abonnés</h3>
      <a class="face-pile" href="https://www.linkedin.com/signup?session_redirect=%2Fsearch%2Fresults%2Fpeople%2F%3FfacetCurrentCompany%3D%255B1035%255D"><p class="face-pile__text">Voir les 10${space}234 employés</p></a></section>
      <section><div data-test-id="about-us__size"><dt>Taille de l’entreprise</dt><dd>10${space}001 employés et plus</dd></div></section></main></body></html>`);
    expect(linkedin.observe!(page, new URL('https://fr.linkedin.com/company/acme'))?.signals).toEqual({
      followers: 12345, hasLocation: true, extra: { employees: 10234, companySize: 10001 },
    });
  });
});

describe.skipIf(!hasSharedFixtures)('LinkedIn on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('the public profile (se.linkedin.com/in/abgargulo): JSON-LD followers 698, "500+ connections", photo, location, websites', () => {
    const url = 'https://se.linkedin.com/in/abgargulo';
    const document = real('linkedin-profile-public-abgargulo.html');
    expect(linkedin.observe!(document, new URL(url))).toEqual({
      ref: { network: 'linkedin', handle: 'abgargulo' },
      signals: { followers: 698, hasAvatar: true, hasLocation: true, hasUrl: true, extra: { connections: 500 } },
    });
    const counts = handleCounts(linkedin, document, url);
    // The name heading, and the eight "Liked by Abgar Gulo" lines of his activity.
    expect(counts.abgargulo).toBe(1 + document.querySelectorAll('a[data-tracking-control-name="public_profile_actor-name"]').length);
    expect(counts.abgargulo).toBe(9);
    expect(counts['company/arbetsformedlingen']).toBe(1);
    expect(counts['company/unilever']).toBe(1);
    expect(counts['company/sell2all']).toBe(1);
    // "People also viewed": 20 cards, each badged once on its name.
    const cards = [...document.querySelectorAll('a[data-tracking-control-name="public_profile_browsemap-profile"]')];
    expect(cards).toHaveLength(20);
    for (const card of cards) expect(findHandles(linkedin, card, new URL(url)).map((f) => f.anchor.localName)).toEqual(['h3']);
    expect(counts['fredrikåhman']).toBe(1);
    expect(counts['anna-söderblom-7719094']).toBe(1);
    expect(Object.keys(counts)).toHaveLength(1 + 3 + 20);
  });

  it('a signed-in profile (eugenemann): 4,461 followers, 500+ connections, verified; the card’s name, post actors, mentions, side lists', () => {
    const url = 'https://www.linkedin.com/in/eugenemann/';
    const document = real('linkedin-profile-rendered-loggedin-eugenemann.html');
    expect(linkedin.observe!(document, new URL(url))).toEqual({
      ref: { network: 'linkedin', handle: 'eugenemann' },
      signals: { followers: 4461, verified: true, hasAvatar: true, hasBio: true, hasLocation: true, extra: { connections: 500 } },
    });
    expect(linkedin.observe!(document, new URL('https://www.linkedin.com/in/shind/'))).toBeNull();
    const counts = handleCounts(linkedin, document, url);
    expect(counts).toMatchObject({ eugenemann: 2, jcorbin01: 2, sshalabi: 1, 'company/mavenagi': 4, 'tim-smith-07b35711': 1, randallma: 1, dbalvo: 1 });
    // Every member of the side lists once; the numeric company links (Stripe, Vanta, Figma …) none.
    const listed = new Set([...document.querySelectorAll('[data-view-name="profile-component-entity"] a[href*="/in/"]')].map((a) => /\/in\/([^/?]+)\/?(?:\?|$)/.exec(a.getAttribute('href')!)?.[1]).filter((slug) => slug !== undefined));
    for (const slug of listed) expect(counts[slug]).toBe(1);
    expect(Object.keys(counts).filter((handle) => /^company\/\d+$/.test(handle))).toEqual([]);
    expect(Object.keys(counts)).toHaveLength(4 + listed.size);
    expect(posts(document, url)).toEqual([
      { id: 'urn:li:activity:7313988856968609793', author: { network: 'linkedin', handle: 'eugenemann' }, postedAt: '2025-04-04T18:20:30.843Z', likes: 55, reposts: 5 },
      { id: 'urn:li:activity:7308620445493125121', author: { network: 'linkedin', handle: 'jcorbin01' }, postedAt: '2025-03-20T22:48:21.807Z', likes: 83, replies: 10, reposts: 2 },
    ]);
  });

  it('an activity page (shind/recent-activity): followers 5,745 from its card; nine posts with their counts, one badge per actor', () => {
    const url = 'https://www.linkedin.com/in/shind/recent-activity/all/';
    const document = real('linkedin-activity-rendered-loggedin-shind.html');
    expect(linkedin.observe!(document, new URL(url))).toEqual({
      ref: { network: 'linkedin', handle: 'shind' },
      signals: { followers: 5745, hasAvatar: true, hasBio: true },
    });
    const counts = handleCounts(linkedin, document, url);
    // A company slug may end in a full stop: Clockwise is "clockwise-inc.", mentioned in a post.
    expect(counts).toMatchObject({ shind: 10, 'company/lorikeetcx': 9, 'jamie-hall-30360954': 1, georginahealy: 1, 'daniel-cavagnino-405a0183': 1, michaeldavidason: 1, nelhage: 1, 'company/clockwise-inc.': 1 });
    expect(Object.keys(counts)).toHaveLength(22);
    const expected: [string, number, number | undefined, number | undefined][] = [
      ['7315493651864788994', 38, 2, 3], ['7315141520053915648', 42, 2, 1], ['7314374747197251585', 28, 14, undefined],
      ['7312939523322126337', 84, 14, 1], ['7312609566544818176', 14, 3, undefined], ['7311169375292534784', 22, 4, 1],
      ['7310061908571660288', 49, 5, 1], ['7307506019222372352', 53, 4, 2], ['7304974181580902402', 54, 3, undefined],
    ];
    const read = posts(document, url);
    expect(read.map((p) => [p!.id.slice('urn:li:activity:'.length), p!.likes, p!.replies, p!.reposts])).toEqual(expected);
    expect(read.every((p) => p!.author.handle === 'shind')).toBe(true);
    expect(read[0]!.postedAt).toBe('2025-04-08T22:00:01.904Z'); // "1 day ago" on a page saved 2025-04-09/10
    for (const post of document.querySelectorAll('[data-urn]')) {
      const actor = post.querySelector(':scope .update-components-actor__container')!;
      expect(findHandles(linkedin, actor, new URL(url)).map((f) => f.ref.handle)).toEqual(['shind']);
    }
  });

  it('a company page as visitors see it (uk.linkedin.com/company/audiense): 5,750 followers, 69 employees, 51-200; its feed cards', () => {
    const url = 'https://uk.linkedin.com/company/audiense';
    const document = real('linkedin-company-page-logged-out.html');
    expect(linkedin.observe!(document, new URL(url))).toEqual({
      ref: { network: 'linkedin', handle: 'company/audiense' },
      signals: { followers: 5750, hasAvatar: true, hasBio: true, hasLocation: true, hasUrl: true, extra: { employees: 69, companySize: 51 } },
    });
    const counts = handleCounts(linkedin, document, url);
    // The name heading and the 16 links whose text is "Audiense" (reposted-this lines, actors, mentions).
    expect(counts['company/audiense']).toBe(17);
    expect(counts).toMatchObject({ andrewjjenkins: 1, jesslaughton: 4, 'veronika-kotetishvili-aa1395228': 3, christopherunderhill: 1, 'company/appwrite': 1, 'company/brandwatch': 1 });
    expect(Object.keys(counts)).toHaveLength(23);
    const read = posts(document, url);
    expect(read.map((p) => [p!.author.handle, p!.likes, p!.replies])).toEqual([
      ['andrewjjenkins', 33, 2], ['company/audiense', 11, undefined], ['cristinajoselorente', 4, undefined], ['company/audiense', 2, undefined],
      ['jesslaughton', 11, 1], ['company/audiense', 4, undefined], ['alfredoartiles', 5, undefined], ['company/audiense', 4, undefined],
      ['veronika-kotetishvili-aa1395228', 24, 5], ['jesslaughton', 12, 1],
    ]);
    // A repost counts as the post it shows: the featured activity's id.
    expect(read[2]!.id).toBe('urn:li:activity:7247272058634571776');
  });
});

describe('LinkedIn’s server-driven pages (SDUI), written for this project', () => {
  const card = (body: string, key = 'expandedTok3nFeedType_MAIN_FEED_RELEVANCE') =>
    `<div role="listitem" componentkey="${key}"><a href="/in/ada-l/"><figure></figure></a><a href="/in/ada-l/"><p>Ada Lovelace</p><p>• 2nd</p><p>3h •</p></a>${body}</div>`;
  const feed = (cards: string, lang = 'en') => parsePage(`<html lang="${lang}"><body><main><div data-testid="mainFeed" role="list">${cards}</div></main></body></html>`);

  it('the feed: one badge per author, header name, mention and commenter, on the name; a company author’s card, not a job-change card', () => {
    const document = ownPage('linkedin-feed-sdui.html');
    expect(handleCounts(linkedin, document, FEED)).toEqual({
      'jane-doe': 2, // the first card's author, and the third's "reposted this" line
      'max-muster': 1,
      'company/acme-corp': 2, // a mention, and the second card's author (its /posts link, its name a <p>)
      'commenter-one': 1,
      'mark-müller-123': 1,
      'commenter-two': 1,
      'company/globex': 1,
      'company/hooli': 1, // "Add to your feed": a company its card's own button follows by name
      'gavin-belson-42': 1,
    });
    const authors = [...document.querySelectorAll(linkedin.postSelector!)].map((post) => findHandles(linkedin, post.querySelector('a[href*="/in/"] p, a[href*="/company/"] p')!.closest('a')!, new URL(FEED))[0]);
    expect(authors.map((found) => [found.ref.handle, found.anchor.localName, found.anchor.textContent])).toEqual([
      ['jane-doe', 'p', 'Jane Doe'], ['company/acme-corp', 'p', 'ACME Corp'], ['mark-müller-123', 'p', 'Mark Müller'], ['company/globex', 'p', 'Globex'],
    ]);
    expect(findHandles(linkedin, document.querySelector('a[href*="/company/initech/"]')!, new URL(FEED))).toEqual([]);
    // A member's job-change card is no author line, even as the card's only company link.
    const jobChange = feed(card('<a href="/company/initech/"><figure></figure><div><p>Senior Engineer</p><p>Initech</p></div></a>'));
    expect(findHandles(linkedin, jobChange, new URL(FEED)).map((f) => f.ref.handle)).toEqual(['ada-l']);
    const suggestion = findHandles(linkedin, document.querySelector('a[href*="/company/hooli/"]')!, new URL(FEED));
    expect(suggestion.map((found) => [found.anchor.localName, found.anchor.textContent, found.placement])).toEqual([['p', 'Hooli', 'append']]);
    // A button that names another company (or none) is no such card.
    const otherButton = feed(card('<a href="/company/initech/"><figure></figure><div><p>Initech</p><p>Company • Software</p><button aria-label="Follow Hooli">Follow</button></div></a>'));
    expect(findHandles(linkedin, otherButton, new URL(FEED)).map((f) => f.ref.handle)).toEqual(['ada-l']);
  });

  it('the feed’s cards: the listitem (not its wrapper or comment tools); id from its own update link, else its componentkey token; counts from the card, not its text or comments', () => {
    const document = ownPage('linkedin-feed-sdui.html');
    expect(document.querySelectorAll(linkedin.postSelector!)).toHaveLength(4);
    expect([...document.querySelectorAll(linkedin.postSelector!)].every((post) => post.getAttribute('role') === 'listitem')).toBe(true);
    expect(posts(document, FEED)).toEqual([
      { id: 'sdui:Qk3rT9xLmP2v', author: { network: 'linkedin', handle: 'jane-doe' }, likes: 252, replies: 22, reposts: 5 },
      { id: 'urn:li:ugcPost:7312939523322126337', author: { network: 'linkedin', handle: 'company/acme-corp' }, postedAt: '2025-04-01T20:50:50.206Z', likes: 47, replies: 3 },
      { id: 'sdui:W2mJ8pVc5rXd', author: { network: 'linkedin', handle: 'mark-müller-123' }, replies: 1 },
    ]);
    // The old feed's cards read as before beside it.
    expect(posts(ownPage('linkedin-feed.html'), FEED)).toHaveLength(3);
  });

  it('one card, whichever layout and state its componentkey names: the same id', () => {
    const counts = '<span>7 reactions</span>';
    const ids = [
      card(counts),
      card(counts, 'update-card-focusTok3nFeedType_MAIN_FEED_RELEVANCE'),
      `<div componentkey="expandedTok3nFeedType_MAIN_FEED_RELEVANCE">${card(counts, '').replace(' componentkey=""', '')}<div componentkey="replaceableCommentToolsTok3nFeedType_MAIN_FEED_RELEVANCE"><span>9 reactions</span></div></div>`,
    ].map((html) => posts(feed(html), FEED));
    for (const read of ids) expect(read).toEqual([{ id: 'sdui:Tok3n', author: { network: 'linkedin', handle: 'ada-l' }, likes: 7 }]);
    // 2026's comment list: its comments' counts and authors are theirs, not the card's.
    const paged = card('<span>2 comments</span><div data-component-type="LazyColumn" componentkey="Tok3npagedCommentsContainer"><div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:7300000000000000001,7300000000000000002)"><a href="/in/bob/"><p>Bob</p><p>• 3rd+</p></a><p>So true.</p><span>4 reactions</span></div></div>');
    expect(posts(feed(paged), FEED)).toEqual([{ id: 'sdui:Tok3n', author: { network: 'linkedin', handle: 'ada-l' }, replies: 2 }]);
    // A link-encoded URN names the post too; one the text cites does not.
    const cited = card('<p><span data-testid="expandable-text-box"><a href="/feed/update/urn:li:activity:7300000000000000001/">older</a></span></p><a href="/feed/update/urn%3Ali%3Ashare%3A7315493651864788994/">2d</a><span>7 reactions</span>');
    expect(posts(feed(cited), FEED)).toEqual([{ id: 'urn:li:share:7315493651864788994', author: { network: 'linkedin', handle: 'ada-l' }, postedAt: '2025-04-08T22:00:01.904Z', likes: 7 }]);
  });

  it.each([
    ['de', '<span>1.234 Reaktionen</span><button><span>12 Kommentare</span></button><span>3 Reposts</span>', { likes: 1234, replies: 12, reposts: 3 }],
    ['de', '<span>Max Muster und 46 weitere Personen</span><span>2 Kommentare</span>', { likes: 47, replies: 2 }],
    ['es', '<span>Ana López y 46 personas más</span><span>5 comentarios</span>', { likes: 47, replies: 5 }],
    ['fr', '<span>Marie Curie et 9 autres personnes</span><span>2 commentaires</span>', { likes: 10, replies: 2 }],
    ['en', '<span aria-hidden="true">9 reactions</span><span>1.2K reactions</span><span>1 repost</span>', { likes: 1200, reposts: 1 }],
  ] as const)('counts as a %s page writes them: %s', (lang, counts, read) => {
    expect(posts(feed(card(counts), lang), FEED)).toEqual([{ id: 'sdui:Tok3n', author: { network: 'linkedin', handle: 'ada-l' }, ...read }]);
  });

  it('reads no card without an author line of its own, nested in another, or with no counts it knows; throws nothing', () => {
    const page = feed([
      // Only a commenter's card: the counts are nobody's to credit.
      `<div role="listitem" componentkey="expandedA1FeedType_X"><a href="/in/ada-l/">Ada</a><span>12 reactions</span><div componentkey="commentsSectionContainerA1"><a href="/in/bob/"><p>Bob</p><p>• 3rd+</p></a></div></div>`,
      // A carousel inside a card.
      card('<div componentkey="carouselFeedType_INNER"><div role="listitem"><a href="/in/bob/"><p>Bob</p><p>• 3rd+</p></a><span>4 reactions</span></div></div>'),
      card('<span>... reactions</span><span>12 followers</span><span>2024 was a year</span>', 'expandedB2FeedType_X'),
      `<div role="listitem" componentkey="FeedType_"><a href="/in/ada-l/"><p>Ada</p><p>• 2nd</p></a><span>3 comments</span></div>`,
      `<div role="listitem" componentkey="expandedC3FeedType_X"><a href="http://[bad"><p>Ada</p><p>• 2nd</p></a><span>3 comments</span></div>`,
    ].join(''));
    expect(() => posts(page, FEED)).not.toThrow();
    // The carousel's card is the outer one, read with its own counts only.
    expect(posts(page, FEED)).toEqual([]);
  });

  it('a member profile: the top card’s name (its h2, once), not the section titles; side lists by name', () => {
    const found = findHandles(linkedin, ownPage('linkedin-profile-sdui.html'), new URL(JANE));
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([
      ['jane-doe', 'append', 'h2'],
      ['tim-smith-07b35711', 'append', 'p'],
    ]);
  });

  it('a member profile: followers, connections (500+ as 500), verified, photo, headline, location', () => {
    expect(linkedin.observe!(ownPage('linkedin-profile-sdui.html'), new URL(JANE))).toEqual({
      ref: { network: 'linkedin', handle: 'jane-doe' },
      signals: { followers: 5000, verified: true, hasAvatar: true, hasBio: true, hasLocation: true, extra: { connections: 500 } },
    });
    expect(linkedin.observe!(ownPage('linkedin-profile-sdui.html'), new URL('https://www.linkedin.com/in/someone-else/'))).toBeNull();
  });

  it('the top card’s other shapes: the key on the section, in any case; the name in an h1, or in a link to the profile; a count line of its own', () => {
    const page = (top: string) => parsePage(`<html lang="es"><main><section componentkey="profileTOPCARDsection" class="x1">${top}</section><section><h2>Acerca de</h2></section></main></html>`);
    const h1 = page('<h1>Jane Doe</h1><p>· 1er</p><p>Directora de datos</p><p>Madrid · <a href="/in/jane-doe/overlay/contact-info/">Información de contacto</a></p><p>Más de 500 contactos</p><p>1,2 mil seguidores</p>');
    expect(findHandles(linkedin, h1, new URL(JANE)).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['jane-doe', 'h1']]);
    expect(linkedin.observe!(h1, new URL(JANE))?.signals).toEqual({ followers: 1200, hasBio: true, hasLocation: true, extra: { connections: 500 } });
    const linked = page('<a href="https://www.linkedin.com/in/jane-doe/" componentkey="ProfileVerificationTriggerRef-jane-doe"><div><h2>Jane Doe</h2></div></a><h2>Destacado</h2><p>Directora</p>');
    expect(findHandles(linkedin, linked, new URL(JANE)).map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([['jane-doe', 'after', 'a']]);
    expect(linkedin.observe!(linked, new URL(JANE))?.signals).toEqual({ hasBio: true });
    // One's own card: "Add section" links the profile too, and is no name; a separator on a line of its own before "Contact info".
    const own = page('<a href="https://www.linkedin.com/in/jane-doe/?isSelfProfile=true" componentkey="ProfileVerificationTriggerRef-jane-doe"><div><h2>Jane Doe</h2></div></a><p>Directora</p><div><p>Madrid, España</p><p>&#183;</p><p><a href="https://www.linkedin.com/in/jane-doe/overlay/contact-info/">Información de contacto</a></p></div><div><a href="https://www.linkedin.com/in/jane-doe/?isSelfProfile=true"><span><span>Add section</span></span></a></div>');
    expect(findHandles(linkedin, own, new URL(JANE)).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['jane-doe', 'a']]);
    expect(linkedin.observe!(own, new URL(JANE))?.signals).toEqual({ hasBio: true, hasLocation: true });
    // Pronouns, the degree and the contact line are no headline or location.
    const bare = page('<h2>Jane Doe</h2><p>She/Her</p><p>· 2º</p><p><a href="/in/jane-doe/overlay/contact-info/">Información de contacto</a></p><p>Más de 500 contactos</p>');
    expect(linkedin.observe!(bare, new URL(JANE))?.signals).toEqual({ extra: { connections: 500 } });
  });
});

describe('LinkedIn’s notifications, written for this project', () => {
  const NOTIFICATIONS = new URL('https://www.linkedin.com/notifications/?filter=all');

  it('each person named in a headline, found by their avatar’s alt: after the name, or after the aria-hidden copy holding it; none for a suggestion or a company by number', () => {
    const found = findHandles(linkedin, ownPage('linkedin-notifications.html'), NOTIFICATIONS);
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName, f.anchor.getAttribute('aria-hidden'), f.anchor.textContent!.split("'")[0]])).toEqual([
      ['robin-ellery-77c3', 'after', 'strong', null, 'Robin Ellery'],
      ['sam-okonkwo-31a9', 'after', 'span', 'true', 'Sam Okonkwo'],
    ]);
    // An avatar whose alt the headline does not read names no one there.
    const page = ownPage('linkedin-notifications.html');
    for (const image of page.querySelectorAll('img[alt="Robin Ellery"]')) image.setAttribute('alt', 'Someone Else');
    expect(findHandles(linkedin, page, NOTIFICATIONS).map((f) => f.ref.handle)).toEqual(['sam-okonkwo-31a9']);
  });
});

describe('LinkedIn’s connections list, its new UI, written for this project', () => {
  const CONNECTIONS = new URL('https://www.linkedin.com/mynetwork/invite-connect/connections/');
  // The live page nests the name's link in the card's link; the HTML parser would split them, the XML parser keeps them.
  const xhtml = (rows: string) =>
    new DOMParser().parseFromString(`<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Connections | LinkedIn</title></head><body><div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.Connections"><div data-view-name="connections-list">${rows}</div></div></body></html>`, 'application/xhtml+xml');
  const row = (card: string) =>
    `<div componentkey="auto-component-0a1b"><a href="https://www.linkedin.com/in/ada-l/" data-view-name="connections-profile"><figure><img alt="Ada Lovelace’s profile picture" src="https://media.licdn.com/dms/image/v2/a/profile-displayphoto-shrink_100_100/0/1"/></figure></a>
      <div><div>${card}<p>connected on March 3, 2025</p></div></div>
      <div><a href="https://www.linkedin.com/messaging/compose/?recipient=ACoAAAOHKZ8BzM5VgL_8e0Cflnrlj3IIzh85BMo" aria-label="Message"><span><span>Message</span></span></a></div></div>`;
  const found = (document: Document) => findHandles(linkedin, document, CONNECTIONS).map((f) => [f.ref.handle, f.placement, f.anchor.localName, f.anchor.textContent]);

  it('one badge per connection, after the name’s own link; none on the card’s link around it, its photo or "Message"', () => {
    const document = xhtml(row('<a href="https://www.linkedin.com/in/ada-l/" data-view-name="connections-profile"><div><p><a class="_139m7k1io" href="https://www.linkedin.com/in/ada-l/">Ada Lovelace</a></p><p>Analyst at Analytical Engines</p></div></a>'));
    expect(document.querySelector('a a')).not.toBeNull();
    expect(found(document)).toEqual([['ada-l', 'after', 'a', 'Ada Lovelace']]);
  });

  it('a nested link that is not the name gets none (the card’s link badges its name); one to someone else gets its own', () => {
    const headline = xhtml(row('<a href="https://www.linkedin.com/in/ada-l/"><div><p>Ada Lovelace</p><p><a href="https://www.linkedin.com/in/ada-l/">Analyst</a></p></div></a>'));
    expect(found(headline)).toEqual([['ada-l', 'append', 'p', 'Ada Lovelace']]);
    const mention = xhtml(row('<a href="https://www.linkedin.com/in/ada-l/"><div><p><a href="https://www.linkedin.com/in/ada-l/">Ada Lovelace</a></p><p>Works with <a href="https://www.linkedin.com/in/charles-b/">Charles Babbage</a></p></div></a>'));
    expect(found(mention)).toEqual([['ada-l', 'after', 'a', 'Ada Lovelace'], ['charles-b', 'after', 'a', 'Charles Babbage']]);
  });
});

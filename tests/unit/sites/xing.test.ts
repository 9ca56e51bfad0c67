// @vitest-environment jsdom
// No real XING page was available: these tests run on pages written for this project in the
// shape XING's profile and feed markup was last documented in (see src/sites/xing.ts).
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, profileFromUrl, xing } from '../../../src/sites/xing';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const MAX = 'https://www.xing.com/profile/Max_Mustermann';

describe('XING profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('xing');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the slug as written, decoded; tabs name the same profile', () => {
    expect(profileFromUrl(new URL('https://www.xing.com/profile/Fabian_Abel/cv'))).toEqual({ network: 'xing', handle: 'Fabian_Abel' });
    expect(profileFromUrl(new URL('https://www.xing.com/profile/J%C3%BCrgen_M%C3%BCller'))).toEqual({ network: 'xing', handle: 'Jürgen_Müller' });
  });
});

describe('XING handles', () => {
  it('a profile: its name (once), its contacts and "also viewed" by name; not avatars, the CV tab or the own menu', () => {
    const found = findHandles(xing, ownPage('xing-profile.html'), new URL(MAX));
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([
      ['Max_Mustermann', 'append', 'h2'],
      ['Anna_Schmidt', 'after', 'a'],
      ['Jürgen_Müller', 'after', 'a'],
      ['Jonas_Weber3', 'append', 'h3'],
    ]);
  });

  it('the feed: one badge per author and commenter, mentions; not the top bar, company pages or /profile/edit', () => {
    expect(handleCounts(xing, ownPage('xing-feed.html'), 'https://www.xing.com/')).toEqual({ Anna_Schmidt: 1, Jonas_Weber3: 1, Lena_Meier: 2 });
  });

  it('no name badge where the page is another profile’s', () => {
    const found = findHandles(xing, ownPage('xing-profile.html'), new URL('https://www.xing.com/profile/Erika_Beispiel'));
    expect(found.map((f) => f.ref.handle)).toEqual(['Anna_Schmidt', 'Jürgen_Müller', 'Jonas_Weber3']);
  });
});

describe('XING profile pages: what observe reads', () => {
  it('German: "45 Follower", "Kontakte (123)", photo, occupation, location', () => {
    expect(xing.observe!(ownPage('xing-profile.html'), new URL(MAX))).toEqual({
      ref: { network: 'xing', handle: 'Max_Mustermann' },
      signals: { followers: 45, hasAvatar: true, hasBio: true, hasLocation: true, extra: { connections: 123 } },
    });
  });

  it('English, the newer top card, and no photo (XING’s "nobody" picture)', () => {
    const page = parsePage(`<html lang="en"><title>Erika Beispiel - Designer | XING</title><main>
      <section data-qa="profile-top-card"><img alt="Erika Beispiel" src="https://www.xing.com/assets/frontend_minified/img/users/nobody_f.256x256.jpg">
      <h1 data-qa="profile-top-card-full-name">Erika Beispiel</h1><p data-qa="profile-top-card-headline">Designer</p>
      <span>1,204 contacts</span><span>89 followers</span></section></main></html>`);
    const url = new URL('https://www.xing.com/profile/Erika_Beispiel');
    expect(xing.observe!(page, url)).toEqual({
      ref: { network: 'xing', handle: 'Erika_Beispiel' },
      signals: { followers: 89, hasAvatar: false, hasBio: true, extra: { connections: 1204 } },
    });
    expect(findHandles(xing, page, url).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['Erika_Beispiel', 'h1']]);
  });

  it('JSON-LD where the page has it', () => {
    const page = parsePage(`<link rel="canonical" href="https://www.xing.com/profile/Max_Mustermann"><script type="application/ld+json">
      {"@context":"http://schema.org","@type":"Person","name":"Max Mustermann","url":"https://www.xing.com/profile/Max_Mustermann","jobTitle":"Engineer",
       "image":"https://profile-images.xing.com/images/4b3c2a-1.1024x1024.jpg","address":{"@type":"PostalAddress","addressLocality":"Hamburg"},
       "interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","userInteractionCount":321}}</script>`);
    expect(xing.observe!(page, new URL(MAX))?.signals).toEqual({ followers: 321, hasAvatar: true, hasBio: true, hasLocation: true });
  });

  it('reads nothing where the page is another profile’s or not a profile', () => {
    expect(xing.observe!(ownPage('xing-profile.html'), new URL('https://www.xing.com/profile/Erika_Beispiel'))).toBeNull();
    expect(xing.observe!(ownPage('xing-feed.html'), new URL('https://www.xing.com/'))).toBeNull();
  });

  it('finds nothing, reads nothing and throws nothing where its hooks are broken', () => {
    const page = parsePage(`<title>Max Mustermann | XING</title><div><span>Max Mustermann</span><a>no href</a><a href="http://[bad">x</a>
      <a href="/profile/%E0%A4%A">x</a><a href="/profile/Max">Max</a><a href="https://example.com/profile/Max_Mustermann">Max Mustermann</a>
      <a href="/profile/Max_Mustermann/cv/edit">Max Mustermann</a><a href="/profile/Max_Mustermann">${'Max Mustermann '.repeat(8)}</a>
      <p>123 Kontakte</p><script type="application/ld+json">{ not json</script></div>`);
    expect(() => findHandles(xing, page, new URL(MAX))).not.toThrow();
    expect(findHandles(xing, page, new URL(MAX))).toEqual([]);
    expect(xing.observe!(page, new URL(MAX))).toBeNull();
  });
});

describe('XING 2025 profile (#XingIdModule)', () => {
  const page2025 = () => ownPage('xing-profile-2025.html');

  it('observe: the photo, job and location beside their icons, "123 Kontakte" from the TextButton', () => {
    expect(xing.observe!(page2025(), new URL(MAX))).toEqual({
      ref: { network: 'xing', handle: 'Max_Mustermann' },
      signals: { hasAvatar: true, hasBio: true, hasLocation: true, extra: { connections: 123 } },
    });
  });

  it('the name badge on the h1 (once, not its Hero block twice); the contacts by name; not the own menu', () => {
    const found = findHandles(xing, page2025(), new URL(MAX));
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([
      ['Max_Mustermann', 'append', 'h1'],
      ['Anna_Schmidt', 'after', 'a'],
    ]);
  });

  it('without a canonical, the name is the h1’s own text (not "Max Mustermann Premium"): it matches the title and the slug', () => {
    const document = page2025();
    document.querySelector('link[rel="canonical"]')!.remove();
    expect(xing.observe!(document, new URL(MAX))?.signals).toEqual({ hasAvatar: true, hasBio: true, hasLocation: true, extra: { connections: 123 } });
    expect(findHandles(xing, document, new URL(MAX)).map((f) => f.ref.handle)).toEqual(['Max_Mustermann', 'Anna_Schmidt']);
    expect(xing.observe!(document, new URL('https://www.xing.com/profile/Erika_Beispiel'))).toBeNull();
  });

  it('a Hero block around the h1 gets no second badge', () => {
    const document = page2025();
    const heading = document.querySelector('h1')!;
    heading.removeAttribute('data-xds');
    heading.parentElement!.setAttribute('data-xds', 'Hero');
    expect(findHandles(xing, document, new URL(MAX)).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([
      ['Max_Mustermann', 'h1'],
      ['Anna_Schmidt', 'a'],
    ]);
  });

  it('a TextButton with a bare number is no count; other modules’ location pins and avatars are not the head’s', () => {
    const document = page2025();
    document.querySelector('button[data-xds="TextButton"] span span')!.innerHTML = '<strong>123</strong>';
    document.querySelector('#XingIdModule [data-xds="IconLocationPin"]')!.parentElement!.remove();
    document.querySelector('#XingIdModule [data-xds="ProfileImage"]')!.remove();
    expect(xing.observe!(document, new URL(MAX))?.signals).toEqual({ hasBio: true });
  });
});

// Shaped as 2023–25 scrapers read these lists (an overlay or photo link, the name as a
// [data-xds="Headline"] beside it); no page of either was available.
describe('XING cards whose profile link holds no name', () => {
  const SEARCH = 'https://www.xing.com/search/members?keywords=Mustermann';
  const card = (inner: string) => `<main><ol data-testid="search-list"><li><div data-testid="members-search-result-item">${inner}</div></li></ol></main>`;
  const placed = (html: string, page = SEARCH) =>
    findHandles(xing, parsePage(html), new URL(page)).map((f) => [f.ref.handle, f.placement, f.anchor.localName, f.anchor.textContent]);

  it('member search: an empty overlay link badges the name heading beside it, once', () => {
    const html = card(
      '<a href="/profile/Max_Mustermann" aria-label="Max Mustermann" data-testid="unfenced-member-result"></a>' +
        '<div data-xds="ProfileImage"><img src="https://profile-images.xing.com/images/a.jpg" alt="Max Mustermann"></div>' +
        '<div><h2 data-xds="Headline">Max Mustermann</h2><span data-xds="Flag"><span data-xds="BodyCopy">Premium</span></span><div><p>Consultant, <a href="/pages/acme-gmbh">Acme GmbH</a></p></div></div>',
    );
    expect(placed(html)).toEqual([['Max_Mustermann', 'append', 'h2', 'Max Mustermann']]);
  });

  it('a link around the whole card: its first line, the name, as before', () => {
    const html = card('<a href="/profile/Erika_Beispiel"><div data-xds="ProfileImage"><img src="a.jpg" alt=""></div><div><h2 data-xds="Headline">Erika Beispiel</h2><div><p>Designer</p></div></div></a>');
    expect(placed(html)).toEqual([['Erika_Beispiel', 'append', 'h2', 'Erika Beispiel']]);
  });

  it('a company’s employees: the photo link badges the name beside it; a name that is a link is badged itself, once', () => {
    const html =
      '<main><div data-xds="ProfileInfo"><a href="https://www.xing.com/profile/Anna_Schmidt"><div data-xds="ProfileImage"><img src="a.jpg" alt="Anna Schmidt"></div></a>' +
      '<div><h3 data-xds="Headline">Anna Schmidt</h3><p data-xds="BodyCopy">Personalreferentin</p></div></div>' +
      '<div data-xds="ProfileInfo"><a href="/profile/Lena_Meier"><img src="l.jpg" alt="Lena Meier"></a><h3 data-xds="Headline"><a href="/profile/Lena_Meier">Lena Meier</a></h3></div></main>';
    expect(placed(html, 'https://www.xing.com/pages/acme-gmbh')).toEqual([
      ['Anna_Schmidt', 'append', 'h3', 'Anna Schmidt'],
      ['Lena_Meier', 'after', 'a', 'Lena Meier'],
    ]);
  });

  it('the heading is badged only as its own person’s name: not for another person’s photo first in the card, not a company', () => {
    const search = card(
      '<a href="/profile/Erika_Beispiel"><img src="e.jpg" alt="Erika Beispiel"></a><a href="/profile/Max_Mustermann" aria-label="Max Mustermann"></a><h2 data-xds="Headline">Max Mustermann</h2>',
    );
    expect(placed(search)).toEqual([['Max_Mustermann', 'append', 'h2', 'Max Mustermann']]);
    const company = '<main><div data-xds="ProfileInfo"><a href="/profile/Anna_Schmidt"><img src="a.jpg" alt=""></a><h3 data-xds="Headline">Acme GmbH</h3></div></main>';
    expect(placed(company, 'https://www.xing.com/pages/acme-gmbh')).toEqual([]);
  });

  it('names whose parts XING joins in the slug, titles it leaves out of the name, letters without marks', () => {
    const names: [string, string][] = [['JanHenrik_Fock2', 'Jan-Henrik Fock'], ['Ralph_vonderHeyden', 'Ralph von der Heyden'], ['Dr_Anja_Haile', 'Anja Haile'], ['Lukasz_Nowak', 'Łukasz Nowak'], ['Juergen_Mueller', 'Jürgen Müller']];
    for (const [slug, name] of names) {
      expect(placed(card(`<a href="/profile/${slug}" aria-label="${name}"></a><h2 data-xds="Headline">${name}</h2>`))).toEqual([[slug, 'append', 'h2', name]]);
    }
  });

  it('a card whose only link to the person is an action ("Profil ansehen"): the name beside it, once', () => {
    const html = '<main><div data-xds="ProfileInfo"><h3 data-xds="Headline">Anna Schmidt</h3><p data-xds="BodyCopy">Personalreferentin</p><a href="/profile/Anna_Schmidt">Profil ansehen</a></div></main>';
    expect(placed(html, 'https://www.xing.com/pages/acme-gmbh')).toEqual([['Anna_Schmidt', 'append', 'h3', 'Anna Schmidt']]);
  });

  it('no badge on a call to action ("Profil ansehen"), nor on a photo link outside such a card', () => {
    const html =
      '<main><div><h2 data-xds="Headline">Max Mustermann</h2><a data-testid="recruiter-Max_Mustermann-cta" href="/profile/Max_Mustermann">Profil ansehen</a></div>' +
      '<div><a href="/profile/Anna_Schmidt"><img src="a.jpg" alt="Anna Schmidt"></a><h3 data-xds="Headline">Anna Schmidt</h3></div>' +
      '<div data-xds="ProfileInfo"><a href="/profile/Jonas_Weber3">Profil ansehen</a><a href="/profile/Jonas_Weber3">View profile</a></div></main>';
    expect(placed(html, 'https://www.xing.com/')).toEqual([]);
  });
});

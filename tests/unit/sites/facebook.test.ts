// @vitest-environment jsdom
// No real saved Facebook page exists in ../shared/fixtures: these pages were written for this
// project from Facebook's current markup as known (see the fixtures' header comments).
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, facebook, profileFromUrl } from '../../../src/sites/facebook';
import { profileOf } from '../../../src/sites/facebook-urls';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const PAGE = 'https://www.facebook.com/ErinExamplePhoto';
const FEED = 'https://www.facebook.com/';

describe('Facebook profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('facebook');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('names a numeric profile by its id', () => {
    expect(profileFromUrl(new URL('https://www.facebook.com/profile.php?id=100064488401234&sk=followers'))).toEqual({ network: 'facebook', handle: '100064488401234' });
    expect(profileFromUrl(new URL('https://www.facebook.com/people/Jane-Doe/100087654321098/'))).toEqual({ network: 'facebook', handle: '100087654321098' });
    // A Page without a username, by its name and number (a real 2020 feed unit's author link).
    expect(profileFromUrl(new URL('https://www.facebook.com/GuidePlugin-103319044798780/?__cft__[0]=AZUux1rW6ZEV'))).toEqual({ network: 'facebook', handle: '103319044798780' });
    expect(profileFromUrl(new URL('https://www.facebook.com/Caf%C3%A9-du-Coin-112233445566/about'))).toEqual({ network: 'facebook', handle: '112233445566' });
    // A Page's canonical address without a username (as a 2026 followers scraper's records give it), and its tabs.
    expect(profileFromUrl(new URL('https://www.facebook.com/p/The-Label-Jenn-100084236786813/'))).toEqual({ network: 'facebook', handle: '100084236786813' });
    expect(profileOf(new URL('https://www.facebook.com/p/The-Label-Jenn-100084236786813/followers'))).toEqual({ handle: '100084236786813', tab: 'followers' });
    expect(profileFromUrl(new URL('https://www.facebook.com/p/The-Label-Jenn/'))).toBeNull();
    // A /people/ or /p/ Page's followers tab, as its header links it: "?sk=followers"; another "sk" is the Page itself.
    expect(profileOf(new URL('https://www.facebook.com/p/The-Label-Jenn-100084236786813/?sk=followers'))).toEqual({ handle: '100084236786813', tab: 'followers' });
    expect(profileFromUrl(new URL('https://www.facebook.com/people/Jane-Doe/100087654321098/?sk=wall'))).toEqual({ network: 'facebook', handle: '100087654321098' });
    expect(profileFromUrl(new URL('https://www.facebook.com/profile.php?id=100064488401234&sk=reels_tab'))).toEqual({ network: 'facebook', handle: '100064488401234' });
    expect(profileOf(new URL('https://www.facebook.com/people/The-Label-Jenn/100084236786813/?sk=followers'))).toEqual({ handle: '100084236786813', tab: 'followers' });
    const unit = parsePage(`<div role="feed"><div aria-posinset="2" role="article"><h4><a href="https://www.facebook.com/GuidePlugin-103319044798780/?__cft__[0]=AZUux1rW6ZEV">GuidePlugin</a></h4></div></div>`);
    expect(handleCounts(facebook, unit, FEED)).toEqual({ '103319044798780': 1 });
  });
});

describe('Facebook handles on pages written for this project', () => {
  it('a Page: its header name, its post’s author and a commenter; not the menu, the top bar, contacts, tabs or a mention', () => {
    const document = ownPage('facebook-page.html');
    expect(handleCounts(facebook, document, PAGE)).toEqual({ ErinExamplePhoto: 2, 'jane.commenter': 1 });
    const heading = findHandles(facebook, document.querySelector('h1')!, new URL(PAGE));
    expect(heading.map((f) => [f.ref.handle, f.placement])).toEqual([['ErinExamplePhoto', 'append']]);
  });

  it('no header badge where the page does not show the URL’s profile', () => {
    expect(handleCounts(facebook, ownPage('facebook-page.html'), 'https://www.facebook.com/someone.else')).toEqual({ ErinExamplePhoto: 1, 'jane.commenter': 1 });
  });

  it('a feed: authors by username, profile id and group membership, a tagged friend, a shared post’s author, a commenter', () => {
    expect(handleCounts(facebook, ownPage('facebook-feed.html'), FEED)).toEqual({
      'john.poster.5': 1,
      '100012345678901': 1,
      '100098765432109': 1,
      '100055555555555': 1,
      NatGeoTravel: 1,
      SomeAdvertiser: 1,
    });
  });

  it('a group’s member list: one badge per member, on the name (not its aria-hidden avatar twin, the facepile or the menu)', () => {
    const row = (id: string, name: string) => `<div role="listitem"><span><a aria-hidden="true" aria-label="${name}" href="/groups/345682013717054/user/${id}/" tabindex="-1"><svg><image href="https://scontent.xx.fbcdn.net/v/${id}.jpg"></image></svg></a></span>
      <span dir="auto"><a href="/groups/345682013717054/user/${id}/" role="link" tabindex="0">${name}</a></span><span dir="auto"><div>Joined on Friday</div></span><div aria-label="Add friend" role="button"></div></div>`;
    const page = parsePage(`<div role="navigation"><a href="/groups/345682013717054/user/100000000000001/">Me</a></div><div role="main"><h1>Barmen &amp; Waiters</h1>
      <div><a href="/groups/345682013717054/user/100000924403717/"><img alt="" src="https://scontent.xx.fbcdn.net/v/f.jpg"></a></div>
      <div role="list">${row('100000924403717', 'Goga Gigani')}${row('100087654321098', 'Jane Doe')}</div></div>`);
    expect(findHandles(facebook, page, new URL('https://www.facebook.com/groups/345682013717054/members')).map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([
      ['100000924403717', 'Goga Gigani'],
      ['100087654321098', 'Jane Doe'],
    ]);
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage(`<div role="main"><h2><a href="https://www.facebook.com/zuckerberg">Mark</a></h2>
      <div role="article"><a href="https://www.facebook.com/zuckerberg">Mark</a><h3><a href="https://www.facebook.com/zuckerberg/posts/1">Mark</a>
      <a href="https://www.facebook.com/groups/123456/">Group</a><a href="http://[bad">Mark</a><a href="https://www.facebook.com/ab">Ab</a>
      <a href="https://www.facebook.com/zuckerberg"><img alt="Mark"></a><a href="https://example.com/zuckerberg">Mark</a></h3></div></div>`);
    expect(findHandles(facebook, page, new URL('https://www.facebook.com/zuckerberg'))).toEqual([]);
    expect(facebook.observe!(page, new URL('https://www.facebook.com/zuckerberg'))).toBeNull();
    expect(facebook.postFromElement!(page.querySelector('[role="article"]')!, new URL(FEED))).toBeNull();
  });
});

describe('Facebook profiles and Pages: what observe reads', () => {
  it('a Page: likes, followers and following from its own tab links, before the og:description', () => {
    expect(facebook.observe!(ownPage('facebook-page.html'), new URL(PAGE))).toEqual({
      ref: { network: 'facebook', handle: 'ErinExamplePhoto' },
      signals: { followers: 1_500_000, following: 12, extra: { pageLikes: 1_200_000 } },
    });
  });

  it('the tab links in German ("Gefällt 10.000 Mal", "12.345 Follower"), and a profile.php profile with friends', () => {
    const german = parsePage(`<html lang="de"><div role="main"><h1>Erika</h1>
      <a href="https://www.facebook.com/ErikaMusterfrau/friends_likes/">Gefällt 10.000 Mal</a>
      <a href="https://www.facebook.com/ErikaMusterfrau/followers/">12.345 Follower</a></div></html>`);
    expect(facebook.observe!(german, new URL('https://www.facebook.com/ErikaMusterfrau'))?.signals).toEqual({ followers: 12_345, extra: { pageLikes: 10_000 } });
    const numeric = parsePage(`<div role="main"><h1>Jane</h1>
      <a href="/profile.php?id=100087654321098&amp;sk=friends">1.2K friends</a><a href="/profile.php?id=100087654321098&amp;sk=followers">345 followers</a></div>`);
    expect(facebook.observe!(numeric, new URL('https://www.facebook.com/profile.php?id=100087654321098'))?.signals).toEqual({ followers: 345, extra: { friends: 1200 } });
  });

  it('a logged-out Page’s og:description, only where og:url is that Page', () => {
    const head = (url: string, text: string) => parsePage(`<head><meta property="og:url" content="${url}"><meta property="og:description" content="${text}"></head>`);
    const natgeo = head('https://www.facebook.com/natgeo/', 'National Geographic. 50,123,456 likes · 345,678 talking about this. Explore the world.');
    expect(facebook.observe!(natgeo, new URL('https://www.facebook.com/natgeo'))?.signals).toEqual({ extra: { pageLikes: 50_123_456 } });
    const followers = head('https://www.facebook.com/natgeo/', 'National Geographic. 50M likes · 58M followers.');
    expect(facebook.observe!(followers, new URL('https://www.facebook.com/natgeo'))?.signals).toEqual({ followers: 58_000_000, extra: { pageLikes: 50_000_000 } });
    expect(facebook.observe!(natgeo, new URL('https://www.facebook.com/natgeotravel'))).toBeNull();
  });

  it('a Page at /p/<Name>-<id>/ or /people/<Name>/<id>/: its header’s "?sk=followers" link is its followers tab', () => {
    const header = (href: string) => parsePage(`<div role="main"><h1>The Label Jenn</h1><a href="${href}">1.3K followers</a></div>`);
    for (const url of ['https://www.facebook.com/p/The-Label-Jenn-100084236786813/', 'https://www.facebook.com/people/The-Label-Jenn/100084236786813/']) {
      const signals = facebook.observe!(header('/people/The-Label-Jenn/100084236786813/?sk=followers'), new URL(url))?.signals;
      expect(signals?.followers).toBe(1300);
    }
  });

  it('a Page at /people/<Name>/<id>/ (its og:url in that form, any host), in English and Polish; not where og:url names another id', () => {
    const head = (url: string, text: string, lang = 'en') =>
      parsePage(`<html lang="${lang}"><head><meta property="al:android:url" content="fb://profile/100012345678901"><meta property="og:url" content="${url}"><meta property="og:description" content="${text}"></head></html>`);
    const page = new URL('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/');
    const english = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', 'Bistro Pod Lipami, Kraków. 2,104 likes · 14 talking about this · 531 were here. Slow food, catering.');
    expect(facebook.observe!(english, page)?.signals).toEqual({ extra: { pageLikes: 2104 } });
    const polish = head('https://pl-pl.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', 'Bistro Pod Lipami, Kraków. 2276 osób lubi to · 7 osób mówi o tym · 1234 obserwujących · 546 użytkowników tu było. Slow food.', 'pl');
    expect(facebook.observe!(polish, page)?.signals).toEqual({ followers: 1234, extra: { pageLikes: 2276 } });
    // Italian (a collector fetching in it-IT) and Brazilian Portuguese (an audit quoting a live Page, 2026).
    const italian = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', "Bistro Pod Lipami, Citta'. Mi piace: 13.952 · 271 persone ne parlano.", 'it');
    expect(facebook.observe!(italian, page)?.signals).toEqual({ extra: { pageLikes: 13_952 } });
    const brazilian = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', 'Bistro Pod Lipami. 4.441 curtidas · 14 falando sobre isso.', 'pt-BR');
    expect(facebook.observe!(brazilian, page)?.signals).toEqual({ extra: { pageLikes: 4441 } });
    // Vietnamese and Thai (tests built on live Pages' heads, an audit quoting one, 2025–26).
    const vietnamese = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', 'Bistro Pod Lipami. 977.200 lượt thích · 152.565 người đang nói về điều này · 10 lượt đăng ký ở đây', 'vi');
    expect(facebook.observe!(vietnamese, page)?.signals).toEqual({ extra: { pageLikes: 977_200 } });
    const followed = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', '16.191 người theo dõi · 19.004 người đang nói về điều này. Người sáng tạo nội dung số', 'vi');
    expect(facebook.observe!(followed, page)?.signals).toEqual({ followers: 16_191 });
    const thai = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100012345678901/', 'Bistro Pod Lipami, นนทบุรี. ถูกใจ 128,099 คน · 11,245 คนกำลังพูดถึงสิ่งนี้ · 23 คนเคยมาที่นี่.', 'th');
    expect(facebook.observe!(thai, page)?.signals).toEqual({ extra: { pageLikes: 128_099 } });
    const another = head('https://www.facebook.com/people/Bistro-Pod-Lipami/100099999999999/', 'Bistro Pod Lipami. 2,104 likes.');
    expect(facebook.observe!(another, page)).toBeNull();
    // A numeric profile's head names it by profile.php?id=, as before.
    const numeric = head('https://www.facebook.com/profile.php?id=100012345678901', 'Bistro Pod Lipami. 2,104 likes.');
    expect(facebook.observe!(numeric, new URL('https://www.facebook.com/profile.php?id=100012345678901'))?.signals).toEqual({ extra: { pageLikes: 2104 } });
    expect(facebook.observe!(numeric, new URL('https://www.facebook.com/profile.php?id=1000123456789'))).toBeNull();
  });

  it('a profile known by its username is named by its numeric id too, where its head gives the app’s link (groups link members by it)', () => {
    const head = (url: string, app: string) =>
      parsePage(`<head><meta property="al:android:url" content="${app}"><meta property="og:url" content="${url}"><meta property="og:description" content="CodeBlock Studio. 2,419 likes. We build things."></head>`);
    const page = new URL('https://www.facebook.com/StudioCodeBlock');
    expect(facebook.observe!(head('https://www.facebook.com/StudioCodeBlock', 'fb://profile/100052680951218'), page)).toEqual({
      ref: { network: 'facebook', handle: 'StudioCodeBlock' },
      signals: { extra: { pageLikes: 2419 } },
      aliases: [{ network: 'facebook', handle: '100052680951218' }],
    });
    expect(facebook.observe!(head('https://www.facebook.com/StudioCodeBlock', 'fb://page/100052680951218'), page)?.aliases).toEqual([{ network: 'facebook', handle: '100052680951218' }]);
    // Older heads' forms (a real Page head, 2018): a referrer after the id, the id as a query.
    for (const app of ['fb://page/158725017192?referrer=app_link', 'fb://page/?id=158725017192']) {
      expect(facebook.observe!(head('https://www.facebook.com/StudioCodeBlock', app), page)?.aliases).toEqual([{ network: 'facebook', handle: '158725017192' }]);
    }
    const iosOnly = parsePage(`<head><meta property="al:android:url" content="fb://facewebmodal/f?href=x"><meta property="al:ios:url" content="fb://page/?id=158725017192"><meta property="og:url" content="https://www.facebook.com/StudioCodeBlock"><meta property="og:description" content="CodeBlock Studio. 2,419 likes."></head>`);
    expect(facebook.observe!(iosOnly, page)?.aliases).toEqual([{ network: 'facebook', handle: '158725017192' }]);
    expect(facebook.observe!(head('https://www.facebook.com/StudioCodeBlock', 'fb://page/158725017192abc'), page)?.aliases).toBeUndefined();
    // Not from a head that declares another profile (the app swapped pages; the head is the last one's), nor a link of another shape.
    expect(facebook.observe!(head('https://www.facebook.com/SomeoneElse', 'fb://profile/100052680951218'), page)).toBeNull();
    expect(facebook.observe!(head('https://www.facebook.com/StudioCodeBlock', 'fb://group/100052680951218'), page)?.aliases).toBeUndefined();
    // A numeric profile is its id already.
    const numeric = head('https://www.facebook.com/profile.php?id=100052680951218', 'fb://profile/100052680951218');
    expect(facebook.observe!(numeric, new URL('https://www.facebook.com/profile.php?id=100052680951218'))?.aliases).toBeUndefined();
  });

  it('a Page name ending in a number is not read as its likes: "FORMULA 1. 12,345,678 likes", "Studio 54. 1.2M likes"', () => {
    const read = (handle: string, text: string, lang = 'en') =>
      facebook.observe!(
        parsePage(`<html lang="${lang}"><head><meta property="og:url" content="https://www.facebook.com/${handle}/"><meta property="og:description" content="${text}"></head></html>`),
        new URL(`https://www.facebook.com/${handle}`),
      )?.signals;
    expect(read('Formula1', 'FORMULA 1. 12,345,678 likes · 234,567 talking about this. The official home of Formula 1.')).toEqual({ extra: { pageLikes: 12_345_678 } });
    expect(read('studio54', 'Studio 54. 1.2M likes · 1.3M followers.')).toEqual({ followers: 1_300_000, extra: { pageLikes: 1_200_000 } });
    expect(read('narendramodi', 'Narendra Modi. 42217774 likes · 969810 talking about this. Prime Minister of India.')).toEqual({ extra: { pageLikes: 42_217_774 } });
    // The localized forms, with a name that ends in a number too.
    expect(read('cafe21', 'Café 21. 3,7 mil Me gusta · 15 mil seguidores.', 'es')).toEqual({ followers: 15_000, extra: { pageLikes: 3700 } });
    expect(read('baeckerei7', 'Bäckerei 7. Gefällt 10.000 Mal · 12.345 Follower.', 'de')).toEqual({ followers: 12_345, extra: { pageLikes: 10_000 } });
    expect(read('boulangerie3', 'Boulangerie 3. 1 234 J’aime · 5 678 abonnés.', 'fr')).toEqual({ followers: 5678, extra: { pageLikes: 1234 } });
    // Russian writes the label first, then a colon (a real Page's head, 2026).
    expect(read('konditerskaya5', 'Кондитерская 5, Москва. Отметки &quot;Нравится&quot;: 381 · Обсуждают: 7. Торты на заказ.', 'ru')).toEqual({ extra: { pageLikes: 381 } });
  });

  it('only the description’s counts: the Page’s own words after them may name numbers ("We just hit 100K followers")', () => {
    const read = (handle: string, text: string) =>
      facebook.observe!(parsePage(`<head><meta property="og:url" content="https://www.facebook.com/${handle}/"><meta property="og:description" content="${text}"></head>`), new URL(`https://www.facebook.com/${handle}`))?.signals;
    expect(read('Burgerlabbd', 'Burgerlab. 98,765 likes · 1,234 talking about this. We just hit 100K followers – and it’s your turn.')).toEqual({ extra: { pageLikes: 98_765 } });
    // A real Page's head (April 2025): the likes alone, then its about text.
    expect(read('StudioCodeBlock', 'CodeBlock Studio. 2,419 likes. At codeBlock Studio, we specialize in 3 things.')).toEqual({ extra: { pageLikes: 2419 } });
    // A description with no counts at all reads none from its text.
    expect(read('Burgerlabbd', 'Our 2 new burgers have 10 likes each and 100K followers love them.')).toBeUndefined();
  });

  it('reads nothing on a feed, or where the tab links are another profile’s', () => {
    expect(facebook.observe!(ownPage('facebook-feed.html'), new URL(FEED))).toBeNull();
    expect(facebook.observe!(ownPage('facebook-page.html'), new URL('https://www.facebook.com/someone.else'))).toBeNull();
  });
});

describe('Facebook posts: what postFromElement reads', () => {
  const read = (file: string, url: string) => [...ownPage(file).querySelectorAll(facebook.postSelector!)].map((element) => facebook.postFromElement!(element, new URL(url)));

  it('reactions, comments and shares of each post; comments, shared posts and posts without a permalink give none', () => {
    expect(read('facebook-page.html', PAGE)).toEqual([
      { id: '/ErinExamplePhoto/posts/pfbid02abcDEF123', author: { network: 'facebook', handle: 'ErinExamplePhoto' }, likes: 4500, replies: 321, reposts: 56 },
      null,
      null, // the page's side pane: a post only beside a photo on its own page
    ]);
    expect(read('facebook-feed.html', FEED)).toEqual([
      { id: '/john.poster.5/posts/pfbid0xyz789', author: { network: 'facebook', handle: 'john.poster.5' }, likes: 87, replies: 1 },
      null,
      { id: '/groups/123456789012345/posts/987654321098765', author: { network: 'facebook', handle: '100055555555555' }, likes: 1100, reposts: 12 },
      null,
      null,
      null, // the contacts pane
    ]);
  });

  it('2025 markup: a Watch video’s id, and where the timestamp link is href="#" the photo or video the post shows; the label and its number in sibling elements', () => {
    expect(read('facebook-feed-2025.html', FEED)).toEqual([
      { id: '/watch?v=647537299265662', author: { network: 'facebook', handle: 'natgeo' }, likes: 1700 },
      { id: '/photo?fbid=1234567890123', author: { network: 'facebook', handle: 'nasa' }, likes: 4200, replies: 310 },
      { id: '/natgeowild/videos/10153870694020942', author: { network: 'facebook', handle: 'natgeowild' }, replies: 45 },
      { id: '/watch?v=1823658634322275', author: { network: 'facebook', handle: 'nasa' }, reposts: 12 },
      // Its own permalink over the photo it shares; its author, not the shared post's (h5).
      { id: '/ariooch/posts/pfbid038UhX3mvAvCx', author: { network: 'facebook', handle: 'ariooch' }, likes: 88 },
      // No link that names the post: unread until Facebook fills in the timestamp's href.
      null,
    ]);
  });

  it('one id per video or photo, however the link writes it; not "#" or a bare query, links of other sites, or other Facebook pages', () => {
    const idOf = (href: string, page = FEED) => {
      const document = parsePage(`<div role="feed"><div aria-posinset="1"><h4><a href="https://www.facebook.com/natgeo">National Geographic</a></h4>
        <a href="${href}"><span>2d</span></a><div role="button"><span>3 comments</span></div></div></div>`);
      return facebook.postFromElement!(document.querySelector('[aria-posinset]')!, new URL(page))?.id ?? null;
    };
    for (const href of ['https://www.facebook.com/watch/?v=647537299265662', 'https://www.facebook.com/watch?v=647537299265662', 'https://m.facebook.com/watch/?v=647537299265662&ref=sharing']) {
      expect(idOf(href)).toBe('/watch?v=647537299265662');
    }
    expect(idOf('https://www.facebook.com/watch/live/?v=1823658634322275')).toBe('/watch?v=1823658634322275');
    for (const href of ['https://www.facebook.com/natgeo/videos/10153870694020942/', 'https://www.facebook.com/natgeo/videos/vb.22819070941/10153870694020942/?type=3']) {
      expect(idOf(href)).toBe('/natgeo/videos/10153870694020942');
    }
    expect(idOf('https://www.facebook.com/photo/?fbid=123456789&set=a.987')).toBe('/photo?fbid=123456789');
    expect(idOf('https://www.facebook.com/photo?fbid=123456789')).toBe('/photo?fbid=123456789');
    // A Page's photo, as its album or its post links it (a real page's canonical, 2025).
    for (const href of ['https://www.facebook.com/Burgerlabbd/photos/a.621291893364036/1248889333937619/', 'https://www.facebook.com/Burgerlabbd/photos/1248889333937619']) {
      expect(idOf(href)).toBe('/photo?fbid=1248889333937619');
    }
    // A group's feed links a post by its group's address with the post's id: the post's own permalink.
    expect(idOf('https://www.facebook.com/groups/123/?multi_permalinks=456')).toBe('/groups/123/posts/456');
    expect(idOf('https://www.facebook.com/groups/example/?multi_permalinks=456&hoisted_section_header_type=recently_seen')).toBe('/groups/example/posts/456');
    for (const href of ['https://www.facebook.com/groups/123/?multi_permalinks=456,789', 'https://www.facebook.com/groups/123/', 'https://www.facebook.com/groups/123/members/?multi_permalinks=456']) {
      expect(idOf(href)).toBeNull();
    }
    // On a Watch page "#" resolves to the page's own video: it names no post. Nor does a bare query
    // (a signed-in search's timestamp link, 2025) on a post's page: it would be that post's address.
    expect(idOf('#', 'https://www.facebook.com/watch/?v=647537299265662')).toBeNull();
    expect(idOf('?__cft__[0]=AZU7tz&__tn__=%2CO%2CP-R#?big', 'https://www.facebook.com/natgeo/posts/pfbid02pmb12')).toBeNull();
    expect(idOf('?__cft__[0]=AZU7tz&__tn__=%2CO%2CP-R', 'https://www.facebook.com/watch/?v=647537299265662')).toBeNull();
    for (const href of ['https://www.facebook.com/watch/', 'https://www.facebook.com/watch/?v=abc', 'https://www.facebook.com/Burgerlabbd/photos/', 'https://www.facebook.com/Burgerlabbd/photos/a.621291893364036/', 'https://www.facebook.com/photo/?fbid=x1', 'https://www.facebook.com/watch/live/', 'https://example.com/watch/?v=647537299265662']) {
      expect(idOf(href)).toBeNull();
    }
  });

  it('2025’s action bar: the bare numbers beside the like, comment and share buttons, or a comment or share button’s count in its label', () => {
    const post = (bar: string, more = '') =>
      parsePage(`<div role="feed"><div aria-posinset="1"><h3><a href="https://www.facebook.com/natgeo">National Geographic</a></h3>
        <a href="https://www.facebook.com/natgeo/posts/111111111111111/">2h</a>${more}<div>${bar}</div>
        <div aria-label="Comment by Jane Doe 1h ago" role="article"><a href="https://www.facebook.com/jane.doe">Jane Doe</a><div role="button"><div data-ad-rendering-role="like_button"></div><span dir="auto">99</span></div></div></div></div>`);
    const read = (document: Document) => facebook.postFromElement!(document.querySelector('[aria-posinset]')!, new URL(FEED));
    const button = (role: string, inside: string, label = '') => `<div role="button"${label}><div><div data-ad-rendering-role="${role}"></div></div><div>${inside}</div></div>`;
    expect(read(post(button('like_button', '<span dir="auto">12</span>') + button('comment_button', '<span dir="auto">3</span>') + button('share_button', '<span dir="auto">1.7K</span>')))).toEqual({
      id: '/natgeo/posts/111111111111111', author: { network: 'facebook', handle: 'natgeo' }, likes: 12, replies: 3, reposts: 1700,
    });
    expect(read(post(button('like_button', '', ' aria-label="Like: 4 people"') + button('comment_button', '', ' aria-label="26 comments"') + button('share_button', '', ' aria-label="1 share"')))).toEqual({
      id: '/natgeo/posts/111111111111111', author: { network: 'facebook', handle: 'natgeo' }, replies: 26, reposts: 1,
    });
    // Buttons that show no number (the counts are worded above them) give none; the worded ones win; a comment's own button is the comment's.
    expect(read(post(button('like_button', '<span>Like</span>') + button('comment_button', '<span>Comment</span>'), '<div><span>All reactions: 7</span></div>'))).toMatchObject({ likes: 7 });
    expect(read(post(button('like_button', '<span>Like</span>')))).toBeNull();
    expect(read(post(button('like_button', '<span dir="auto">40</span>'), '<div role="button"><span>5 comments</span></div>'))).toMatchObject({ likes: 40, replies: 5 });
    // Counts abbreviated in the page's language (pl, id: scrapers of those pages, 2025–26; ja): parseCount reads the scale.
    expect(read(post(button('like_button', '<span dir="auto">1,2 tys.</span>') + button('comment_button', '<span dir="auto">1,2 rb</span>') + button('share_button', '<span dir="auto">1.2万</span>')))).toMatchObject({
      likes: 1200, replies: 1200, reposts: 12_000,
    });
    // Worded counts: vi, pl, id (scrapers' patterns).
    expect(read(post(button('like_button', '<span>Thích</span>'), '<div><span>Tất cả cảm xúc: 1,2K</span></div><div role="button"><span>23 bình luận</span></div><div role="button"><span>5 lượt chia sẻ</span></div>'))).toMatchObject({
      likes: 1200, replies: 23, reposts: 5,
    });
    expect(read(post(button('like_button', '<span>Lubię to!</span>'), '<div><span>Wszystkie reakcje:</span><span>162</span></div><div role="button"><span>1,2 tys. komentarzy</span></div>'))).toMatchObject({ likes: 162, replies: 1200 });
    expect(read(post(button('like_button', '<span>Suka</span>'), '<div role="button"><span>14 komentar</span></div>'))).toMatchObject({ replies: 14 });
    expect(read(post(button('like_button', '<span>Suka</span>'), '<div role="button"><span>14 komentar</span></div><div role="button"><span>5 kali dibagikan</span></div>'))).toMatchObject({ replies: 14, reposts: 5 });
    // pt-BR (a group-post reader's patterns, 2025–26), with the accent.
    expect(read(post(button('like_button', '<span>Curtir</span>'), '<div role="button"><span>45 comentários</span></div><div role="button"><span>12 compartilhamentos</span></div>'))).toMatchObject({ replies: 45, reposts: 12 });
    expect(read(post(button('like_button', '<span>Curtir</span>'), '<div role="button"><span>1 comentário</span></div>'))).toMatchObject({ replies: 1 });
    // Only a scale word may stand between a number and its label: the post's own words ("3 new comments") are no count.
    expect(read(post(button('comment_button', '<span dir="auto">45</span>'), '<div dir="auto"><span>3 new comments</span></div><div dir="auto"><span>2 more shares</span></div>'))).toEqual({
      id: '/natgeo/posts/111111111111111', author: { network: 'facebook', handle: 'natgeo' }, replies: 45,
    });
    expect(read(post(button('like_button', '<span dir="auto">5 min</span>')))).toBeNull();
    // An Arabic page writes its digits in its own script (a test suite built on a real Arabic page, 2025–26).
    expect(read(post(button('like_button', '<span dir="auto">١٢</span>') + button('comment_button', '<span dir="auto">٤</span>') + button('share_button', '<span dir="auto">١٫٢ ألف</span>')))).toMatchObject({
      likes: 12, replies: 4, reposts: 1200,
    });
  });

  it('a share whose timestamp has no address yet: its own permalink from a comment’s timestamp, not the original’s photo', () => {
    const share = (comment: string) => parsePage(`<html lang="pt"><div role="feed"><div role="article">
      <div data-ad-rendering-role="profile_name"><h4><a href="https://www.facebook.com/tayroth.paws?__cft__[0]=AZje&amp;__tn__=-UC%2CP-R"><b><span>Tayroth Paws</span></b></a></h4></div>
      <a href="?__cft__[0]=AZje&amp;__tn__=%2CO%2CP-R#?djb" role="link"><span></span></a>
      <a href="https://www.facebook.com/photo/?fbid=122134306011222769&amp;set=a.122098407735222769" role="link"><img alt="" src="data:,"></a>
      <div data-ad-rendering-role="profile_name"><h5><a href="https://www.facebook.com/LivingEarthTV?__cft__[0]=AZje"><b><span>Living Earth</span></b></a></h5></div>
      <div><div aria-label="Curtir" role="button"><div><div data-ad-rendering-role="like_button"></div></div><div><span dir="auto">12</span></div></div></div>
      <div data-commentid="2136151120583494"><div aria-label="Comentário de San Maré há 8 horas" role="article">
        <a href="https://www.facebook.com/san.mare.2025?comment_id=Y29tbWVudDo" role="link"><span dir="auto">San Maré</span></a>
        <ul><li><div data-permalink-nav="1">${comment}</div></li></ul></div></div></div></div></html>`);
    const id = (document: Document) => facebook.postFromElement!(document.querySelector('[role="feed"] > [role="article"]')!, new URL(FEED))?.id;
    expect(id(share('<a href="https://www.facebook.com/tayroth.paws/posts/pfbid0aSXrjyd6BvN4XRk?comment_id=2136151120583494&amp;__cft__[0]=AZje" role="link">8h</a>'))).toBe('/tayroth.paws/posts/pfbid0aSXrjyd6BvN4XRk');
    // Without it, the photo it shows, as before.
    expect(id(share('<a href="#" role="link">8h</a>'))).toBe('/photo?fbid=122134306011222769');
  });

  it('the label alone in German and French, its number in the next element', () => {
    const post = (lang: string, label: string, count: string) =>
      parsePage(`<html lang="${lang}"><div role="feed"><div aria-posinset="1"><h4><a href="https://www.facebook.com/natgeo">National Geographic</a></h4>
        <a href="https://www.facebook.com/natgeo/posts/pfbid0abc"><span>2 Std.</span></a><div><div>${label}</div><span>${count}</span></div></div></div></html>`);
    const likes = (document: Document) => facebook.postFromElement!(document.querySelector('[aria-posinset]')!, new URL(FEED))?.likes;
    expect(likes(post('de', 'Alle Reaktionen:', '1.234'))).toBe(1234);
    expect(likes(post('fr', 'Toutes les réactions :', '1,7 k'))).toBe(1700);
    // Dutch and Thai (export cleaners' and a feed parser's labels, 2025–26).
    expect(likes(post('nl', 'Alle reacties:', '1.234'))).toBe(1234);
    expect(likes(post('th', 'ความรู้สึกทั้งหมด', '117'))).toBe(117);
    // A label with nothing countable after it: no count, no post.
    expect(likes(post('en', 'All reactions:', 'Jane Doe'))).toBeUndefined();
  });
});

describe('Facebook’s 2026 feed, whose posts have no unit of their own (written for this project, shaped like real September 2026 posts)', () => {
  const bar = (likes: string, comments: string, shares = '') => `<div>
    <div aria-label="Curtir" role="button"><div><div><span><i data-visualcompletion="css-img"></i></span><div data-ad-rendering-role="like_button"></div></div><div><span dir="auto">${likes}</span></div></div></div>
    <div aria-label="Deixe um comentário" role="button"><div><div><i></i><div data-ad-rendering-role="comment_button"></div></div><div><span dir="auto">${comments}</span></div></div></div>
    ${shares && `<div aria-label="Envie para seus amigos" role="button"><div><div><i></i><div data-ad-rendering-role="share_button"></div></div><div><span dir="auto">${shares}</span></div></div></div>`}</div>`;
  const header = (handle: string, name: string, level = 'h4') => `<div><div><span dir="ltr"><div data-ad-rendering-role="profile_name"><${level}><span><div><a href="https://www.facebook.com/${handle}?__cft__[0]=AZje&amp;__tn__=-UC%2CP-R" role="link"><b><span>${name}</span></b></a></div></span></${level}></div></span></div>
    <div><a href="?__cft__[0]=AZje&amp;__tn__=%2CO%2CP-R#?djb" role="link"><span></span></a></div></div>`;
  const comment = (post: string) => `<div data-commentid="2136151120583494"><div aria-label="Comentário de San Maré há 8 horas" role="article">
    <a href="https://www.facebook.com/san.mare.2025?comment_id=Y29tbWVudDo&amp;__tn__=R-R" role="link"><span><span dir="auto">San Maré</span></span></a><div><span dir="auto">Que lindo</span></div>
    <ul><li><div data-permalink-nav="1"><a href="https://www.facebook.com/${post}?comment_id=2136151120583494&amp;__tn__=R-R" role="link">8h</a></div></li></ul></div></div>`;
  const feed = parsePage(`<html lang="pt"><body><div role="main"><div>
    <div><div>${header('ellie.viollet', 'Ellie Viollet')}<div data-ad-rendering-role="story_message"><span dir="auto">Bom dia</span></div>
      <a href="https://www.facebook.com/photo/?fbid=1139394335425423&amp;set=a.1" role="link"><img alt="" src="data:,"></a></div>${bar('19', '9')}</div>
    <div><div>${header('tayroth.paws', 'Tayroth Paws')}<div data-ad-rendering-role="story_message"><span dir="auto">Olha isso</span></div>
      <div><a href="https://www.facebook.com/photo/?fbid=122134306011222769" role="link"><img alt="" src="data:,"></a>${header('LivingEarthTV', 'Living Earth', 'h5')}</div></div>
      <div>${bar('12', '5', '2')}${comment('tayroth.paws/posts/pfbid0aSXrjyd6BvN4XRk')}</div></div>
  </div></div></body></html>`);

  it('each post’s author badged in its author block (a share’s original author too), the commenter by the comment’s label', () => {
    expect(handleCounts(facebook, feed, FEED)).toEqual({ 'ellie.viollet': 1, 'tayroth.paws': 1, LivingEarthTV: 1, 'san.mare.2025': 1 });
  });

  it('each post read from the block around its author block that holds its action bar: the share once, as its sharer’s, with its own id from a comment’s timestamp', () => {
    const read = [...feed.querySelectorAll(facebook.postSelector!)].map((element) => facebook.postFromElement!(element, new URL(FEED))).filter(Boolean);
    expect(read).toEqual([
      { id: '/photo?fbid=1139394335425423', author: { network: 'facebook', handle: 'ellie.viollet' }, likes: 19, replies: 9 },
      { id: '/tayroth.paws/posts/pfbid0aSXrjyd6BvN4XRk', author: { network: 'facebook', handle: 'tayroth.paws' }, likes: 12, replies: 5, reposts: 2 },
    ]);
  });
});

describe('Facebook 2025 markup: handles', () => {
  it('authors in the profile_name block, and a shared post’s original author in an h5', () => {
    expect(handleCounts(facebook, ownPage('facebook-feed-2025.html'), FEED)).toEqual({
      natgeo: 1,
      nasa: 2,
      natgeowild: 1,
      ariooch: 1,
      'chen.xin.xin.962081': 1,
      someadvertiser: 1,
    });
  });
});

describe('Facebook comments and replies', () => {
  // Shaped as a 2025 comment exporter and a 2026 extension's notes describe them: a reply's label
  // names the comment it answers, and its words begin with a link to that comment's author.
  it('one badge per comment or reply author; not the mention of the answered author in a reply’s words (English, Dutch, nested or not)', () => {
    const comment = (label: string, author: string, name: string, words: string, inner = '') =>
      `<div aria-label="${label}" role="article"><a href="https://www.facebook.com/${author}?comment_id=Y29tbWVudDox" role="link"><span><span dir="auto">${name}</span></span></a>` +
      `<div dir="auto">${words}</div>${inner}</div>`;
    const mention = '<a href="https://www.facebook.com/otto.kis?__cft__[0]=AZx&amp;__tn__=R]-R" role="link"><span>Otto Kis</span></a>';
    const flat =
      comment('Comment by Otto Kis 4 hours ago', 'otto.kis', 'Otto Kis', 'Stunning shot.') +
      comment('Reply by Marin Taraba to Otto Kis’s comment 2 hours ago', 'marin.taraba', 'Marin Taraba', `<span>${mention}</span> agreed.`);
    const nested = comment(
      'Opmerking van Otto Kis 5 uur geleden',
      'otto.kis',
      'Otto Kis',
      'Prachtige foto!',
      `<div>${comment('Antwoord van Marin Taraba op de opmerking van Otto Kis 2 uur geleden', 'marin.taraba', 'Marin Taraba', `${mention} helemaal mee eens`)}</div>`,
    );
    // Words that are the mention alone, or with an emoji (an <img>) or a GIF.
    const bare = comment('Reply by Marin Taraba to Otto Kis’s comment 2 hours ago', 'marin.taraba', 'Marin Taraba', `${mention} <span><img alt="😂" src="data:,"></span>`);
    for (const html of [flat, nested, flat.replace(' agreed.', ''), comment('Comment by Otto Kis 4 hours ago', 'otto.kis', 'Otto Kis', 'Hi') + bare]) {
      expect(handleCounts(facebook, parsePage(`<div role="main">${html}</div>`), 'https://www.facebook.com/natgeo/posts/pfbid0abcDEF')).toEqual({ 'otto.kis': 1, 'marin.taraba': 1 });
    }
  });

  it('a reply by someone with no link (an anonymous participant): the answered author’s mention in its words is no author', () => {
    const reply = '<div aria-label="Reply by Anonymous participant to Otto Kis’s comment 2 hours ago" role="article"><span dir="auto">Anonymous participant</span><div dir="auto"><a href="https://www.facebook.com/otto.kis">Otto Kis</a> I disagree</div></div>';
    expect(handleCounts(facebook, parsePage(`<div role="main">${reply}</div>`), 'https://www.facebook.com/groups/123456789012345/posts/987654321098765/')).toEqual({});
  });

  it('an author whose name shares a line with more ("Ana Perera · Top fan") is still its comment’s author', () => {
    const row = '<div aria-label="Comment by Ana Perera 1 hour ago" role="article"><span dir="auto"><a href="https://www.facebook.com/ana.perera.5?comment_id=Y29tbWVudDox" role="link">Ana Perera</a> · <span>Top fan</span></span><div dir="auto">Lovely</div></div>';
    expect(handleCounts(facebook, parsePage(`<div role="main">${row}</div>`), 'https://www.facebook.com/natgeo/posts/pfbid0abcDEF')).toEqual({ 'ana.perera.5': 1 });
  });
});

describe('Facebook reels (/reel/<id>), shaped as extensions of 2024–26 select them', () => {
  const REEL = 'https://www.facebook.com/reel/1711498136706603';
  const owner = (label: string) =>
    `<div role="main"><div data-video-id="1711498136706603"><video></video>` +
    `<div><a ${label} href="/profile.php?id=100063942496313&amp;__cft__[0]=AZx" role="link"><svg><image href="data:,"></image></svg></a>` +
    `<h2><span><a ${label} href="/profile.php?id=100063942496313&amp;__cft__[0]=AZx" role="link"><span>Island News Desk</span></a></span></h2>` +
    `<div role="button"><span>Follow</span></div></div><span dir="auto"><div>Tea country this morning</div></span></div></div>`;
  const pane =
    '<div role="complementary"><div data-pagelet="ReelsCommentPane"><div><a href="/islandnewsdesk?__cft__[0]=AZx" role="link"><span>Island News Desk</span></a><span dir="auto">Tea country…</span></div>' +
    '<div aria-label="Comment by Ana Perera 3 hours ago" role="article"><a href="https://www.facebook.com/ana.perera.5?comment_id=Y29tbWVudDoxXzI%3D" role="link"><span dir="auto">Ana Perera</span></a><div dir="auto">Beautiful</div></div></div></div>' +
    '<div role="complementary"><a href="/contact.person.1">Contact Person</a></div>';

  it('a video block’s heading elsewhere than a reel’s page is no owner by that alone', () => {
    const document = parsePage(`<body>${owner('')}</body>`);
    expect(findHandles(facebook, document, new URL('https://www.facebook.com/watch/?v=1711498136706603'))).toEqual([]);
  });

  it('a link labelled as the owner’s outside the video’s block (the comments pane’s header) is no second owner badge', () => {
    const header = '<div role="complementary"><div data-pagelet="ReelsCommentPane"><a aria-label="See Owner Profile" href="/profile.php?id=100063942496313" role="link">Island News Desk</a></div></div>';
    const document = parsePage(`<body>${owner('aria-label="See Owner Profile"')}${header}</body>`);
    expect(handleCounts(facebook, document, REEL)).toEqual({ '100063942496313': 1 });
  });

  it('the owner (by the heading in the video’s block, whatever its label’s language; not its avatar) and each commenter in the pane beside it; not the contacts pane', () => {
    for (const label of ['aria-label="See Owner Profile"', 'aria-label="Profil des Inhabers ansehen"']) {
      const document = parsePage(`<body>${owner(label)}${pane}</body>`);
      expect(findHandles(facebook, document, new URL(REEL)).map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([
        ['100063942496313', 'Island News Desk'],
        ['ana.perera.5', 'Ana Perera'],
      ]);
    }
  });
});

describe('Facebook photo pages: the post beside the photo', () => {
  // Shaped as three extensions' and scrapers' selectors describe a photo's page (2022–26): the
  // photo in the main area, its post in a complementary pane (poster in the heading, counts, comments).
  const PHOTO = 'https://www.facebook.com/photo/?fbid=1248889333937619&set=a.621291893364036';
  const pane = `<div role="complementary"><div>
      <div><a aria-hidden="true" href="https://www.facebook.com/Burgerlabbd?__cft__[0]=AZX&amp;__tn__=%3C%2CP-R" tabindex="-1"><svg><image href="data:,"></image></svg></a>
        <h2><span><a href="https://www.facebook.com/Burgerlabbd?__cft__[0]=AZX&amp;__tn__=%3C%2CP-R" role="link"><span>Burger Lab</span></a></span></h2>
        <span><a aria-label="2 days ago" href="https://www.facebook.com/photo/?fbid=1248889333937619&amp;set=a.621291893364036&amp;__cft__[0]=AZX" role="link"><span>2d</span></a></span></div>
      <div data-ad-rendering-role="story_message"><div dir="auto">New menu this week</div></div>
      <div><div><div>All reactions:</div><span>162</span></div><div role="button"><span>23 comments</span></div><div role="button"><span>5 shares</span></div></div>
      <div aria-label="Comment by Ana Perera 1 day ago" role="article"><span dir="auto"><strong><a href="https://www.facebook.com/ana.perera.5?comment_id=Y29tbWVudDox" role="link">Ana Perera</a></strong></span><div dir="auto">Looks great</div>
        <a href="https://www.facebook.com/photo/?fbid=1248889333937619&amp;comment_id=Y29tbWVudDox"><span>1d</span></a><div role="button"><span>4 comments</span></div></div></div></div>`;
  const page = parsePage(`<body><div role="banner"><a href="/me.user">Me</a></div>
    <div role="main"><div data-pagelet="MediaViewerPhoto"><img src="https://scontent.xx.fbcdn.net/v/t39.30808-6/1_n.jpg" alt="May be an image of food"></div></div>${pane}</body>`);
  const posts = (document: Document, url: string) =>
    [...document.querySelectorAll(facebook.postSelector!)].map((element) => facebook.postFromElement!(element, new URL(url))).filter(Boolean);

  it('the poster (the pane’s heading, not its avatar) and each commenter get a badge; the signed-in user none', () => {
    expect(findHandles(facebook, page, new URL(PHOTO)).map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([
      ['Burgerlabbd', 'Burger Lab'],
      ['ana.perera.5', 'Ana Perera'],
    ]);
  });

  it('the pane is the photo’s post: its counts, under the photo’s id; a comment in it is no post', () => {
    expect(posts(page, PHOTO)).toEqual([{ id: '/photo?fbid=1248889333937619', author: { network: 'facebook', handle: 'Burgerlabbd' }, likes: 162, replies: 23, reposts: 5 }]);
    expect(posts(page, 'https://www.facebook.com/Burgerlabbd/photos/a.621291893364036/1248889333937619/')).toHaveLength(1);
  });

  it('elsewhere a complementary pane is the contacts rail: nothing in it is read', () => {
    expect(findHandles(facebook, page, new URL('https://www.facebook.com/'))).toEqual([]);
    expect(posts(page, 'https://www.facebook.com/')).toEqual([]);
  });

  it('on a photo’s page, a side pane that does not link the photo is no post of it; the post’s id is the photo’s whatever its time links', () => {
    const rail = parsePage(`<body><div role="main"></div><div role="complementary"><h2><a href="/jane.doe.77">Jane Doe</a></h2>
      <a href="/photo/?fbid=999"><span>1d</span></a><div role="button"><span>12 comments</span></div></div></body>`);
    expect(findHandles(facebook, rail, new URL(PHOTO))).toEqual([]);
    expect(posts(rail, PHOTO)).toEqual([]);
    // A photo of a post with several: its pane links the photo and the post; the counts are the photo's own.
    const ofPost = parsePage(`<body>${pane.replace('<span>2d</span></a></span>', '<span>2d</span></a></span><a href="https://www.facebook.com/Burgerlabbd/posts/pfbid02xyz">View post</a>')}</body>`);
    expect(posts(ofPost, PHOTO).map((post) => post?.id)).toEqual(['/photo?fbid=1248889333937619']);
  });
});

describe('Facebook group posts whose heading names the group (signed in, 2025)', () => {
  // Shaped like a real signed-in search result: the unit says its heading is the group's name
  // (aria-labelledby) and its first described part (aria-describedby) is the byline: the author,
  // a member of the group, and the time (a bare-query link until hovered).
  const GROUP_POST = (bylineId: string) => parsePage(`<div role="feed"><div aria-posinset="3" aria-describedby="_r_4f_ _r_4g_ _r_4h_" aria-labelledby="_r_4e_">
    <div><h3 id="_r_4e_"><span><a href="/groups/268264823280155/?__cft__[0]=AZX&amp;__tn__=-UC%2CP-R" role="link"><span>Lanka Travellers</span></a></span></h3>
      <div role="button"><span>Join</span></div></div>
    <div><span dir="ltr"><div id="${bylineId}"><span><a href="/groups/268264823280155/user/100063942496313/?__cft__[0]=AZX&amp;__tn__=%2CP-R" role="link"><span>Island News Desk</span></a></span>
      <span aria-hidden="true"> · </span><a href="?__cft__[0]=AZX&amp;__tn__=%2CO%2CP-R#?kkb" role="link"><span>2d</span></a></div></span></div>
    <div id="_r_4g_"><div dir="auto">Tea country this morning. Ask <a href="/groups/268264823280155/user/100011112222333/" role="link">Nadee Perera</a> for the route.</div></div>
    <a href="https://www.facebook.com/photo/?fbid=1204484671692938&amp;set=gm.9621062074667003&amp;idorvanity=268264823280155" role="link"><img alt="May be an image of mountains"></a>
    <div id="_r_4h_"><div><div>All reactions:</div><span aria-hidden="true"><span>10</span></span></div>
      <div role="button"><span>3 comments</span></div><div role="button"><span>1 share</span></div></div>
  </div></div>`);
  const SEARCH = 'https://www.facebook.com/search/posts/?q=tea';

  it('the byline’s member gets the badge (the group in the heading gets none, nor a member named in the text)', () => {
    expect(handleCounts(facebook, GROUP_POST('_r_4f_'), SEARCH)).toEqual({ '100063942496313': 1 });
  });

  it('the post is read, its author the byline’s member, its id the photo it shows', () => {
    const page = GROUP_POST('_r_4f_');
    expect(facebook.postFromElement!(page.querySelector('[aria-posinset]')!, new URL(SEARCH))).toEqual({
      id: '/photo?fbid=1204484671692938',
      author: { network: 'facebook', handle: '100063942496313' },
      likes: 10,
      replies: 3,
      reposts: 1,
    });
  });

  it('only the first described part is a byline: a member linked anywhere else in the post is no author', () => {
    const page = GROUP_POST('not-described');
    expect(handleCounts(facebook, page, SEARCH)).toEqual({});
    expect(facebook.postFromElement!(page.querySelector('[aria-posinset]')!, new URL(SEARCH))).toBeNull();
  });
});

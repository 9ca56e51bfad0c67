// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, profileFromUrl, x } from '../../../src/sites/x';
import { joinedAt as joinedOn } from '../../../src/sites/join-date';
import { postsCount } from '../../../src/sites/x-page';

/** X opened in 2006. */
const joinedAt = (text: string, lang?: string) => joinedOn(text, lang, 2006);
import { countsFromLabel } from '../../../src/sites/x-post';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const HOME = 'https://x.com/home';
const JANE = 'https://x.com/Jane_Doe';
const MAX = 'https://x.com/Max_Muster';

const posts = (document: Document, url: string) => [...document.querySelectorAll(x.postSelector!)].map((post) => x.postFromElement!(post, new URL(url)));
const observe = (document: Document, url: string) => x.observe!(document, new URL(url));
const withoutSchema = (document: Document) => {
  document.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove());
  return document;
};

describe('X profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('x');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the handle as written, on every X host', () => {
    expect(profileFromUrl(new URL('https://mobile.twitter.com/Kikobeats/following'))).toEqual({ network: 'x', handle: 'Kikobeats' });
    expect(x.hosts).toEqual(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);
  });
});

describe('X handles on pages written for this project', () => {
  it('a timeline: one badge per post author (quoted ones too), mentions, a UserCell; not the nav, the account menu or the reposter', () => {
    expect(handleCounts(x, ownPage('x-timeline.html'), HOME)).toEqual({ alice_dev: 2, bob_smith: 1, dave_news: 1, erin_q: 1, gina_r: 1, hank_h: 1, frank_w: 1 });
  });

  it('each post’s author line holds exactly its author’s badge, beside the "@handle"', () => {
    const document = ownPage('x-timeline.html');
    for (const line of document.querySelectorAll('[data-testid="User-Name"]')) {
      const found = findHandles(x, line, new URL(HOME));
      expect(found).toHaveLength(1);
      expect(found[0].anchor.textContent!.trim()).toBe(`@${found[0].ref.handle}`);
    }
    // Avatar and display-name links get none.
    for (const link of document.querySelectorAll('[data-testid="Tweet-User-Avatar"] a, [data-testid="User-Name"] a:not([tabindex])')) {
      expect(x.handleFromElement(link, new URL(HOME))).toBeNull();
    }
  });

  it('a profile page: the header’s "@handle", the pinned post’s author, a bio mention', () => {
    const found = findHandles(x, ownPage('x-profile.html'), new URL(JANE));
    expect(found.map((f) => [f.ref.handle, f.anchor.localName])).toEqual([
      ['Jane_Doe', 'span'],
      ['acme_corp', 'a'],
      ['Jane_Doe', 'a'],
    ]);
    expect(handleCounts(x, ownPage('x-profile-de.html'), MAX)).toEqual({ Max_Muster: 4, zeitung_de: 1 });
  });

  it('no header badge where the page is another profile’s (swapped in place) or no profile', () => {
    expect(handleCounts(x, ownPage('x-profile.html'), 'https://x.com/someone_else')).toEqual({ Jane_Doe: 1, acme_corp: 1 });
    expect(handleCounts(x, ownPage('x-profile.html'), 'https://x.com/Jane_Doe/status/1800000000000000001')).toEqual({ Jane_Doe: 1, acme_corp: 1 });
  });

  it('a display-name link gets the badge where the author line shows no "@handle"', () => {
    const page = parsePage('<article data-testid="tweet"><div data-testid="User-Name"><a href="/solo_name"><span>Solo</span></a></div></article>');
    expect(findHandles(x, page, new URL(HOME)).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['solo_name', 'a']]);
    // A quoted author whose display name looks like a handle: the handle is the one after it.
    const quoted = parsePage('<div role="link"><div data-testid="User-Name"><div><span>@not_me</span></div><div><span>@real_one</span></div></div></div>');
    expect(findHandles(x, quoted, new URL(HOME)).map((f) => f.ref.handle)).toEqual(['real_one']);
  });

  it('notifications: each account a name link and its avatar name, the badge after the name (once); an account shown only by its avatar gets none', () => {
    const avatar = (handle: string) => `<div data-testid="UserAvatar-Container-${handle}"><a href="/${handle}" role="link"><img alt="" src="https://pbs.twimg.com/profile_images/1/a_normal.jpg"></a></div>`;
    const page = parsePage(`<main role="main"><div aria-label="Timeline: Notifications"><div data-testid="cellInnerDiv">
      <article data-testid="notification" role="article" tabindex="0"><div><svg viewBox="0 0 24 24"><path d="M20.884 13.19c"></path></svg></div>
        <div>${avatar('ada_l')}${avatar('bob_k')}${avatar('ada_l')}</div>
        <div><span><a href="/ada_l" role="link"><span>Ada L</span></a></span><span> and 1 other liked your post</span></div>
        <div><span>Shipping beats planning.</span></div></article>
      <article data-testid="tweet" role="article"><div data-testid="Tweet-User-Avatar">${avatar('cy_m')}</div><div data-testid="User-Name"><a href="/cy_m"><span>Cy M</span></a><a href="/cy_m" tabindex="-1"><span>@cy_m</span></a></div></article>
    </div></div></main>`);
    const found = findHandles(x, page, new URL('https://x.com/notifications'));
    expect(found.map((f) => [f.ref.handle, f.anchor.localName, f.anchor.textContent, f.placement])).toEqual([
      ['ada_l', 'a', 'Ada L', 'after'],
      ['cy_m', 'a', '@cy_m', 'after'], // a post's avatar is no notification's: its author line has the badge
    ]);
  });

  it('"Pinned by people you follow": the carousel is a nav inside the timeline, and its posts’ authors get their badges; the site’s own navs still none', () => {
    const page = parsePage(`<header role="banner"><nav role="navigation"><a href="/me_user" role="link"><span>@me_user</span></a></nav></header>
      <main role="main"><div data-testid="primaryColumn"><nav role="navigation"><div role="tablist" data-testid="ScrollSnap-List"><a href="/home" role="tab">For you</a></div></nav>
      <section role="region"><div aria-label="Timeline: Carousel"><nav aria-live="polite" role="navigation"><div role="tablist" data-testid="ScrollSnap-List">
        <div role="presentation"><div tabindex="0" role="link"><div data-testid="User-Name"><div dir="ltr"><span>Y Combinator</span></div><div dir="ltr"><span>@ycombinator</span></div><time datetime="2025-04-07T10:00:00.000Z">2h</time></div></div></div>
        <div role="presentation"><div tabindex="0" role="link"><div data-testid="User-Name"><div dir="ltr"><span>Magic Eden</span></div><div dir="ltr"><span>@MagicEden</span></div></div></div></div>
      </div></nav></div></section></div></main>
      <div data-testid="DMDrawer"><div data-testid="User-Name"><span>@in_drawer</span></div></div>`);
    expect(findHandles(x, page, new URL(HOME)).map((f) => f.ref.handle)).toEqual(['ycombinator', 'MagicEden']);
  });
});

describe('X profile pages: what observe reads', () => {
  it('the embedded ProfilePage’s exact counts and dates, the header for the badge, bio, location, link and avatar', () => {
    expect(observe(ownPage('x-profile.html'), JANE)).toEqual({
      ref: { network: 'x', handle: 'Jane_Doe' },
      signals: { followers: 12345, following: 678, posts: 9012, createdAt: '2010-03-14T09:26:53.000Z', hasBio: true, hasLocation: true, hasAvatar: true, hasUrl: true, verified: true },
      links: ['https://janedoe.example/'],
    });
  });

  it('without the schema, the header: rounded followers, the top bar’s posts, the join month', () => {
    expect(observe(withoutSchema(ownPage('x-profile.html')), 'https://x.com/jane_doe/with_replies')?.signals).toEqual({
      followers: 12300, following: 678, posts: 9012, createdAt: '2010-03-01T00:00:00.000Z', verified: true, hasBio: true, hasUrl: true, hasLocation: true, hasAvatar: true,
    });
  });

  it('on the Reposts and Subs tabs (2026) too: the header is read and badged', () => {
    for (const tab of ['reposts', 'subs']) {
      expect(observe(ownPage('x-profile.html'), `https://x.com/Jane_Doe/${tab}`)?.signals.followers).toBe(12345);
      expect(findHandles(x, ownPage('x-profile.html'), new URL(`https://x.com/Jane_Doe/${tab}`)).some((f) => f.ref.handle === 'Jane_Doe' && f.anchor.localName === 'span')).toBe(true);
    }
  });

  it('in German: "86,4 K Follower", "1.351 Folge ich", "74.263 Posts", "Seit August 2008 bei X", the default avatar', () => {
    expect(observe(ownPage('x-profile-de.html'), MAX)?.signals).toEqual({
      followers: 86400, following: 1351, posts: 74263, createdAt: '2008-08-01T00:00:00.000Z', verified: false, hasBio: true, hasUrl: false, hasLocation: false, hasAvatar: false,
    });
  });

  it('the schema’s other shapes: agentInteractionStatistic (what the account does), @graph, typed interactionType', () => {
    const schema = {
      '@graph': [{ '@type': 'ProfilePage', mainEntity: {
        url: 'https://x.com/Jane_Doe',
        interactionStatistic: { interactionType: { '@type': 'FollowAction' }, userInteractionCount: 5 },
        agentInteractionStatistic: [{ interactionType: 'https://schema.org/FollowAction', userInteractionCount: 7 }, { interactionType: 'https://schema.org/WriteAction', userInteractionCount: 9 }],
      } }],
    };
    const page = parsePage(`<script type="application/ld+json">${JSON.stringify(schema)}</script>`);
    expect(observe(page, JANE)?.signals).toEqual({ followers: 5, following: 7, posts: 9 });
  });

  it('reads nothing where the page shows another profile, no profile, or nothing it knows', () => {
    expect(observe(ownPage('x-profile.html'), 'https://x.com/someone_else')).toBeNull();
    expect(observe(ownPage('x-timeline.html'), HOME)).toBeNull();
    expect(observe(parsePage('<title>Jane Doe (@Jane_Doe) / X</title><div data-testid="UserName"><span>Jane Doe</span></div>'), JANE)).toBeNull();
  });

  it('reads the join month in X’s languages', () => {
    const march2010 = '2010-03-01T00:00:00.000Z';
    for (const text of ['Joined March 2010', 'Seit März 2010 bei X', 'Se unió en marzo de 2010', 'A rejoint X en mars 2010', 'Ingressou em março de 2010', '2010年3月からXを利用しています']) {
      expect(joinedAt(text)).toBe(march2010);
    }
    expect(joinedAt('Joined')).toBeUndefined();
    expect(joinedAt('Joined Smarch 2010')).toBeUndefined();
  });

  it('reads the join month in the page’s language: its month names as Intl writes them, alone and inflected', () => {
    const march2010 = '2010-03-01T00:00:00.000Z';
    for (const [lang, text] of [
      ['ko', '가입일: 2010년 3월'],
      ['tr', 'Mart 2010 tarihinde katıldı'],
      ['ar', 'انضم في مارس 2010'],
      ['hi', 'मार्च 2010 में शामिल हुए'],
      ['it', 'Iscrizione: marzo 2010'],
      // Russian, Polish, Czech and Greek write a month alone in one form, in a date in another.
      ['ru', 'Регистрация: март 2010 г.'],
      ['ru', 'Регистрация: марта 2010'],
      ['pl', 'Dołączył/a marzec 2010'],
      ['pl', 'Dołączył/a marca 2010'],
      ['cs', 'Uživatel se připojil března 2010'],
      ['el', 'Έγινε μέλος: Μάρτιος 2010'],
      ['nl', 'Lid sinds maart 2010'],
      ['id', 'Bergabung Maret 2010'],
      ['hu', 'Csatlakozás: 2010. március'],
      ['ca', 'Data en què s’hi va unir: març del 2010'],
      ['he', 'הצטרף ב-מרץ 2010'],
      ['zh-Hant', '已加入 2010 年 3 月'],
      // X's own tags: "msa" is Malay, "ar-x-fm" Arabic (feminine).
      ['msa', 'Sertai pada Mac 2010'],
      ['ar-x-fm', 'انضم في مارس 2010'],
      // Other scripts' digits.
      ['mr', 'सहभागी: मार्च २०१०'],
      ['fa', 'تاریخ پیوستن مارس ۲۰۱۰'],
    ]) {
      expect([lang, text, joinedAt(text, lang)]).toEqual([lang, text, march2010]);
    }
    // Months other than those Spanish or French share ("marzo", "mars"): Italian January, Turkish August.
    expect(joinedAt('Iscrizione: gennaio 2010', 'it')).toBe('2010-01-01T00:00:00.000Z');
    expect(joinedAt('Ağustos 2012 tarihinde katıldı', 'tr')).toBe('2012-08-01T00:00:00.000Z');
    // A month name is a whole word: "tháng 1" is not in "tháng 10".
    expect(joinedAt('Tham gia tháng 10 năm 2010', 'vi')).toBe('2010-10-01T00:00:00.000Z');
    expect(joinedAt('Tham gia tháng 1 năm 2010', 'vi')).toBe('2010-01-01T00:00:00.000Z');
    expect(joinedAt('가입일: 2010년 11월', 'ko')).toBe('2010-11-01T00:00:00.000Z');
    // The languages the table knows still read where the page’s language is theirs, unknown or no tag.
    expect(joinedAt('Seit März 2010 bei X', 'de')).toBe(march2010);
    expect(joinedAt('Joined March 2010', 'msa')).toBe(march2010);
    expect(joinedAt('Joined March 2010', 'not a tag')).toBe(march2010);
    // Another calendar’s year is not read as a Gregorian one.
    expect(joinedAt('เข้าร่วมเมื่อ มีนาคม 2553', 'th')).toBeUndefined();
    expect(joinedAt('تاریخ پیوستن اسفند ۱۳۸۸', 'fa')).toBeUndefined();
    expect(joinedAt('Regisztráció: 2010', 'hu')).toBeUndefined();
  });

  it('reads the top bar’s posts word in X’s languages, past a scale word parseCount reads', () => {
    for (const [lang, text, count] of [
      ['en', '74.2K posts', 74200],
      ['de', '74.263 Posts', 74263],
      ['de', '1,2 Mio. Posts', 1200000],
      ['es', '12 mil posts', 12000],
      ['ja', '7.4万 件のポスト', 74000],
      ['tr', '1.234 gönderi', 1234],
      ['tr', '1,2 B gönderi', 1200],
      ['tr', '1,2 Mn gönderi', 1200000],
      ['ko', '1,234 게시물', 1234],
      ['ko', '1.2만 게시물', 12000],
      ['ko', '3.4천 게시물', 3400],
      ['ar', '1,234 منشورات', 1234],
      ['ar', '\u200f1.2 ألف منشور', 1200],
      ['ar', '3 من المنشورات', 3],
      ['ar', '١٬٢٣٤ منشورات', 1234],
      ['hi', '1,234 पोस्ट्स', 1234],
      ['hi', '1.2 हज़ार पोस्ट्स', 1200],
      ['ru', '1 234 постов', 1234],
      ['ru', '1,2 тыс. постов', 1200],
      ['pl', '1234 wpisy', 1234],
      ['zh-Hant', '1.2萬 則貼文', 12000],
      ['fil', '1,234 (na) post', 1234],
      ['sk', '1 nový príspevok', 1],
    ] as const) {
      expect([lang, text, postsCount(text, lang)]).toEqual([lang, text, count]);
    }
    // Other tabs' words; a word between that is no scale would leave the count unscaled.
    for (const [lang, text] of [['en', '1,234 likes'], ['en', '12 photos & videos'], ['es', '1.234 Me gusta'], ['ko', '1.2만 마음에 들어요'], ['en', '1,2 foo posts'], ['en', 'Jane Doe']]) {
      expect(postsCount(text, lang)).toBeUndefined();
    }
  });

  it('in Korean, without the schema: "1.2만 게시물", "가입일: 2010년 3월", "8.6만 팔로워"', () => {
    expect(observe(ownPage('x-profile-ko.html'), JANE)?.signals).toMatchObject({ followers: 86000, following: 1351, posts: 12000, createdAt: '2010-03-01T00:00:00.000Z' });
  });

  it('in Turkish, Arabic and Hindi, without the schema: the top bar’s posts and the join month', () => {
    const header = (lang: string, posts: string, joined: string) =>
      parsePage(`<html lang="${lang}"><body><div data-testid="primaryColumn"><div><h2 role="heading">Jane</h2><div>${posts}</div></div>
        <div data-testid="UserName"><div><span>Jane</span></div><div><span>@Jane_Doe</span></div></div>
        <div data-testid="UserProfileHeader_Items"><span data-testid="UserJoinDate">${joined}</span></div></div></body></html>`);
    for (const [lang, posts, joined] of [
      ['tr', '1,2 Mn gönderi', 'Mart 2010 tarihinde katıldı'],
      ['ar', '1.2 مليون منشور', 'انضم في مارس 2010'],
      ['hi', '12 लाख पोस्ट्स', 'मार्च 2010 में शामिल हुए'],
    ]) {
      expect(observe(header(lang, posts, joined), JANE)?.signals).toMatchObject({ posts: 1200000, createdAt: '2010-03-01T00:00:00.000Z' });
    }
  });
});

describe('X posts: what postFromElement reads', () => {
  it('a timeline: the group label, else each button by its test id; zero where a button shows no number; a quote’s counts are not the post’s', () => {
    expect(posts(ownPage('x-timeline.html'), HOME)).toEqual([
      { id: '/alice_dev/status/1900000000000000001', author: { network: 'x', handle: 'alice_dev' }, postedAt: '2025-03-03T10:00:00.000Z', replies: 12, reposts: 34, likes: 567, views: 9012 },
      { id: '/dave_news/status/1900000000000000002', author: { network: 'x', handle: 'dave_news' }, postedAt: '2025-03-02T09:30:00.000Z', replies: 3, reposts: 1234, likes: 45, views: 67890 },
      { id: '/gina_r/status/1900000000000000003', author: { network: 'x', handle: 'gina_r' }, postedAt: '2025-03-03T12:00:00.000Z', likes: 2, views: 40, replies: 0, reposts: 0 },
      null,
    ]);
  });

  it('a promoted post (its cell counts impressions with pixels): its author badged, its bought counts not read; a video’s placementTracking alone is no ad', () => {
    const cell = (extra: string, media = '') => parsePage(`<div data-testid="cellInnerDiv"><div><article data-testid="tweet" role="article">
      <div data-testid="User-Name"><a href="/brand_co"><span>Brand Co</span></a><a href="/brand_co" tabindex="-1"><span>@brand_co</span></a><a href="/brand_co/status/1900000000000000009"><time datetime="2026-02-13T10:41:54.000Z">2h</time></a></div>
      ${media}<div role="group" aria-label="17 replies, 10 reposts, 131 likes, 25 bookmarks, 11716 views"></div></article>${extra}</div></div>`);
    const read = (document: Document) => x.postFromElement!(document.querySelector('article')!, new URL(HOME));
    const ad = cell('<div data-testid="top-impression-pixel"></div><div data-testid="bottom-impression-pixel"></div>');
    expect(read(ad)).toBeNull();
    expect(findHandles(x, ad, new URL(HOME)).map((f) => f.ref.handle)).toEqual(['brand_co']);
    expect(read(cell('', '<div data-testid="tweetPhoto"><div data-testid="placementTracking"><div data-testid="videoPlayer"></div></div></div>'))).toMatchObject({ likes: 131, views: 11716 });
  });

  it('an X Article’s reader view: its own counts, the analytics link naming it (its time is in no link); a post embedded in it is its own', () => {
    // Shaped like a saved 2026 X Article (zh): title, author block, a time in no link, the header's action bar, then the body with a post in it.
    const page = parsePage(`<html lang="zh"><main role="main"><div data-testid="twitterArticleReadView"><div>
      <div dir="auto" data-testid="twitter-article-title"><span>标题</span></div>
      <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta content="hwwaanng" itemprop="additionalName"></div>
      <a href="/hwwaanng" role="link"><span>Hwang</span></a><a href="/hwwaanng" role="link" tabindex="-1"><span>@hwwaanng</span></a>
      <div dir="ltr" aria-label="5月20日"><time datetime="2026-05-20T02:06:56.000Z">5月20日</time></div>
      <div aria-label="12 回复、7 次转帖、84 喜欢、58 书签、232341 次观看" role="group">
        <button aria-label="12 回复。回复" role="button" data-testid="reply"><span>12</span></button>
        <button aria-label="7 次转帖。转帖" role="button" data-testid="retweet"><span>7</span></button>
        <button aria-label="84 喜欢次数。喜欢" role="button" data-testid="like"><span>84</span></button>
        <a href="/hwwaanng/status/2056919573778292757/analytics" aria-label="232341 次查看。查看帖子分析" role="link"><span>23万</span></a></div>
      <div data-testid="twitterArticleRichTextView"><div data-testid="simpleTweet"><article role="article" data-testid="tweet">
        <div data-testid="User-Name"><span>@pixel_updates</span><a href="/pixel_updates/status/2056600000000000000"><time datetime="2026-05-19T08:00:00.000Z">5月19日</time></a></div>
        <div aria-label="6 回复、6 次转帖、213 喜欢、10 书签、5528 次观看" role="group"><button data-testid="reply" aria-label="6 回复。回复"></button>
        <a href="/pixel_updates/status/2056600000000000000/analytics" aria-label="5528 次查看。查看帖子分析"></a></div></article></div></div>
    </div></div></main></html>`);
    const read = [
      { id: '/hwwaanng/status/2056919573778292757', author: { network: 'x', handle: 'hwwaanng' }, postedAt: '2026-05-20T02:06:56.000Z', replies: 12, reposts: 7, likes: 84, views: 232341 },
      { id: '/pixel_updates/status/2056600000000000000', author: { network: 'x', handle: 'pixel_updates' }, postedAt: '2026-05-19T08:00:00.000Z', replies: 6, reposts: 6, likes: 213, views: 5528 },
    ];
    expect(posts(page, 'https://x.com/hwwaanng/article/2056919573778292757')).toEqual(read);
    // Its body may link another post's time in its words: the Article is still the one its analytics link names.
    page.querySelector('[data-testid="twitterArticleRichTextView"]')!.insertAdjacentHTML('afterbegin', '<p>As <a href="/someone_else/status/1999000000000000000"><time datetime="2026-01-01T00:00:00.000Z">Jan 1</time></a> said</p>');
    expect(posts(page, 'https://x.com/hwwaanng/article/2056919573778292757')).toEqual(read);
    // Without a time of its own in the header, that linked time is not the Article's.
    page.querySelector('[aria-label="5月20日"]')!.remove();
    expect(posts(page, 'https://x.com/hwwaanng/article/2056919573778292757')[0]).not.toHaveProperty('postedAt');
  });

  it('in German: the localised group label, the buttons’ labels, the numbers shown', () => {
    const author = { network: 'x', handle: 'Max_Muster' };
    expect(posts(ownPage('x-profile-de.html'), MAX)).toEqual([
      { id: '/Max_Muster/status/1700000000000000001', author, postedAt: '2025-02-05T08:15:00.000Z', replies: 12, reposts: 34, likes: 567, views: 9012 },
      { id: '/Max_Muster/status/1700000000000000002', author, postedAt: '2025-02-04T18:00:00.000Z', replies: 0, reposts: 3, likes: 1, views: 1234 },
      { id: '/Max_Muster/status/1700000000000000003', author, postedAt: '2025-02-03T07:00:00.000Z', replies: 5, reposts: 1234, likes: 2345 },
    ]);
  });

  it('reads the group label in English, German, Spanish, French, Portuguese, Japanese and Chinese', () => {
    const expected = { replies: 12, reposts: 34, likes: 567, bookmarks: 8, views: 9012 };
    for (const label of [
      '12 replies, 34 reposts, 567 likes, 8 bookmarks, 9012 views',
      '12 Antworten, 34 Reposts, 567 „Gefällt mir“-Angaben, 8 Lesezeichen, 9012 Mal angezeigt',
      '12 respuestas, 34 reposts, 567 Me gusta, 8 elementos guardados, 9012 visualizaciones',
      '12 réponses, 34 reposts, 567 J’aime, 8 signets, 9012 vues',
      '12 respostas, 34 reposts, 567 curtidas, 8 itens salvos, 9012 visualizações',
      '12 件の返信、34 件のリポスト、567 件のいいね、8 件のブックマーク、9012 件の表示',
      '12 回复、34 次转帖、567 喜欢、8 书签、9012 次观看',
    ]) {
      expect(countsFromLabel(label)).toEqual(expected);
    }
    expect(countsFromLabel('1 reply, 2 quotes, 1 repost')).toEqual({ replies: 1, quotes: 2, reposts: 1 });
    expect(countsFromLabel('')).toEqual({});
  });

  it('a post from before X counted views (2022): its analytics link shows no number, and its views are unknown, not zero', () => {
    const post = parsePage(`<article data-testid="tweet"><div data-testid="User-Name"><a href="/phnixhamsta" role="link"><span>@phnixhamsta</span></a>
      <a href="/phnixhamsta/status/1447946811218358272" role="link"><time datetime="2021-10-12T18:00:00.000Z">Oct 12, 2021</time></a></div>
      <div aria-label="377 replies, 232 reposts, 11604 likes, 65 bookmarks" role="group">
        <button aria-label="377 Replies. Reply" data-testid="reply"><span>377</span></button><button aria-label="232 reposts. Repost" data-testid="retweet"><span>232</span></button>
        <button aria-label="11604 Likes. Like" data-testid="like"><span>11K</span></button><button aria-label="Bookmark" data-testid="bookmark"></button>
        <a href="/phnixhamsta/status/1447946811218358272/analytics" aria-label="View post analytics" role="link"><svg></svg></a></div></article>`).querySelector('article')!;
    expect(x.postFromElement!(post, new URL(HOME))).toEqual({
      id: '/phnixhamsta/status/1447946811218358272', author: { network: 'x', handle: 'phnixhamsta' }, postedAt: '2021-10-12T18:00:00.000Z', replies: 377, reposts: 232, likes: 11604,
    });
    // A reply button without a number is zero, as X writes it.
    post.querySelector('[role="group"]')!.removeAttribute('aria-label');
    post.querySelector('[data-testid="reply"]')!.setAttribute('aria-label', 'Reply');
    post.querySelector('[data-testid="reply"]')!.textContent = '';
    expect(x.postFromElement!(post, new URL(HOME))).toMatchObject({ replies: 0, reposts: 232, likes: 11604 });
    expect(x.postFromElement!(post, new URL(HOME))).not.toHaveProperty('views');
  });

  it('an edited post: its time links to the edit history ("/status/<id>/history"), and it is the same post', () => {
    const post = parsePage(`<article data-testid="tweet" tabindex="-1"><div data-testid="User-Name"><a href="/Lena_Writes" role="link"><span>@Lena_Writes</span></a></div>
      <div><a href="/Lena_Writes/status/1974000000000000001/history" aria-label="This is the latest version of this post. Last edited 1:45 PM · Oct 4, 2025" role="link"><span><time datetime="2025-10-04T05:45:19.000Z">1:45 PM · Oct 4, 2025</time></span></a></div>
      <a href="/Lena_Writes/status/1974000000000000001/photo/1" role="link"><img alt="Image" src="https://pbs.twimg.com/media/x.jpg"></a>
      <div aria-label="6 replies, 74 reposts, 166 likes, 31 bookmarks, 18632 views" role="group">
        <button aria-label="6 Replies. Reply" data-testid="reply"><span>6</span></button><button aria-label="74 reposts. Repost" data-testid="retweet"><span>74</span></button>
        <button aria-label="166 Likes. Like" data-testid="like"><span>166</span></button></div></article>`).querySelector('article')!;
    expect(x.postFromElement!(post, new URL('https://x.com/Lena_Writes/status/1974000000000000001'))).toEqual({
      id: '/Lena_Writes/status/1974000000000000001', author: { network: 'x', handle: 'Lena_Writes' }, postedAt: '2025-10-04T05:45:19.000Z', replies: 6, reposts: 74, likes: 166, views: 18632,
    });
    // Any other page under the post is not its permalink.
    post.querySelector('time')!.closest('a')!.setAttribute('href', '/Lena_Writes/status/1974000000000000001/quotes');
    expect(x.postFromElement!(post, new URL(HOME))).toBeNull();
  });

  it('reads each label by its own numbers, where labels share a shape, and numbers with separators or scale words', () => {
    // The same shape under every post: worked out once, read with each post's numbers.
    expect(countsFromLabel('1 reply, 2 reposts, 3 likes, 4 bookmarks, 5 views')).toEqual({ replies: 1, reposts: 2, likes: 3, bookmarks: 4, views: 5 });
    expect(countsFromLabel('60 replies, 70 reposts, 80 likes, 90 bookmarks, 100 views')).toEqual({ replies: 60, reposts: 70, likes: 80, bookmarks: 90, views: 100 });
    expect(countsFromLabel('1.234 Antworten, 5 Reposts, 12.345 Mal angezeigt', 'de')).toEqual({ replies: 1234, reposts: 5, views: 12345 });
    expect(countsFromLabel('3 respuestas, 12 mil Me gusta, 1,2 M visualizaciones', 'es')).toEqual({ replies: 3, likes: 12000, views: 1200000 });
    expect(countsFromLabel('12 replies, 99999999999999999999 likes')).toEqual({ replies: 12 });
  });
});

describe('X: markup of earlier years', () => {
  const JACK = 'https://twitter.com/jack';
  const TWITTER_HOME = 'https://twitter.com/home';

  it('2022: the author line is User-Names; a quoted post’s "@handle" text and a name-only line get the badge', () => {
    const page = ownPage('x-timeline-2022.html');
    expect(handleCounts(x, page, TWITTER_HOME)).toEqual({ alice_dev: 1, erin_q: 1, solo_name: 1 });
    expect(findHandles(x, page, new URL(TWITTER_HOME)).map((f) => [f.ref.handle, f.anchor.localName, f.anchor.textContent!.trim()])).toEqual([
      ['alice_dev', 'a', '@alice_dev'],
      ['erin_q', 'span', '@erin_q'],
      ['solo_name', 'a', 'Solo'],
    ]);
    expect(posts(page, TWITTER_HOME)).toEqual([
      { id: '/alice_dev/status/1580000000000000001', author: { network: 'x', handle: 'alice_dev' }, postedAt: '2022-10-12T10:00:00.000Z', replies: 4, reposts: 6, likes: 30 },
      { id: '/solo_name/status/1580000000000000002', author: { network: 'x', handle: 'solo_name' }, postedAt: '2022-10-12T11:00:00.000Z', likes: 1 },
    ]);
  });

  it('2019–21: the div[data-testid="tweet"] inside the article is the post, matched once; a quoted post’s counts and time are not its own', () => {
    const page = ownPage('x-timeline-2020.html');
    expect([...page.querySelectorAll(x.postSelector!)].map((post) => post.localName)).toEqual(['div', 'div', 'div']);
    expect(posts(page, TWITTER_HOME)).toEqual([
      { id: '/alice_dev/status/1250000000000000001', author: { network: 'x', handle: 'alice_dev' }, postedAt: '2020-04-14T10:00:00.000Z', replies: 3, reposts: 5, likes: 20 },
      { id: '/dave_news/status/1250000000000000002', author: { network: 'x', handle: 'dave_news' }, postedAt: '2020-04-13T09:30:00.000Z', replies: 1, reposts: 1234, likes: 45 },
      { id: '/gina_r/status/1250000000000000003', author: { network: 'x', handle: 'gina_r' }, postedAt: '2020-04-14T12:00:00.000Z', likes: 2, replies: 0, reposts: 0 },
    ]);
  });

  it('legacy (pre-2020) twitter.com: the author link’s "@handle", mentions, the header card; not the top bar or the "Retweeted by" name', () => {
    const page = ownPage('x-legacy-profile.html');
    expect(handleCounts(x, page, JACK)).toEqual({ jack: 2, biz: 1, malwareunicorn: 1 });
    const authors = [...page.querySelectorAll('a.account-group')].map((link) => x.handleFromElement(link, new URL(JACK)));
    expect(authors.map((found) => [found?.ref.handle, found?.anchor.className, found?.placement])).toEqual([
      ['jack', 'username u-dir u-textTruncate', 'after'],
      ['malwareunicorn', 'username u-dir u-textTruncate', 'after'],
    ]);
    // An account link whose "@handle" is another account's, or which shows none, gets no badge.
    const odd = parsePage('<a href="/alice" data-user-id="1"><b>Alice</b> <span class="username">@bob</span></a><a href="/alice" data-user-id="1"><b>Alice</b> @alice</a>');
    expect(findHandles(x, odd, new URL(JACK))).toEqual([]);
  });

  it('legacy: the profile nav’s exact counts (likes and lists too), on that profile’s page only', () => {
    expect(observe(ownPage('x-legacy-profile.html'), JACK)).toEqual({
      ref: { network: 'x', handle: 'jack' },
      signals: { followers: 3873233, following: 4131, posts: 26026, likesGiven: 22301, lists: 30 },
    });
    expect(observe(ownPage('x-legacy-profile.html'), 'https://twitter.com/JACK/followers')?.signals.followers).toBe(3873233);
    expect(observe(ownPage('x-legacy-profile.html'), 'https://twitter.com/malwareunicorn')).toBeNull();
    // Where the schema or the header gives counts, a nav is not read at all.
    const modern = ownPage('x-profile.html');
    modern.body.insertAdjacentHTML('beforeend', '<div class="ProfileNav"><ul><li class="ProfileNav-item ProfileNav-item--followers"><a href="/Jane_Doe/followers"><span class="ProfileNav-value" data-count="1">1</span></a></li><li class="ProfileNav-item ProfileNav-item--lists"><a href="/Jane_Doe/lists"><span class="ProfileNav-value" data-is-compact="false">7</span></a></li></ul></div>');
    expect(observe(modern, JANE)?.signals).toEqual(observe(ownPage('x-profile.html'), JANE)?.signals);
  });

  it('legacy: posts from their data attributes (a retweet is its author’s post); a photo-rail item is none', () => {
    expect(posts(ownPage('x-legacy-profile.html'), JACK)).toEqual([
      { id: '/jack/status/1080000000000000001', author: { network: 'x', handle: 'jack' }, postedAt: '2019-01-01T00:00:00.000Z', replies: 21, reposts: 5, likes: 130 },
      { id: '/malwareunicorn/status/1079000000000000002', author: { network: 'x', handle: 'malwareunicorn' }, postedAt: '2018-12-30T09:00:00.000Z', replies: 0, reposts: 1204, likes: 3456 },
    ]);
    // Without data-permalink-path: the screen name and id; without counts or an author: nothing.
    const page = parsePage(`
      <div class="tweet" data-tweet-id="5" data-screen-name="jack"><span class="ProfileTweet-action--favorite"><span data-tweet-stat-count="2"></span></span></div>
      <div class="tweet" data-tweet-id="6" data-screen-name="jack"></div>
      <div class="tweet" data-tweet-id="7"><span class="ProfileTweet-action--favorite"><span data-tweet-stat-count="2"></span></span></div>`);
    expect(posts(page, JACK)).toEqual([{ id: '/jack/status/5', author: { network: 'x', handle: 'jack' }, likes: 2 }, null, null]);
  });
});

describe('X profile pages: the website in the schema’s sameAs', () => {
  const TAMINO = 'https://x.com/TaminoMartinius';
  const withoutHeader = (document: Document) => {
    document.querySelectorAll('[data-testid="UserName"], [data-testid="UserProfileHeader_Items"]').forEach((element) => element.remove());
    return document;
  };

  it('sameAs as a string: hasUrl and the link, from the schema alone', () => {
    expect(observe(ownPage('x-profile-sameas.html'), TAMINO)).toMatchObject({ signals: { followers: 2048, following: 321, posts: 4567, hasUrl: true }, links: ['https://tamino.dev/'] });
    expect(observe(withoutHeader(ownPage('x-profile-sameas.html')), TAMINO)).toMatchObject({ signals: { hasUrl: true }, links: ['https://tamino.dev/'] });
  });

  it('sameAs as a list; the account’s own X address is no website', () => {
    const page = (sameAs: unknown) =>
      parsePage(`<script type="application/ld+json">${JSON.stringify({ '@type': 'ProfilePage', mainEntity: { additionalName: 'Jane_Doe', sameAs, interactionStatistic: { interactionType: 'https://schema.org/FollowAction', userInteractionCount: 5 } } })}</script>`);
    expect(observe(page(['https://janedoe.example', 'https://github.com/janedoe', 'https://x.com/Jane_Doe', 'https://twitter.com/Jane_Doe']), JANE)).toEqual({
      ref: { network: 'x', handle: 'Jane_Doe' },
      signals: { followers: 5, hasUrl: true },
      links: ['https://janedoe.example/', 'https://github.com/janedoe'],
    });
    expect(observe(page('https://x.com/Jane_Doe'), JANE)).toEqual({ ref: { network: 'x', handle: 'Jane_Doe' }, signals: { followers: 5 } });
  });
});

describe('X profile pages as served, before any script: the ProfilePage schema in its shapes', () => {
  const schemaPage = (node: object) => parsePage(`<script type="application/ld+json">${JSON.stringify(node)}</script>`);
  const stats = [
    { '@type': 'InteractionCounter', interactionType: 'https://schema.org/FollowAction', userInteractionCount: '12045' },
    { '@type': 'InteractionCounter', interactionType: 'https://schema.org/SubscribeAction', userInteractionCount: 311 },
    { '@type': 'InteractionCounter', interactionType: 'https://schema.org/WriteAction', userInteractionCount: '4821' },
  ];
  const counts = { followers: 12045, following: 311, posts: 4821 };

  it('2023: the Person under "author" (with givenName), counts as strings, the rest of the page only og: tags', () => {
    expect(observe(ownPage('x-profile-server-author.html'), JANE)).toEqual({
      ref: { network: 'x', handle: 'Jane_Doe' },
      signals: { ...counts, createdAt: '2010-03-14T09:26:53.000Z', hasBio: true, hasLocation: true, hasAvatar: true, hasUrl: true },
      links: ['https://janedoe.example/'],
    });
    // Another profile's page: nothing.
    expect(observe(ownPage('x-profile-server-author.html'), MAX)).toBeNull();
  });

  it('the Person under "about"; the handle from its url where additionalName is absent (a query after it), or "@"-prefixed', () => {
    expect(observe(schemaPage({ '@type': 'ProfilePage', about: { additionalName: 'Jane_Doe', interactionStatistic: stats } }), JANE)?.signals).toEqual(counts);
    expect(observe(schemaPage({ '@type': 'ProfilePage', mainEntity: { url: 'https://twitter.com/jane_doe?lang=en', interactionStatistic: stats } }), JANE)?.signals).toEqual(counts);
    expect(observe(schemaPage({ '@type': ['ProfilePage'], mainEntity: { additionalName: '@Jane_Doe', interactionStatistic: stats } }), JANE)?.signals).toEqual(counts);
    expect(observe(schemaPage({ '@type': 'ProfilePage', mainEntity: { url: 'https://x.com/Max_Muster', interactionStatistic: stats } }), JANE)).toBeNull();
  });
});

describe('X: markup it does not know', () => {
  it('finds no handle, reads no profile or post, and throws nothing', () => {
    const page = parsePage(`
      <header role="banner"><a href="/me_user">@me_user</a></header><nav><a href="/me_user">@me_user</a></nav>
      <div class="css-175oi2r r-1"><a href="/alice">Alice</a><span>@alice</span><a>@alice</a><a href="/home">@home</a>
      <a href="http://[bad">@bad</a><a href="/alice/status/1">@alice</a><a href="https://example.com/alice">@alice</a>
      <a href="/alice#top">@alice</a><a href="/alice">@bob</a><a href="/a_name_that_is_too_long">@a_name_that_is_too_long</a>
      <div data-testid="User-Name"></div><div data-testid="UserName"><span>@Jane_Doe</span></div>
      <script type="application/ld+json">{not json</script><script type="application/ld+json">null</script>
      <article data-testid="tweet"><a href="/alice/status/12"><time datetime="nonsense">x</time></a><div role="group" aria-label="lots"></div></article>
      <article data-testid="tweet"><a href="http://[bad/status/1"><time></time></a><button data-testid="like"></button></article></div>`);
    expect(findHandles(x, page, new URL('https://x.com/explore'))).toEqual([]);
    expect(observe(page, 'https://x.com/alice')).toBeNull();
    expect(posts(page, HOME)).toEqual([null, null]);
  });
});

describe.skipIf(!hasSharedFixtures)('X on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));
  const JAVILOP = 'https://x.com/javilop';
  const KIKOBEATS = 'https://x.com/Kikobeats';
  const THREAD = 'https://x.com/eli_lifland/status/1908671786876850246';
  const FORBES = 'https://x.com/Forbes/status/2016058596782670275';

  it('handles: post authors once per post, quoted authors, mentions, UserCells, the profile header', () => {
    expect(handleCounts(x, real('x-profile-rendered-javilop.html'), JAVILOP)).toEqual({ javilop: 5, Magnific_AI: 1, freepik: 1 });
    expect(handleCounts(x, real('x-profile-rendered-dom-kikobeats.html'), KIKOBEATS)).toEqual({ Kikobeats: 4, vercel: 1, microlinkhq: 1, rauchg: 1 });
    // 4 posts by eli_lifland (one quoting DKokotajlo), mentions in them, "Relevant people": 2 UserCells and the bio's mentions.
    expect(handleCounts(x, real('x-thread-rendered-eli_lifland-1908671786876850246.html'), THREAD)).toEqual({
      eli_lifland: 5, DKokotajlo: 2, METR_Evals: 1, FUTURESEARCHAI: 1, AI_Futures_: 1, aidigest_: 1, SamotsvetyF: 1, oughtinc: 1,
    });
    expect(handleCounts(x, real('x-tweet-rendered-Forbes-2016058596782670275.html'), FORBES)).toEqual({ Forbes: 1 });
    expect(handleCounts(x, real('x-profile-server-html-og-kikobeats.html'), KIKOBEATS)).toEqual({});
  });

  it('each post’s author line has one badge, its author’s (the one its permalink names)', () => {
    for (const [file, url] of [['x-profile-rendered-javilop.html', JAVILOP], ['x-thread-rendered-eli_lifland-1908671786876850246.html', THREAD]]) {
      for (const post of real(file).querySelectorAll(x.postSelector!)) {
        const line = post.querySelector('[data-testid="User-Name"]')!;
        expect(findHandles(x, line, new URL(url)).map((f) => f.ref.handle)).toEqual([x.postFromElement!(post, new URL(url))!.author.handle]);
      }
    }
  });

  it('javilop: the ProfilePage’s counts (the header rounds them: "86.4K", "74.2K posts"), verified, no location or website', () => {
    expect(observe(real('x-profile-rendered-javilop.html'), JAVILOP)?.signals).toEqual({
      followers: 86423, following: 1351, posts: 74263, createdAt: '2008-08-29T18:52:07.000Z', hasBio: true, hasLocation: false, hasAvatar: true, verified: true, hasUrl: false,
    });
    expect(observe(withoutSchema(real('x-profile-rendered-javilop.html')), JAVILOP)?.signals).toMatchObject({ followers: 86400, following: 1351, posts: 74200, createdAt: '2008-08-01T00:00:00.000Z', verified: true });
  });

  it('Kikobeats: 3893 followers, 406 following, 23961 posts; location and website; not verified', () => {
    expect(observe(real('x-profile-rendered-dom-kikobeats.html'), KIKOBEATS)?.signals).toEqual({
      followers: 3893, following: 406, posts: 23961, createdAt: '2010-01-02T11:14:31.000Z', hasBio: true, hasLocation: true, hasAvatar: true, verified: false, hasUrl: true,
    });
    expect(observe(withoutSchema(real('x-profile-rendered-dom-kikobeats.html')), KIKOBEATS)?.signals).toMatchObject({ followers: 3893, following: 406, posts: 23900, createdAt: '2010-01-01T00:00:00.000Z' });
    // Another profile's URL over this page: nothing.
    expect(observe(real('x-profile-rendered-dom-kikobeats.html'), JAVILOP)).toBeNull();
  });

  it('the profile’s own links for identity links: the website (schema and header) and the bio’s t.co links as shown, not its @mentions', () => {
    expect(observe(real('x-profile-rendered-dom-kikobeats.html'), KIKOBEATS)?.links).toEqual(['http://kikobeats.com/', 'http://microlink.io/', 'http://unavatar.io/', 'https://kikobeats.com/']);
    expect(observe(withoutSchema(real('x-profile-rendered-dom-kikobeats.html')), KIKOBEATS)?.links).toEqual(['http://microlink.io/', 'http://unavatar.io/', 'https://kikobeats.com/']);
    // javilop's bio: two @mentions (X profiles, not links of his) and a newsletter link.
    expect(observe(real('x-profile-rendered-javilop.html'), JAVILOP)?.links).toEqual(['https://bit.ly/4ahq8i4']);
  });

  it('the server HTML (og: tags, an empty #react-root) shows no counts: nothing', () => {
    expect(observe(real('x-profile-server-html-og-kikobeats.html'), KIKOBEATS)).toBeNull();
    expect(observe(real('x-tweet-rendered-Forbes-2016058596782670275.html'), FORBES)).toBeNull();
  });

  it('posts: ids, times and the group labels’ counts', () => {
    const javilop = { network: 'x', handle: 'javilop' };
    expect(posts(real('x-profile-rendered-javilop.html'), JAVILOP)).toEqual([
      { id: '/javilop/status/1891903285470388521', author: javilop, postedAt: '2025-02-18T17:31:07.000Z', replies: 68, reposts: 131, likes: 684, views: 125077 },
      { id: '/javilop/status/1827080302172500161', author: javilop, postedAt: '2024-08-23T20:27:44.000Z', replies: 1264, reposts: 7363, likes: 100549, views: 7483408 },
      { id: '/javilop/status/1629876030088564736', author: javilop, postedAt: '2023-02-26T16:08:21.000Z', replies: 447, reposts: 14088, likes: 58367, views: 6360915 },
      { id: '/javilop/status/1954943693871632665', author: javilop, postedAt: '2025-08-11T16:31:12.000Z', replies: 334, reposts: 3668, likes: 47527, views: 2611899 },
    ]);
    const kiko = { network: 'x', handle: 'Kikobeats' };
    expect(posts(real('x-profile-rendered-dom-kikobeats.html'), KIKOBEATS)).toEqual([
      { id: '/Kikobeats/status/1759241476758733209', author: kiko, postedAt: '2024-02-18T15:40:27.000Z', replies: 10, reposts: 1, likes: 27, views: 11424 },
      { id: '/Kikobeats/status/1987508451887784324', author: kiko, postedAt: '2025-11-09T13:11:55.000Z', replies: 785, reposts: 890, likes: 6027, views: 788311 },
      // It quotes rauchg: the quote's time (no link) is not this post's.
      { id: '/Kikobeats/status/1935738866390253649', author: kiko, postedAt: '2025-06-19T16:38:04.000Z', replies: 36, reposts: 31, likes: 767, views: 101187 },
    ]);
    const eli = { network: 'x', handle: 'eli_lifland' };
    expect(posts(real('x-thread-rendered-eli_lifland-1908671786876850246.html'), THREAD)).toEqual([
      // The thread's main post: its permalink sits below the quoted post, its views only in the group label.
      { id: '/eli_lifland/status/1908671786876850246', author: eli, postedAt: '2025-04-06T00:03:10.000Z', replies: 29, reposts: 48, likes: 538, views: 151330 },
      { id: '/eli_lifland/status/1908671788630106366', author: eli, postedAt: '2025-04-06T00:03:10.000Z', replies: 5, reposts: 3, likes: 100, views: 12744 },
      { id: '/eli_lifland/status/1908671791486427546', author: eli, postedAt: '2025-04-06T00:03:11.000Z', replies: 7, reposts: 14, likes: 130, views: 22726 },
      { id: '/eli_lifland/status/1908671794233651339', author: eli, postedAt: '2025-04-06T00:03:11.000Z', replies: 6, reposts: 2, likes: 128, views: 26907 },
    ]);
    expect(posts(real('x-tweet-rendered-Forbes-2016058596782670275.html'), FORBES)).toEqual([
      { id: '/Forbes/status/2016058596782670275', author: { network: 'x', handle: 'Forbes' }, postedAt: '2026-01-27T08:00:00.000Z', replies: 3, reposts: 1, likes: 7, views: 3692 },
    ]);
  });
});

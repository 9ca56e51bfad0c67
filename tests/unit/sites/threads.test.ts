// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, profileFromUrl, threads } from '../../../src/sites/threads';
import type { SeenPost } from '../../../src/sites/types';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const PROFILE = 'https://www.threads.net/@erin.example';

describe('Threads profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('threads');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('reads the handle on threads.net and threads.com alike', () => {
    expect(profileFromUrl(new URL('https://www.threads.com/@Aaron.Rupar'))).toEqual({ network: 'threads', handle: 'Aaron.Rupar' });
  });
});

describe('Threads handles on a page written for this project', () => {
  it('post authors and an @mention; not avatars, the menu’s "Profile", a suggestion card', () => {
    expect(handleCounts(threads, ownPage('threads-profile.html'), PROFILE)).toEqual({ 'erin.example': 2, friend_one: 1, 'quoted.author': 1 });
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage(`<div><a href="/@zuck">Mark Zuckerberg</a><a href="/@zuck/post/C1">zuck</a><a href="http://[bad@">zuck</a>
      <a href="/@zuck#x">zuck</a><a href="https://example.com/@zuck">zuck</a><a href="/@">@</a><a href="/@a..b">a..b</a>
      <div data-pressable-container="true"><a href="/@zuck"><img alt="zuck"></a><div role="button"><svg aria-label="Like"></svg>5</div></div></div>`);
    expect(findHandles(threads, page, new URL(PROFILE))).toEqual([]);
    expect(threads.observe!(page, new URL(PROFILE))).toBeNull();
    expect(threads.postFromElement!(page.querySelector('[data-pressable-container]')!, new URL(PROFILE))).toBeNull();
  });
});

describe('Threads profile pages: what observe reads', () => {
  it('the exact follower count from the header, the posts count and the bio from og:description; its link; no check beside its picture', () => {
    expect(threads.observe!(ownPage('threads-profile.html'), new URL(PROFILE))).toEqual({
      ref: { network: 'threads', handle: 'erin.example' },
      signals: { followers: 12_345, posts: 456, hasBio: true, verified: false, hasUrl: true },
      links: ['https://erin.example.com/'],
    });
  });

  // Shaped like real profiles (zuck, openai, 2025–26): the header's parts are blocks of their own
  // before the tabs; the check beside the picture is its own drawing; links go through l.threads.com.
  const HEADER = (check: string) => `<title>Mara Quint (@mara.quint) • Threads, Say more</title>
    <div aria-label="Column body" role="region"><div>
      <div><div><h1 dir="auto" translate="no">Mara Quint</h1><span dir="auto">mara.quint</span></div></div>
      <div><div role="button" tabindex="0"><div><img alt="mara.quint's profile picture" src="data:,"></div>${check}</div></div>
      <div><span dir="auto">Runner. Writer.</span></div>
      <div><div><a href="/login" role="link"><span dir="auto"><span title="5,427">5.4K</span> followers</span></a></div>
        <div><a href="https://l.threads.com/?u=https%3A%2F%2Fmara.example.org%2Fblog&amp;e=AT0" rel="nofollow noreferrer" role="link"><span>mara.example.org/blog</span></a></div>
        <div><a href="https://l.threads.com/?u=https%3A%2F%2Fwww.instagram.com%2Fmara.quint%2F&amp;e=AT0" rel="nofollow noreferrer" role="link"><svg aria-label="Instagram" role="img"></svg></a></div></div>
      <div role="tablist"><div role="tab"><a href="/@mara.quint" role="link">Threads</a></div></div>
      <div data-pressable-container="true"><a href="/@other.one" role="link"><span>other.one</span></a><svg aria-label="Verified" viewBox="0 0 40 40"></svg>
        <a href="https://l.threads.com/?u=https%3A%2F%2Fother.example%2F" rel="nofollow" role="link">other.example</a></div>
    </div></div>`;
  const MARA = 'https://www.threads.com/@mara.quint';

  it('a header’s check beside its picture (by its drawing, in any language) and its links, not those of posts below the tabs', () => {
    const checked = threads.observe!(parsePage(HEADER('<div><svg aria-label="Verificado" height="25" role="img" viewBox="-4 0 27 19" width="25"><path d="M7.8 17.5Z"></path></svg></div>')), new URL(MARA));
    expect(checked).toEqual({
      ref: { network: 'threads', handle: 'mara.quint' },
      signals: { followers: 5427, verified: true, hasUrl: true },
      links: ['https://mara.example.org/blog', 'https://www.instagram.com/mara.quint/'],
    });
    expect(threads.observe!(parsePage(HEADER('')), new URL(MARA))?.signals).toEqual({ followers: 5427, verified: false, hasUrl: true });
  });

  it('no check read where the header’s picture is not in sight; a redirect to no web address is no link', () => {
    const page = parsePage(`<title>Mara Quint (@mara.quint) • Threads</title><div><span dir="auto"><span title="12">12</span> followers</span>
      <a href="https://l.threads.com/?u=javascript%3Aalert(1)" rel="nofollow">x</a></div><div role="tablist"></div>`);
    expect(threads.observe!(page, new URL(MARA))).toEqual({ ref: { network: 'threads', handle: 'mara.quint' }, signals: { followers: 12 } });
  });

  it('"12.3K followers" without a title; nothing where the title names another profile', () => {
    const page = (title: string) => parsePage(`<title>${title}</title><div role="button"><span>12.3K followers</span></div><span>I have 10 followers now</span>`);
    expect(threads.observe!(page('Zuck (@zuck) • Threads, Say more'), new URL('https://www.threads.com/@zuck'))?.signals).toEqual({ followers: 12_300 });
    expect(threads.observe!(page('Other (@other) • Threads, Say more'), new URL('https://www.threads.com/@zuck'))).toBeNull();
    expect(threads.observe!(ownPage('threads-profile.html'), new URL('https://www.threads.net/@someone_else'))).toBeNull();
  });

  it('an account without a name: its title is "@user • Threads", and its header’s exact count is read', () => {
    const page = (title: string) => parsePage(`<title>${title}</title><a href="/login"><div><span dir="auto"><span title="3,738">3,738</span> followers</span></div></a>`);
    const URL_ = new URL('https://www.threads.com/@j.p_morgan_trading');
    expect(threads.observe!(page('@j.p_morgan_trading • Threads, Say more'), URL_)?.signals).toEqual({ followers: 3738 });
    // Another account whose handle starts with this one's is not it.
    expect(threads.observe!(page('@j.p_morgan_trading2 • Threads, Say more'), URL_)).toBeNull();
    expect(threads.observe!(page('@jxp_morgan_trading • Threads, Say more'), URL_)).toBeNull();
    // Signed in with unread notifications, the title starts with their number (a collector extension's title pattern, 2025–26).
    expect(threads.observe!(page('(3) @j.p_morgan_trading • Threads, Say more'), URL_)?.signals).toEqual({ followers: 3738 });
    expect(threads.observe!(page('(12+) @j.p_morgan_trading • Threads'), URL_)?.signals).toEqual({ followers: 3738 });
    expect(threads.observe!(page('(3) @j.p_morgan_trading2 • Threads'), URL_)).toBeNull();
  });
});

describe('Threads profile header in other languages', () => {
  const page = (lang: string, header: string) =>
    parsePage(`<html lang="${lang}"><title>Zuck (@zuck) • Threads</title><body><div role="button"><span dir="auto">${header}</span></div></body></html>`);
  // id: "766 pengikut" in the body of an id-locale profile; zh-TW: `<span title="34">34</span>位粉絲`, and the
  // number and "位粉絲" as two text nodes ("73.8萬" + "位粉絲"); ko and ja write the label first, as
  // Meta's Korean og:description does ("팔로워 166명").
  it.each([
    ['en', '<span title="12,345">12.3K</span> followers', 12_345],
    ['id', '766 pengikut', 766],
    ['id', '1,2 rb pengikut', 1200],
    ['zh-TW', '<span title="34">34</span>位粉絲', 34],
    ['zh-TW', '<span>73.8萬</span><span>位粉絲</span>', 738_000],
    ['ko', '팔로워 <span title="166">166</span>명', 166],
    ['ko', '팔로워 1.2만명', 12_000],
    ['ja', 'フォロワー1.2万人', 12_000],
    ['tr', '1.234 takipçi', 1234],
  ])('%s: "%s" is %d followers', (lang, header, followers) => {
    expect(threads.observe!(page(lang, header), new URL('https://www.threads.com/@zuck'))?.signals).toEqual({ followers });
  });

  it('zh-TW: its title writes the brackets full-width, "Zuck（@zuck） • Threads，暢所欲言"', () => {
    const zh = parsePage(`<html lang="zh-TW"><title>Zuck（@zuck） • Threads，暢所欲言</title><body><div role="button"><span dir="auto"><span title="5,251">5,251</span>位粉絲</span></div></body></html>`);
    expect(threads.observe!(zh, new URL('https://www.threads.com/@zuck'))?.signals).toEqual({ followers: 5251 });
    const other = parsePage(`<html lang="zh-TW"><title>Other（@other） • Threads</title><body><div role="button"><span dir="auto"><span title="5,251">5,251</span>位粉絲</span></div></body></html>`);
    expect(threads.observe!(other, new URL('https://www.threads.com/@zuck'))).toBeNull();
  });

  it.each([
    ['ja', '「いいね！」', '返信', '再投稿'],
    ['ja', '「いいね！」を取り消す', 'コメントする', '再投稿'],
    ['ko', '좋아요', '답글', '리포스트'],
    ['vi', 'Thích', 'Trả lời', 'Đăng lại'],
    ['vi', 'Thích'.normalize('NFD'), 'Trả lời'.normalize('NFD'), 'Đăng lại'.normalize('NFD')],
    ['uk', 'Подобається', 'Reply', 'Repost'],
    ['id', 'Suka', 'Balas', 'Posting ulang'],
    ['id', 'Batal suka', 'Balas', 'Posting ulang'],
    ['es', 'Ya no me gusta', 'Responder', 'Republicar'],
    ['de', 'Gefällt mir nicht mehr', 'Antworten', 'Reposten'],
    ['fr', "Je n'aime plus", 'Répondre', 'Republier'],
    ['it', 'Non mi piace più', 'Rispondi', 'Ripubblica'],
    ['tr', 'Beğen', 'Yorum Yap', 'Yeniden paylaş'],
    ['pt', 'Descurtir', 'Responder', 'Republicar'],
    ['ko', '좋아요 취소', '답글', '리포스트'],
    ['nl', 'Vind ik leuk', 'Reply', 'Repost'],
    ['nl', 'Vind ik niet meer leuk', 'Reply', 'Repost'],
    ['pl', 'Lubię to!', 'Reply', 'Repost'],
    ['th', 'ถูกใจ', 'Reply', 'รีโพสต์'],
  ])('%s: a post’s action bar (%s, %s, %s)', (lang, like, reply, repost) => {
    const button = (label: string, count: string) => `<div role="button"><svg aria-label="${label}" role="img"><title>${label}</title></svg><span dir="auto"><div><span>${count}</span></div></span></div>`;
    const post = parsePage(`<html lang="${lang}"><body><div data-pressable-container="true">
      <span><a href="/@ando_lyo_ai" role="link"><span dir="auto">ando_lyo_ai</span></a></span>
      <a href="/@ando_lyo_ai/post/DKwaIi6xCRV" role="link"><time datetime="2026-04-11T10:00:32.000Z">2026-4-11</time></a>
      <div>${button(like, '47')}${button(reply, '5')}${button(repost, '2')}</div></div></body></html>`);
    expect(threads.postFromElement!(post.querySelector(threads.postSelector!)!, new URL('https://www.threads.com/'))).toMatchObject({ likes: 47, replies: 5, reposts: 2 });
  });

  it('zh-TW: a post’s action bar (讚, 回覆, 轉發)', () => {
    const post = parsePage(`<html lang="zh-TW"><body><div data-pressable-container="true">
      <span><a href="/@zuck" role="link"><span dir="auto">zuck</span></a></span>
      <a href="/@zuck/post/DKwaIi6xCRV" role="link"><time datetime="2025-06-11T10:00:32.000Z">2025-6-11</time></a>
      <div><div role="button"><svg aria-label="讚" role="img"><title>讚</title></svg><span dir="auto"><div><span>47</span></div></span></div>
        <div role="button"><svg aria-label="回覆" role="img"><title>回覆</title></svg><span dir="auto"><div><span>5</span></div></span></div>
        <div role="button"><svg aria-label="轉發" role="img"><title>轉發</title></svg><span dir="auto"><div><span>2</span></div></span></div>
        <div role="button"><svg aria-label="分享" role="img"><title>分享</title></svg></div></div></div></body></html>`);
    expect(threads.postFromElement!(post.querySelector(threads.postSelector!)!, new URL('https://www.threads.com/@zuck'))).toEqual({
      id: '/@zuck/post/DKwaIi6xCRV',
      author: { network: 'threads', handle: 'zuck' },
      postedAt: '2025-06-11T10:00:32.000Z',
      likes: 47,
      replies: 5,
      reposts: 2,
    });
  });

  it('not a label in a sentence, nor a label with no number', () => {
    for (const text of ['Saya punya 10 pengikut baru', '팔로워', '位粉絲', '팔로워 목록 10']) {
      expect(threads.observe!(page('und', text), new URL('https://www.threads.com/@zuck'))).toBeNull();
    }
  });
});

describe('Threads og:description of a profile', () => {
  const head = (handle: string, text: string) =>
    parsePage(`<head><meta property="og:url" content="https://www.threads.net/@${handle}"><meta property="og:description" content="${text}"></head>`);
  const read = (handle: string, text: string) => threads.observe!(head(handle, text), new URL(`https://www.threads.net/@${handle}`))?.signals;

  it('without a bio, two parts: "15 Followers • 18 Threads. See the latest…", "5.7M Followers • 158 Threads"', () => {
    expect(read('bleichi_loveless', '15 Followers • 18 Threads. See the latest conversations with @bleichi_loveless.')).toEqual({ followers: 15, posts: 18, hasBio: false });
    expect(read('erin.example', '5.7M Followers • 158 Threads')).toEqual({ followers: 5_700_000, posts: 158, hasBio: false });
  });

  it('"0 Threads" is no count: Meta writes it for profiles that show posts (real pages, 2025 and 2026)', () => {
    expect(read('openai', '517.9K Followers • 0 Threads • OpenAI’s mission is to ensure that artificial general intelligence benefits all of humanity.')).toEqual({ followers: 517_900, hasBio: true });
  });

  // id: "756 Pengikut • 213 Utas • …"; zh-TW: "… 位粉絲 • … 則串文"; ko: "팔로워 166명 • 스레드 55개 • 빵순이 🍞. @oh_homez님과의 최근 대화를 확인해보세요."
  it.each([
    ['756 Pengikut • 213 Utas • Fotografer di Jakarta', { followers: 756, posts: 213, hasBio: true }],
    ['2,381 位粉絲 • 56 則串文 • 攝影師', { followers: 2381, posts: 56, hasBio: true }],
    ['팔로워 166명 • 스레드 55개 • 빵순이 🍞. @erin.example님과의 최근 대화를 확인해보세요.', { followers: 166, posts: 55, hasBio: true }],
    ['팔로워 1.2만명 • 스레드 456개. @erin.example님과의 최근 대화를 확인해보세요.', { followers: 12_000, posts: 456, hasBio: false }],
    ['팔로워 166명 • 서울 2024 • 사진', { followers: 166, hasBio: true }],
  ])('in other languages: "%s"', (text, signals) => {
    expect(read('erin.example', text)).toEqual(signals);
  });

  it('posts only where the second part starts with a number; nothing from one part, or where og:url is another profile', () => {
    expect(read('erin.example', '1,234 Followers • Photographer since 2010 • Berlin')).toEqual({ followers: 1234, hasBio: true });
    expect(read('erin.example', '1,234 Followers. See the latest conversations with @erin.example.')).toBeUndefined();
    expect(threads.observe!(head('someone_else', '15 Followers • 18 Threads'), new URL('https://www.threads.net/@erin.example'))).toBeNull();
  });
});

describe('Threads profile links in the head (link rel="me"), as the server sent them', () => {
  const head = (handle: string, links: string) =>
    parsePage(`<head><title>Erin (@erin.example) • Threads, Say more</title><meta property="og:url" content="https://www.threads.com/@${handle}">
      <meta property="og:description" content="2.1K Followers • 68 Threads • Tips. See the latest conversations with @${handle}.">${links}</head><body></body>`);
  const PAGE = new URL('https://www.threads.com/@erin.example');

  it('its links and hasUrl where the header is not drawn; http(s) only, each once', () => {
    const links = '<link rel="me" href="https://qrco.de/become-a-cfo"><link rel="me" href="http://erin.example.org/"><link rel="me" href="https://qrco.de/become-a-cfo"><link rel="me" href="javascript:alert(1)">';
    expect(threads.observe!(head('erin.example', links), PAGE)).toEqual({
      ref: { network: 'threads', handle: 'erin.example' },
      signals: { followers: 2100, posts: 68, hasBio: true, hasUrl: true },
      links: ['https://qrco.de/become-a-cfo', 'http://erin.example.org/'],
    });
  });

  it('none where the head is another profile’s (the app swapped the page in place); the header’s links before the head’s', () => {
    expect(threads.observe!(head('someone_else', '<link rel="me" href="https://other.example/">'), PAGE)).toBeNull();
    const page = ownPage('threads-profile.html');
    page.head.insertAdjacentHTML('beforeend', '<link rel="me" href="https://stale.example/">');
    expect(threads.observe!(page, new URL(PROFILE))?.links).toEqual(['https://erin.example.com/']);
  });
});

describe('Threads posts: what postFromElement reads', () => {
  it('likes, replies and reposts beside their icons, the permalink and time; an empty reply button is 0 replies; a quoted post shows none', () => {
    const document = ownPage('threads-profile.html');
    const posts = [...document.querySelectorAll(threads.postSelector!)].map((element) => threads.postFromElement!(element, new URL(PROFILE)));
    expect(posts).toEqual([
      { id: '/@erin.example/post/DIPC0_TP9up', author: { network: 'threads', handle: 'erin.example' }, postedAt: '2025-04-09T17:59:10.000Z', likes: 1200, replies: 34, reposts: 5 },
      { id: '/@erin.example/post/DIMnOE6SGb2', author: { network: 'threads', handle: 'erin.example' }, postedAt: '2025-04-08T19:19:27.000Z', likes: 9, replies: 0 },
      null,
    ]);
  });
});

describe('Threads Activity page (/activity): rows whose permalink wraps the text, not the time', () => {
  const ACTIVITY = 'https://www.threads.net/activity';
  const author = (handle: string) => ({ network: 'threads', handle });
  const posts = () => {
    const page = ownPage('threads-activity-rows.html');
    return [...page.querySelectorAll(threads.postSelector!)].map((element) => threads.postFromElement!(element, new URL(ACTIVITY)));
  };

  it('each row’s post once, from its content column; the avatar column, a follow and an unclear row give none', () => {
    expect(posts()).toEqual([
      null, // avatar column
      { id: '/@row.author/post/DHxAmpLe01a', author: author('row.author'), likes: 102, replies: 18 },
      null,
      // "Posted their first thread": the permalink wraps the label.
      { id: '/@first.timer/post/DGfIrStPo5t', author: author('first.timer'), likes: 1, replies: 0 },
      null,
      null, // "Followed you": no post, no action bar
      null,
      // The quoted post's 999 likes stay its own.
      { id: '/@quoting.friend/post/DIqUoTe0001', author: author('quoting.friend'), likes: 7, replies: 0, reposts: 1 },
      { id: '/@signed_in_user/post/DIoRiGiNal02', author: author('signed_in_user'), likes: 999 },
      null,
      null, // its text links a second post: whose are the 40 likes?
      null,
      // No number beside any icon: nobody answered it yet (likes and reposts may be hidden).
      { id: '/@quiet.poster/post/DGqUiEt0005', author: author('quiet.poster'), replies: 0 },
    ]);
  });

  it('no postedAt: the row’s time is the activity’s, not the post’s', () => {
    for (const post of posts()) expect(post?.postedAt).toBeUndefined();
  });

  it('the authors’ badges as before: the name links, not the avatars or "Followed you"', () => {
    expect(handleCounts(threads, ownPage('threads-activity-rows.html'), ACTIVITY)).toEqual({
      'row.author': 1,
      'first.timer': 1,
      'new.follower': 1,
      'quoting.friend': 1,
      signed_in_user: 1,
      'link.sharer': 1,
      'quiet.poster': 1,
    });
  });

  it('only the bare permalink: a `…/media` link names no row post', () => {
    const page = parsePage(`<div data-pressable-container="true"><a href="/@zuck/post/C1/media"><img alt=""></a><time datetime="2025-04-01T00:00:00Z">1w</time>
      <div role="button"><svg aria-label="Like"></svg><span>5</span></div></div>`);
    expect(threads.postFromElement!(page.querySelector('[data-pressable-container]')!, new URL(ACTIVITY))).toBeNull();
  });
});

describe.skipIf(!hasSharedFixtures)('Threads real saved page (needs ../shared/fixtures)', () => {
  const url = 'https://www.threads.net/';
  const document = () => parsePage(readShared('html/threads-home-rendered-feed.html'));

  it('the 2025 home feed: each post author once, @mentions; not the menu’s /@vprtwn "Profile" or "Suggested for you"', () => {
    expect(handleCounts(threads, document(), url)).toEqual({
      romainhuet: 2,
      openai: 1,
      nymetroweather: 2,
      akamztweenty: 1,
      chrissaad: 1,
      bluebeachkim: 1,
      umru: 1,
      dongbeicantbefuckedwith: 1,
      ishowspeed: 1,
      startuparchive_: 1,
      southparkcommons: 1,
      foodiechina888: 2,
      stoopingnyc: 3,
      jyvisions_led_display: 1,
      trumpflationtracker: 1,
      'aaron.rupar': 1,
      firerock31: 1,
      newyorkermag: 1,
    });
    expect(threads.observe!(document(), new URL(url))).toBeNull();
  });

  it('the 2025 home feed: every post’s counts as its action bar shows them', () => {
    const page = document();
    const posts = [...page.querySelectorAll(threads.postSelector!)].map((element) => threads.postFromElement!(element, new URL(url)));
    const row = (post: SeenPost | null) => (post ? [post.id, post.likes, post.replies, post.reposts] : null);
    expect(posts.map(row)).toEqual([
      ['/@romainhuet/post/DIPC0_TP9up', 1, 1, undefined],
      ['/@nymetroweather/post/DIODLhtMcxU', 48, 2, undefined],
      ['/@akamztweenty/post/DIOtAllstEy', 1000, 10, 19],
      ['/@chrissaad/post/DIKIQMdBzMY', 9, 4, undefined],
      ['/@romainhuet/post/DIMnOE6SGb2', undefined, 0, undefined], // no number beside any icon: none answered it; its likes may be hidden
      ['/@nymetroweather/post/DILe9RNtipm', 42, 1, 1],
      ['/@bluebeachkim/post/DIMaKKJPuw5', 11, 0, undefined],
      ['/@umru/post/DIMTHjTtpsT', 5, 0, undefined],
      ['/@dongbeicantbefuckedwith/post/DILZ-LUutVM', 24, 0, 1],
      ['/@startuparchive_/post/DIOWfqEiUj9', 17, 3, 2],
      ['/@foodiechina888/post/DIMCC1CJPrx', 189, 4, 16],
      ['/@stoopingnyc/post/DIOcbVIudXl', 11, 2, undefined],
      ['/@stoopingnyc/post/DIPDdYWxYZK', 2, 0, undefined],
      ['/@jyvisions_led_display/post/DIOfdegpIeN', 1, 0, undefined],
      ['/@trumpflationtracker/post/DINOGRLtvMv', 200, 3, 21],
      null, // aaron.rupar's post quoted inside trumpflationtracker's: no action bar of its own
      ['/@foodiechina888/post/DIOpWEPx9t_', 52, 0, 3],
      ['/@firerock31/post/DIOlnsIpjES', 60, 3, 6],
      ['/@newyorkermag/post/DIPKFouxwyg', 9, 0, 1],
      ['/@stoopingnyc/post/DINRHgrNCY_', 15, 0, undefined],
    ]);
    expect(posts[0]).toMatchObject({ author: { network: 'threads', handle: 'romainhuet' }, postedAt: '2025-04-09T17:59:10.000Z' });
  });
});

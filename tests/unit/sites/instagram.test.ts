// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, instagram, profileFromUrl } from '../../../src/sites/instagram';
import { postId } from '../../../src/sites/instagram-post';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const PROFILE = 'https://www.instagram.com/erin.example/';
const FEED = 'https://www.instagram.com/';

describe('Instagram profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('instagram');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the username as written', () => {
    expect(profileFromUrl(new URL('https://www.instagram.com/Nat.Geo_Travel/tagged/'))).toEqual({ network: 'instagram', handle: 'Nat.Geo_Travel' });
  });
});

describe('Instagram handles on pages written for this project', () => {
  it('a profile: its header name, the follower list’s names; not avatars, tabs, the menu’s own "Profile", the footer', () => {
    const document = ownPage('instagram-profile.html');
    expect(handleCounts(instagram, document, PROFILE)).toEqual({ 'erin.example': 1, follower_one: 1, 'second.follower': 1 });
    const header = findHandles(instagram, document.querySelector('header')!, new URL(PROFILE));
    expect(header.map((f) => [f.ref.handle, f.anchor.localName, f.placement])).toEqual([['erin.example', 'h2', 'append']]);
  });

  it('the header name is not a badge on another profile’s URL (the app swaps pages in place)', () => {
    expect(handleCounts(instagram, ownPage('instagram-profile.html'), 'https://www.instagram.com/someone_else/')).toEqual({ follower_one: 1, 'second.follower': 1 });
  });

  it('a feed: one badge per post author (header, not again in the caption), mentions, likers, comment authors', () => {
    const document = ownPage('instagram-post.html');
    expect(handleCounts(instagram, document, FEED)).toEqual({
      natgeo_travel: 1,
      'photo.grapher': 1,
      quiet_user: 1,
      friend_one: 1,
      ad_account: 1,
      'studio.daily': 1,
      commenter_a: 2,
      'commenter.b': 1,
    });
    const first = findHandles(instagram, document.querySelector('article')!, new URL(FEED));
    expect(first[0].anchor.closest('header')).not.toBeNull();
  });

  it('the reels viewer: each reel’s author, whose link goes to their reels; a profile’s Reels tab is no name', () => {
    const reel = (user: string) => `<div class="x78zum5 xdt5ytf"><div><video playsinline="" src="blob:https://www.instagram.com/1"></video></div>
      <div><a aria-label="${user} reels" href="/${user}/reels/" role="link" tabindex="0"><span dir="auto">${user}</span></a><span dir="auto">Morning light</span></div></div>`;
    const viewer = parsePage(`<main role="main">${reel('creatorone')}${reel('creator.two')}</main>`);
    expect(findHandles(instagram, viewer, new URL('https://www.instagram.com/reels/DAbCdEfGhIj/')).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['creatorone', 'a'], ['creator.two', 'a']]);
    const tabs = parsePage('<main role="main"><div role="tablist"><a href="/creatorone/" role="tab">Posts</a><a href="/creatorone/reels/" role="tab"><span>Reels</span></a><a href="/creatorone/tagged/" role="tab">creatorone</a></div></main>');
    expect(findHandles(instagram, tabs, new URL('https://www.instagram.com/creatorone/'))).toEqual([]);
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage(`<div><a>x</a><a href="http://[bad">aaronpk</a><a href="/aaronpk/#x">aaronpk</a><a href="/aaronpk/">Aaron Parecki</a>
      <a href="/p/aaronpk/">aaronpk</a><a href="/explore/">explore</a><a href="https://example.com/aaronpk/">aaronpk</a>
      <a href="/aaronpk/followers/">aaronpk</a><a href="/a..b/">a..b</a><h2>aaronpk</h2></div>`);
    expect(findHandles(instagram, page, new URL('https://www.instagram.com/aaronpk/'))).toEqual([]);
    expect(instagram.observe!(page, new URL('https://www.instagram.com/aaronpk/'))).toBeNull();
    for (const article of page.querySelectorAll('article')) expect(instagram.postFromElement!(article, new URL(FEED))).toBeNull();
  });
});

describe('Instagram profile pages: what observe reads', () => {
  it('the rendered header first (exact followers from span[title]), then the description meta for what it lacks', () => {
    expect(instagram.observe!(ownPage('instagram-profile.html'), new URL(PROFILE))).toEqual({
      ref: { network: 'instagram', handle: 'erin.example' },
      signals: { posts: 1204, followers: 12_345, following: 321, verified: true, hasUrl: true, hasBio: true },
    });
  });

  it('2025’s header, its counts in sibling divs (no list): "40 posts" before the followers link; never the story highlights’ list', () => {
    const url = new URL('https://www.instagram.com/mara.voss/');
    const page = ownPage('instagram-profile-2025.html');
    expect(instagram.observe!(page, url)).toEqual({ ref: { network: 'instagram', handle: 'mara.voss' }, signals: { posts: 40, followers: 1878, following: 46 } });
    expect(findHandles(instagram, page, url).map((found) => [found.ref.handle, found.anchor.localName])).toEqual([['mara.voss', 'h2']]);
    // Without the followers link, the posts are not guessed from whatever comes before the following link.
    page.querySelector('a[href$="/followers/"]')!.parentElement!.remove();
    expect(instagram.observe!(page, url)?.signals).toEqual({ following: 46 });
    // Logged out, the counts are a list of no links: read by their order, the highlights' list passed over.
    const loggedOut = parsePage(`<main><header><h2>mara.voss</h2><ul class="_acay"><li><a href="/stories/highlights/1/">2024</a></li><li><a href="/stories/highlights/2/">Travel</a></li><li><a href="/stories/highlights/3/">100</a></li></ul>
      <ul><li><span>40</span> posts</li><li><span title="1,878">1,878</span> followers</li><li><span>46</span> following</li></ul></header></main>`);
    expect(instagram.observe!(loggedOut, url)?.signals).toEqual({ posts: 40, followers: 1878, following: 46 });
  });

  it('the description meta in the page’s language, only where it names the URL’s profile', () => {
    const meta = (lang: string, text: string) => parsePage(`<html lang="${lang}"><head><meta property="og:description" content="${text}"></head></html>`);
    const url = new URL('https://www.instagram.com/aaronpk/');
    const cases: [string, string, object][] = [
      ['en', '484 Followers, 320 Following, 1,234 Posts - See Instagram photos and videos from Aaron Parecki (@aaronpk)', { followers: 484, following: 320, posts: 1234 }],
      ['de', '484 Follower, 320 gefolgt, 1.234 Beiträge – Sieh dir Instagram-Fotos und -Videos von Aaron Parecki (@aaronpk) an', { followers: 484, following: 320, posts: 1234 }],
      ['es', '484 seguidores, 320 seguidos, 1234 publicaciones - Ver fotos y videos de Instagram de Aaron Parecki (@aaronpk)', { followers: 484, following: 320, posts: 1234 }],
      // Label first, "、" between the parts, CJK units: as scrapers of ja, ko and zh-TW pages quote them.
      ['ja', 'フォロワー484人、フォロー中320人、投稿1,234件 - Aaron Parecki (@aaronpk) • Instagramの写真と動画', { followers: 484, following: 320, posts: 1234 }],
      ['ko', '팔로워 5.1만명, 팔로잉 1,155명, 게시물 891개 - Aaron Parecki (@aaronpk)님의 Instagram 계정', { followers: 51_000, following: 1155, posts: 891 }],
      ['ko', '팔로워 17,078명, 팔로잉 788명, 게시물 294개 - Aaron Parecki(@aaronpk)님의 Instagram 사진 및 동영상', { followers: 17_078, following: 788, posts: 294 }],
      ['zh-TW', '1.2萬 位粉絲、300 人追蹤中、1,234 則貼文 - 查看 Aaron Parecki (@aaronpk) 的 Instagram 相片和影片', { followers: 12_000, following: 300, posts: 1234 }],
      ['zh-TW', '687M 位粉絲、305 人追蹤中、8,612 篇貼文 - 查看 Aaron Parecki (@aaronpk) 的 Instagram 相片和影片', { followers: 687_000_000, following: 305, posts: 8612 }],
    ];
    for (const [lang, text, signals] of cases) expect(instagram.observe!(meta(lang, text), url)?.signals).toEqual(signals);
    const other = meta('en', '484 Followers, 320 Following, 1,234 Posts - See Instagram photos and videos from Someone (@someone)');
    expect(instagram.observe!(other, url)).toBeNull();
  });

  it('the description of an account with no full name: "… from @apple", German "… von @homegate.ch an"', () => {
    const head = (lang: string, title: string, text: string) =>
      parsePage(`<html lang="${lang}"><head><title>${title}</title><meta property="og:description" content="${text}"></head></html>`);
    const apple = head('en', '@apple • Instagram photos and videos', '14.9m Followers, 6 Following, 436 Posts - See Instagram photos and videos from @apple');
    expect(instagram.observe!(apple, new URL('https://www.instagram.com/apple/'))?.signals).toEqual({ followers: 14_900_000, following: 6, posts: 436 });
    const homegate = head('de', '@homegate.ch • Instagram-Fotos und -Videos', '1,432 Abonnenten, 268 folgen, 468 Beiträge - Sieh dir Instagram-Fotos und -Videos von @homegate.ch an');
    expect(instagram.observe!(homegate, new URL('https://www.instagram.com/homegate.ch/'))?.signals).toEqual({ followers: 1432, following: 268, posts: 468 });
    // Another account whose username starts with this one's is not this one.
    expect(instagram.observe!(apple, new URL('https://www.instagram.com/app/'))).toBeNull();
    expect(instagram.observe!(homegate, new URL('https://www.instagram.com/homegate/'))).toBeNull();
  });

  it('the bio after "@user on Instagram:" counts as one; an account the bio mentions is not the profile described', () => {
    const head = (description: string) => parsePage(`<head><meta name="description" content="${description}"></head>`);
    const withBio = head('14.9m Followers, 6 Following, 436 Posts - @apple on Instagram: &quot;Everyone has a story. Share yours with #ShotoniPhone&quot;');
    expect(instagram.observe!(withBio, new URL('https://www.instagram.com/apple/'))?.signals).toEqual({ followers: 14_900_000, following: 6, posts: 436, hasBio: true });
    const mentioning = head('484 Followers, 320 Following, 1,234 Posts - @someone on Instagram: &quot;Photos with @aaronpk and friends&quot;');
    expect(instagram.observe!(mentioning, new URL('https://www.instagram.com/aaronpk/'))).toBeNull();
    // Korean quotes the bio in single quotes: "… (@user)님의 Instagram 계정: '소개글'".
    const korean = head("팔로워 17,078명, 팔로잉 1,155명, 게시물 891개 - 먹스나 (@someone)님의 Instagram 계정: '사진 @aaronpk 님과 함께'");
    expect(instagram.observe!(korean, new URL('https://www.instagram.com/aaronpk/'))).toBeNull();
    expect(instagram.observe!(korean, new URL('https://www.instagram.com/someone/'))?.signals).toEqual({ followers: 17_078, following: 1155, posts: 891, hasBio: true });
  });

  it('the verified badge by its glyph, whatever the language of its label', () => {
    const badge = (label: string) =>
      `<svg aria-label="${label}" role="img" viewBox="0 0 40 40"><title>${label}</title><path d="M19.998 3.094 14.638 0l-2.972 5.15H5.432v6.354L0 14.64 3.094 20 0 25.359l5.432 3.137v5.905h5.975L14.638 40l5.36-3.094L25.358 40l3.232-5.6h6.162v-6.01L40 25.359 36.905 20 40 14.641l-5.248-3.03v-6.46h-6.419L25.358 0l-5.36 3.094Zm7.415 11.225 2.254 2.287-11.43 11.5-6.835-6.93 2.244-2.258 4.587 4.581 9.18-9.18Z"></path></svg>`;
    const header = (lang: string, extra: string) =>
      parsePage(`<html lang="${lang}"><main><header><h2>aaronpk</h2>${extra}<ul><li>1</li><li><a href="/aaronpk/followers/">5</a></li><li><a href="/aaronpk/following/">6</a></li></ul></header></main></html>`);
    const url = new URL('https://www.instagram.com/aaronpk/');
    expect(instagram.observe!(header('ru', badge('Подтвержденный')), url)?.signals.verified).toBe(true);
    expect(instagram.observe!(header('vi', badge('Đã xác minh')), url)?.signals.verified).toBe(true);
    expect(instagram.observe!(header('en', '<svg aria-label="Verified"><title>Verified</title></svg>'), url)?.signals.verified).toBe(true);
    // Another icon with a label is no badge.
    expect(instagram.observe!(header('en', '<svg aria-label="Options" viewBox="0 0 24 24"><path d="M12 2a10 10 0 1 0 0 20"></path></svg>'), url)?.signals.verified).toBeUndefined();
  });

  it('reads nothing where the page is not a profile, or shows another profile’s header', () => {
    expect(instagram.observe!(ownPage('instagram-post.html'), new URL(FEED))).toBeNull();
    const header = parsePage('<main><header><h2>someone</h2><ul><li>1 posts</li><li><a href="/someone/followers/">5 followers</a></li><li><a href="/someone/following/">6 following</a></li></ul></header></main>');
    expect(instagram.observe!(header, new URL('https://www.instagram.com/aaronpk/'))).toBeNull();
  });
});

describe('Instagram posts: what postFromElement reads', () => {
  it('likes from the liked_by link (past an avatar stack of likers), comments from "View all N comments", the time; none where counts are hidden', () => {
    const articles = [...ownPage('instagram-post.html').querySelectorAll(instagram.postSelector!)];
    expect(articles.map((article) => instagram.postFromElement!(article, new URL(FEED)))).toEqual([
      { id: '/p/C9xYz12AbCd/', author: { network: 'instagram', handle: 'natgeo_travel' }, postedAt: '2024-07-01T10:00:00.000Z', likes: 12_345, replies: 456 },
      null,
      null,
      { id: '/p/DH_ux4pSlV0/', author: { network: 'instagram', handle: 'studio.daily' }, postedAt: '2025-04-10T09:15:00.000Z', likes: 48 },
    ]);
  });
});

describe('Instagram posts without a permalink (a narrow feed links the post only through its likers)', () => {
  it('the post named by its liked_by link; where nothing names it, the page’s post; a sound’s page names none', () => {
    const feed = (inner: string) => parsePage(`<html lang="en"><main><article><div><a href="/natgeo/">natgeo</a></div><time datetime="2025-06-01T10:00:00.000Z">2d</time>
      <section><div role="button"><svg aria-label="Like"></svg></div></section>${inner}<a href="/p/DceVsiRH8HO/liked_by/"><span class="html-span">1,234</span> likes</a></article></main></html>`);
    expect(instagram.postFromElement!(feed('').querySelector('article')!, new URL(FEED))).toMatchObject({ id: '/p/DceVsiRH8HO/', author: { handle: 'natgeo' }, likes: 1234 });
    const onPostPage = parsePage('<html lang="en"><article><div><a href="/natgeo/">natgeo</a></div><section><div role="button"><svg aria-label="Like"></svg></div><span role="button">1,234</span></section></article></html>');
    expect(instagram.postFromElement!(onPostPage.querySelector('article')!, new URL('https://www.instagram.com/p/C1xYzAbCdEf/'))?.id).toBe('/p/C1xYzAbCdEf/');
    expect(instagram.postFromElement!(feed('<a href="/reels/audio/1234567/">Original audio</a>').querySelector('article')!, new URL(FEED))?.id).toBe('/p/DceVsiRH8HO/');
  });
});

describe('Instagram 2025 posts and reels: what postFromElement reads', () => {
  const read = (document: Document, url = FEED) => [...document.querySelectorAll(instagram.postSelector!)].map((article) => instagram.postFromElement!(article, new URL(url)));
  /** A post in the page's language: its author, its permalink, and what else it holds. */
  const post = (lang: string, inner: string) =>
    parsePage(`<html lang="${lang}"><article><header><a href="/natgeo/">natgeo</a></header><a href="/p/C1xYzAbCdEf/"><time datetime="2025-06-01T10:00:00.000Z">2d</time></a>${inner}</article></html>`);
  const counts = (document: Document) => {
    const found = instagram.postFromElement!(document.querySelector('article')!, new URL(FEED));
    return found && { likes: found.likes, replies: found.replies };
  };

  it('a reel’s page: the counts beside its Like and Comment icons, not a comment’s heart or "3 likes"; "… and 1,232 others" with the likers named; /reels/<code>/; hidden likes', () => {
    expect(read(ownPage('instagram-post-2025.html'), 'https://www.instagram.com/reel/DHabc123xyz/')).toEqual([
      { id: '/reel/DHabc123xyz/', author: { network: 'instagram', handle: 'natgeo' }, postedAt: '2025-06-01T10:00:00.000Z', likes: 1234, replies: 56 },
      { id: '/p/C1xYzAbCdEf/', author: { network: 'instagram', handle: 'natgeo_travel' }, postedAt: '2025-05-30T08:00:00.000Z', likes: 1234 },
      { id: '/reel/DJk9_xYz012/', author: { network: 'instagram', handle: 'studio.daily' }, likes: 48 },
      { id: '/p/DAbc_123-xY/', author: { network: 'instagram', handle: 'quiet_user' }, postedAt: '2025-05-29T08:00:00.000Z', replies: 7 },
    ]);
  });

  it('the icons named in the page’s language; the liked_by link’s number first', () => {
    const pair = (label: string, count: string) => `<span role="button"><svg aria-label="${label}"></svg></span><span role="button">${count}</span>`;
    // Shaped like a Portuguese post page: a comment's "3 curtidas" before the post's own buttons.
    expect(counts(post('pt-BR', `<div role="button">3 curtidas</div><div>${pair('Curtir', '4')}${pair('Comentar', '2')}</div>`))).toEqual({ likes: 4, replies: 2 });
    const cases: [string, string, string, string, string, object][] = [
      ['es', 'Me gusta', '1.234', 'Comentario', '56', { likes: 1234, replies: 56 }],
      ['de', 'Gefällt mir', '12.345', 'Kommentieren', '1.002', { likes: 12_345, replies: 1002 }],
      ['fr', 'J’aime', '1,2 k', 'Commenter', '8', { likes: 1200, replies: 8 }],
      ['it', 'Mi piace', '3,4 Mln', 'Commenta', '90', { likes: 3_400_000, replies: 90 }],
      ['ja', 'いいね！', '1.2万', 'コメント', '45', { likes: 12_000, replies: 45 }],
      ['en', 'Unlike', '12.3K', 'Comment', '1,001', { likes: 12_300, replies: 1001 }],
      ['tr', 'Beğen', '1.234', 'Yorum Yap', '56', { likes: 1234, replies: 56 }],
      ['id', 'Suka', '1.234', 'Komentar', '56', { likes: 1234 }],
      ['nl', 'Vind ik leuk', '1.234', 'Reageren', '5', { likes: 1234 }],
      ['nl', 'Vind ik niet meer leuk', '1.234', 'Reageren', '5', { likes: 1234 }],
      ['pl', 'Lubię to!', '1 234', 'Komentarz', '5', { likes: 1234 }],
      ['th', 'ถูกใจ', '1,234', 'แสดงความคิดเห็น', '5', { likes: 1234 }],
      ['ru', 'Нравится', '1 234', 'Комментировать', '56', { likes: 1234, replies: 56 }],
      ['zh-CN', '赞', '1.2万', '评论', '56', { likes: 12_000, replies: 56 }],
      ['ko', '좋아요', '1.2만', '댓글 달기', '56', { likes: 12_000 }],
      ['ja', 'いいね！', '1.2万', 'コメントする', '45', { likes: 12_000, replies: 45 }],
      // A post the reader liked: its button says its undo.
      ['es', 'Ya no me gusta', '1.234', 'Comentario', '56', { likes: 1234, replies: 56 }],
      ['pt-BR', 'Descurtir', '1.234', 'Comentar', '56', { likes: 1234, replies: 56 }],
      ['it', 'Non mi piace più', '1.234', 'Commenta', '56', { likes: 1234, replies: 56 }],
      ['fr', 'Je n’aime plus', '1 234', 'Commenter', '56', { likes: 1234, replies: 56 }],
      ['de', 'Gefällt mir nicht mehr', '1.234', 'Kommentieren', '56', { likes: 1234, replies: 56 }],
      ['tr', 'Beğenmekten vazgeç', '1.234', 'Yorum Yap', '56', { likes: 1234, replies: 56 }],
      ['ko', '좋아요 취소', '1,234', '댓글 달기', '56', { likes: 1234 }],
    ];
    for (const [lang, like, likes, comment, replies, expected] of cases) {
      expect(counts(post(lang, `<section><div>${pair(like, likes)}</div><div>${pair(comment, replies)}</div></section>`))).toEqual(expected);
    }
    // The link's number stands; the icons fill in only what the links do not give.
    expect(counts(post('en', `<section>${pair('Like', '999')}${pair('Comment', '7')}</section><a href="/p/C1xYzAbCdEf/liked_by/">1,000 likes</a>`))).toEqual({ likes: 1000, replies: 7 });
  });

  it('2026 post page: reposts beside the Repost icon, as likes and comments are (its count span after the icon’s button); not a reposted item’s header mark', () => {
    // Shaped as a scraper's bug report pasted the 2026 counts row (46 / 19 / 1; Share shows none).
    const action = (label: string, count?: string) =>
      `<span class="x1qfufaz"><div class="x1ypdohk"><div role="button"><div><span><svg aria-label="${label}"></svg></span></div></div></div></span>` +
      (count ? `<span class="x1ypdohk x1s688f x2fvf9 xe9ewy2" role="button">${count}</span>` : '');
    const row = `<section>${action('Like', '46')}${action('Comment', '19')}${action('Repost', '1')}${action('Share')}</section>`;
    const read = (document: Document) => {
      const found = instagram.postFromElement!(document.querySelector('article')!, new URL(FEED));
      return found && { likes: found.likes, replies: found.replies, reposts: found.reposts };
    };
    expect(read(post('en', row))).toEqual({ likes: 46, replies: 19, reposts: 1 });
    expect(read(post('en', row.replace('>1</span>', '><svg aria-label="Share"></svg></span>')))).toEqual({ likes: 46, replies: 19, reposts: undefined });
    // A reposted feed item marks its header with a Repost icon: the bar is still the one with Like and Comment.
    const marked = parsePage(
      `<html lang="en"><article><section><span role="link"><img alt=""></span><div><svg aria-label="Repost"></svg></div><a href="/natgeo/">natgeo</a></section>` +
        `<a href="/p/C1xYzAbCdEf/"><time datetime="2025-06-01T10:00:00.000Z">2d</time></a>${row}</article></html>`,
    );
    expect(read(marked)).toEqual({ likes: 46, replies: 19, reposts: 1 });
    // Where the bar is no <section>, the header's mark comes first in the whole post: still not the bar's, with a number beside it or not.
    const noSection = parsePage(
      `<html lang="en"><article><div><span role="link"><img alt=""></span><div><svg aria-label="Repost"></svg></div><span role="button">2</span><a href="/natgeo/">natgeo</a></div>` +
        `<a href="/p/C1xYzAbCdEf/"><time datetime="2025-06-01T10:00:00.000Z">2d</time></a><div>${row.replace(/<\/?section>/g, '')}</div></article></html>`,
    );
    expect(read(noSection)).toEqual({ likes: 46, replies: 19, reposts: 1 });
  });

  it('no count beside an icon: none shown, another action next, a word after the number, an icon it does not know', () => {
    const bar = (html: string) => counts(post('en', `<section>${html}</section>`));
    expect(bar('<span role="button"><svg aria-label="Like"></svg></span><span role="button"><svg aria-label="Comment"></svg></span>')).toBeNull();
    expect(bar('<span role="button"><svg aria-label="Like"></svg></span><span role="button">4 likes</span>')).toBeNull();
    expect(bar('<span role="button"><svg aria-label="Share"></svg></span><span role="button">12</span>')).toBeNull();
    expect(bar('<span role="button"><svg aria-label="Like"></svg></span>')).toBeNull();
    // The action bar's own Like, with no count, is the answer: a comment heart's neighbour is not asked.
    expect(counts(post('en', '<ul><li><span role="button"><svg aria-label="Like"></svg></span><span role="button">5</span></li></ul><section><span role="button"><svg aria-label="Like"></svg></span></section>'))).toBeNull();
  });

  it('"Liked by a, b and N others" adds the named likers (English, Portuguese); without a number, or "N likes", none are added', () => {
    const liked = (lang: string, line: string) => counts(post(lang, `<section><span>${line}</span></section>`))?.likes;
    const friend = (name: string) => `<a href="/${name}/">${name}</a>`;
    expect(liked('en', `Liked by ${friend('friend_a')}, ${friend('friend_b')} and <a href="/p/C1xYzAbCdEf/liked_by/"><span>1,232 others</span></a>`)).toBe(1234);
    expect(liked('en', `Liked by ${friend('friend_a')} and <a href="/p/C1xYzAbCdEf/liked_by/">1 other</a>`)).toBe(2);
    expect(liked('pt-BR', `Curtido por ${friend('amiga.um')} e <a href="/p/C1xYzAbCdEf/liked_by/">outras 2 pessoas</a>`)).toBe(3);
    expect(liked('en', `Liked by ${friend('friend_a')} and <a href="/p/C1xYzAbCdEf/liked_by/">others</a>`)).toBeUndefined();
    expect(liked('en', `${friend('friend_a')} <a href="/p/C1xYzAbCdEf/liked_by/">1,232 likes</a>`)).toBe(1232);
  });

  it('post ids: /p/, /<user>/p/, /reel/ and /reels/ (one reel), /tv/; not a sound’s /reels/audio/ page or the Reels tab', () => {
    const id = (url: string) => postId(new URL(url));
    expect(id('https://www.instagram.com/p/DElvsYatmWj/')).toBe('/p/DElvsYatmWj/');
    expect(id('https://www.instagram.com/hausoftiffany/p/DElvsYatmWj/')).toBe('/p/DElvsYatmWj/');
    expect(id('https://www.instagram.com/reel/CySDvlgNDVB/')).toBe('/reel/CySDvlgNDVB/');
    expect(id('https://www.instagram.com/reels/CySDvlgNDVB/')).toBe('/reel/CySDvlgNDVB/');
    expect(id('https://www.instagram.com/reels/CySDvlgNDVB')).toBe('/reel/CySDvlgNDVB/');
    expect(id('https://www.instagram.com/tv/CySDvlgNDVB/?igsh=x')).toBe('/tv/CySDvlgNDVB/');
    for (const url of ['https://www.instagram.com/reels/audio/1234567890/', 'https://www.instagram.com/reels/', 'https://www.instagram.com/hausoftiffany/reels/', 'https://www.instagram.com/hausoftiffany/']) {
      expect(id(url)).toBeNull();
    }
  });
});

describe('Instagram 2026 post page, with no <article>: the column beside the photo is the post', () => {
  const PAGE = new URL('https://www.instagram.com/p/DYSE2juo4jA/');
  const bar = (likes: string) =>
    `<section><div><span><div role="button"><div><span><svg aria-label="Like"></svg></span></div></div></span><span role="button">${likes}</span><span><div role="button"><svg aria-label="Comment"></svg></div></span></div></section>`;
  const column = (likes: string) => `<div><div><a href="/natgeo/">natgeo</a></div><hr><div>${bar(likes)}<div><a href="/p/C1xYzAbCdEf/"><time datetime="2025-06-01T10:00:00.000Z">2d</time></a></div></div></div>`;

  it('read once: the header’s first author (a collab post names two), the permalink’s time (not the caption’s "Edited" one), 430 likes and 496 comments beside Unlike and Comment', () => {
    const document = ownPage('instagram-post-2026.html');
    const posts = [...document.querySelectorAll(instagram.postSelector!)];
    expect(posts).toHaveLength(1);
    // Not the boosted post's banner, the comment form, the whole card, <main> or "More posts from".
    expect(posts[0].querySelector('img[alt^="Photo by"]')).toBeNull();
    expect(posts[0].textContent).not.toContain('More posts from');
    const expected = { id: '/p/DYSE2juo4jA/', author: { network: 'instagram', handle: 'absoluterun_asport' }, postedAt: '2026-05-13T14:39:17.000Z', likes: 430, replies: 496 };
    expect(instagram.postFromElement!(posts[0], PAGE)).toEqual(expected);
    // The whole card, photo included: its tag's link (out of the tab order) is not the author.
    expect(instagram.postFromElement!(posts[0].parentElement!.parentElement!, PAGE)).toEqual(expected);
  });

  it('badges: each author once, in the header; not the photo’s hidden tag, the caption’s name or @mentions of the authors, the author’s comment; "More posts from" is outside the post', () => {
    const document = ownPage('instagram-post-2026.html');
    expect(handleCounts(instagram, document, PAGE.href)).toEqual({
      absoluterun_asport: 2,
      'asport.luxembourg': 1,
      myriamxw: 1,
      shappbee: 1,
      'iv.kerstin': 1,
      dsmylene: 1,
    });
    const post = document.querySelector(instagram.postSelector!)!;
    const found = findHandles(instagram, document, PAGE);
    expect(found.slice(0, 2).map((f) => f.anchor)).toEqual([post.querySelector('a[href="/absoluterun_asport/"]'), post.querySelector('a[href="/asport.luxembourg/"]')]);
    expect(found.at(-1)!.anchor.parentElement!.textContent).toBe('More posts from absoluterun_asport');
  });

  it('a feed’s <article> holding such a column is one post, not two; a column on its own is one', () => {
    const inArticle = parsePage(`<main><article>${column('4')}</article></main>`);
    expect([...inArticle.querySelectorAll(instagram.postSelector!)].map((post) => post.localName)).toEqual(['article']);
    const alone = parsePage(`<main><div>${column('1,234')}<div>More posts from <a href="/natgeo/">natgeo</a></div></div></main>`);
    const posts = [...alone.querySelectorAll(instagram.postSelector!)];
    expect(posts).toHaveLength(1);
    expect(instagram.postFromElement!(posts[0], new URL(FEED))).toEqual({
      id: '/p/C1xYzAbCdEf/', author: { network: 'instagram', handle: 'natgeo' }, postedAt: '2025-06-01T10:00:00.000Z', likes: 1234,
    });
  });
});

describe('Instagram profile pages as served to a logged-out reader', () => {
  const JANE = new URL('https://www.instagram.com/jane.doe/');
  const head = (description: string, lang = 'en', body = '') =>
    parsePage(`<html lang="${lang}"><head><meta property="og:description" content="${description}"></head><body>${body}</body></html>`);

  it('the embedded PolarisProfilePageContentQuery user: exact counts over the description’s rounded "1.2M"; not another user’s', () => {
    expect(instagram.observe!(ownPage('instagram-profile-polaris.html'), JANE)).toEqual({
      ref: { network: 'instagram', handle: 'jane.doe' },
      signals: { followers: 1204377, following: 410, posts: 2317, verified: true, hasBio: true, hasUrl: true },
    });
    expect(instagram.observe!(ownPage('instagram-profile-polaris.html'), new URL('https://www.instagram.com/jane.doe2/'))?.signals).toEqual({ followers: 7 });
  });

  it('2016–17’s _sharedData: the user directly under ProfilePage, with followed_by, follows and media counts', () => {
    const sharedData = { entry_data: { ProfilePage: [{ user: { username: 'jane.doe', biography: 'hi', external_url: null, followed_by: { count: 484 }, follows: { count: 262 }, media: { count: 1537, nodes: [] }, is_verified: false } }] } };
    const page = parsePage(`<script type="text/javascript">window._sharedData = ${JSON.stringify(sharedData)};</script>`);
    expect(instagram.observe!(page, JANE)?.signals).toEqual({ followers: 484, following: 262, posts: 1537, verified: false, hasBio: true, hasUrl: false });
  });

  it('the description alone in other languages, Arabic’s "،" between its parts too', () => {
    expect(instagram.observe!(head('١٬٢٣٤ من المتابعين، ٥٦ يتابع، ٧٨ منشورًا - شاهد صور ومقاطع فيديو Instagram من Jane Doe (@jane.doe)', 'ar'), JANE)?.signals).toEqual({ followers: 1234, following: 56, posts: 78 });
    expect(instagram.observe!(head('1.234 seguidores, 56 seguidos, 78 publicaciones - Ver fotos y videos de Instagram de Jane Doe (@jane.doe)', 'es'), JANE)?.signals).toEqual({ followers: 1234, following: 56, posts: 78 });
  });

  it('a private account: its counts still; the login wall: nothing', () => {
    const privateBody = '<main><header><h2>jane.doe</h2><ul><li><span title="78">78</span> posts</li><li><span title="1,234">1,234</span> followers</li><li><span>56</span> following</li></ul></header><h2>This account is private</h2></main>';
    expect(instagram.observe!(head('1,234 Followers, 56 Following, 78 Posts - See Instagram photos and videos from Jane Doe (@jane.doe)', 'en', privateBody), JANE)?.signals).toEqual({ followers: 1234, following: 56, posts: 78 });
    expect(instagram.observe!(head('Create an account or log in to Instagram - Share what you’re into with the people who get you.', 'en', '<h2>Log into Instagram</h2>'), JANE)).toBeNull();
  });
});

describe.skipIf(!hasSharedFixtures)('Instagram real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('2019 server HTML (aaronpk): window._sharedData and the description agree: 484 followers, 262 following, 1,537 posts', () => {
    const url = new URL('https://www.instagram.com/aaronpk/');
    const document = real('instagram-profile-server-aaronpk.html');
    expect(instagram.observe!(document, url)).toEqual({
      ref: { network: 'instagram', handle: 'aaronpk' },
      signals: { followers: 484, following: 262, posts: 1537, verified: false, hasBio: true, hasUrl: true },
    });
    // The server HTML has no links: no badge.
    expect(findHandles(instagram, document, url)).toEqual([]);
  });

  it('2025 rendered profile (hausoftiffany): the header’s 85 posts, 2,066 followers, 1,901 following over the head’s older 2,067 / 1,944', () => {
    const url = 'https://www.instagram.com/hausoftiffany/';
    const document = real('instagram-profile-rendered-hausoftiffany.html');
    expect(instagram.observe!(document, new URL(url))).toEqual({
      ref: { network: 'instagram', handle: 'hausoftiffany' },
      signals: { posts: 85, followers: 2066, following: 1901, hasUrl: true, hasBio: true },
    });
    // The header's name only: the signed-in user's menu link (/vprtwn/ "Profile") and the avatar get none.
    const found = findHandles(instagram, document, new URL(url));
    expect(found.map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['hausoftiffany', 'h2']]);
  });

  it('a profile’s <head> only (pluto__travel): 2,362 followers, 136 following, 224 posts from the description', () => {
    expect(instagram.observe!(real('instagram-profile-head-excerpt.html'), new URL('https://www.instagram.com/pluto__travel/'))).toEqual({
      ref: { network: 'instagram', handle: 'pluto__travel' },
      signals: { followers: 2362, following: 136, posts: 224, hasBio: true },
    });
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { profileFromPageUrl, siteFor } from '../../../src/sites';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, profileFromUrl, reddit } from '../../../src/sites/reddit';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const THREAD_OLD = 'https://old.reddit.com/r/aww/comments/abc123/my_dog/';
const THREAD_NEW = 'https://www.reddit.com/r/aww/comments/abc123/my_dog/';
const HOME = 'https://www.reddit.com/';

describe('Reddit profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('reddit');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the name as written; /u/ and /user/ name the same profile', () => {
    expect(profileFromUrl(new URL('https://www.reddit.com/u/Watchful1/'))).toEqual({ network: 'reddit', handle: 'Watchful1' });
    expect(profileFromUrl(new URL('https://old.reddit.com/user/Watchful1'))).toEqual({ network: 'reddit', handle: 'Watchful1' });
  });
  it('is the adapter for www., bare, old. and sh. reddit.com', () => {
    for (const host of ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'sh.reddit.com']) expect(siteFor(host)).toBe(reddit);
    expect(profileFromPageUrl('https://www.reddit.com/user/spez/')).toEqual({ network: 'reddit', handle: 'spez' });
    expect(profileFromPageUrl('https://sh.reddit.com/user/spez/')).toEqual({ network: 'reddit', handle: 'spez' });
  });
});

describe('Reddit handles on pages written for this project', () => {
  it('old Reddit: post and comment authors, a mention and the moderators; not the menu, [deleted] or AutoModerator', () => {
    expect(handleCounts(reddit, ownPage('reddit-thread-old.html'), THREAD_OLD)).toEqual({ op_user: 2, commenter_a: 2, commenter_b: 1, mod_one: 1 });
  });

  it('old Reddit: each comment’s badge sits in its own tagline, beside the author link, not the cake-day icon', () => {
    const document = ownPage('reddit-thread-old.html');
    for (const thing of document.querySelectorAll('.thing[data-author]')) {
      const author = thing.getAttribute('data-author')!;
      const inTagline = findHandles(reddit, thing.querySelector(':scope > .entry > .tagline')!, new URL(THREAD_OLD));
      expect(inTagline.map((f) => f.ref.handle)).toEqual(author === 'AutoModerator' ? [] : [author]);
      for (const found of inTagline) expect(found.anchor.classList.contains('author')).toBe(true);
    }
  });

  it('new Reddit: one badge per post or comment author, none on avatars; a u/ mention', () => {
    const document = ownPage('reddit-thread-new.html');
    expect(handleCounts(reddit, document, THREAD_NEW)).toEqual({ op_user: 1, commenter_b: 2, nested_c: 1 });
    for (const element of document.querySelectorAll('shreddit-post[author], shreddit-comment[author]')) {
      const author = element.getAttribute('author')!;
      const meta = element.querySelector(':scope > [slot="credit-bar"], :scope > [slot="commentMeta"]')!;
      const expected = author === '[deleted]' || author === 'AutoModerator' ? [] : [author];
      expect(findHandles(reddit, meta, new URL(THREAD_NEW)).map((f) => f.ref.handle)).toEqual(expected);
      const avatar = element.querySelector(':scope > [slot="commentAvatar"]');
      if (avatar) expect(findHandles(reddit, avatar, new URL(THREAD_NEW))).toEqual([]);
    }
  });

  it('home feed: each post’s author once, after the post’s age where the credit bar names no author, else on the link', () => {
    const document = ownPage('reddit-feed-home.html');
    expect(handleCounts(reddit, document, HOME)).toEqual({ feed_author_a: 1, feed_author_b: 1, slot_author: 1, followed_c: 1 });
    for (const post of document.querySelectorAll('shreddit-post[author]')) {
      const author = post.getAttribute('author')!;
      const found = findHandles(reddit, post, new URL(HOME));
      expect(found.map((f) => f.ref.handle)).toEqual(author === '[deleted]' || author === 'AutoModerator' ? [] : [author]);
      const bar = post.querySelector(':scope > [slot="credit-bar"]')!;
      const ownLink = [...bar.querySelectorAll('a[href^="/user/"]')].find((a) => !a.closest('[slot="content"]'));
      for (const { anchor, placement } of found) {
        expect(bar.contains(anchor)).toBe(true);
        if (ownLink) expect([anchor, placement]).toEqual([ownLink, 'after']);
        else expect([anchor.localName, placement]).toEqual(['faceplate-timeago', 'after']);
      }
    }
  });

  it('a user hover card, loaded or not: no badge in it (its trigger, the author link, has one)', () => {
    const document = ownPage('reddit-feed-home.html');
    const card = document.querySelector('[data-testid="user-hover-card"]')!;
    expect(card.querySelectorAll('a[href="/user/slot_author/"]')).toHaveLength(2);
    expect(findHandles(reddit, card, new URL(HOME))).toEqual([]);
    const bare = parsePage(`<faceplate-hovercard data-id="user-hover-card"><a href="/user/spez/">spez</a>
      <div slot="content"><faceplate-partial src="/svc/shreddit/user-hover-card/spez"><a href="/user/spez/">u/spez</a></faceplate-partial></div></faceplate-hovercard>`);
    expect(findHandles(reddit, bare, new URL(HOME)).map((f) => f.anchor.textContent)).toEqual(['spez']);
    // 2025–26's comment author trigger, rpl-hovercard: its loaded content is a card too, marked or not.
    const rpl = parsePage(`<rpl-hovercard><a href="/user/spez/">spez</a><div slot="content"><a href="/user/spez/">u/spez</a></div></rpl-hovercard>`);
    expect(findHandles(reddit, rpl, new URL(HOME)).map((f) => f.anchor.textContent)).toEqual(['spez']);
  });

  it('a post whose author link is itself slotted as its name (the logged-out mobile layout): the link’s badge, not a second after the age', () => {
    const post = parsePage(`<shreddit-post author="mobile_user" view-context="SubredditFeed"><div slot="credit-bar"><a href="/r/aww/">r/aww</a>
      <faceplate-timeago ts="2023-06-01T00:00:00Z"><time>2h</time></faceplate-timeago></div><a slot="authorName" href="/user/mobile_user/">u/mobile_user</a></shreddit-post>`);
    expect(findHandles(reddit, post, new URL(HOME)).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([['mobile_user', 'a']]);
  });

  it('a post card’s own author on a user page: the card adds none where the page is that author’s', () => {
    const card = `<shreddit-post author="karma_king" view-context="UserProfile"><span slot="credit-bar"><a href="/r/aww/">r/aww</a>
      <faceplate-timeago><time datetime="2025-05-01T10:00:00.000Z">1d</time></faceplate-timeago></span></shreddit-post>`;
    expect(findHandles(reddit, parsePage(card), new URL('https://www.reddit.com/user/karma_king/submitted/'))).toEqual([]);
    // Another user's saved posts are others' posts.
    expect(findHandles(reddit, parsePage(card), new URL('https://www.reddit.com/user/someone_else/saved/')).map((f) => f.ref.handle)).toEqual(['karma_king']);
    // A credit bar without the post's age: the badge goes at its end.
    const ageless = parsePage('<shreddit-post author="spez"><div slot="credit-bar"><a href="/r/aww/">r/aww</a></div></shreddit-post>');
    expect(findHandles(reddit, ageless, new URL(HOME)).map((f) => [f.anchor.getAttribute('slot'), f.placement])).toEqual([['credit-bar', 'append']]);
    // An age that links to the post: the badge goes after the link, not inside it.
    const linked = parsePage('<shreddit-post author="spez"><div slot="credit-bar"><a href="/r/aww/comments/a1/x/" id="age"><faceplate-timeago></faceplate-timeago></a></div></shreddit-post>');
    expect(findHandles(reddit, linked, new URL(HOME)).map((f) => [f.anchor.id, f.placement])).toEqual([['age', 'after']]);
  });

  it('a user page, old and new: the profile’s own name (inside it) and its posts’ author', () => {
    const old = findHandles(reddit, ownPage('reddit-user-old.html'), new URL('https://old.reddit.com/user/karma_king'));
    expect(old.map((f) => [f.ref.handle, f.placement])).toEqual([
      ['karma_king', 'append'],
      ['karma_king', 'after'],
      ['commenter_b', 'after'],
      ['karma_king', 'after'],
    ]);
    const fresh = findHandles(reddit, ownPage('reddit-user-new.html'), new URL('https://www.reddit.com/user/karma_king/'));
    expect(fresh.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([
      ['karma_king', 'after', 'a'],
      ['karma_king', 'append', 'h1'],
    ]);
  });

  it('no profile-name badge where the page is not that profile’s (another page, or a page swapped in place)', () => {
    expect(findHandles(reddit, ownPage('reddit-user-new.html'), new URL('https://www.reddit.com/user/someone_else/')).map((f) => f.anchor.localName)).toEqual(['a']);
    expect(findHandles(reddit, ownPage('reddit-user-old.html'), new URL('https://old.reddit.com/r/aww/')).map((f) => f.anchor.localName)).toEqual(['a', 'a', 'a']);
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage(`
      <div><span>spez</span><a>no href</a><a href="http://[bad">spez</a><a href="/user/spez#x">spez</a>
      <a href="/user/spez/comments/">spez</a><a href="/user/spez">Steve Huffman</a><a href="/r/spez">spez</a>
      <a href="https://example.com/user/spez">spez</a><a href="/user/%E0%A4%A">x</a><a href="/user/spez">${'spez '.repeat(20)}</a>
      <shreddit-comment author="spez"><div slot="commentMeta"></div></shreddit-comment>
      <shreddit-post author="spez"><h1 slot="title">no credit bar</h1></shreddit-post>
      <shreddit-post author="x"><div slot="credit-bar"><faceplate-timeago></faceplate-timeago></div></shreddit-post>
      <shreddit-post author=""><div slot="credit-bar"><faceplate-timeago></faceplate-timeago></div></shreddit-post>
      <shreddit-post author="automoderator"><div slot="credit-bar"><faceplate-timeago></faceplate-timeago></div></shreddit-post></div>`);
    expect(findHandles(reddit, page, new URL(THREAD_NEW))).toEqual([]);
  });
});

// Shaped as an analysis of saved search result pages (October 2025) pasted them.
describe('Reddit search results: comments (type=comments)', () => {
  const SEARCH = 'https://www.reddit.com/search/?q=amazon&type=comments';
  const author = (name: string) => `<faceplate-hovercard><a href="#" rpl=""><span class="inline-flex" rpl="" avatar=""><span class="inline-block rounded-full"><img alt="" src="https://www.redditstatic.com/shreddit/assets/avatar_over18.png"></span></span>
    ${name}
  </a></faceplate-hovercard>`;

  it('each commenter, by the name its "#" link shows beside the avatar; not a name Reddit could not have, nor AutoModerator, nor such a link elsewhere or without an avatar', () => {
    const page = parsePage(`<main><div data-testid="search-comment-content">${author('Ferrisuk')}${author('ZealousidealSundae33')}${author('Not a name!')}${author('AutoModerator')}</div>
      <div>${author('Elsewhere_1')}</div><div data-testid="search-comment-content"><faceplate-hovercard><a href="#">amazon</a></faceplate-hovercard></div></main>`);
    expect(findHandles(reddit, page, new URL(SEARCH)).map((f) => [f.ref.handle, f.anchor.localName, f.placement])).toEqual([
      ['Ferrisuk', 'a', 'after'],
      ['ZealousidealSundae33', 'a', 'after'],
    ]);
  });
});

describe('Reddit profile pages: what observe reads', () => {
  it('old Reddit: post plus comment karma, the cake day and the communities moderated', () => {
    expect(reddit.observe!(ownPage('reddit-user-old.html'), new URL('https://old.reddit.com/user/karma_king/'))).toEqual({
      ref: { network: 'reddit', handle: 'karma_king' },
      signals: { createdAt: '2012-03-04T05:06:07.000Z', extra: { karma: 80_235, moderated: 3 } },
    });
  });

  it('new Reddit: the sidebar’s karma numbers, cake day and bio', () => {
    expect(reddit.observe!(ownPage('reddit-user-new.html'), new URL('https://www.reddit.com/user/karma_king/'))).toEqual({
      ref: { network: 'reddit', handle: 'karma_king' },
      signals: { createdAt: '2012-03-04T05:06:07.000Z', extra: { karma: 80_235 }, hasBio: true },
    });
    const total = parsePage(`<title>K (u/karma_king) - Reddit</title><div id="right-sidebar-contents"><span data-testid="karma-number">1.2k</span></div>`);
    expect(reddit.observe!(total, new URL('https://www.reddit.com/user/karma_king/'))?.signals).toEqual({ extra: { karma: 1200 } });
  });

  it('never reads a user hover card’s karma, cake day or bio as the profile’s (a page without the sidebar)', () => {
    const card = `<faceplate-hovercard data-id="user-hover-card"><a href="/user/other_user/">other_user</a><div slot="content">
      <div data-testid="user-hover-card"><time data-testid="cake-day" datetime="2019-02-03T00:00:00.000Z">Feb 3, 2019</time>
      <span data-testid="karma-number">4,321</span><span data-testid="karma-number">1,234</span>
      <p data-testid="profile-description">Not hers.</p></div></div></faceplate-hovercard>`;
    const url = new URL('https://www.reddit.com/user/karma_king/');
    expect(reddit.observe!(parsePage(`<title>K (u/karma_king) - Reddit</title><main>${card}</main>`), url)).toBeNull();
    const withOwn = parsePage(`<title>K (u/karma_king) - Reddit</title><main>${card}</main><span data-testid="karma-number">1.2k</span>`);
    expect(reddit.observe!(withOwn, url)?.signals).toEqual({ extra: { karma: 1200 } });
    // The hover card's markup before its partial gives it data-testid: the content slot alone.
    const loading = parsePage(`<title>K (u/karma_king) - Reddit</title><faceplate-hovercard><div slot="content"><span data-testid="karma-number">9</span></div></faceplate-hovercard>`);
    expect(reddit.observe!(loading, url)).toBeNull();
  });

  it('reads nothing where the page is another profile’s, not a profile, or shows no numbers', () => {
    expect(reddit.observe!(ownPage('reddit-user-new.html'), new URL('https://www.reddit.com/user/someone_else/'))).toBeNull();
    expect(reddit.observe!(ownPage('reddit-user-old.html'), new URL('https://old.reddit.com/user/someone_else/'))).toBeNull();
    expect(reddit.observe!(ownPage('reddit-thread-old.html'), new URL(THREAD_OLD))).toBeNull();
    expect(reddit.observe!(parsePage('<title>K (u/karma_king) - Reddit</title><p>no sidebar</p>'), new URL('https://www.reddit.com/user/karma_king/'))).toBeNull();
    // One karma number of two is not the account's karma: left out, not guessed.
    const half = parsePage('<div class="side"><div class="titlebox"><h1>karma_king</h1><span class="karma">5</span></div></div>');
    expect(reddit.observe!(half, new URL('https://old.reddit.com/user/karma_king'))).toBeNull();
  });
});

describe.skipIf(!hasSharedFixtures)('Reddit handles on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('old Reddit, 2018 (r/aww): every .thing’s author once in its tagline, the moderators in the sidebar', () => {
    const url = 'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/';
    const document = real('reddit-thread-old-rendered-aww-8dyrb3.html');
    const things = [...document.querySelectorAll('.thing[data-author]')];
    expect(things.length).toBeGreaterThan(150);
    for (const thing of things) {
      const tagline = thing.querySelector(':scope > .entry .tagline');
      if (!tagline) continue;
      expect(findHandles(reddit, tagline, new URL(url)).map((f) => f.ref.handle)).toEqual([thing.getAttribute('data-author')]);
    }
    // Independently: the distinct names of author links, no cake-day icon, and AutoModerator none.
    const counts = handleCounts(reddit, document, url);
    const authors = new Set([...document.querySelectorAll('a.author')].map((a) => a.textContent!.trim()).filter((name) => name !== 'AutoModerator'));
    expect(new Set(Object.keys(counts))).toEqual(authors);
    expect(Object.keys(counts)).toHaveLength(160);
    // One badge for each author link, and one for the one u/ mention in a comment (u/crawleycreative).
    const mentions = [...document.querySelectorAll('.md a[href*="/u/"]')].filter((a) => /^u\//.test(a.textContent!.trim()));
    expect(mentions.map((a) => a.textContent)).toEqual(['u/crawleycreative']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(document.querySelectorAll('a.author').length + mentions.length);
  });

  it('the 2022 redesign as saved (name links stripped): each comment author once, on the avatar that is left', () => {
    const url = 'https://www.reddit.com/r/AskReddit/comments/axtih6/what_is_the_most_worth_it_item_you_have_ever/';
    const counts = handleCounts(reddit, real('reddit-thread-new-2022-AskReddit-axtih6.html'), url);
    expect(counts).toEqual({
      TheEngLife: 1,
      ToaMexx: 1,
      patches402: 1,
      NC_Vixen: 1,
      molliewhopped: 1,
      Deepsman: 1,
      HolyOrdersOtaku: 1,
      Daripuff: 1,
      bluefoodforpercy: 1,
      WorshipNickOfferman: 1,
    });
  });

  it('a shreddit post page’s server HTML (head only): nothing, and no error', () => {
    const url = 'https://www.reddit.com/r/lotus/comments/1pzbv0z/my_lotus_elise_72d_with_17_rays_volk_gtp/';
    expect(findHandles(reddit, real('reddit-post-server-html.html'), new URL(url))).toEqual([]);
  });
});

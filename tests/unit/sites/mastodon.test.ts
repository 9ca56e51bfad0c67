// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASTODON_INSTANCES } from '../../../src/lib/mastodon-instances';
import { profileFromPageUrl, siteFor, siteForEnabledHost } from '../../../src/sites';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, mastodon, parseAcct, profileFromUrl } from '../../../src/sites/mastodon';
import { handleCounts, ownHtml, ownPage, parsePage } from './page-helpers';

const TIMELINE = 'https://mastodon.social/public/local';
const THREAD = 'https://mastodon.social/@alice/110000000000000021';
const PROFILE = 'https://mastodon.social/@alice';
const REMOTE_PROFILE = 'https://mastodon.social/@bob@fosstodon.org';

describe('Mastodon profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('mastodon');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('names local accounts with the page’s host, remote ones with theirs, in lower case', () => {
    expect(profileFromUrl(new URL('https://mastodon.social/@Gargron'))).toEqual({ network: 'mastodon', handle: 'gargron@mastodon.social' });
    expect(profileFromUrl(new URL('https://Mastodon.Social/@Bob@Fosstodon.org/media'))).toEqual({ network: 'mastodon', handle: 'bob@fosstodon.org' });
    expect(profileFromUrl(new URL('https://social.example/deck/@alice_b'))?.handle).toBe('alice_b@social.example');
  });
  it('reads "@user" and "@user@domain", and nothing else', () => {
    expect(parseAcct('@Alice')).toEqual({ user: 'alice', domain: undefined });
    expect(parseAcct('\u2068@bob@Fosstodon.org\u2069 ')).toEqual({ user: 'bob', domain: 'fosstodon.org' });
    for (const bad of ['', '@', 'Alice Example', '@a b', '@bob@', '@bob@localhost', '#tag', '@bob@fosstodon.org/x']) expect(parseAcct(bad)).toBeNull();
  });
  it('reads internationalised domains, in punycode as hosts spell them', () => {
    expect(parseAcct('@anna@Bücher.example')).toEqual({ user: 'anna', domain: 'xn--bcher-kva.example' });
    expect(parseAcct('@anna@xn--bcher-kva.example')).toEqual({ user: 'anna', domain: 'xn--bcher-kva.example' });
    expect(parseAcct('@taro@例え.テスト')?.domain).toBe('xn--r8jz45g.xn--zckzah');
    for (const bad of ['@anna@bücher', '@anna@bü cher.example', '@anna@bücher.example/x', '@anna@bücher..example', '@anna@bücher.example.', '@ännä@bücher.example']) {
      expect(parseAcct(bad)).toBeNull();
    }
    expect(profileFromUrl(new URL('https://mastodon.social/@anna@b%C3%BCcher.example'))?.handle).toBe('anna@xn--bcher-kva.example');
  });
  it('a Bluesky account bridged by Bridgy Fed (`@<handle>@bsky.brid.gy`) is that Bluesky account: its line, its mentions, its page; the bridge’s counts are not its own', () => {
    const page = parsePage(`<a href="/@snarfed.bsky.social@bsky.brid.gy" class="status__display-name" title="@snarfed.bsky.social@bsky.brid.gy" data-hover-card-account="1"><span class="display-name"><bdi><strong class="display-name__html">Ryan</strong></bdi> <span class="display-name__account">@snarfed.bsky.social@bsky.brid.gy</span></span></a>
      <a class="mention" href="/@snarfed.bsky.social@bsky.brid.gy" title="@snarfed.bsky.social@bsky.brid.gy" data-hover-card-account="1">@<span>snarfed.bsky.social</span></a>`);
    const bluesky = { network: 'bluesky', handle: 'snarfed.bsky.social' };
    expect(findHandles(mastodon, page, new URL('https://mastodon.social/home')).map((f) => f.ref)).toEqual([bluesky, bluesky]);
    expect(profileFromUrl(new URL('https://mastodon.social/@snarfed.bsky.social@bsky.brid.gy'))).toEqual(bluesky);
    // Its header on a Mastodon page: the bridge's counts (what this server knows of it) are not the Bluesky account's.
    const ACCT = 'snarfed.bsky.social@bsky.brid.gy';
    const header = parsePage(ownHtml('mastodon-profile-redesign.html').replace('>@alice@mastodon.social<', `>@${ACCT}<`).replaceAll('href="/@alice/', `href="/@${ACCT}/`));
    expect(findHandles(mastodon, header.querySelector('h1')!, new URL(`https://mastodon.social/@${ACCT}`)).map((f) => f.ref)).toEqual([bluesky]);
    expect(mastodon.observe!(header, new URL(`https://mastodon.social/@${ACCT}`))).toBeNull();
    // Another bridge's accounts (web sites) are no Mastodon account an API answers for, nor Bluesky's.
    expect(profileFromUrl(new URL('https://mastodon.social/@example.com@web.brid.gy'))).toBeNull();
  });

  it('other networks’ accounts in the fediverse: Threads’ are Threads’ (dots and all); Flipboard’s and a blog’s own account, none; Pixelfed’s dotted names are Mastodon-API accounts', () => {
    const line = (acct: string) => `<a href="/@${acct}" class="status__display-name" title="@${acct}"><span class="display-name"><bdi><strong class="display-name__html">Name</strong></bdi> <span class="display-name__account">@${acct}</span></span></a>`;
    const refs = (acct: string) => findHandles(mastodon, parsePage(line(acct)), new URL('https://mastodon.social/home')).map((f) => f.ref);
    expect(refs('zuck@threads.net')).toEqual([{ network: 'threads', handle: 'zuck' }]);
    expect(refs('alex.stamos@threads.net')).toEqual([{ network: 'threads', handle: 'alex.stamos' }]);
    expect(refs('espn@flipboard.com')).toEqual([]);
    expect(refs('example.com@example.com')).toEqual([]);
    expect(refs('jane.doe@pixelfed.social')).toEqual([{ network: 'mastodon', handle: 'jane.doe@pixelfed.social' }]);
    expect(refs('jane-doe@pixelfed.social')).toEqual([{ network: 'mastodon', handle: 'jane-doe@pixelfed.social' }]);
    expect(profileFromUrl(new URL('https://mastodon.social/@zuck@threads.net'))).toEqual({ network: 'threads', handle: 'zuck' });
  });

  it('a profile’s posts with a tag (`/@user/tagged/<tag>`) are its profile', () => {
    expect(profileFromUrl(new URL('https://mastodon.social/@Alice/tagged/rust'))?.handle).toBe('alice@mastodon.social');
  });
});

describe('Mastodon hosts', () => {
  it('the shipped instances are Mastodon’s, and the manifest matches and may fetch each of them', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8'));
    for (const host of MASTODON_INSTANCES) {
      expect(siteFor(host)).toBe(mastodon);
      expect(manifest.content_scripts[0].matches).toContain(`https://${host}/*`);
      expect(manifest.host_permissions).toContain(`https://${host}/*`);
    }
    // Any other instance only when the user grants it: never every site at install.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions).not.toContain('https://*/*');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.permissions).toContain('scripting');
  });

  it('other hosts are Mastodon only once the user enabled them', () => {
    expect(siteFor('social.example')).toBeUndefined();
    expect(siteForEnabledHost('social.example', [])).toBeUndefined();
    expect(siteForEnabledHost('Social.Example', ['social.example'])).toBe(mastodon);
    expect(profileFromPageUrl('https://social.example/@alice')).toBeNull();
    expect(profileFromPageUrl('https://social.example/@alice', ['social.example'])).toEqual({ network: 'mastodon', handle: 'alice@social.example' });
    expect(profileFromPageUrl('https://mastodon.social/@alice')).toEqual({ network: 'mastodon', handle: 'alice@mastodon.social' });
  });
});

describe('Mastodon handles on pages written for this project from the web client’s components', () => {
  it('a timeline: one badge per post author (local and remote), the boosted author, mentions; not the booster, avatars or hashtags', () => {
    const counts = handleCounts(mastodon, ownPage('mastodon-timeline.html'), TIMELINE);
    expect(counts).toEqual({
      'alice@mastodon.social': 1,
      'carol@mastodon.social': 1, // her mention in Alice's post; not the "Carol boosted" line
      'bob@fosstodon.org': 2, // his post, and his mention
      'dave@hachyderm.io': 1,
      'gina@secure.example': 1,
    });
  });

  it('places each author’s badge after the account line inside the status header', () => {
    const document = ownPage('mastodon-timeline.html');
    const found = findHandles(mastodon, document, new URL(TIMELINE));
    const authors = found.filter((f) => f.anchor.matches('.display-name__account'));
    expect(authors.map((f) => f.ref.handle)).toEqual(['alice@mastodon.social', 'bob@fosstodon.org', 'dave@hachyderm.io', 'gina@secure.example']);
    for (const author of authors) {
      expect(author.placement).toBe('after');
      expect(author.anchor.closest('a.status__display-name')).not.toBeNull();
    }
    // Each post's header holds exactly one: the avatar and the name share the account line's link.
    for (const info of document.querySelectorAll('.status__info')) {
      expect(findHandles(mastodon, info, new URL(TIMELINE))).toHaveLength(1);
    }
  });

  it('a thread: the main post (its author’s own page, the account with this server’s name), the ancestor and the replies', () => {
    const document = ownPage('mastodon-thread.html');
    expect(handleCounts(mastodon, document, THREAD)).toEqual({ 'bob@fosstodon.org': 2, 'alice@mastodon.social': 3, 'heidi@mstdn.jp': 1 });
    const main = findHandles(mastodon, document.querySelector('.detailed-status')!, new URL(THREAD));
    expect(main.map((f) => [f.ref.handle, f.anchor.className])).toEqual([
      ['alice@mastodon.social', 'display-name__account'],
      ['bob@fosstodon.org', 'mention'],
    ]);
  });

  it('a profile: the header’s account (appended to its heading), the posts, the boosted author, the bio’s mention', () => {
    const document = ownPage('mastodon-profile.html');
    const found = findHandles(mastodon, document, new URL(PROFILE));
    expect(found[0]).toMatchObject({ ref: { network: 'mastodon', handle: 'alice@mastodon.social' }, placement: 'append' });
    expect(found[0].anchor.localName).toBe('h1');
    expect(handleCounts(mastodon, document, PROFILE)).toEqual({ 'alice@mastodon.social': 2, 'alice@old.example': 1, 'dave@hachyderm.io': 1 });
  });

  it('a profile reads its followers, following and posts from the header’s links (exact titles, not the rounded 12.3K)', () => {
    expect(mastodon.observe!(ownPage('mastodon-profile.html'), new URL(PROFILE))).toEqual({
      ref: { network: 'mastodon', handle: 'alice@mastodon.social' },
      signals: { followers: 12345, following: 310, posts: 4200 },
    });
    expect(mastodon.observe!(ownPage('mastodon-profile-remote.html'), new URL(REMOTE_PROFILE))).toEqual({
      ref: { network: 'mastodon', handle: 'bob@fosstodon.org' },
      signals: { followers: 2048, following: 88, posts: 1024 },
    });
  });

  it('4.0–4.3’s header, the name in a bare span (no display-name component): its badge and counts all the same', () => {
    const page = ownPage('mastodon-profile.html');
    const name = page.querySelector('.account__header__tabs__name h1 .display-name')!;
    name.replaceWith(Object.assign(page.createElement('span'), { textContent: 'Alice Example' }));
    expect(page.querySelector('h1 .display-name, h1 bdi')).toBeNull();
    expect(findHandles(mastodon, page, new URL(PROFILE))[0]).toMatchObject({ ref: { handle: 'alice@mastodon.social' }, placement: 'append' });
    expect(mastodon.observe!(page, new URL(PROFILE))?.signals).toEqual({ followers: 12345, following: 310, posts: 4200 });
    // A column's heading names no account: still nothing.
    const column = parsePage('<div class="column-header"><h1><button class="column-header__title">Home</button></h1></div>');
    expect(findHandles(mastodon, column, new URL(PROFILE))).toEqual([]);
  });

  it('a remote profile: its header and its posts name the remote account', () => {
    const found = findHandles(mastodon, ownPage('mastodon-profile-remote.html'), new URL(REMOTE_PROFILE));
    expect(found.map((f) => [f.ref.handle, f.placement])).toEqual([
      ['bob@fosstodon.org', 'append'],
      ['bob@fosstodon.org', 'after'],
    ]);
  });

  it('reads the counts as shown where a link has no title, and nothing from the redesign’s "Joined on" link', () => {
    const page = parsePage(`<div class="account__header"><h1><span class="display-name"></span><small><span>@alice<span class="invisible">@mastodon.social</span></span></small></h1>
      <a href="/@alice"><strong>Joined on Mar 16, 2017</strong></a><a href="/@alice/followers"><strong>12.3K</strong> Followers</a></div>`);
    expect(mastodon.observe!(page, new URL(PROFILE))?.signals).toEqual({ followers: 12300, following: undefined, posts: undefined });
  });

  it('the 2025 redesign’s header: the account in the paragraph after the heading', () => {
    const page = parsePage('<div class="account__header"><div><h1><span class="display-name">Alice</span></h1><p>alice@<button>mastodon.social<svg></svg></button></p></div></div>');
    expect(findHandles(mastodon, page, new URL(PROFILE)).map((f) => f.ref.handle)).toEqual(['alice@mastodon.social']);
  });

  it('the 4.6+ header (hashed classes only): its heading, the account in the button after it, the counts in the list with titles', () => {
    const document = ownPage('mastodon-profile-redesign.html');
    const found = findHandles(mastodon, document, new URL(PROFILE));
    expect(found[0]).toMatchObject({ ref: { network: 'mastodon', handle: 'alice@mastodon.social' }, placement: 'append' });
    expect(found[0].anchor.localName).toBe('h1');
    expect(mastodon.observe!(document, new URL(PROFILE))).toEqual({
      ref: { network: 'mastodon', handle: 'alice@mastodon.social' },
      signals: { followers: 12345, following: 310, posts: 4200 }, // exact, from the items' titles; never the joined date's
    });
    expect(mastodon.observe!(document, new URL('https://mastodon.social/@alice/tagged/typography'))?.signals.followers).toBe(12345);
    // The 2026 redesign's landing tabs, on servers that turned it on (Mastodon's routes, February–April 2026).
    expect(mastodon.observe!(document, new URL('https://mastodon.social/@alice/posts'))?.signals.followers).toBe(12345);
    expect(mastodon.observe!(document, new URL('https://mastodon.social/@alice/about'))?.signals.followers).toBe(12345);
  });

  it('the redesigned post header: one badge, after the handle link; not the avatar, not the name (which may pose as an account), not "Handle unavailable"', () => {
    const document = ownPage('mastodon-profile-redesign.html');
    const url = new URL(PROFILE);
    const headers = [...document.querySelectorAll('article header')].map((header) => findHandles(mastodon, header, url).map((f) => [f.ref.handle, f.anchor.textContent]));
    expect(headers).toEqual([[['alice@mastodon.social', '@alice']], [['dave@hachyderm.io', '@dave@hachyderm.io']], []]);
    expect(handleCounts(mastodon, document, PROFILE)).toEqual({ 'alice@mastodon.social': 3, 'alice@old.example': 1, 'bob@fosstodon.org': 1, 'dave@hachyderm.io': 1 });
  });

  it('no badge on a redesigned handle link whose text, title and route disagree', () => {
    const page = parsePage(`<a title="@alice" data-hover-card-account="1" href="/@alice">@mallory</a>
      <a title="@mallory" data-hover-card-account="1" href="/@alice">@alice</a>
      <a title="@bob@fosstodon.org" data-hover-card-account="2" href="/@bob@fosstodon.org">@bob@evil.example</a>
      <a title="@bob" data-hover-card-account="2" href="https://elsewhere.example/@bob">@bob</a>
      <a title="@bob" data-hover-card-account="2" href="/@bob/123">@bob</a>`);
    expect(findHandles(mastodon, page, new URL(TIMELINE))).toEqual([]);
  });

  it('the 4.6+ header of another account than the URL’s (the client moving between profiles): no badge, no counts', () => {
    const document = ownPage('mastodon-profile-redesign.html');
    for (const url of ['https://mastodon.social/@bob', 'https://mastodon.social/@alice@old.example']) {
      expect(mastodon.observe!(document, new URL(url))).toBeNull();
      expect(findHandles(mastodon, document, new URL(url)).filter((f) => f.placement === 'append')).toEqual([]);
    }
  });

  it('a server serving another domain’s accounts: the header, the posts and the counts name the account as the URL does; IDN authors in punycode', () => {
    const document = ownPage('mastodon-profile-delegated.html');
    const url = 'https://mastodon.example.org/@quinn';
    const found = findHandles(mastodon, document, new URL(url));
    expect(found.map((f) => [f.ref.handle, f.placement])).toEqual([
      ['quinn@mastodon.example.org', 'append'],
      ['quinn@mastodon.example.org', 'after'],
      ['anna@xn--bcher-kva.example', 'after'],
      ['quinn@mastodon.example.org', 'after'],
    ]);
    // Persian digits in the titles, as intl.formatNumber writes them for a reader in fa.
    expect(mastodon.observe!(document, new URL(url))).toEqual({
      ref: { network: 'mastodon', handle: 'quinn@mastodon.example.org' },
      signals: { followers: 2048, following: 88, posts: 1024 },
    });
  });

  it('a local URL with a header of another server’s account of the same name: not taken for the local one', () => {
    const page = parsePage(`<div class="account__header"><h1><span class="display-name">Q</span><small><span>@quinn<span class="invisible">@other.example</span></span></small></h1>
      <a title="88" href="/@quinn@other.example/following"><strong>88</strong> Following</a><a title="2,048" href="/@quinn@other.example/followers"><strong>2,048</strong> Followers</a></div>`);
    const url = new URL('https://mastodon.example.org/@quinn');
    expect(mastodon.observe!(page, url)).toBeNull();
    expect(findHandles(mastodon, page, url)).toEqual([]);
  });

  it('a mention of the account itself in its bio is no count, even where its name ends in digits', () => {
    const page = parsePage(`<div class="account__header"><h1><span class="display-name">A</span><small><span>@alice99<span class="invisible">@mastodon.social</span></span></small></h1>
      <p><a class="mention" title="@alice99" href="/@alice99">@<span>alice99</span></a></p>
      <a href="/@alice99/followers"><strong>12</strong> Followers</a></div>`);
    expect(mastodon.observe!(page, new URL('https://mastodon.social/@alice99'))?.signals).toEqual({ followers: 12, following: undefined, posts: undefined });
  });

  it('reads no counts while the header still shows another profile than the URL', () => {
    expect(mastodon.observe!(ownPage('mastodon-profile-remote.html'), new URL(PROFILE))).toBeNull();
    expect(mastodon.observe!(ownPage('mastodon-timeline.html'), new URL(TIMELINE))).toBeNull();
  });

  it('no badge where the account line disagrees with its link, or is not in a link', () => {
    const page = parsePage(`
      <a href="/@alice"><span class="display-name__account">@mallory</span></a>
      <a href="/@bob@fosstodon.org"><span class="display-name__account">@bob</span></a>
      <a href="/@alice/123"><span class="display-name__account">@alice</span></a>
      <a href="https://elsewhere.example/@carol"><span class="display-name__account">@carol</span></a>
      <a href="javascript:alert(1)"><span class="display-name__account">@eve@evil.example</span></a>
      <div class="status-check-box"><span class="display-name__account">@alice</span></div>
      <a class="mention" href="/@alice" title="@mallory">@<span>bob</span></a>
      <a class="mention hashtag" href="/tags/alice">#<span>alice</span></a>
      <div class="display-name__account">@alice</div>
      <h1>@alice</h1>`);
    expect(findHandles(mastodon, page, new URL(TIMELINE))).toEqual([]);
  });

  it('a link to the account’s page on its own server counts where the line names the server', () => {
    const page = parsePage('<a href="https://fosstodon.org/@bob"><span class="display-name__account">@bob@fosstodon.org</span></a><a class="u-url mention" href="https://fosstodon.org/@bob">@<span>bob</span></a>');
    expect(findHandles(mastodon, page, new URL(TIMELINE)).map((f) => f.ref.handle)).toEqual(['bob@fosstodon.org', 'bob@fosstodon.org']);
  });

  it('throws nothing and finds nothing in markup it does not know', () => {
    for (const html of ['', '<a>@alice</a>', '<a href="http://[::1">@x</a>', '<a class="mention" href="%E0%A4%A">@x</a>', '<a data-hover-card-account="1" title="@x" href="%E0%A4%A">@x</a>', '<div class="account__header"><h1></h1></div>', '<h1><bdi>A</bdi></h1><button>@alice@</button>', '<h1 class="column-header"><button>Home</button></h1><p>@alice</p>']) {
      expect(findHandles(mastodon, parsePage(html), new URL(TIMELINE))).toEqual([]);
      expect(mastodon.observe!(parsePage(html), new URL(PROFILE))).toBeNull();
    }
  });
});

// Written from the 4.3–4.5 components (notifications_v2's group label, more_from_author and
// explore's author_link, account_timeline's familiar_followers): links that name a person by display name.
describe('Mastodon links that name an account by its display name', () => {
  const placed = (html: string, url = 'https://mastodon.social/notifications') =>
    findHandles(mastodon, parsePage(html), new URL(url)).map((f) => [f.ref.handle, f.anchor.localName, f.placement, f.anchor.textContent]);

  it('a notification group: who acted (local, remote), after the name; not the avatars, the post’s link or the own post shown', () => {
    const group = (label: string) =>
      `<div role="button" class="notification-group notification-group--favourite"><div class="notification-group__main"><div class="notification-group__main__header">` +
      `<div class="notification-group__main__header__wrapper"><div class="notification-group__avatar-group"><a title="@carol" data-hover-card-account="3" href="/@carol"><div class="account__avatar"><img src="c.png" alt=""></div></a></div></div>` +
      `<div class="notification-group__main__header__label">${label}</div></div>` +
      `<div class="notification-group__main__status"><div class="notification-group__embedded-status"><div class="notification-group__embedded-status__account"><span class="display-name"><bdi><strong class="display-name__html">Me</strong></bdi> <span class="display-name__account">@me</span></span></div></div></div></div></div>`;
    const html =
      group('<a href="/@carol" title="@carol" data-id="3" data-hover-card-account="3"><bdi><span>Carol Danvers</span></bdi></a> and 2 others favorited your post<span>·</span><a href="/@me/114000000000000001"><time datetime="2025-10-02T09:00:00.000Z">4h</time></a>') +
      group('<a href="/@erin@hachyderm.io" title="@erin@hachyderm.io" data-hover-card-account="5"><bdi>Erin Example</bdi></a> followed you');
    expect(placed(html)).toEqual([
      ['carol@mastodon.social', 'a', 'after', 'Carol Danvers'],
      ['erin@hachyderm.io', 'a', 'after', 'Erin Example'],
    ]);
  });

  it('a link preview’s author: "More from" (4.5 with a title, 4.3–4.4 without) and Explore’s "By"', () => {
    const author = (attributes: string) =>
      `<a href="/@bob@journa.host" ${attributes} data-hover-card-account="10998" class="story__details__shared__author-link"><div class="account__avatar"><img src="b.png" alt=""></div><bdi><span>Bob Writer</span></bdi></a>`;
    const expected = [['bob@journa.host', 'a', 'after', 'Bob Writer']];
    expect(placed(`<div class="more-from-author">More from ${author('title="@bob@journa.host"')}</div>`, THREAD)).toEqual(expected);
    expect(placed(`<div class="more-from-author">More from ${author('')}</div>`, THREAD)).toEqual(expected);
    expect(placed(`<div class="story__details__shared"><span>By ${author('title="@bob@journa.host"')}</span><a class="story__details__shared__pill" href="/links/x"><strong>1.2K</strong> posts</a></div>`, 'https://mastodon.social/explore/links')).toEqual(expected);
  });

  it('"Followed by" in a profile header: each named follower', () => {
    const html = '<div class="account__header__familiar-followers">Followed by <a data-hover-card-account="7" href="/@gina">Gina Torres</a>, <a data-hover-card-account="8" href="/@hal@mas.to">Hal</a>, and 3 others you know</div>';
    expect(placed(html, 'https://mastodon.social/@frank')).toEqual([
      ['gina@mastodon.social', 'a', 'after', 'Gina Torres'],
      ['hal@mas.to', 'a', 'after', 'Hal'],
    ]);
  });

  it('none where the title disagrees with the route, the route is not an account’s, the link leaves the server, or it is empty; a booster stays unbadged', () => {
    const label = (link: string) => `<div class="notification-group__main__header__label">${link} favorited your post</div>`;
    const html =
      label('<a href="/@carol" title="@mallory">Carol</a>') +
      label('<a href="/@carol/114000000000000001">Carol</a>') +
      label('<a href="https://elsewhere.example/@carol">Carol</a>') +
      label('<a href="/@carol"></a>') +
      '<div class="status__prepend"><a data-id="1" href="/@dora" class="status__display-name muted" title="@dora" data-hover-card-account="1"><bdi><strong>Dora Explorer</strong></bdi></a> boosted</div>';
    expect(placed(html)).toEqual([]);
  });
});

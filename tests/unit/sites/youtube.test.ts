// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkInfo } from '../../../src/lib/networks';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, profileFromUrl, youtube } from '../../../src/sites/youtube';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const WATCH = 'https://www.youtube.com/watch?v=aBcDeFgHiJk';
const CHANNEL = 'https://www.youtube.com/@TechReviewer';
const TECH_ID = 'UCtEcHrEvIeWeR0123456789';
const TECH_FEED = `https://www.youtube.com/feeds/videos.xml?channel_id=${TECH_ID}`;

const observe = (document: Document, url: string) => youtube.observe!(document, new URL(url));
const posts = (document: Document, url: string) =>
  [...document.querySelectorAll(youtube.postSelector!)].map((element) => youtube.postFromElement!(element, new URL(url)));

describe('YouTube profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('youtube');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the @ of a handle, decodes it, and names a channel id as it is', () => {
    expect(profileFromUrl(new URL('https://www.youtube.com/@Dave2D/videos'))).toEqual({ network: 'youtube', handle: '@Dave2D' });
    expect(profileFromUrl(new URL('https://www.youtube.com/@%E3%83%92%E3%82%AB%E3%82%AD%E3%83%B3'))?.handle).toBe('@ヒカキン');
    expect(profileFromUrl(new URL('https://m.youtube.com/channel/UCVYamHliCI9rw1tHR1xbkfw'))).toEqual({ network: 'youtube', handle: 'UCVYamHliCI9rw1tHR1xbkfw' });
  });
  it('takes handles whose letters carry combining marks (Devanagari vowel signs, virama)', () => {
    expect(profileFromUrl(new URL('https://www.youtube.com/@%E0%A4%85%E0%A4%AE%E0%A5%83%E0%A4%A4%E0%A4%95%E0%A4%A3'))?.handle).toBe('@अमृतकण');
    for (const handle of ['@आपला_महेश', '@बालाजीकीकृपाPodcasts']) {
      expect(profileFromUrl(new URL(`https://www.youtube.com/@${encodeURIComponent(handle.slice(1))}/videos`))?.handle).toBe(handle);
      expect(networkInfo('youtube')!.isValidHandle(handle)).toBe(true);
    }
    // Marks count toward the 30 characters.
    expect(networkInfo('youtube')!.isValidHandle(`@${'कृ'.repeat(16)}`)).toBe(false);
  });
});

describe('YouTube handles on pages written for this project', () => {
  it('a watch page: the owner, comment authors (old /channel/ ones too), mentions, a lockup’s channel; not the menus, avatars or cards', () => {
    expect(handleCounts(youtube, ownPage('youtube-watch.html'), WATCH)).toEqual({
      '@TechReviewer': 3, // owner's name, a mention in a comment, the creator's badge on their own comment
      '@commenter_one': 2, // author, and mentioned in a reply
      '@commenter_two': 2, // author, and mentioned in a reply by a /channel/UC… link
      '@commenter_three': 1,
      UCoLdStYlEcOmMeNtEr01234: 1,
      '@FriendChannel': 1,
      '@OtherCreator': 1,
    });
  });

  it('one badge per comment, beside its author link; none on the avatar or the hidden author link', () => {
    const document = ownPage('youtube-watch.html');
    const found = findHandles(youtube, document.querySelector('ytd-comments')!, new URL(WATCH));
    expect(found.map((f) => [f.ref.handle, f.anchor.id || f.anchor.closest('[id]')!.id])).toEqual([
      ['@commenter_one', 'author-text'],
      ['@TechReviewer', 'content-text'],
      ['@commenter_two', 'author-text'],
      ['@commenter_one', 'content-text'],
      ['@commenter_three', 'author-text'],
      ['@commenter_two', 'content-text'],
      ['@TechReviewer', 'name'],
      ['UCoLdStYlEcOmMeNtEr01234', 'author-text'],
    ]);
    const owner = findHandles(youtube, document.querySelector('ytd-video-owner-renderer')!, new URL(WATCH));
    expect(owner.map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([['@TechReviewer', 'Tech Reviewer']]);
  });

  it('a mention YouTube links to /channel/UC…, its text " @handle " padded with no-break spaces: named by the handle, badge after it', () => {
    const reply = ownPage('youtube-watch.html').querySelectorAll('ytd-comment-replies-renderer ytd-comment-view-model')[1];
    // Attribute selectors: jsdom's scoped '#id' lookups find the document's first element of that id.
    const mention = reply.querySelector('[id="content-text"] a')!;
    expect(mention.textContent).toBe('\u00a0@commenter_two\u00a0');
    expect(findHandles(youtube, reply.querySelector('[id="content-text"]')!, new URL(WATCH))).toEqual([
      { ref: { network: 'youtube', handle: '@commenter_two' }, anchor: mention, placement: 'after' },
    ]);
  });

  it('an "@handle" text on a /channel/UC… link names that handle only where YouTube writes the text: comment text and author names', () => {
    const link = (text: string) => `<a href="/channel/UCsOmEoNeElSe0123456789a">${text}</a>`;
    const page = parsePage(`
      <ytd-text-inline-expander id="description-inline-expander"><yt-attributed-string><span>Sponsored by ${link('@FamousBrand')}</span></yt-attributed-string></ytd-text-inline-expander>
      <yt-page-header-view-model><yt-attribution-view-model>${link('@FamousBrand')}</yt-attribution-view-model></yt-page-header-view-model>
      <ytd-backstage-post-renderer><yt-formatted-string id="content-text">${link('@FamousBrand')}</yt-formatted-string></ytd-backstage-post-renderer>
      <ytd-comment-view-model><yt-attributed-string id="content-text">${link('\u00a0Famous Brand\u00a0')} ${link('\u00a0@@FamousBrand\u00a0')}</yt-attributed-string></ytd-comment-view-model>`);
    expect(findHandles(youtube, page, new URL(WATCH))).toEqual([]);
    const old = parsePage(`<ytd-comment-renderer><h3><a id="author-text" href="/channel/UCoLdStYlEcOmMeNtEr01234"><span> @old_style </span></a></h3>
      <yt-formatted-string id="content-text">${link('\u00a0@someone_else\u00a0')} thanks</yt-formatted-string></ytd-comment-renderer>`);
    expect(findHandles(youtube, old, new URL(WATCH)).map((f) => f.ref.handle)).toEqual(['@old_style', '@someone_else']);
  });

  it('a channel page: the name in its own header (appended), not the header YouTube keeps hidden', () => {
    const found = findHandles(youtube, ownPage('youtube-channel.html'), new URL(CHANNEL));
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([['@TechReviewer', 'append', 'h1']]);
    // Another channel's URL over this header (a page swapped in place): no header badge.
    expect(findHandles(youtube, ownPage('youtube-channel.html'), new URL('https://www.youtube.com/@SomeoneElse'))).toEqual([]);
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage(`
      <div><span>@someone</span><a>no href</a><a href="http://[bad">@someone</a><a href="/@someone/videos">@someone</a>
      <a href="/@someone">Someone Else Entirely</a><a href="/c/someone">someone</a><a href="/user/someone">someone</a>
      <a href="/@%E0%A4%A">x</a><a href="https://example.com/@someone">@someone</a><a href="/@someone"></a>
      <a href="/channel/UCshort">UCshort</a><a href="/@someone">${'@someone '.repeat(20)}</a><h1>Channel</h1></div>`);
    expect(findHandles(youtube, page, new URL('https://www.youtube.com/@someone'))).toEqual([]);
  });
});

describe('YouTube handles in search results', () => {
  const SEARCH = 'https://www.youtube.com/results?search_query=Java+Script';
  const found = (document: Document) => findHandles(youtube, document, new URL(SEARCH)).map((f) => [f.ref.handle, f.placement, f.anchor.localName, f.anchor.id]);
  /** A channel result: its avatar link, the link around its name, and what #subscribers shows. */
  const result = (href: string, subscribers: string, name = '<yt-formatted-string id="text">Some Channel</yt-formatted-string>') => parsePage(`<ytd-channel-renderer>
    <div id="avatar-section"><a id="main-link" href="${href}"><img alt="" src="x"></a></div>
    <div id="info-section"><a id="main-link" class="channel-link" href="${href}"><div id="info"><ytd-channel-name id="channel-title">${name}</ytd-channel-name>
    <div id="metadata"><yt-formatted-string id="subscribers">${subscribers}</yt-formatted-string><span id="dot">•</span><yt-formatted-string id="video-count">1.2K subscribers</yt-formatted-string></div>
    <yt-formatted-string id="description">About the channel.</yt-formatted-string></div></a></div></ytd-channel-renderer>`);

  it('a channel result: one badge, appended to its name; none on its avatar, its link or the guide; a video result’s byline as before', () => {
    expect(found(ownPage('youtube-search.html'))).toEqual([
      ['@javascriptmastery', 'append', 'ytd-channel-name', 'channel-title'],
      ['UCoLdSeArChReSuLt0123456', 'append', 'ytd-channel-name', 'channel-title'], // before handles: #subscribers is a count
      ['@javascriptmastery', 'after', 'a', ''],
    ]);
  });

  it('the "@handle" under the name names a /channel/UC… or /c/ result; a link to another handle contradicts it: no badge', () => {
    expect(found(result('/@javascriptmastery', '@JavaScriptMastery'))).toEqual([['@JavaScriptMastery', 'append', 'ytd-channel-name', 'channel-title']]);
    expect(found(result('/channel/UCsOmEoNeElSe0123456789a', '@some_channel'))).toEqual([['@some_channel', 'append', 'ytd-channel-name', 'channel-title']]);
    expect(found(result('/c/SomeChannel', '@some_channel'))).toEqual([['@some_channel', 'append', 'ytd-channel-name', 'channel-title']]);
    expect(found(result('/@someone_else', '@some_channel'))).toEqual([]);
    expect(found(result('/c/SomeChannel', '52.3K subscribers'))).toEqual([]);
  });

  it('a name without text, a hidden result, or a name holding its own channel link (that link gets the badge): no second badge', () => {
    expect(found(result('/@some_channel', '@some_channel', ''))).toEqual([]);
    const hidden = result('/@some_channel', '@some_channel');
    hidden.querySelector('ytd-channel-renderer')!.setAttribute('hidden', '');
    expect(found(hidden)).toEqual([]);
    // (No link around it here: the HTML parser would not nest one link in another.)
    const linked = parsePage(`<ytd-channel-renderer><a id="main-link" href="/@some_channel"><img alt="" src="x"></a>
      <ytd-channel-name id="channel-title"><yt-formatted-string id="text"><a href="/@some_channel">Some Channel</a></yt-formatted-string></ytd-channel-name></ytd-channel-renderer>`);
    expect(found(linked)).toEqual([['@some_channel', 'after', 'a', '']]);
  });

  it('a result link whose text is the name alone (no handle, no description) still leaves the badge to the name', () => {
    const page = parsePage(`<ytd-channel-renderer><a id="main-link" href="/@some_channel"><div id="info"><ytd-channel-name id="channel-title"><yt-formatted-string id="text">some_channel</yt-formatted-string></ytd-channel-name></div></a></ytd-channel-renderer>`);
    expect(found(page)).toEqual([['@some_channel', 'append', 'ytd-channel-name', 'channel-title']]);
  });
});

describe('YouTube handles in the Shorts player', () => {
  const SHORTS = 'https://www.youtube.com/shorts/UYpEQKCWfM4';
  const found = (document: Document, url = SHORTS) => findHandles(youtube, document, new URL(url)).map((f) => [f.ref.handle, f.placement, f.anchor.textContent]);

  it('each reel’s channel bar: its owner, from the link to /@handle/shorts; none on the avatar or the sound', () => {
    expect(found(ownPage('youtube-shorts.html'))).toEqual([
      ['@LinusTechTips', 'after', '@LinusTechTips'],
      ['@ShortCircuit', 'after', '@ShortCircuit'],
    ]);
  });

  it('the playing Short (the reel that holds the player) is the video the address names: its likes, from its like button’s label', () => {
    // 2026's layout (selectors of scripts for the live page; the like button as pasted from it): no reel is-active.
    const reel = (handle: string, like: string, player: boolean) => `<ytd-reel-video-renderer class="style-scope ytd-shorts">
      ${player ? '<div id="player-container"><div id="shorts-player" class="html5-video-player"></div></div>' : ''}
      <div id="experiment-overlay"><ytd-reel-player-overlay-renderer><yt-reel-player-overlay-view-model><div id="metapanel"><yt-reel-metapanel-view-model>
        <yt-reel-channel-bar-view-model><span class="ytReelChannelBarViewModelChannelName"><a class="yt-core-attributed-string__link" href="/@${handle}/shorts">@${handle}</a></span></yt-reel-channel-bar-view-model>
      </yt-reel-metapanel-view-model></div>
      <div class="ytReelPlayerOverlayViewModelActionsContainer"><reel-action-bar-view-model><like-button-view-model><toggle-button-view-model><button-view-model><label>
        <button aria-pressed="false" aria-label="${like}"><div aria-hidden="true"></div></button><div aria-hidden="false"><span role="text">26K</span></div>
      </label></button-view-model></toggle-button-view-model></like-button-view-model></reel-action-bar-view-model></div>
      </yt-reel-player-overlay-view-model></ytd-reel-player-overlay-renderer></div></ytd-reel-video-renderer>`;
    const page = parsePage(`<html lang="en"><body><ytd-shorts><div id="shorts-inner-container">
      <div class="reel-video-in-sequence-new" id="0">${reel('ShortsMaker', '26,959 likes', true)}</div>
      <div class="reel-video-in-sequence-new" id="1">${reel('NextShortOwner', 'like this video along with 635,496 other people', false)}</div></div></ytd-shorts></body></html>`);
    const read = (url: string) => [...page.querySelectorAll(youtube.postSelector!)].map((element) => youtube.postFromElement!(element, new URL(url))).filter(Boolean);
    expect(read(SHORTS)).toEqual([{ id: '/watch?v=UYpEQKCWfM4', author: { network: 'youtube', handle: '@ShortsMaker' }, likes: 26_959 }]);
    // Elsewhere the address names no Short: no reel is one.
    expect(read('https://www.youtube.com/')).toEqual([]);
    // The saved player of an earlier layout shows no like button: nothing read, and no error.
    expect([...ownPage('youtube-shorts.html').querySelectorAll(youtube.postSelector!)].map((element) => youtube.postFromElement!(element, new URL(SHORTS)))).toEqual([null, null]);
  });

  it('the channel bar linking the channel itself, or showing a display name: the owner all the same', () => {
    const bar = (link: string) => parsePage(`<yt-reel-channel-bar-view-model><span class="ytReelChannelBarViewModelChannelName">${link}</span></yt-reel-channel-bar-view-model>`);
    expect(found(bar('<a href="/@LinusTechTips">@LinusTechTips</a>'))).toEqual([['@LinusTechTips', 'after', '@LinusTechTips']]);
    expect(found(bar('<a href="/@LinusTechTips/shorts">Linus Tech Tips</a>'))).toEqual([['@LinusTechTips', 'after', 'Linus Tech Tips']]);
    expect(found(bar('<a href="/@LinusTechTips/videos">@LinusTechTips</a>'))).toEqual([]);
  });

  it('elsewhere a link to /@handle/shorts is the channel only where its text is that "@handle": not a channel page’s Shorts tab', () => {
    const page = parsePage(`<yt-page-header-view-model hidden></yt-page-header-view-model>
      <yt-tab-group-shape><yt-tab-shape tab-title="Shorts"><a href="/@LinusTechTips/shorts"><div class="yt-tab-shape__tab">Shorts</div></a></yt-tab-shape></yt-tab-group-shape>
      <ytd-channel-name><a href="/@LinusTechTips/shorts">Linus Tech Tips</a></ytd-channel-name>
      <p><a href="/@LinusTechTips/shorts">@ShortCircuit</a> <a href="/@LinusTechTips/shorts">@LinusTechTips</a></p>`);
    expect(found(page, 'https://www.youtube.com/@LinusTechTips/shorts')).toEqual([['@LinusTechTips', 'after', '@LinusTechTips']]);
  });
});

describe('YouTube handles on m.youtube.com', () => {
  const MOBILE_WATCH = 'https://m.youtube.com/watch?v=aBcDeFgHiJk';
  const comment = (avatar: string, title: string) => `<ytm-comment-renderer>${avatar}
    <div class="YtmCommentRendererDetails"><div class="comment-header YtmCommentRendererHeader"><h3 class="comment-title YtmCommentRendererTitle"><span class="yt-core-attributed-string">${title}</span></h3></div>
    <p class="comment-text YtmCommentRendererText"><span class="yt-core-attributed-string">hello</span></p></div></ytm-comment-renderer>`;
  const avatar = (href: string) => `<a class="YtmCommentRendererIconContainer" href="${href}"><ytm-profile-icon class="comment-icon"><img alt="" src="https://yt3.ggpht.com/x=s88"></ytm-profile-icon></a>`;
  const found = (html: string) => findHandles(youtube, parsePage(html), new URL(MOBILE_WATCH)).map((f) => [f.ref.handle, f.placement, f.anchor.className]);

  it('the owner (badge on the name inside its link) and each comment author (after the "@handle" title); none on avatars', () => {
    const document = ownPage('youtube-watch-mobile.html');
    expect(findHandles(youtube, document, new URL(MOBILE_WATCH)).map((f) => [f.ref.handle, f.placement, f.anchor.className])).toEqual([
      ['@TechReviewer', 'append', 'slim-owner-channel-name'],
      ['@commenter_one', 'after', 'YtmCommentRendererTitle'],
      ['@commenter_two', 'after', 'YtmCommentRendererTitle'], // its avatar links to /channel/UC…
      ['@TechReviewer', 'after', 'YtmCommentRendererTitle'],
    ]);
  });

  it('a title whose "@handle" another handle in its avatar link contradicts: no badge', () => {
    expect(found(comment(avatar('/@someone_else'), '@commenter_one'))).toEqual([]);
    expect(found(comment(avatar('/@Commenter_One'), '@commenter_one'))).toEqual([['@commenter_one', 'after', 'comment-title YtmCommentRendererTitle']]);
    expect(found(comment(avatar('/channel/UCcOmMeNtErTwO0123456789'), '@commenter_one'))).toEqual([['@commenter_one', 'after', 'comment-title YtmCommentRendererTitle']]);
    expect(found(comment('', '@commenter_one'))).toEqual([['@commenter_one', 'after', 'comment-title YtmCommentRendererTitle']]);
  });

  it('a display name for a title stands for the avatar’s channel; without one, nothing', () => {
    expect(found(comment(avatar('/channel/UCcOmMeNtErTwO0123456789'), 'Old Style Name'))).toEqual([['UCcOmMeNtErTwO0123456789', 'after', 'comment-title YtmCommentRendererTitle']]);
    expect(found(comment(avatar('/c/OldStyle'), 'Old Style Name'))).toEqual([]);
    expect(found(comment('', 'Old Style Name'))).toEqual([]);
    expect(found(comment('', ''))).toEqual([]);
  });

  it('a title inside a channel link is that link’s; a hidden one, none', () => {
    expect(found(`<ytm-comment-renderer><a href="/@commenter_one"><span class="YtmCommentRendererTitle">@commenter_one</span></a></ytm-comment-renderer>`)).toEqual([['@commenter_one', 'after', '']]);
    expect(found(`<div hidden>${comment(avatar('/@commenter_one'), '@commenter_one')}</div>`)).toEqual([]);
  });

  it('a video card on Home, Search and Related (2026): its channel beside the byline’s name, which only the avatar’s label ties to it', () => {
    const card = (label: string, bylines: string[], avatars = 1) => `<ytm-video-with-context-renderer><ytm-media-item>
      <a href="/watch?v=aBcDeFgHiJk"><div class="video-thumbnail-container-large"><img src="https://i.ytimg.com/vi/aBcDeFgHiJk/hqdefault.jpg"></div></a>
      <div class="details">${`<ytm-channel-thumbnail-with-link-renderer><a href="/channel/UCu7TZ_ATWgjgD9IrNLdnYDA"><img alt="${label}" src="https://yt3.ggpht.com/x=s68"></a></ytm-channel-thumbnail-with-link-renderer>`.repeat(avatars)}
      <div class="media-item-info"><a href="/watch?v=aBcDeFgHiJk"><h3 class="media-item-headline"><span>A video</span></h3>
      <ytm-badge-and-byline-renderer>${bylines.map((text) => `<span class="YtmBadgeAndBylineRendererItemByline"><span class="yt-core-attributed-string">${text}</span></span>`).join('<span class="YtmBadgeAndBylineRendererSeparator">•</span>')}</ytm-badge-and-byline-renderer>
      </a></div></div></ytm-media-item></ytm-video-with-context-renderer>`;
    const home = (html: string) => findHandles(youtube, parsePage(html), new URL('https://m.youtube.com/')).map((f) => [f.ref.handle, f.placement, f.anchor.textContent]);
    expect(home(card('Go to channel Little Big', ['Little Big', '24 crore views', '3 years ago']))).toEqual([['UCu7TZ_ATWgjgD9IrNLdnYDA', 'after', 'Little Big']]);
    // The label names another channel, the name is missing (a channel's own list shows views first), or two avatars (a collaboration): none.
    expect(home(card('Go to channel Someone Else', ['Little Big', '24 crore views']))).toEqual([]);
    expect(home(card('Go to channel Little Big', ['24 crore views', '3 years ago']))).toEqual([]);
    expect(home(card('Go to channel Little Big', ['Little Big', '24 crore views'], 2))).toEqual([]);
  });

  it('an owner link to /channel/UC… names the channel id; one without a name gets no badge', () => {
    const owner = (href: string, name: string) => `<ytm-slim-owner-renderer><a class="slim-owner-icon-and-title" href="${href}"><ytm-profile-icon class="slim-owner-profile-icon"><img src="x"></ytm-profile-icon>
      <div class="slim-owner-bylines">${name}<div class="subhead"><span>1.22M subscribers</span></div></div></a></ytm-slim-owner-renderer>`;
    expect(found(owner('/channel/UCtEcHrEvIeWeR0123456789', '<h3 class="slim-owner-channel-name"><span>Tech Reviewer</span></h3>'))).toEqual([['UCtEcHrEvIeWeR0123456789', 'append', 'slim-owner-channel-name']]);
    expect(found(owner('/@TechReviewer', ''))).toEqual([]);
    expect(found(owner('/@TechReviewer', '<h3 class="slim-owner-channel-name"></h3>'))).toEqual([]);
  });
});

describe('YouTube on m.youtube.com: a community post’s author (yt-post-header)', () => {
  const HOME = new URL('https://m.youtube.com/');
  const FIXTURE = resolve(import.meta.dirname, '../../fixtures/pages/youtube-mobile-post.html');
  // The app nests the name link inside the header link that also holds the time; the HTML parser
  // splits nested links, an XML parse (the fixture is well-formed) keeps them as the app builds them.
  const splitByParser = () => ownPage('youtube-mobile-post.html');
  const nestedAsBuilt = () => new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'application/xhtml+xml');

  it.each([
    ['split by the HTML parser', splitByParser, false],
    ['nested, as the app builds it', nestedAsBuilt, true],
  ])('one badge, after the name link (%s); none on the avatar, the header link around name and time, the time or the top bar', (_, page, nested) => {
    const document = page();
    expect(document.querySelector('a.ytPostHeaderHostHeaderAuthor a[href^="/@"]') !== null).toBe(nested);
    const found = findHandles(youtube, document, HOME);
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.textContent])).toEqual([['@LanternWorkshop', 'after', 'The Lantern Workshop']]);
    expect(found[0].anchor.closest('.ytPostHeaderHostAuthorText')).not.toBeNull();
  });
});

describe('YouTube observe: channel pages', () => {
  it('the rendered header’s counts, check, avatar, bio and links; the channel id and feed from ytInitialData', () => {
    expect(observe(ownPage('youtube-channel.html'), `${CHANNEL}/videos`)).toEqual({
      ref: { network: 'youtube', handle: '@TechReviewer' },
      signals: { followers: 1_230_000, posts: 1200, verified: true, hasAvatar: true, hasBio: true, hasUrl: true },
      feedUrl: TECH_FEED,
      aliases: [{ network: 'youtube', handle: TECH_ID }],
    });
  });

  it('a channel without a description has no bio, though its header previews a placeholder ("More about this channel")', () => {
    const page = (description: string) =>
      parsePage(
        readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/youtube-channel.html'), 'utf8')
          .replace(/"description":"Honest reviews[^"]*"/, `"description":"${description}"`)
          .replace(/(<yt-description-preview-view-model[^>]*>)[\s\S]*?(<\/yt-description-preview-view-model>)/, '$1<span>More about this channel</span>$2'),
      );
    expect(observe(page(''), `${CHANNEL}/videos`)?.signals.hasBio).toBe(false);
    expect(observe(page('Reviews every Tuesday.'), `${CHANNEL}/videos`)?.signals.hasBio).toBe(true);
  });

  it('a /channel/UC… page is named by the handle its header shows', () => {
    const seen = observe(ownPage('youtube-channel.html'), 'https://www.youtube.com/channel/UCtEcHrEvIeWeR0123456789');
    expect(seen?.ref.handle).toBe('@TechReviewer');
    expect(seen?.feedUrl).toBe(TECH_FEED);
  });

  it('another handle’s URL over this page (swapped in place): nothing; another id’s: the header, as the channel it names, without the stale feed', () => {
    expect(observe(ownPage('youtube-channel.html'), 'https://www.youtube.com/@SomeoneElse')).toBeNull();
    const other = observe(ownPage('youtube-channel.html'), 'https://www.youtube.com/channel/UCxxxxxxxxxxxxxxxxxxxxxx');
    expect(other?.ref.handle).toBe('@TechReviewer');
    expect(other?.feedUrl).toBeUndefined();
  });

  it('without a rendered header: ytInitialData alone, where it is the URL’s channel', () => {
    const head = ownPage('youtube-channel.html');
    head.querySelector('ytd-app')!.remove();
    expect(observe(head, CHANNEL)).toEqual({
      ref: { network: 'youtube', handle: '@TechReviewer' },
      signals: { followers: 1_220_000, posts: 1200, verified: true, hasBio: true, hasAvatar: true },
      feedUrl: TECH_FEED,
      aliases: [{ network: 'youtube', handle: TECH_ID }],
    });
    expect(observe(head, 'https://www.youtube.com/@SomeoneElse')).toBeNull();
  });

  /** The channel page with its ytInitialData written another way (`rewrite` gets the JSON and the script), and no rendered header. */
  function channelWithData(rewrite: (json: string, script: HTMLScriptElement, page: Document) => void): Document {
    const page = ownPage('youtube-channel.html');
    const script = page.querySelector<HTMLScriptElement>('head script')!;
    rewrite(script.textContent!.replace(/^var ytInitialData = /, '').replace(/;$/, ''), script, page);
    page.querySelector('ytd-app')!.remove();
    return page;
  }
  const TECH_REVIEWER_FROM_DATA = {
    ref: { network: 'youtube', handle: '@TechReviewer' },
    signals: { followers: 1_220_000, posts: 1200, verified: true, hasBio: true, hasAvatar: true },
    feedUrl: TECH_FEED,
    aliases: [{ network: 'youtube', handle: TECH_ID }],
  };

  it('m.youtube.com’s ytInitialData, a string literal the page JSON.parses: read as the object', () => {
    const page = channelWithData((json, script) => {
      const literal = json.replace(/[{}[\]"'=&<>\\]/g, (char) => `\\x${char.charCodeAt(0).toString(16)}`);
      script.textContent = `var ytInitialData = '${literal}'; window['ytInitialData'] = JSON.parse(window['ytInitialData']);`;
    });
    expect(observe(page, 'https://m.youtube.com/@TechReviewer')).toEqual(TECH_REVIEWER_FROM_DATA);
  });

  it('ytInitialData in <script id="yt-initial-data" type="application/json">, as some responses carry it since autumn 2026', () => {
    const page = channelWithData((json, script, document) =>
      script.replaceWith(Object.assign(document.createElement('script'), { id: 'yt-initial-data', type: 'application/json', textContent: json })),
    );
    expect(observe(page, 'https://www.youtube.com/@TechReviewer')).toEqual(TECH_REVIEWER_FROM_DATA);
  });

  it('the older c4 header, rendered', () => {
    const page = parsePage(`<html lang="en"><ytd-c4-tabbed-header-renderer>
      <ytd-channel-name id="channel-name"><yt-formatted-string id="text">Old Layout</yt-formatted-string><div class="badge badge-style-type-verified"></div></ytd-channel-name>
      <yt-formatted-string id="channel-handle">@OldLayout</yt-formatted-string>
      <yt-formatted-string id="subscriber-count">52.3K subscribers</yt-formatted-string><yt-formatted-string id="videos-count">312 videos</yt-formatted-string>
    </ytd-c4-tabbed-header-renderer></html>`);
    expect(observe(page, 'https://www.youtube.com/@OldLayout')).toEqual({
      ref: { network: 'youtube', handle: '@OldLayout' },
      signals: { followers: 52_300, posts: 312, verified: true },
    });
    expect(findHandles(youtube, page, new URL('https://www.youtube.com/@OldLayout')).map((f) => f.ref.handle)).toEqual(['@OldLayout']);
  });

  it('the camelCase header (handle and counts in one row), after in-app navigation: the rendered header alone', () => {
    const url = 'https://www.youtube.com/@DapurNusantara';
    expect(observe(ownPage('youtube-channel-camelcase.html'), `${url}/videos`)).toEqual({
      ref: { network: 'youtube', handle: '@DapurNusantara' },
      signals: { followers: 19_900_000, posts: 1200, verified: true, hasAvatar: true, hasBio: true, hasUrl: true },
    });
    const found = findHandles(youtube, ownPage('youtube-channel-camelcase.html'), new URL(url));
    expect(found.map((f) => [f.ref.handle, f.placement, f.anchor.localName])).toEqual([['@DapurNusantara', 'append', 'h1']]);
    // The channel visited before, its header kept [hidden]: neither badge nor counts.
    expect(observe(ownPage('youtube-channel-camelcase.html'), 'https://www.youtube.com/@SaluranSebelumnya')).toBeNull();
    expect(findHandles(youtube, ownPage('youtube-channel-camelcase.html'), new URL('https://www.youtube.com/@SaluranSebelumnya'))).toEqual([]);
  });

  const camelHeader = (lang: string, handle: string, texts: string[]) => parsePage(`<html lang="${lang}"><yt-page-header-view-model class="ytPageHeaderViewModelHost">
    <h1 class="dynamicTextViewModelH1"><span class="ytAttributedStringHost">Channel</span></h1><yt-content-metadata-view-model class="ytContentMetadataViewModelHost">
    <div class="ytContentMetadataViewModelMetadataRow"><span class="ytContentMetadataViewModelMetadataText">${handle}</span>
    ${texts.map((text) => `<span class="ytContentMetadataViewModelDelimiter">•</span><span class="ytContentMetadataViewModelMetadataText">${text}</span>`).join('')}
    </div></yt-content-metadata-view-model></yt-page-header-view-model></html>`);

  it.each([
    ['ar', '341 ألف مشترك', 341_000],
    ['vi', '1,05 Tr người đăng ký', 1_050_000],
    ['vi', '230 N người đăng ký', 230_000],
    ['cs', '1,84 tis. odběratelů', 1840],
    ['sk', '1,2 mil. odberateľov', 1_200_000],
    ['tr', '1,2 Mn abone', 1_200_000],
    ['pl', '3,4 mln subskrybentów', 3_400_000],
    ['hi', '1.2 लाख सब्सक्राइबर', 120_000],
    ['uk', '12 тис. підписників', 12_000],
    ['id', '19,9 jt subscriber', 19_900_000],
  ])('a lone count is subscribers by its word (%s: %s)', (lang, text, followers) => {
    expect(observe(camelHeader(lang, '@Lone', [text]), 'https://www.youtube.com/@Lone')?.signals).toEqual({ followers });
  });

  it.each([
    ['ar', ['341 ألف مشترك', '120 فيديو'], { followers: 341_000, posts: 120 }],
    ['cs', ['57 videí'], { posts: 57 }],
    ['hi', ['1.2 लाख सब्सक्राइबर', '300 वीडियो'], { followers: 120_000, posts: 300 }],
    // hr (a real channel's header copied into a clone) and bg (real headers quoted by three projects).
    ['hr', ['581 tis. pretplatnika', '338 videozapisa'], { followers: 581_000, posts: 338 }],
    ['bg', ['128 хил. абонати', '74 видеоклипа'], { followers: 128_000, posts: 74 }],
    // Where only one of the two words is known, the other count is the other one, in YouTube's order.
    ['pl', ['1,23 mln subskrybentów', '456 filmów'], { followers: 1_230_000, posts: 456 }],
    ['el', ['1,2 εκ. συνδρομητές', '345 βίντεο'], { followers: 1_200_000, posts: 345 }],
    ['ro', ['1,2 mil. de abonați', '345 de videoclipuri'], { followers: 1_200_000, posts: 345 }],
    ['ms', ['1.2J pelanggan', '345 video'], { followers: 1_200_000, posts: 345 }],
  ])('videos by their word (%s)', (lang, texts, signals) => {
    expect(observe(camelHeader(lang, '@Lone', texts), 'https://www.youtube.com/@Lone')?.signals).toEqual(signals);
  });

  it('a hidden subscriber count: the videos alone, by their word', () => {
    const page = parsePage(`<yt-page-header-view-model><h1>Quiet</h1><yt-content-metadata-view-model>
      <div class="metadata-row"><span>@QuietOne</span></div><div class="metadata-row"><span>57 videos</span></div></yt-content-metadata-view-model></yt-page-header-view-model>`);
    expect(observe(page, 'https://www.youtube.com/@QuietOne')?.signals).toEqual({ posts: 57 });
  });
});

describe('YouTube observe: watch pages (the owner’s channel)', () => {
  it('the rendered owner’s subscribers and check; the channel id from ytInitialData of this video', () => {
    expect(observe(ownPage('youtube-watch.html'), WATCH)).toEqual({
      ref: { network: 'youtube', handle: '@TechReviewer' },
      signals: { followers: 1_230_000, verified: true },
      feedUrl: TECH_FEED,
      aliases: [{ network: 'youtube', handle: TECH_ID }],
    });
  });

  it('a stream opened at the address its Share button gives (/live/<id>), which stays in the address bar: the same owner; another video’s page data is not taken', () => {
    expect(observe(ownPage('youtube-watch.html'), 'https://www.youtube.com/live/aBcDeFgHiJk')).toEqual(observe(ownPage('youtube-watch.html'), WATCH));
    expect(observe(ownPage('youtube-watch.html'), 'https://www.youtube.com/live/aBcDeFgHiJk')).not.toBeNull();
    const dataOnly = ownPage('youtube-watch.html');
    dataOnly.querySelectorAll('ytd-watch-metadata').forEach((element) => element.remove());
    expect(observe(dataOnly, 'https://www.youtube.com/live/nExTvIdEo00')).toBeNull();
  });

  it('the check as 2026 pages draw it (badge-shape), and none where the owner has none (the rendered owner alone, no ytInitialData)', () => {
    const rendered = () => {
      const page = ownPage('youtube-watch.html');
      page.querySelectorAll('script').forEach((script) => script.remove());
      return page;
    };
    const badged = rendered();
    badged.querySelector('#owner .badge-style-type-verified')!.outerHTML =
      '<div class="badge-shape badge-shape-style-type-verified-artist style-scope ytd-badge-supported-renderer"><badge-shape class="yt-badge-shape yt-badge-shape--no-text" role="img" aria-label="Verified"><div class="yt-badge-shape__icon"><svg viewBox="0 0 24 24"></svg></div></badge-shape></div>';
    expect(observe(badged, WATCH)?.signals).toEqual({ followers: 1_230_000, verified: true });
    const unbadged = rendered();
    unbadged.querySelector('#owner .badge-style-type-verified')!.remove();
    expect(observe(unbadged, WATCH)?.signals).toEqual({ followers: 1_230_000 });
  });

  it('after navigating to another video: the rendered owner of that video; ytInitialData (the first video’s) left out', () => {
    const document = ownPage('youtube-watch.html');
    document.querySelector('ytd-watch-flexy')!.setAttribute('video-id', 'nExTvIdEo00');
    const seen = observe(document, 'https://www.youtube.com/watch?v=nExTvIdEo00');
    expect(seen).toEqual({ ref: { network: 'youtube', handle: '@TechReviewer' }, signals: { followers: 1_230_000, verified: true } });
    // The URL moved on, the page did not yet: nothing.
    expect(observe(ownPage('youtube-watch.html'), 'https://www.youtube.com/watch?v=nExTvIdEo00')).toBeNull();
  });

  it('m.youtube.com: ytInitialData as a string literal, the owner from slimOwnerRenderer', () => {
    const mobileWatch = 'https://m.youtube.com/watch?v=aBcDeFgHiJk';
    expect(observe(ownPage('youtube-watch-mobile.html'), mobileWatch)).toEqual({
      ref: { network: 'youtube', handle: '@TechReviewer' },
      signals: { followers: 1_220_000 },
      feedUrl: TECH_FEED,
      aliases: [{ network: 'youtube', handle: TECH_ID }],
    });
    // Another video's URL: the data is the first video's, left out.
    expect(observe(ownPage('youtube-watch-mobile.html'), 'https://m.youtube.com/watch?v=nExTvIdEo00')).toBeNull();
  });

  it('nothing on pages that are neither a channel nor a video', () => {
    expect(observe(ownPage('youtube-watch.html'), 'https://www.youtube.com/results?search_query=widget')).toBeNull();
    expect(observe(ownPage('youtube-watch.html'), 'https://www.youtube.com/c/TechReviewer')).toBeNull();
  });
});

describe('YouTube posts: the video on a watch page', () => {
  it('the rendered video (likes from the like button’s label, views, the date from the microdata) and the microdata', () => {
    const author = { network: 'youtube', handle: '@TechReviewer' };
    expect(posts(ownPage('youtube-watch.html'), WATCH)).toEqual([
      // The server's microdata, as first loaded (a post read twice counts once: same id).
      { id: '/watch?v=aBcDeFgHiJk', author, postedAt: '2024-03-05T14:00:08.000Z', likes: 12_301, views: 456_700 },
      { id: '/watch?v=aBcDeFgHiJk', author, postedAt: '2024-03-05T14:00:08.000Z', likes: 12_345, views: 456_789 },
    ]);
  });

  it('a stream live now, or yet to start: its likes, but not the watchers (or the date) where the views are written', () => {
    const metadata = (document: Document) => document.querySelector('ytd-watch-metadata')!;
    // The player's live classes (a 2026 stylesheet and a test plan hook them; not the badge a replay shows too).
    const live = ownPage('youtube-watch.html');
    metadata(live).querySelector('#view-count')!.setAttribute('aria-label', '1,234 watching now');
    live.body.insertAdjacentHTML('beforeend', '<div id="movie_player" class="html5-video-player ytp-live"></div>');
    expect(youtube.postFromElement!(metadata(live), new URL(WATCH))).toEqual({ id: '/watch?v=aBcDeFgHiJk', author: { network: 'youtube', handle: '@TechReviewer' }, postedAt: '2024-03-05T14:00:08.000Z', likes: 12_345 });
    // The video's microdata: a live broadcast with no end yet.
    const upcoming = ownPage('youtube-watch.html');
    metadata(upcoming).querySelector('#view-count')!.setAttribute('aria-label', 'Scheduled for Nov 28, 2026');
    upcoming.querySelector('#watch7-content')!.insertAdjacentHTML('beforeend', '<span itemprop="publication" itemscope itemtype="http://schema.org/BroadcastEvent"><meta itemprop="isLiveBroadcast" content="True"><meta itemprop="startDate" content="2026-11-28T20:00:00+00:00"></span>');
    expect(youtube.postFromElement!(metadata(upcoming), new URL(WATCH))).not.toHaveProperty('views');
    // Streamed and ended: its views are views again; a replay's live badge is no live stream.
    upcoming.querySelector('[itemprop="publication"]')!.insertAdjacentHTML('beforeend', '<meta itemprop="endDate" content="2026-11-28T22:00:00+00:00">');
    metadata(upcoming).querySelector('#view-count')!.setAttribute('aria-label', '45,678 views');
    upcoming.body.insertAdjacentHTML('beforeend', '<div id="movie_player" class="html5-video-player"><button class="ytp-live-badge">Live</button></div>');
    expect(youtube.postFromElement!(metadata(upcoming), new URL(WATCH))).toMatchObject({ views: 45_678 });
  });

  it('likes hidden by the creator: the views alone; no count at all: nothing', () => {
    const document = ownPage('youtube-watch.html');
    const metadata = document.querySelector('ytd-watch-metadata')!;
    metadata.querySelector('like-button-view-model button')!.setAttribute('aria-label', 'I like this');
    expect(youtube.postFromElement!(metadata, new URL(WATCH))).toMatchObject({ views: 456_789 });
    expect(youtube.postFromElement!(metadata, new URL(WATCH))).not.toHaveProperty('likes');
    metadata.querySelector('ytd-watch-info-text')!.remove();
    expect(youtube.postFromElement!(metadata, new URL(WATCH))).toBeNull();
  });
});

describe('YouTube on 2019–22 watch pages', () => {
  const OLD_WATCH = 'https://www.youtube.com/watch?v=v_zZmsFZDaM';
  const CALLE13 = { network: 'youtube', handle: 'UCySHL-QuE6qEGSpUTVhy4Ug' };
  const CALLE13_POST = { id: '/watch?v=v_zZmsFZDaM', author: CALLE13, likes: 1_022_656, views: 247_245_859 };

  it('2022 (es-MX): the owner in ytd-video-secondary-info-renderer, no #owner around it: subscribers, verified artist, feed', () => {
    expect(observe(ownPage('youtube-watch-2022.html'), OLD_WATCH)).toEqual({
      ref: CALLE13,
      signals: { followers: 4_090_000, verified: true },
      feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCySHL-QuE6qEGSpUTVhy4Ug',
    });
    // The URL moved on, the page did not yet: nothing.
    expect(observe(ownPage('youtube-watch-2022.html'), 'https://www.youtube.com/watch?v=nExTvIdEo00')).toBeNull();
    // One badge, on the owner's name; none on its avatar or the home grid kept [hidden].
    const found = findHandles(youtube, ownPage('youtube-watch-2022.html'), new URL(OLD_WATCH));
    expect(found.map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([['UCySHL-QuE6qEGSpUTVhy4Ug', 'elvecindariocalle13']]);
  });

  it('2022 (es-MX): the video from ytd-video-primary-info-renderer (views, the like button’s label); the empty [hidden] ytd-watch-metadata gives nothing', () => {
    expect(posts(ownPage('youtube-watch-2022.html'), OLD_WATCH)).toEqual([null, CALLE13_POST]);
  });

  it('likes hidden (a like button without a count): the views alone, not the dislike button’s count', () => {
    const document = ownPage('youtube-watch-2022.html');
    const [like, dislike] = document.querySelectorAll('ytd-video-primary-info-renderer ytd-toggle-button-renderer button');
    like.setAttribute('aria-label', 'Marcar este video con "Me gusta"');
    dislike.setAttribute('aria-label', 'dislike this video along with 1,909 other people');
    expect(posts(document, OLD_WATCH)).toEqual([null, { id: '/watch?v=v_zZmsFZDaM', author: CALLE13, views: 247_245_859 }]);
  });

  it('a primary info box kept [hidden], or beside a shown ytd-watch-metadata (the video read there, once): nothing', () => {
    const kept = ownPage('youtube-watch-2022.html');
    kept.querySelector('ytd-watch-flexy')!.setAttribute('hidden', '');
    expect(posts(kept, OLD_WATCH)).toEqual([null, null]);
    const modern = ownPage('youtube-watch.html');
    modern.querySelector('ytd-watch-flexy')!.insertAdjacentHTML(
      'beforeend',
      `<div id="info"><ytd-video-primary-info-renderer><ytd-video-view-count-renderer><span class="view-count">456,789 views</span></ytd-video-view-count-renderer>
      <ytd-menu-renderer><ytd-toggle-button-renderer><button aria-label="like this video along with 12,345 other people"></button></ytd-toggle-button-renderer></ytd-menu-renderer></ytd-video-primary-info-renderer></div>`,
    );
    expect(posts(modern, WATCH)).toEqual([
      { id: '/watch?v=aBcDeFgHiJk', author: { network: 'youtube', handle: '@TechReviewer' }, postedAt: '2024-03-05T14:00:08.000Z', likes: 12_301, views: 456_700 },
      { id: '/watch?v=aBcDeFgHiJk', author: { network: 'youtube', handle: '@TechReviewer' }, postedAt: '2024-03-05T14:00:08.000Z', likes: 12_345, views: 456_789 },
      null,
    ]);
  });

  it('2021 server HTML: the microdata’s videoId, channelId (its author link a legacy /user/ URL), interactionCount and date; the owner from ytInitialData', () => {
    const document = ownPage('youtube-watch-server-2021.html');
    const url = 'https://www.youtube.com/watch?v=W6NZfCO5SIk';
    const mosh = { network: 'youtube', handle: 'UCWv7vMbMWH4-V0ZXdmDpPBA' };
    expect(posts(document, url)).toEqual([{ id: '/watch?v=W6NZfCO5SIk', author: mosh, postedAt: '2018-04-23T00:00:00.000Z', views: 4_586_491 }]);
    expect(observe(document, url)).toEqual({
      ref: mosh,
      signals: { followers: 1_680_000, verified: true },
      feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCWv7vMbMWH4-V0ZXdmDpPBA',
    });
  });

  /** A microdata block of 2019–21: the metas, the authors' links, and what else the block holds. */
  const microdata = (metas: Record<string, string>, authors: string[], inside = '') => parsePage(`<div id="watch7-content" class="watch-main-col " itemscope itemid="" itemtype="http://schema.org/VideoObject">
    <link itemprop="url" href="https://www.youtube.com/watch?v=rIqCiJKWx9I">${Object.entries(metas).map(([name, content]) => `<meta itemprop="${name}" content="${content}">`).join('\n')}
    ${authors.map((href) => `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="${href}"></span>`).join('')}${inside}</div>`);

  it.each([
    ['2019: a /user/ author, then a Google+ one; the rendered header inside the block', ['http://www.youtube.com/user/bellalunemusic', 'https://plus.google.com/102308276461133791581'], '<div id="watch-header"><div class="watch-view-count">5,332 views</div></div>'],
    ['2021: a /user/ author alone', ['http://www.youtube.com/user/bellalunemusic'], ''],
  ])('%s: the channelId', (_, authors, inside) => {
    const metas = { channelId: 'UCuT85dKBUPfd5xSl_nNHlKQ', videoId: 'rIqCiJKWx9I', interactionCount: '5332', datePublished: '2011-06-25' };
    expect(posts(microdata(metas, authors, inside), 'https://www.youtube.com/watch?v=rIqCiJKWx9I')).toEqual([
      { id: '/watch?v=rIqCiJKWx9I', author: { network: 'youtube', handle: 'UCuT85dKBUPfd5xSl_nNHlKQ' }, postedAt: '2011-06-25T00:00:00.000Z', views: 5332 },
    ]);
  });

  it('microdata without a channel: a /user/ author and no channelId (or a broken one), a bad videoId or count: nothing', () => {
    const url = 'https://www.youtube.com/watch?v=rIqCiJKWx9I';
    const user = ['http://www.youtube.com/user/bellalunemusic'];
    expect(posts(microdata({ videoId: 'rIqCiJKWx9I', interactionCount: '5332' }, user), url)).toEqual([null]);
    expect(posts(microdata({ channelId: 'UCshort', videoId: 'rIqCiJKWx9I', interactionCount: '5332' }, user), url)).toEqual([null]);
    expect(posts(microdata({ channelId: 'UCuT85dKBUPfd5xSl_nNHlKQ', videoId: 'bad', interactionCount: '5332' }, user), url)).toEqual([null]);
    expect(posts(microdata({ channelId: 'UCuT85dKBUPfd5xSl_nNHlKQ', videoId: 'rIqCiJKWx9I', interactionCount: '5,332' }, user), url)).toEqual([null]);
  });
});

describe('YouTube: markup with every hook broken', () => {
  it('no handles, no observation, no posts, and no throw', () => {
    const page = parsePage(`<html><head><script>var ytInitialData = {"header": {broken</script><script>var ytInitialData = 12;</script>
      <script>var ytInitialData = '\\x7b\\x22header\\x22';</script><script>var ytInitialData = '12';</script><script>var ytInitialData = "\\x22a string\\x22";</script>
      <script>var ytInitialData = '\\x7b\\x22header\\x22:\\x7b\\x7d\\x7d</script><script>var ytInitialData = '\\x7b
      \\x7d';</script><script>window['ytInitialData'] = JSON.parse(window['ytInitialData']);</script></head>
      <body><ytd-watch-flexy video-id="aBcDeFgHiJk"><ytd-watch-metadata><ytd-video-owner-renderer><a href="/c/x">x</a></ytd-video-owner-renderer></ytd-watch-metadata></ytd-watch-flexy>
      <div id="watch7-content" itemtype="http://schema.org/VideoObject"><meta itemprop="identifier" content="bad"></div>
      <yt-page-header-view-model><h1></h1></yt-page-header-view-model></body></html>`);
    for (const url of [WATCH, CHANNEL, 'https://www.youtube.com/channel/UCtEcHrEvIeWeR0123456789', 'https://www.youtube.com/c/TechReviewer']) {
      expect(findHandles(youtube, page, new URL(url))).toEqual([]);
      expect(observe(page, url)).toBeNull();
      expect(posts(page, url)).toEqual([null, null]);
    }
  });
});

describe.skipIf(!hasSharedFixtures)('YouTube on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));
  const REAL_WATCH = 'https://www.youtube.com/watch?v=GJLlxj_dtq8';

  it('a watch page’s server HTML (en): the owner @Dave2D, 3.68 million subscribers, verified, and the feed of UCVYamHliCI9rw1tHR1xbkfw', () => {
    const document = real('youtube-watch-server-en-GJLlxj_dtq8.html');
    expect(observe(document, REAL_WATCH)).toEqual({
      ref: { network: 'youtube', handle: '@Dave2D' },
      signals: { followers: 3_680_000, verified: true },
      feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCVYamHliCI9rw1tHR1xbkfw',
      aliases: [{ network: 'youtube', handle: 'UCVYamHliCI9rw1tHR1xbkfw' }],
    });
    // ytInitialData is this video's: at another video's URL it is left out.
    expect(observe(document, 'https://www.youtube.com/watch?v=nExTvIdEo00')).toBeNull();
    // Server HTML has no rendered links: no badges, and no error.
    expect(findHandles(youtube, document, new URL(REAL_WATCH))).toEqual([]);
  });

  it('the same page’s microdata: 43,864 likes and 1,856,109 views of the video, posted 2018-08-02', () => {
    expect(posts(real('youtube-watch-server-en-GJLlxj_dtq8.html'), REAL_WATCH)).toEqual([
      { id: '/watch?v=GJLlxj_dtq8', author: { network: 'youtube', handle: '@Dave2D' }, postedAt: '2018-08-02T13:00:08.000Z', likes: 43_864, views: 1_856_109 },
    ]);
  });

  it('a channel page in Spanish (es-ES): @OneMedia., "4,69 M de suscriptores", "6,8 K vídeos", verified, and its feed', () => {
    const document = real('youtube-channel-page-es-locale.html');
    const expected = {
      ref: { network: 'youtube', handle: '@OneMedia.' },
      signals: { followers: 4_690_000, posts: 6800, verified: true, hasAvatar: true, hasUrl: true, hasBio: true },
      feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCzcRQ3vRNr6fJ1A9rqFn7QA',
      aliases: [{ network: 'youtube', handle: 'UCzcRQ3vRNr6fJ1A9rqFn7QA' }],
    };
    expect(observe(document, 'https://www.youtube.com/@OneMedia.')).toEqual(expected);
    expect(observe(document, 'https://www.youtube.com/@onemedia./videos')).toEqual(expected);
    expect(observe(document, 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA')).toEqual(expected);
    // /c/ and /user/ pages are the channel the page names.
    expect(observe(document, 'https://www.youtube.com/c/OneMedia')?.ref.handle).toBe('@OneMedia.');
    expect(observe(document, 'https://www.youtube.com/@BoxofficeTrailers')).toBeNull();
    expect(observe(document, 'https://www.youtube.com/channel/UCVYamHliCI9rw1tHR1xbkfw')).toBeNull();
    expect(findHandles(youtube, document, new URL('https://www.youtube.com/@OneMedia.'))).toEqual([]);
  });
});

describe('a channel’s About panel (2024–26): its join date', () => {
  // Shaped as scrapers' selectors and regexes over saved pages describe the dialog (English, Portuguese).
  const row = (text: string) => `<tr><td><yt-icon></yt-icon></td><td class="style-scope ytd-about-channel-renderer">${text}</td></tr>`;
  const withPanel = (lang: string, rows: string[]) =>
    parsePage(`<html lang="${lang}"><body><yt-page-header-view-model><h1><span>Canal Exemplo</span></h1><yt-content-metadata-view-model>
      <div class="yt-content-metadata-view-model__metadata-row"><span>@CanalExemplo</span></div>
      <div class="yt-content-metadata-view-model__metadata-row"><span>1,2 mi de inscritos</span><span>•</span><span>123 vídeos</span></div></yt-content-metadata-view-model></yt-page-header-view-model>
      <ytd-popup-container><tp-yt-paper-dialog><ytd-about-channel-renderer><div id="about-container"><div id="additional-info-container"><table><tbody>${rows.map(row).join('')}</tbody></table></div></div></ytd-about-channel-renderer></tp-yt-paper-dialog></ytd-popup-container></body></html>`);
  const URL_ = 'https://www.youtube.com/@CanalExemplo/about';

  it('reads "Joined …" in the page’s language, abbreviated months too', () => {
    const pt = withPanel('pt-BR', ['www.youtube.com/@CanalExemplo', '1,2 mi de inscritos', '123 vídeos', '1.234.567 visualizações', '<yt-attributed-string><span><span>Inscreveu-se em 2 de abr. de 2020</span></span></yt-attributed-string>', 'Brasil']);
    expect(observe(pt, URL_)?.signals).toMatchObject({ followers: 1_200_000, posts: 123, createdAt: '2020-04-01T00:00:00.000Z' });
    const en = withPanel('en', ['Brazil', 'Joined Apr 2, 2020', 'www.youtube.com/@CanalExemplo']);
    expect(observe(en, URL_)?.signals.createdAt).toBe('2020-04-01T00:00:00.000Z');
  });

  it('not where the panel is another channel’s (it stays in the page after moving on), nor a year before YouTube', () => {
    expect(observe(withPanel('en', ['www.youtube.com/@SomeoneElse', 'Joined Apr 2, 2020']), URL_)?.signals.createdAt).toBeUndefined();
    expect(observe(withPanel('en', ['Joined Apr 2, 2020']), URL_)?.signals.createdAt).toBeUndefined();
    expect(observe(withPanel('en', ['www.youtube.com/@CanalExemplo', 'Joined Apr 2, 2004']), URL_)?.signals.createdAt).toBeUndefined();
    expect(observe(withPanel('en', ['www.youtube.com/@CanalExemplo', 'Joined Apr 23, 2005']), URL_)?.signals.createdAt).toBe('2005-04-01T00:00:00.000Z');
  });

  it('not from the address row, where the handle looks like a date', () => {
    const panel = withPanel('en', ['www.youtube.com/@Dec2015', 'Joined Apr 2, 2020']);
    panel.querySelector('.yt-content-metadata-view-model__metadata-row span')!.textContent = '@Dec2015';
    expect(observe(panel, 'https://www.youtube.com/@Dec2015/about')?.signals.createdAt).toBe('2020-04-01T00:00:00.000Z');
  });
});

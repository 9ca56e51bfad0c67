// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { linkedin } from '../../../src/sites/linkedin';
import { urnFromCommentary, urnFromCommentTools } from '../../../src/sites/linkedin-sdui';
import { handleCounts, parsePage } from './page-helpers';

const SEARCH = 'https://www.linkedin.com/search/results/content/?keywords=automation';

/**
 * A post card of LinkedIn's server-driven search results (2026), shaped like a real one: the
 * author's avatar and name links (a member's card has name and degree lines; a company's, its
 * name alone), the post's text, then the action bar: the reaction button (its label is its
 * state), the numbers inside the Comment and Repost buttons, and the reactions worded in a div
 * that a link is labelled by.
 */
function card(token: string, href: string, nameLines: string, name: string, [reactions, comments, reposts]: string[], labels = ['Comment', 'Repost']): string {
  return `<div componentkey="expanded${token}FeedType_FLAGSHIP_SEARCH"><div role="listitem" componentkey="expanded${token}FeedType_FLAGSHIP_SEARCH"><div componentkey="${token}">
    <h2><span>Feed post</span></h2>
    <div><a tabindex="0" href="${href}"><figure><span data-dynamic-icon-loading=""></span></figure></a>
      <div><a tabindex="0" href="${href}"><div>${nameLines}</div></a>
        <p><span>6d • Edited •</span></p></div>
      <button type="button" aria-label="Follow ${name}"><span>Follow</span></button>
      <button type="button" aria-label="Open control menu for post by ${name}"><span></span></button></div>
    <p><span data-testid="expandable-text-box">Automation is a game changer. Write-up: <a href="${href}"><span><strong>${name}</strong></span></a> 12 tips inside.</span></p>
    <div><button type="button" aria-label="Reaction button state: no reaction"><span><span></span><span>${reactions}</span></span></button>
      <button type="button" aria-label="${labels[0]}"><span><span></span><span>${comments}</span></span></button>
      <button type="button" aria-label="${labels[1]}"><span><span></span><span>${reposts}</span></span></button>
      <a href="https://www.linkedin.com/" aria-label="Send"><span></span></a>
      <a href="https://www.linkedin.com/"><div id="r-${token}">${reactions}<!-- --> reactions</div><div aria-labelledby="r-${token}"><ul role="presentation"><li></li></ul></div></a></div>
  </div><div componentkey="replaceableCommentTools${token}FeedType_FLAGSHIP_SEARCH"></div></div></div>`;
}

const MEMBER = card('m1Tok', 'https://www.linkedin.com/in/lena-ortiz-751a3514/', '<p><span>Lena Ortiz</span></p><p><span>• 3rd+</span></p>', 'Lena Ortiz', ['1,167', '41', '69']);
const COMPANY = card('c2Tok', 'https://www.linkedin.com/company/northwind-engineering/posts/', '<p><span>Northwind Engineering Ltd</span></p>', 'Northwind Engineering Ltd', ['59', '4', '10']);
const page = (...cards: string[]) => parsePage(`<html lang="en"><body><main><div data-testid="lazy-column">${cards.join('')}</div></main></body></html>`);
const posts = (document: Document) => [...document.querySelectorAll(linkedin.postSelector!)].map((post) => linkedin.postFromElement!(post, new URL(SEARCH)));

describe('LinkedIn’s server-driven search results: posts', () => {
  it('counts from the buttons’ numbers and the worded reactions; a member’s and a company’s post alike', () => {
    expect(posts(page(MEMBER, COMPANY))).toEqual([
      { id: 'sdui:m1Tok', author: { network: 'linkedin', handle: 'lena-ortiz-751a3514' }, likes: 1167, replies: 41, reposts: 69 },
      { id: 'sdui:c2Tok', author: { network: 'linkedin', handle: 'company/northwind-engineering' }, likes: 59, replies: 4, reposts: 10 },
    ]);
  });

  it('the buttons in German and French', () => {
    const german = card('d3Tok', 'https://www.linkedin.com/in/lena-ortiz-751a3514/', '<p><span>Lena Ortiz</span></p><p><span>• 3.+</span></p>', 'Lena Ortiz', ['12', '3', '1'], ['Kommentieren', 'Reposten']);
    const french = card('f4Tok', 'https://www.linkedin.com/in/lena-ortiz-751a3514/', '<p><span>Lena Ortiz</span></p><p><span>• 3e+</span></p>', 'Lena Ortiz', ['12', '3', '1'], ['Commenter', 'Republier']);
    expect(posts(page(german, french)).map((post) => [post?.replies, post?.reposts])).toEqual([[3, 1], [3, 1]]);
  });

  it('a company named by no button of the card is no author (a single-line link is a "… reposted this" name)', () => {
    const unnamed = COMPANY.replace('Open control menu for post by Northwind Engineering Ltd', 'Open control menu').replace('Follow Northwind Engineering Ltd', 'Follow');
    expect(posts(page(unnamed))).toEqual([null]);
  });

  it('badges: each author once on the card, on the name (the mention in its text has its own); none on the avatars', () => {
    expect(handleCounts(linkedin, page(MEMBER, COMPANY), SEARCH)).toEqual({ 'lena-ortiz-751a3514': 2, 'company/northwind-engineering': 2 });
  });
});

describe('LinkedIn’s server-driven feed: a company’s post under a line about the viewer’s connections', () => {
  // Shaped like a real promoted post (2026): a line above the card links a connection first
  // ("… and 72 other connections follow Northwind"), then the card: the company's logo and name
  // links (name, followers, "Promoted"), its buttons naming it, its counts.
  const FEED_CARD = (menuLabel: string) => `<html lang="en"><body><main><div componentkey="expandedQq7TokFeedType_MAIN_FEED_RELEVANCE"><div role="listitem" componentkey="expandedQq7TokFeedType_MAIN_FEED_RELEVANCE"><div componentkey="Qq7Tok">
    <h2><span>Feed post</span></h2>
    <div><div><a tabindex="0" href="https://www.linkedin.com/in/mara-quint7/"><figure aria-hidden="true"><img alt=""></figure></a>
      <div><p><a href="https://www.linkedin.com/in/mara-quint7/"><strong>Mara Quint</strong></a><span> </span>and 72 other connections follow<span> </span><a href="https://www.linkedin.com/company/northwind-labs/posts/"><strong>Northwind Labs</strong></a></p></div></div>
      <button type="button" aria-label="${menuLabel}"><span></span></button></div>
    <hr role="presentation">
    <div><a tabindex="0" href="https://www.linkedin.com/company/northwind-labs/posts/"><figure><img alt="View company: Northwind Labs"></figure></a>
      <a tabindex="0" href="https://www.linkedin.com/company/northwind-labs/posts/"><div><div><p>Northwind Labs</p></div><div><p>759,874 followers</p></div><div><p>Promoted</p></div></div></a></div>
    <p><span data-testid="expandable-text-box">Stay safe online: strong passwords, updates, awareness.</span></p>
    <div><a href="https://www.linkedin.com/feed/"><div><p><span>104 reactions</span><span aria-hidden="true">104</span></p></div></a>
      <div><div role="button"><p><span>2 comments</span><span aria-hidden="true">2 comments</span></p></div><a href="https://www.linkedin.com/feed/"><p><span>1 repost</span><span aria-hidden="true">1 repost</span></p></a></div></div>
  </div></div></div></main></body></html>`;
  const FEED = 'https://www.linkedin.com/feed/';

  it('the company is the author, named by the card’s buttons; the connection above gets its own badge', () => {
    const page = parsePage(FEED_CARD('Open control menu for post by Northwind Labs'));
    expect(posts(page).map((post) => post && { ...post, id: undefined })).toEqual([{ id: undefined, author: { network: 'linkedin', handle: 'company/northwind-labs' }, likes: 104, replies: 2, reposts: 1 }]);
    // The line above names the company too: a mention, with its own badge.
    expect(handleCounts(linkedin, page, FEED)).toEqual({ 'mara-quint7': 1, 'company/northwind-labs': 2 });
  });

  it('where no button names it, the card is nobody’s (its first link is a connection’s)', () => {
    expect(posts(parsePage(FEED_CARD('Open control menu')))).toEqual([null]);
  });
});

// Shaped like live outlines of LinkedIn's 2026 pages (a survey tool's dumps of September 2026):
// the cards carry their keys as ids, and Premium members' search cards write their name twice.
describe('LinkedIn’s 2026 server-driven pages, keyed by id', () => {
  const TOKEN = 'NwbK9cJc2Eae4KGZpqRRzSMk62';
  const byId = (comments: string) =>
    `<div id="expanded${TOKEN}FeedType_FLAGSHIP_SEARCH"><div role="listitem"><h2><span>Feed post</span></h2>
      <div><a href="https://www.linkedin.com/in/lena-ortiz-751a3514/"><div><p><span>Lena Ortiz</span></p><p><span>• 3rd+</span></p></div></a>
      <button type="button" aria-label="Open control menu for post by Lena Ortiz"></button></div>
      <p><span data-testid="expandable-text-box">Process mining, explained.</span></p>
      <div><button type="button" aria-label="Comment"><span>4</span></button><a href="https://www.linkedin.com/"><div id="r1">3<!-- --> reactions</div></a></div>
      <div id="${comments}-replaceableCommentTools${TOKEN}FeedType_FLAGSHIP_SEARCH"></div></div></div>`;

  it('a search card keyed by its id; its id the URN its comment tools’ key encodes, with the time in it', () => {
    expect(posts(page(byId('CgsIgMC1nNObzKHQAQ')))).toEqual([
      { id: 'urn:li:activity:7503446054969716736', author: { network: 'linkedin', handle: 'lena-ortiz-751a3514' }, postedAt: '2026-09-09T13:35:46.791Z', likes: 3, replies: 4 },
    ]);
    // A key that is no such message: the card's token names it.
    expect(posts(page(byId('NotAProtobuf')))[0]?.id).toBe(`sdui:${TOKEN}`);
  });

  it('the comments in its comment tools (keyed by id too) are not the card’s, nor a card of their own', () => {
    const comment = `<div id="pagedCommentsContainer${TOKEN}"><div id="replaceableComment_urn:li:comment:(activity:7503446054969716736,7503500000000000000)" role="listitem">
      <a href="https://www.linkedin.com/in/otto-kis-1234/"><p>Otto Kis</p></a><a href="https://www.linkedin.com/"><div>5 reactions</div></a><div>2 reposts</div><button aria-label="Repost"><span>3</span></button></div></div>`;
    const card = byId('CgsIgMC1nNObzKHQAQ').replace(`FeedType_FLAGSHIP_SEARCH"></div></div></div>`, `FeedType_FLAGSHIP_SEARCH">${comment}</div></div></div>`);
    expect(card).toContain('pagedCommentsContainer');
    expect(posts(page(card))).toEqual([
      { id: 'urn:li:activity:7503446054969716736', author: { network: 'linkedin', handle: 'lena-ortiz-751a3514' }, postedAt: '2026-09-09T13:35:46.791Z', likes: 3, replies: 4 },
    ]);
    // A comment that is no listitem, keyed by id only: still no part of the card.
    const article = card.replace('role="listitem">\n      <a href="https://www.linkedin.com/in/otto-kis-1234/">', '>\n      <a href="https://www.linkedin.com/in/otto-kis-1234/">');
    expect(article).not.toBe(card);
    expect(posts(page(article))[0]).toMatchObject({ likes: 3, replies: 4 });
    expect(posts(page(article))[0]?.reposts).toBeUndefined();
    // The feed's layout: the tools beside the card, a listitem in them.
    const feed = `<div id="expanded${TOKEN}FeedType_MAIN_FEED_RELEVANCE">${byId('CgsIgMC1nNObzKHQAQ').replace(/^<div id="[^"]+">|<\/div>$/g, '')}<div id="CgsIgMC1nNObzKHQAQ-replaceableCommentTools${TOKEN}FeedType_MAIN_FEED_RELEVANCE"><div role="listitem"><a href="https://www.linkedin.com/in/otto-kis-1234/"><p>Otto Kis</p></a><div>5 reactions</div></div></div></div>`;
    expect(posts(page(feed)).map((post) => post?.author.handle)).toEqual(['lena-ortiz-751a3514']);
  });

  it('a card with neither a post link nor comment tools: its URN in its text box’s id', () => {
    const commentary = (urn: string) =>
      `<div id="expanded${TOKEN}FeedType_FLAGSHIP_SEARCH"><div role="listitem"><h2><span>Feed post</span></h2>
        <div><a href="https://www.linkedin.com/in/lena-ortiz-751a3514/"><div><p><span>Lena Ortiz</span></p></div></a>
        <button type="button" aria-label="Open control menu for post by Lena Ortiz"></button></div>
        <p id="translatable-commentary-FeTranslationUrn(contentUrnCommentUrn=null, contentUrnGroupPostUrn=null, ${urn}, detectedLocale=, targetLocale=tr)"><span data-testid="expandable-text-box">Process mining, explained.</span></p>
        <div><button type="button" aria-label="Comment"><span>4</span></button><a href="https://www.linkedin.com/"><div>3<!-- --> reactions</div></a></div></div></div>`;
    expect(posts(page(commentary('contentUrnShareUrn=ContentUrnShareUrn(shareUrn=ShareUrn(shareId=7506708460286332928)), contentUrnUgcPostUrn=null')))).toEqual([
      { id: 'urn:li:share:7506708460286332928', author: { network: 'linkedin', handle: 'lena-ortiz-751a3514' }, postedAt: '2026-09-18T13:39:24.831Z', likes: 3, replies: 4 },
    ]);
    const ugcPost = 'contentUrnShareUrn=null, contentUrnUgcPostUrn=ContentUrnUgcPostUrn(userGeneratedContentPostUrn=UserGeneratedContentPostUrn(userGeneratedContentId=7507798482632605696))';
    expect(posts(page(commentary(ugcPost)))[0]?.id).toBe('urn:li:ugcPost:7507798482632605696');
    // Other 2026 cards carry it in a componentkey, sometimes prefixed (an extension's and a scraper's notes on the 2026 feed).
    const keyed = commentary('contentUrnShareUrn=ContentUrnShareUrn(shareUrn=ShareUrn(shareId=7506708460286332928)), contentUrnUgcPostUrn=null').replace(
      '<p id="translatable-commentary-',
      '<p componentkey="translation_translatable-commentary-',
    );
    expect(posts(page(keyed))[0]).toMatchObject({ id: 'urn:li:share:7506708460286332928', postedAt: '2026-09-18T13:39:24.831Z' });
    expect(urnFromCommentary('translatable-commentary-FeTranslationUrn(contentUrnCommentUrn=null, contentUrnGroupPostUrn=ContentUrnGroupPostUrn(groupPostUrn=GroupPostUrn(groupId=44194, postId=7513605191817080832)))'))
      .toBe('urn:li:groupPost:44194-7513605191817080832');
    // A text box that names no post: the card's token, as before.
    expect(posts(page(commentary('contentUrnShareUrn=null, contentUrnUgcPostUrn=null')))[0]?.id).toBe(`sdui:${TOKEN}`);
    // A repost with words of its own, its text box unnamed: the original's text box after it names the original, not this card.
    const repost = commentary('contentUrnShareUrn=ContentUrnShareUrn(shareUrn=ShareUrn(shareId=7506708460286332928)), contentUrnUgcPostUrn=null').replace(
      '<p id="translatable-commentary-',
      '<p><span data-testid="expandable-text-box">My take on this</span></p><div><a href="https://www.linkedin.com/in/otto-kis-1234/">Otto Kis</a><p id="translatable-commentary-',
    ).replace('Process mining, explained.</span></p>', 'Process mining, explained.</span></p></div>');
    expect(repost).toContain('My take on this');
    expect(posts(page(repost))[0]?.id).toBe(`sdui:${TOKEN}`);
  });

  it('comment tools’ keys: an activity or a ugcPost, zigzag-encoded; anything else is none', () => {
    expect(urnFromCommentTools('CgsIgMC1nNObzKHQAQ-replaceableCommentToolsX')).toBe('urn:li:activity:7503446054969716736');
    expect(urnFromCommentTools('EgsIgoC9-Ibw4_zKAQ-replaceableCommentToolsX')).toBe('urn:li:ugcPost:7312939523322126337');
    for (const key of ['EgsIgs-replaceableCommentToolsX', 'CgsIgMC1nNObzKHQAQ', 'GgsIgMC1nNObzKHQAQ-replaceableCommentToolsX', 'CgsIgMC1nNObzKHQgQ-replaceableCommentToolsX', '!!!!!!!!-replaceableCommentToolsX']) {
      expect(urnFromCommentTools(key)).toBeNull();
    }
  });

  it('people search: a Premium member’s card writes a copy of the name first; the badge goes after the name’s own link, once per card', () => {
    const person = (slug: string, name: string, premium: boolean) =>
      `<div role="listitem"><a href="https://www.linkedin.com/in/${slug}/"><div>` +
      (premium ? `<div id="0cb9c4a4-${slug}">${name}<span> </span><svg role="img" aria-label="Premium"></svg></div>` : '') +
      `<figure><img alt="" src="https://media.licdn.com/dms/image/v2/x/profile-displayphoto-shrink_100_100/0/1"/></figure>` +
      `<p><a href="https://www.linkedin.com/in/${slug}/">${name}${premium ? '<span> </span><span role="img" aria-label="Premium"><svg></svg></span>' : ''}</a><span><span> • 2nd</span></span></p>` +
      `<div><p><span>Head of Platform at Example</span></p></div></div></a></div>`;
    // Written as XHTML: the live page nests the name's link in the card's, which an HTML parser would split.
    const xhtml = `<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><body><main><div role="list">${person('aaaa-bbbbbb-1a2b3c', 'Aaaaaa Bbbbbbbbbb', true)}${person('llllll-mmmmm', 'Llllll Mmmmmmmmmm', false)}</div></main></body></html>`;
    const document = new DOMParser().parseFromString(xhtml, 'application/xhtml+xml');
    const found = findHandles(linkedin, document, new URL('https://www.linkedin.com/search/results/people/?keywords=x'));
    expect(found.map((f) => [f.ref.handle, f.anchor.localName, f.placement, f.anchor.closest('p') !== null])).toEqual([
      ['aaaa-bbbbbb-1a2b3c', 'a', 'after', true],
      ['llllll-mmmmm', 'a', 'after', true],
    ]);
  });

  it('someone’s profile: the top card keyed by its id, its followers from the Activity card, its photo', () => {
    const profile = `<html lang="en"><head><title>Ppppp Qqqqqq | LinkedIn</title></head><body><main><section aria-label="Primary content">
      <div id="com.linkedin.sdui.profile.card.refACoAAAdddddddddddddTopcard"><section>
        <a href="https://www.linkedin.com/in/ppppp-qqqqqq/"><div aria-label="Profile photo"><figure><svg></svg><img alt="" src="https://media.licdn.com/dms/image/v2/p/profile-displayphoto-shrink_200_200/0/1"></figure></div></a>
        <a href="https://www.linkedin.com/in/ppppp-qqqqqq/"><div><h2>Ppppp Qqqqqq</h2><svg id="verified-medium" role="img" aria-label="Verified identity badge"></svg></div></a>
        <p>· 1st</p><p>Process mining at Example</p><p>Berlin, Germany</p>
        <a href="https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH"><p>500+ connections</p></a>
      </section></div>
      <div id="com.linkedin.sdui.profile.card.refACoAAAdddddddddddddActivity"><section><h2>Activity</h2><p>2,742 followers</p><a href="https://www.linkedin.com/in/ppppp-qqqqqq/recent-activity/all/">Show all posts</a></section></div>
    </section></main></body></html>`;
    const observed = linkedin.observe!(parsePage(profile), new URL('https://www.linkedin.com/in/ppppp-qqqqqq/'));
    expect(observed?.signals).toMatchObject({ followers: 2742, verified: true, hasAvatar: true, hasBio: true, extra: { connections: 500 } });
    // Only the Activity card keyed as this top card is: not another profile's, nor a "recent activity" box of companies.
    const others =
      '<div id="com.linkedin.sdui.profile.card.refACoAAAotherActivity"><p>98,765 followers</p></div><div componentkey="browsemap-RecentActivity"><p>Acme Corp · 12,345 followers</p></div>';
    const elsewhere = parsePage(profile.replace('<section aria-label="Primary content">', `<section aria-label="Primary content">${others}`));
    expect(linkedin.observe!(elsewhere, new URL('https://www.linkedin.com/in/ppppp-qqqqqq/'))?.signals.followers).toBe(2742);
    const withoutOwn = parsePage(profile.replace('<section aria-label="Primary content">', `<section aria-label="Primary content">${others}`).replace(/<div id="com.linkedin.sdui.profile.card.refACoAAAdddddddddddddActivity">.*?<\/div>/s, ''));
    expect(linkedin.observe!(withoutOwn, new URL('https://www.linkedin.com/in/ppppp-qqqqqq/'))?.signals.followers).toBeUndefined();
    // A card without a count of its own, showing a repost of a company's post: the company's followers are not the profile's.
    const repost = profile.replace(
      '<p>2,742 followers</p><a href="https://www.linkedin.com/in/ppppp-qqqqqq/recent-activity/all/">Show all posts</a>',
      '<div role="listitem"><a href="https://www.linkedin.com/feed/update/urn:li:activity:7503446054969716736/"><p>Ppppp reposted this</p></a><p>Acme Corp</p><p>12,345 followers</p></div>',
    );
    expect(repost).toContain('Acme Corp');
    expect(linkedin.observe!(parsePage(repost), new URL('https://www.linkedin.com/in/ppppp-qqqqqq/'))?.signals.followers).toBeUndefined();
  });
});

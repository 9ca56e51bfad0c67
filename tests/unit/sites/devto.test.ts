// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TEST_URLS, devto, isReservedPath, profileFromUrl, usernameFromPath } from '../../../src/sites/devto';
import { findHandles } from '../../../src/sites/find-handles';
import { profileFromPageUrl, siteFor } from '../../../src/sites';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const ARTICLE = 'https://dev.to/ada_dev/counting-sheep-with-rust-4kd2';

describe('DEV profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('devto');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the username as written, and reserves DEV’s own top-level paths whatever their case', () => {
    expect(profileFromUrl(new URL('https://dev.to/Jess_Lee'))).toEqual({ network: 'devto', handle: 'Jess_Lee' });
    expect(usernameFromPath('/ben/')).toBe('ben');
    expect(usernameFromPath('/ben/some-post-1a2b')).toBeNull();
    for (const word of ['t', 'Settings', 'ENTER', 'search', 'about', 'faq', 'api', 'admin', 'tags', 'listings', 'pod', 'videos']) {
      expect(isReservedPath(word)).toBe(true);
      expect(usernameFromPath(`/${word}`)).toBeNull();
    }
    expect(isReservedPath('ben')).toBe(false);
  });
  it('is the adapter for dev.to, whose profile pages the popup recognises', () => {
    expect(siteFor('dev.to')).toBe(devto);
    expect(profileFromPageUrl('https://dev.to/ben')).toEqual({ network: 'devto', handle: 'ben' });
  });
});

describe('DEV handles on pages written for this project', () => {
  it('an article: its author, commenters and @-mentions; not the menu, the organisation or the body’s plain links', () => {
    expect(handleCounts(devto, ownPage('devto-article.html'), ARTICLE)).toEqual({ ada_dev: 3, grace: 3 });
  });

  it('an organisation’s post: its author once, and no badge in the sidebar, whose card and "More from" heading show the organisation', () => {
    const url = 'https://dev.to/devteam/welcome-thread-v42-3n1k';
    expect(handleCounts(devto, ownPage('devto-article-org.html'), url)).toEqual({ ada_dev: 1 });
    const found = findHandles(devto, ownPage('devto-article-org.html'), new URL(url));
    expect(found.filter((f) => f.anchor.closest('#article-show-primary-sticky-nav'))).toEqual([]);
  });

  it('a person’s post: one sidebar badge, on the author card, not again on its "More from" heading', () => {
    const page = parsePage(`
      <aside class="crayons-layout__sidebar-right"><div class="crayons-article-sticky grid gap-4" id="article-show-primary-sticky-nav">
        <div class="crayons-card crayons-card--secondary"><div class="-mt-4"><a href="/ada_dev" class="flex">
          <span class="crayons-avatar crayons-avatar--xl"><img src="data:," class="crayons-avatar__image" alt="Ada Lovelace profile image"></span>
          <span class="crayons-link crayons-subtitle-2 mt-5">Ada Lovelace</span></a></div></div>
        <div class="crayons-card crayons-card--secondary"><header class="crayons-card__header">
          <h3 class="crayons-subtitle-2">More from <a href="/ada_dev">Ada Lovelace</a></h3></header>
          <div><a class="crayons-link crayons-link--contentful" href="/ada_dev/rust-for-sheep-2b7f">Rust for sheep</a></div></div>
      </div></aside>`);
    const found = findHandles(devto, page, new URL(ARTICLE));
    expect(found.map((f) => [f.ref.handle, f.anchor.className])).toEqual([['ada_dev', 'flex']]);
  });

  it('puts the author’s badge beside her preview card’s button, not the hidden name link or the card’s own link', () => {
    const found = findHandles(devto, ownPage('devto-article.html'), new URL(ARTICLE));
    const header = found.filter((f) => f.anchor.closest('.crayons-article__subheader'));
    expect(header).toHaveLength(1);
    expect(header[0]).toMatchObject({ ref: { network: 'devto', handle: 'ada_dev' }, placement: 'after' });
    expect(header[0].anchor.id).toBe('article-show-primary-author-name');
    expect(found.some((f) => f.anchor.closest('[data-testid="profile-preview-card"]'))).toBe(false);
  });

  it('reads a comment author’s name without the "Author" medal’s title', () => {
    const found = findHandles(devto, ownPage('devto-article.html'), new URL(ARTICLE));
    const own = found.filter((f) => f.anchor.closest('#comment-node-2 .comment__header'));
    expect(own.map((f) => f.ref.handle)).toEqual(['ada_dev']);
  });

  it('a feed: one badge per story author, none for the organisation', () => {
    const url = 'https://dev.to/';
    expect(handleCounts(devto, ownPage('devto-feed.html'), url)).toEqual({ ada_dev: 1, linus_t: 1, grace: 1 });
    const anchors = findHandles(devto, ownPage('devto-feed.html'), new URL(url)).map((f) => f.anchor.localName);
    expect(anchors).toEqual(['button', 'button', 'a']);
  });

  it('a feed card’s comment previews: the commenter after the plain name (its link holds only the avatar), or on the link that holds the name (older)', () => {
    const preview = (meta: string, inner: string) => `<div class="crayons-comment cursor-pointer" role="presentation"><div class="crayons-comment__meta">${meta}</div>
      <div class="crayons-comment__body"><div class="crayons-comment__metainner">${inner}<a href="/cedrick_e/comment/5" class="crayons-story__tertiary ml-1"><time>4 days ago</time></a></div>
      <div data-testid="comment-content" class="crayons-comment__inner"><p>Waistcoat goth vice salvia.</p></div></div></div>`;
    const avatar = (user: string, name = '') => `<a href="/${user}" class="crayons-story__secondary fw-medium"><span class="crayons-avatar mr-2"><img src="/uploads/user/profile_image/5/a.png" class="crayons-avatar__image" alt="${user} avatar"></span>${name}</a>`;
    const page = parsePage(`<div class="crayons-story__comments">${preview(avatar('cedrick_e'), '<span class="fw-medium">Cedrick Effertz</span>')}${preview(avatar('miss_shavon', 'Miss Shavon'), '')}</div>`);
    const found = findHandles(devto, page, new URL('https://dev.to/'));
    expect(found.map((f) => [f.ref.handle, f.anchor.localName, f.anchor.textContent!.trim()])).toEqual([
      ['cedrick_e', 'span', 'Cedrick Effertz'],
      ['miss_shavon', 'a', 'Miss Shavon'],
    ]);
    // An avatar link elsewhere still gets none.
    expect(findHandles(devto, parsePage(`<div class="crayons-story">${avatar('cedrick_e')}<span class="fw-medium">Cedrick</span></div>`), new URL('https://dev.to/'))).toEqual([]);
  });

  it('a profile page: the author of each of its stories', () => {
    expect(handleCounts(devto, ownPage('devto-profile.html'), 'https://dev.to/ada_dev')).toEqual({ ada_dev: 1 });
  });

  it('takes the name link where no preview card names the same author', () => {
    const page = parsePage(`
      <div><a href="/ben">Ben Halpern</a><div class="profile-preview-card"><button aria-controls="card-x">Ben Halpern</button>
        <div id="card-x" data-testid="profile-preview-card"><a href="/jess">Jess Lee</a></div></div></div>`);
    const found = findHandles(devto, page, new URL('https://dev.to/'));
    expect(found.map((f) => [f.ref.handle, f.anchor.localName])).toEqual([
      ['ben', 'a'],
      ['jess', 'button'],
    ]);
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage(`
      <div><span>ben</span><a>no href</a><a href="http://[bad">ben</a><a href="/ben#comments">ben</a>
      <a href="https://example.com/ben">ben</a><a href="/t/ben">ben</a><a href="/ben-halpern">ben-halpern</a>
      <button aria-controls="nowhere">Ben</button><button aria-controls="menu">Menu</button><ul id="menu"><li><a href="/ben">ben</a></li></ul>
      <a href="/ben">${'x'.repeat(80)}</a></div>`);
    expect(findHandles(devto, page, new URL('https://dev.to/')).map((f) => f.anchor.localName)).toEqual(['a']); // the menu's "ben"
    expect(findHandles(devto, parsePage('<p>nothing here</p>'), new URL('https://dev.to/'))).toEqual([]);
  });
});

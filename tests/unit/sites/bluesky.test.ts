// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TEST_URLS, bluesky, profileFromUrl } from '../../../src/sites/bluesky';
import { findHandles } from '../../../src/sites/find-handles';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

describe('Bluesky profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('bluesky');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('takes handles and DIDs', () => {
    expect(profileFromUrl(new URL('https://bsky.app/profile/did:plc:6wpkkitfdkgthatfvspcfmjo'))?.handle).toBe('did:plc:6wpkkitfdkgthatfvspcfmjo');
  });
});

describe('Bluesky handles on pages written for this project', () => {
  it('one badge per post author, on the "@handle" link, plus mentions', () => {
    const counts = handleCounts(bluesky, ownPage('bluesky-thread.html'), 'https://bsky.app/profile/erin.bsky.social/post/3aaa');
    expect(counts).toEqual({ 'erin.bsky.social': 1, 'grace.bsky.social': 1, 'frank.example.com': 1, 'heidi.bsky.social': 1 });
  });

  it('the profile header and the feed items of a profile page', () => {
    const found = findHandles(bluesky, ownPage('bluesky-profile.html'), new URL('https://bsky.app/profile/erin.bsky.social'));
    expect(found.map((f) => [f.ref.handle, f.placement])).toEqual([
      ['erin.bsky.social', 'append'],
      ['erin.bsky.social', 'after'],
    ]);
    expect(found[0].anchor.getAttribute('data-testid')).toBe('profileHeaderDisplayName');
  });

  it('no header badge off profile pages, nothing from markup it does not know', () => {
    const page = parsePage('<div data-testid="profileHeaderDisplayName">X</div><a href="/profile/bad_handle">@bad_handle</a><a href="/profile/a.com">@b.com</a>');
    expect(findHandles(bluesky, page, new URL('https://bsky.app/notifications'))).toEqual([]);
  });
});

describe.skipIf(!hasSharedFixtures)('Bluesky handles on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('a thread: every post author once per post, 38 distinct accounts', () => {
    const url = 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t';
    const document = real('bluesky-post-rendered-glendunlap-3mdegyw3ves2t.html');
    const counts = handleCounts(bluesky, document, url);
    expect(Object.keys(counts)).toHaveLength(38);
    const posts = document.querySelectorAll('[data-testid^="postThreadItem-by-"]');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(posts.length);
    for (const post of posts) {
      const author = post.getAttribute('data-testid')!.replace('postThreadItem-by-', '');
      expect(findHandles(bluesky, post, new URL(url)).map((f) => f.ref.handle)).toContain(author);
    }
  });

  it('a profile: its header and each feed item’s author', () => {
    const url = 'https://bsky.app/profile/stephenking.bsky.social';
    const document = real('bluesky-profile-page-stephenking.html');
    const found = findHandles(bluesky, document, new URL(url));
    expect(found[0]).toMatchObject({ ref: { handle: 'stephenking.bsky.social' }, placement: 'append' });
    const feedItems = document.querySelectorAll('[data-testid^="feedItem-by-"]').length;
    expect(found.length).toBeGreaterThanOrEqual(feedItems + 1);
  });

  it('a profile rendered logged in: header, authors and reposted authors', () => {
    const counts = handleCounts(bluesky, real('bluesky-profile-rendered-kpitzen.io.html'), 'https://bsky.app/profile/kpitzen.io');
    expect(Object.keys(counts).sort()).toEqual(
      ['edzitron.com', 'kpitzen.io', 'molly.wiki', 'mommunism.bsky.social', 'nytimes.com', 'web3isgoinggreat.com'].sort(),
    );
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, hackernews, profileFromUrl } from '../../../src/sites/hackernews';
import { siteFor } from '../../../src/sites';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const ITEM = 'https://news.ycombinator.com/item?id=1001';

describe('Hacker News profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('hackernews');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the name as written: HN names are case-sensitive', () => {
    expect(profileFromUrl(new URL('https://news.ycombinator.com/user?id=Animats'))).toEqual({ network: 'hackernews', handle: 'Animats' });
  });
  it('is the adapter for news.ycombinator.com only', () => {
    expect(siteFor('news.ycombinator.com')).toBe(hackernews);
    expect(siteFor('ycombinator.com')).toBeUndefined();
  });
});

describe('Hacker News handles on pages written for this project', () => {
  it('marks story and comment authors in both markups, once per post', () => {
    expect(handleCounts(hackernews, ownPage('hackernews-item.html'), ITEM)).toEqual({ alice: 2, bob: 1, carol: 1, erin: 1 });
  });

  it('skips the signed-in user in the top bar, URLs pasted into comments and other user pages', () => {
    const found = findHandles(hackernews, ownPage('hackernews-item.html'), new URL(ITEM));
    const handles = found.map((f) => f.ref.handle);
    expect(handles).not.toContain('zoe');
    expect(handles).not.toContain('dave');
    expect(found.every((f) => f.anchor.getAttribute('href')!.startsWith('user?id=') && f.placement === 'after')).toBe(true);
  });

  it('marks the user of a user page, and reads its karma and created date', () => {
    const url = new URL('https://news.ycombinator.com/user?id=alice');
    const page = ownPage('hackernews-user.html');
    expect(findHandles(hackernews, page, url).map((f) => f.ref.handle)).toEqual(['alice']);
    expect(hackernews.observe!(page, url)).toEqual({
      ref: { network: 'hackernews', handle: 'alice' },
      signals: { createdAt: '2015-01-02T00:00:00.000Z', extra: { karma: 4321 } },
    });
  });

  it('reads nothing from a user page of someone else, a missing user or another page', () => {
    const page = ownPage('hackernews-user.html');
    expect(hackernews.observe!(page, new URL('https://news.ycombinator.com/user?id=Alice'))).toBeNull();
    expect(hackernews.observe!(page, new URL('https://news.ycombinator.com/submitted?id=alice'))).toBeNull();
    expect(hackernews.observe!(parsePage('<p>No such user.</p>'), new URL('https://news.ycombinator.com/user?id=alice'))).toBeNull();
  });

  it('reads a created date written out when there is no front?day= link', () => {
    const page = parsePage(`<table><tr><td>user:</td><td><a href="user?id=old_one" class="hnuser">old_one</a></td></tr>
      <tr><td>created:</td><td>March 5, 2007</td></tr><tr><td>karma:</td><td>12</td></tr></table>`);
    expect(hackernews.observe!(page, new URL('https://news.ycombinator.com/user?id=old_one'))?.signals).toEqual({
      createdAt: '2007-03-05T00:00:00.000Z',
      extra: { karma: 12 },
    });
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage('<a>no href</a><a href="http://[bad">x</a><a href="user?id=">empty</a><a href="user?id=x y">x y</a><a href="user?id=bob">Bob’s page</a>');
    expect(findHandles(hackernews, page, new URL(ITEM))).toEqual([]);
    expect(hackernews.observe!(parsePage('<table><tr><td>karma:</td></tr></table>'), new URL('https://news.ycombinator.com/user?id=bob'))).toBeNull();
  });
});

describe.skipIf(!hasSharedFixtures)('Hacker News handles on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('2015 item page (plain user?id= links): 78 authors, every comment header once, not the signed-in user', () => {
    const document = real('hn-item-server-9342369.html');
    const counts = handleCounts(hackernews, document, 'https://news.ycombinator.com/item?id=9342369');
    // 79 distinct user?id= links on the page, one of them the signed-in monkey_slap in the top bar.
    const distinct = new Set([...document.querySelectorAll('a[href^="user?id="]')].map((a) => a.getAttribute('href')));
    expect(distinct.size).toBe(79);
    expect(Object.keys(counts)).toHaveLength(78);
    expect(counts.monkey_slap).toBeUndefined();
    // Independently: one author per comment header plus the story's submitter.
    const headers = document.querySelectorAll('.comhead a[href^="user?id="]').length + document.querySelectorAll('.subtext a[href^="user?id="]').length;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(headers);
    expect(counts.swernli).toBeGreaterThanOrEqual(1); // the story's submitter
    expect(counts.simonjgreen).toBe(2); // a new account, its name in green
  });

  it('2018 item page (a.hnuser): each of the 116 author links, 89 authors', () => {
    const document = real('hn-item-rendered-16909056.html');
    const found = findHandles(hackernews, document, new URL('https://news.ycombinator.com/item?id=16909056'));
    expect(found).toHaveLength(116);
    expect(new Set(found.map((f) => f.ref.handle)).size).toBe(89);
    expect(found.every((f) => f.anchor.classList.contains('hnuser'))).toBe(true);
    expect(found[0].ref.handle).toBe('tim_sw');
  });

  it('user page of pg: the user, karma 157316, created October 9, 2006', () => {
    const url = new URL('https://news.ycombinator.com/user?id=pg');
    const document = real('hn-user-server-pg.html');
    expect(findHandles(hackernews, document, url).map((f) => f.ref.handle)).toEqual(['pg']);
    expect(hackernews.observe!(document, url)).toEqual({
      ref: { network: 'hackernews', handle: 'pg' },
      signals: { createdAt: '2006-10-09T00:00:00.000Z', extra: { karma: 157316 } },
    });
  });
});

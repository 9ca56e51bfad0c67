// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyListed } from '../../../src/audit';
import { FOLLOWER_CELL, followerFromCell, followersListOf, instagramFollowers, TEST_URLS } from '../../../src/sites/instagram-followers';
import { instagram } from '../../../src/sites/instagram';

describe("Instagram's followers list", () => {
  it('knows followers-list URLs, and that /following is not one', () => {
    expect(TEST_URLS.followers.map((u) => followersListOf(new URL(u)))).toEqual(['hausoftiffany', 'nat.geo']);
    expect(TEST_URLS.not.map((u) => followersListOf(new URL(u)))).toEqual([null, null, null, null, null]);
  });

  it('is the parser the Instagram adapter loads', async () => {
    expect(await instagram.followerList!()).toBe(instagramFollowers);
  });

  it('reads each row of the dialog: handle, full name, default avatar, verified mark, an unseen story’s avatar (no link around it); no bio (the list shows none); rows it does not know are skipped', () => {
    document.body.innerHTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/instagram-followers.html'), 'utf8');
    const cells = [...document.querySelectorAll(FOLLOWER_CELL)];
    expect(cells).toHaveLength(7); // the header's picture behind the dialog is not one
    const read = cells.map(followerFromCell);
    expect(read).toEqual([
      { handle: 'ann.birds', name: 'Ann Birds', hasAvatar: true, verified: false },
      { handle: 'jane48213907', name: '', hasAvatar: false, verified: false },
      { handle: 'newsdesk', name: 'Newsdesk Daily', hasAvatar: true, verified: true },
      { handle: 'quiet.one', name: 'quiet.one', hasAvatar: true, verified: false },
      { handle: 'lizzy.story', name: 'Liz', hasAvatar: true, verified: false },
      null,
      null,
    ]);
    expect(read.slice(0, 4).map((f) => classifyListed(f!).verdict)).toEqual(['genuine', 'suspicious', 'genuine', 'genuine']);
    expect(classifyListed(read[1]!).flags).toEqual(['no-avatar', 'default-handle', 'no-name']);
    expect(classifyListed(read[3]!).flags).toEqual(['no-name']);
  });

  it('knows the verified mark by its glyph in any language, and its title is no full name (ru, vi: Instagram’s labels of the same glyph)', () => {
    const row = (label: string) => `<div><div><a href="/newsdesk/" role="link"><img alt="" src="https://scontent.cdninstagram.com/v/t51.2885-19/1_2_3_n.jpg"></a></div>
      <div><a href="/newsdesk/" role="link"><span dir="auto">newsdesk</span></a><svg aria-label="${label}" role="img" viewBox="0 0 40 40"><title>${label}</title><path d="M19.998 3.094 14.638 0l-2.972 5.15H5.432v6.354L0 14.64 3.094 20 0 25.359l5.432 3.137v5.905h5.975L14.638 40l5.36-3.094L25.358 40l3.232-5.6h6.162v-6.01L40 25.359 36.905 20 40 14.641l-5.248-3.03v-6.46h-6.419L25.358 0 19.998 3.094Z"></path></svg></div>
      <div><button type="button"><div>Подписаться</div></button></div></div>`;
    document.body.innerHTML = `<div role="dialog">${row('Подтвержденный')}${row('Đã xác minh')}</div>`;
    expect([...document.querySelectorAll(FOLLOWER_CELL)].map(followerFromCell)).toEqual([
      { handle: 'newsdesk', name: '', hasAvatar: true, verified: true },
      { handle: 'newsdesk', name: '', hasAvatar: true, verified: true },
    ]);
  });

  it('never throws on markup it does not know', () => {
    document.body.innerHTML = '<div role="dialog"><a href="http://[bad"><img src="x"></a><img></div>';
    expect([...document.querySelectorAll(FOLLOWER_CELL)].map(followerFromCell)).toEqual([null, null]);
  });
});

describe("Instagram's followers list in the profile fixture's dialog", () => {
  it('reads its two rows (a verified mark inside the username link included)', () => {
    document.body.innerHTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/instagram-profile.html'), 'utf8');
    expect([...document.querySelectorAll(FOLLOWER_CELL)].map(followerFromCell)).toEqual([
      { handle: 'follower_one', name: 'Follower One', hasAvatar: true, verified: false },
      { handle: 'second.follower', name: 'Second', hasAvatar: true, verified: true },
    ]);
  });
});

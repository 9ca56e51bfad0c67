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

// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyListed } from '../../../src/audit';
import { FOLLOWER_CELL, followerFromCell, followersListOf, TEST_URLS, xFollowers } from '../../../src/sites/x-followers';
import { x } from '../../../src/sites/x';

describe("X's followers list", () => {
  it('knows followers-list URLs, and that /following is not one', () => {
    expect(TEST_URLS.followers.map((u) => followersListOf(new URL(u)))).toEqual(['brand', 'brand', 'brand']);
    expect(TEST_URLS.not.map((u) => followersListOf(new URL(u)))).toEqual([null, null, null, null, null]);
  });

  it('is the parser the X adapter loads', async () => {
    expect(await x.followerList!()).toBe(xFollowers);
  });

  it('reads each cell: handle, name, default avatar, bio, verified mark; a cell without a profile link is skipped', () => {
    document.body.innerHTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/x-followers.html'), 'utf8');
    const read = [...document.querySelectorAll(FOLLOWER_CELL)].map(followerFromCell);
    expect(read).toEqual([
      { handle: 'birdwatcher', name: 'Ann Birds', hasAvatar: true, hasBio: true, verified: false },
      { handle: 'jane48213907', name: 'jane48213907', hasAvatar: false, hasBio: false, verified: false },
      { handle: 'newsdesk', name: 'Newsdesk', hasAvatar: true, hasBio: false, verified: true },
      { handle: 'quiet_one', name: 'Quiet', hasAvatar: true, hasBio: false, verified: false },
      null,
    ]);
    expect(read.slice(0, 4).map((f) => classifyListed(f!).verdict)).toEqual(['genuine', 'suspicious', 'genuine', 'suspicious']);
    expect(classifyListed(read[1]!).flags).toEqual(['no-avatar', 'no-bio', 'default-handle', 'no-name']);
  });
});

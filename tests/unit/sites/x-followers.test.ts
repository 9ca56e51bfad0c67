// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyListed } from '../../../src/audit';
import { FOLLOWER_CELL, USER_CELL, followerFromCell, followersListOf, TEST_URLS, xFollowers } from '../../../src/sites/x-followers';
import { x } from '../../../src/sites/x';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { ownPage, parsePage } from './page-helpers';

/**
 * The page with each <div data-as="button"> cell rebuilt as the <button> X renders, its follow
 * <button> inside: built with DOM calls, as an HTML parser closes a <button> at the next one.
 */
function withButtonCells(document: Document): Document {
  for (const div of document.querySelectorAll('div[data-as="button"]')) {
    const button = document.createElement('button');
    for (const { name, value } of div.attributes) if (name !== 'data-as') button.setAttribute(name, value);
    button.append(...div.childNodes);
    div.replaceWith(button);
  }
  return document;
}

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

  it('reads a page the browser saved, whose links it made absolute ("Save page as"); a link elsewhere names no follower', () => {
    const live = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/x-followers.html'), 'utf8');
    const saved = live.replace(/href="\//g, 'href="https://x.com/');
    expect(saved).toContain('href="https://x.com/birdwatcher"');
    const read = (html: string) => [...parsePage(html).querySelectorAll(FOLLOWER_CELL)].map(followerFromCell);
    expect(read(saved).map((follower) => follower?.handle)).toEqual(['birdwatcher', 'jane48213907', 'newsdesk', 'quiet_one', undefined]);
    expect(read(saved)).toEqual(read(live));
    const cell = (href: string) => parsePage(`<li role="listitem" data-testid="UserCell"><a href="${href}" role="link"><span>Sam</span></a></li>`).querySelector(FOLLOWER_CELL)!;
    expect(['https://twitter.com/sam_k', 'https://mobile.x.com/sam_k', 'https://example.com/sam_k', 'https://x.com/sam_k?s=20', 'https://x.com/sam_k/photo', 'http://[bad'].map((href) => followerFromCell(cell(href))?.handle)).toEqual(['sam_k', 'sam_k', undefined, undefined, undefined, undefined]);
  });

  it('tells a bio from the cell’s furniture by structure, whatever the language: button cells, role="button" cells, sidebar cells', () => {
    const page = withButtonCells(ownPage('x-followers-cells.html'));
    const cells = [...page.querySelectorAll(USER_CELL)];
    // The rebuilt cells really are buttons holding the follow button.
    expect(cells.slice(0, 2).map((cell) => [cell.localName, cell.querySelectorAll('button').length])).toEqual([['button', 1], ['button', 1]]);
    expect(cells.map(followerFromCell)).toEqual([
      { handle: 'birdwatcher', name: 'Ann Birds', hasAvatar: true, hasBio: true, verified: false },
      { handle: 'no_bio_jo', name: 'Jo', hasAvatar: false, hasBio: false, verified: false },
      { handle: 'sofia_es', name: 'Sofía', hasAvatar: true, hasBio: true, verified: false },
      { handle: 'pablo_es', name: 'Pablo', hasAvatar: true, hasBio: false, verified: false },
      { handle: 'max_muster_de', name: 'Max Muster', hasAvatar: true, hasBio: false, verified: true },
      { handle: 'acme_fan', name: 'Acme Fan', hasAvatar: true, hasBio: true, verified: false },
    ]);
  });

  it('the list’s cells are its followers; the sidebar’s ("Who to follow", "Relevant people") are suggestions, left out', () => {
    const page = withButtonCells(ownPage('x-followers-cells.html'));
    expect([...page.querySelectorAll(FOLLOWER_CELL)].map((cell) => followerFromCell(cell)?.handle)).toEqual(['birdwatcher', 'no_bio_jo', 'sofia_es', 'pablo_es']);
    const sidebar = parsePage('<main role="main"><div data-testid="primaryColumn"><div data-testid="UserCell"><a href="/follower_a" role="link">@follower_a</a></div></div></main><div data-testid="sidebarColumn"><aside aria-label="Who to follow" role="complementary"><ul role="list"><li role="listitem" data-testid="UserCell"><a href="/suggested_b" role="link">@suggested_b</a></li></ul></aside></div>');
    expect([...sidebar.querySelectorAll(FOLLOWER_CELL)].map((cell) => followerFromCell(cell)?.handle)).toEqual(['follower_a']);
  });

  it('a text the follow button does not name as its description is still a bio; an "@handle" line alone is not', () => {
    const cell = (extra: string) =>
      parsePage(`<li role="listitem" data-testid="UserCell"><a href="/sam_k" role="link"><div dir="ltr"><span><span>Sam</span></span></div></a><button aria-describedby="id__other" type="button">Follow</button>${extra}</li>`).querySelector(FOLLOWER_CELL)!;
    expect(followerFromCell(cell('<div dir="auto" id="id__mine">Click to Follow sam_k</div>'))?.hasBio).toBe(true);
    expect(followerFromCell(cell('<div dir="auto" id="id__other">Click to Follow sam_k</div>'))?.hasBio).toBe(false);
    expect(followerFromCell(cell('<div dir="auto"><span>@sam_k</span></div>'))?.hasBio).toBe(false);
  });
});

describe.skipIf(!hasSharedFixtures)("X's UserCells on a real saved page (needs ../shared/fixtures)", () => {
  it('"Relevant people": eli_lifland has a bio, DKokotajlo none (only the "Click to Follow" text beside the button)', () => {
    const page = parsePage(readShared('html/x-thread-rendered-eli_lifland-1908671786876850246.html'));
    // A thread is no followers list: its sidebar's cells are read alike, but are no list's cells.
    expect(page.querySelectorAll(FOLLOWER_CELL)).toHaveLength(0);
    expect([...page.querySelectorAll(USER_CELL)].map(followerFromCell)).toEqual([
      expect.objectContaining({ handle: 'eli_lifland', name: 'Eli Lifland', hasAvatar: true, hasBio: true, verified: true }),
      expect.objectContaining({ handle: 'dkokotajlo', hasAvatar: true, hasBio: false, verified: true }),
    ]);
  });
});

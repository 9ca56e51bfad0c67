/// <reference types="chrome" />
// The audience audit on networks without a followers API (X, Instagram): started from a badge's
// card, read from the followers list the user opens and scrolls, reported in the popup. The list
// pages are built here in the shape of tests/fixtures/pages/x-followers.html and
// instagram-followers.html, 60 followers of known make-up: 35 with a picture and a bio (genuine),
// 15 with the default picture, no bio and a name-plus-digits handle, 10 with no bio (suspicious on
// X; Instagram shows no bio at all, see below). The list shows more as it is scrolled, as X's does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilson } from '../../src/audit/wilson';
import { launchWithExtension, type Browser } from './harness';
import { html } from './routes';

interface Follower {
  handle: string;
  name: string;
  avatar: boolean;
  bio?: string;
  verified?: boolean;
}

/** The 60 followers, in an order that mixes the kinds through the list. */
const FOLLOWERS: Follower[] = (() => {
  const all: Follower[] = [];
  for (let i = 0; i < 35; i++) all.push({ handle: `fan_${i}`, name: `Fan ${i}`, avatar: true, bio: `Birds, trees and rivers (${i})`, verified: i % 10 === 0 });
  for (let i = 0; i < 15; i++) all.push({ handle: `user${48213900 + i}`, name: `user${48213900 + i}`, avatar: false });
  for (let i = 0; i < 10; i++) all.push({ handle: `quiet_${i}`, name: `Quiet ${i}`, avatar: true });
  return all.map((f, i) => ({ f, at: (i * 37) % 60 })).sort((a, b) => a.at - b.at).map(({ f }) => f);
})();
const GENUINE_ON_X = 35;
/** Shown at first; the rest come when the list is scrolled to its end. */
const FIRST = 40;

const STYLE = '<style>svg { width: 1.2em; height: 1.2em; } [data-testid="UserCell"], .row { height: 120px; overflow: hidden; }</style>';
/** The page adds `more` to `list` when `scroller` (the window if null) is scrolled to its end, once. */
const loadMore = (list: string, more: string, scroller: string | null = null) =>
  `<script>(() => {
    const more = ${JSON.stringify(more)};
    const box = ${scroller ? `document.querySelector(${JSON.stringify(scroller)})` : 'null'};
    const atEnd = () => (box ? box.scrollTop + box.clientHeight >= box.scrollHeight - 200 : innerHeight + scrollY >= document.body.scrollHeight - 200);
    (box ?? window).addEventListener('scroll', () => {
      if (!atEnd() || document.body.dataset.more) return;
      document.body.dataset.more = '1';
      document.querySelector(${JSON.stringify(list)}).insertAdjacentHTML('beforeend', more);
    });
  })();</script>`;

function xCell(f: Follower): string {
  const avatar = f.avatar ? `https://pbs.twimg.com/profile_images/1/${f.handle}_normal.jpg` : 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';
  const verified = f.verified ? '<svg data-testid="icon-verified"></svg>' : '';
  const bio = f.bio ? `<div dir="auto">${f.bio}</div>` : '';
  return `<div data-testid="UserCell"><div><a href="/${f.handle}"><img alt="" src="${avatar}"></a></div><div><div data-testid="User-Name"><a href="/${f.handle}"><span>${f.name}</span>${verified}</a><a href="/${f.handle}"><div dir="ltr"><span>@${f.handle}</span></div></a></div><button><span>Follow</span></button></div>${bio}</div>`;
}

/** x.com/<owner>/followers: the cells, one of them twice (X's list repeats as it loads) and one it cannot read. */
function xFollowersPage(owner: string): string {
  const cells = FOLLOWERS.map(xCell);
  const later = [...cells.slice(FIRST), cells[3], '<div data-testid="UserCell"><span>loading…</span></div>'].join('');
  return `<!doctype html><html lang="en"><head><title>People following ${owner} / X</title>${STYLE}</head><body><main><div aria-label="Timeline: Followers">${cells.slice(0, FIRST).join('')}</div></main>${loadMore('[aria-label="Timeline: Followers"]', later)}</body></html>`;
}

function instagramRow(f: Follower): string {
  const handle = f.handle.replace('_', '.');
  const avatar = f.avatar ? `https://scontent.cdninstagram.com/v/t51.2885-19/${handle}_n.jpg` : 'https://scontent.cdninstagram.com/v/t51.2885-19/44884218_345707102882519_2446069589734326272_n.jpg?_nc_ht=scontent.cdninstagram.com';
  const verified = f.verified ? '<svg aria-label="Verified" role="img"><title>Verified</title></svg>' : '';
  // Instagram shows no full name where the account set none (the default-looking ones here).
  const name = f.name === f.handle ? '' : `<span dir="auto"><span>${f.name}</span></span>`;
  return `<div class="row"><div><span role="link" tabindex="-1"><a href="/${handle}/" role="link"><img alt="${handle}'s profile picture" src="${avatar}"></a></span></div><div><div><a href="/${handle}/" role="link"><span dir="auto">${handle}</span>${verified}</a></div>${name}</div><div><button type="button"><div>Follow</div></button></div></div>`;
}

/** instagram.com/<owner>/followers/: the profile with the followers dialog over it, its rows in a scrolling box. */
function instagramFollowersPage(owner: string): string {
  const rows = FOLLOWERS.map(instagramRow);
  const dialog = `<div role="dialog" style="position: fixed; top: 60px; left: 300px; width: 400px; background: white"><h1>Followers</h1><div class="scroller" style="height: 600px; overflow-y: auto"><div class="rows">${rows.slice(0, FIRST).join('')}</div></div></div>`;
  const page = fixture('instagram-profile.html').replaceAll('erin.example', owner).replace(/<div role="dialog">[\s\S]*?<\/div>\s*<footer>/, `${dialog}<footer>`);
  return page.replace('</body>', `${loadMore('.rows', [...rows.slice(FIRST), rows[3]].join(''), '.scroller')}</body>`);
}

/**
 * Instagram since mid-2026: the profile, its followers dialog opened by the followers link without
 * a new address (the page's script stops the link and shows the dialog over the profile).
 */
function instagramDialogInPlace(owner: string): string {
  const page = instagramFollowersPage(owner).replace('<div role="dialog" style=', '<div role="dialog" hidden style=');
  const opens = `<script>document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href$="/followers/"]');
    if (!link) return;
    event.preventDefault();
    document.querySelector('[role="dialog"]').hidden = false;
  });</script>`;
  return page.replace('</body>', `${opens}</body>`);
}

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name), 'utf8').replace(/<\/head>/i, `${STYLE}</head>`);

let browser: Browser;
const pages: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchWithExtension();
  const serve = (route: Route) => {
    const body = pages[route.request().url().split('#')[0]];
    return route.fulfill(body === undefined ? { status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' } : html(body));
  };
  await browser.context.route(/^https:\/\/(x|www\.instagram)\.com\//, serve);
});
afterAll(() => browser?.close());

/** Opens the popup and looks `key` up; waits for its breakdown and audit panel. */
async function popupFor(key: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await popup.getByLabel('Look up a profile').fill(key);
  await popup.getByRole('button', { name: 'Look up' }).click();
  await popup.locator(`.breakdown[data-profile="${key}"][data-state="scored"]`).waitFor({ timeout: 20_000 });
  await popup.locator(`section.audit`).waitFor({ timeout: 10_000 });
  return popup;
}

/** Opens an Instagram profile (its badge scored), then starts the audit of its audience in the popup. */
async function startInstagramAudit(owner: string): Promise<{ profile: Page; popup: Page; root: string }> {
  const profile = await browser.context.newPage();
  await profile.goto(`https://www.instagram.com/${owner}/`);
  await expect.poll(() => profile.locator(`influence-badge[data-influence-badge="instagram:${owner}"][data-score]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const popup = await popupFor(`instagram:${owner}`);
  const root = `[data-audit="instagram:${owner}"]`;
  await popup.getByRole('button', { name: 'Audit this audience' }).click();
  await popup.locator(`${root}[data-audit-state="running"]`).waitFor({ timeout: 10_000 });
  return { profile, popup, root };
}

/** Scrolls the page (or its `scroller`) to its end, a screen at a time, as a person reads a list; then through what the end added. */
async function scrollThrough(tab: Page, scroller: string | null = null): Promise<void> {
  const step = (selector: string | null) =>
    tab.evaluate((selector) => {
      const box = selector ? document.querySelector(selector)! : null;
      if (box) box.scrollBy(0, 400);
      else scrollBy(0, 600);
      return box ? box.scrollTop + box.clientHeight >= box.scrollHeight - 2 : innerHeight + scrollY >= document.body.scrollHeight - 2;
    }, selector);
  for (let i = 0; i < 60; i++) {
    const atEnd = await step(scroller);
    await tab.waitForTimeout(120);
    if (atEnd && (await tab.evaluate(() => document.body.dataset.more === '1'))) {
      for (let j = 0; j < 8; j++) {
        await step(scroller);
        await tab.waitForTimeout(120);
      }
      return;
    }
  }
  throw new Error('the list never reached its end');
}

const number = async (popup: Page, root: string, name: string) => Number(await popup.locator(root).getAttribute(name));

describe('audience audit from a followers list', () => {
  it('X: starts from the card, reads the followers list as it is scrolled, and reports what it read when finished', async () => {
    const owner = 'brand';
    pages[`https://x.com/${owner}`] = fixture('x-profile.html').replaceAll('Jane_Doe', owner);
    pages[`https://x.com/${owner}/followers`] = xFollowersPage(owner);

    // The card of the profile's badge offers the audit, says it is read from the followers list, and links to it.
    const profile = await browser.context.newPage();
    await profile.goto(`https://x.com/${owner}`);
    const host = profile.locator(`[data-testid="UserName"] influence-badge[data-influence-badge="x:${owner}"]`);
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    await host.locator('.pill').click();
    const audit = host.getByRole('button', { name: 'Audit this audience' });
    await audit.waitFor({ timeout: 10_000 });
    expect(await host.locator('.audit-list').innerText()).toMatch(/^Read from the followers list: open it and scroll it;/);
    expect(await host.getByRole('link', { name: 'Open the followers list' }).getAttribute('href')).toBe(`https://x.com/${owner}/followers`);
    await audit.click();
    await expect.poll(() => host.getByRole('status').innerText()).toMatch(/^Audit started/);

    // The popup: the audit runs, nothing read yet, with the way to the list.
    const popup = await popupFor(`x:${owner}`);
    const root = `[data-audit="x:${owner}"]`;
    await popup.locator(`${root}[data-audit-state="running"]`).waitFor({ timeout: 10_000 });
    expect(await popup.locator('#audit-progress-text').innerText()).toBe('Open the followers list and scroll it; 0 read so far. Open the followers list');
    expect(await popup.locator(`${root} a`).getAttribute('href')).toBe(`https://x.com/${owner}/followers`);

    // The list, scrolled: every distinct follower it showed is read, once.
    const list = await browser.context.newPage();
    await list.goto(`https://x.com/${owner}/followers`);
    // The first screen is read before the person scrolls on (the reader loads with the list: a cell scrolled past before is never on screen).
    await expect.poll(() => number(popup, root, 'data-sampled'), { timeout: 10_000 }).toBeGreaterThanOrEqual(7);
    await scrollThrough(list);
    expect(await list.locator('[data-testid="UserCell"]').count()).toBe(FOLLOWERS.length + 2);
    await expect.poll(() => popup.locator(root).getAttribute('data-sampled'), { timeout: 15_000 }).toBe(String(FOLLOWERS.length));
    expect(await popup.locator('#audit-progress-text').innerText()).toMatch(/^Open the followers list and scroll it; 60 read so far\./);
    expect(await popup.locator(root).getAttribute('data-audit-state')).toBe('running');

    // Finish: the report of what was read.
    await popup.getByRole('button', { name: 'Finish' }).click();
    await popup.locator(`${root}[data-audit-state="done"]`).waitFor({ timeout: 10_000 });
    expect(await number(popup, root, 'data-sampled')).toBe(60);
    const genuine = wilson(GENUINE_ON_X, 60)!;
    const suspicious = wilson(60 - GENUINE_ON_X, 60)!;
    expect(await number(popup, root, 'data-genuine')).toBeCloseTo(GENUINE_ON_X / 60, 9);
    expect(await number(popup, root, 'data-genuine-low')).toBeCloseTo(genuine.low, 9);
    expect(await number(popup, root, 'data-genuine-high')).toBeCloseTo(genuine.high, 9);
    expect(await number(popup, root, 'data-suspicious')).toBeCloseTo(25 / 60, 9);
    expect(await number(popup, root, 'data-suspicious-low')).toBeCloseTo(suspicious.low, 9);
    expect(await number(popup, root, 'data-suspicious-high')).toBeCloseTo(suspicious.high, 9);
    // Inactivity cannot be told from a list: no share rather than 0.
    expect(await popup.locator(root).getAttribute('data-inactive')).toBeNull();
    const text = await popup.locator(root).innerText();
    expect(text).toContain('Read from the followers list you scrolled: 60 followers read.');
    expect(text).toContain('The list shows no counts, so each of the 60 followers was judged only by what it shows');
    expect(text).toMatch(/58% genuine \(95% interval \d+–\d+%\)/);
    expect(text).not.toMatch(/inactive \(95% interval/);

    // Scrolling the list again adds nothing to the finished report.
    await list.reload();
    await scrollThrough(list);
    await list.waitForTimeout(1500);
    const again = await popupFor(`x:${owner}`);
    await again.locator(`${root}[data-audit-state="done"][data-sampled="60"]`).waitFor({ timeout: 10_000 });
    await Promise.all([profile.close(), popup.close(), list.close(), again.close()]);
  }, 120_000);

  it('Instagram: started in the popup, read from the followers dialog as it is scrolled; the list shows no bio, so only picture, name and handle count', async () => {
    const owner = 'shop.example';
    pages[`https://www.instagram.com/${owner}/`] = fixture('instagram-profile.html').replaceAll('erin.example', owner);
    pages[`https://www.instagram.com/${owner}/followers/`] = instagramFollowersPage(owner);
    const { profile, popup, root } = await startInstagramAudit(owner);
    expect(await popup.locator(`${root} a`).getAttribute('href')).toBe(`https://www.instagram.com/${owner}/followers/`);

    const list = await browser.context.newPage();
    await list.goto(`https://www.instagram.com/${owner}/followers/`);
    await expect.poll(() => number(popup, root, 'data-sampled'), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    await scrollThrough(list, '.scroller');
    await expect.poll(() => popup.locator(root).getAttribute('data-sampled'), { timeout: 15_000 }).toBe(String(FOLLOWERS.length));
    await popup.getByRole('button', { name: 'Finish' }).click();
    await popup.locator(`${root}[data-audit-state="done"]`).waitFor({ timeout: 10_000 });
    // Only the 15 with the default picture and no name are suspicious: those without a bio cannot be told here.
    const genuine = wilson(45, 60)!;
    expect(await number(popup, root, 'data-genuine')).toBeCloseTo(45 / 60, 9);
    expect(await number(popup, root, 'data-genuine-low')).toBeCloseTo(genuine.low, 9);
    expect(await number(popup, root, 'data-genuine-high')).toBeCloseTo(genuine.high, 9);
    expect(await number(popup, root, 'data-suspicious')).toBeCloseTo(15 / 60, 9);
    expect(await popup.locator(root).getAttribute('data-inactive')).toBeNull();
    expect(await popup.locator(root).innerText()).toContain('Read from the followers list you scrolled: 60 followers read.');
    await Promise.all([profile.close(), popup.close(), list.close()]);
  }, 120_000);

  it('Instagram since mid-2026: the followers dialog opened over the profile, the address unchanged, is read as the list', async () => {
    const owner = 'studio.example';
    pages[`https://www.instagram.com/${owner}/`] = instagramDialogInPlace(owner);
    const { profile, popup, root } = await startInstagramAudit(owner);
    // Nothing is read before the list is opened (in front: a tab behind the popup gets no frames).
    await profile.bringToFront();
    await profile.waitForTimeout(1500);
    expect(await number(popup, root, 'data-sampled')).toBe(0);
    await profile.locator(`a[href="/${owner}/followers/"]`).first().click();
    expect(profile.url()).toBe(`https://www.instagram.com/${owner}/`);
    await expect.poll(() => number(popup, root, 'data-sampled'), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    await scrollThrough(profile, '.scroller');
    await expect.poll(() => popup.locator(root).getAttribute('data-sampled'), { timeout: 15_000 }).toBe(String(FOLLOWERS.length));
    // Closed (from its own close button), the list is over: a dialog shown later (a hover card, another list) is no follower of the owner's.
    const others = FOLLOWERS.slice(0, 3).map((f) => instagramRow({ ...f, handle: `later_${f.handle}` })).join('');
    await profile.evaluate((rows) => {
      document.querySelector('[role="dialog"]')!.remove();
      document.body.insertAdjacentHTML('beforeend', `<div role="dialog" style="position: fixed; top: 0; left: 0; width: 400px; background: white">${rows}</div>`);
    }, others);
    await profile.waitForTimeout(2500);
    expect(await popup.locator(root).getAttribute('data-sampled')).toBe(String(FOLLOWERS.length));
    await Promise.all([profile.close(), popup.close()]);
  }, 120_000);
});

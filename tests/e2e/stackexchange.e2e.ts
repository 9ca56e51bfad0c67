/// <reference types="chrome" />
// Stack Overflow and a *.stackexchange.com site with the extension installed: badges beside
// post and comment authors (one per post signature), the batched users request, and the popup
// on a user page, whose answers and badge counts the page itself shows. Pages and the API are
// served from this project's fixtures by the routes below; everything else is aborted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser, openPopupFor } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const QUESTION = 'https://stackoverflow.com/questions/1/how-do-i-parse-this';
const UNIX_QUESTION = 'https://unix.stackexchange.com/questions/3/why-is-ls-slow';
const UNIX_USER = 'https://unix.stackexchange.com/users/7/alice';
const USERS = JSON.parse(readFileSync(resolve(FIXTURES, 'api/stackexchange-e2e.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const PAGES: Record<string, string> = {
  [QUESTION]: readFileSync(resolve(FIXTURES, 'pages/stackexchange-question.html'), 'utf8'),
  [UNIX_QUESTION]: `<div class="post-signature owner"><div class="user-info">
      <div class="user-gravatar32"><a href="/users/7/alice"><img src="data:," alt="user avatar"></a></div>
      <div class="user-details"><a href="/users/7/alice">Alice A.</a></div></div></div>
    <div class="post-signature"><div class="user-details"><a href="/users/404/gone">gone</a></div></div>`,
  [UNIX_USER]: readFileSync(resolve(FIXTURES, 'pages/stackexchange-user.html'), 'utf8'),
};

let browser: Browser;
/** Every API request's URL, in order. */
const requests: URL[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  const isSite = (url: URL) => url.host === 'stackoverflow.com' || url.host === 'unix.stackexchange.com';
  await context.route(isSite, (route: Route) => {
    const page = PAGES[route.request().url().split('#')[0]];
    return route.fulfill(page ? { status: 200, contentType: 'text/html; charset=utf-8', body: page } : { status: 404, contentType: 'text/html', body: 'Page not found' });
  });
  await context.route(
    (url) => url.host === 'api.stackexchange.com',
    (route: Route) => {
      const url = new URL(route.request().url());
      requests.push(url);
      const ids = /^\/2\.3\/users\/([\d;]+)$/.exec(url.pathname)?.[1].split(';');
      const site = USERS[url.searchParams.get('site') ?? ''];
      if (!ids || !site) {
        return route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error_id: 400, error_name: 'bad_parameter', error_message: 'site' }) });
      }
      // Like the API: the users it knows, in any order; unknown ids are left out.
      const items = ids.map((id) => site[id]).filter(Boolean);
      return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ items, has_more: false, quota_max: 300, quota_remaining: 290 }) });
    },
  );
});
afterAll(() => browser?.close());

function badges(page: Page) {
  return page.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => ({
      key: host.getAttribute('data-influence-badge'),
      score: host.getAttribute('data-score'),
      state: host.getAttribute('data-state'),
      beside: host.previousElementSibling?.getAttribute('href') ?? null,
    })),
  );
}

describe('Stack Exchange', () => {
  it('badges each post signature once (on the name) and each comment author, with one API request for the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(QUESTION);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    const found = await badges(page);
    expect(found.map((b) => b.key).sort()).toEqual(
      ['stackexchange:stackoverflow/101', 'stackexchange:stackoverflow/101', 'stackexchange:stackoverflow/102', 'stackexchange:stackoverflow/103', 'stackexchange:stackoverflow/104', 'stackexchange:stackoverflow/105'],
    );
    for (const badge of found) {
      expect(badge.beside).toMatch(new RegExp(`^(https://stackoverflow\\.com)?/users/${badge.key!.split('/')[1]}/[a-z-]+$`));
      expect(Number(badge.score)).toBeGreaterThanOrEqual(1);
      expect(Number(badge.score)).toBeLessThanOrEqual(100);
    }
    // Nothing in the top bar (the signed-in user), on avatars, or in the question's text.
    expect(await page.locator('header influence-badge, .user-gravatar32 influence-badge, .s-prose influence-badge, .comment-copy influence-badge').count()).toBe(0);
    const scoreOf = (key: string) => Number(found.find((b) => b.key === key)!.score);
    expect(scoreOf('stackexchange:stackoverflow/102')).toBeGreaterThan(scoreOf('stackexchange:stackoverflow/105')); // 29,827 reputation vs 1

    // Five users of one site: one request for all of them, with room for a hundred.
    expect(requests).toHaveLength(1);
    expect(requests[0].pathname.split('/')[3].split(';').sort()).toEqual(['101', '102', '103', '104', '105']);
    expect(requests[0].searchParams.get('site')).toBe('stackoverflow');
    expect(requests[0].searchParams.get('pagesize')).toBe('100');
    expect(requests[0].searchParams.has('key')).toBe(false);
    await page.close();
  });

  it('works on a *.stackexchange.com site, and marks a user the API does not know as unavailable', async () => {
    const before = requests.length;
    const page = await browser.context.newPage();
    await page.goto(UNIX_QUESTION);
    const alice = page.locator('influence-badge[data-influence-badge="stackexchange:unix/7"]');
    await expect.poll(() => alice.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    expect(await page.locator('influence-badge').count()).toBe(2);
    await expect.poll(() => page.locator('influence-badge[data-influence-badge="stackexchange:unix/404"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');
    const asked = requests.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0].searchParams.get('site')).toBe('unix');
    expect(asked[0].pathname.split('/')[3].split(';').sort()).toEqual(['404', '7']);
    await page.close();
  });

  it("explains a user page's profile in the popup: the API's reputation and badges, the page's answers", async () => {
    const before = requests.length;
    const popup = await openPopupFor(browser, UNIX_USER);
    const breakdown = popup.locator('.breakdown[data-profile="stackexchange:unix/7"][data-state="scored"]');
    // The page's counts reach the background once the content script has read them.
    const answers = breakdown.locator('tr[data-signal="answers"] td').first();
    await expect
      .poll(
        async () => {
          if ((await answers.count()) === 0) await popup.reload();
          await breakdown.waitFor({ timeout: 15_000 });
          return answers.count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    expect(await answers.innerText()).toBe('67');
    expect(await breakdown.locator('tr[data-signal="answers"] th').innerText()).toMatch(/page/i);
    const row = (name: string) => breakdown.locator(`tr[data-signal="${name}"] td`).first();
    expect(await row('reputation').innerText()).toBe('12,345');
    expect(await row('badgePoints').innerText()).toBe('133');
    expect(await breakdown.innerText()).toContain('Alice A.');
    expect(Number(await breakdown.locator('.score').getAttribute('data-score'))).toBeGreaterThanOrEqual(1);
    // Alice of unix/7 was fetched in the test before: the popup asks the API nothing.
    expect(requests.length).toBe(before);
    await popup.close();
  });

  it('sends the Stack Exchange key from the settings with each users request, and never stores it in a source URL', async () => {
    const popup = await openPopupFor(browser, QUESTION);
    await popup.getByText('Settings').click();
    const form = popup.locator('form', { has: popup.getByLabel('Stack Exchange API key') });
    await form.getByLabel('Stack Exchange API key').fill('se-key-0123456789-abcd');
    await form.getByRole('button', { name: 'Save' }).click();
    // Shown again only by its last four characters.
    await popup.getByText('A key ending in …abcd is stored').waitFor();
    const before = requests.length;
    await popup.getByLabel('Look up a profile').fill('stackexchange:stackoverflow/105');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const breakdown = popup.locator('.breakdown[data-profile="stackexchange:stackoverflow/105"]');
    await breakdown.waitFor({ timeout: 15_000 });
    // Seen on the question page before, so cached: a refresh asks the API again.
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => requests.length, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(requests.slice(before).every((url) => url.searchParams.get('key') === 'se-key-0123456789-abcd')).toBe(true);
    const stored = await browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored.match(/se-key-0123456789-abcd/g)).toHaveLength(1); // the settings, nowhere else
    await popup.close();
  });
});

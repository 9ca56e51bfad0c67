/// <reference types="chrome" />
// Hacker News with the extension installed: badges beside story and comment authors, and the
// popup on a user page. Pages and both APIs (Firebase, HN Search) are served from this
// project's fixtures by the routes below; everything else is aborted by the harness.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser, openPopupFor } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const ITEM = 'https://news.ycombinator.com/item?id=1001';
const USER_PAGE = 'https://news.ycombinator.com/user?id=alice';
const GHOST = 'https://news.ycombinator.com/item?id=1009';
const DAY_S = 86_400;

interface Item {
  ageDays: number;
  story: boolean;
  points?: number;
  comments?: number;
  replies?: number;
}
const fixture = JSON.parse(readFileSync(resolve(FIXTURES, 'api/hackernews-e2e.json'), 'utf8')) as {
  users: Record<string, Record<string, unknown>>;
  items: Record<string, Item[]>;
};
const PAGES: Record<string, string> = {
  [ITEM]: readFileSync(resolve(FIXTURES, 'pages/hackernews-item.html'), 'utf8'),
  [USER_PAGE]: readFileSync(resolve(FIXTURES, 'pages/hackernews-user.html'), 'utf8'),
  [GHOST]: '<table><tr><td class="subtext">by <a href="user?id=ghost_user" class="hnuser">ghost_user</a></td></tr></table>',
};

let browser: Browser;
/** Every API request, as host + path + query, in order. */
const requests: string[] = [];
const json = (body: unknown) => ({ status: 200, contentType: 'application/json; charset=utf-8', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });

/** An HN Search hit for a fixture item, dated relative to now. */
function hit(author: string, item: Item, index: number) {
  const created = Math.floor(Date.now() / 1000 - item.ageDays * DAY_S);
  const id = 5000 + index;
  return item.story
    ? { _tags: ['story', `author_${author}`, `story_${id}`], author, created_at_i: created, objectID: String(id), points: item.points, num_comments: item.comments, title: `Story ${id}`, children: [] }
    : { _tags: ['comment', `author_${author}`, 'story_1'], author, created_at_i: created, objectID: String(id), points: null, num_comments: null, children: Array.from({ length: item.replies ?? 0 }, (_, i) => id * 10 + i) };
}

beforeAll(async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  await context.route(
    (url) => url.host === 'news.ycombinator.com',
    (route: Route) => {
      const page = PAGES[route.request().url().split('#')[0]];
      return route.fulfill(page ? { status: 200, contentType: 'text/html; charset=utf-8', body: page } : { status: 404, contentType: 'text/html', body: 'Unknown.' });
    },
  );
  await context.route(
    (url) => url.host === 'hacker-news.firebaseio.com',
    (route: Route) => {
      const url = new URL(route.request().url());
      requests.push(url.host + url.pathname + url.search);
      const id = /^\/v0\/user\/([^/]+)\.json$/.exec(url.pathname)?.[1];
      // Firebase answers `null`, not a 404, for a user that does not exist.
      return route.fulfill(json(id ? (fixture.users[decodeURIComponent(id)] ?? null) : null));
    },
  );
  await context.route(
    (url) => url.host === 'hn.algolia.com',
    (route: Route) => {
      const url = new URL(route.request().url());
      requests.push(url.host + url.pathname + url.search);
      const author = /^author_(.+)$/.exec(url.searchParams.get('tags') ?? '')?.[1] ?? '';
      const hits = (fixture.items[author] ?? []).map((item, index) => hit(author, item, index));
      return route.fulfill(json({ hits, nbHits: hits.length, page: 0, nbPages: 1, hitsPerPage: 50 }));
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

const firebaseFor = (name: string) => requests.filter((r) => r === `hacker-news.firebaseio.com/v0/user/${name}.json`);
const algoliaFor = (name: string) => requests.filter((r) => r.startsWith('hn.algolia.com/') && r.includes(`author_${name}&`));

describe('Hacker News', () => {
  it('puts a scored badge beside each story and comment author, and none beside the signed-in user or pasted URLs', async () => {
    const page = await browser.context.newPage();
    await page.goto(ITEM);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(5);
    const found = await badges(page);
    expect(found.map((b) => b.key).sort()).toEqual(['hackernews:alice', 'hackernews:alice', 'hackernews:bob', 'hackernews:carol', 'hackernews:erin']);
    for (const badge of found) {
      expect(badge.beside).toBe(`user?id=${badge.key!.split(':')[1]}`);
      expect(Number(badge.score)).toBeGreaterThanOrEqual(1);
      expect(Number(badge.score)).toBeLessThanOrEqual(100);
    }
    const scoreOf = (key: string) => Number(found.find((b) => b.key === key)!.score);
    // 4,321 karma and stories with hundreds of points outrank a new account with 3 karma.
    expect(scoreOf('hackernews:alice')).toBeGreaterThan(scoreOf('hackernews:carol'));
    expect(await page.locator('#me + influence-badge, .commtext influence-badge').count()).toBe(0);

    // A full score costs two requests (Firebase user, HN Search items), once however many badges;
    // one for erin, who never submitted anything; none for the signed-in zoe or the pasted dave.
    for (const name of ['alice', 'bob', 'carol']) {
      expect(firebaseFor(name)).toHaveLength(1);
      expect(algoliaFor(name)).toHaveLength(1);
    }
    expect(firebaseFor('erin')).toHaveLength(1);
    expect(algoliaFor('erin')).toHaveLength(0);
    expect(requests.filter((r) => /zoe|dave/.test(r))).toEqual([]);
    expect(requests).toHaveLength(7);
    await page.close();
  });

  it("explains a user page's profile in the popup, from the cache: karma, age and recent points", async () => {
    const before = requests.length;
    const popup = await openPopupFor(browser, USER_PAGE);
    const breakdown = popup.locator('.breakdown[data-profile="hackernews:alice"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 15_000 });
    const score = Number(await breakdown.locator('.score').getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(1);
    expect(await breakdown.innerText()).toContain('Writes parsers.');
    const row = (name: string) => breakdown.locator(`tr[data-signal="${name}"] td`);
    expect(await row('karma').first().innerText()).toBe('4,321');
    expect(Number((await row('likesReceivedPerDay').first().innerText()).replace(/,/g, ''))).toBeGreaterThan(1);
    expect(await row('repliesReceivedPerDay').count()).toBeGreaterThan(0);
    const pillars = await breakdown.locator('section.pillar').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-pillar')));
    expect(pillars).toContain('amplification');
    // The points shown add up to the score, from the typical account's 40.
    const points = await breakdown.locator('tbody td:nth-child(3)').allInnerTexts();
    expect(Math.abs(points.reduce((sum, text) => sum + Number(text.replace('−', '-')), 40) - score)).toBeLessThanOrEqual(1);
    expect(requests.length).toBe(before);
    await popup.close();
  });

  it('marks a user Hacker News does not know as unavailable, after one request', async () => {
    const page = await browser.context.newPage();
    await page.goto(GHOST);
    const badge = page.locator('influence-badge[data-influence-badge="hackernews:ghost_user"]');
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');
    expect(firebaseFor('ghost_user')).toHaveLength(1);
    expect(algoliaFor('ghost_user')).toHaveLength(0);
    await page.close();
  });
});

/// <reference types="chrome" />
// DEV (dev.to) with the extension installed: badges beside article, comment and story authors,
// and the popup on a user page. dev.to serves both the pages and the Forem API (/api/...); both
// come from this project's fixtures by the route below; everything else is aborted by the harness.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser, openPopupFor } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const FEED = 'https://dev.to/';
const ARTICLE = 'https://dev.to/ada_dev/counting-sheep-with-rust-4kd2';
const PROFILE = 'https://dev.to/ada_dev';
const STRANGER = 'https://dev.to/t/ghosts';
const DAY_MS = 86_400_000;

interface ArticleSpec {
  ageDays: number;
  reactions: number;
  comments: number;
}
const fixture = JSON.parse(readFileSync(resolve(FIXTURES, 'api/devto-e2e.json'), 'utf8')) as {
  users: Record<string, Record<string, unknown>>;
  articles: Record<string, ArticleSpec[]>;
};
const page = (name: string) => readFileSync(resolve(FIXTURES, 'pages', name), 'utf8');
const PAGES: Record<string, string> = {
  [FEED]: page('devto-feed.html'),
  [ARTICLE]: page('devto-article.html'),
  [PROFILE]: page('devto-profile.html'),
  [STRANGER]: '<main><p><a href="/ghost_writer">ghost_writer</a> in <a href="/t/ghosts">#ghosts</a>, <a href="/search">search</a>, <a href="/faq">faq</a></p></main>',
};

let browser: Browser;
/** Every API request, as path + query, in order. */
const requests: string[] = [];
const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json; charset=utf-8', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });

/** A user's articles, newest first, dated relative to now as Forem's index shows them. */
function articles(username: string) {
  return (fixture.articles[username] ?? []).map((spec, index) => {
    const published = new Date(Date.now() - spec.ageDays * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      type_of: 'article',
      id: 9000 + index,
      title: `Article ${index}`,
      path: `/${username}/article-${index}`,
      comments_count: spec.comments,
      public_reactions_count: spec.reactions,
      positive_reactions_count: spec.reactions,
      published_timestamp: published,
      published_at: published,
      user: { username, name: fixture.users[username]?.name },
    };
  });
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await browser.context.route(
    (url) => url.host === 'dev.to',
    (route: Route) => {
      const url = new URL(route.request().url());
      if (!url.pathname.startsWith('/api/')) {
        const html = PAGES[url.href.split('#')[0]];
        return route.fulfill(html ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : { status: 404, contentType: 'text/html', body: 'Not found' });
      }
      requests.push(url.pathname + url.search);
      if (url.pathname === '/api/users/by_username') {
        const user = fixture.users[url.searchParams.get('url') ?? ''];
        return route.fulfill(user ? json(user) : json({ error: 'not found', status: 404 }, 404));
      }
      if (url.pathname === '/api/articles') return route.fulfill(json(articles(url.searchParams.get('username') ?? '')));
      return route.fulfill(json({ error: 'not found', status: 404 }, 404));
    },
  );
});
afterAll(() => browser?.close());

/** Each badge on the page: its key, score or state, and the element it sits beside. */
function badges(tab: Page) {
  return tab.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => {
      const before = host.previousElementSibling;
      return {
        key: host.getAttribute('data-influence-badge'),
        score: host.getAttribute('data-score'),
        state: host.getAttribute('data-state'),
        beside: before?.localName === 'button' ? `button#${before.id}` : (before?.getAttribute('href') ?? null),
      };
    }),
  );
}

const requestsFor = (name: string) => requests.filter((r) => r === `/api/users/by_username?url=${name}` || r === `/api/articles?username=${name}&per_page=30`);

describe('DEV', () => {
  it('puts one scored badge beside each story’s author in the feed: the preview card’s button, none for the organisation', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(FEED);
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(3);
    const found = await badges(tab);
    expect(found.map((b) => [b.key, b.beside])).toEqual([
      ['devto:ada_dev', 'button#story-author-preview-trigger-4242'],
      ['devto:linus_t', 'button#story-author-preview-trigger-4243'],
      ['devto:grace', '/grace'],
    ]);
    for (const badge of found) expect(Number(badge.score)).toBeGreaterThanOrEqual(1);
    const scoreOf = (key: string) => Number(found.find((b) => b.key === key)!.score);
    // Six recent articles with hundreds of reactions outrank two with a handful.
    expect(scoreOf('devto:ada_dev')).toBeGreaterThan(scoreOf('devto:linus_t'));
    // A full score costs two requests (the user, their articles), once per profile; none for the organisation.
    for (const name of ['ada_dev', 'linus_t', 'grace']) expect(requestsFor(name)).toHaveLength(2);
    expect(requests.filter((r) => /devteam/.test(r))).toEqual([]);
    expect(requests).toHaveLength(6);
    await tab.close();
  });

  it('an article: badges beside its author, her comment, the sidebar card and grace’s comment and mentions, from the cache', async () => {
    const before = requests.length;
    const tab = await browser.context.newPage();
    await tab.goto(ARTICLE);
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(6);
    const found = await badges(tab);
    expect(found.map((b) => b.key).sort()).toEqual(['devto:ada_dev', 'devto:ada_dev', 'devto:ada_dev', 'devto:grace', 'devto:grace', 'devto:grace']);
    expect(found.map((b) => b.beside)).toContain('button#article-show-primary-author-name');
    expect(found.map((b) => b.beside)).toContain('button#comment-profile-preview-trigger-1');
    // Nothing in the header (the signed-in menu), none for the organisation, none in the hidden preview cards.
    expect(await tab.locator('#topbar influence-badge, [data-testid="profile-preview-card"] influence-badge').count()).toBe(0);
    expect(requests.length).toBe(before);
    await tab.close();
  });

  it('marks a username DEV does not know as unavailable after one request, and asks nothing for DEV’s own pages', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(STRANGER);
    const badge = tab.locator('influence-badge[data-influence-badge="devto:ghost_writer"]');
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 20_000 }).toBe('unavailable');
    expect(requestsFor('ghost_writer')).toEqual(['/api/users/by_username?url=ghost_writer']);
    expect(requests.filter((r) => /search|faq|ghosts/.test(r))).toEqual([]);
    expect(await tab.locator('influence-badge').count()).toBe(1);
    await tab.close();
  });

  it("explains a user page's profile in the popup: recent reactions and comments, articles and age", async () => {
    const before = requests.length;
    const popup = await openPopupFor(browser, PROFILE);
    const breakdown = popup.locator('.breakdown[data-profile="devto:ada_dev"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 20_000 });
    const score = Number(await breakdown.locator('.score').getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(1);
    const text = await breakdown.innerText();
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Poet of numbers.');
    const row = (name: string) => breakdown.locator(`tr[data-signal="${name}"] td`);
    expect(await row('posts').first().innerText()).toBe('7');
    expect(Number((await row('likesReceivedPerDay').first().innerText()).replace(/,/g, ''))).toBeGreaterThan(1);
    expect(await row('repliesReceivedPerDay').count()).toBeGreaterThan(0);
    const pillars = await breakdown.locator('section.pillar').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-pillar')));
    expect(pillars).toEqual(expect.arrayContaining(['amplification', 'activity']));
    // The points shown add up to the score, from the typical account's 40.
    const points = await breakdown.locator('tbody td:nth-child(3)').allInnerTexts();
    expect(Math.abs(points.reduce((sum, text) => sum + Number(text.replace('−', '-')), 40) - score)).toBeLessThanOrEqual(1);
    expect(requests.length).toBe(before); // from the cache: scored on the feed
    await popup.close();
  });
});

// What a person sees on GitHub and Bluesky pages with the extension installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, stopServiceWorker, type Browser } from './harness';
import { serveFixtures, type ApiLog } from './routes';

const ISSUE = 'https://github.com/octo-org/widget/issues/7';
const THREAD = 'https://bsky.app/profile/erin.bsky.social/post/3aaa';
const FAR_DOWN = 'https://github.com/octo-org/widget/issues/8';
const CLICKABLE = 'https://github.com/octo-org/widget/issues/9';

let browser: Browser;
let log: ApiLog;

beforeAll(async () => {
  browser = await launchWithExtension();
  log = await serveFixtures(browser.context, {
    [CLICKABLE]: `<div id="post" onclick="window.postClicks = (window.postClicks || 0) + 1"><a class="author" href="/bob">bob</a> posted</div>`,
    [FAR_DOWN]: `<p><a class="author" href="/alice">alice</a></p><div style="height:6000px"></div><p id="bottom"><a class="author" href="/carol">carol</a></p>`,
  });
});
afterAll(() => browser?.close());

/** Each badge on the page: its key, score or state, and the link it sits beside. */
function badges(page: import('playwright-core').Page) {
  return page.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => ({
      key: host.getAttribute('data-influence-badge'),
      score: host.getAttribute('data-score'),
      state: host.getAttribute('data-state'),
      beside: host.previousElementSibling?.getAttribute('href') ?? host.parentElement?.getAttribute('itemprop') ?? null,
    })),
  );
}

describe('GitHub', () => {
  it('puts a scored badge beside each user handle of an issue page, and none elsewhere', async () => {
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    const found = await badges(page);
    expect(found.map((b) => b.key).sort()).toEqual(
      ['github:alice', 'github:alice', 'github:bob', 'github:bob', 'github:carol', 'github:dave'].sort(),
    );
    for (const badge of found) {
      expect(badge.beside).toBe(`/${badge.key!.split(':')[1]}`);
      expect(Number(badge.score)).toBeGreaterThanOrEqual(1);
      expect(Number(badge.score)).toBeLessThanOrEqual(100);
    }
    // A big maintainer outranks a new account.
    const scoreOf = (key: string) => Number(found.find((b) => b.key === key)!.score);
    expect(scoreOf('github:carol')).toBeGreaterThan(scoreOf('github:dave'));
    // Each profile was fetched once (user, repositories, public events), however many badges it has;
    // and its social accounts once, for its links to the same person elsewhere (identity-service.ts).
    expect(log.github.filter((path) => path.startsWith('/users/alice')).length).toBe(4);
    await page.close();
  });

  it('adds nothing to the page but its badges: no element names the extension (loading the site’s adapter put preload links in the head)', async () => {
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    const naming = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.value.includes('-extension://'))).map((element) => element.outerHTML),
    );
    expect(naming).toEqual([]);
    await page.close();
  });

  it('names the score for assistive technology and opens its card on hover and on keyboard focus', async () => {
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    const host = page.locator('influence-badge[data-influence-badge="github:carol"]');
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    const score = await host.getAttribute('data-score');
    const button = page.getByRole('button', { name: `Influence score ${score} of 100 for @carol` });
    await button.hover();
    const card = host.locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    // The details come from the background's cache when the card opens.
    await expect.poll(() => card.innerText()).toMatch(/Confidence \d+%/);
    const text = await card.innerText();
    expect(text).toContain(score!);
    expect(text).toContain('Carol C.');
    expect(text).toContain('followers 15,000');
    expect(text).toMatch(/Confidence \d+%/);
    await page.mouse.move(0, 0);
    await expect.poll(() => card.isVisible()).toBe(false);
    await button.focus();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.close();
  });

  it('keeps a click on the badge from reaching the post it sits in, and pins its card open', async () => {
    const page = await browser.context.newPage();
    await page.goto(CLICKABLE);
    const host = page.locator('influence-badge[data-influence-badge="github:bob"]');
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    await host.locator('.pill').click();
    await expect.poll(() => host.locator('.card').isVisible()).toBe(true);
    await page.mouse.move(600, 800);
    await page.waitForTimeout(400);
    expect(await host.locator('.card').isVisible()).toBe(true); // pinned: stays open
    expect(await page.evaluate(() => (window as unknown as { postClicks?: number }).postClicks ?? 0)).toBe(0);
    await host.locator('.pill').click();
    await expect.poll(() => host.locator('.card').isVisible()).toBe(false);
    await page.locator('#post').click({ position: { x: 100, y: 5 } });
    expect(await page.evaluate(() => (window as unknown as { postClicks?: number }).postClicks ?? 0)).toBe(1);
    await page.close();
  });

  it('badges handles that the page adds later', async () => {
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    await page.evaluate(() => {
      const comment = document.createElement('div');
      comment.className = 'timeline-comment';
      const author = Object.assign(document.createElement('a'), { className: 'author', href: '/erin-dev', textContent: 'erin-dev' });
      comment.append(author, ' commented');
      document.getElementById('more-comments')!.append(comment);
    });
    await expect
      .poll(() => page.locator('influence-badge[data-influence-badge="github:erin-dev"]').getAttribute('data-score'), { timeout: 15_000 })
      .toMatch(/^\d+$/);
    await page.close();
  });

  it('scores only handles on or near the screen', async () => {
    const page = await browser.context.newPage();
    await page.goto(FAR_DOWN);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(500);
    expect(await page.locator('influence-badge[data-influence-badge="github:carol"]').count()).toBe(0);
    await page.locator('#bottom').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('influence-badge[data-influence-badge="github:carol"]').getAttribute('data-score'), { timeout: 15_000 })
      .toMatch(/^\d+$/);
    await page.close();
  });

  it('makes no API request on a second visit within the max age', async () => {
    const before = log.github.length;
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    expect(log.github.length).toBe(before);
    await page.close();
  });

  it('keeps its cache when the browser stops the service worker', async () => {
    const before = log.github.length;
    await stopServiceWorker(browser);
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    expect(log.github.length).toBe(before);
    await page.close();
  });
});

describe('Bluesky', () => {
  it('badges each post author of a thread and the mention in a reply (by the DID it links): one batched getProfiles, then each one’s posts and reposters', async () => {
    const page = await browser.context.newPage();
    await page.goto(THREAD);
    // The mention's text claims @nytimes.com; it links Heidi's DID, and the DID is what it is badged as.
    const expected = ['bluesky:did:plc:abcdefghijklmnopqrstuvwx', 'bluesky:erin.bsky.social', 'bluesky:frank.example.com', 'bluesky:grace.bsky.social', 'bluesky:heidi.bsky.social'];
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(expected.length);
    expect((await badges(page)).map((b) => b.key).sort()).toEqual(expected);
    // (Alice's GitHub blog, alice.example, was asked for as a Bluesky handle by the identity discovery: not this page's.)
    const calls = (method: string) => log.bluesky.filter((path) => path.includes(method) && !path.includes('actors=alice.example'));
    expect(calls('getProfiles')).toHaveLength(1);
    const actors = new URL(`https://x${calls('getProfiles')[0]}`).searchParams.getAll('actors').sort();
    expect(actors).toEqual(expected.map((key) => key.slice('bluesky:'.length)));
    expect(calls('getAuthorFeed')).toHaveLength(expected.length);
    // Erin's and Grace's most reposted posts; their reposters were all in the first batch already.
    expect(calls('getRepostedBy')).toHaveLength(2);
    expect(log.bluesky.length / expected.length).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('starts an audience audit from a Bluesky badge’s card, and says where its report will be', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://bsky.app/profile/erin.bsky.social');
    const host = page.locator('[data-testid="profileHeaderDisplayName"] influence-badge');
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    await host.locator('.pill').click();
    const audit = host.getByRole('button', { name: 'Audit this audience' });
    await audit.click();
    await expect.poll(() => host.getByRole('status').innerText()).toMatch(/Audit started in the background\. Open the extension’s popup/);
    // The background holds the audit (its follower list is not served here, so it may have failed since: it was started).
    const stored = await browser.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(stored).toContain('audit:bluesky:erin.bsky.social');
    await page.close();
  });

  it('puts a badge in a profile page header, served from the cache', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://bsky.app/profile/erin.bsky.social');
    const header = page.locator('[data-testid="profileHeaderDisplayName"] influence-badge');
    await expect.poll(() => header.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    expect(log.bluesky.filter((path) => path.includes('getProfiles') && !path.includes('actors=alice.example'))).toHaveLength(1);
    await page.close();
  });
});

// The background under pressure: a stopped service worker, a rate limit, no network, a
// browser restart, and what pages show merged with what the API says.
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, stopServiceWorker, type Browser } from './harness';
import { serveFixtures } from './routes';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const FEED = 'https://bsky.app/profile/erin.bsky.social/post/feed50';
const handles = (count: number, prefix = 'user') => Array.from({ length: count }, (_, i) => `${prefix}${i}.bsky.social`);
const feedPage = (list: string[]) =>
  `<style>p{margin:0;font:12px/16px sans-serif}</style>${list.map((h) => `<p><a href="/profile/${h}">@${h}</a></p>`).join('')}<div id="more"></div>`;

/** Bluesky's AppView for any synthetic userN.bsky.social, slowed down, counting requests. */
async function syntheticAppView(target: Browser, delayMs = 0) {
  const requests: string[][] = [];
  await target.context.route('https://public.api.bsky.app/**', async (route) => {
    const actors = new URL(route.request().url()).searchParams.getAll('actors');
    requests.push(actors);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const profiles = actors.map((actor, i) => ({ did: `did:plc:synthetic${i}${actor.length}`, handle: actor, followersCount: 100 + actor.length, followsCount: 80, postsCount: 500, createdAt: '2023-06-01T00:00:00.000Z', avatar: 'https://cdn.bsky.app/a.jpg', description: 'hi' }));
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ profiles }) }).catch(() => {});
  });
  return requests;
}

describe('the background service', () => {
  it('stopped while 50 badges wait, still ends with 50 scored badges', async () => {
    browser = await launchWithExtension();
    await serveFixtures(browser.context, { [FEED]: feedPage(handles(50)) });
    const requests = await syntheticAppView(browser, 1500);
    const page = await browser.context.newPage();
    await page.goto(FEED);
    await expect.poll(() => requests.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await stopServiceWorker(browser); // mid-batch: the AppView has not answered yet
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 30_000 }).toBe(50);
    expect(await page.locator('influence-badge').count()).toBe(50);
  });

  it('after a 429 with Retry-After: 60, asks that host nothing more, and says when it will', async () => {
    browser = await launchWithExtension();
    await serveFixtures(browser.context, { [FEED]: feedPage(handles(3)) });
    const requests: number[] = [];
    await browser.context.route('https://public.api.bsky.app/**', (route) => {
      requests.push(Date.now());
      return route.fulfill({ status: 429, headers: { 'retry-after': '60', 'content-type': 'application/json' }, body: '{"error":"RateLimitExceeded"}' });
    });
    const page = await browser.context.newPage();
    await page.goto(FEED);
    await expect.poll(() => page.locator('influence-badge[data-state="error"]').count(), { timeout: 15_000 }).toBe(3);
    // More handles arrive; none of them may reach the AppView within the minute.
    await page.evaluate((more) => {
      for (const handle of more) {
        const p = document.createElement('p');
        p.innerHTML = `<a href="/profile/${handle}">@${handle}</a>`;
        document.getElementById('more')!.append(p);
      }
    }, handles(5, 'late'));
    await expect.poll(() => page.locator('influence-badge[data-state="error"]').count(), { timeout: 15_000 }).toBe(8);
    await page.waitForTimeout(2000);
    expect(requests).toHaveLength(1);
    const card = page.locator('influence-badge').first();
    await card.locator('.pill').focus();
    await expect.poll(() => card.locator('.card').innerText()).toMatch(/Tries again at \d{2}:\d{2}/);
  });

  it('offline, serves what it has, marked with its date', async () => {
    browser = await launchWithExtension();
    await serveFixtures(browser.context, { [FEED]: feedPage(handles(4)) });
    await syntheticAppView(browser);
    const page = await browser.context.newPage();
    await page.goto(FEED);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(4);
    // A max age of two seconds, then no network.
    await browser.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...settings, maxAgeHours: { bluesky: 2 / 3600 } } });
    });
    await page.waitForTimeout(2500);
    await browser.context.route('https://public.api.bsky.app/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect.poll(() => page.locator('influence-badge[data-stale="true"][data-score]').count(), { timeout: 15_000 }).toBe(4);
    const fetched = Date.parse((await page.locator('influence-badge').first().getAttribute('data-fetched'))!);
    expect(Date.now() - fetched).toBeGreaterThan(2000);
    expect(await page.locator('influence-badge .pill').first().getAttribute('aria-label')).toMatch(/^Influence score \d+ of 100 for @user\d\.bsky\.social, from (now|\d+ seconds? ago)$/);
  });

  it('keeps its cache when the browser restarts in the same profile', async () => {
    browser = await launchWithExtension();
    const log = await serveFixtures(browser.context);
    const page = await browser.context.newPage();
    await page.goto('https://github.com/octo-org/widget/issues/7');
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    expect(log.github.length).toBeGreaterThan(0);
    const { userDataDir } = browser;
    await browser.close({ keepProfile: true });

    browser = await launchWithExtension({ userDataDir });
    const again = await serveFixtures(browser.context);
    const second = await browser.context.newPage();
    await second.goto('https://github.com/octo-org/widget/issues/7');
    await expect.poll(() => second.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    expect(again.github).toEqual([]);
  });

  it('merges what a profile page shows with the API, newest first, and names each value’s source', async () => {
    browser = await launchWithExtension();
    await serveFixtures(browser.context);
    const page = await browser.context.newPage();
    await page.goto('https://github.com/octo-org/widget/issues/7'); // the API says alice has 1,200 followers
    await expect.poll(() => page.locator('influence-badge[data-influence-badge="github:alice"][data-score]').count(), { timeout: 15_000 }).toBe(2);
    await page.goto('https://github.com/alice'); // her profile page shows 120
    await expect.poll(() => page.locator('.vcard-username influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(1);
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url === 'https://github.com/alice')?.id);
    const popup = await browser.context.newPage();
    const row = popup.locator('tr[data-signal="followers"]');
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${browser!.extensionId}/src/popup/index.html?tab=${tabId}`);
        await row.waitFor({ timeout: 10_000 });
        return row.innerText();
      }, { timeout: 20_000 })
      .toMatch(/read from the page[\s\S]*120/);
    // Stars still come from the API.
    expect(await popup.locator('tr[data-signal="stars"]').innerText()).toMatch(/API, (now|\d+ seconds? ago)[\s\S]*945/);

    // Marking it as one's own keeps today's snapshot.
    await popup.getByRole('button', { name: 'This is my profile' }).click();
    await popup.getByText('Daily history kept: 1 days').waitFor({ timeout: 10_000 });
  });
});

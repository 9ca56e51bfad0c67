/// <reference types="chrome" />
// Closed networks (issue 6): X, LinkedIn and Instagram publish no free API, so the extension
// reads only what their pages show. A handle whose profile page was never opened has no score
// and says how to get one; once its page was seen, every badge for it is scored, and the posts
// seen of it become its engagement. The pages are this project's fixtures, served by
// context.route; every request to x.com or twitter.com is logged, to show that the extension
// itself asks those sites for nothing.
//
// The extension holds no host permission for these sites. The popup learns its tab's URL from
// the activeTab grant of a click on the toolbar button, which a test cannot make; the copy of
// the built extension tested here has the "tabs" permission instead, which shows tab URLs the
// same way (to the popup, and to the harness's popupForTab); the background reads no tab URLs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../../scripts/find-browser.mjs';
import { EXTENSION_DIR, QUIET_FLAGS, openPopupFor, popupForTab, type Browser } from './harness';
import { html } from './routes';

/**
 * A fixture page, with the one rule of the sites' CSS that layout depends on here: icons are
 * text-sized (an unstyled <svg viewBox> is as wide as the page, pushing handles off screen,
 * where no badge is placed).
 */
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name), 'utf8').replace(/<\/head>|<body>/i, (tag) => `<style>svg { width: 1.2em; height: 1.2em; }</style>${tag}`);
/** x-profile.html is Jane_Doe's page; the same page for another account. */
const xProfileOf = (handle: string) => fixture('x-profile.html').replaceAll('Jane_Doe', handle);

const TIMELINE = 'https://x.com/home';
const AUTHOR = 'alice_dev'; // a post author on the timeline (and the "Replying to" of another post)
const PROFILE = `https://x.com/${AUTHOR}`;
const UNRECOGNISED = 'https://x.com/explore';
const LINKEDIN = 'https://www.linkedin.com/in/jane-doe/';
const INSTAGRAM = 'https://www.instagram.com/erin.example/';
const YOUTUBE_CHANNEL = 'https://www.youtube.com/@TechReviewer';
/** A watch page whose (older) comment links its author by the channel's id, not its @handle. */
const YOUTUBE_WATCH = 'https://www.youtube.com/watch?v=aB3dE5gH7jK';
const YOUTUBE_COMMENT = `<!doctype html><html lang="en"><head><title>A video - YouTube</title></head><body><ytd-app><div id="content">
  <ytd-comments id="comments"><ytd-comment-thread-renderer><ytd-comment-renderer id="comment"><div id="header-author">
    <h3><a id="author-text" class="yt-simple-endpoint" href="/channel/UCtEcHrEvIeWeR0123456789"><span>Tech Reviewer</span></a></h3>
  </div><div id="content-text">Great video!</div></ytd-comment-renderer></ytd-comment-thread-renderer></ytd-comments></div></ytd-app></body></html>`;
const PAGES: Record<string, string> = {
  [TIMELINE]: fixture('x-timeline.html'),
  [PROFILE]: xProfileOf(AUTHOR),
  [UNRECOGNISED]: fixture('x-unrecognised.html'),
  [LINKEDIN]: fixture('linkedin-profile.html'),
  [INSTAGRAM]: fixture('instagram-profile.html'),
  [YOUTUBE_CHANNEL]: fixture('youtube-channel.html'),
  [YOUTUBE_WATCH]: YOUTUBE_COMMENT,
};
const NOT_READ = 'Open the profile, and its page will be read.';
const LAYOUT_BROKEN = 'This site’s page layout is not recognised';

let browser: Browser;
let extensionDir: string;
/** Every request to x.com or twitter.com (any subdomain): its URL, its type, and whether the service worker made it. */
const xRequests: { url: string; type: string; fromWorker: boolean }[] = [];

/** The built extension, with "tabs" in its permissions (see above), in a fresh profile. */
async function launch(): Promise<Browser> {
  extensionDir = mkdtempSync(join(tmpdir(), 'influence-ext-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.permissions.push('tabs');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const userDataDir = mkdtempSync(join(tmpdir(), 'influence-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser(),
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
    viewport: { width: 1200, height: 900 },
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

beforeAll(async () => {
  browser = await launch();
  const serve = (route: Route) => {
    const body = PAGES[route.request().url().split('#')[0]];
    return route.fulfill(body === undefined ? { status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' } : html(body));
  };
  await browser.context.route(/^https?:\/\/([^/]+\.)?(x|twitter)\.com\//, (route) => {
    const request = route.request();
    xRequests.push({ url: request.url(), type: request.resourceType(), fromWorker: request.serviceWorker() !== null });
    return serve(route);
  });
  await browser.context.route('https://www.linkedin.com/**', serve);
  await browser.context.route('https://www.instagram.com/**', serve);
  // The channel's public feed, which the background may read, is not served: the page's reading stands.
  await browser.context.route('https://www.youtube.com/**', serve);
});
afterAll(async () => {
  await browser?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

/** Each badge in document order: its key, score or state, and the text of what it sits beside. */
function badges(tab: Page) {
  return tab.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => ({
      key: host.getAttribute('data-influence-badge'),
      score: host.getAttribute('data-score'),
      state: host.getAttribute('data-state'),
      beside: host.previousElementSibling?.textContent?.trim() ?? null,
    })),
  );
}

async function openTimeline(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(TIMELINE);
  // Settled: no badge still loading.
  await expect.poll(() => tab.locator('influence-badge').count(), { timeout: 15_000 }).toBe(8);
  await expect.poll(() => tab.locator('influence-badge[data-state="loading"]').count(), { timeout: 15_000 }).toBe(0);
  return tab;
}

/** The badge in an X profile header, once scored: its score. */
async function headerScore(tab: Page, handle: string): Promise<number> {
  const host = tab.locator(`[data-testid="UserName"] influence-badge[data-influence-badge="x:${handle}"]`);
  await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
  return Number(await host.getAttribute('data-score'));
}

describe('X: read from its pages only', () => {
  it('badges each post author once, beside the @handle, as not read yet; the card says how to get a score', async () => {
    const tab = await openTimeline();
    expect((await badges(tab)).map((b) => [b.key, b.beside, b.state])).toEqual([
      ['x:alice_dev', '@alice_dev', 'unavailable'],
      ['x:bob_smith', '@bob_smith', 'unavailable'], // mention
      ['x:dave_news', '@dave_news', 'unavailable'],
      ['x:erin_q', '@erin_q', 'unavailable'], // the quoted post's author
      ['x:gina_r', '@gina_r', 'unavailable'],
      ['x:alice_dev', '@alice_dev', 'unavailable'], // "Replying to"
      ['x:hank_h', '@hank_h', 'unavailable'],
      ['x:frank_w', '@frank_w', 'unavailable'], // "Who to follow"
    ]);
    // One badge per author line (avatar and display-name links get none), none for the reposter or the signed-in user.
    expect(await tab.locator('[data-testid="User-Name"]').evaluateAll((lines) => lines.map((line) => line.querySelectorAll('influence-badge').length))).toEqual([1, 1, 1, 1, 1]);
    expect(await tab.locator('[data-testid="socialContext"] influence-badge, header influence-badge').count()).toBe(0);

    const host = tab.locator(`[data-testid="User-Name"] influence-badge[data-influence-badge="x:${AUTHOR}"]`);
    await host.locator('.pill').hover();
    const card = host.locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.innerText();
    expect(text).toContain(`@${AUTHOR}`);
    expect(text).toContain('No score for this profile.');
    expect(text).toContain(NOT_READ);
    expect(await card.getByRole('link', { name: 'Open the profile' }).getAttribute('href')).toBe(PROFILE);
    await tab.waitForTimeout(2_500); // the posts on screen go to the background in one batch
    await tab.close();
  });

  it('scores a profile once its page was opened, and then every badge for it on the timeline', async () => {
    const profile = await browser.context.newPage();
    await profile.goto(PROFILE);
    const score = await headerScore(profile, AUTHOR);
    expect(score).toBeGreaterThanOrEqual(1);
    expect(score).toBeLessThanOrEqual(100);
    // The bio's mention was never opened: no score.
    await expect.poll(() => profile.locator('influence-badge[data-influence-badge="x:acme_corp"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');

    const tab = await openTimeline();
    const found = await badges(tab);
    // Both of the author's badges (the score may have moved with the posts seen since: compared with each other).
    const own = found.filter((b) => b.key === `x:${AUTHOR}`);
    expect(own).toHaveLength(2);
    expect(own[0].score).toMatch(/^\d+$/);
    expect(own[1].score).toBe(own[0].score);
    expect(found.filter((b) => b.key !== `x:${AUTHOR}`).every((b) => b.state === 'unavailable' && b.score === null)).toBe(true);
    await tab.waitForTimeout(2_500); // the author's post on screen, read and sent
    await tab.close();
    await profile.close();
  });

  it('explains the profile in the popup: read from the page on today’s date, with the posts seen', async () => {
    // The timeline above showed one post of the author; the profile page shows a pinned one.
    const popup = await openPopupFor(browser, PROFILE);
    const today = await popup.evaluate(() => new Date().toLocaleDateString(chrome.i18n.getUILanguage(), { day: 'numeric', month: 'short' }));
    const breakdown = popup.locator(`.breakdown[data-profile="x:${AUTHOR}"][data-state="scored"]`);
    // Both posts, once their batches have arrived.
    await expect
      .poll(async () => {
        await popup.reload();
        await breakdown.waitFor({ timeout: 10_000 });
        return breakdown.locator('[data-age]').innerText();
      }, { timeout: 20_000 })
      .toContain(`read from the page on ${today}, 2 posts seen`);
    expect(Number(await breakdown.locator('.score').getAttribute('data-score'))).toBeGreaterThanOrEqual(1);
    // The profile's counts, read from its header...
    expect(await breakdown.locator('tr[data-signal="followers"] td').first().innerText()).toBe('12,345');
    expect(await breakdown.locator('tr[data-signal="followers"] .source').innerText()).toBe(`read from the page on ${today}`);
    // ...and the engagement its posts drew, from the posts seen.
    const amplification = breakdown.locator('.pillar[data-pillar="amplification"]');
    expect(await amplification.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await amplification.locator('.source').allInnerTexts()).toContain(`read from the page on ${today}, 2 posts seen`);
    await popup.close();
  });

  it('says when X’s layout is no longer recognised, and stops saying so once it is again', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(UNRECOGNISED);
    await tab.waitForTimeout(7_500); // the layout watch judges a page ~6 s after it loaded
    expect(await tab.locator('influence-badge').count()).toBe(0);
    const popup = await popupForTab(browser, UNRECOGNISED);
    const note = popup.locator('[data-layout="unrecognised"]');
    await note.waitFor({ timeout: 5_000 });
    expect(await note.innerText()).toContain(LAYOUT_BROKEN);
    await popup.close();

    const timeline = await openTimeline();
    const report = () => browser.worker.evaluate(async () => ((await chrome.storage.session.get('layoutReports')).layoutReports as Record<string, { recognised?: boolean }>)?.x?.recognised);
    await expect.poll(report, { timeout: 10_000 }).toBe(true);
    const again = await popupForTab(browser, UNRECOGNISED);
    await again.getByLabel('Look up a profile').waitFor();
    await again.waitForTimeout(1_000);
    expect(await again.locator('[data-layout="unrecognised"]').count()).toBe(0);
    await again.close();
    await timeline.close();
    await tab.close();
  });

  it('reads a profile that the page swaps in without a reload (history.pushState)', async () => {
    const handle = 'dave_news';
    const tab = await openTimeline();
    await tab.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await tab.evaluate(
      ([markup, path]) => {
        const next = new DOMParser().parseFromString(markup, 'text/html');
        history.pushState({}, '', path);
        document.title = next.title;
        document.head.append(next.querySelector('script[data-testid="UserProfileSchema-test"]')!);
        document.getElementById('react-root')!.replaceWith(next.getElementById('react-root')!);
      },
      [xProfileOf(handle), `/${handle}`],
    );
    expect(tab.url()).toBe(`https://x.com/${handle}`);
    expect(await headerScore(tab, handle)).toBeGreaterThanOrEqual(1);
    expect(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await tab.close();
  });

  it('never requests anything from x.com itself: the only requests there are the pages the tests opened', () => {
    const seen = [...new Set(xRequests.map((r) => `${r.type} ${r.url}${r.fromWorker ? ' (service worker)' : ''}`))].sort();
    expect(seen).toEqual([`document ${TIMELINE}`, `document ${UNRECOGNISED}`, `document ${PROFILE}`].sort());
  });
});

describe('LinkedIn, Instagram and YouTube profiles', () => {
  it('scores a LinkedIn member from their profile page, on their name', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(LINKEDIN);
    const host = tab.locator('h1 influence-badge[data-influence-badge="linkedin:jane-doe"]');
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    // "People also viewed": never opened, so not read.
    await expect
      .poll(() => tab.locator('influence-badge[data-influence-badge="linkedin:tim-smith-07b35711"]').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('unavailable');
    await tab.close();
  });

  it('scores an Instagram account from its profile page, on its header name', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(INSTAGRAM);
    const host = tab.locator('header h2 influence-badge[data-influence-badge="instagram:erin.example"]');
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    await tab.close();
  });

  it('scores a YouTube channel from its page, and then a link elsewhere that names it by its channel id', async () => {
    const watch = await browser.context.newPage();
    await watch.goto(YOUTUBE_WATCH);
    const byId = watch.locator('influence-badge[data-influence-badge="youtube:UCtEcHrEvIeWeR0123456789"]');
    await expect.poll(() => byId.getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');
    const channel = await browser.context.newPage();
    await channel.goto(YOUTUBE_CHANNEL);
    // Handles are keyed in lower case; channel ids as they are.
    const host = channel.locator('influence-badge[data-influence-badge="youtube:techreviewer"]').first();
    await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    // The channel page named both: the comment's badge is scored too, with the same score.
    await expect.poll(() => byId.getAttribute('data-score'), { timeout: 15_000 }).toBe(await host.getAttribute('data-score'));
    await channel.close();
    await watch.close();
  });
});

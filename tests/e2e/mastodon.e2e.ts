/// <reference types="chrome" />
// Mastodon, on the instances the manifest ships and on one the user turns on at run time. Pages
// are this project's fixtures written from the web client's components; every instance's API is
// served from tests/fixtures/api/mastodon-e2e.json, and every request to it is counted.
//
// The browser's permission prompt cannot be answered in a test browser (Playwright cannot reach
// it), so the run-time instance is tested with its origin already granted: a copy of the built
// extension whose manifest grants https://social.example/* up front, as the user's "Allow" would.
// Everything after the grant is real: the popup's button and its permissions.request (which
// resolves at once for a granted origin), the background's /api/v1/instance check,
// scripting.registerContentScripts with the manifest's own content script, the page's reload,
// the badges, and the registration after a browser restart. The prompt itself, a refusal and a
// host that is no Mastodon server are covered by tests/unit/background/dynamic-sites.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../../scripts/find-browser.mjs';
import { EXTENSION_DIR, QUIET_FLAGS, launchWithExtension, type Browser, popupForTab } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const page = (name: string) => readFileSync(resolve(FIXTURES, 'pages', name), 'utf8');

interface Fixture {
  instances: Record<string, Record<string, { account: Record<string, unknown>; statuses: ({ ageHours: number } & Record<string, unknown>)[] }>>;
  refusing: string[];
}
const API: Fixture = JSON.parse(readFileSync(resolve(FIXTURES, 'api', 'mastodon-e2e.json'), 'utf8'));

const TIMELINE = 'https://mastodon.social/public/local';
const THREAD = 'https://mastodon.social/@alice/110000000000000021';
const PROFILE = 'https://mastodon.social/@alice';
const PAGES: Record<string, string> = {
  [TIMELINE]: 'mastodon-timeline.html',
  [THREAD]: 'mastodon-thread.html',
  [PROFILE]: 'mastodon-profile.html',
  'https://social.example/public/local': 'mastodon-timeline.html',
};
const DYNAMIC_HOST = 'social.example';
const WITHHELD = 'This server does not share profiles without signing in.';

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-ratelimit-limit': '300',
  'x-ratelimit-remaining': '299',
  'x-ratelimit-reset': new Date(Date.now() + 5 * 60_000).toISOString(),
  // Mastodon's CORS policy for /api/* and /.well-known/* (config/initializers/cors.rb): instances
  // the extension has no host permission for (secure.example here) are asked across origins.
  'access-control-allow-origin': '*',
};

/** `host path?query` of every API request, in order. */
type ApiLog = string[];

/** Serves the pages and every instance's API (lookup, statuses, WebFinger, instance) from the fixtures. */
async function serveMastodon(context: BrowserContext): Promise<ApiLog> {
  const log: ApiLog = [];
  const json = (body: unknown, status = 200) => ({ status, headers: HEADERS, body: JSON.stringify(body) });
  const hosts = new Set([...Object.keys(API.instances), ...API.refusing]);
  for (const host of hosts) {
    await context.route(`https://${host}/**`, (route) => {
      const url = new URL(route.request().url());
      const isApi = url.pathname.startsWith('/api/') || url.pathname.startsWith('/.well-known/');
      if (!isApi) {
        const file = PAGES[url.href.split('#')[0]];
        return file
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(file) })
          : route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
      }
      log.push(`${url.host} ${url.pathname}${url.search}`);
      if (API.refusing.includes(host)) return route.fulfill(json({ error: 'This API requires an authenticated user' }, 401));
      const accounts = API.instances[host] ?? {};
      if (url.pathname === '/api/v1/instance') return route.fulfill(json({ uri: host, title: host, version: '4.3.2', urls: {} }));
      if (url.pathname === '/api/v1/accounts/lookup') {
        const found = accounts[String(url.searchParams.get('acct')).toLowerCase()];
        return route.fulfill(found ? json(found.account) : json({ error: 'Record not found' }, 404));
      }
      const statuses = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(url.pathname);
      const owner = statuses ? Object.values(accounts).find((a) => a.account.id === statuses[1]) : undefined;
      if (owner) {
        const posts = owner.statuses.map(({ ageHours, ...counts }, i) => ({
          id: `${owner.account.id}00${i}`,
          created_at: new Date(Date.now() - ageHours * 3_600_000).toISOString(),
          ...counts,
        }));
        return route.fulfill(json(posts));
      }
      return route.fulfill(json({ error: 'Record not found' }, 404));
    });
  }
  return log;
}

/** Each badge: its key, score or state, and what it sits beside (the account line's text, or a mention's href). */
function badges(tab: Page) {
  return tab.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => {
      const before = host.previousElementSibling;
      return {
        key: host.getAttribute('data-influence-badge'),
        score: host.getAttribute('data-score'),
        state: host.getAttribute('data-state'),
        beside: before?.classList.contains('display-name__account') ? before.textContent : (before?.getAttribute('href') ?? host.parentElement?.localName ?? null),
      };
    }),
  );
}

/** The requests one profile cost on its instance: its lookup, its posts (by account id) and its WebFinger. */
const requestsFor = (log: ApiLog, host: string, user: string, id: string) =>
  log.filter(
    (line) =>
      line === `${host} /api/v1/accounts/lookup?acct=${user}` ||
      line.startsWith(`${host} /api/v1/accounts/${id}/`) ||
      line === `${host} /.well-known/webfinger?resource=acct%3A${user}%40${host}`,
  );

describe('Mastodon on a shipped instance (mastodon.social)', () => {
  let browser: Browser;
  let log: ApiLog;

  beforeAll(async () => {
    browser = await launchWithExtension();
    log = await serveMastodon(browser.context);
  });
  afterAll(() => browser?.close());

  it('puts a scored badge beside each post author, local and remote, and each mention; none beside boosters, avatars or hashtags', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(TIMELINE);
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(5);
    await expect.poll(() => tab.locator('influence-badge[data-state="unavailable"]').count(), { timeout: 20_000 }).toBe(1);
    const found = await badges(tab);
    expect(found.map((b) => [b.key, b.beside])).toEqual([
      ['mastodon:alice@mastodon.social', '@alice'],
      ['mastodon:carol@mastodon.social', '/@carol'],
      ['mastodon:bob@fosstodon.org', '/@bob@fosstodon.org'],
      ['mastodon:bob@fosstodon.org', '@bob@fosstodon.org'],
      ['mastodon:dave@hachyderm.io', '@dave@hachyderm.io'],
      ['mastodon:gina@secure.example', '@gina@secure.example'],
    ]);
    for (const badge of found.filter((b) => b.score !== null)) {
      expect(Number(badge.score)).toBeGreaterThanOrEqual(1);
      expect(Number(badge.score)).toBeLessThanOrEqual(100);
    }
    // None beside the "Carol boosted" line, the suggestions' avatar and name links, or the hashtag.
    expect(await tab.locator('.status__prepend influence-badge, .explore__suggestions influence-badge, a.hashtag + influence-badge').count()).toBe(0);
    // Twelve thousand followers and lively posts outrank forty followers and silence.
    const scoreOf = (key: string) => Number(found.find((b) => b.key === key)!.score);
    expect(scoreOf('mastodon:alice@mastodon.social')).toBeGreaterThan(scoreOf('mastodon:carol@mastodon.social'));
    await tab.close();
  });

  it('costs two requests per profile, each on the account’s home instance, and one for an instance that refuses', () => {
    expect(requestsFor(log, 'mastodon.social', 'alice', '1')).toEqual([
      'mastodon.social /api/v1/accounts/lookup?acct=alice',
      'mastodon.social /api/v1/accounts/1/statuses?limit=40&exclude_reblogs=true',
    ]);
    expect(requestsFor(log, 'fosstodon.org', 'bob', '2')).toEqual([
      'fosstodon.org /api/v1/accounts/lookup?acct=bob',
      'fosstodon.org /api/v1/accounts/2/statuses?limit=40&exclude_reblogs=true',
    ]);
    expect(requestsFor(log, 'hachyderm.io', 'dave', '4')).toHaveLength(2);
    expect(requestsFor(log, 'mastodon.social', 'carol', '3')).toHaveLength(2);
    expect(log.filter((line) => line.startsWith('secure.example '))).toEqual(['secure.example /api/v1/accounts/lookup?acct=gina']);
    // Nothing but the profiles on the page was asked.
    expect(log).toHaveLength(9);
  });

  it('says why an instance that answers 401 gets no score', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(TIMELINE);
    const popup = await popupForTab(browser, TIMELINE);
    await popup.getByLabel('Look up a profile').fill('mastodon:gina@secure.example');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const breakdown = popup.locator('.breakdown[data-profile="mastodon:gina@secure.example"][data-state="unavailable"]');
    await breakdown.waitFor({ timeout: 15_000 });
    expect(await breakdown.innerText()).toContain(WITHHELD);
    await popup.close();
    await tab.close();
  });

  it('badges a thread’s main post, its ancestor and replies, from the cache for those already scored', async () => {
    const before = log.length;
    const tab = await browser.context.newPage();
    await tab.goto(THREAD);
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(6);
    const keys = (await badges(tab)).map((b) => b.key);
    expect(keys).toEqual([
      'mastodon:bob@fosstodon.org',
      'mastodon:alice@mastodon.social',
      'mastodon:bob@fosstodon.org',
      'mastodon:heidi@mstdn.jp',
      'mastodon:alice@mastodon.social',
      'mastodon:alice@mastodon.social',
    ]);
    // Only Heidi was new: two requests on mstdn.jp.
    expect(log.slice(before)).toEqual(['mstdn.jp /api/v1/accounts/lookup?acct=heidi', 'mstdn.jp /api/v1/accounts/6/statuses?limit=40&exclude_reblogs=true']);
    await tab.close();
  });

  it('explains a profile in the popup, with its verified links as links', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(PROFILE);
    await expect.poll(() => tab.locator('h1 influence-badge[data-influence-badge="mastodon:alice@mastodon.social"][data-score]').count(), { timeout: 20_000 }).toBe(1);
    const popup = await popupForTab(browser, PROFILE);
    const breakdown = popup.locator('.breakdown[data-profile="mastodon:alice@mastodon.social"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 15_000 });
    const text = await breakdown.innerText();
    expect(text).toContain('Alice Example');
    expect(text).toContain('Writes about type & history.');
    expect(text).toContain('Mastodon');
    const links = breakdown.locator('.verified-links a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]))).toEqual([
      ['alice.example.org', 'https://alice.example.org/', 'noopener noreferrer'],
      ['blog.alice.example.org', 'https://blog.alice.example.org/', 'noopener noreferrer'],
    ]);
    expect(await breakdown.locator('.verified-links').innerText()).not.toContain('shop.example.com');
    expect(Number(await breakdown.locator('.score').getAttribute('data-score'))).toBeGreaterThanOrEqual(1);
    expect(await breakdown.locator('tr[data-signal="followers"] td').first().innerText()).toBe('12,345');
    // mastodon.social is covered: no offer to turn badges on.
    expect(await popup.locator('.enable-site').count()).toBe(0);
    await popup.close();
    await tab.close();
  });
});

describe('Mastodon on an instance the user turns on (social.example)', () => {
  let extensionDir: string;
  let userDataDir: string;
  let context: BrowserContext | undefined;

  /** The built extension as it is once the user has granted social.example. */
  beforeAll(() => {
    extensionDir = mkdtempSync(join(tmpdir(), 'influence-ext-'));
    userDataDir = mkdtempSync(join(tmpdir(), 'influence-e2e-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    manifest.host_permissions.push(`https://${DYNAMIC_HOST}/*`);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  });
  afterAll(async () => {
    await context?.close();
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  });

  async function launch(): Promise<Browser> {
    await context?.close(); // one browser at a time on the profile
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: requireBrowser(),
      headless: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
      viewport: { width: 1200, height: 900 },
    });
    await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, worker, extensionId: new URL(worker.url()).host, userDataDir, close: () => context!.close() };
  }

  it('offers "Enable badges on social.example", registers the content script, and badges the page after its reload', async () => {
    const b = await launch();
    const log = await serveMastodon(b.context);
    const url = `https://${DYNAMIC_HOST}/public/local`;
    const tab = await b.context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(1000);
    expect(await tab.locator('influence-badge').count()).toBe(0); // no content script here yet

    const popup = await popupForTab(b, url);
    const button = popup.getByRole('button', { name: `Enable badges on ${DYNAMIC_HOST}` });
    await button.click();
    await popup.getByText(`Badges are on for ${DYNAMIC_HOST}`).waitFor({ timeout: 15_000 });
    expect(log).toContain(`${DYNAMIC_HOST} /api/v1/instance`);

    const registered = await b.worker.evaluate(async () => ({
      scripts: await chrome.scripting.getRegisteredContentScripts(),
      file: chrome.runtime.getManifest().content_scripts![0].js![0],
      settings: (await chrome.storage.local.get('settings')).settings as { mastodonInstances?: string[] },
    }));
    expect(registered.scripts.map((s) => [s.id, s.matches, s.js])).toEqual([[`mastodon-instance-${DYNAMIC_HOST}`, [`https://${DYNAMIC_HOST}/*`], [registered.file]]]);
    expect(registered.settings.mastodonInstances).toEqual([DYNAMIC_HOST]);

    // The popup reloaded the tab: local accounts are social.example's, remote ones their own.
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(4);
    await expect.poll(() => tab.locator('influence-badge[data-state="unavailable"]').count(), { timeout: 20_000 }).toBe(2);
    const found = await badges(tab);
    expect(found.map((badge) => [badge.key, badge.state ?? 'scored'])).toEqual([
      [`mastodon:alice@${DYNAMIC_HOST}`, 'scored'],
      [`mastodon:carol@${DYNAMIC_HOST}`, 'unavailable'], // no such account there (404, and WebFinger knows none)
      ['mastodon:bob@fosstodon.org', 'scored'],
      ['mastodon:bob@fosstodon.org', 'scored'],
      ['mastodon:dave@hachyderm.io', 'scored'],
      ['mastodon:gina@secure.example', 'unavailable'],
    ]);
    expect(requestsFor(log, DYNAMIC_HOST, 'alice', '11')).toHaveLength(2);
    expect(requestsFor(log, DYNAMIC_HOST, 'carol', 'none')).toEqual([
      `${DYNAMIC_HOST} /api/v1/accounts/lookup?acct=carol`,
      `${DYNAMIC_HOST} /.well-known/webfinger?resource=acct%3Acarol%40${DYNAMIC_HOST}`,
    ]);
    // The popup now explains the instance's profiles, and offers nothing more there.
    await popup.reload();
    expect(await popup.locator('.enable-site').count()).toBe(0);
    await popup.close();
  });

  it('still badges the instance after a browser restart', async () => {
    const b = await launch();
    await serveMastodon(b.context);
    const tab = await b.context.newPage();
    await tab.goto(`https://${DYNAMIC_HOST}/public/local`);
    await expect.poll(() => tab.locator(`influence-badge[data-influence-badge="mastodon:alice@${DYNAMIC_HOST}"][data-score]`).count(), { timeout: 20_000 }).toBe(1);
    const ids = await b.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(ids).toEqual([`mastodon-instance-${DYNAMIC_HOST}`]);
  });
});

/// <reference types="chrome" />
// The options page (and the popup's share of it): sites on and off, privacy mode, badge size,
// credentials never shown again, export and import of all data.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../../scripts/find-browser.mjs';
import { SITES } from '../../src/sites';
import { EXTENSION_DIR, QUIET_FLAGS, launchWithExtension, openPopupFor, type Browser } from './harness';
import { serveFixtures, type ApiLog } from './routes';

const ISSUE = 'https://github.com/octo-org/widget/issues/7';
const THREAD = 'https://bsky.app/profile/erin.bsky.social/post/3aaa';
const TOKEN = 'ghp_exampletoken1234';

let browser: Browser;
let log: ApiLog;

beforeAll(async () => {
  browser = await launchWithExtension();
  log = await serveFixtures(browser.context);
});
afterAll(() => browser?.close());

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.getByRole('heading', { name: 'Influence Badges: options' }).waitFor();
  return page;
}

/** storage.local as the extension sees it. */
const stored = <T = Record<string, unknown>>(key: string) =>
  browser.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T>;
const settings = () => stored<Record<string, unknown>>('settings');

describe('options page', () => {
  it('loads from the manifest’s options_ui, with every section and a switch for each site', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'src/options/index.html', open_in_tab: true });
    const page = await openOptions();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual(['Badges', 'Sites', 'Mastodon instances', 'API tokens and keys', 'Cache', 'Your data']);
    const sites = page.getByRole('group', { name: 'Badges on these sites' }).getByRole('checkbox');
    expect(await sites.count()).toBe(SITES.length);
    for (const box of await sites.all()) expect(await box.isChecked()).toBe(true);
    expect(await page.getByText('None yet.').count()).toBe(1);
    await page.close();
  });

  it('turning a site off stops its badges (and its requests); other sites keep theirs', async () => {
    const options = await openOptions();
    const github = options.getByRole('checkbox', { name: 'GitHub', exact: true });
    // By keyboard, as anyone may.
    await github.focus();
    await options.keyboard.press('Space');
    await expect.poll(() => settings().then((s) => (s.enabledSites as Record<string, boolean>)?.github)).toBe(false);

    const before = log.github.length;
    const issue = await browser.context.newPage();
    await issue.goto(ISSUE);
    await issue.waitForTimeout(1500);
    expect(await issue.locator('influence-badge').count()).toBe(0);
    expect(log.github.length).toBe(before);

    const thread = await browser.context.newPage();
    await thread.goto(THREAD);
    await expect.poll(() => thread.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await github.check();
    await expect.poll(() => settings().then((s) => (s.enabledSites as Record<string, boolean>)?.github)).toBe(true);
    await issue.reload();
    await expect.poll(() => issue.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    await Promise.all([options.close(), issue.close(), thread.close()]);
  });

  it('privacy mode: badges ask for nothing until one is hovered or focused, then for that profile alone', async () => {
    const options = await openOptions();
    await options.getByRole('region', { name: 'Cache' }).getByRole('button', { name: 'Clear the cache' }).click();
    await options.getByRole('status').filter({ hasText: 'Cache cleared.' }).waitFor();
    await options.getByRole('checkbox', { name: /Privacy mode/ }).check();
    await expect.poll(() => settings().then((s) => s.privacyMode)).toBe(true);

    const before = log.github.length;
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-state="idle"]').count(), { timeout: 15_000 }).toBe(6);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(1500);
    expect(log.github.slice(before)).toEqual([]);
    expect(await page.locator('influence-badge[data-score]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Influence score for @carol: hover, focus or press to score' }).count()).toBe(1);

    await page.locator('influence-badge[data-influence-badge="github:carol"] .pill').hover();
    const carol = page.locator('influence-badge[data-influence-badge="github:carol"]');
    await expect.poll(() => carol.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    await page.waitForTimeout(800);
    const asked = log.github.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((path) => path.startsWith('/users/carol'))).toBe(true);
    expect(await page.locator('influence-badge[data-state="idle"]').count()).toBe(5);

    // Keyboard focus asks too; both of alice's badges get her score.
    await page.locator('influence-badge[data-influence-badge="github:alice"] .pill').first().focus();
    await expect.poll(() => page.locator('influence-badge[data-influence-badge="github:alice"][data-score]').count(), { timeout: 15_000 }).toBe(2);
    expect(log.github.slice(before).filter((path) => !path.startsWith('/users/carol') && !path.startsWith('/users/alice'))).toEqual([]);
    expect(await page.locator('influence-badge[data-state="idle"]').count()).toBe(3);

    await options.getByRole('checkbox', { name: /Privacy mode/ }).uncheck();
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    await Promise.all([options.close(), page.close()]);
  });

  it('applies the badge size to open pages at once', async () => {
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    const normal = await page.locator('influence-badge').first().boundingBox();
    const options = await openOptions();
    await options.getByRole('radio', { name: 'Large' }).check();
    await expect.poll(() => page.locator('influence-badge[data-size="large"]').count()).toBe(6);
    const large = await page.locator('influence-badge').first().boundingBox();
    expect(large!.height).toBeGreaterThan(normal!.height);
    await options.getByRole('radio', { name: 'Normal' }).check();
    await expect.poll(() => page.locator('influence-badge[data-size]').count()).toBe(0);
    await Promise.all([options.close(), page.close()]);
  });

  it('shows a saved token masked after a reload, never in full, with Replace and Remove', async () => {
    const page = await openOptions();
    await page.locator('#github-token').fill(TOKEN);
    await page.getByRole('group', { name: 'GitHub personal access token' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => settings().then((s) => s.githubToken)).toBe(TOKEN);
    await page.reload();
    const group = page.getByRole('group', { name: 'GitHub personal access token' });
    await group.getByText('••••1234').waitFor();
    expect(await group.innerText()).toContain('A token ending in …1234 is stored.');
    expect(await page.content()).not.toContain(TOKEN);
    const values = await page.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.join('')).not.toContain('1234');

    // Replace: an empty field, focused; Cancel keeps the token.
    await group.getByRole('button', { name: 'Replace GitHub personal access token' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('github-token');
    expect(await page.locator('#github-token').inputValue()).toBe('');
    await group.getByRole('button', { name: 'Cancel' }).click();
    await group.getByText('••••1234').waitFor();
    await group.getByRole('button', { name: 'Remove GitHub personal access token' }).click();
    await expect.poll(() => settings().then((s) => s.githubToken)).toBe('');
    await group.getByRole('status').filter({ hasText: 'Token removed.' }).waitFor();
    await page.close();
  });

  it('exports all data and imports it back; a bad file says why and changes nothing', async () => {
    const page = await openOptions();
    await page.locator('#github-token').fill(TOKEN);
    await page.getByRole('group', { name: 'GitHub personal access token' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('checkbox', { name: /Privacy mode/ }).check();
    await page.getByRole('checkbox', { name: 'Reddit', exact: true }).uncheck();
    const entry = { key: 'github:alice', addedAt: '2025-03-02T00:00:00.000Z', fetchedAt: '2025-03-01T00:00:00.000Z', score: 61, pillars: { reach: 50, amplification: null, network: 30, activity: 60 }, confidence: 0.7, verdict: 'ok', signals: [] };
    const history = [{ date: '2025-03-10', score: 40, pillars: { reach: 50, amplification: 40, network: 30, activity: 60 }, signals: { followers: 1200 } }];
    await browser.worker.evaluate(({ entry, history }) => chrome.storage.local.set({ lists: [{ name: 'Candidates', entries: [entry] }], 'history:github:alice': history }), { entry, history });
    await expect.poll(() => settings().then((s) => [s.privacyMode, (s.enabledSites as Record<string, boolean>).reddit, s.githubToken])).toEqual([true, false, TOKEN]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^influence-badges-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).not.toContain(TOKEN);
    const file = JSON.parse(text);
    expect(file.format).toBe('influence-badges.data');
    expect(Object.keys(file.data).sort()).toEqual(['history:github:alice', 'lists', 'settings']);
    expect(file.data.settings.privacyMode).toBe(true);

    // Everything changed after the export…
    await page.getByRole('checkbox', { name: /Privacy mode/ }).uncheck();
    await page.getByRole('checkbox', { name: 'Reddit', exact: true }).check();
    await browser.worker.evaluate(() => chrome.storage.local.remove(['lists', 'history:github:alice']));
    await expect.poll(() => settings().then((s) => s.privacyMode)).toBe(false);
    const before = await settings();

    // …a broken file changes nothing, and says so.
    const input = page.getByLabel('Import from a file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "influence-badges.data", ') });
    await page.getByRole('alert').filter({ hasText: 'This file is not JSON. Nothing was changed.' }).waitFor();
    const damaged = { ...file, data: { ...file.data, lists: 'not a list' } };
    await input.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await page.getByRole('alert').filter({ hasText: 'The file’s entry “lists” is damaged. Nothing was changed.' }).waitFor();
    expect(await settings()).toEqual(before);
    expect(await stored('lists')).toBeUndefined();

    // …and the export brings it all back, keeping the token the file left out.
    await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('status').filter({ hasText: 'Imported. Settings: 1, lists: 1, profile histories: 1.' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toBe('');
    const after = await settings();
    expect([after.privacyMode, (after.enabledSites as Record<string, boolean>).reddit, after.githubToken]).toEqual([true, false, TOKEN]);
    expect(await stored('lists')).toEqual([{ name: 'Candidates', entries: [entry] }]);
    expect(await stored('history:github:alice')).toEqual(history);
    // The page follows the imported settings.
    await expect.poll(() => page.getByRole('checkbox', { name: /Privacy mode/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /Privacy mode/ }).uncheck();
    await page.close();
  });
});

describe('popup settings', () => {
  it('shows the most used settings for the tab’s site, and opens the options page', async () => {
    // The browser brings an options page already open to the front instead of opening another.
    for (const page of browser.context.pages()) if (page.url().includes('/src/options/')) await page.close();
    const popup = await openPopupFor(browser, ISSUE);
    await popup.getByText('Settings', { exact: true }).click();
    const here = popup.getByRole('checkbox', { name: 'Badges on GitHub' });
    expect(await here.isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: /Privacy mode/ }).count()).toBe(1);
    expect(await popup.getByRole('radio', { name: 'Large' }).count()).toBe(1);
    const [options] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'More options…' }).click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await Promise.all([options.close(), popup.close()]);
  });
});

describe('Mastodon instances in the options page', () => {
  // As in mastodon.e2e.ts: the browser's permission prompt cannot be answered in a test, so a
  // copy of the extension has the instance granted up front, as the user's "Allow" would.
  const HOST = 'social.example';
  let extensionDir: string;
  let userDataDir: string;

  beforeAll(() => {
    extensionDir = mkdtempSync(join(tmpdir(), 'influence-ext-'));
    userDataDir = mkdtempSync(join(tmpdir(), 'influence-e2e-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.host_permissions.push(`https://${HOST}/*`);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  });
  afterAll(() => {
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('adds an instance (its content script registered) and removes it (unregistered, out of settings)', async () => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: requireBrowser(),
      headless: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
    });
    try {
      await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
      await context.route(`https://${HOST}/api/v1/instance`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ uri: HOST, title: HOST, version: '4.3.2' }) }),
      );
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/src/options/index.html`);
      const section = page.getByRole('region', { name: 'Mastodon instances' });
      await section.getByText('None yet.').waitFor();

      await section.getByLabel('Add an instance (its host name)').fill(`https://${HOST}/about`);
      await section.getByRole('button', { name: 'Add' }).click();
      await section.getByRole('status').filter({ hasText: `Badges are on for ${HOST}.` }).waitFor({ timeout: 15_000 });
      expect(await registered()).toEqual([`mastodon-instance-${HOST}`]);
      await section.getByRole('list', { name: 'Mastodon instances you turned on' }).getByText(HOST).waitFor();

      await section.getByLabel('Add an instance (its host name)').fill('mastodon.social');
      await section.getByRole('button', { name: 'Add' }).click();
      await section.getByRole('status').filter({ hasText: 'mastodon.social is on already.' }).waitFor();

      await section.getByRole('button', { name: `Remove ${HOST}` }).click();
      await section.getByRole('status').filter({ hasText: `${HOST} removed` }).waitFor({ timeout: 15_000 });
      expect(await registered()).toEqual([]);
      const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { mastodonInstances: string[] });
      expect(settings.mastodonInstances).toEqual([]);
      await section.getByText('None yet.').waitFor();
    } finally {
      await context.close();
    }
  });
});

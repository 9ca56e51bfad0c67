// Starts real Chromium with the built extension (dist/chrome) in a fresh profile. Pages and
// API answers are served by context.route, which also sees the service worker's requests:
// nothing reaches the internet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { requireBrowser } from '../../scripts/find-browser.mjs';

/** The built extension; INFLUENCE_EXTENSION_DIR points elsewhere (a benchmark of an experimental build). */
export const EXTENSION_DIR = process.env.INFLUENCE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../dist/chrome');

/** Flags that keep Chromium from calling home on a machine without internet. */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  // Branded Chrome 137+ ignores --load-extension without this; Chromium does not need it.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Real Chromium in a fresh (or the given) profile, with the built extension unless told otherwise.
 * `lang` ('de'): the browser's UI language, which picks the extension's _locales strings.
 */
export async function launchBrowser(options: { userDataDir?: string; extension?: boolean; lang?: string } = {}) {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'influence-e2e-'));
  const withExtension = options.extension !== false;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser(),
    headless: true,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      ...QUIET_FLAGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    viewport: { width: 1200, height: 900 },
  });
  // Anything not routed by a test must not leave the machine.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  return {
    context,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(options: { userDataDir?: string; lang?: string } = {}): Promise<Browser> {
  const browser = await launchBrowser({ ...options, extension: true });
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return { ...browser, worker, extensionId: new URL(worker.url()).host };
}

/** The extension's service worker status as chrome://serviceworker-internals shows it. */
async function workerStatus(browser: Browser, internals: import('playwright-core').Page): Promise<string> {
  const text = await internals.locator('body').innerText();
  const section = text.slice(text.indexOf(`chrome-extension://${browser.extensionId}/`));
  return /Running Status: (\w+)/.exec(section)?.[1] ?? 'UNKNOWN';
}

/** Stops the extension's service worker, as the browser does when it is idle, and waits until it is stopped. */
export async function stopServiceWorker(browser: Browser): Promise<void> {
  const internals = await browser.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await internals.getByText('Stop', { exact: true }).first().click();
  for (let i = 0; i < 50 && (await workerStatus(browser, internals)) !== 'STOPPED'; i++) await internals.waitForTimeout(100);
  const status = await workerStatus(browser, internals);
  await internals.close();
  if (status !== 'STOPPED') throw new Error(`the service worker did not stop (${status})`);
}

/** Stops the service worker and wakes a new one with an extension page, which it returns (open, for messages). */
export async function restartServiceWorker(browser: Browser): Promise<Page> {
  await stopServiceWorker(browser);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  return page;
}

/**
 * The popup as it opens over a tab already showing `url` (the toolbar button's popup cannot be
 * opened by a test, so it is loaded as a page told which tab it belongs to).
 */
export async function popupForTab(browser: Browser, url: string): Promise<Page> {
  const tabId = await browser.worker.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((t) => t.url === pageUrl)?.id, url);
  if (typeof tabId !== 'number') throw new Error(`no tab shows ${url}`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

/** Opens `url` in a new tab, then the popup over it. */
export async function openPopupFor(browser: Browser, url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  return popupForTab(browser, url);
}

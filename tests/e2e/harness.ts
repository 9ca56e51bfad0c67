// Starts real Chromium with the built extension (dist/chrome) in a fresh profile. Pages and
// API answers are served by context.route, which also sees the service worker's requests:
// nothing reaches the internet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { requireBrowser } from '../../scripts/find-browser.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome');

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

export async function launchWithExtension(options: { userDataDir?: string } = {}): Promise<Browser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'influence-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_FLAGS],
    viewport: { width: 1200, height: 900 },
  });
  // Anything not routed by a test must not leave the machine.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

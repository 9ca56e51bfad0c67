// The background's budgets in Chromium: a cache hit's round trip for 100 handles, the requests
// 100 new GitHub profiles cost through the real extension (and again: none), and the start-up
// read of a full cache (5,000 profiles). Every network's request cost is in requests.ts.
import type { BrowserContext, Page } from 'playwright-core';
import { serveGithubGraphql } from './fake-github';
import { launchWithExtension, restartServiceWorker, type Browser } from '../../tests/e2e/harness';

const PAGE = 'https://github.com/bench-org/bench/issues/2';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function serve(context: BrowserContext) {
  await context.route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>bench</p>' }));
  return serveGithubGraphql(context);
}

/** Runs a script in the content script's own world of the page (where chrome.runtime is the extension's). */
async function inContentScript<T>(page: Page, browser: Browser, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId));
  if (!world) throw new Error('the content script is not running on the bench page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** Asks for refs over a port of its own and resolves once all are settled; returns the ms of each round. */
const askScript = (refs: { network: string; handle: string }[], rounds: number) => `(async () => {
  const refs = ${JSON.stringify(refs)};
  const times = [];
  for (let round = 0; round < ${rounds}; round++) {
    const port = chrome.runtime.connect({ name: 'scores' });
    const settled = new Set();
    const started = performance.now();
    await new Promise((resolve) => {
      port.onMessage.addListener((message) => {
        for (const entry of message.entries) if (entry.state !== 'loading') settled.add(entry.key);
        if (settled.size >= refs.length) resolve();
      });
      port.postMessage({ type: 'scores.get', refs });
    });
    times.push(performance.now() - started);
    port.disconnect();
  }
  return times;
})()`;

export interface BackgroundBench {
  roundTripMedianMs: number;
  githubRequestsFor100: number;
  githubRequestsAgain: number;
  fullCacheRebuildMs: number;
  fullCacheLoadMs: number;
  fullCacheEntries: number;
}

export async function runBackgroundBench(): Promise<BackgroundBench> {
  const browser = await launchWithExtension();
  try {
    const requests = await serve(browser.context);
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { githubToken: 'bench-token' } }));
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    await page.waitForTimeout(500);

    const github = Array.from({ length: 100 }, (_, i) => ({ network: 'github', handle: `bench${i}user` }));
    await inContentScript(page, browser, askScript(github, 1));
    const githubRequestsFor100 = requests.requests;
    const times = await inContentScript<number[]>(page, browser, askScript(github, 21));
    const githubRequestsAgain = requests.requests - githubRequestsFor100;

    // A full cache: 5,000 profiles written as the background writes them, then a start-up that must rebuild its index.
    await browser.worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const sample = Object.entries(all).find(([key]) => key.startsWith('profile:github:'))![1];
      const records: Record<string, unknown> = {};
      for (let i = 0; i < 5000; i++) records[`profile:github:filler${i}`] = sample;
      await chrome.storage.local.remove('cacheIndex:profile:');
      await chrome.storage.local.set(records);
    });
    const statsOf = (extensionPage: Page) =>
      extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'cache.stats' }) as Promise<{ loadMs: number; entries: number; rebuilt: boolean }>);
    const first = await restartServiceWorker(browser);
    const rebuilt = await statsOf(first);
    await first.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500))); // the index is written a moment after the rebuild
    await first.close();
    const second = await restartServiceWorker(browser);
    const loaded = await statsOf(second);
    return {
      roundTripMedianMs: Math.round(median(times.slice(1)) * 10) / 10,
      githubRequestsFor100,
      githubRequestsAgain,
      fullCacheRebuildMs: Math.round(rebuilt.loadMs),
      fullCacheLoadMs: Math.round(loaded.loadMs),
      fullCacheEntries: loaded.entries,
    };
  } finally {
    await browser.close();
  }
}

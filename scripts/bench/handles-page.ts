// The 1,000-handle page: a long GitHub issue thread with one author link per comment, loaded
// with and without the extension under a performance trace: first as it opens (the handles on
// screen are badged), then scrolled to its end (every handle is badged).
import type { Page } from 'playwright-core';
import { launchBrowser, launchWithExtension } from '../../tests/e2e/harness';
import { serveGithubGraphql } from './fake-github';
import { startTrace, stopTrace, summarise, type MainThreadSummary } from './trace';

export const HANDLES = 1000;
const PAGE_URL = 'https://github.com/bench-org/bench/issues/1';
const SETTLE_MS = 1500;

export function handlesPage(count: number): string {
  const comments = Array.from({ length: count }, (_, i) => {
    const login = `user${String(i).padStart(4, '0')}`;
    return `<div class="timeline-comment"><div class="timeline-comment-header"><a href="/${login}" class="author">${login}</a> commented</div><div class="comment-body"><p>Comment number ${i}, with some text to give it height.</p></div></div>`;
  });
  return `<!doctype html><html><head><title>Benchmark thread</title><style>.timeline-comment{border:1px solid #ddd;margin:8px;padding:8px}</style></head><body><h1>Benchmark thread</h1>${comments.join('')}</body></html>`;
}

async function scrollToEnd(page: Page): Promise<void> {
  for (;;) {
    const more = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9);
      return window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (!more) break;
  }
}

async function waitForScores(page: Page, count: () => Promise<number>, wanted: number, withExtension: boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (withExtension && Date.now() < deadline && (await count()) < wanted) await page.waitForTimeout(250);
  await page.waitForTimeout(SETTLE_MS);
}

export interface HandlesPageResult {
  opening: MainThreadSummary;
  scrolling: MainThreadSummary;
  badgedOnOpening: number;
  badges: number;
  scored: number;
}

export async function runHandlesPage(withExtension: boolean): Promise<HandlesPageResult> {
  const extended = withExtension ? await launchWithExtension() : undefined;
  const browser = extended ?? (await launchBrowser({ extension: false }));
  try {
    // With a token, as someone badging a thousand GitHub handles would have (60 requests an hour are 30 profiles).
    await extended?.worker.evaluate(() => chrome.storage.local.set({ settings: { githubToken: 'bench-token' } }));
    const html = handlesPage(HANDLES);
    await browser.context.route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await serveGithubGraphql(browser.context);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const scored = () => page.evaluate(() => document.querySelectorAll('influence-badge[data-score]').length);
    const badges = () => page.evaluate(() => document.querySelectorAll('influence-badge').length);

    await startTrace(cdp);
    await page.goto(PAGE_URL);
    await page.waitForTimeout(500);
    await waitForScores(page, scored, await badges(), withExtension);
    const opening = summarise(await stopTrace(cdp));
    const badgedOnOpening = await badges();

    await startTrace(cdp);
    await scrollToEnd(page);
    await waitForScores(page, scored, HANDLES, withExtension);
    const scrolling = summarise(await stopTrace(cdp));
    return { opening, scrolling, badgedOnOpening, badges: await badges(), scored: await scored() };
  } finally {
    await browser.close();
  }
}

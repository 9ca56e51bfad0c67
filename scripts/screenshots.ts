// npm run screenshots: the pictures in README.md, drawn by the built extension (dist/chrome, or
// INFLUENCE_EXTENSION_DIR) in real Chromium with the e2e harness. Every page and API answer is
// a routed test fixture, so the pictures are the same on every machine and nothing is fetched.
// Light theme, twice the CSS pixels (sharp on high-density screens), PNGs under docs/.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, openPopupFor, type Browser } from '../tests/e2e/harness';
import { serveFixtures } from '../tests/e2e/routes';
import { DOCS, screenshotPopup, sharpAndLight } from './screenshots/shoot';
import { screenshotCompare, screenshotHistory } from './screenshots/views';

const PROFILE = 'https://github.com/alice';
const ISSUE = 'https://github.com/octo-org/widget/issues/42';

/** A GitHub-like issue page (its markup is what the GitHub adapter reads; the styles only make it look like one). */
const ISSUE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crash on start · Issue #42 · octo-org/widget</title>
<style>
  body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
  main { padding: 20px 28px; max-width: 680px; }
  h1 { font-size: 24px; font-weight: 400; margin: 0 0 16px; } h1 span { color: #59636e; }
  .timeline-comment { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 16px; }
  .timeline-comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 12px; color: #59636e; border-radius: 6px 6px 0 0; }
  a.author { font-weight: 600; color: #1f2328; text-decoration: none; }
  .comment-body { padding: 4px 12px; }
</style></head>
<body><main>
  <h1>Crash on start <span>#42</span></h1>
  <div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/alice">alice</a> opened this issue</div>
    <div class="comment-body"><p>Since 2.3 the app crashes on start when the config file is empty.</p></div></div>
  <div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/carol">carol</a> commented</div>
    <div class="comment-body"><p>Reproduced. The parser returns undefined for an empty file; a fix is on its way.</p></div></div>
  <div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/bob">bob</a> commented</div>
    <div class="comment-body"><p>Same here on Linux.</p></div></div>
</main></body></html>`;

async function popupShot(browser: Browser): Promise<string> {
  const popup = await openPopupFor(browser, PROFILE);
  await popup.locator('.breakdown[data-profile="github:alice"][data-state="scored"]').waitFor({ timeout: 15_000 });
  // The breakdown, without the list and settings forms below it.
  await screenshotPopup(popup, 'popup.png', '.breakdown');
  await popup.close();
  return 'popup.png';
}

async function cardShot(browser: Browser): Promise<string> {
  const page = await browser.context.newPage();
  const shoot = await sharpAndLight(page, 760, 520);
  await page.goto(ISSUE);
  const host = page.locator('influence-badge[data-influence-badge="github:carol"]');
  await host.locator('.pill').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('influence-badge[data-score]').length >= 3, null, { timeout: 15_000 });
  await host.locator('.pill').hover();
  const card = host.locator('.card');
  await card.getByText(/\d+%/).waitFor({ timeout: 15_000 });
  const main = (await page.locator('main').boundingBox())!;
  const box = (await card.boundingBox())!;
  const bottom = Math.max(box.y + box.height, main.y + main.height) + 12;
  await shoot('card.png', { x: 0, y: 0, width: main.x + main.width, height: bottom });
  await page.close();
  return 'card.png';
}

const browser = await launchWithExtension();
try {
  await serveFixtures(browser.context, { [ISSUE]: ISSUE_PAGE });
  const written = [await popupShot(browser), await cardShot(browser)];
  for (const shot of [screenshotCompare, screenshotHistory]) {
    const file = await shot(browser);
    if (file) written.push(file);
  }
  for (const file of written) console.log(`docs/${file}  ${(statSync(resolve(DOCS, file)).size / 1024).toFixed(0)} KB`);
} finally {
  await browser.close();
}

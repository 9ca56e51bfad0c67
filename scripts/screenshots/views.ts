// The popup's views beyond the breakdown, for scripts/screenshots.ts: Compare, and the history
// of an own profile. A view the build does not have is skipped with a note, not faked.
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../src/background/history';
import { openPopupFor, type Browser } from '../../tests/e2e/harness';
import { seededHistory } from './history-seed';
import { screenshotPopup, sharpAndLight } from './shoot';

const COMPARED = ['github:carol', 'github:alice', 'github:bob', 'bluesky:grace.bsky.social'];
const OWN = { network: 'github', handle: 'alice' };

async function hasView(popup: Page, id: string): Promise<boolean> {
  if ((await popup.locator(`#tab-${id}`).count()) > 0) return true;
  console.warn(`screenshots: the popup has no "${id}" view in this build; its picture is skipped.`);
  return false;
}

/** Compare with four profiles side by side: docs/compare.png. */
export async function screenshotCompare(browser: Browser): Promise<string | null> {
  const popup = await openPopupFor(browser, 'https://github.com/octo-org/widget/issues/7');
  await popup.locator('#tab-profile, .top').first().waitFor();
  if (!(await hasView(popup, 'compare'))) return null;
  await popup.locator('#tab-compare').click();
  const input = popup.locator('#compare-input');
  for (const key of COMPARED) {
    await input.fill(key);
    await input.press('Enter');
  }
  await popup.waitForFunction(
    (count) => document.querySelectorAll('.compare-table td[data-row="score"] .number').length === count,
    COMPARED.length,
    { timeout: 15_000 },
  );
  await screenshotPopup(popup, 'compare.png');
  await popup.close();
  return 'compare.png';
}

/**
 * An own profile's history over 90 days: docs/history.png. The profile is marked as the
 * user's own through the popup's request (as its button does), which keeps today's snapshot;
 * four months before it are then written where the background keeps them.
 */
export async function screenshotHistory(browser: Browser): Promise<string | null> {
  const url = `https://github.com/${OWN.handle}`;
  const first = await openPopupFor(browser, url);
  await first.locator('.breakdown[data-state="scored"]').waitFor({ timeout: 15_000 });
  await first.evaluate((ref) => chrome.runtime.sendMessage({ type: 'profile.own', ref, own: true }), OWN);
  await first.close();
  const key = `history:${OWN.network}:${OWN.handle}`;
  const today = await browser.worker.evaluate(async (storageKey) => ((await chrome.storage.local.get(storageKey))[storageKey] as Snapshot[]).at(-1)!, key);
  const snapshots = seededHistory(today);
  await browser.worker.evaluate(([storageKey, value]) => chrome.storage.local.set({ [storageKey as string]: value }), [key, snapshots] as const);

  const popup = await openPopupFor(browser, url);
  await popup.locator('.breakdown[data-state="scored"]').waitFor({ timeout: 15_000 });
  const history = popup.locator('section.history');
  if ((await history.count()) === 0 && !(await history.waitFor({ timeout: 3_000 }).then(() => true, () => false))) {
    console.warn('screenshots: the popup shows no history chart in this build; its picture is skipped.');
    await popup.close();
    return null;
  }
  await popup.locator('label[for="history-period-90"]').click();
  await popup.locator('section.history[data-period="90"]').waitFor();
  const shoot = await sharpAndLight(popup, 380, 2000);
  // From the profile's name to the end of its history: what someone tracking their own profile looks at.
  const top = (await popup.locator('.breakdown').boundingBox())!;
  const bottom = (await history.boundingBox())!;
  await shoot('history.png', { x: 0, y: top.y - 12, width: 380, height: bottom.y + bottom.height - top.y + 24 });
  await popup.close();
  return 'history.png';
}

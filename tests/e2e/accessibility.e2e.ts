/// <reference types="chrome" />
// Accessibility of everything the extension draws: axe-core over every view of the popup (a
// scored own profile with its history, a comparison, a list), the options page and the hover
// card on a page, in the light and the dark colour scheme; and the popup and the badges used
// with the keyboard alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking, describeViolations, type AxeViolation } from './axe';
import { EXTENSION_DIR, launchWithExtension, openPopupFor, type Browser } from './harness';
import { serveFixtures } from './routes';

const SCHEMES = ['light', 'dark'] as const;
const ISSUE = 'https://github.com/octo-org/widget/issues/7';
const OWN = { network: 'github', handle: 'alice' };

/** The options page the built manifest declares, if it declares one. */
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { options_ui?: { page?: string }; options_page?: string };
const OPTIONS_PAGE = manifest.options_ui?.page ?? manifest.options_page;
if (!OPTIONS_PAGE) console.warn(`accessibility: ${EXTENSION_DIR}/manifest.json declares no options page (options_ui); its check is skipped.`);

let browser: Browser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  // alice is the user's own profile (so the popup shows her history) and is on a list (so the Lists view has one).
  const popup = await scoredPopup('light');
  await popup.evaluate((ref) => chrome.runtime.sendMessage({ type: 'profile.own', ref, own: true }), OWN);
  const addToList = popup.locator('form.add-to-list');
  if ((await addToList.count()) > 0) {
    const name = addToList.locator('input[type="text"]');
    if ((await name.count()) > 0) await name.fill('Candidates');
    await addToList.locator('button[type="submit"], button:not([type])').first().click();
    await addToList.getByRole('status').filter({ hasText: 'alice' }).waitFor();
  }
  await popup.close();
});
afterAll(() => browser?.close());

async function scoredPopup(scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const popup = await openPopupFor(browser, 'https://github.com/alice');
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.locator('.breakdown[data-profile="github:alice"][data-state="scored"]').waitFor({ timeout: 15_000 });
  return popup;
}

/** Opens every disclosure, so that what hides behind one is checked too. */
async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

/** The popup's views (its tabs), or just the one it shows when it has no tabs. */
async function popupViews(popup: Page): Promise<string[]> {
  const ids = await popup.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((tab) => tab.id));
  return ids.length > 0 ? ids : [''];
}

/** Selects a view and gives it something to show: two profiles compared. */
async function showView(popup: Page, tabId: string): Promise<void> {
  if (!tabId) return;
  await popup.locator(`#${tabId}`).click();
  const compareInput = popup.locator('[role="tabpanel"]:not([hidden]) #compare-input');
  if ((await compareInput.count()) > 0 && (await popup.locator('.compare-table td[data-row="score"] .number').count()) === 0) {
    for (const key of ['github:alice', 'github:carol']) {
      await compareInput.fill(key);
      await compareInput.press('Enter');
    }
    await expect.poll(() => popup.locator('.compare-table td[data-row="score"] .number').count(), { timeout: 15_000 }).toBe(2);
  }
  await openDisclosures(popup);
  await settled(popup);
}

/** Waits until the page's DOM has not changed for a moment (a view that loads its data draws it twice). */
function settled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, 300);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 300);
        });
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
        setTimeout(done, 3_000);
      }),
  );
}

/** The theme follows the system: a light background in the light scheme, a dark one in the dark. */
async function expectThemeOf(page: Page, selector: string, scheme: (typeof SCHEMES)[number]): Promise<void> {
  const luminance = await page.locator(selector).first().evaluate((el) => {
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/[\d.]+/g)!.map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
  if (scheme === 'dark') expect(luminance, `${selector}'s background in the dark scheme`).toBeLessThan(0.25);
  else expect(luminance, `${selector}'s background in the light scheme`).toBeGreaterThan(0.75);
}

function expectNone(found: AxeViolation[], where: string): void {
  expect(found, `serious or critical accessibility violations in ${where}:\n${describeViolations(found)}`).toEqual([]);
}

describe('axe-core finds no serious or critical violation', () => {
  for (const scheme of SCHEMES) {
    it(`in each view of the popup, with a scored own profile (${scheme})`, async () => {
      const popup = await scoredPopup(scheme);
      await popup.locator('section.history').waitFor({ timeout: 5_000 }).catch(() => console.warn('accessibility: the popup shows no history chart'));
      const found: AxeViolation[] = [];
      for (const view of await popupViews(popup)) {
        await showView(popup, view);
        found.push(...blocking(await axeViolations(popup)).map((v) => ({ ...v, help: `${view || 'popup'}: ${v.help}` })));
      }
      expectNone(found, `the popup (${scheme})`);
      await expectThemeOf(popup, 'body', scheme);
      await popup.close();
    });

    it.skipIf(!OPTIONS_PAGE)(`in the options page (${scheme})`, async () => {
      const options = await browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PAGE}`);
      await options.locator('body *').first().waitFor();
      await options.waitForLoadState('networkidle');
      await openDisclosures(options);
      expectNone(blocking(await axeViolations(options)), `the options page (${scheme})`);
      await expectThemeOf(options, 'body', scheme);
      await options.close();
    });

    it(`in the hover card open on a GitHub page (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ISSUE);
      const host = page.locator('influence-badge[data-influence-badge="github:carol"]');
      await expect.poll(() => host.getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
      await host.locator('.pill').hover();
      await expect.poll(() => host.locator('.card').innerText()).toMatch(/\d+%/);
      // The page itself is a test fixture, not ours to judge: only the badges (shadow roots included) are checked.
      expectNone(blocking(await axeViolations(page, 'influence-badge')), `the badges and hover card (${scheme})`);
      await expectThemeOf(page, 'influence-badge[data-influence-badge="github:carol"] .card', scheme);
      await page.close();
    });
  }
});

/**
 * Every visible control a pointer could use, tagged so that a walk with Tab can name it. Out of
 * the Tab order on purpose, and reached with the arrow keys instead: the tabs but the selected
 * one (tabindex -1), and the radio buttons of a group but one, which share their group's tag.
 */
function tagControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && !el.closest('[inert], [hidden]') && el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled,
    );
    const tags = visible.map((el, i) => {
      const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name;
      const name = (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().slice(0, 40);
      el.dataset.a11yId = radio ? `radio group ${el.name}` : `${i}:${el.tagName.toLowerCase()}:${name}`;
      return el.dataset.a11yId;
    });
    return [...new Set(tags)];
  });
}

/**
 * Presses Tab and reports what got focus and whether a focus ring shows: on the element itself,
 * or, for a control drawn by its label (a visually hidden radio button), on that label.
 */
async function tabThrough(page: Page, presses: number) {
  const reached: { id: string; ring: boolean }[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { id: 'body', ring: false };
        const ringOn = (target: Element) => {
          const style = getComputedStyle(target);
          return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        };
        const box = el.getBoundingClientRect();
        const drawnByLabel = getComputedStyle(el).opacity === '0' || box.width * box.height <= 4;
        const labels = [...((el as HTMLInputElement).labels ?? [])];
        const ring = drawnByLabel ? labels.some(ringOn) : ringOn(el);
        return { id: el.dataset.a11yId ?? '', ring: ring && el.matches(':focus-visible') };
      }),
    );
    // Focus came round to where it started: every control has had its turn.
    if (reached.length > 1 && reached[0].id !== 'body' && reached.at(-1)!.id === reached[0].id) break;
  }
  return reached;
}

describe('keyboard', () => {
  it('reaches every control of each popup view with Tab, each with a visible focus ring', async () => {
    const popup = await scoredPopup('light');
    for (const view of await popupViews(popup)) {
      await showView(popup, view);
      const controls = await tagControls(popup);
      expect(controls.length).toBeGreaterThan(3);
      await popup.locator('body').click({ position: { x: 1, y: 1 } });
      const reached = await tabThrough(popup, controls.length * 2 + 10);
      const missing = controls.filter((id) => !reached.some((r) => r.id === id));
      expect(missing, `controls of ${view || 'the popup'} that Tab never reaches`).toEqual([]);
      const ringless = reached.filter((r) => r.id !== 'body' && !r.ring).map((r) => r.id);
      expect(ringless, `controls of ${view || 'the popup'} focused without a visible focus ring`).toEqual([]);
    }
    await popup.close();
  });

  it.skipIf(!OPTIONS_PAGE)('reaches every control of the options page with Tab, each with a visible focus ring', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PAGE}`);
    await options.locator('body *').first().waitFor();
    await openDisclosures(options);
    await settled(options);
    const controls = await tagControls(options);
    expect(controls.length).toBeGreaterThan(3);
    await options.locator('body').click({ position: { x: 1, y: 1 } });
    const reached = await tabThrough(options, controls.length * 2 + 10);
    expect(controls.filter((id) => !reached.some((r) => r.id === id)), 'controls Tab never reaches').toEqual([]);
    expect(reached.filter((r) => r.id !== 'body' && !r.ring).map((r) => r.id), 'controls focused without a visible focus ring').toEqual([]);
    await options.close();
  });

  it("reaches a page's badge with Tab, shows its focus ring and opens its card", async () => {
    const page = await browser.context.newPage();
    await page.goto(ISSUE);
    await expect.poll(() => page.locator('influence-badge[data-score]').count(), { timeout: 15_000 }).toBe(6);
    let focused: { key: string | null; ring: boolean } | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const host = document.activeElement;
        const pill = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        if (!host?.matches('influence-badge') || !pill) return null;
        const style = getComputedStyle(pill);
        return {
          key: host.getAttribute('data-influence-badge'),
          ring: pill.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });
    }
    expect(focused, 'Tab never reached a badge').not.toBeNull();
    expect(focused!.ring).toBe(true);
    const card = page.locator(`influence-badge[data-influence-badge="${focused!.key}"] .card`);
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.close();
  });
});

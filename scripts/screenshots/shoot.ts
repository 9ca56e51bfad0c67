// What every picture of scripts/screenshots.ts shares: where it goes, its pixel density, its theme.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const DOCS = resolve(import.meta.dirname, '../../docs');

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Writes docs/<file>: the clip (CSS pixels), at the page's emulated density. */
export type Shoot = (file: string, clip: Clip) => Promise<void>;

/**
 * Twice the CSS pixels and the light colour scheme, in a viewport of the given size. Playwright's
 * own screenshots would use the density the browser was launched with (1), so the pictures are
 * taken through the DevTools protocol, which honours the emulated one.
 */
export async function sharpAndLight(page: Page, width: number, height: number): Promise<Shoot> {
  await page.emulateMedia({ colorScheme: 'light' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
  return async (file, clip) => {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: true });
    writeFileSync(resolve(DOCS, file), Buffer.from(data, 'base64'));
  };
}

/** The popup as its toolbar button shows it: its width, its whole height or down to the end of `until`. */
export async function screenshotPopup(popup: Page, file: string, until?: string): Promise<void> {
  const shoot = await sharpAndLight(popup, 380, 600);
  // Nothing focused, no caret: a focus ring left by typing is not part of what the view looks like.
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const height = await popup.evaluate((selector) => {
    const end = selector ? document.querySelector(selector)?.getBoundingClientRect() : undefined;
    return Math.ceil(end ? end.bottom + window.scrollY + 12 : document.body.getBoundingClientRect().height);
  }, until);
  await shoot(file, { x: 0, y: 0, width: 380, height });
}

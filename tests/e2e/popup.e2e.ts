/// <reference types="chrome" />
// The popup, opened as a page for the tab it explains (?tab=<id>), as it would open from the
// toolbar button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser, openPopupFor } from './harness';
import { serveFixtures, type ApiLog } from './routes';

let browser: Browser;
let log: ApiLog;

beforeAll(async () => {
  browser = await launchWithExtension();
  log = await serveFixtures(browser.context);
});
afterAll(() => browser?.close());

describe('popup', () => {
  it("explains the current tab's profile: score, pillars, each signal's value and points, age and confidence", async () => {
    const popup = await openPopupFor(browser, 'https://github.com/alice');
    const breakdown = popup.locator('.breakdown[data-profile="github:alice"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 15_000 });
    const score = Number(await breakdown.locator('.score').getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(1);
    expect(await breakdown.locator('.score').innerText()).toContain(String(score));
    expect(await breakdown.innerText()).toContain('Alice Example');
    expect(await breakdown.innerText()).toMatch(/Confidence \d+%/);
    expect(await breakdown.innerText()).toMatch(/Fetched (now|\d+ seconds? ago) · .*the api\.github\.com API/);

    const pillars = await breakdown.locator('section.pillar').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-pillar')));
    expect(pillars).toEqual(['reach', 'amplification', 'activity']);
    const row = (name: string) => breakdown.locator(`tr[data-signal="${name}"] td`);
    expect(await row('followers').first().innerText()).toBe('1,200');
    // 900 + 45 stars on her own repositories; the forked library's 5,000 do not count
    expect(await row('stars').first().innerText()).toBe('945');
    expect(await row('followers').nth(1).innerText()).toMatch(/^[+−]\d+\.\d$/);

    // The points shown add up to the score, from the typical account's 40.
    const points = await breakdown.locator('tbody td:nth-child(3)').allInnerTexts();
    const total = points.reduce((sum, text) => sum + Number(text.replace('−', '-')), 40);
    expect(Math.abs(total - score)).toBeLessThanOrEqual(1);
    await popup.close();
  });

  it('looks up any network:handle, and says what it expects when the input is not one', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/octo-org/widget/issues/7');
    expect(await popup.getByText('This tab shows no profile').count()).toBe(1);
    const input = popup.getByLabel('Look up a profile');
    await input.fill('myspace:tom');
    await popup.getByRole('button', { name: 'Look up' }).click();
    expect(await popup.locator('#lookup-problem').innerText()).toContain('github:, bluesky:');
    await input.fill('bluesky:grace.bsky.social');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const breakdown = popup.locator('.breakdown[data-profile="bluesky:grace.bsky.social"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 15_000 });
    expect(await breakdown.innerText()).toContain('Journalist.');
    expect(log.bluesky.some((path) => path.includes('grace.bsky.social'))).toBe(true);
    await popup.close();
  });

  it('adds Wikipedia pageviews where Wikidata lists the profile', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/octo-org/widget/issues/7');
    await popup.getByLabel('Look up a profile').fill('github:carol');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const row = popup.locator('.breakdown[data-profile="github:carol"] tr[data-signal="wikipediaPageviews"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toMatch(/Wikipedia article views a day[\s\S]*420/);
    await popup.close();
  });

  it('shows names and bios that look like markup as plain text', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/octo-org/widget/issues/7');
    let dialogs = 0;
    popup.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await popup.getByLabel('Look up a profile').fill('github:xss-user');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const breakdown = popup.locator('.breakdown[data-profile="github:xss-user"]');
    await breakdown.waitFor({ timeout: 15_000 });
    expect(await breakdown.locator('.name').innerText()).toBe('<img src=x onerror=alert(1)>');
    expect(await breakdown.locator('.bio').innerText()).toBe('<script>alert(2)</script>');
    expect(await popup.locator('img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await popup.close();
  });

  it('keeps a GitHub token in settings and sends it to the API', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/octo-org/widget/issues/7');
    await popup.getByText('Settings').click();
    const form = popup.locator('form', { has: popup.getByLabel('GitHub personal access token') });
    await form.getByLabel('GitHub personal access token').fill('ghp_exampletoken1234');
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('A token ending in …1234 is stored').waitFor();
    const headers: Record<string, string>[] = [];
    // With a token, GitHub is asked through GraphQL, many users a request.
    await browser.context.route('https://api.github.com/graphql', async (route) => {
      headers.push(route.request().headers());
      await route.fallback();
    });
    await popup.getByLabel('Look up a profile').fill('github:dave');
    await popup.getByRole('button', { name: 'Look up' }).click();
    await popup.getByRole('button', { name: 'Refresh' }).waitFor({ timeout: 15_000 });
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => headers.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(headers[0].authorization).toBe('Bearer ghp_exampletoken1234');
    await popup.close();
  });
});

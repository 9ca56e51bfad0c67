/// <reference types="chrome" />
// Shortlists and the comparison in the popup: two GitHub profiles scored (the API answered from
// tests/fixtures/api/github-e2e.json), put on a list, exported as CSV and JSON (the downloads
// read back), imported into a new list; and compared side by side, with the numbers the
// breakdown showed.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, blocking, describeViolations } from './axe';
import { launchWithExtension, openPopupFor, type Browser } from './harness';
import { serveFixtures } from './routes';

const PILLARS = ['reach', 'amplification', 'network', 'activity'] as const;
type Shown = { score: number; pillars: Record<string, number | null> };

let browser: Browser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
});
afterAll(() => browser?.close());

/** Looks a profile up in the Profile view and reads its score and pillars off the breakdown (null: a pillar with nothing known). */
async function lookUp(popup: Page, key: string): Promise<Shown> {
  await popup.getByRole('tab', { name: 'Profile' }).click();
  await popup.getByLabel('Look up a profile').fill(key);
  await popup.getByRole('button', { name: 'Look up', exact: true }).click();
  const breakdown = popup.locator(`.breakdown[data-profile="${key}"][data-state="scored"]`);
  await breakdown.waitFor({ timeout: 15_000 });
  const score = Number(await breakdown.locator('.score').getAttribute('data-score'));
  const pillars: Record<string, number | null> = {};
  for (const pillar of PILLARS) {
    const heading = breakdown.locator(`section.pillar[data-pillar="${pillar}"] h3 .muted`);
    pillars[pillar] = (await heading.count()) === 0 ? null : Number(/(\d+)\/100/.exec(await heading.innerText())?.[1]);
  }
  return { score, pillars };
}

/** "Add to a list" under the breakdown: an existing list chosen, or a new one named; answers the status it says. */
async function addToList(popup: Page, list: string): Promise<string> {
  const form = popup.locator('form.add-to-list');
  const select = form.getByLabel('List', { exact: true });
  if ((await select.count()) > 0) {
    const names = await select.locator('option').allInnerTexts();
    await select.selectOption({ label: names.includes(list) ? list : 'New list…' });
  }
  const name = form.getByLabel('Name of the new list');
  if ((await name.count()) > 0) await name.fill(list);
  const status = form.getByRole('status');
  const before = await status.innerText();
  await form.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => status.innerText()).not.toBe(before);
  return status.innerText();
}

/** axe-core over the popup as it is now, in the light and the dark colour scheme. */
async function expectAccessible(popup: Page, where: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const found = blocking(await axeViolations(popup));
    expect(found, `serious or critical accessibility violations in ${where} (${colorScheme}):\n${describeViolations(found)}`).toEqual([]);
  }
}

/** The profiles a comparison shows, left to right. */
const columnsOf = (table: ReturnType<Page['locator']>) => table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-profile')));

async function downloaded(popup: Page, button: string): Promise<{ name: string; text: string }> {
  const list = popup.locator('section.list[data-list="Candidates"]');
  const [download] = await Promise.all([popup.waitForEvent('download'), list.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

describe('shortlists', () => {
  it('adds two scored profiles to a list, exports it as CSV and JSON, and imports the JSON into a new list', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/alice');
    const alice = await lookUp(popup, 'github:alice');
    expect(await addToList(popup, 'Candidates')).toBe('Added @alice to “Candidates”.');
    const bob = await lookUp(popup, 'github:bob');
    expect(await addToList(popup, 'Candidates')).toBe('Added @bob to “Candidates”.');
    // Once more: the same snapshot is already there.
    expect(await addToList(popup, 'Candidates')).toBe('@bob is already in “Candidates” with this score.');

    await popup.getByRole('tab', { name: 'Lists' }).click();
    const list = popup.locator('section.list[data-list="Candidates"]');
    const entriesOf = (section: typeof list) => section.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry')));
    // The view reads the lists from storage when it opens: wait for them.
    await expect.poll(() => entriesOf(list)).toEqual(['github:alice', 'github:bob']);
    expect(await list.locator('tr[data-entry="github:alice"] td[data-score]').innerText()).toBe(String(alice.score));
    expect(await list.locator('h3').innerText()).toContain('2 profiles');

    const csv = await downloaded(popup, 'Export CSV');
    expect(csv.name).toMatch(/^Candidates \d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('network,handle,score,pillar_reach,pillar_amplification,pillar_network,pillar_activity,confidence,verdict,fetched_at,added_at,main_signals,profile_url');
    expect(lines).toHaveLength(3);
    const cells = lines[1].split(',');
    const pillarCell = (value: number | null) => (value === null ? '' : String(value));
    expect(cells.slice(0, 7)).toEqual(['github', 'alice', String(alice.score), ...PILLARS.map((p) => pillarCell(alice.pillars[p]))]);
    expect(cells[8]).toBe('ok');
    expect(Date.now() - Date.parse(cells[9])).toBeLessThan(120_000);
    expect(cells[11]).toContain('followers=1200');
    expect(cells[12]).toBe('https://github.com/alice');
    expect(lines[2].startsWith(`github,bob,${bob.score},`)).toBe(true);

    const json = await downloaded(popup, 'Export JSON');
    expect(json.name).toMatch(/^Candidates \d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text);
    expect(data).toMatchObject({ format: 'influence-badges.list', version: 1, name: 'Candidates' });
    expect(data.entries.map((e: { key: string; score: number }) => [e.key, e.score])).toEqual([
      ['github:alice', alice.score],
      ['github:bob', bob.score],
    ]);
    expect(data.entries[0].pillars).toEqual(alice.pillars);
    const followers = data.entries[0].signals.find((s: { name: string }) => s.name === 'followers');
    expect(followers).toMatchObject({ value: 1200, source: 'api' });
    expect(typeof followers.contribution).toBe('number');
    expect(Date.parse(followers.at)).toBeGreaterThan(0);

    // Back in: into a new list, then into the same one again (merged: nothing newer).
    const importForm = popup.locator('form.list-import');
    await importForm.getByLabel('Into list').fill('Imported');
    await importForm.getByLabel('File (CSV or JSON)').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await expect.poll(() => importForm.getByRole('status').innerText()).toBe('Read 2 profiles into “Imported”: 2 new, 0 updated, 0 unchanged.');
    const imported = popup.locator('section.list[data-list="Imported"]');
    await expect.poll(() => entriesOf(imported)).toEqual(['github:alice', 'github:bob']);
    expect(await imported.locator('tr[data-entry="github:bob"] td[data-score]').innerText()).toBe(String(bob.score));
    await importForm.getByLabel('File (CSV or JSON)').setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await expect.poll(() => importForm.getByRole('status').innerText()).toBe('Read 2 profiles into “Imported”: 0 new, 0 updated, 2 unchanged.');

    await expectAccessible(popup, 'the Lists view');

    // A file that is no list says why.
    await importForm.getByLabel('File (CSV or JSON)').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,score\nalice,3\n') });
    await expect.poll(() => importForm.getByRole('alert').innerText()).toBe('The CSV lacks the columns network, handle, fetched_at.');

    // Remove an entry; delete a list (asked first).
    await imported.getByRole('button', { name: 'Remove @bob from “Imported”' }).click();
    await expect.poll(() => imported.locator('tbody tr').count()).toBe(1);
    await imported.getByRole('button', { name: 'Delete list' }).click();
    await imported.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => popup.locator('section.list[data-list="Imported"]').count()).toBe(0);

    // A list's "Compare" opens the comparison with its profiles.
    await list.getByRole('button', { name: 'Compare the first four profiles of “Candidates”' }).click();
    const table = popup.locator('table.compare-table');
    await table.waitFor();
    await expect.poll(() => columnsOf(table)).toEqual(['github:alice', 'github:bob']);
    await popup.close();
  });
});

describe('compare', () => {
  it('shows up to four profiles side by side with the pillar numbers of their breakdowns, and refuses a fifth', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/octo-org/widget/issues/7');
    const shown: Record<string, Shown> = { 'github:alice': await lookUp(popup, 'github:alice'), 'github:carol': await lookUp(popup, 'github:carol') };
    // Numbers to compare, not just "no data" on both sides.
    expect(shown['github:alice'].pillars.reach).toBeGreaterThan(0);
    expect(shown['github:carol'].pillars.reach).not.toBe(shown['github:alice'].pillars.reach);

    // By keyboard: from the Profile tab, the right arrow selects Compare.
    await popup.getByRole('tab', { name: 'Profile' }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-compare');

    const input = popup.getByLabel('Add a profile (network:handle)');
    for (const key of ['github:alice', 'github:carol']) {
      await input.fill(key);
      await input.press('Enter');
    }
    const table = popup.locator('table.compare-table');
    await expect.poll(() => table.locator('caption').innerText()).toBe('2 profiles compared, pillar by pillar');
    for (const [key, { score, pillars }] of Object.entries(shown)) {
      const cell = (row: string) => table.locator(`td[data-row="${row}"][data-profile="${key}"]`);
      await expect.poll(() => cell('score').innerText(), { timeout: 15_000 }).toBe(String(score));
      for (const pillar of PILLARS) {
        const text = await cell(pillar).innerText();
        expect(text, `${key} ${pillar}`).toBe(pillars[pillar] === null ? 'no data' : String(pillars[pillar]));
      }
      expect(await cell('confidence').innerText()).toMatch(/^\d+%$/);
      expect(await cell('verdict').innerText()).not.toBe('');
    }
    expect(await table.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['Score', 'Reach', 'Amplification', 'Network', 'Activity', 'Confidence', 'Authenticity']);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(2);

    // The same one twice is refused; up to four are taken, a fifth is refused with a message.
    await input.fill('github:alice');
    await input.press('Enter');
    await expect.poll(() => popup.locator('#compare-problem').innerText()).toBe('@alice is already in the comparison.');
    for (const key of ['github:bob', 'github:dave']) {
      await input.fill(key);
      await input.press('Enter');
    }
    await expect.poll(() => table.locator('thead th[scope="col"]').count()).toBe(4);
    await input.fill('github:erin-dev');
    await input.press('Enter');
    await expect.poll(() => popup.locator('#compare-problem').innerText()).toBe('At most four profiles: remove one first.');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(4);
    expect(await input.inputValue()).toBe('github:erin-dev');

    await expectAccessible(popup, 'the comparison of four');

    // Removing one makes room.
    await table.getByRole('button', { name: 'Remove @dave from the comparison' }).click();
    await input.press('Enter');
    await expect.poll(() => columnsOf(table)).toEqual(['github:alice', 'github:carol', 'github:bob', 'github:erin-dev']);
    await expect.poll(() => table.locator('td[data-row="score"][data-profile="github:erin-dev"]').innerText(), { timeout: 15_000 }).toMatch(/^\d+$/);
    await popup.close();
  });
});

/// <reference types="chrome" />
// The popup's breakdown (pillars with their shares, confidence in a word and as a meter, flags
// in sentences, what would raise the score), the look-up by address and by a handle whose
// network is guessed, and an own profile's history chart over seeded daily snapshots.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking, describeViolations } from './axe';
import { launchWithExtension, openPopupFor, type Browser } from './harness';
import { serveFixtures } from './routes';

const ISSUE = 'https://github.com/octo-org/widget/issues/7';
let browser: Browser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
  // mallory: a ten-day-old account following 5,000 that 12 follow back. Routed after the fixtures, so it takes precedence.
  const headers = { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '58', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
  const created = new Date(Date.now() - 10 * 86_400_000).toISOString();
  const user = { login: 'mallory', id: 4242, type: 'User', name: 'Mallory', bio: null, blog: '', location: null, public_repos: 1, followers: 12, following: 5000, created_at: created };
  await browser.context.route(/^https:\/\/api\.github\.com\/users\/mallory(\/.*)?$/, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = path.endsWith('/repos') ? [] : path.endsWith('/events/public') ? [] : user;
    return route.fulfill({ status: 200, headers, body: JSON.stringify(body) });
  });
});
afterAll(() => browser?.close());

async function lookUp(popup: Page, text: string): Promise<void> {
  await popup.getByLabel('Look up a profile').fill(text);
  await popup.getByRole('button', { name: 'Look up', exact: true }).click();
}

const scored = (popup: Page, key: string) => popup.locator(`.breakdown[data-profile="${key}"][data-state="scored"]`);

describe('breakdown', () => {
  it('shows the four pillars with their shares, confidence in a word and a meter, what would raise it, and a link to the profile', async () => {
    const popup = await openPopupFor(browser, 'https://github.com/alice');
    const breakdown = scored(popup, 'github:alice');
    await breakdown.waitFor({ timeout: 15_000 });

    const bars = breakdown.locator('[data-pillar-bar]');
    expect(await bars.evaluateAll((items) => items.map((item) => item.getAttribute('data-pillar-bar')))).toEqual(['reach', 'amplification', 'network', 'activity']);
    // GitHub shows no "network" signal: three pillars share the score, and their shares add up to 100%.
    const shares: number[] = [];
    for (const pillar of ['reach', 'amplification', 'activity']) {
      const text = await breakdown.locator(`[data-pillar-bar="${pillar}"]`).innerText();
      const match = /(\d+)\/100 · (\d+)% of the score · [+−]\d+\.\d points/.exec(text);
      expect(match, text).not.toBeNull();
      shares.push(Number(match![2]));
      expect(await breakdown.locator(`[data-pillar-bar="${pillar}"] [role="img"]`).getAttribute('aria-label')).toMatch(/^\w+: \d+ of 100, \d+% of the score, [+−]\d+\.\d points$/);
    }
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(1);
    expect(await breakdown.locator('[data-pillar-bar="network"]').innerText()).toContain('not known for this profile');

    const confidence = Number(await breakdown.locator('.confidence').getAttribute('data-confidence'));
    const word = confidence < 0.4 ? 'low' : confidence < 0.6 ? 'fair' : confidence < 0.8 ? 'good' : 'high';
    expect(await breakdown.locator('.confidence').innerText()).toContain(`Confidence ${Math.round(confidence * 100)}% (${word})`);
    const meter = breakdown.locator('meter');
    expect(await meter.getAttribute('aria-label')).toBe(`Confidence: ${word}, ${Math.round(confidence * 100)}%`);
    expect(Number(await meter.getAttribute('value'))).toBe(confidence);

    // Alice is far above GitHub's medians in followers, stars and forks: the room is in her activity.
    await breakdown.locator('.raise[data-ready]').waitFor();
    const tips = breakdown.locator('.raise li');
    expect(await tips.count()).toBeGreaterThanOrEqual(2);
    expect(await tips.count()).toBeLessThanOrEqual(3);
    const texts = await tips.allInnerTexts();
    for (const text of texts) expect(text).toMatch(/would add about \d+ points?\.$/);
    expect(texts.join('\n')).toContain('public events a day');
    expect(texts.join('\n')).not.toMatch(/followers|stars/);
    const gains = await tips.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-gain'))));
    expect(gains).toEqual([...gains].sort((a, b) => b - a));

    expect(await breakdown.locator('a[data-profile-link]').getAttribute('href')).toBe('https://github.com/alice');
    expect(await breakdown.locator('a[data-profile-link]').innerText()).toContain('Open the profile on GitHub');
    await popup.close();
  });

  it('explains each authenticity flag in a sentence', async () => {
    const popup = await openPopupFor(browser, ISSUE);
    await lookUp(popup, 'github:mallory');
    const breakdown = scored(popup, 'github:mallory');
    await breakdown.waitFor({ timeout: 15_000 });
    expect(await breakdown.locator('.authenticity').getAttribute('data-verdict')).toBe('suspicious');
    const flags = breakdown.locator('.authenticity li[data-flag]');
    expect(await flags.evaluateAll((items) => items.map((item) => item.getAttribute('data-flag')))).toEqual(['mass-following', 'new-account']);
    expect(await flags.nth(0).innerText()).toBe('It follows at least ten times as many accounts as follow it: accounts that follow en masse to be followed back, or that are paid to follow, look like this.');
    expect(await flags.nth(1).innerText()).toMatch(/^It was created less than a month ago.*\.$/);
    await popup.close();
  });
});

describe('look-up', () => {
  it('takes a profile’s address and a handle whose network it guesses, asks when several fit, and keeps recent look-ups', async () => {
    const popup = await openPopupFor(browser, ISSUE);
    await lookUp(popup, 'https://github.com/bob');
    await scored(popup, 'github:bob').waitFor({ timeout: 15_000 });

    await lookUp(popup, 'grace.bsky.social');
    await scored(popup, 'bluesky:grace.bsky.social').waitFor({ timeout: 15_000 });

    // "@erin-dev" fits GitHub, Hacker News, Reddit and more: the popup asks.
    await lookUp(popup, '@erin-dev');
    const choice = popup.getByRole('group', { name: 'Which network is @erin-dev on?' });
    await choice.waitFor();
    const offered = await choice.locator('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-network')));
    expect(offered).toEqual(expect.arrayContaining(['github', 'hackernews', 'reddit']));
    expect(offered).not.toContain('instagram');
    await choice.getByRole('button', { name: 'GitHub' }).click();
    await scored(popup, 'github:erin-dev').waitFor({ timeout: 15_000 });
    expect(await choice.count()).toBe(0);

    await lookUp(popup, 'not a handle');
    await expect.poll(() => popup.locator('#lookup-problem').innerText()).toContain('github:, bluesky:');
    await lookUp(popup, '@erin-dev');
    await choice.waitFor();
    const found = blocking(await axeViolations(popup, '.lookup-area'));
    expect(found, describeViolations(found)).toEqual([]);
    await popup.close();

    // Kept in storage.local, newest first, and shown as buttons in the next popup.
    const again = await openPopupFor(browser, ISSUE);
    const recent = again.getByRole('group', { name: 'Recent look-ups' });
    await recent.waitFor();
    const keys = await recent.locator('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-recent')));
    expect(keys.slice(0, 3)).toEqual(['github:erin-dev', 'bluesky:grace.bsky.social', 'github:bob']);
    expect(await browser.worker.evaluate(async () => (await chrome.storage.local.get('recentLookups')).recentLookups)).toEqual(keys);
    await recent.locator('button[data-recent="github:bob"]').click();
    await scored(again, 'github:bob').waitFor({ timeout: 15_000 });
    await again.close();
  });
});

describe('history of an own profile', () => {
  it('draws the score over time, says the change over 7 days and names the signal behind a notable change', async () => {
    // The score of today's snapshot; the daily snapshot's alarm is cleared, so that the seeded history stays as it is.
    const score = 50;
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    const pillars = { reach: 60, amplification: 50, network: 0, activity: 40 };
    const snapshots = [
      // Kept before snapshots had contributions: compared by their values.
      { date: day(60), score: score - 14, pillars, signals: { followers: 300, stars: 900 } },
      { date: day(40), score: score - 9, pillars, signals: { followers: 1000, stars: 900 } },
      { date: day(8), score: score - 8, pillars, signals: { followers: 1100 }, contributions: { followers: 10, stars: 8.5, repos: 1 } },
      { date: day(6), score: score - 7, pillars, signals: { followers: 1150 }, contributions: { followers: 10.2, stars: 8.6, repos: 1.5 } },
      { date: day(5), score: score - 2, pillars, signals: { followers: 1180 }, contributions: { followers: 10.5, stars: 13.3, repos: 1.5 } },
      { date: day(1), score: score - 1, pillars, signals: { followers: 1200 }, contributions: { followers: 10.8, stars: 13.5, repos: 2 } },
      { date: day(0), score, pillars, signals: { followers: 1200 }, contributions: { followers: 11, stars: 13.5, repos: 2 } },
    ];
    await browser.worker.evaluate(async (seeded) => {
      await chrome.alarms.clear('daily-snapshots');
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...settings, ownProfiles: ['github:alice'] }, 'history:github:alice': seeded });
    }, snapshots);

    const popup = await openPopupFor(browser, 'https://github.com/alice');
    const history = popup.locator('.breakdown[data-profile="github:alice"] .history');
    await history.waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('button', { name: 'My profile' }).getAttribute('aria-pressed')).toBe('true');

    // Klout's "+3 in 7 days": against the score as it stood 7 days ago (the one of 8 days ago).
    expect(await history.locator('[data-period-change="7"]').innerText()).toBe('+8 in 7 days');
    expect(await history.locator('[data-period-change="30"]').innerText()).toBe('+9 in 30 days');
    // The history began 60 days ago: for 90 days and for all alike, the change since then, said once.
    expect(await history.locator('[data-period-change]').allInnerTexts()).toEqual(['+8 in 7 days', '+9 in 30 days', `+14 since ${await label(popup, day(60))}`]);

    // 30 days by default: five days kept, drawn, stated in the chart's label and listed in the hidden table.
    const chart = history.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toBe(
      `Score over the last 30 days: 5 days kept, from ${score - 8} on ${await label(popup, day(8))} to ${score} on ${await label(popup, day(0))}; lowest ${score - 8}, highest ${score}.`,
    );
    expect(await history.locator('svg circle').count()).toBe(5);
    expect(await history.locator('tr[data-history-day]').count()).toBe(5);

    // The jump of 5 points five days ago came mostly from stars.
    const notable = history.locator(`li[data-notable="${day(5)}"]`);
    expect(await notable.getAttribute('data-signal')).toBe('stars');
    expect(await notable.innerText()).toBe(`${await label(popup, day(5))}: +5 (from ${score - 7} to ${score - 2}), mostly stars on own repositories: +4.7 points`);

    // All: the old snapshots too, whose notable change is told by the value that moved.
    await history.getByText('All', { exact: true }).click();
    expect(await history.getAttribute('data-period')).toBe('all');
    expect(await history.locator('svg circle').count()).toBe(7);
    expect(await history.locator(`li[data-notable="${day(40)}"]`).innerText()).toBe(
      `${await label(popup, day(40))}: +5 (from ${score - 14} to ${score - 9}), mostly followers, from 300 to 1,000`,
    );
    // The segmented control works from the keyboard: arrow keys move between periods.
    await history.getByLabel('All', { exact: true }).press('ArrowLeft');
    expect(await history.getAttribute('data-period')).toBe('90');

    // axe-core: nothing serious or critical in the history, light or dark.
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const found = blocking(await axeViolations(popup, '.breakdown'));
      expect(found, `${scheme}:\n${describeViolations(found)}`).toEqual([]);
    }
    await popup.close();
  });
});

/** A day as the popup writes it (in its language, in UTC). */
function label(popup: Page, date: string): Promise<string> {
  return popup.evaluate((d) => new Intl.DateTimeFormat(navigator.language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${d}T00:00:00Z`)), date);
}

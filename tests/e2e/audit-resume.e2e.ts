/// <reference types="chrome" />
// The audience audit goes on by itself after the service worker is stopped (no popup asks for it),
// and speaks German in a German browser. The audience is synthetic: Bluesky followers f0…fN, every
// fifth one following thousands with no posts, avatar or bio (suspicious), the rest ordinary.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, stopServiceWorker, type Browser } from './harness';

const TARGET = { did: 'did:plc:resumeaudit000000000000', handle: 'resume.bsky.social', displayName: 'Resume', followersCount: 1000, followsCount: 50, postsCount: 300, createdAt: '2023-01-01T00:00:00.000Z', labels: [] };
const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });

function follower(n: number) {
  const fake = n % 5 === 0;
  return {
    did: `did:plc:follower${String(n).padStart(16, '0')}`,
    handle: `f${n}.bsky.social`,
    followersCount: fake ? 1 : 250,
    followsCount: fake ? 4000 : 180,
    postsCount: fake ? 0 : 700,
    createdAt: '2022-03-01T00:00:00.000Z',
    ...(fake ? {} : { avatar: `https://cdn.bsky.app/img/avatar/plain/${n}@jpeg`, description: 'Writes about birds.' }),
    labels: [],
  };
}

/** Serves the target and its followers; each followers page after `delayMs`. Returns the cursors asked for, in order. */
async function serveBluesky(context: BrowserContext, total: number, delayMs: number): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [];
  const all = Array.from({ length: total }, (_, n) => follower(n));
  const byActor = new Map<string, object>([[TARGET.did, TARGET], [TARGET.handle, TARGET]]);
  for (const f of all) byActor.set(f.did, f);
  await context.route('https://query.wikidata.org/**', (route) => route.fulfill(json({ head: { vars: [] }, results: { bindings: [] } })));
  await context.route('https://public.api.bsky.app/**', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('app.bsky.graph.getFollowers')) {
      cursors.push(url.searchParams.get('cursor'));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = all.slice(start, start + 100).map(({ did, handle }) => ({ did, handle }));
      // The worker that asked may have been stopped meanwhile: its request is gone.
      return route.fulfill(json({ subject: TARGET, followers: page, ...(start + 100 < total ? { cursor: String(start + 100) } : {}) })).catch(() => {});
    }
    if (url.pathname.endsWith('app.bsky.actor.getProfiles') || url.pathname.endsWith('app.bsky.actor.getProfile')) {
      const actors = [...url.searchParams.getAll('actors'), ...url.searchParams.getAll('actor')];
      const profiles = actors.map((a) => byActor.get(a)).filter(Boolean);
      return route.fulfill(json(url.pathname.endsWith('getProfile') ? (profiles[0] ?? {}) : { profiles })).catch(() => {});
    }
    if (url.pathname.endsWith('app.bsky.feed.getAuthorFeed')) return route.fulfill(json({ feed: [] }));
    return route.fulfill(json({}));
  });
  return cursors;
}

/** The popup with the target looked up, its audit control ready; `labels` in the browser's language. */
async function popupOnTarget(browser: Browser, labels = { lookup: 'Look up a profile', button: 'Look up' }): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await popup.getByLabel(labels.lookup).fill(`bluesky:${TARGET.handle}`);
  await popup.getByRole('button', { name: labels.button, exact: true }).click();
  await popup.locator(`.breakdown[data-profile="bluesky:${TARGET.handle}"][data-state="scored"]`).waitFor({ timeout: 20_000 });
  return popup;
}

const ROOT = `[data-audit="bluesky:${TARGET.handle}"]`;

describe('audit: resumes on its own, and in German', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('an audit whose service worker was stopped goes on from its cursor with no popup open, and finishes', async () => {
    browser = await launchWithExtension();
    const cursors = await serveBluesky(browser.context, 1000, 1500);
    const popup = await popupOnTarget(browser);
    await popup.getByLabel('Followers to read').selectOption('500');
    await popup.getByRole('button', { name: /^Audit/ }).click();
    await expect.poll(() => cursors.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await popup.close();

    // Only the extension's worker could ask for more pages now; stop it.
    await stopServiceWorker(browser);
    const atStop = cursors.length;
    expect(cursors.slice(0, atStop)).not.toContain('400');
    // Nothing is opened: the audit alarm (at most half a minute) wakes a new worker, which resumes.
    await expect.poll(() => cursors.length, { timeout: 60_000, interval: 500 }).toBeGreaterThan(atStop);
    const resumed = cursors.slice(atStop);
    // It went on from the stored cursor, not from the top of the list.
    expect(resumed[0]).not.toBeNull();
    expect(Number(resumed[0])).toBeGreaterThanOrEqual(100);
    await expect.poll(() => cursors.includes('400'), { timeout: 30_000 }).toBe(true);
    // Each page asked for once per worker, at most the one in flight at the stop again.
    expect(cursors.filter((c) => c === null)).toHaveLength(1);

    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await again.getByLabel('Look up a profile').fill(`bluesky:${TARGET.handle}`);
    await again.getByRole('button', { name: 'Look up', exact: true }).click();
    await again.locator(`${ROOT}[data-audit-state="done"][data-sampled="500"]`).waitFor({ timeout: 20_000 });
    // 100 of the 500 are the suspicious kind.
    expect(Number(await again.locator(ROOT).getAttribute('data-suspicious'))).toBeCloseTo(0.2, 5);
  }, 150_000);

  it('in a German browser the audit button is "Publikum prüfen", and the audit speaks German', async () => {
    browser = await launchWithExtension({ lang: 'de' });
    await serveBluesky(browser.context, 150, 0);
    const popup = await popupOnTarget(browser, { lookup: 'Profil nachschlagen', button: 'Nachschlagen' });
    const start = popup.getByRole('button', { name: 'Publikum prüfen', exact: true });
    await start.waitFor({ timeout: 10_000 });
    // Numbers follow chrome.i18n.getUILanguage(), which stays en-US where Chromium has no German
    // pack (Debian without chromium-l10n), while the messages come from _locales/de: either separator.
    const options = await popup.getByLabel('Zu lesende Follower').locator('option').allInnerTexts();
    expect(options.map((o) => o.replace(/[.,]/g, ''))).toEqual(['500 neueste', '1000 neueste', '2000 neueste (Standard)', '5000 neueste']);
    await popup.getByLabel('Zu lesende Follower').selectOption('500');
    await start.click();
    await popup.locator(`${ROOT}[data-audit-state="done"][data-sampled="150"]`).waitFor({ timeout: 30_000 });
    const text = await popup.locator('section.audit').innerText();
    expect(text).toContain('Publikumsprüfung');
    expect(text).toContain('Von allen 150 Followern (das ganze Publikum wurde gelesen):');
    expect(text).toMatch(/20\s?% verdächtig \(95-%-Intervall \d+–\d+ %\)/);
    expect(text).toContain('CSV exportieren');
    expect(text).toContain('Quelle: eine Schätzung von Influence Badges');
    // The flags' labels follow getUILanguage() (see above); everything else is German.
    const flags = await popup.locator('.audit-flags').innerText();
    expect(text.replace(flags, '')).not.toMatch(/followers|genuine|suspicious|estimate|Audit/);
  }, 90_000);
});

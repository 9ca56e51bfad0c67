/// <reference types="chrome" />
// The audience audit from the popup, against audiences of known make-up: labelled accounts of
// Cresci et al. 2015 (E13 genuine users, INT bought followers; tests/e2e/audit-data.ts) served
// as Bluesky's and Mastodon's follower lists, 30% of them bought, spread evenly through the list.
// Every request the audit makes is counted here, at the network's door.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALIBRATION, blueskyProfile, hasCalibration, labelledAudience, mastodonAccount, type LabelledFollower } from './audit-data';
import { axeViolations, blocking, describeViolations } from './axe';
import { launchWithExtension, type Browser } from './harness';

if (!hasCalibration) console.warn(`Skipping the audit end-to-end tests: ${CALIBRATION} (the labelled accounts) does not exist.`);

const BOUGHT_SHARE = 0.3;
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', ...headers },
  body: JSON.stringify(body),
});

/** The sample the audit should read: `sample` followers with the bought share, then `tail` more genuine ones it should not reach. */
function audience(sample: number, tail: number): LabelledFollower[] {
  const head = labelledAudience(sample, BOUGHT_SHARE);
  const seen = new Set(head.map((f) => f.slug));
  const rest = labelledAudience(tail * 3, 0).filter((f) => !seen.has(f.slug)).slice(0, tail);
  return [...head, ...rest];
}

async function quietOtherApis(context: BrowserContext): Promise<void> {
  await context.route('https://query.wikidata.org/**', (route) =>
    route.fulfill({ contentType: 'application/sparql-results+json', body: JSON.stringify({ head: { vars: [] }, results: { bindings: [] } }) }),
  );
}

/** Opens the popup, looks up `lookup`, waits for its breakdown and the audit's start button. */
async function popupWith(browser: Browser, lookup: string, key: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await popup.getByLabel('Look up a profile').fill(lookup);
  await popup.getByRole('button', { name: 'Look up' }).click();
  await popup.locator(`.breakdown[data-profile="${key}"][data-state="scored"]`).waitFor({ timeout: 20_000 });
  await popup.getByRole('button', { name: /^Audit/ }).waitFor({ timeout: 10_000 });
  return popup;
}

const attribute = async (page: Page, selector: string, name: string) => Number(await page.locator(selector).getAttribute(name));

/** The report's intervals as numbers. */
async function intervals(popup: Page, root: string) {
  const get = (name: string) => attribute(popup, root, name);
  return {
    sampled: await get('data-sampled'),
    suspicious: { share: await get('data-suspicious'), low: await get('data-suspicious-low'), high: await get('data-suspicious-high') },
    genuine: { share: await get('data-genuine'), low: await get('data-genuine-low'), high: await get('data-genuine-high') },
    inactive: { share: await get('data-inactive'), low: await get('data-inactive-low'), high: await get('data-inactive-high') },
    bought: {
      share: await attribute(popup, `${root} .audit-bought`, 'data-bought'),
      low: await attribute(popup, `${root} .audit-bought`, 'data-bought-low'),
      high: await attribute(popup, `${root} .audit-bought`, 'data-bought-high'),
    },
  };
}

describe.skipIf(!hasCalibration)('the audience audit against labelled followers (needs ../shared/calibration)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await quietOtherApis(browser.context);
  });
  afterAll(() => browser?.close());

  it('audits the newest 2,000 Bluesky followers in at most 100 requests, and its bought interval holds the true 30%', async () => {
    const SAMPLE = 2000;
    const followers = audience(SAMPLE, 400);
    const profiles = followers.map(blueskyProfile);
    const byActor = new Map<string, Record<string, unknown>>();
    for (const p of profiles) {
      byActor.set(p.did, p);
      byActor.set(p.handle, p);
    }
    const target = {
      did: 'did:plc:brandaudit0000000000000',
      handle: 'brand.bsky.social',
      displayName: 'Brand',
      description: 'A brand with an audience to audit.',
      avatar: 'https://cdn.bsky.app/img/avatar/plain/brand@jpeg',
      followersCount: followers.length,
      followsCount: 310,
      postsCount: 1200,
      createdAt: '2023-05-01T00:00:00.000Z',
      labels: [],
    };
    byActor.set(target.did, target);
    byActor.set(target.handle, target);
    const audit = { getFollowers: 0, getProfiles: 0 };
    let auditing = false;

    await browser.context.route('https://public.api.bsky.app/**', (route) => {
      const url = new URL(route.request().url());
      const limits = { 'ratelimit-limit': '3000', 'ratelimit-remaining': '2999' };
      if (url.pathname.endsWith('app.bsky.graph.getFollowers')) {
        audit.getFollowers++;
        const actor = url.searchParams.get('actor');
        if (actor !== target.handle && actor !== target.did) return route.fulfill({ ...json({ error: 'InvalidRequest', message: 'Profile not found' }), status: 400 });
        const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 50));
        const start = Number(url.searchParams.get('cursor') ?? 0);
        const page = profiles.slice(start, start + limit).map(({ did, handle, displayName, description, avatar, createdAt, indexedAt }) => ({ did, handle, displayName, description, avatar, createdAt, indexedAt }));
        const next = start + limit < profiles.length ? String(start + limit) : undefined;
        return route.fulfill(json({ subject: target, followers: page, ...(next ? { cursor: next } : {}) }, limits));
      }
      if (url.pathname.endsWith('app.bsky.actor.getProfiles')) {
        const actors = url.searchParams.getAll('actors');
        if (auditing && !actors.includes(target.handle) && !actors.includes(target.did)) audit.getProfiles++;
        return route.fulfill(json({ profiles: actors.map((a) => byActor.get(a.toLowerCase()) ?? byActor.get(a)).filter(Boolean) }, limits));
      }
      if (url.pathname.endsWith('app.bsky.feed.getAuthorFeed')) return route.fulfill(json({ feed: [] }, limits));
      return route.fulfill(json({}, limits));
    });

    const popup = await popupWith(browser, 'bluesky:brand.bsky.social', 'bluesky:brand.bsky.social');
    const sampleSelect = popup.getByLabel('Followers to read');
    expect(await sampleSelect.inputValue()).toBe('2000');
    expect(await sampleSelect.locator('option').allInnerTexts()).toEqual(['500 newest', '1,000 newest', '2,000 newest (default)', '5,000 newest']);
    auditing = true;
    await popup.getByRole('button', { name: /^Audit/ }).click();

    const root = '[data-audit="bluesky:brand.bsky.social"]';
    // The progress bar while it runs (the audit may outrun the first look, so only if it is caught running).
    const progress = popup.locator(`${root}[data-audit-state="running"] progress`);
    if (await progress.count()) {
      expect(await progress.getAttribute('max')).toBe('2000');
      await expect.poll(() => popup.locator('#audit-progress-text').innerText().catch(() => '')).toMatch(/^(\d[\d,]*) of 2,000 followers read, \d+ requests$|^$/);
    }
    await popup.locator(`${root}[data-audit-state="done"]`).waitFor({ timeout: 90_000 });
    auditing = false;

    const report = await intervals(popup, root);
    expect(report.sampled).toBe(SAMPLE);
    const truth = followers.slice(0, SAMPLE).filter((f) => f.bought).length / SAMPLE;
    expect(truth).toBeCloseTo(BOUGHT_SHARE, 5);
    // The corrected bought interval holds the true share.
    expect(report.bought.low).toBeLessThanOrEqual(truth);
    expect(report.bought.high).toBeGreaterThanOrEqual(truth);
    // The raw suspicious share misses some bought followers: it lies below the truth, and below the corrected estimate.
    expect(report.suspicious.share).toBeLessThan(truth);
    expect(report.suspicious.share).toBeLessThanOrEqual(report.bought.share);
    for (const share of [report.genuine, report.suspicious, report.inactive]) {
      expect(share.low).toBeLessThanOrEqual(share.share);
      expect(share.high).toBeGreaterThanOrEqual(share.share);
    }
    expect(report.genuine.share + report.suspicious.share + report.inactive.share).toBeCloseTo(1, 5);
    // 20 pages of 100 and 80 batches of 25 profiles, the tail never read.
    expect(audit.getFollowers + audit.getProfiles).toBeLessThanOrEqual(100);
    expect(audit.getFollowers).toBeLessThanOrEqual(20);

    const text = await popup.locator(root).innerText();
    expect(text).toContain('Of the newest 2,000 followers (the network lists newest first; this is not a random sample):');
    expect(text).toMatch(/\d+% genuine \(95% interval \d+–\d+%\)/);
    expect(text).toMatch(/Estimated bought or fake followers: \d+% \(95% interval \d+–\d+%\)/);
    expect(text).toMatch(/Typical for accounts with 1,000 to 10,000 followers: about \d+% genuine followers\./);
    expect(text).toContain('Source: an Influence Badges estimate, not a measured or published figure.');
    expect(text).toMatch(/Audited on .+; results are kept for 7 days\./);
    // Flags are counted with their labels, the most frequent first.
    const flags = popup.locator(`${root} .audit-flags li`);
    expect(await flags.count()).toBeGreaterThan(0);
    expect(await flags.first().innerText()).toMatch(/^[a-z].+: [\d,]+$/);

    // No serious or critical accessibility problem in the report (axe-core).
    const violations = blocking(await axeViolations(popup, '.audit'));
    expect(violations, describeViolations(violations)).toEqual([]);

    // The exports: one CSV row per follower in the sample; the JSON summary without the rows.
    const [csvDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readDownload(csvDownload);
    expect(csvDownload.suggestedFilename()).toMatch(/^influence-audit-bluesky-brand\.bsky\.social\.csv$/);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(SAMPLE + 1);
    // (A byte-order mark first, so that spreadsheets read it as UTF-8.)
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('handle,followers,following,posts,flags,verdict');
    const [jsonDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
    const summary = JSON.parse(await readDownload(jsonDownload)) as { sampled: number; newestFirst: boolean; followers?: unknown };
    expect(summary).toMatchObject({ sampled: SAMPLE, newestFirst: true });
    expect(summary.followers).toBeUndefined();

    // A popup opened again shows the kept report without a new audit.
    const before = audit.getFollowers;
    const again = await popupWith(browser, 'bluesky:brand.bsky.social', 'bluesky:brand.bsky.social');
    await again.locator(`${root}[data-audit-state="done"][data-sampled="2000"]`).waitFor({ timeout: 10_000 });
    expect(audit.getFollowers).toBe(before);
    await again.close();
    await popup.close();
  }, 180_000);

  it('shows its progress while it runs, and stops when cancelled', async () => {
    const followers = audience(1000, 0).map(blueskyProfile);
    const target = { did: 'did:plc:slowaudit00000000000000', handle: 'slow.bsky.social', displayName: 'Slow', followersCount: 1000, followsCount: 50, postsCount: 300, createdAt: '2023-01-01T00:00:00.000Z', labels: [] };
    let pages = 0;
    // Later routes take precedence: this one answers for the slow account, the first test's for the rest.
    await browser.context.route(/^https:\/\/public\.api\.bsky\.app\/xrpc\/app\.bsky\.(graph\.getFollowers\?actor=slow|actor\.getProfiles\?actors=(slow|did%3Aplc%3A(slow|e13)))/, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('getProfiles')) {
        const actors = url.searchParams.getAll('actors');
        return route.fulfill(json({ profiles: actors.includes(target.handle) || actors.includes(target.did) ? [target] : followers.filter((f) => actors.includes(f.did)) }));
      }
      pages++;
      await new Promise((resolve) => setTimeout(resolve, 700));
      const start = Number(url.searchParams.get('cursor') ?? 0);
      return route.fulfill(json({ subject: target, followers: followers.slice(start, start + 100).map(({ did, handle }) => ({ did, handle })), cursor: String(start + 100) }));
    });
    const popup = await popupWith(browser, 'bluesky:slow.bsky.social', 'bluesky:slow.bsky.social');
    await popup.getByLabel('Followers to read').selectOption('1000');
    await popup.getByRole('button', { name: /^Audit/ }).click();
    const root = '[data-audit="bluesky:slow.bsky.social"]';
    const bar = popup.getByRole('progressbar', { name: 'Audit progress' });
    await bar.waitFor({ timeout: 10_000 });
    expect(await bar.getAttribute('max')).toBe('1000');
    await expect.poll(() => popup.locator('#audit-progress-text').innerText(), { timeout: 10_000 }).toMatch(/^[1-9][\d,]* of 1,000 followers read, [1-9]\d* requests$/);
    expect(await popup.locator(`${root}[data-audit-state="running"]`).count()).toBe(1);
    // Focus moved to Cancel when the start button gave way to it.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.locator(`${root}[data-audit-state="cancelled"]`).waitFor({ timeout: 10_000 });
    const after = pages;
    await popup.waitForTimeout(1500);
    expect(pages).toBeLessThanOrEqual(after + 1);
    expect(await popup.getByRole('button', { name: /^Audit/ }).isVisible()).toBe(true);
    await popup.close();
  }, 60_000);

  it('audits a Mastodon account through Link-header paging, 500 followers at 80 a page', async () => {
    const SAMPLE = 500;
    const followers = audience(SAMPLE, 300);
    const accounts = followers.map((f) => mastodonAccount(f));
    const target = {
      id: '109000000000000777',
      username: 'brand',
      acct: 'brand',
      display_name: 'Brand',
      note: '<p>A brand with an audience to audit.</p>',
      avatar: 'https://files.mastodon.social/accounts/avatars/brand.png',
      url: 'https://mastodon.social/@brand',
      created_at: '2022-11-01T00:00:00.000Z',
      followers_count: followers.length,
      following_count: 120,
      statuses_count: 900,
      last_status_at: new Date().toISOString().slice(0, 10),
      bot: false,
      locked: false,
      fields: [],
    };
    let followerPages = 0;
    await browser.context.route('https://mastodon.social/**', (route) => {
      const url = new URL(route.request().url());
      const headers = { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '299', 'x-ratelimit-reset': new Date(Date.now() + 300_000).toISOString() };
      if (url.pathname === '/api/v1/instance') return route.fulfill(json({ uri: 'mastodon.social', title: 'Mastodon', version: '4.3.2', urls: {} }, headers));
      if (url.pathname === '/api/v1/accounts/lookup') {
        return String(url.searchParams.get('acct')).toLowerCase() === 'brand' ? route.fulfill(json(target, headers)) : route.fulfill({ ...json({ error: 'Record not found' }), status: 404 });
      }
      if (url.pathname === `/api/v1/accounts/${target.id}/statuses`) return route.fulfill(json([], headers));
      if (url.pathname === `/api/v1/accounts/${target.id}/followers`) {
        followerPages++;
        const limit = Math.min(80, Number(url.searchParams.get('limit') ?? 40));
        const maxId = url.searchParams.get('max_id');
        const start = maxId === null ? 0 : accounts.findIndex((a) => a.id === maxId) + 1;
        const page = accounts.slice(start, start + limit);
        const link =
          start + limit < accounts.length
            ? `<https://mastodon.social/api/v1/accounts/${target.id}/followers?limit=${limit}&max_id=${page[page.length - 1].id}>; rel="next", <https://mastodon.social/api/v1/accounts/${target.id}/followers?limit=${limit}&since_id=${page[0].id}>; rel="prev"`
            : `<https://mastodon.social/api/v1/accounts/${target.id}/followers?limit=${limit}&since_id=${page[0]?.id ?? 0}>; rel="prev"`;
        return route.fulfill(json(page, { ...headers, link }));
      }
      return route.fulfill({ ...json({ error: 'Record not found' }), status: 404 });
    });

    const popup = await popupWith(browser, 'mastodon:brand@mastodon.social', 'mastodon:brand@mastodon.social');
    await popup.getByLabel('Followers to read').selectOption('500');
    await popup.getByRole('button', { name: /^Audit/ }).click();
    const root = '[data-audit="mastodon:brand@mastodon.social"]';
    await popup.locator(`${root}[data-audit-state="done"]`).waitFor({ timeout: 60_000 });

    const report = await intervals(popup, root);
    expect(report.sampled).toBe(SAMPLE);
    const truth = followers.slice(0, SAMPLE).filter((f) => f.bought).length / SAMPLE;
    expect(report.bought.low).toBeLessThanOrEqual(truth);
    expect(report.bought.high).toBeGreaterThanOrEqual(truth);
    // ceil(500 / 80) = 7 pages: the counts come with the list, no request per follower.
    expect(followerPages).toBeLessThanOrEqual(7);
    expect(await popup.locator(root).innerText()).toContain('Of the newest 500 followers');
    await popup.close();
  }, 120_000);
});

async function readDownload(download: import('playwright-core').Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

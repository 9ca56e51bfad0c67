/// <reference types="chrome" />
// One person across networks, end to end: Alice's GitHub account names her Mastodon and Bluesky
// accounts (social accounts) and her domain (blog); her Mastodon account has a field pointing
// back to GitHub that mastodon.social verified (rel="me"); her Bluesky handle is that domain.
// Each proves the others, so every one of her badges carries one combined score and the other
// two profiles. Mallory's Mastodon account claims Alice's GitHub without GitHub saying so back:
// shown as "claimed, not proved", never merged. Bob links a profile by hand: self-declared.
// Alice's X profile (no API: its page is read) names her GitHub, whose twitter_username names it: a backlink.
// Every API is served here (context.route) and every request counted.
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, popupForTab, type Browser } from './harness';

const DAY = 86_400_000;
const GITHUB_PAGE = 'https://github.com/octo-org/widget/issues/7';
const MASTODON_PAGE = 'https://mastodon.social/public/local';
const BLUESKY_PAGE = 'https://bsky.app/profile/alice.dev';
const ALICE_GITHUB_PROFILE = 'https://github.com/alice';
const MALLORY_PROFILE = 'https://mastodon.social/@mallory';
const BOB_PROFILE = 'https://github.com/bob';
const ALICE_X_PROFILE = 'https://x.com/alice_tw';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const mastodonAuthor = (user: string, id: string) =>
  `<div class="status"><div class="status__info"><a title="@${user}" data-id="${id}" class="status__display-name" href="/@${user}"><span class="display-name"><bdi><strong class="display-name__html">${user}</strong></bdi> <span class="display-name__account">@${user}</span></span></a></div><div class="status__content"><p>Hello.</p></div></div>`;
const PAGES: Record<string, string> = {
  [GITHUB_PAGE]: page(
    `<div class="timeline-comment"><div class="timeline-comment-header"><a href="/alice" class="author">alice</a> opened this issue</div></div>
     <div class="timeline-comment"><div class="timeline-comment-header"><a href="/bob" class="author">bob</a> commented</div></div>`,
  ),
  [ALICE_GITHUB_PROFILE]: page(`<div class="h-card vcard"><h1><span class="p-name">Alice</span><span class="p-nickname vcard-username">alice</span></h1></div>`),
  [BOB_PROFILE]: page(`<div class="h-card vcard"><h1><span class="p-name">Bob</span><span class="p-nickname vcard-username">bob</span></h1></div>`),
  [MASTODON_PAGE]: page(`<div class="column">${mastodonAuthor('alice', '1')}${mastodonAuthor('mallory', '2')}</div>`),
  [MALLORY_PROFILE]: page(`<div class="column">${mastodonAuthor('mallory', '2')}</div>`),
  // X has no API: its profile header is read, with the website the profile names (X wraps it in t.co).
  [ALICE_X_PROFILE]: page(
    `<main role="main"><div data-testid="primaryColumn">
       <div data-testid="UserName"><div><span>Alice</span></div><div><div tabindex="-1"><span>@alice_tw</span></div></div></div>
       <div dir="auto" data-testid="UserDescription"><span>Builds things.</span></div>
       <div data-testid="UserProfileHeader_Items"><a href="https://t.co/a1b2c3" rel="noopener noreferrer nofollow" target="_blank" role="none" data-testid="UserUrl"><span>github.com/alice</span></a></div>
       <a href="/alice_tw/following" role="link"><span>210</span> <span>Following</span></a>
       <a href="/alice_tw/verified_followers" role="link"><span>4,120</span> <span>Followers</span></a>
     </div></main>`,
  ),
  [BLUESKY_PAGE]: page(`<div data-testid="feedItem-by-alice.dev"><a href="/profile/alice.dev">Alice</a> <a href="/profile/alice.dev">@alice.dev</a></div>`),
};

const githubUser = (login: string, extra: Record<string, unknown>) => ({
  login, id: login.length, type: 'User', name: login, bio: 'Builds things.', location: 'Berlin', blog: '', twitter_username: null,
  public_repos: 12, public_gists: 0, followers: 900, following: 40, created_at: '2014-01-01T00:00:00Z', html_url: `https://github.com/${login}`, ...extra,
});
const GITHUB: Record<string, { user: unknown; social: unknown[] }> = {
  alice: {
    user: githubUser('alice', { blog: 'https://alice.dev', twitter_username: 'alice_tw', followers: 2400 }),
    social: [
      { provider: 'mastodon', url: 'https://mastodon.social/@alice' },
      { provider: 'bluesky', url: 'https://bsky.app/profile/alice.dev' },
    ],
  },
  bob: { user: githubUser('bob', {}), social: [] },
};

const mastodonAccount = (id: string, username: string, fields: unknown[], followers: number) => ({
  id, username, acct: username, display_name: username, locked: false, bot: false, created_at: '2018-01-01T00:00:00.000Z', note: '<p>Posts.</p>',
  avatar: 'https://files.example/a.png', followers_count: followers, following_count: 100, statuses_count: 900, emojis: [], fields,
});
const MASTODON: Record<string, unknown> = {
  alice: mastodonAccount('1', 'alice', [{ name: 'GitHub', value: '<a href="https://github.com/alice" rel="nofollow noopener me" target="_blank"><span class="invisible">https://</span><span>github.com/alice</span></a>', verified_at: '2024-05-01T00:00:00.000+00:00' }], 5000),
  // Names Alice's GitHub; mastodon.social could not verify it (GitHub does not link back), and GitHub does not name Mallory.
  mallory: mastodonAccount('2', 'mallory', [{ name: 'GitHub', value: '<a href="https://github.com/alice" rel="nofollow noopener" target="_blank">github.com/alice</a>', verified_at: null }], 300),
};

const BLUESKY = [
  {
    did: 'did:plc:aliceplcaliceplcaliceplc', handle: 'alice.dev', displayName: 'Alice', description: 'Writes code.',
    createdAt: '2023-05-01T00:00:00.000Z', followersCount: 3100, followsCount: 200, postsCount: 800,
  },
];

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' };

/** Every API request, as `host path?query`. */
async function serve(context: BrowserContext): Promise<string[]> {
  const log: string[] = [];
  const json = (route: Route, body: unknown, status = 200, headers: Record<string, string> = {}) => route.fulfill({ status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
  const servePage = (route: Route) => {
    const html = PAGES[route.request().url().split('#')[0]];
    return html !== undefined ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, contentType: 'text/html', body: 'no' });
  };
  for (const site of ['https://github.com/**', 'https://bsky.app/**', 'https://x.com/**']) await context.route(site, servePage);

  const githubLimit = { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
  await context.route('https://api.github.com/**', (route) => {
    const url = new URL(route.request().url());
    log.push(`api.github.com ${url.pathname}${url.search}`);
    const match = /^\/users\/([^/]+)(\/repos|\/events\/public|\/social_accounts)?$/.exec(url.pathname);
    const fixture = match ? GITHUB[match[1].toLowerCase()] : undefined;
    if (!match || !fixture) return json(route, { message: 'Not Found' }, 404, githubLimit);
    if (match[2] === '/social_accounts') return json(route, fixture.social, 200, githubLimit);
    if (match[2] === '/repos') return json(route, [{ name: 'w', fork: false, stargazers_count: 300, forks_count: 30, pushed_at: new Date(Date.now() - DAY).toISOString() }], 200, githubLimit);
    if (match[2]) return json(route, Array.from({ length: 10 }, (_, i) => ({ type: 'PushEvent', created_at: new Date(Date.now() - (i * 7 + 1) * DAY).toISOString() })), 200, githubLimit);
    return json(route, fixture.user, 200, githubLimit);
  });

  await context.route('https://mastodon.social/**', (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/.well-known/')) return servePage(route);
    log.push(`mastodon.social ${url.pathname}${url.search}`);
    const limit = { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '299', 'x-ratelimit-reset': new Date(Date.now() + 300_000).toISOString() };
    if (url.pathname === '/api/v1/accounts/lookup') {
      const account = MASTODON[String(url.searchParams.get('acct')).toLowerCase().replace(/@mastodon\.social$/, '')];
      return account ? json(route, account, 200, limit) : json(route, { error: 'Record not found' }, 404, limit);
    }
    if (/^\/api\/v1\/accounts\/\d+\/statuses$/.test(url.pathname)) {
      return json(route, Array.from({ length: 5 }, (_, i) => ({ id: `9${i}`, created_at: new Date(Date.now() - (i + 1) * DAY).toISOString(), reblogs_count: 10, favourites_count: 40, replies_count: 4, quotes_count: 0 })), 200, limit);
    }
    return json(route, { error: 'Record not found' }, 404, limit);
  });

  await context.route('https://public.api.bsky.app/**', (route) => {
    const url = new URL(route.request().url());
    log.push(`public.api.bsky.app ${url.pathname}${url.search}`);
    if (url.pathname.endsWith('getAuthorFeed')) return json(route, { feed: [] });
    const actors = url.searchParams.getAll('actors').map((a) => a.toLowerCase());
    return json(route, { profiles: BLUESKY.filter((p) => actors.includes(p.handle) || actors.includes(p.did)) }, 200, { 'ratelimit-limit': '3000', 'ratelimit-remaining': '2999' });
  });
  await context.route('https://query.wikidata.org/**', (route) => route.fulfill({ contentType: 'application/sparql-results+json', body: JSON.stringify({ head: { vars: [] }, results: { bindings: [] } }) }));
  return log;
}

/** Each badge's key with its score, combined score and linked profiles. */
const badges = (tab: Page) =>
  tab.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => ({
      key: host.getAttribute('data-influence-badge')!,
      score: host.getAttribute('data-score'),
      combined: host.getAttribute('data-combined-score'),
      linked: host.getAttribute('data-linked'),
    })),
  );
const badgeOf = async (tab: Page, key: string) => (await badges(tab)).find((b) => b.key === key);
const linkedSet = (linked: string | null | undefined) => (linked ?? '').split(',').filter(Boolean).sort();

describe('one person across GitHub, Mastodon and Bluesky', () => {
  let browser: Browser;
  let log: string[];

  beforeAll(async () => {
    browser = await launchWithExtension();
    log = await serve(browser.context);
  });
  afterAll(() => browser?.close());

  it('GitHub, Mastodon and Bluesky prove each other: each badge carries one combined score and the other two profiles', async () => {
    const github = await browser.context.newPage();
    await github.goto(GITHUB_PAGE);
    await expect.poll(async () => (await badgeOf(github, 'github:alice'))?.combined ?? null, { timeout: 20_000 }).not.toBeNull();
    const alice = (await badgeOf(github, 'github:alice'))!;
    expect(linkedSet(alice.linked)).toEqual(['bluesky:alice.dev', 'mastodon:alice@mastodon.social']);
    // Bob claims nobody: a plain badge.
    const bob = (await badgeOf(github, 'github:bob'))!;
    expect(Number(bob.score)).toBeGreaterThanOrEqual(1);
    expect(bob.combined).toBeNull();
    expect(bob.linked).toBeNull();
    // The twitter_username is a claim X cannot answer (no API): it costs no request. One step only: Alice's claims, once.
    expect(log.filter((l) => l.includes('/social_accounts')).sort()).toEqual(['api.github.com /users/alice/social_accounts', 'api.github.com /users/bob/social_accounts']);

    // What discovery cost: one request per GitHub profile looked at (its social accounts), and the
    // claimed profiles scored once each (Mastodon: lookup and posts; Bluesky: profile and feed). The
    // blog's domain and the Bluesky social account name the same handle: asked once. X (alice_tw): nothing.
    expect([...log].sort()).toEqual(
      [
        'api.github.com /users/alice',
        'api.github.com /users/alice/repos?type=owner&sort=pushed&per_page=100',
        'api.github.com /users/alice/events/public?per_page=100',
        'api.github.com /users/alice/social_accounts',
        'api.github.com /users/bob',
        'api.github.com /users/bob/repos?type=owner&sort=pushed&per_page=100',
        'api.github.com /users/bob/events/public?per_page=100',
        'api.github.com /users/bob/social_accounts',
        'mastodon.social /api/v1/accounts/lookup?acct=alice',
        'mastodon.social /api/v1/accounts/1/statuses?limit=40&exclude_reblogs=true',
        'public.api.bsky.app /xrpc/app.bsky.actor.getProfiles?actors=alice.dev',
        'public.api.bsky.app /xrpc/app.bsky.feed.getAuthorFeed?actor=did%3Aplc%3Aaliceplcaliceplcaliceplc&limit=100&filter=posts_no_replies',
      ].sort(),
    );
    // The card says it too: the combined score across the three networks and how each link was proved.
    const host = github.locator('influence-badge[data-influence-badge="github:alice"]');
    await host.locator('button').hover();
    const card = host.locator('.card');
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain(`Combined score ${alice.combined} across `);
    const cardText = await card.innerText();
    expect(cardText).toMatch(/across GitHub, (Mastodon, and Bluesky|Bluesky, and Mastodon)/);
    expect(cardText).toContain('GitHub ↔ Mastodon: verified by mastodon.social (rel=me)');
    expect(cardText).toContain('GitHub ↔ Bluesky: the Bluesky handle is the domain alice.dev, which the other profile names');
    expect(cardText).not.toContain('alice_tw');

    const mastodon = await browser.context.newPage();
    await mastodon.goto(MASTODON_PAGE);
    await expect.poll(async () => (await badgeOf(mastodon, 'mastodon:alice@mastodon.social'))?.combined ?? null, { timeout: 20_000 }).toBe(alice.combined);
    const onMastodon = (await badgeOf(mastodon, 'mastodon:alice@mastodon.social'))!;
    expect(linkedSet(onMastodon.linked)).toEqual(['bluesky:alice.dev', 'github:alice']);

    const bluesky = await browser.context.newPage();
    await bluesky.goto(BLUESKY_PAGE);
    await expect.poll(async () => (await badgeOf(bluesky, 'bluesky:alice.dev'))?.combined ?? null, { timeout: 20_000 }).toBe(alice.combined);
    const onBluesky = (await badgeOf(bluesky, 'bluesky:alice.dev'))!;
    // Her other pages cost nothing more: their profiles were scored by the discovery, and their links found.
    // (Mallory, on the Mastodon page, costs her own two; her claim of Alice's GitHub is answered from the cache.)
    expect(log.slice(12)).toEqual(['mastodon.social /api/v1/accounts/lookup?acct=mallory', 'mastodon.social /api/v1/accounts/2/statuses?limit=40&exclude_reblogs=true']);
    expect(linkedSet(onBluesky.linked)).toEqual(['github:alice', 'mastodon:alice@mastodon.social']);

    // Each network adds, none subtracts: the combined score is above every one of the three.
    const scores = [alice.score, onMastodon.score, onBluesky.score].map(Number);
    expect(Number(alice.combined)).toBeGreaterThan(Math.max(...scores));
    expect(Number(alice.combined)).toBeLessThanOrEqual(100);
  });

  it('a one-way claim is shown as claimed, not proved, and never merged', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(MALLORY_PROFILE);
    await expect.poll(async () => (await badgeOf(tab, 'mastodon:mallory@mastodon.social'))?.score ?? null, { timeout: 20_000 }).not.toBeNull();
    const popup = await popupForTab(browser, MALLORY_PROFILE);
    const claimed = popup.locator('.linked-profiles [data-claimed-profile="github:alice"]');
    await expect.poll(() => claimed.count(), { timeout: 20_000 }).toBe(1);
    expect(await claimed.innerText()).toContain('claimed, not proved');
    expect(await popup.locator('.linked-profiles .combined').count()).toBe(0);
    expect(await popup.locator('.linked-profiles').innerText()).toContain('No proven links to other profiles yet.');
    // Mallory's badge carries nothing, and Alice's group does not take her in.
    const mallory = (await badgeOf(tab, 'mastodon:mallory@mastodon.social'))!;
    expect(mallory.combined).toBeNull();
    expect(mallory.linked).toBeNull();
    const github = await browser.context.newPage();
    await github.goto(GITHUB_PAGE);
    await expect.poll(async () => linkedSet((await badgeOf(github, 'github:alice'))?.linked), { timeout: 20_000 }).toEqual(['bluesky:alice.dev', 'mastodon:alice@mastodon.social']);
  });

  it('the popup lists the linked profiles with their proofs, scores and contributions, and the claim it could not prove', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(ALICE_GITHUB_PROFILE);
    const popup = await popupForTab(browser, ALICE_GITHUB_PROFILE);
    const section = popup.locator('.linked-profiles');
    await expect.poll(() => section.locator('[data-linked-profile]').count(), { timeout: 20_000 }).toBe(3);
    const text = await section.innerText();
    const combined = await section.locator('.combined').getAttribute('data-combined-score');
    expect(text).toContain(`Combined score ${combined} of 100 across 3 networks`);
    const row = (key: string) => section.locator(`[data-linked-profile="${key}"]`);
    expect(await row('mastodon:alice@mastodon.social').innerText()).toContain('GitHub ↔ Mastodon: verified by mastodon.social (rel=me)');
    // Bluesky names nobody: its handle is the domain GitHub's blog names, which proves it.
    expect(await row('bluesky:alice.dev').getAttribute('data-proof')).toBe('domain-handle');
    expect(await row('bluesky:alice.dev').innerText()).toContain('GitHub ↔ Bluesky: the Bluesky handle is the domain alice.dev, which the other profile names');
    // Own score and contribution on each row; the contributions add up to the combined score.
    const contributions = await section.locator('[data-linked-profile]').evaluateAll((rows) => rows.map((r) => Number(/adds (\d+) points/.exec(r.textContent ?? '')?.[1])));
    expect(contributions.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    expect(contributions.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(Number(combined) - 1);
    expect(contributions.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Number(combined) + 1);
    // GitHub's twitter_username alone proves nothing.
    expect(await section.locator('[data-claimed-profile="x:alice_tw"]').innerText()).toContain('claimed, not proved');
  });

  it('a link made by hand is marked self-declared and reaches the badges', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(BOB_PROFILE);
    const popup = await popupForTab(browser, BOB_PROFILE);
    const section = popup.locator('.linked-profiles');
    await section.locator('input').fill('mastodon:mallory@mastodon.social');
    await section.getByRole('button', { name: 'Link', exact: true }).click();
    await expect.poll(() => section.locator('[data-linked-profile="mastodon:mallory@mastodon.social"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await section.locator('[data-linked-profile="mastodon:mallory@mastodon.social"]').innerText()).toContain('linked by you (self-declared)');
    const github = await browser.context.newPage();
    await github.goto(GITHUB_PAGE);
    await expect.poll(async () => (await badgeOf(github, 'github:bob'))?.linked ?? null, { timeout: 20_000 }).toBe('mastodon:mallory@mastodon.social');
    // Taken back: the badge loses it.
    await section.getByRole('button', { name: 'Unlink' }).click();
    await expect.poll(async () => (await badgeOf(github, 'github:bob'))?.linked ?? null, { timeout: 20_000 }).toBeNull();
  });
  it('an X profile page that names the GitHub account which names it back joins the group (backlink), at no request to X', async () => {
    // Alice's GitHub profile seen first (its discovery found her Mastodon and Bluesky profiles).
    const github = await browser.context.newPage();
    await github.goto(GITHUB_PAGE);
    await expect.poll(async () => linkedSet((await badgeOf(github, 'github:alice'))?.linked), { timeout: 20_000 }).toEqual(['bluesky:alice.dev', 'mastodon:alice@mastodon.social']);
    const before = log.length;
    const tab = await browser.context.newPage();
    await tab.goto(ALICE_X_PROFILE);
    await expect.poll(async () => linkedSet((await badgeOf(tab, 'x:alice_tw'))?.linked), { timeout: 20_000 }).toEqual(['bluesky:alice.dev', 'github:alice', 'mastodon:alice@mastodon.social']);
    const onX = (await badgeOf(tab, 'x:alice_tw'))!;
    // A fourth network adds to the combined score; GitHub's badge follows.
    await github.reload();
    await expect.poll(async () => linkedSet((await badgeOf(github, 'github:alice'))?.linked), { timeout: 20_000 }).toContain('x:alice_tw');
    expect((await badgeOf(github, 'github:alice'))!.combined).toBe(onX.combined);
    // GitHub's twitter_username and the X page's website prove each other (the card says how); the page was read, X's API never asked.
    const host = tab.locator('influence-badge[data-influence-badge="x:alice_tw"]');
    await host.locator('button').hover();
    await expect.poll(() => host.locator('.card').innerText(), { timeout: 10_000 }).toContain('X ↔ GitHub: each profile links to the other');
    expect(log.slice(before).filter((l) => !l.includes('mallory'))).toEqual([]);
  });
});

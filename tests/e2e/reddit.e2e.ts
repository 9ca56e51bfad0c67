/// <reference types="chrome" />
// Reddit with the extension installed, signed in and signed out. www.reddit.com serves both
// the pages and /user/<name>/about.json; the route below answers about.json only when the
// browser's reddit_session cookie comes with the request (as Reddit does since it closed its
// JSON to logged-out callers), and the login-wall refusal otherwise. Everything else is
// aborted by the harness.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser, openPopupFor } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const OLD_THREAD = 'https://old.reddit.com/r/aww/comments/abc123/my_dog/';
const NEW_THREAD = 'https://www.reddit.com/r/aww/comments/abc123/my_dog/';
const STRANGER = 'https://www.reddit.com/r/aww/comments/def456/a_cat/';
const QUIET_PAGE = 'https://old.reddit.com/user/quiet_reader/';
const DAY_S = 86_400;
const WITHHELD = 'Reddit shares profiles only with signed-in users: open this profile on reddit.com while signed in, and its page will be read.';

interface Account {
  total_karma: number;
  link_karma: number;
  comment_karma: number;
  is_mod: boolean;
  ageDays: number;
  followers: number;
  title: string;
  bio: string;
  defaultIcon: boolean;
}
const { accounts } = JSON.parse(readFileSync(resolve(FIXTURES, 'api/reddit-e2e.json'), 'utf8')) as { accounts: Record<string, Account> };
const page = (name: string) => readFileSync(resolve(FIXTURES, 'pages', name), 'utf8');
const PAGES: Record<string, string> = {
  [OLD_THREAD]: page('reddit-thread-old.html'),
  [NEW_THREAD]: page('reddit-thread-new.html'),
  [STRANGER]: '<main><shreddit-comment author="new_face"><div slot="commentMeta"><a href="/user/new_face/">new_face</a></div></shreddit-comment></main>',
  // Old Reddit's user page of an account the API will not describe to a logged-out browser.
  [QUIET_PAGE]: page('reddit-user-old.html').replaceAll('karma_king', 'quiet_reader'),
};

/** An about.json answer (kind t2) for a fixture account, dated relative to now. */
function about(name: string, account: Account) {
  return {
    kind: 't2',
    data: {
      name,
      id: name,
      total_karma: account.total_karma,
      link_karma: account.link_karma,
      comment_karma: account.comment_karma,
      is_mod: account.is_mod,
      verified: true,
      created_utc: Math.floor(Date.now() / 1000 - account.ageDays * DAY_S),
      icon_img: account.defaultIcon ? 'https://www.redditstatic.com/avatars/defaults/v2/avatar_default_3.png' : `https://styles.redditmedia.com/${name}.png`,
      snoovatar_img: '',
      subreddit: { display_name: `u_${name}`, title: account.title, public_description: account.bio, subscribers: account.followers, is_default_icon: account.defaultIcon, subreddit_type: 'user' },
    },
  };
}

let browser: Browser;
/** Every about.json request: the name, and whether the session cookie came with it. */
const requests: { name: string; session: boolean }[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  await browser.context.route(
    (url) => ['www.reddit.com', 'old.reddit.com', 'reddit.com'].includes(url.host),
    async (route: Route) => {
      const url = new URL(route.request().url());
      const name = /^\/user\/([^/]+)\/about\.json$/.exec(url.pathname)?.[1];
      if (url.host === 'www.reddit.com' && name) {
        const session = /(^|;\s*)reddit_session=/.test((await route.request().allHeaders()).cookie ?? '');
        requests.push({ name: decodeURIComponent(name), session });
        if (!session) {
          return route.fulfill({ status: 403, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Blocked</title><p>whoa there, pardner! Log in to continue.</p>' });
        }
        const account = accounts[decodeURIComponent(name)];
        return route.fulfill(
          account
            ? { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(about(decodeURIComponent(name), account)) }
            : { status: 404, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ message: 'Not Found', error: 404 }) },
        );
      }
      const html = PAGES[url.href.split('#')[0]];
      return route.fulfill(html ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : { status: 404, contentType: 'text/html', body: 'page not found' });
    },
  );
});
afterAll(() => browser?.close());

async function signIn(): Promise<void> {
  await browser.context.addCookies([{ name: 'reddit_session', value: 'e2e-session', domain: '.reddit.com', path: '/', secure: true, httpOnly: true, sameSite: 'None' }]);
}

/** Each badge on the page: its key, score or state, and the link it sits beside. */
function badges(tab: Page) {
  return tab.$$eval('influence-badge', (hosts) =>
    hosts.map((host) => ({
      key: host.getAttribute('data-influence-badge'),
      score: host.getAttribute('data-score'),
      state: host.getAttribute('data-state'),
      beside: host.previousElementSibling?.getAttribute('href') ?? host.parentElement?.localName ?? null,
    })),
  );
}

const requestsFor = (name: string) => requests.filter((r) => r.name === name);

describe('Reddit, signed in: the browser’s session asks about.json', () => {
  beforeAll(signIn);

  it('old Reddit: a scored badge beside each post and comment author, a mention and the moderators; none for the menu, [deleted] or AutoModerator', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(OLD_THREAD);
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(6);
    const found = await badges(tab);
    expect(found.map((b) => b.key).sort()).toEqual(
      ['reddit:commenter_a', 'reddit:commenter_a', 'reddit:commenter_b', 'reddit:mod_one', 'reddit:op_user', 'reddit:op_user'].sort(),
    );
    for (const badge of found) expect(badge.beside).toMatch(new RegExp(`/u(ser)?/${badge.key!.split(':')[1]}$`));
    const scoreOf = (key: string) => Number(found.find((b) => b.key === key)!.score);
    // A quarter of a million karma, a moderator for eleven years, outranks 12 karma and a month.
    expect(scoreOf('reddit:op_user')).toBeGreaterThan(scoreOf('reddit:commenter_b'));
    expect(await tab.locator('#header influence-badge').count()).toBe(0);
    // One request a profile, with the session cookie; none for AutoModerator or the signed-in user.
    for (const name of ['op_user', 'commenter_a', 'commenter_b', 'mod_one']) expect(requestsFor(name)).toEqual([{ name, session: true }]);
    expect(requests).toHaveLength(4);
    await tab.close();
  });

  it('new Reddit (shreddit): one badge per author, not on avatars; only the new profile is asked for', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(NEW_THREAD);
    await expect.poll(() => tab.locator('influence-badge[data-score]').count(), { timeout: 20_000 }).toBe(4);
    expect((await badges(tab)).map((b) => b.key).sort()).toEqual(['reddit:commenter_b', 'reddit:commenter_b', 'reddit:nested_c', 'reddit:op_user']);
    expect(await tab.locator('[slot="commentAvatar"] influence-badge, reddit-header-large influence-badge').count()).toBe(0);
    expect(requestsFor('nested_c')).toEqual([{ name: 'nested_c', session: true }]);
    expect(requests).toHaveLength(5);
    await tab.close();
  });

  it('the popup explains a profile looked up: karma, moderation, followers, from the session’s about.json', async () => {
    const popup = await openPopupFor(browser, NEW_THREAD);
    await popup.getByLabel('Look up a profile').fill('reddit:karma_king');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const breakdown = popup.locator('.breakdown[data-profile="reddit:karma_king"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 20_000 });
    const score = Number(await breakdown.locator('.score').getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(1);
    const text = await breakdown.innerText();
    expect(text).toContain('Karma King');
    expect(text).toContain('I count karma.');
    expect(text).toMatch(/Fetched (now|\d+ seconds? ago) · www\.reddit\.com with your signed-in session/);
    const row = (name: string) => breakdown.locator(`tr[data-signal="${name}"] td`);
    expect(await row('karma').first().innerText()).toBe('80,355');
    expect(await row('moderated').first().innerText()).toBe('1');
    expect(await row('followers').first().innerText()).toBe('1,520');
    const points = await breakdown.locator('tbody td:nth-child(3)').allInnerTexts();
    expect(Math.abs(points.reduce((sum, t) => sum + Number(t.replace('−', '-')), 40) - score)).toBeLessThanOrEqual(1);
    expect(requestsFor('karma_king')).toEqual([{ name: 'karma_king', session: true }]);
    await popup.close();
  });
});

describe('Reddit, signed out: Reddit withholds about.json', () => {
  beforeAll(() => browser.context.clearCookies());

  it('marks a profile it has not seen as unavailable, and says how to get a score', async () => {
    const popup = await openPopupFor(browser, STRANGER);
    const tab = (await browser.context.pages()).find((p) => p.url() === STRANGER)!;
    const badge = tab.locator('influence-badge[data-influence-badge="reddit:new_face"]');
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 20_000 }).toBe('unavailable');
    await popup.getByLabel('Look up a profile').fill('reddit:new_face');
    await popup.getByRole('button', { name: 'Look up' }).click();
    const breakdown = popup.locator('.breakdown[data-profile="reddit:new_face"][data-state="unavailable"]');
    await breakdown.waitFor({ timeout: 20_000 });
    expect(await breakdown.innerText()).toContain(WITHHELD);
    expect(requestsFor('new_face')).toEqual([{ name: 'new_face', session: false }]);
    await popup.close();
  });

  it('reads a user page: its own badge is scored from the karma, cake day and moderated communities the page shows', async () => {
    const tab = await browser.context.newPage();
    // Every score a badge shows, however briefly (see the next test for why it may not stay).
    await tab.addInitScript(() => {
      const seen: string[] = ((window as unknown as { seenScores: string[] }).seenScores = []);
      const note = (host: Element) => {
        if (host.localName === 'influence-badge' && host.getAttribute('data-score')) seen.push(`${host.getAttribute('data-influence-badge')}=${host.getAttribute('data-score')}`);
      };
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') note(record.target as Element);
          for (const node of record.addedNodes) if (node instanceof Element) note(node);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-score'] });
    });
    await tab.goto(QUIET_PAGE);
    const seen = () => tab.evaluate(() => (window as unknown as { seenScores: string[] }).seenScores.filter((s) => s.startsWith('reddit:quiet_reader=')));
    await expect.poll(seen, { timeout: 20_000 }).not.toEqual([]);
    // Reddit was asked once, without a session, and refused.
    await expect.poll(() => requestsFor('quiet_reader'), { timeout: 20_000 }).toEqual([{ name: 'quiet_reader', session: false }]);
    await tab.close();
  });

  // The API's refusal must not take away what the page showed; the popup says why it stands alone.
  it('keeps that page score after Reddit refuses, and the popup explains it as read from the page', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(QUIET_PAGE);
    const own = tab.locator('.titlebox > h1 influence-badge[data-influence-badge="reddit:quiet_reader"]');
    await expect.poll(() => own.getAttribute('data-score'), { timeout: 10_000 }).toMatch(/^\d+$/);
    await tab.waitForTimeout(1500); // the refused request settles, and must not take the score away
    expect(await own.getAttribute('data-score')).toMatch(/^\d+$/);
    const popup = await openPopupFor(browser, QUIET_PAGE);
    const breakdown = popup.locator('.breakdown[data-profile="reddit:quiet_reader"][data-state="scored"]');
    await breakdown.waitFor({ timeout: 10_000 });
    expect(await breakdown.innerText()).toMatch(/read from the page/);
    expect(await breakdown.locator('.api-withheld').innerText()).toContain('Reddit');
    const row = (name: string) => breakdown.locator(`tr[data-signal="${name}"] td`);
    expect(await row('karma').first().innerText()).toBe('80,235');
    expect(await row('moderated').first().innerText()).toBe('3');
    expect(requestsFor('quiet_reader').every((r) => !r.session)).toBe(true);
    await popup.close();
    await tab.close();
  });
});

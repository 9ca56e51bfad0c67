// Bad input is normal: missing profiles, rate limits, garbage answers and names that look like
// markup each get a clear state, and none of them stops the other badges.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './harness';
import { serveFixtures } from './routes';

const PAGE = 'https://github.com/octo-org/widget/issues/99';
const authors = (...logins: string[]) => logins.map((login) => `<p><a class="author" href="/${login}">${login}</a> commented</p>`).join('\n');

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const host = (page: Page, login: string) => page.locator(`influence-badge[data-influence-badge="github:${login}"]`);
async function cardText(page: Page, login: string): Promise<string> {
  await host(page, login).locator('.pill').focus();
  const card = host(page, login).locator('.card');
  await expect.poll(() => card.isVisible()).toBe(true);
  await expect.poll(() => card.innerText()).not.toContain('Fetching public data');
  return card.innerText();
}

describe('bad input', () => {
  it('404, malformed JSON and markup in names each get their own state, and the other badges are scored', async () => {
    browser = await launchWithExtension();
    await serveFixtures(browser.context, { [PAGE]: authors('alice', 'nobody-here', 'garbage', 'xss-user') });
    await browser.context.route('https://api.github.com/users/garbage', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"login": "garbage", "followers": ' }),
    );
    const page = await browser.context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(PAGE);

    await expect.poll(() => host(page, 'nobody-here').getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');
    expect(await cardText(page, 'nobody-here')).toContain('GitHub user nobody-here does not exist.');
    expect(await page.getByRole('button', { name: 'Influence score for @nobody-here: unavailable' }).count()).toBe(1);

    await expect.poll(() => host(page, 'garbage').getAttribute('data-state'), { timeout: 15_000 }).toBe('error');
    expect(await cardText(page, 'garbage')).toContain('malformed JSON');

    await expect.poll(() => host(page, 'alice').getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    await expect.poll(() => host(page, 'xss-user').getAttribute('data-score'), { timeout: 15_000 }).toMatch(/^\d+$/);
    expect(await cardText(page, 'xss-user')).toContain('<img src=x onerror=alert(1)>');
    expect(await host(page, 'xss-user').locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('a rate limit stops all requests to the API until the reset it names, says when, then retries', async () => {
    browser = await launchWithExtension();
    await serveFixtures(browser.context, { [PAGE]: authors('alice', 'bob', 'carol') });
    // Further off than the limiter holds a request (10 s): the badges say when they will try again.
    const reset = Math.ceil(Date.now() / 1000) + 13;
    const requests: number[] = [];
    await browser.context.route('https://api.github.com/**', async (route) => {
      requests.push(Date.now());
      if (Date.now() < reset * 1000) {
        return route.fulfill({
          status: 403,
          headers: { 'content-type': 'application/json', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
          body: JSON.stringify({ message: 'API rate limit exceeded for 127.0.0.1.' }),
        });
      }
      return route.fallback();
    });
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    for (const login of ['alice', 'bob', 'carol']) {
      await expect.poll(() => host(page, login).getAttribute('data-state'), { timeout: 15_000 }).toBe('error');
    }
    const text = await cardText(page, 'bob');
    expect(text).toContain('rate limit');
    const clock = new Date(reset * 1000).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' });
    expect(text).toContain(`Tries again at ${clock}`);
    expect(requests).toHaveLength(1);

    // After the reset, the badges ask again by themselves and get their scores.
    for (const login of ['alice', 'bob', 'carol']) {
      await expect.poll(() => host(page, login).getAttribute('data-score'), { timeout: 20_000 }).toMatch(/^\d+$/);
    }
    expect(requests.filter((time) => time < reset * 1000)).toHaveLength(1);
  });
});

// Mastodon instances turned on at run time: the background's registrations (fakes for
// browser.permissions and browser.scripting) and the popup's permission request (a fake for
// permissions.request: the real prompt cannot be answered in a test browser).
import { describe, expect, it, vi } from 'vitest';
import { SCRIPT_ID_PREFIX, createDynamicSites, isInstanceInfo, manifestHosts, type ContentScriptRegistration } from '../../../src/background/dynamic-sites';
import { SETTINGS_KEY, loadSettings } from '../../../src/lib/settings';
import { cleanHosts } from '../../../src/lib/host-names';
import { enableSite, hostOfPattern, hostToEnable, isSitesRequest, originPattern } from '../../../src/lib/site-access';
import { siteFor } from '../../../src/sites';
import { memoryArea } from './memory-area';

const LOADER = 'assets/index.ts-loader-abc123.js';
const MANIFEST = {
  content_scripts: [{ matches: ['https://github.com/*', 'https://mastodon.social/*', 'https://*.stackexchange.com/*'], js: [LOADER] }],
};
const INSTANCE = { uri: 'social.example', title: 'Social', version: '4.3.2', urls: {} };

/** A browser: the origins granted, the scripts registered, and an instance API per host. */
function fakeBrowser(options: { granted?: string[]; registered?: ContentScriptRegistration[]; settings?: unknown; instances?: Record<string, () => Response> } = {}) {
  const granted = new Set(options.granted ?? []);
  const scripts = new Map((options.registered ?? []).map((s) => [s.id, s]));
  const storage = memoryArea(options.settings === undefined ? {} : { [SETTINGS_KEY]: options.settings });
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((o) => granted.delete(o));
      return true;
    }),
  };
  const scripting = {
    registerContentScripts: vi.fn(async (list: ContentScriptRegistration[]) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    }),
    getRegisteredContentScripts: vi.fn(async () => [...scripts.values()]),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  };
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const answer = options.instances?.[url.host];
    if (!answer) throw new TypeError('Failed to fetch');
    expect(url.pathname).toBe('/api/v1/instance');
    return answer();
  });
  const sites = createDynamicSites({ permissions, scripting, manifest: () => MANIFEST, extensionOrigin: 'chrome-extension://abc/', storage, fetch: fetch as unknown as typeof globalThis.fetch });
  return { sites, granted, scripts, storage, permissions, scripting, fetch };
}

const json = (body: unknown, status = 200) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('dynamic content scripts', () => {
  it('registers the manifest’s content script for a granted Mastodon instance, and keeps it in settings', async () => {
    const browser = fakeBrowser({ granted: ['https://social.example/*'], instances: { 'social.example': json(INSTANCE) } });
    expect(await browser.sites.enable('Social.Example')).toEqual({ ok: true, instances: ['social.example'] });
    expect([...browser.scripts.values()]).toEqual([
      { id: `${SCRIPT_ID_PREFIX}social.example`, js: [LOADER], matches: ['https://social.example/*'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect((await loadSettings(browser.storage)).mastodonInstances).toEqual(['social.example']);
    expect(browser.fetch).toHaveBeenCalledWith('https://social.example/api/v1/instance', expect.anything());
  });

  it('refuses a host the user did not grant, and registers nothing', async () => {
    const browser = fakeBrowser({ instances: { 'social.example': json(INSTANCE) } });
    expect(await browser.sites.enable('social.example')).toEqual({ ok: false, problem: 'no-permission' });
    expect(browser.scripts.size).toBe(0);
    expect(browser.fetch).not.toHaveBeenCalled();
  });

  it('gives the access back when the host is no Mastodon server', async () => {
    for (const answer of [json({ error: 'not found' }, 404), json({ name: 'a blog' }), () => new Response('<html></html>')]) {
      const browser = fakeBrowser({ granted: ['https://blog.example/*'], instances: { 'blog.example': answer } });
      expect(await browser.sites.enable('blog.example')).toEqual({ ok: false, problem: 'not-mastodon' });
      expect(browser.granted.has('https://blog.example/*')).toBe(false);
      expect(browser.scripts.size).toBe(0);
      expect((await loadSettings(browser.storage)).mastodonInstances).toEqual([]);
    }
  });

  it('keeps the access when the host cannot be reached now', async () => {
    const browser = fakeBrowser({ granted: ['https://down.example/*'] });
    expect(await browser.sites.enable('down.example')).toEqual({ ok: false, problem: 'unreachable' });
    expect(browser.granted.has('https://down.example/*')).toBe(true);
  });

  it('needs no registration for the manifest’s own instances, and takes no bad host names', async () => {
    const browser = fakeBrowser({ granted: ['https://mastodon.social/*'] });
    expect(await browser.sites.enable('mastodon.social')).toEqual({ ok: false, problem: 'covered' });
    for (const bad of ['localhost', '10.0.0.1', 'a b.example', 'x.example/path', '']) expect(await browser.sites.enable(bad)).toEqual({ ok: false, problem: 'invalid-host' });
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('does the same host asked twice at once (popup and permissions.onAdded) once', async () => {
    const browser = fakeBrowser({ granted: ['https://social.example/*'], instances: { 'social.example': json(INSTANCE) } });
    const [a, b] = await Promise.all([browser.sites.enable('social.example'), browser.sites.added({ origins: ['https://social.example/*'] })]);
    expect(a).toEqual({ ok: true, instances: ['social.example'] });
    expect(b).toBeUndefined();
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(browser.fetch).toHaveBeenCalledTimes(1);
  });

  it('turns on an origin granted while the popup was closed (Firefox closes it for the prompt), not the manifest’s', async () => {
    const browser = fakeBrowser({ granted: ['https://social.example/*', 'https://github.com/*'], instances: { 'social.example': json(INSTANCE) } });
    await browser.sites.added({ origins: ['https://social.example/*', 'https://github.com/*', '<all_urls>'] });
    expect([...browser.scripts.keys()]).toEqual([`${SCRIPT_ID_PREFIX}social.example`]);
  });

  it('at start-up registers what settings hold and is still granted, drops the rest, and leaves what is registered', async () => {
    const browser = fakeBrowser({
      settings: { mastodonInstances: ['a.example', 'b.example', 'revoked.example', 'mastodon.social'] },
      granted: ['https://a.example/*', 'https://b.example/*', 'https://mastodon.social/*'],
      registered: [
        { id: `${SCRIPT_ID_PREFIX}a.example`, js: [LOADER], matches: ['https://a.example/*'] },
        { id: `${SCRIPT_ID_PREFIX}revoked.example`, js: [LOADER], matches: ['https://revoked.example/*'] },
        { id: 'someone-else', js: ['x.js'], matches: ['https://x.example/*'] },
      ],
    });
    expect(await browser.sites.sync()).toEqual(['a.example', 'b.example']);
    expect([...browser.scripts.keys()].sort()).toEqual([`${SCRIPT_ID_PREFIX}a.example`, `${SCRIPT_ID_PREFIX}b.example`, 'someone-else'].sort());
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(browser.scripting.registerContentScripts.mock.calls[0][0].map((s) => s.id)).toEqual([`${SCRIPT_ID_PREFIX}b.example`]);
    expect((await loadSettings(browser.storage)).mastodonInstances).toEqual(['a.example', 'b.example']);
    // Again: nothing to do, and nothing registered twice.
    await browser.sites.sync();
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('syncs one at a time: overlapping start-up and changes register each id once', async () => {
    const browser = fakeBrowser({ settings: { mastodonInstances: ['a.example'] }, granted: ['https://a.example/*'] });
    await Promise.all([browser.sites.sync(), browser.sites.sync(), browser.sites.sync()]);
    expect(browser.scripts.size).toBe(1);
  });

  it('drops a host the user took back in the browser’s settings, and turns one off from the popup', async () => {
    const browser = fakeBrowser({ settings: { mastodonInstances: ['a.example', 'b.example'] }, granted: ['https://a.example/*', 'https://b.example/*'] });
    await browser.sites.sync();
    browser.granted.delete('https://a.example/*');
    await browser.sites.removed({ origins: ['https://a.example/*'] });
    expect([...browser.scripts.keys()]).toEqual([`${SCRIPT_ID_PREFIX}b.example`]);
    expect(await browser.sites.handle({ type: 'sites.disable', host: 'b.example' })).toEqual({ ok: true, instances: [] });
    expect(browser.scripts.size).toBe(0);
    expect(browser.granted.has('https://b.example/*')).toBe(false);
  });

  it('takes requests from the extension’s own pages only, never from a page’s content script', async () => {
    const browser = fakeBrowser({ granted: ['https://social.example/*'], instances: { 'social.example': json(INSTANCE) } });
    const request = { type: 'sites.enable', host: 'social.example' } as const;
    expect(await browser.sites.handle(request, { url: 'https://social.example/@alice' })).toEqual({ ok: false, problem: 'failed' });
    expect(browser.scripts.size).toBe(0);
    expect(await browser.sites.handle(request, { url: 'chrome-extension://abc/src/popup/index.html?tab=3' })).toEqual({ ok: true, instances: ['social.example'] });
  });

  it('reads the content script file from the manifest, the hosts it covers, and what an instance answers', () => {
    expect([...manifestHosts(MANIFEST)]).toEqual(['github.com', 'mastodon.social']);
    expect(isInstanceInfo(INSTANCE)).toBe(true);
    expect(isInstanceInfo({ domain: 'social.example', version: '4.3.0' })).toBe(true); // /api/v2/instance's shape
    for (const bad of [null, [], { uri: 'x' }, { version: '4' }, { uri: '', version: '4' }]) expect(isInstanceInfo(bad)).toBe(false);
  });
});

describe('the popup’s request for a site', () => {
  it('offers the button for an https page of a host not yet covered', () => {
    const covered = (host: string) => siteFor(host) !== undefined || host === 'enabled.example';
    expect(hostToEnable('https://Social.Example/@alice', covered)).toBe('social.example');
    for (const url of [undefined, 'https://github.com/octocat', 'https://mastodon.social/@a', 'https://enabled.example/', 'http://social.example/', 'https://social.example:8443/', 'chrome://extensions', 'https://127.0.0.1/', 'https://localhost/', 'not a url']) {
      expect(hostToEnable(url, covered)).toBeNull();
    }
  });

  it('asks for that one origin before anything else (in the click), then the background', async () => {
    const order: string[] = [];
    const request = vi.fn((permissions: { origins: string[] }) => {
      order.push('request');
      return Promise.resolve(true);
    });
    const send = vi.fn(async () => {
      order.push('send');
      return { ok: true, instances: ['social.example'] };
    });
    const pending = enableSite('social.example', { request, send });
    // Synchronously, within the user's gesture: the request is already made.
    expect(request).toHaveBeenCalledWith({ origins: ['https://social.example/*'] });
    expect(order).toEqual(['request']);
    expect(await pending).toEqual({ state: 'enabled', instances: ['social.example'] });
    expect(send).toHaveBeenCalledWith({ type: 'sites.enable', host: 'social.example' });
    expect(order).toEqual(['request', 'send']);
  });

  it('sends nothing when the user says no (or the request fails)', async () => {
    for (const request of [() => Promise.resolve(false), () => Promise.reject(new Error('This function must be called during a user gesture'))]) {
      const send = vi.fn();
      expect(await enableSite('social.example', { request, send })).toEqual({ state: 'denied' });
      expect(send).not.toHaveBeenCalled();
    }
  });

  it('reports the background’s problem, or its silence', async () => {
    const request = () => Promise.resolve(true);
    expect(await enableSite('blog.example', { request, send: async () => ({ ok: false, problem: 'not-mastodon' }) })).toEqual({ state: 'failed', problem: 'not-mastodon' });
    expect(await enableSite('blog.example', { request, send: async () => undefined })).toEqual({ state: 'failed', problem: 'failed' });
    expect(await enableSite('blog.example', { request, send: () => Promise.reject(new Error('no receiver')) })).toEqual({ state: 'failed', problem: 'failed' });
  });

  it('shares host names, patterns and messages between popup and background', () => {
    expect(originPattern('social.example')).toBe('https://social.example/*');
    expect(hostOfPattern('https://Social.Example/*')).toBe('social.example');
    for (const pattern of ['https://*/*', '<all_urls>', 'https://*.example.com/*', 'http://a.example/*', 'https://a.example/path/*']) expect(hostOfPattern(pattern)).toBeUndefined();
    expect(cleanHosts(['B.example', 'a.example', 'b.example', 'nope', 3])).toEqual(['a.example', 'b.example']);
    expect(isSitesRequest({ type: 'sites.enable', host: 'a.example' })).toBe(true);
    expect(isSitesRequest({ type: 'score.resolve', host: 'a.example' })).toBe(false);
    expect(isSitesRequest({ type: 'sites.enable' })).toBe(false);
  });
});

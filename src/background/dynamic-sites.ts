// Mastodon on any instance: the content script registered at run time for each instance the
// user turned on (the pattern of webext-dynamic-content-scripts). The manifest ships the largest
// instances; for any other the popup asks the browser for that one origin (optional host
// permission `https://*/*`, never granted at install), and then this confirms that the host runs
// Mastodon (`/api/v1/instance`), keeps it in settings.mastodonInstances and registers the
// manifest's own content script for it. At start-up, and whenever permissions change, the
// registrations are made to match the settings and the permissions the user still grants.
import type Browser from 'webextension-polyfill';
import { isNonEmptyString, isRecord } from '../lib/guards';
import { isHostName } from '../lib/host-names';
import { hostOfPattern, isSitesRequest, originPattern, type SitesAnswer, type SitesRequest } from '../lib/site-access';
import { loadSettings, saveSettings } from '../lib/settings';

export const SCRIPT_ID_PREFIX = 'mastodon-instance-';

export interface ContentScriptRegistration {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

interface ManifestLike {
  content_scripts?: { matches?: string[]; js?: string[] }[];
}

interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface DynamicSitesDeps {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScriptRegistration[]>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  manifest(): ManifestLike;
  /** The extension's own origin (`runtime.getURL('')`): only its pages may turn sites on or off. */
  extensionOrigin?: string;
  storage: SettingsArea;
  /** For `/api/v1/instance`: the host is granted by then. */
  fetch: typeof fetch;
}

/** Hosts the manifest's content scripts already match (`https://<host>/*`): they need no registration. */
export function manifestHosts(manifest: ManifestLike): Set<string> {
  const hosts = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).map(hostOfPattern);
  return new Set(hosts.filter((host): host is string => host !== undefined));
}

/** Whether an `/api/v1/instance` answer is a Mastodon server's (or an API-compatible one's). */
export function isInstanceInfo(json: unknown): boolean {
  return isRecord(json) && (isNonEmptyString(json.uri) || isNonEmptyString(json.domain)) && isNonEmptyString(json.version);
}

export function createDynamicSites(deps: DynamicSitesDeps) {
  const scriptId = (host: string) => `${SCRIPT_ID_PREFIX}${host}`;
  const covered = () => manifestHosts(deps.manifest());
  const granted = (host: string) => deps.permissions.contains({ origins: [originPattern(host)] }).catch(() => false);
  let queue: Promise<unknown> = Promise.resolve();
  const inFlight = new Map<string, Promise<SitesAnswer>>();

  /** One change at a time: two registrations of one id would fail. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }

  /** The content script the manifest declares (the built one: a loader under assets/). */
  function contentScriptFile(): string {
    const file = deps.manifest().content_scripts?.[0]?.js?.[0];
    if (!file) throw new Error('The manifest declares no content script.');
    return file;
  }

  /** Makes the registrations match the settings' instances that are still granted; drops the rest from settings. */
  function sync(): Promise<string[]> {
    return serially(async () => {
      const settings = await loadSettings(deps.storage);
      const skip = covered();
      const wanted: string[] = [];
      for (const host of settings.mastodonInstances) if (!skip.has(host) && (await granted(host))) wanted.push(host);
      if (wanted.length !== settings.mastodonInstances.length) await saveSettings(deps.storage, { mastodonInstances: wanted });
      const registered = (await deps.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
      const wantedIds = new Set(wanted.map(scriptId));
      const stale = registered.filter((id) => !wantedIds.has(id));
      if (stale.length > 0) await deps.scripting.unregisterContentScripts({ ids: stale });
      const missing = wanted.filter((host) => !registered.includes(scriptId(host)));
      if (missing.length > 0) {
        const js = [contentScriptFile()];
        await deps.scripting.registerContentScripts(
          missing.map((host) => ({ id: scriptId(host), js, matches: [originPattern(host)], runAt: 'document_idle', persistAcrossSessions: true })),
        );
      }
      return wanted;
    });
  }

  async function confirmMastodon(host: string): Promise<'yes' | 'no' | 'unreachable'> {
    try {
      const response = await deps.fetch(`https://${host}/api/v1/instance`, { headers: { accept: 'application/json' } });
      if (!response.ok) return 'no';
      return isInstanceInfo(JSON.parse(await response.text())) ? 'yes' : 'no';
    } catch (error) {
      return error instanceof SyntaxError ? 'no' : 'unreachable';
    }
  }

  async function enableNow(host: string): Promise<SitesAnswer> {
    if (!isHostName(host)) return { ok: false, problem: 'invalid-host' };
    if (covered().has(host)) return { ok: false, problem: 'covered' };
    if (!(await granted(host))) return { ok: false, problem: 'no-permission' };
    const settings = await loadSettings(deps.storage);
    if (!settings.mastodonInstances.includes(host)) {
      const answer = await confirmMastodon(host);
      if (answer !== 'yes') {
        // Nothing to do there: the access the user granted goes back.
        if (answer === 'no') await deps.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
        return { ok: false, problem: answer === 'no' ? 'not-mastodon' : 'unreachable' };
      }
      await saveSettings(deps.storage, { mastodonInstances: [...(await loadSettings(deps.storage)).mastodonInstances, host] });
    }
    try {
      return { ok: true, instances: await sync() };
    } catch {
      return { ok: false, problem: 'failed' };
    }
  }

  /** Turns badges on for a host the user granted; the same host asked twice at once is done once. */
  function enable(rawHost: string): Promise<SitesAnswer> {
    const host = rawHost.trim().toLowerCase();
    let pending = inFlight.get(host);
    if (!pending) {
      pending = enableNow(host).finally(() => inFlight.delete(host));
      inFlight.set(host, pending);
    }
    return pending;
  }

  async function disable(rawHost: string): Promise<SitesAnswer> {
    const host = rawHost.trim().toLowerCase();
    if (!isHostName(host)) return { ok: false, problem: 'invalid-host' };
    const settings = await loadSettings(deps.storage);
    await saveSettings(deps.storage, { mastodonInstances: settings.mastodonInstances.filter((h) => h !== host) });
    if (!covered().has(host)) await deps.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
    return { ok: true, instances: await sync() };
  }

  return {
    sync,
    enable,
    disable,
    /** permissions.onAdded: an origin granted elsewhere (Firefox closes the popup during its prompt) is turned on here. */
    async added(permissions: { origins?: string[] }): Promise<void> {
      const hosts = (permissions.origins ?? []).map(hostOfPattern).filter((host): host is string => host !== undefined && !covered().has(host));
      await Promise.all(hosts.map((host) => enable(host)));
    },
    /** permissions.onRemoved: the user took a host back (in the browser's settings); its badges go. */
    async removed(permissions: { origins?: string[] }): Promise<void> {
      const gone = new Set((permissions.origins ?? []).map(hostOfPattern));
      const settings = await loadSettings(deps.storage);
      if (settings.mastodonInstances.some((host) => gone.has(host))) {
        await saveSettings(deps.storage, { mastodonInstances: settings.mastodonInstances.filter((host) => !gone.has(host)) });
      }
      await sync();
    },
    /** A request from the popup; one from a content script (a page's) is refused. */
    async handle(message: SitesRequest, sender?: { url?: string }): Promise<SitesAnswer> {
      if (deps.extensionOrigin && sender && !sender.url?.startsWith(deps.extensionOrigin)) return { ok: false, problem: 'failed' };
      return message.type === 'sites.enable' ? enable(message.host) : disable(message.host);
    },
  };
}

export type DynamicSites = ReturnType<typeof createDynamicSites>;

/** The service worker's instance, over the browser's API: re-registered at every start, following permission changes. */
export function installDynamicSites(browser: typeof Browser): DynamicSites {
  const sites = createDynamicSites({
    permissions: browser.permissions,
    // webextension-polyfill passes `scripting` through to the browser's own (promise-based in MV3).
    scripting: (browser as unknown as { scripting: DynamicSitesDeps['scripting'] }).scripting,
    manifest: () => browser.runtime.getManifest() as ManifestLike,
    extensionOrigin: browser.runtime.getURL(''),
    storage: browser.storage.local,
    fetch: (input, init) => fetch(input, init),
  });
  browser.permissions.onAdded.addListener((permissions) => void sites.added(permissions).catch(() => {}));
  browser.permissions.onRemoved.addListener((permissions) => void sites.removed(permissions).catch(() => {}));
  void sites.sync().catch(() => {});
  return sites;
}

export { isSitesRequest };

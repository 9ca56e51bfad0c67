// The content script: picks the adapter for this site and badges its handles, unless the user
// turned badges off for the site. The settings are read before anything else is done.
import { nativeApi } from '../lib/native-api';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, parseSettings, type Settings } from '../lib/settings';
import { enabledSiteInfoFor, siteInfoFor } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import { installBadgeEvents } from './badge-events';
import { createBadgeLayer, type BadgeOptions } from './badges';
import { createFollowerListHook } from './follower-list-hook';
import { createLayoutWatch } from './layout-watch';
import { createPageObserver } from './page-observer';
import { createPostReader } from './post-reader';
import { startScanner } from './scanner';
import { createScoreClient } from './score-client';

const SWEEP_INTERVAL_MS = 1000;

const badgeOptions = (settings: Settings): BadgeOptions => ({ waitForUser: settings.privacyMode, size: settings.badgeSize });

function start(adapter: SiteAdapter, settings: Settings): void {
  installBadgeEvents();
  const client = createScoreClient();
  const layer = createBadgeLayer(client, (change) => scanner.quietly(change), badgeOptions(settings));
  let privacyMode = settings.privacyMode;
  // Privacy mode and badge size follow the settings while the page is open (turning a site off applies from its next load).
  client.onSettings((stored) => {
    const next = parseSettings(stored);
    privacyMode = next.privacyMode;
    layer.configure(badgeOptions(next));
  });
  const layout = createLayoutWatch(adapter, (recognised) => client.layout(adapter.id, recognised));
  // The page's own counts are read in privacy mode too (that asks no one), but no public feed is fetched for them.
  const observeClient = { observe: (...[ref, signals, extras]: Parameters<typeof client.observe>) => client.observe(ref, signals, { ...extras, feedUrl: privacyMode ? undefined : extras?.feedUrl }) };
  const pageObserver = createPageObserver(adapter, observeClient, layout.found);
  const posts = createPostReader(adapter, client);
  let lastSweep = 0;
  // Followers lists (X, Instagram) feed the audience audit: read only while one is open.
  const followerList = createFollowerListHook(adapter, client);
  const scanner = startScanner(adapter, {
    changed(element, found, near) {
      if (found) layout.found();
      layer.changed(element, found, near);
    },
    postsNear: posts ? (elements) => posts.near(elements) : undefined,
    afterFrame() {
      const now = performance.now();
      if (now - lastSweep > SWEEP_INTERVAL_MS) {
        lastSweep = now;
        layer.sweep();
      }
      pageObserver.check();
      layout.check();
      followerList?.();
    },
  });
}

void loadSettings(nativeApi.storage.local)
  .catch(() => DEFAULT_SETTINGS)
  .then((settings) => {
    // A Mastodon instance the user turned on is registered at run time (src/background/dynamic-sites.ts).
    const site = siteInfoFor(location.hostname) ?? enabledSiteInfoFor(location.hostname, settings.mastodonInstances);
    // Only this site's adapter is loaded, and only where the user has the site on.
    if (site && isSiteEnabled(settings, site.id)) return site.load().then((adapter) => start(adapter, settings));
    return undefined;
  });

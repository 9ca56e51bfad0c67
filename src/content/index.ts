// The content script: picks the adapter for this site and badges its handles.
import { nativeApi } from '../lib/native-api';
import { loadSettings } from '../lib/settings';
import { siteFor, siteForEnabledHost } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { installBadgeEvents } from './badge-events';
import { createBadgeLayer } from './badges';
import { createLayoutWatch } from './layout-watch';
import { createPageObserver } from './page-observer';
import { createPostReader } from './post-reader';
import { startScanner } from './scanner';
import { createScoreClient } from './score-client';

const SWEEP_INTERVAL_MS = 1000;

function start(adapter: SiteAdapter): void {
  installBadgeEvents();
  const client = createScoreClient();
  const layer = createBadgeLayer(client, (change) => scanner.quietly(change));
  const layout = createLayoutWatch(adapter, (recognised) => client.layout(adapter.id, recognised));
  const pageObserver = createPageObserver(adapter, client, layout.found);
  const posts = createPostReader(adapter, client);
  let lastSweep = 0;
  const scanner = startScanner(adapter, {
    changed(element, found) {
      if (found) layout.found();
      layer.changed(element, found);
    },
    posts: posts ? (elements) => posts.found(elements) : undefined,
    afterFrame() {
      const now = performance.now();
      if (now - lastSweep > SWEEP_INTERVAL_MS) {
        lastSweep = now;
        layer.sweep();
      }
      pageObserver.check();
      layout.check();
    },
  });
}

const fixed = siteFor(location.hostname);
if (fixed) start(fixed);
else {
  // Registered at run time for a Mastodon instance the user turned on (src/background/dynamic-sites.ts).
  void loadSettings(nativeApi.storage.local)
    .then((settings) => siteForEnabledHost(location.hostname, settings.mastodonInstances))
    .then((adapter) => adapter && start(adapter), () => {});
}

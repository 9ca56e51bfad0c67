// The content script: picks the adapter for this site and badges its handles.
import { siteFor } from '../sites';
import { installBadgeEvents } from './badge-events';
import { createBadgeLayer } from './badges';
import { createPageObserver } from './page-observer';
import { startScanner } from './scanner';
import { createScoreClient } from './score-client';

const SWEEP_INTERVAL_MS = 1000;

const adapter = siteFor(location.hostname);
if (adapter) {
  installBadgeEvents();
  const client = createScoreClient();
  const layer = createBadgeLayer(client, (change) => scanner.quietly(change));
  const pageObserver = createPageObserver(adapter, client);
  let lastSweep = 0;
  const scanner = startScanner(adapter, {
    changed: layer.changed,
    afterFrame() {
      const now = performance.now();
      if (now - lastSweep > SWEEP_INTERVAL_MS) {
        lastSweep = now;
        layer.sweep();
      }
      pageObserver.check();
    },
  });
}

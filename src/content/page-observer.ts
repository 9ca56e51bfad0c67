// On a profile page, tells the background what the page shows of the profile (the counts in
// its header), once, and again whenever they change: the page may be fresher than the API.
import type { SiteAdapter } from '../sites/types';
import type { ScoreClient } from './score-client';

const MIN_INTERVAL_MS = 1000;

export function createPageObserver(adapter: SiteAdapter, client: Pick<ScoreClient, 'observe'>, onObserved: () => void = () => {}) {
  let lastSent = '';
  let lastCheck = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  return {
    /** Called after the scanner's frames; reads the page at most once a second (and once more after a burst). */
    check(): void {
      if (!adapter.observe) return;
      const now = performance.now();
      if (now - lastCheck < MIN_INTERVAL_MS) {
        trailing ??= setTimeout(() => {
          trailing = undefined;
          this.check();
        }, MIN_INTERVAL_MS - (now - lastCheck));
        return;
      }
      lastCheck = now;
      let observation;
      try {
        observation = adapter.observe(document, new URL(location.href));
      } catch {
        return; // a layout the adapter does not know shows nothing
      }
      if (!observation) return;
      onObserved();
      const fingerprint = JSON.stringify([observation.ref, observation.signals, observation.links, observation.aliases]);
      if (fingerprint === lastSent) return;
      lastSent = fingerprint;
      const signals = { ...observation.signals, observedAt: new Date().toISOString() };
      client.observe(observation.ref, signals, { feedUrl: observation.feedUrl, links: observation.links });
      // The same reading under the profile's other names (its feed and links are the main name's).
      for (const alias of observation.aliases ?? []) client.observe(alias, signals);
    },
  };
}

// The background's parts wired together: the profile cache, the host limiter, the scheduler,
// Wikipedia notability and the profile service. The service worker runs them over
// storage.local and the network; the request benchmark runs the same wiring over memory and
// synthetic APIs, so what it counts is what the extension would send.
import { isRecord } from '../lib/guards';
import type { Settings } from '../lib/settings';
import { score } from '../score/engine';
import { limitForHost, sourceFor } from '../sources';
import type { RateLimit, SourceSettings } from '../sources/types';
import type { Notability } from '../sources/wikipedia';
import { createCache, type KeyValueArea } from './cache';
import { CACHE_LIMITS, maxAgeMsFor } from './cache-policy';
import { PRIORITY, createHostLimiter } from './host-limiter';
import { createNotability } from './notability';
import { CACHE_SCHEMA, createProfileService, isCachedEntry, migrateCachedEntry, type CachedEntry } from './profile-service';
import { createScheduler } from './scheduler';
import { youtubeFeedSource } from '../sources/youtube';
import { channelIdOfFeedUrl } from '../sources/youtube-feed';
import { isSeenPostRecords, type SeenPostRecord } from './seen-posts';

export interface ServicesOptions {
  storage: KeyValueArea;
  fetch: typeof fetch;
  /** The settings in force now (the worker follows storage changes). */
  settings(): Promise<Settings>;
  now?: () => number;
  /** Each host's limit; the networks' published limits unless told otherwise. */
  limitFor?: (host: string, settings: SourceSettings) => RateLimit;
}

export function createServices(options: ServicesOptions) {
  const now = options.now ?? Date.now;
  const limitFor = options.limitFor ?? limitForHost;
  // Read synchronously by the limiter and the batch sizes; refreshed when a batch starts and
  // when the settings change (a token saved must size the very next batch).
  let current: SourceSettings = {};
  const sourceSettings = (s: Settings): SourceSettings => ({ githubToken: s.githubToken, stackExchangeKey: s.stackExchangeKey });
  const settingsNow = async () => (current = sourceSettings(await options.settings()));
  void settingsNow();

  const cache = createCache<CachedEntry>(options.storage, {
    prefix: 'profile:',
    schema: CACHE_SCHEMA,
    isValue: isCachedEntry,
    migrate: migrateCachedEntry,
    maxEntries: CACHE_LIMITS.maxEntries,
    maxBytes: CACHE_LIMITS.maxBytes,
    hotEntries: CACHE_LIMITS.hotEntries,
    now,
  });

  const limiter = createHostLimiter({
    area: options.storage,
    fetch: (input, init) => options.fetch(input, init),
    limitFor: (host) => limitFor(host, current),
    now,
  });

  const scheduler = createScheduler({
    sourceFor,
    limiter,
    windowMs: 30,
    async context() {
      return { fetch: options.fetch, settings: await settingsNow(), now, cached: (network, handles) => service.knownSignals(network, handles) };
    },
    onExtra: (source, handle, outcome) => void service.keepExtra(source.network, handle, outcome),
    settings: () => current,
  });

  const notability = createNotability({
    cache: createCache<Notability>(options.storage, { prefix: 'notability:', schema: 1, isValue: isRecord as (v: unknown) => v is Notability, maxEntries: 2000, maxBytes: 512 * 1024, hotEntries: 100, now }),
    async context() {
      const fetchInBackground = ((input: RequestInfo | URL, init?: RequestInit) => limiter.fetch(String(input), init, PRIORITY.background)) as typeof fetch;
      return { fetch: fetchInBackground, settings: await settingsNow(), now };
    },
  });

  const service = createProfileService({
    cache,
    scheduler,
    sourceFor,
    score,
    maxAgeMs: async (network) => maxAgeMsFor(network, (await options.settings()).maxAgeHours),
    now,
    enrich: (ref, signals) => notability.enrich(ref, signals),
    feedFor(feedUrl) {
      const id = channelIdOfFeedUrl(feedUrl);
      return id ? { source: youtubeFeedSource, id } : undefined;
    },
    seenPosts: createCache<SeenPostRecord[]>(options.storage, { prefix: 'posts:', schema: 1, isValue: isSeenPostRecords, maxEntries: 5000, maxBytes: 2 * 1024 * 1024, hotEntries: 200, now }),
  });

  return { cache, limiter, scheduler, service, settingsChanged: () => void settingsNow() };
}

// The networks with a public API the background can ask. One line per network.
import { blueskySource } from './bluesky';
import { devtoSource } from './devto';
import { githubSource } from './github';
import { mastodonSource } from './mastodon';
import { hackernewsSource } from './hackernews';
import { redditSource } from './reddit';
import { stackexchangeSource } from './stackexchange';
import type { RateLimit, Source, SourceSettings } from './types';
import { WIKIDATA_LIMIT, WIKIMEDIA_LIMIT } from './wikipedia';
import { YOUTUBE_FEED_LIMIT } from './youtube';

// Mastodon stays last: it serves any instance, so the networks' own API hosts must match first.
const SOURCES: Source[] = [githubSource, blueskySource, hackernewsSource, stackexchangeSource, devtoSource, redditSource, mastodonSource];

export function sourceFor(network: string): Source | undefined {
  return SOURCES.find((source) => source.network === network);
}

export function sourceForHost(host: string): Source | undefined {
  return SOURCES.find((source) => source.servesHost(host));
}

/** Hosts asked that are not a network's own API, with their published limits. */
const OTHER_HOSTS: Record<string, RateLimit> = {
  'query.wikidata.org': WIKIDATA_LIMIT,
  'wikimedia.org': WIKIMEDIA_LIMIT,
  'www.youtube.com': YOUTUBE_FEED_LIMIT,
};

/** Where a host publishes no limit: one request a second. */
const POLITE: RateLimit = { requests: 60, periodMs: 60_000, source: 'this project: one a second where a host publishes no limit' };

export function limitForHost(host: string, settings: SourceSettings): RateLimit {
  return OTHER_HOSTS[host] ?? sourceForHost(host)?.rateLimit(host, settings) ?? POLITE;
}

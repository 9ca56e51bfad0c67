// YouTube has no open API for a channel's numbers (the Data API needs a key and a Google
// project), but each channel publishes an RSS feed of its latest uploads with their views and
// likes. A channel's handle is read from its pages; once a page has shown the channel's id,
// the background reads this feed for it (youtube-feed.ts parses it). Not a profile source:
// YouTube handles are never looked up, only channels whose page the user has opened.
import { SourceError, oneAtATime, type RateLimit, type Source, type SourceOutcome } from './types';
import { requestText } from './http';
import { feedSignals, parseYoutubeFeed, youtubeFeedUrl } from './youtube-feed';

/** YouTube publishes no limit for its feeds: one every two seconds, a few at once, is this project's own restraint. */
export const YOUTUBE_FEED_LIMIT: RateLimit = { requests: 30, periodMs: 60_000, burst: 2, source: 'none published for www.youtube.com/feeds; this project sends at most one every two seconds' };
const FEED_HOST = 'www.youtube.com';

async function fetchFeed(channelId: string, context: Parameters<Source['fetchProfiles']>[1]): Promise<SourceOutcome> {
  const url = youtubeFeedUrl(channelId);
  try {
    const { text } = await requestText(url, context, { what: 'This channel’s feed', headers: { accept: 'application/atom+xml, application/xml' } });
    const result = parseYoutubeFeed(text, context.now());
    if (!result) return { ok: false, error: { kind: 'bad-response', message: 'YouTube answered with something that is not a channel feed.' } };
    return { ok: true, signals: { network: 'youtube', handle: channelId, ...feedSignals(result, url, context.now()) } };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, error: error.error };
    throw error;
  }
}

export const youtubeFeedSource: Source = {
  network: 'youtube',
  hostFor: () => FEED_HOST,
  servesHost: (host) => host === FEED_HOST,
  rateLimit: () => YOUTUBE_FEED_LIMIT,
  batchSize: 1,
  concurrency: 1,
  fetchProfiles: oneAtATime(fetchFeed),
};

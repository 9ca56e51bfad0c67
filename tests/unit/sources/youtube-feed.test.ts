import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decayedRates } from '../../../src/score/decay';
import { FEED_ENTRIES, channelIdOfFeedUrl, feedSignals, parseYoutubeFeed, youtubeFeedUrl } from '../../../src/sources/youtube-feed';

const NOW = Date.UTC(2025, 4, 10, 12, 0, 0);
const DAY = 86_400_000;
const FEED = readFileSync(resolve(import.meta.dirname, '../../fixtures/api/youtube-feed.xml'), 'utf8');
const CHANNEL = 'UCtEcHrEvIeWeR0123456789';
const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=${CHANNEL}"/>
 <id>yt:channel:tEcHrEvIeWeR0123456789</id>
 <yt:channelId>tEcHrEvIeWeR0123456789</yt:channelId>
 <title>Tech Reviewer</title>`;
const feedOf = (entries: string[], head = HEAD) => `${head}\n${entries.join('\n')}\n</feed>\n`;
const entry = (id: string, published: string, community = '') =>
  `<entry><id>yt:video:${id}</id><yt:videoId>${id}</yt:videoId><yt:channelId>${CHANNEL}</yt:channelId><title>t</title>` +
  `<published>${published}</published><media:group><media:title>t</media:title>${community}</media:group></entry>`;

describe('parseYoutubeFeed: a channel feed', () => {
  const result = parseYoutubeFeed(FEED, NOW)!;

  it('reads each upload: id, publication time, views and likes', () => {
    expect(result.channelId).toBe(CHANNEL);
    expect(result.videos).toBe(10);
    expect(result.entries[0]).toEqual({ id: 'wIdGeT3000a', publishedAt: '2025-05-08T15:00:12.000Z', views: 48_210, likes: 2104 });
    expect(result.entries[1]).toEqual({ id: 'sHoRtCaSe01', publishedAt: '2025-05-06T18:30:00.000Z', views: 120_500, likes: 6020 });
    expect(result.entries.map((video) => video.id)).toHaveLength(10);
  });

  it('views per video: the median of the ten (95,300 and 120,500 in the middle)', () => {
    expect(result.extra).toEqual({ viewsPerPost: 107_900 });
  });

  it('daily rates over 90 days (the feed is not full: these are all the uploads), the January one outside', () => {
    expect(result.recent.windowDays).toBe(90);
    const inWindow = result.entries.filter((video) => Date.parse(video.publishedAt!) > NOW - 90 * DAY);
    expect(inWindow).toHaveLength(9);
    expect(result.recent).toEqual(decayedRates(inWindow.map((video) => ({ at: video.publishedAt!, likes: video.likes })), NOW, 90));
    // Nine uploads in 90 days are 0.1 a day plainly; weighted toward the recent (six in the last month), more.
    expect(result.recent).toEqual({ windowDays: 90, postsPerDay: 0.18, likesReceivedPerDay: 835.459 });
  });

  it('a full feed (15 uploads, so older ones exist) is a rate over the span those 15 cover', () => {
    const entries = Array.from({ length: FEED_ENTRIES }, (_, i) => entry(`vid${String(i).padStart(8, '0')}`, new Date(NOW - (i + 1) * 2 * DAY).toISOString(), '<media:community><media:starRating count="100" average="5.00" min="1" max="5"/><media:statistics views="1000"/></media:community>'));
    const full = parseYoutubeFeed(feedOf(entries), NOW)!;
    expect(full.videos).toBe(15);
    expect(full.recent.windowDays).toBe(30);
    expect(full.extra).toEqual({ viewsPerPost: 1000 });
  });

  it('maps onto ProfileSignals: recent, extra, and the feed as an api source', () => {
    const url = youtubeFeedUrl(CHANNEL);
    expect(feedSignals(result, url, NOW)).toEqual({
      recent: result.recent,
      extra: { viewsPerPost: 107_900 },
      sources: [{ kind: 'api', url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789', at: '2025-05-10T12:00:00.000Z' }],
    });
  });
});

describe('parseYoutubeFeed: feeds with less in them', () => {
  it('an empty feed (a channel without uploads): no videos, no rate of anything, no views', () => {
    expect(parseYoutubeFeed(feedOf([]), NOW)).toEqual({ channelId: CHANNEL, videos: 0, recent: { windowDays: 90, postsPerDay: 0 }, extra: {}, entries: [] });
  });

  it('a feed without statistics: uploads and their rate, but no likes and no views (unknown, not zero)', () => {
    const parsed = parseYoutubeFeed(feedOf([entry('aaaaaaaaaaa', '2025-05-01T10:00:00+00:00'), entry('bbbbbbbbbbb', '2025-04-20T10:00:00+00:00')]), NOW)!;
    expect(parsed.videos).toBe(2);
    expect(parsed.entries).toEqual([
      { id: 'aaaaaaaaaaa', publishedAt: '2025-05-01T10:00:00.000Z' },
      { id: 'bbbbbbbbbbb', publishedAt: '2025-04-20T10:00:00.000Z' },
    ]);
    expect(parsed.recent.postsPerDay).toBeGreaterThan(0);
    expect(parsed.recent).not.toHaveProperty('likesReceivedPerDay');
    expect(parsed.extra).toEqual({});
    expect(feedSignals(parsed, youtubeFeedUrl(CHANNEL), NOW)).not.toHaveProperty('extra');
  });

  it('the channel id from the feed’s own <yt:channelId> (its "UC" put back) or an entry’s, when the self link is gone', () => {
    const bare = HEAD.replace(/ <link rel="self"[^\n]*\n/, '');
    expect(parseYoutubeFeed(feedOf([], bare), NOW)?.channelId).toBe(CHANNEL);
    const noOwn = bare.replace(/ <id>[^\n]*\n <yt:channelId>[^\n]*\n/, '');
    expect(parseYoutubeFeed(feedOf([entry('aaaaaaaaaaa', '2025-05-01T10:00:00+00:00')], noOwn), NOW)?.channelId).toBe(CHANNEL);
    expect(parseYoutubeFeed(feedOf([], noOwn), NOW)).toBeNull();
  });

  it('skips entries without a video id, counts a repeated one once, and leaves an unreadable date out', () => {
    const parsed = parseYoutubeFeed(feedOf([
      entry('aaaaaaaaaaa', 'yesterday', '<media:community><media:starRating\n count="7" average="5.00"\n min="1" max="5"/><media:statistics views="70"/></media:community>'),
      entry('aaaaaaaaaaa', '2025-05-01T10:00:00+00:00'),
      '<entry><title>no id</title></entry>',
      '<!-- <entry><yt:videoId>ccccccccccc</yt:videoId></entry> -->',
    ]), NOW)!;
    expect(parsed.entries).toEqual([{ id: 'aaaaaaaaaaa', views: 70, likes: 7 }]);
    expect(parsed.recent).toEqual({ windowDays: 90, postsPerDay: 0 });
  });
});

describe('parseYoutubeFeed: what is not a channel feed', () => {
  it.each([
    ['empty', ''],
    ['HTML', '<!DOCTYPE html><html><body>Error 404 (Not Found)</body></html>'],
    ['JSON', '{"error":{"code":404}}'],
    ['another site’s Atom feed', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>x</id></feed>'],
    ['a feed cut off', FEED.slice(0, 4000)],
    ['binary noise', '\u0000\u0001<feed \uFFFF'],
  ])('%s: null', (_, text) => {
    expect(parseYoutubeFeed(text, NOW)).toBeNull();
  });
  it('not a string, or no clock: null, never a throw', () => {
    expect(parseYoutubeFeed(undefined as unknown as string, NOW)).toBeNull();
    expect(parseYoutubeFeed(42 as unknown as string, NOW)).toBeNull();
    expect(parseYoutubeFeed(FEED, NaN)).toBeNull();
  });
});

describe('feed URLs', () => {
  it('builds and recognises a channel feed’s URL, and nothing else', () => {
    expect(youtubeFeedUrl(CHANNEL)).toBe('https://www.youtube.com/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789');
    expect(channelIdOfFeedUrl(youtubeFeedUrl(CHANNEL))).toBe(CHANNEL);
    for (const url of [
      'http://www.youtube.com/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789',
      'https://evil.example/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789',
      'https://www.youtube.com/feeds/videos.xml?playlist_id=PL0123',
      'https://www.youtube.com/feeds/videos.xml?channel_id=UCshort',
      'https://www.youtube.com/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789&x=1',
      'https://www.youtube.com/youtubei/v1/browse?channel_id=UCtEcHrEvIeWeR0123456789',
      'not a url',
    ]) expect(channelIdOfFeedUrl(url)).toBeNull();
  });
});

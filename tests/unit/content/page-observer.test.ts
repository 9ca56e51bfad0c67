// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createPageObserver } from '../../../src/content/page-observer';
import type { PageObservation, SiteAdapter } from '../../../src/sites/types';

const CHANNEL = { network: 'youtube', handle: 'techreviewer' };
const BY_ID = { network: 'youtube', handle: 'UCtEcHrEvIeWeR0123456789' };

function observerOf(observation: PageObservation | null) {
  const adapter = { observe: () => observation } as unknown as SiteAdapter;
  const client = { observe: vi.fn() };
  return { observer: createPageObserver(adapter, client), client };
}

describe('the page observer', () => {
  it('sends what the page shows of its profile, with its feed and links, and the same reading under its other names', () => {
    const { observer, client } = observerOf({ ref: CHANNEL, signals: { followers: 1200 }, feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789', links: ['https://example.com/'], aliases: [BY_ID] });
    observer.check();
    expect(client.observe).toHaveBeenCalledTimes(2);
    const [[ref, signals, extras], [alias, aliasSignals, aliasExtras]] = client.observe.mock.calls;
    expect([ref, extras]).toEqual([CHANNEL, { feedUrl: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCtEcHrEvIeWeR0123456789', links: ['https://example.com/'] }]);
    expect(signals).toMatchObject({ followers: 1200, observedAt: expect.any(String) });
    // The alias: the same reading, neither the feed (read once, for the main name) nor the links (one set of claims).
    expect([alias, aliasSignals, aliasExtras]).toEqual([BY_ID, signals, undefined]);
  });

  it('sends nothing again while the page shows the same, and once a second at most', () => {
    vi.useFakeTimers();
    try {
      const { observer, client } = observerOf({ ref: CHANNEL, signals: { followers: 1200 }, aliases: [BY_ID] });
      observer.check();
      vi.advanceTimersByTime(1500);
      observer.check();
      expect(client.observe).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

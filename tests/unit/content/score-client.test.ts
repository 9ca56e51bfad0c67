// The content script's score client: profiles asked for in batches over one port; one that gets
// no answer is asked again after 30 s, an error again at its retry time; an answer ends both.
// A big answer is handed to the badges over several tasks, none longer than a few ms.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeEntry } from '../../../src/lib/score-entry';

const port = vi.hoisted(() => ({
  posted: [] as unknown[],
  onMessage: [] as ((message: unknown) => void)[],
}));

vi.mock('../../../src/lib/native-api', () => ({
  nativeApi: {
    runtime: {
      id: 'test',
      connect: () => ({
        postMessage: (message: unknown) => port.posted.push(message),
        onMessage: { addListener: (listener: (message: unknown) => void) => port.onMessage.push(listener) },
        onDisconnect: { addListener: () => {} },
      }),
    },
  },
}));

const { createScoreClient } = await import('../../../src/content/score-client');

const ref = (handle: string) => ({ network: 'github', handle });
/** The handles each scores.get asked for, in order. */
const asked = () => (port.posted as { type: string; refs?: { handle: string }[] }[]).filter((m) => m.type === 'scores.get').map((m) => m.refs!.map((r) => r.handle));
const answer = (...entries: BadgeEntry[]) => port.onMessage.forEach((listener) => listener({ type: 'scores.updated', entries }));

beforeEach(() => {
  vi.useFakeTimers();
  port.posted.length = 0;
  port.onMessage.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('score client', () => {
  it('asks for the profiles of a moment in one message, and again after 30 s only those still unanswered, with one timer for all', () => {
    const client = createScoreClient();
    const seen: string[] = [];
    for (const handle of ['alice', 'bob', 'carol']) client.subscribe(ref(handle), (entry) => seen.push(`${entry.key} ${entry.state}`));
    vi.advanceTimersByTime(150);
    expect(asked()).toEqual([['alice', 'bob', 'carol']]);
    expect(vi.getTimerCount()).toBe(1);

    answer({ key: 'github:alice', state: 'scored', score: 40, stale: false, fetchedAt: 0 }, { key: 'github:bob', state: 'unavailable', reason: 'not-found', fetchedAt: 0 });
    expect(seen).toEqual(['github:alice scored', 'github:bob unavailable']);
    vi.advanceTimersByTime(30_000 + 150);
    expect(asked()).toEqual([['alice', 'bob', 'carol'], ['carol']]);
    // A second badge of a profile being asked for asks nothing more.
    client.subscribe(ref('carol'), () => {});
    vi.advanceTimersByTime(150);
    expect(asked()).toHaveLength(2);
  });

  it('asks for an error again at its retry time, not before; an answer in between cancels that', () => {
    const client = createScoreClient();
    client.subscribe(ref('dave'), () => {});
    client.subscribe(ref('erin'), () => {});
    vi.advanceTimersByTime(150);
    const retryAt = Date.now() + 10_000;
    answer({ key: 'github:dave', state: 'error', kind: 'rate-limited', reason: '429', retryAt }, { key: 'github:erin', state: 'error', kind: 'rate-limited', reason: '429', retryAt });
    vi.advanceTimersByTime(9_000);
    expect(asked()).toEqual([['dave', 'erin']]);
    answer({ key: 'github:erin', state: 'scored', score: 12, stale: false, fetchedAt: 0 });
    vi.advanceTimersByTime(2_000);
    expect(asked()).toEqual([['dave', 'erin'], ['dave']]);
  });

  it('hands a big answer to the badges a few ms per task, in order, the rest in the next tasks', () => {
    const client = createScoreClient();
    const seen: string[] = [];
    const handles = Array.from({ length: 10 }, (_, i) => `user${i}`);
    // Each badge's update takes 1 ms here.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    for (const handle of handles) client.subscribe(ref(handle), (entry) => (seen.push(entry.key), (now += 1)));
    vi.advanceTimersByTime(150);
    answer(...handles.map((handle): BadgeEntry => ({ key: `github:${handle}`, state: 'scored', score: 50, stale: false, fetchedAt: 0 })));
    expect(seen).toEqual(handles.slice(0, 4).map((handle) => `github:${handle}`));
    vi.advanceTimersToNextTimer();
    expect(seen).toHaveLength(8);
    vi.advanceTimersToNextTimer();
    expect(seen).toEqual(handles.map((handle) => `github:${handle}`));
  });
});

import { describe, expect, it } from 'vitest';
import { mediansFor } from '../../../src/score/constants';
import { scoreDetailed } from '../../../src/score/engine';
import { candidateSignals, niceCeil, roomToGrow, targetOf, withSignal } from '../../../src/score/room';
import type { ProfileSignals } from '../../../src/score/types';

const AT = '2025-01-01T00:00:00Z';
// Shaped like the GitHub source's answer for a small developer.
const smallDeveloper: ProfileSignals = {
  network: 'github',
  handle: 'bob',
  observedAt: AT,
  createdAt: '2018-06-01T08:00:00Z',
  followers: 35,
  following: 40,
  extra: { stars: 3, forks: 0, repos: 8 },
  recent: { windowDays: 90, postsPerDay: 0.14 },
};
// A well-known one: followers, stars and forks far beyond ten times GitHub's medians.
const wellKnown: ProfileSignals = { ...smallDeveloper, handle: 'alice', followers: 1200, following: 80, extra: { stars: 945, forks: 126, repos: 30 } };
const unrounded = (signals: ProfileSignals) => {
  const detail = scoreDetailed(signals);
  return detail.raw - detail.heldDown;
};

describe('niceCeil', () => {
  it('rounds up to two significant digits', () => {
    expect([1.797, 3.38, 209, 100, 0.55, 12_345, 0].map(niceCeil)).toEqual([1.8, 3.4, 210, 100, 0.55, 13_000, 0]);
  });
});

describe('targetOf', () => {
  it('is ten times the network’s median, or where a capped signal stops counting', () => {
    expect(targetOf('followers', 'github')).toBe(10 * mediansFor('github').followers);
    expect(targetOf('stars', 'github')).toBe(500);
    // postsPerDay counts up to half a tenfold above GitHub's median of 0.5 (offset 0.1): (0.6 · 10^0.5 − 0.1) ≈ 1.797
    expect(targetOf('postsPerDay', 'github')).toBe(1.8);
    expect(targetOf('postsPerDay', 'x')).toBe(3.4);
    expect(targetOf('lists', 'x')).toBe(10);
  });

  it('has none where the network has no median for the signal', () => {
    expect(targetOf('following', 'github')).toBeUndefined();
    expect(targetOf('karma', 'github')).toBeUndefined();
    expect(targetOf('no-such-signal', 'x')).toBeUndefined();
  });
});

describe('withSignal', () => {
  it('sets the field a signal is measured from, and leaves the profile it was given alone', () => {
    expect(withSignal(smallDeveloper, 'stars', 500)?.extra).toEqual({ stars: 500, forks: 0, repos: 8 });
    expect(withSignal(smallDeveloper, 'postsPerDay', 1.8)?.recent).toEqual({ windowDays: 90, postsPerDay: 1.8 });
    expect(withSignal(smallDeveloper, 'followers', 100)?.followers).toBe(100);
    expect(smallDeveloper.followers).toBe(35);
    expect(smallDeveloper.extra?.stars).toBe(3);
  });

  it('raises reactions per post by scaling the reactions received a day', () => {
    const signals: ProfileSignals = { network: 'x', handle: 'a', recent: { postsPerDay: 2, repostsReceivedPerDay: 1, repliesReceivedPerDay: 1 } };
    expect(withSignal(signals, 'engagementPerPost', 5)?.recent).toEqual({ postsPerDay: 2, repostsReceivedPerDay: 5, repliesReceivedPerDay: 5 });
    expect(withSignal({ network: 'x', handle: 'a', recent: {} }, 'engagementPerPost', 5)).toBeUndefined();
  });

  it('adds what a conversation needs to the replies and reposts already sent', () => {
    const signals: ProfileSignals = { network: 'x', handle: 'a', recent: { repostsSentPerDay: 1 } };
    expect(withSignal(signals, 'conversationPerDay', 5)?.recent).toEqual({ repostsSentPerDay: 1, mentionsSentPerDay: 4 });
  });
});

describe('candidateSignals', () => {
  it('takes the signals the network is expected to show, and those it showed, but never account age', () => {
    expect(candidateSignals(smallDeveloper)).toEqual(['followers', 'stars', 'forks', 'postsPerDay', 'repos']);
  });

  it('offers the pillar’s most common signal where the network shows none of it', () => {
    const bare: ProfileSignals = { network: 'mastodon', handle: 'a@b.social', followers: 10 };
    expect(candidateSignals(bare)).toEqual(['followers', 'repliesReceivedPerDay', 'mentionsReceivedPerDay', 'postsPerDay']);
  });
});

describe('roomToGrow', () => {
  it('names the signals with most room, most points first, each gain the engine’s own', () => {
    const rooms = roomToGrow(smallDeveloper);
    expect(rooms.map((r) => r.signal)).toEqual(['stars', 'followers', 'forks']);
    expect(rooms[0]).toMatchObject({ signal: 'stars', pillar: 'amplification', current: 3, target: 500 });
    for (const room of rooms) {
      const changed = withSignal(smallDeveloper, room.signal, room.target)!;
      expect(room.gain).toBe(Math.round(unrounded(changed) - unrounded(smallDeveloper)));
      expect(room.gain).toBeGreaterThanOrEqual(1);
    }
    expect(rooms[0].gain).toBeGreaterThanOrEqual(rooms[1].gain);
    expect(rooms[1].gain).toBeGreaterThanOrEqual(rooms[2].gain);
  });

  it('leaves out signals already at their strong level, and keeps to the count asked for', () => {
    const rooms = roomToGrow(wellKnown);
    expect(rooms.map((r) => r.signal)).toEqual(['postsPerDay', 'repos']);
    expect(roomToGrow(smallDeveloper, 1)).toHaveLength(1);
  });

  it('counts a missing expected signal, with no current value', () => {
    const withoutLists: ProfileSignals = { network: 'x', handle: 'a', observedAt: AT, followers: 300, following: 250, posts: 2000, recent: { postsPerDay: 1, repostsReceivedPerDay: 0.5 } };
    const lists = roomToGrow(withoutLists, 10).find((room) => room.signal === 'lists');
    expect(lists).toMatchObject({ target: 10, pillar: 'reach' });
    expect(lists?.current).toBeUndefined();
  });

  it('does not suggest what would lower the score: more posts a day thin out the reactions per post', () => {
    const signals: ProfileSignals = { network: 'x', handle: 'a', observedAt: AT, followers: 80, following: 400, posts: 300, lists: 0, recent: { postsPerDay: 0.2, repostsReceivedPerDay: 0.05, mentionsReceivedPerDay: 0.1 } };
    const names = roomToGrow(signals, 10).map((room) => room.signal);
    expect(names).not.toContain('postsPerDay');
    expect(names.slice(0, 2)).toEqual(['mentionsReceivedPerDay', 'repostsReceivedPerDay']);
  });

  it('is empty for a profile with nothing known to raise', () => {
    expect(roomToGrow({ network: 'github', handle: 'x', followers: 5000, extra: { stars: 9000, forks: 900, repos: 300 }, recent: { postsPerDay: 3 } })).toEqual([]);
  });
});

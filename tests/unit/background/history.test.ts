import { describe, expect, it } from 'vitest';
import { HISTORY_DAYS } from '../../../src/background/cache-policy';
import { createHistory, snapshotOf, type Snapshot } from '../../../src/background/history';
import type { ScoredEntry } from '../../../src/lib/score-entry';
import { fakeScore } from './profile-service-setup';
import { memoryArea } from './memory-area';

const KEY = 'github:me';
const at = (date: string) => Date.parse(date);

function entry(score: number, followers = 100): ScoredEntry {
  const signals = { network: 'github', handle: 'me', followers, following: 10, posts: 5, lists: 2, verified: true, hasBio: true, extra: { stars: 40, forks: 3 } };
  const result = fakeScore(signals);
  result.score = score;
  result.pillars = {
    reach: { score: 61, weight: 0.4, signals: [{ name: 'followers', value: followers, contribution: 4.2 }] },
    amplification: { score: 32, weight: 0.3, signals: [{ name: 'stars', value: 40, contribution: -1.5 }, { name: 'forks', value: 3, contribution: -0.3 }] },
    network: { score: 20, weight: 0.2, signals: [] },
    activity: { score: 75, weight: 0.1, signals: [] },
  };
  return { key: KEY, state: 'scored', signals, result, fetchedAt: 0, stale: false };
}

const snapshot = (date: string, score: number): Snapshot => ({ date, score, pillars: { reach: 1, amplification: 1, network: 1, activity: 1 }, signals: {} });

function setup(initial: Record<string, unknown> = {}) {
  const time = { now: at('2025-06-15T12:00:00Z') };
  const area = memoryArea(initial);
  return { area, time, history: createHistory(area, () => time.now) };
}

describe('snapshotOf', () => {
  it('keeps the day (UTC), the score, each pillar’s score, the main numeric signals and every signal’s points', () => {
    expect(snapshotOf(entry(47), at('2025-06-15T23:59:59Z'))).toEqual({
      date: '2025-06-15',
      score: 47,
      pillars: { reach: 61, amplification: 32, network: 20, activity: 75 },
      signals: { followers: 100, following: 10, posts: 5, lists: 2, stars: 40, forks: 3 },
      contributions: { followers: 4.2, stars: -1.5, forks: -0.3 },
    });
  });

  it('leaves out signals that are unknown', () => {
    const partial = entry(47);
    partial.signals = { network: 'github', handle: 'me', followers: 100 };
    expect(snapshotOf(partial, 0).signals).toEqual({ followers: 100 });
  });
});

describe('createHistory', () => {
  it('keeps one snapshot a day, the day’s last replacing its earlier ones', async () => {
    const { history, time, area } = setup();
    expect(await history.record(entry(40))).toHaveLength(1);
    time.now = at('2025-06-15T23:59:59Z');
    const sameDay = await history.record(entry(42, 120));
    expect(sameDay.map((s) => [s.date, s.score, s.signals.followers])).toEqual([['2025-06-15', 42, 120]]);
    time.now = at('2025-06-16T00:00:00Z');
    await history.record(entry(44));
    expect((await history.get(KEY)).map((s) => [s.date, s.score])).toEqual([['2025-06-15', 42], ['2025-06-16', 44]]);
    expect(area.data.get(`history:${KEY}`)).toEqual(await history.get(KEY));
  });

  it('sorts by day and forgets snapshots HISTORY_DAYS old and older, and unreadable ones', async () => {
    expect(HISTORY_DAYS).toBe(365);
    const stored = [snapshot('2025-06-01', 30), snapshot('2024-06-15', 10), 'garbage', { date: '2025-01-01' }, snapshot('2024-06-16', 20), snapshot('2023-01-01', 5)];
    const { history } = setup({ [`history:${KEY}`]: stored });
    const kept = await history.record(entry(50));
    expect(kept.map((s) => [s.date, s.score])).toEqual([['2024-06-16', 20], ['2025-06-01', 30], ['2025-06-15', 50]]);
  });

  it('reads snapshots kept before contributions were as they are, and drops contributions that are not numbers', async () => {
    const old = snapshot('2025-06-13', 30);
    const odd = { ...snapshot('2025-06-14', 31), contributions: { followers: 2, stars: 'many', forks: null } };
    const bad = { ...snapshot('2025-06-12', 29), contributions: [1, 2] };
    const { history } = setup({ [`history:${KEY}`]: [bad, old, odd] });
    const kept = await history.get(KEY);
    expect(kept).toEqual([snapshot('2025-06-12', 29), old, { ...snapshot('2025-06-14', 31), contributions: { followers: 2 } }]);
    expect('contributions' in kept[1]).toBe(false);
    const next = await history.record(entry(50));
    expect(next.at(-1)?.contributions).toEqual({ followers: 4.2, stars: -1.5, forks: -0.3 });
  });

  it('keeps each profile’s history apart, and answers none for an unknown one', async () => {
    const { history } = setup({ 'history:github:other': [snapshot('2025-06-14', 70)] });
    await history.record(entry(50));
    expect((await history.get('github:other')).map((s) => s.score)).toEqual([70]);
    expect(await history.get('github:nobody')).toEqual([]);
  });
});

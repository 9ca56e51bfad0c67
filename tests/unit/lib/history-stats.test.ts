import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../src/background/history';
import { changeOver, chartLayout, inPeriod, mainDriver, notableChanges, periodStart } from '../../../src/lib/history-stats';

const TODAY = '2025-06-30';
const pillars = { reach: 50, amplification: 40, network: 0, activity: 30 };
const snap = (date: string, score: number, contributions?: Record<string, number>, signals: Record<string, number> = {}): Snapshot =>
  contributions ? { date, score, pillars, signals, contributions } : { date, score, pillars, signals };

const history = [
  snap('2025-05-01', 40, { followers: 2, stars: 1 }),
  snap('2025-06-01', 42, { followers: 3, stars: 2 }),
  snap('2025-06-20', 43, { followers: 3.5, stars: 2 }),
  snap('2025-06-23', 44, { followers: 3.6, stars: 2.5 }),
  snap('2025-06-24', 49, { followers: 4, stars: 6.1, postsPerDay: -0.5 }),
  snap('2025-06-30', 46, { followers: 4, stars: 3.2, postsPerDay: -0.4 }),
];

describe('periods', () => {
  it('start the given number of days before today', () => {
    expect(periodStart(7, TODAY)).toBe('2025-06-23');
    expect(periodStart(30, TODAY)).toBe('2025-05-31');
    expect(periodStart('all', TODAY)).toBeUndefined();
  });

  it('show the snapshots from their first day, oldest first', () => {
    expect(inPeriod([...history].reverse(), 7, TODAY).map((s) => s.date)).toEqual(['2025-06-23', '2025-06-24', '2025-06-30']);
    expect(inPeriod(history, 'all', TODAY)).toHaveLength(6);
  });
});

describe('changeOver', () => {
  it('is the latest score less the score as it stood when the period began', () => {
    expect(changeOver(history, 7, TODAY)).toMatchObject({ delta: 2, partial: false, from: { date: '2025-06-23' }, to: { date: '2025-06-30' } });
    // No snapshot on 31 May: the score then was the one of 1 May.
    expect(changeOver(history, 30, TODAY)).toMatchObject({ delta: 6, partial: false, from: { date: '2025-05-01' } });
    expect(changeOver(history, 'all', TODAY)).toMatchObject({ delta: 6, partial: false });
  });

  it('says when the history began within the period', () => {
    expect(changeOver(history.slice(2), 90, TODAY)).toMatchObject({ delta: 3, partial: true, from: { date: '2025-06-20' } });
  });

  it('is null with nothing to compare', () => {
    expect(changeOver([], 7, TODAY)).toBeNull();
    expect(changeOver([snap('2025-06-30', 40)], 7, TODAY)).toBeNull();
    // The last snapshot is older than the period.
    expect(changeOver(history.slice(0, 2), 7, TODAY)).toBeNull();
  });
});

describe('notableChanges', () => {
  it('lists moves of 3 points or more, newest first, each with the signal whose points moved most its way', () => {
    const changes = notableChanges(history);
    expect(changes.map((c) => [c.to.date, c.delta])).toEqual([['2025-06-30', -3], ['2025-06-24', 5]]);
    expect(changes[1].driver).toEqual({ signal: 'stars', by: 'contribution', points: 3.6 });
    expect(changes[0].driver).toEqual({ signal: 'stars', by: 'contribution', points: -2.9 });
  });

  it('counts a signal new in the later snapshot from zero', () => {
    const driver = mainDriver(snap('2025-06-01', 40, { followers: 1 }), snap('2025-06-02', 45, { followers: 1, wikipediaPageviews: 4.2 }));
    expect(driver).toEqual({ signal: 'wikipediaPageviews', by: 'contribution', points: 4.2 });
  });

  it('compares the values of snapshots kept before contributions were, by their tenfolds', () => {
    const old = [snap('2025-06-01', 40, undefined, { followers: 100, posts: 500, stars: 10 }), snap('2025-06-02', 45, undefined, { followers: 1000, posts: 510, stars: 12 })];
    expect(notableChanges(old)[0].driver).toEqual({ signal: 'followers', by: 'value', before: 100, after: 1000 });
    // One old, one new: by values too.
    const mixed = [old[0], snap('2025-06-02', 36, { followers: 1 }, { followers: 100, posts: 500, stars: 1 })];
    expect(notableChanges(mixed)[0].driver).toEqual({ signal: 'stars', by: 'value', before: 10, after: 1 });
  });

  it('names no signal when none the snapshots kept changed', () => {
    const same = [snap('2025-06-01', 40, undefined, { followers: 100 }), snap('2025-06-02', 44, undefined, { followers: 100 })];
    expect(notableChanges(same)[0].driver).toBeUndefined();
  });
});

describe('chartLayout', () => {
  it('puts time left to right over the period and scores bottom to top', () => {
    const { points, low, high } = chartLayout(inPeriod(history, 7, TODAY), 7, TODAY, 700, 100);
    expect([low, high]).toEqual([42, 52]);
    expect(points.map((p) => p.x)).toEqual([0, 100, 700]);
    expect(points.map((p) => p.y)).toEqual([80, 30, 60]);
  });

  it('keeps a flat line in the middle of a range at least 10 points tall', () => {
    const { points, low, high } = chartLayout([snap('2025-06-29', 99), snap('2025-06-30', 99)], 'all', TODAY, 100, 50);
    expect([low, high]).toEqual([90, 100]);
    expect(points.map((p) => p.x)).toEqual([0, 100]);
    expect(chartLayout([snap('2025-06-30', 50)], 'all', TODAY, 100, 50).points[0]).toMatchObject({ x: 50, y: 25 });
    expect(chartLayout([], 7, TODAY, 100, 50).points).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { FORMULA_VERSION, SCALE } from '../../../src/score/constants';
import { score } from '../../../src/score/engine';
import { PILLARS, type ProfileSignals } from '../../../src/score/types';

const AT = '2025-01-01T00:00:00Z';
const base: ProfileSignals = {
  network: 'x',
  handle: 'someone',
  observedAt: AT,
  createdAt: '2019-01-01T00:00:00Z',
  followers: 800,
  following: 400,
  posts: 3000,
  lists: 10,
  hasAvatar: true,
  hasBio: true,
  recent: { windowDays: 30, postsPerDay: 2, repostsReceivedPerDay: 1.5, mentionsReceivedPerDay: 2 },
};

describe('score engine', () => {
  it('gives an integer score in 1..100 and follows the ScoreResult contract', () => {
    const result = score(base);
    expect(Number.isInteger(result.score)).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(1);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.formulaVersion).toBe(FORMULA_VERSION);
    expect(Object.keys(result.pillars).sort()).toEqual([...PILLARS].sort());
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.authenticity.verdict).toBe('ok');
  });

  it('stays in 1..100 at the extremes', () => {
    expect(score({ network: 'x', handle: 'tiny', followers: 0, posts: 0, lists: 0 }).score).toBeGreaterThanOrEqual(1);
    expect(score({ network: 'x', handle: 'huge', followers: 1e9, lists: 1e7, recent: { repostsReceivedPerDay: 1e6 } }).score).toBeGreaterThanOrEqual(90);
  });

  it('is the same for the same input', () => {
    expect(score(base)).toEqual(score(structuredClone(base)));
  });

  it.each([
    ['followers', (s: ProfileSignals, v: number) => ({ ...s, followers: v })],
    ['lists', (s: ProfileSignals, v: number) => ({ ...s, lists: v })],
    ['reposts received', (s: ProfileSignals, v: number) => ({ ...s, recent: { ...s.recent, repostsReceivedPerDay: v } })],
  ])('never goes down as %s go up', (_name, withValue) => {
    let previous = 0;
    for (const value of [0, 1, 10, 100, 1000, 10_000, 100_000, 1_000_000]) {
      const current = score(withValue(base, value)).score;
      expect(current).toBeGreaterThanOrEqual(previous);
      previous = current;
    }
  });

  it('ranks a follow-back farm below a smaller account whose posts are reposted', () => {
    const farm: ProfileSignals = { network: 'x', handle: 'farm', observedAt: AT, followers: 50_000, following: 50_000, posts: 200, recent: { repostsReceivedPerDay: 0, mentionsReceivedPerDay: 0 } };
    const steady: ProfileSignals = { network: 'x', handle: 'steady', observedAt: AT, followers: 5_000, following: 600, posts: 4000, recent: { repostsReceivedPerDay: 4, mentionsReceivedPerDay: 3, postsPerDay: 2 } };
    expect(score(farm).score).toBeLessThan(score(steady).score);
  });

  it('treats a missing field as unknown: confidence drops, the score is not dragged toward zero', () => {
    const { lists: _lists, recent: _recent, ...partial } = base;
    const full = score(base);
    const known = score(partial);
    expect(known.confidence).toBeLessThan(full.confidence);
    expect(known.score).toBeGreaterThan(20);
    expect(score({ ...partial, lists: 0 }).score).toBeLessThan(known.score);
    const nothing = score({ network: 'x', handle: 'nobody' });
    expect(nothing.confidence).toBe(0);
    expect(nothing.score).toBe(SCALE.center);
  });

  it('holds down a suspicious account and says so', () => {
    const fake: ProfileSignals = { network: 'x', handle: 'fake', observedAt: AT, followers: 20, following: 1900, posts: 2, hasAvatar: false, hasBio: false, defaultProfile: true };
    const result = score(fake);
    expect(result.authenticity.verdict).toBe('suspicious');
    expect(result.authenticity.flags).toEqual(expect.arrayContaining(['mass-following', 'no-avatar']));
    expect(result.explanation.some((line) => line.startsWith('Held down'))).toBe(true);
  });

  it('explains every signal with the points it contributed, which add up to the score', () => {
    const result = score(base);
    const signals = PILLARS.flatMap((pillar) => result.pillars[pillar].signals);
    const total = signals.reduce((sum, s) => sum + s.contribution, 0);
    expect(Math.abs(SCALE.center + total - result.score)).toBeLessThan(1);
    for (const signal of signals) expect(result.explanation.join('\n')).toContain(String(signal.value.toLocaleString('en-US')));
    const weights = PILLARS.reduce((sum, pillar) => sum + result.pillars[pillar].weight, 0);
    expect(weights).toBeCloseTo(1, 2);
  });

  it('uses network-specific signals from extra with their own medians', () => {
    const dev: ProfileSignals = { network: 'github', handle: 'dev', observedAt: AT, followers: 10, extra: { stars: 50, forks: 10, repos: 20 } };
    const star: ProfileSignals = { ...dev, extra: { stars: 50_000, forks: 8_000, repos: 20 } };
    expect(score(star).score).toBeGreaterThan(score(dev).score + 5);
    expect(score(star).pillars.amplification.signals.map((s) => s.name)).toEqual(['stars', 'forks']);
  });
});

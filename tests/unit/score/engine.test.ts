import { describe, expect, it } from 'vitest';
import { FORMULA_VERSION, MAPPING } from '../../../src/score/constants';
import { mapStrength, score, scoreDetailed } from '../../../src/score/engine';
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
  likesGiven: 500,
  hasAvatar: true,
  hasBio: true,
  recent: { windowDays: 30, postsPerDay: 2, repostsReceivedPerDay: 1.5, mentionsReceivedPerDay: 2, mentionsSentPerDay: 1 },
};
const allSignals = (result: ReturnType<typeof score>) => PILLARS.flatMap((pillar) => result.pillars[pillar].signals);

describe('score engine: the contract', () => {
  it('gives an integer score in 1..100, four pillars, a verdict and a version', () => {
    const result = score(base);
    expect(Number.isInteger(result.score)).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(1);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(result.formulaVersion).toBe(FORMULA_VERSION);
    expect(Object.keys(result.pillars).sort()).toEqual([...PILLARS].sort());
    expect(result.authenticity.verdict).toBe('ok');
    expect(result.confidence).toBeGreaterThan(0.9);
  });

  it('stays in 1..100 at the extremes, and 100 stays out of reach but for the very largest', () => {
    expect(score({ network: 'x', handle: 'tiny', followers: 0, following: 5000, posts: 0, lists: 0, likesGiven: 0 }).score).toBeGreaterThanOrEqual(1);
    const star = score({ network: 'x', handle: 'star', followers: 50_000_000, lists: 300_000, recent: { repostsReceivedPerDay: 20_000, mentionsReceivedPerDay: 50_000, postsPerDay: 5 } });
    expect(star.score).toBeGreaterThanOrEqual(80);
    expect(star.score).toBeLessThan(100);
    const everything = score({
      network: 'x', handle: 'max', followers: 1e9, following: 5000, lists: 1e7, posts: 1e5,
      recent: { postsPerDay: 10, repostsReceivedPerDay: 1e6, mentionsReceivedPerDay: 1e6, mentionsSentPerDay: 50, engagerMedianFollowers: 1e6, uniqueEngagers: 1e6 },
    });
    expect(everything.score).toBeGreaterThanOrEqual(90);
  });

  it('maps a typical account to 40, and strength to score monotonically', () => {
    expect(mapStrength(0)).toBeCloseTo(MAPPING.center, 6);
    for (let z = -4; z < 6; z += 0.25) expect(mapStrength(z + 0.25)).toBeGreaterThan(mapStrength(z));
    const typical = score({ network: 'x', handle: 'typical', observedAt: AT, createdAt: '2022-01-01T00:00:00Z', followers: 100, following: 200, posts: 1000, lists: 1 });
    expect(Math.abs(typical.score - 40)).toBeLessThanOrEqual(1);
  });

  it('is the same for the same input', () => {
    expect(score(base)).toEqual(score(structuredClone(base)));
  });
});

describe('score engine: properties', () => {
  const ladder = [0, 1, 3, 10, 30, 100, 300, 1000, 3000, 10_000, 100_000, 1_000_000, 10_000_000];
  it.each([
    ['followers', (s: ProfileSignals, v: number) => ({ ...s, followers: v })],
    ['followers of an account that follows 20,000', (s: ProfileSignals, v: number) => ({ ...s, following: 20_000, followers: v })],
    ['lists', (s: ProfileSignals, v: number) => ({ ...s, lists: v })],
    ['reposts received', (s: ProfileSignals, v: number) => ({ ...s, recent: { ...s.recent, repostsReceivedPerDay: v / 100 } })],
  ])('never goes down as %s go up, other things equal', (_name, withValue) => {
    let previous = 0;
    for (const value of ladder) {
      const current = score(withValue(base, value)).score;
      expect(current, `at ${value}`).toBeGreaterThanOrEqual(previous);
      previous = current;
    }
  });

  it('ranks a follow-back farm below a smaller account whose posts are reposted', () => {
    const farm: ProfileSignals = { network: 'x', handle: 'farm', observedAt: AT, followers: 50_000, following: 50_000, posts: 2000, recent: { postsPerDay: 3, repostsReceivedPerDay: 0, mentionsReceivedPerDay: 0 } };
    const steady: ProfileSignals = { network: 'x', handle: 'steady', observedAt: AT, followers: 5_000, following: 600, posts: 4000, recent: { postsPerDay: 2, repostsReceivedPerDay: 6 } };
    expect(score(farm).score).toBeLessThan(score(steady).score);
    expect(score(farm).authenticity.flags).toContain('follow-back-ratio');
  });

  it('treats an absent field as unknown: it lowers confidence and never pulls the score toward zero', () => {
    const { lists: _lists, recent: _recent, ...partial } = base;
    const full = score(base);
    const known = score(partial);
    expect(known.confidence).toBeLessThan(full.confidence);
    expect(Math.abs(known.score - full.score)).toBeLessThan(10);
    expect(score({ ...partial, lists: 0 }).score).toBeLessThan(known.score); // a zero is news, absence is not
    const nothing = score({ network: 'x', handle: 'nobody' });
    expect(nothing.confidence).toBe(0);
    expect(nothing.score).toBe(MAPPING.center);
  });

  it('does not reward spam-level posting', () => {
    const at = (postsPerDay: number) => score({ ...base, recent: { ...base.recent, postsPerDay } }).pillars.activity.score;
    expect(at(200)).toBeLessThan(at(20));
    expect(at(5)).toBeGreaterThanOrEqual(at(1));
  });

  it('holds down a suspicious account and says so', () => {
    const fake: ProfileSignals = { network: 'x', handle: 'fake', observedAt: AT, followers: 20, following: 1900, posts: 12, lists: 0, likesGiven: 0, hasAvatar: true, hasBio: false, defaultProfile: true };
    const detail = scoreDetailed(fake);
    expect(detail.result.authenticity.verdict).toBe('suspicious');
    expect(detail.result.authenticity.flags).toEqual(expect.arrayContaining(['mass-following', 'few-followers', 'never-likes']));
    expect(detail.heldDown).toBeGreaterThan(0);
    expect(detail.result.score).toBeLessThan(Math.round(detail.raw));
    expect(detail.result.explanation[1]).toMatch(/^Held down by [\d.]+ points: \d+% risk/);
  });

  it('uses network-specific signals from extra with their own medians', () => {
    const dev: ProfileSignals = { network: 'github', handle: 'dev', observedAt: AT, followers: 10, extra: { stars: 50, forks: 10, repos: 20 } };
    const star: ProfileSignals = { ...dev, extra: { stars: 50_000, forks: 8_000, repos: 20 } };
    expect(score(dev).score).toBe(MAPPING.center);
    expect(score(star).score).toBeGreaterThan(score(dev).score + 10);
    expect(score(star).pillars.amplification.signals.map((s) => s.name)).toEqual(['stars', 'forks']);
  });

  it('does not call a developer suspicious for having few followers and no bio', () => {
    const quiet: ProfileSignals = { network: 'github', handle: 'quiet', observedAt: AT, createdAt: '2020-01-01T00:00:00Z', followers: 2, following: 3, hasBio: false, hasUrl: false, hasLocation: false, extra: { stars: 0, forks: 0, repos: 4 } };
    expect(score(quiet).authenticity).toMatchObject({ verdict: 'ok', flags: [] });
  });
});

describe('score engine: the breakdown adds up', () => {
  it('each signal’s points sum to the score’s distance from the typical 40', () => {
    for (const signals of [base, { ...base, followers: 50, lists: 0 }, { network: 'github', handle: 'g', followers: 5000, extra: { stars: 9000, forks: 700, repos: 80 } }]) {
      const detail = scoreDetailed(signals);
      const total = allSignals(detail.result).reduce((sum, s) => sum + s.contribution, 0);
      expect(Math.abs(MAPPING.center + total - detail.raw)).toBeLessThan(0.05 * allSignals(detail.result).length + 0.01);
      const weights = PILLARS.reduce((sum, pillar) => sum + detail.result.pillars[pillar].weight, 0);
      expect(weights).toBeCloseTo(1, 2);
    }
  });
});

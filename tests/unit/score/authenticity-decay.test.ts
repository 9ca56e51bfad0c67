import { describe, expect, it } from 'vitest';
import { applicableFlags, assessAuthenticity } from '../../../src/score/authenticity';
import { AUTHENTICITY } from '../../../src/score/constants';
import { decayedRates } from '../../../src/score/decay';

describe('authenticity', () => {
  it('raises each flag from its own rule, and combines them as log-odds', () => {
    const bought = assessAuthenticity({ network: 'x', handle: 'b', followers: 12, following: 600, posts: 20, lists: 0, likesGiven: 0, defaultProfile: true, hasUrl: false, hasBio: true, hasAvatar: true });
    expect(bought.flags.sort()).toEqual(['default-profile', 'few-followers', 'few-posts', 'mass-following', 'never-likes', 'never-listed', 'no-url'].sort());
    const logOdds = AUTHENTICITY.bias + bought.flags.reduce((sum, flag) => sum + AUTHENTICITY.weights[flag as keyof typeof AUTHENTICITY.weights], 0);
    expect(bought.risk).toBeCloseTo(1 / (1 + Math.exp(-logOdds)), 3);
    expect(bought.verdict).toBe('suspicious');
  });

  it('lets a quiet genuine account with an odd profile pass', () => {
    const quiet = assessAuthenticity({ network: 'x', handle: 'q', followers: 25, following: 80, posts: 400, lists: 0, likesGiven: 3, defaultProfile: true, hasUrl: false, hasBio: true });
    expect(quiet.verdict).toBe('ok');
    expect(quiet.flags).toEqual(['few-followers', 'never-listed', 'default-profile', 'no-url']);
  });

  it('says "unknown" when it knows too little, and never flags what it does not know', () => {
    expect(assessAuthenticity({ network: 'x', handle: 'u', followers: 5 })).toMatchObject({ verdict: 'unknown', flags: ['few-followers'] });
    expect(assessAuthenticity({ network: 'x', handle: 'u' })).toMatchObject({ verdict: 'unknown', flags: [] });
  });

  it('applies only the following, age and engagement rules to developer communities', () => {
    expect(applicableFlags('github').sort()).toEqual(['follow-back-ratio', 'mass-following', 'new-account', 'unengaged-audience']);
    const spammer = assessAuthenticity({ network: 'github', handle: 's', followers: 3, following: 4000, hasBio: false, createdAt: '2025-01-01T00:00:00Z', observedAt: '2025-01-10T00:00:00Z' });
    expect(spammer.flags.sort()).toEqual(['mass-following', 'new-account']);
  });

  it('never raises the risk as followers rise, other things equal', () => {
    let previous = 1;
    for (const followers of [0, 10, 50, 200, 900, 1500, 5000, 20_000, 60_000, 1e6]) {
      const { risk } = assessAuthenticity({ network: 'x', handle: 'f', followers, following: 10_000, posts: 100, lists: 2 });
      expect(risk, `at ${followers}`).toBeLessThanOrEqual(previous);
      previous = risk;
    }
  });
});

describe('time-decayed rates', () => {
  const now = Date.UTC(2025, 5, 1);
  const day = 86_400_000;

  it('gives a steady account its plain rate', () => {
    const posts = Array.from({ length: 30 }, (_, i) => ({ at: now - (i + 0.5) * day, reposts: 4, likes: 10 }));
    const rates = decayedRates(posts, now, 30);
    expect(rates.postsPerDay).toBeCloseTo(1, 1);
    expect(rates.repostsReceivedPerDay).toBeCloseTo(4, 0);
    expect(rates.likesReceivedPerDay).toBeCloseTo(10, 0);
    expect(rates.repliesReceivedPerDay).toBeUndefined(); // not known is not zero
  });

  it('weighs recent reactions more than old ones', () => {
    const recentHit = decayedRates([{ at: now - 1 * day, reposts: 100 }], now, 60);
    const oldHit = decayedRates([{ at: now - 50 * day, reposts: 100 }], now, 60);
    expect(recentHit.repostsReceivedPerDay!).toBeGreaterThan(4 * oldHit.repostsReceivedPerDay!);
  });

  it('skips posts outside the window and unreadable dates', () => {
    const rates = decayedRates([{ at: now - 90 * day, reposts: 50 }, { at: 'not a date', reposts: 50 }, { at: new Date(now - day).toISOString(), reposts: 1 }], now, 30);
    expect(rates.repostsReceivedPerDay).toBeLessThan(0.2);
  });
});

describe('engagement that does not match the audience', () => {
  it('flags a large following that almost never reacts, relative to its size', () => {
    const dead = assessAuthenticity({ network: 'x', handle: 'd', followers: 500_000, following: 300, recent: { postsPerDay: 10, repostsReceivedPerDay: 5, mentionsReceivedPerDay: 5 } });
    expect(dead.flags).toContain('unengaged-audience');
    const lively = assessAuthenticity({ network: 'x', handle: 'l', followers: 500_000, following: 300, recent: { postsPerDay: 10, repostsReceivedPerDay: 500, mentionsReceivedPerDay: 300 } });
    expect(lively.flags).not.toContain('unengaged-audience');
    expect(assessAuthenticity({ network: 'x', handle: 's', followers: 500, recent: { postsPerDay: 10 } }).flags).not.toContain('unengaged-audience');
  });
});

import { describe, expect, it } from 'vitest';
import { combineScores } from '../../../src/identity';

type Part = { key: string; score: number; confidence: number };

/** A seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomParts(next: () => number, count: number): Part[] {
  return Array.from({ length: count }, (_, i) => ({ key: `net${i}:p`, score: 1 + Math.floor(next() * 100), confidence: Math.round(next() * 100) / 100 }));
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('combineScores', () => {
  it('counts the strongest network in full and adds a quarter of each next one’s share of the gap to 100', () => {
    const combined = combineScores([
      { key: 'mastodon:a@b.social', score: 50, confidence: 0.6 },
      { key: 'github:a', score: 60, confidence: 0.8 },
    ]);
    // 60 + (100 − 60) · 0.5 · 0.25 = 65
    expect(combined.score).toBe(65);
    expect(combined.parts).toEqual([
      { key: 'github:a', score: 60, confidence: 0.8, contribution: 60 },
      { key: 'mastodon:a@b.social', score: 50, confidence: 0.6, contribution: 5 },
    ]);
    // 1 − (1 − 0.8)(1 − 0.25 · 0.6) = 0.83
    expect(combined.confidence).toBe(0.83);
    expect(combined.formulaVersion).toBe('combined-1');
  });

  it('gives contributions that add up to the combined score', () => {
    const combined = combineScores([
      { key: 'github:a', score: 60, confidence: 0.5 },
      { key: 'bluesky:a.dev', score: 50, confidence: 0.5 },
      { key: 'x:a', score: 40, confidence: 0.5 },
    ]);
    // 65, then 65 + 35 · 0.4 · 0.25 = 68.5 → 69 (rounded once, at the end)
    expect(combined.score).toBe(69);
    expect(combined.parts.map((p) => p.contribution)).toEqual([60, 5, 4]);
  });

  it('is one network’s own score for one network, and never above 100 or below 1', () => {
    expect(combineScores([{ key: 'github:a', score: 37, confidence: 0.4 }])).toEqual({ score: 37, confidence: 0.4, parts: [{ key: 'github:a', score: 37, confidence: 0.4, contribution: 37 }], formulaVersion: 'combined-1' });
    expect(combineScores([{ key: 'github:a', score: 100, confidence: 1 }, { key: 'x:a', score: 100, confidence: 1 }]).score).toBe(100);
    expect(combineScores([]).score).toBe(1);
    expect(combineScores([]).parts).toEqual([]);
  });

  it('counts a key once (its higher score) and skips scores that are no number', () => {
    const combined = combineScores([
      { key: 'github:a', score: 40, confidence: 0.5 },
      { key: 'github:a', score: 60, confidence: 0.5 },
      { key: 'x:a', score: Number.NaN, confidence: 0.9 },
    ]);
    expect(combined.parts.map((p) => [p.key, p.score])).toEqual([['github:a', 60]]);
    expect(combined.score).toBe(60);
  });

  it('never lowers the score or the confidence when a network is added (600 random cases)', () => {
    const next = random(20260427);
    for (let round = 0; round < 600; round++) {
      const parts = randomParts(next, 1 + Math.floor(next() * 5));
      const added = { key: 'extra:p', score: 1 + Math.floor(next() * 100), confidence: Math.round(next() * 100) / 100 };
      const before = combineScores(parts);
      const after = combineScores(shuffle([...parts, added], next));
      expect(after.score, JSON.stringify({ parts, added })).toBeGreaterThanOrEqual(before.score);
      expect(after.score).toBeGreaterThanOrEqual(Math.max(...parts.map((p) => p.score), added.score));
      expect(after.confidence).toBeGreaterThanOrEqual(before.confidence);
    }
  });

  it('does not depend on the order of its input (300 random cases)', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const parts = randomParts(next, 1 + Math.floor(next() * 6));
      // Ties on score are frequent with few distinct values; they must not show either.
      if (parts.length > 1 && next() < 0.3) parts[1].score = parts[0].score;
      expect(combineScores(shuffle(parts, next))).toEqual(combineScores(parts));
    }
  });

  it('grows more sure with every network known', () => {
    const one = combineScores([{ key: 'a:x', score: 50, confidence: 0.5 }]).confidence;
    const two = combineScores([{ key: 'a:x', score: 50, confidence: 0.5 }, { key: 'b:x', score: 30, confidence: 0.5 }]).confidence;
    const three = combineScores([{ key: 'a:x', score: 50, confidence: 0.5 }, { key: 'b:x', score: 30, confidence: 0.5 }, { key: 'c:x', score: 30, confidence: 0.5 }]).confidence;
    expect([one, two, three]).toEqual([0.5, 0.56, 0.62]);
  });
});

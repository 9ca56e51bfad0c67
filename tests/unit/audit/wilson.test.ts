import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/audit';

describe('wilson', () => {
  it('gives the known 95% interval for 50 of 100', () => {
    const interval = wilson(50, 100)!;
    expect(interval.share).toBe(0.5);
    expect(interval.low).toBeCloseTo(0.4038, 4);
    expect(interval.high).toBeCloseTo(0.5962, 4);
  });

  it('does not collapse at none and at all of the sample', () => {
    expect(wilson(0, 10)).toEqual({ share: 0, low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilson(10, 10)).toEqual({ share: 1, low: expect.closeTo(0.7225, 4), high: 1 });
  });

  it('matches other published values and is asymmetric near the edges', () => {
    const one = wilson(1, 10)!;
    expect(one.low).toBeCloseTo(0.0179, 4);
    expect(one.high).toBeCloseTo(0.4042, 4);
    // z = 1 gives the narrower 68% interval.
    expect(wilson(50, 100, 1)!.high - wilson(50, 100, 1)!.low).toBeLessThan(wilson(50, 100)!.high - wilson(50, 100)!.low);
  });

  it('has no interval without a sample', () => {
    expect(wilson(0, 0)).toBeUndefined();
    expect(wilson(3, Number.NaN)).toBeUndefined();
  });
});

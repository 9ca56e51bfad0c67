import { describe, expect, it } from 'vitest';
import { createTokenBucket } from '../../../src/background/token-bucket';
import type { RateLimit } from '../../../src/sources/types';

const T0 = 1_000_000;

function bucketOf(limit: Omit<RateLimit, 'source'>) {
  const time = { now: T0 };
  const bucket = createTokenBucket({ ...limit, source: 'test' }, () => time.now);
  return { bucket, time };
}

const takeAll = (bucket: ReturnType<typeof createTokenBucket>) => {
  let taken = 0;
  while (bucket.take()) taken++;
  return taken;
};

describe('createTokenBucket', () => {
  it('starts full at its burst, and then refuses', () => {
    const { bucket } = bucketOf({ requests: 10, periodMs: 1_000, burst: 3 });
    expect(bucket.tokens()).toBe(3);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.tokens()).toBe(0);
  });

  it('starts full at its request count when it has no burst', () => {
    const { bucket } = bucketOf({ requests: 5, periodMs: 60_000 });
    expect(takeAll(bucket)).toBe(5);
  });

  it('says how long until the next token, and refills at requests per period', () => {
    const { bucket, time } = bucketOf({ requests: 10, periodMs: 1_000, burst: 3 }); // one per 100 ms
    takeAll(bucket);
    expect(bucket.wait()).toBe(100);
    time.now = T0 + 30;
    expect(bucket.wait()).toBe(70);
    expect(bucket.take()).toBe(false);
    time.now = T0 + 100;
    expect(bucket.wait()).toBe(0);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    time.now = T0 + 350;
    expect(bucket.tokens()).toBeCloseTo(2.5, 10);
    expect(takeAll(bucket)).toBe(2);
  });

  it('never holds more than its capacity', () => {
    const { bucket, time } = bucketOf({ requests: 10, periodMs: 1_000, burst: 3 });
    bucket.take();
    time.now = T0 + 3_600_000;
    expect(bucket.tokens()).toBe(3);
    expect(takeAll(bucket)).toBe(3);
  });

  it('waits a whole period for one token of a slow limit', () => {
    const { bucket } = bucketOf({ requests: 60, periodMs: 3_600_000 }); // GitHub without a token
    expect(takeAll(bucket)).toBe(60);
    expect(bucket.wait()).toBe(60_000);
  });

  it('sync lowers the tokens to what the API says remain, never raises them', () => {
    const { bucket } = bucketOf({ requests: 10, periodMs: 1_000, burst: 5 });
    bucket.sync(2);
    expect(bucket.tokens()).toBe(2);
    bucket.sync(4);
    expect(bucket.tokens()).toBe(2);
    expect(takeAll(bucket)).toBe(2);
  });

  it('sync with a reset time refills the bucket fully at that time, not before', () => {
    const { bucket, time } = bucketOf({ requests: 60, periodMs: 60_000 }); // one a second, 60 at once
    bucket.sync(0, T0 + 5_000);
    expect(bucket.tokens()).toBe(0);
    time.now = T0 + 4_999;
    expect(bucket.tokens()).toBeCloseTo(4.999, 10); // refilled at its rate only
    time.now = T0 + 5_000;
    expect(bucket.tokens()).toBe(60);
    expect(takeAll(bucket)).toBe(60);
  });

  it('sync ignores a reset time that has passed', () => {
    const { bucket, time } = bucketOf({ requests: 60, periodMs: 60_000 });
    bucket.sync(0, T0 - 1);
    time.now = T0 + 2_000;
    expect(bucket.tokens()).toBeCloseTo(2, 10);
  });

  it('wait() answers the time until the reset when the API window resets before the next refill', () => {
    const { bucket } = bucketOf({ requests: 60, periodMs: 3_600_000 }); // one a minute
    bucket.sync(0, T0 + 5_000);
    expect(bucket.wait()).toBe(5_000);
  });
});

// A token bucket: `burst` requests at once, refilled at `requests` each `periodMs`. It starts
// full, as the APIs' own windows do.

import type { RateLimit } from '../sources/types';

export function createTokenBucket(limit: RateLimit, now: () => number) {
  const capacity = limit.burst ?? limit.requests;
  const perMs = limit.requests / limit.periodMs;
  let tokens = capacity;
  let updatedAt = now();
  /** When the API's own window starts afresh (it said so): the bucket is full again then. */
  let windowResetsAt: number | undefined;

  function refill(): void {
    const time = now();
    tokens = Math.min(capacity, tokens + (time - updatedAt) * perMs);
    updatedAt = time;
    if (windowResetsAt !== undefined && time >= windowResetsAt) {
      tokens = capacity;
      windowResetsAt = undefined;
    }
  }

  return {
    limit,
    /** Takes a token if there is one. */
    take(): boolean {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    /** Milliseconds until a token is there (0: now). */
    wait(): number {
      refill();
      if (tokens >= 1) return 0;
      const refilled = Math.ceil((1 - tokens) / perMs);
      return windowResetsAt === undefined ? refilled : Math.min(refilled, windowResetsAt - now());
    },
    /** The API said how many it still allows (and when its window resets): believe it when it allows fewer. */
    sync(remaining: number, resetsAt?: number): void {
      refill();
      tokens = Math.min(tokens, remaining);
      if (resetsAt !== undefined && resetsAt > now()) windowResetsAt = resetsAt;
    },
    tokens(): number {
      refill();
      return tokens;
    },
  };
}

export type TokenBucket = ReturnType<typeof createTokenBucket>;

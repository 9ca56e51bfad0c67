// Stops requests to a host until the time its API named. The gate wraps fetch: a blocked host
// gets a typed rate-limit error without any request, and every response's rate-limit headers
// move the gate. It is kept in storage so that a restarted service worker still respects it.
import { rateLimitMessage, rateLimitRetryAt } from '../sources/http';
import { SourceError } from '../sources/types';
import type { KeyValueArea } from './cache';
import { isCount, isRecord } from '../lib/guards';

const STORAGE_KEY = 'rateGate';

export interface RateGate {
  fetch: typeof fetch;
  blockedUntil(host: string): number | undefined;
  ready: Promise<void>;
}

export function createRateGate(area: KeyValueArea, baseFetch: typeof fetch, now: () => number = Date.now): RateGate {
  const until = new Map<string, number>();
  const ready = area.get([STORAGE_KEY]).then((stored) => {
    const saved = stored[STORAGE_KEY];
    if (!isRecord(saved)) return;
    for (const [host, time] of Object.entries(saved)) if (isCount(time)) until.set(host, Math.max(time, until.get(host) ?? 0));
  }).catch(() => {
    // Unreadable storage: start with no blocks; the APIs' own answers will set them again.
  });

  function blockedUntil(host: string): number | undefined {
    const time = until.get(host);
    return time !== undefined && time > now() ? time : undefined;
  }

  async function block(host: string, time: number): Promise<void> {
    // A late answer to a request sent earlier must not shorten a longer block.
    until.set(host, Math.max(time, until.get(host) ?? 0));
    const live = Object.fromEntries([...until].filter(([, t]) => t > now()));
    await area.set({ [STORAGE_KEY]: live });
  }

  const gatedFetch: typeof fetch = async (input, init) => {
    await ready;
    const url = new URL(input instanceof Request ? input.url : String(input));
    const blocked = blockedUntil(url.host);
    if (blocked !== undefined) {
      throw new SourceError({ kind: 'rate-limited', retryAt: blocked, message: rateLimitMessage(url.host) });
    }
    const response = await baseFetch(input, init);
    const retryAt = rateLimitRetryAt(response, now());
    if (retryAt !== undefined) await block(url.host, retryAt);
    return response;
  };

  return { fetch: gatedFetch, blockedUntil, ready };
}

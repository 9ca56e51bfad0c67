// Every request to an API goes through its host's limiter. It keeps the host's token bucket
// (set from the API's published limit), stops all requests until the time a rate-limit
// answer names, retries server errors and lost connections with exponential backoff and
// jitter, and stops calling a host that keeps failing for a while (a circuit breaker).
// Waiting requests are served by priority: the popup first, then badges on screen.
import { isCount, isRecord } from '../lib/guards';
import { rateLimitMessage, rateLimitResetAt, rateLimitRetryAt } from '../sources/http';
import { SourceError } from '../sources/types';
import type { KeyValueArea } from './cache';
import type { RateLimit } from '../sources/types';
import { createTokenBucket, type TokenBucket } from './token-bucket';

export const PRIORITY = { popup: 0, visible: 1, background: 2 } as const;
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

export const LIMITER = {
  /** Longer than this to wait for a token, and the request fails now, saying when it may go. */
  maxWaitMs: 10_000,
  /** Attempts per request on 5xx and network errors, and the first backoff. */
  attempts: 3,
  backoffBaseMs: 500,
  /** Failed requests in a row that open the circuit, and how long it first stays open. */
  circuitFailures: 5,
  circuitOpenMs: 60_000,
  circuitMaxOpenMs: 10 * 60_000,
} as const;

const STORAGE_KEY = 'limiter';
const SAVE_DELAY_MS = 1000;

interface Waiter {
  priority: Priority;
  order: number;
  resolve(): void;
  reject(error: unknown): void;
}

interface HostState {
  bucket: TokenBucket;
  waiters: Waiter[];
  timer?: ReturnType<typeof setTimeout>;
  blockedUntil: number;
  failures: number;
  opens: number;
  circuitOpenUntil: number;
}

export interface LimiterOptions {
  limitFor(host: string): RateLimit;
  area: KeyValueArea;
  fetch: typeof fetch;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  online?: () => boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHostLimiter(options: LimiterOptions) {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
  const hosts = new Map<string, HostState>();
  let order = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saved: Record<string, unknown> = {};

  const ready = options.area
    .get([STORAGE_KEY])
    .then((stored) => {
      if (isRecord(stored[STORAGE_KEY])) saved = stored[STORAGE_KEY];
    })
    .catch(() => {});

  function state(host: string): HostState {
    let found = hosts.get(host);
    const limit = options.limitFor(host);
    if (found && found.bucket.limit.requests !== limit.requests) {
      // The limit changed (a token was added or removed): a new bucket, no more than the old one's tokens.
      const tokens = found.bucket.tokens();
      const lower = limit.requests < found.bucket.limit.requests;
      found.bucket = createTokenBucket(limit, now);
      if (lower) found.bucket.sync(tokens);
    }
    if (!found) {
      found = { bucket: createTokenBucket(limit, now), waiters: [], blockedUntil: 0, failures: 0, opens: 0, circuitOpenUntil: 0 };
      // What a stopped service worker knew: blocks, open circuits, the tokens left.
      const before = saved[host];
      if (isRecord(before)) {
        if (isCount(before.blockedUntil)) found.blockedUntil = before.blockedUntil;
        if (isCount(before.circuitOpenUntil)) found.circuitOpenUntil = before.circuitOpenUntil;
        if (isCount(before.tokens) && isCount(before.at)) {
          found.bucket.sync(before.tokens + ((now() - before.at) * found.bucket.limit.requests) / found.bucket.limit.periodMs);
        }
      }
      hosts.set(host, found);
    }
    return found;
  }

  function saveSoon(): void {
    saveTimer ??= setTimeout(() => {
      saveTimer = undefined;
      // Hosts this worker has not used keep what an earlier one saved, until it has passed.
      const snapshot: Record<string, unknown> = {};
      for (const [host, before] of Object.entries(saved)) {
        if (isRecord(before) && Math.max(Number(before.blockedUntil) || 0, Number(before.circuitOpenUntil) || 0) > now()) snapshot[host] = before;
      }
      for (const [host, s] of hosts) {
        snapshot[host] = { blockedUntil: s.blockedUntil, circuitOpenUntil: s.circuitOpenUntil, tokens: s.bucket.tokens(), at: now() };
      }
      saved = snapshot;
      void options.area.set({ [STORAGE_KEY]: snapshot }).catch(() => {});
    }, SAVE_DELAY_MS);
  }

  /** When the host will take a request again, and why not now; undefined when it will now. */
  function closedUntil(host: string, s: HostState): { until: number; error: SourceError } | undefined {
    const time = now();
    if (s.blockedUntil > time) {
      return { until: s.blockedUntil, error: new SourceError({ kind: 'rate-limited', retryAt: s.blockedUntil, message: rateLimitMessage(host) }) };
    }
    if (s.circuitOpenUntil > time) {
      const error = new SourceError({ kind: 'network', retryAt: s.circuitOpenUntil, message: `${host} keeps failing; it is given a rest.` });
      return { until: s.circuitOpenUntil, error };
    }
    return undefined;
  }

  function pump(host: string): void {
    const s = state(host);
    clearTimeout(s.timer);
    s.timer = undefined;
    while (s.waiters.length > 0) {
      const closed = closedUntil(host, s);
      const wait = closed ? closed.until - now() : s.bucket.wait();
      if (wait > LIMITER.maxWaitMs) {
        // Too long to hold a badge: tell every waiter when the host will take requests again.
        const retryAt = now() + wait;
        const error = closed?.error ?? new SourceError({ kind: 'rate-limited', retryAt, message: rateLimitMessage(host) });
        for (const waiter of s.waiters.splice(0)) waiter.reject(error);
        return;
      }
      if (wait > 0) {
        s.timer = setTimeout(() => pump(host), wait);
        return;
      }
      s.bucket.take();
      saveSoon();
      s.waiters.shift()!.resolve();
    }
  }

  /** Waits for the host to take one request at this priority. */
  async function acquire(host: string, priority: Priority): Promise<void> {
    await ready;
    if (!online()) throw new SourceError({ kind: 'network', message: 'The browser is offline.' });
    const s = state(host);
    await new Promise<void>((resolve, reject) => {
      s.waiters.push({ priority, order: order++, resolve, reject });
      s.waiters.sort((a, b) => a.priority - b.priority || a.order - b.order);
      pump(host);
    });
  }

  function recordFailure(host: string, s: HostState): void {
    s.failures += 1;
    if (s.failures >= LIMITER.circuitFailures) {
      s.opens += 1;
      s.circuitOpenUntil = now() + Math.min(LIMITER.circuitMaxOpenMs, LIMITER.circuitOpenMs * 2 ** (s.opens - 1));
      s.failures = 0;
      saveSoon();
    }
  }

  function readHeaders(host: string, s: HostState, response: Response): void {
    const remaining = Number(response.headers.get('x-ratelimit-remaining') ?? response.headers.get('ratelimit-remaining'));
    if (response.headers.has('x-ratelimit-remaining') || response.headers.has('ratelimit-remaining')) {
      if (Number.isFinite(remaining)) s.bucket.sync(remaining, rateLimitResetAt(response.headers, now()));
    }
    const retryAt = rateLimitRetryAt(response, now());
    if (retryAt !== undefined) {
      // A late answer to an earlier request must not shorten a longer block.
      s.blockedUntil = Math.max(s.blockedUntil, retryAt);
      saveSoon();
    }
  }

  /** fetch through the host's limiter, at a priority. */
  async function limitedFetch(input: string, init: RequestInit | undefined, priority: Priority): Promise<Response> {
    const host = new URL(input).host;
    for (let attempt = 1; ; attempt++) {
      await acquire(host, priority);
      const s = state(host);
      let response: Response | undefined;
      try {
        response = await options.fetch(input, init);
      } catch {
        response = undefined;
      }
      if (response) readHeaders(host, s, response);
      const failed = !response || response.status >= 500;
      if (!failed) {
        s.failures = 0;
        s.opens = 0;
        return response!;
      }
      recordFailure(host, s);
      if (attempt >= LIMITER.attempts || closedUntil(host, s)) {
        if (response) return response;
        throw new SourceError({ kind: 'network', message: `${host} could not be reached.` });
      }
      // Exponential backoff with jitter: half the delay fixed, half random.
      const delay = LIMITER.backoffBaseMs * 2 ** (attempt - 1);
      await sleep(delay / 2 + random() * (delay / 2));
    }
  }

  return {
    ready,
    acquire,
    fetch: limitedFetch,
    /** No requests to the host until then (a limit the API stated in its body). */
    block(host: string, until: number): void {
      const s = state(host);
      s.blockedUntil = Math.max(s.blockedUntil, until);
      saveSoon();
    },
    /** Until when a host takes no requests, if it is closed now. */
    closedUntil(host: string): number | undefined {
      return closedUntil(host, state(host))?.until;
    },
  };
}

export type HostLimiter = ReturnType<typeof createHostLimiter>;

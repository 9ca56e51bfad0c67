import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITER, PRIORITY, createHostLimiter, type Priority } from '../../../src/background/host-limiter';
import type { RateLimit } from '../../../src/sources/types';
import { rejection } from '../sources/fake-fetch';
import { memoryArea } from './memory-area';

const T0 = Date.UTC(2025, 0, 3, 22, 0, 0); // whole seconds: 1735941600000
const HOST = 'api.test';
const url = (path: string) => `https://${HOST}/${path}`;
const GENEROUS = { requests: 1_000, periodMs: 1_000 };
const response = (status: number, headers: Record<string, string> = {}) => new Response('{}', { status, headers });

type Answer = (url: string) => Response | Promise<Response>;

function setup({ area = memoryArea(), answer = () => response(200), limit = GENEROUS, random = 0, online = true }: { area?: ReturnType<typeof memoryArea>; answer?: Answer; limit?: Omit<RateLimit, 'source'>; random?: number; online?: boolean } = {}) {
  const limits = { current: { ...limit, source: 'test' } as RateLimit };
  const fetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => answer(String(input)));
  const sleep = vi.fn(async (_ms: number) => {});
  const limiter = createHostLimiter({
    limitFor: () => limits.current,
    area,
    fetch: fetch as unknown as typeof globalThis.fetch,
    now: () => Date.now(),
    random: () => random,
    sleep,
    online: () => online,
  });
  const get = (path: string, priority: Priority = PRIORITY.visible) => limiter.fetch(url(path), undefined, priority);
  const fetched = () => fetch.mock.calls.map(([input]) => String(input).slice(`https://${HOST}/`.length));
  return { limiter, fetch, sleep, area, limits, get, fetched };
}

/** Answers in turn; the last one from then on. */
const answers = (...list: (() => Response)[]): Answer => {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)]();
};

describe('createHostLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the request through, with its init, while there are tokens', async () => {
    const { limiter, fetch } = setup();
    const init = { headers: { accept: 'application/json' } };
    expect((await limiter.fetch(url('a'), init, PRIORITY.popup)).status).toBe(200);
    expect(fetch.mock.calls).toEqual([[url('a'), init]]);
  });

  it('serves waiting requests by priority, first come first within one, as tokens come', async () => {
    const { get, fetched } = setup({ limit: { requests: 1, periodMs: 1_000, burst: 1 } });
    await get('first', PRIORITY.background);
    const waiting = [get('bg', PRIORITY.background), get('vis1', PRIORITY.visible), get('pop', PRIORITY.popup), get('vis2', PRIORITY.visible)];
    await vi.advanceTimersByTimeAsync(999);
    expect(fetched()).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetched()).toEqual(['first', 'pop']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetched()).toEqual(['first', 'pop', 'vis1']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetched()).toEqual(['first', 'pop', 'vis1', 'vis2', 'bg']);
    await Promise.all(waiting);
  });

  it('fails at once, saying when, rather than wait longer than maxWaitMs for a token', async () => {
    const { get, fetch } = setup({ limit: { requests: 1, periodMs: 60_000 } });
    await get('a');
    expect(await rejection(get('b'))).toEqual({ kind: 'rate-limited', retryAt: T0 + 60_000, message: `The rate limit of ${HOST} is reached.` });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('blocks the host for exactly the 60 s a 429 with Retry-After: 60 names', async () => {
    const { get, fetch, limiter } = setup({ answer: answers(() => response(429, { 'Retry-After': '60' }), () => response(200)) });
    expect((await get('a')).status).toBe(429);
    expect(limiter.closedUntil(HOST)).toBe(T0 + 60_000);
    expect(await rejection(get('b', PRIORITY.popup))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 60_000 });
    await vi.advanceTimersByTimeAsync(50_000);
    const c = get('c'); // 10 s left: no more than maxWaitMs, so it waits
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await c).status).toBe(200);
    expect(limiter.closedUntil(HOST)).toBeUndefined();
  });

  it('blocks until X-RateLimit-Reset (epoch seconds) when X-RateLimit-Remaining is 0', async () => {
    const reset = String(T0 / 1_000 + 300);
    const { get, fetch } = setup({ answer: answers(() => response(200, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset }), () => response(200)) });
    await get('a');
    expect(await rejection(get('b'))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 300_000 });
    await vi.advanceTimersByTimeAsync(300_000);
    expect((await get('c')).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reads Mastodon’s ISO 8601 X-RateLimit-Reset', async () => {
    const reset = '2025-01-03T22:02:00.034264Z'; // Mastodon sends microseconds
    const { get, fetch } = setup({ answer: () => response(200, { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset }) });
    await get('a');
    expect(await rejection(get('b'))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 120_034 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries 5xx answers with exponential backoff and jitter, up to LIMITER.attempts', async () => {
    for (const [random, delays] of [[0, [250, 500]], [1, [500, 1_000]]] as const) {
      const { get, fetch, sleep } = setup({ random, answer: () => response(503) });
      expect((await get('a')).status).toBe(503);
      expect(fetch).toHaveBeenCalledTimes(LIMITER.attempts);
      expect(sleep.mock.calls.map(([ms]) => ms)).toEqual(delays);
    }
  });

  it('retries a lost connection, then answers with what came', async () => {
    const lost = () => {
      throw new TypeError('Failed to fetch');
    };
    const { get, fetch, sleep } = setup({ answer: answers(lost, () => response(200)) });
    expect((await get('a')).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    const down = setup({ answer: lost });
    expect(await rejection(down.get('a'))).toEqual({ kind: 'network', message: `${HOST} could not be reached.` });
    expect(down.fetch).toHaveBeenCalledTimes(3);
  });

  it('does not retry a 4xx answer', async () => {
    const { get, fetch, sleep } = setup({ answer: () => response(404) });
    expect((await get('a')).status).toBe(404);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('opens the circuit after LIMITER.circuitFailures failures in a row, and closes it after the open time', async () => {
    expect(LIMITER.circuitFailures).toBe(5);
    let status = 500;
    const { get, fetch, limiter } = setup({ answer: () => response(status) });
    await get('a'); // three failed attempts
    await get('b'); // two more: the circuit opens, no third attempt
    expect(fetch).toHaveBeenCalledTimes(5);
    expect(limiter.closedUntil(HOST)).toBe(T0 + LIMITER.circuitOpenMs);
    expect(await rejection(get('c'))).toEqual({ kind: 'network', retryAt: T0 + 60_000, message: `${HOST} keeps failing; it is given a rest.` });
    expect(fetch).toHaveBeenCalledTimes(5);
    status = 200;
    await vi.advanceTimersByTimeAsync(LIMITER.circuitOpenMs);
    expect((await get('d')).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  it('fails without fetching while the browser is offline', async () => {
    const { get, fetch } = setup({ online: false });
    expect(await rejection(get('a'))).toEqual({ kind: 'network', message: 'The browser is offline.' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps a block across a restart, once saved a second later', async () => {
    const { get, area } = setup({ answer: () => response(429, { 'Retry-After': '60' }) });
    await get('a');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(area.data.get('limiter')).toMatchObject({ [HOST]: { blockedUntil: T0 + 60_000, circuitOpenUntil: 0 } });
    const restarted = setup({ area });
    expect(await rejection(restarted.get('b'))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 60_000 });
    expect(restarted.fetch).not.toHaveBeenCalled();
  });

  it('keeps a block across two restarts when the worker in between used only another host', async () => {
    const first = setup({ answer: () => response(429, { 'Retry-After': '60' }) });
    await first.get('a');
    await vi.advanceTimersByTimeAsync(1_000);
    const second = setup({ area: first.area });
    await second.limiter.fetch('https://other.test/x', undefined, PRIORITY.visible);
    await vi.advanceTimersByTimeAsync(1_000);
    const third = setup({ area: first.area });
    expect(await rejection(third.get('b'))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 60_000 });
    expect(third.fetch).not.toHaveBeenCalled();
  });

  it('replaces the bucket when the limit changes (a token raises 4/64 s to 5000/h)', async () => {
    const { get, fetch, limits } = setup({ limit: { requests: 4, periodMs: 64_000 } });
    for (const path of ['a', 'b', 'c', 'd']) await get(path);
    expect(await rejection(get('e'))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 16_000 });
    limits.current = { requests: 5_000, periodMs: 3_600_000, source: 'test' };
    expect((await get('f')).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it('keeps no more than the tokens left when the limit is lowered', async () => {
    const { get, fetch, limits } = setup({ limit: { requests: 8, periodMs: 64_000 } });
    for (let i = 0; i < 7; i++) await get(`a${i}`);
    limits.current = { requests: 4, periodMs: 64_000, source: 'test' };
    await get('b');
    expect(await rejection(get('c'))).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 16_000 });
    expect(fetch).toHaveBeenCalledTimes(8);
  });
});

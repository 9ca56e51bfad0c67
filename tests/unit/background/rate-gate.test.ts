import { describe, expect, it, vi } from 'vitest';
import { createRateGate } from '../../../src/background/rate-gate';
import { requestJson } from '../../../src/sources/http';
import { SourceError, type FetchError } from '../../../src/sources/types';
import { memoryArea } from './memory-area';

const T0 = Date.UTC(2025, 0, 3, 22, 0, 0); // 1735941600000
const RESET_S = 1_735_944_560; // GitHub's X-RateLimit-Reset, epoch seconds
const GITHUB = 'https://api.github.com/users/octo';
const BLUESKY = 'https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles?actors=a.example.com';

function setup(respond: (url: string) => Response, area = memoryArea()) {
  const time = { now: T0 };
  const baseFetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => respond(input instanceof Request ? input.url : String(input)));
  const gate = createRateGate(area, baseFetch as unknown as typeof fetch, () => time.now);
  return { gate, baseFetch, area, time };
}

const ok = (headers: Record<string, string> = {}) => new Response('{}', { status: 200, headers });
const exhausted = () => ok({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(RESET_S) });

async function gateRejection(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return (error as SourceError).error;
}

describe('createRateGate', () => {
  it('passes requests through while no limit is reached', async () => {
    const { gate, baseFetch } = setup(() => ok({ 'x-ratelimit-remaining': '59', 'x-ratelimit-reset': String(RESET_S) }));
    const response = await gate.fetch(GITHUB, { headers: { accept: 'application/json' } });
    await gate.fetch(GITHUB);
    expect(response.status).toBe(200);
    expect(baseFetch).toHaveBeenCalledTimes(2);
    expect(baseFetch.mock.calls[0][1]).toEqual({ headers: { accept: 'application/json' } });
    expect(gate.blockedUntil('api.github.com')).toBeUndefined();
  });

  it('blocks the host after a response with no quota left, until the reset, without calling fetch', async () => {
    const { gate, baseFetch, time } = setup(exhausted);
    expect((await gate.fetch(GITHUB)).status).toBe(200); // the last allowed answer is still returned
    expect(gate.blockedUntil('api.github.com')).toBe(RESET_S * 1000);

    const error = await gateRejection(gate.fetch('https://api.github.com/users/other/repos'));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAt: RESET_S * 1000 });
    expect(baseFetch).toHaveBeenCalledTimes(1);

    time.now = RESET_S * 1000 - 1;
    await gateRejection(gate.fetch(GITHUB));
    expect(baseFetch).toHaveBeenCalledTimes(1);

    time.now = RESET_S * 1000;
    expect(gate.blockedUntil('api.github.com')).toBeUndefined();
    await gate.fetch(GITHUB);
    expect(baseFetch).toHaveBeenCalledTimes(2);
  });

  it('blocks only the host that was limited', async () => {
    const { gate, baseFetch } = setup((url) => (url.startsWith('https://api.github.com') ? exhausted() : ok()));
    await gate.fetch(GITHUB);
    await gate.fetch(BLUESKY);
    await gate.fetch(BLUESKY);
    expect(baseFetch).toHaveBeenCalledTimes(3);
    expect(gate.blockedUntil('public.api.bsky.app')).toBeUndefined();
  });

  it('blocks after a 429 for its Retry-After, or a minute when it names no time', async () => {
    const first = setup(() => new Response('', { status: 429, headers: { 'retry-after': '120' } }));
    expect((await first.gate.fetch(BLUESKY)).status).toBe(429);
    expect(first.gate.blockedUntil('public.api.bsky.app')).toBe(T0 + 120_000);

    const second = setup(() => new Response('', { status: 429 }));
    await second.gate.fetch(new Request(BLUESKY));
    expect(second.gate.blockedUntil('public.api.bsky.app')).toBe(T0 + 60_000);
    await gateRejection(second.gate.fetch(new Request(BLUESKY)));
    expect(second.baseFetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the block in storage, so a restarted worker (a new gate) still respects it', async () => {
    const { gate, area } = setup(exhausted);
    await gate.fetch(GITHUB);
    expect(area.data.get('rateGate')).toEqual({ 'api.github.com': RESET_S * 1000 });

    const restarted = setup(() => ok(), area);
    await restarted.gate.ready;
    expect(restarted.gate.blockedUntil('api.github.com')).toBe(RESET_S * 1000);
    const error = await gateRejection(restarted.gate.fetch(GITHUB));
    expect(error.retryAt).toBe(RESET_S * 1000);
    expect(restarted.baseFetch).not.toHaveBeenCalled();
  });

  it('waits for the stored state before the first request, even without awaiting ready', async () => {
    const area = memoryArea({ rateGate: { 'api.github.com': T0 + 30_000 } });
    const { gate, baseFetch } = setup(() => ok(), area);
    await gateRejection(gate.fetch(GITHUB));
    expect(baseFetch).not.toHaveBeenCalled();
  });

  it('drops expired blocks from storage when it writes', async () => {
    const area = memoryArea({ rateGate: { 'old.example': T0 - 1 } });
    const { gate } = setup((url) => (url.startsWith('https://api.github.com') ? exhausted() : ok()), area);
    await gate.fetch(GITHUB);
    expect(area.data.get('rateGate')).toEqual({ 'api.github.com': RESET_S * 1000 });
  });

  it('ignores corrupt stored state', async () => {
    for (const stored of ['soon', null, { 'api.github.com': 'tomorrow' }, { 'api.github.com': -1 }]) {
      const { gate, baseFetch } = setup(() => ok(), memoryArea({ rateGate: stored }));
      await gate.fetch(GITHUB);
      expect(baseFetch).toHaveBeenCalledTimes(1);
    }
  });

  it('makes requestJson answer rate-limited while blocked', async () => {
    const { gate, time } = setup(exhausted);
    const context = { fetch: gate.fetch, settings: {}, now: () => time.now };
    expect(await requestJson(GITHUB, context, { what: 'x' })).toEqual({});
    const error = await gateRejection(requestJson(GITHUB, context, { what: 'x' }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAt: RESET_S * 1000 });
  });
});

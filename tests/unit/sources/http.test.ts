import { describe, expect, it } from 'vitest';
import { rateLimitResetAt, rateLimitRetryAt, requestJson } from '../../../src/sources/http';
import { SourceError } from '../../../src/sources/types';
import { contextWith, fakeFetch, jsonResponse, rejection } from './fake-fetch';

const NOW = Date.UTC(2025, 0, 3, 22, 0, 0); // 1735941600000

function limited(status: number, headers: Record<string, string>) {
  return { status, headers: new Headers(headers) };
}

describe('rateLimitRetryAt', () => {
  it('reads Retry-After in seconds', () => {
    expect(rateLimitRetryAt(limited(429, { 'Retry-After': '120' }), NOW)).toBe(NOW + 120_000);
    expect(rateLimitRetryAt(limited(403, { 'retry-after': '0' }), NOW)).toBe(NOW);
  });

  it('reads Retry-After as an HTTP date', () => {
    expect(rateLimitRetryAt(limited(503, { 'Retry-After': 'Fri, 03 Jan 2025 22:30:00 GMT' }), NOW)).toBe(
      Date.UTC(2025, 0, 3, 22, 30, 0),
    );
  });

  it('reads GitHub’s X-RateLimit-Reset (epoch seconds) when X-RateLimit-Remaining is 0', () => {
    const headers = { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1735944560' };
    expect(rateLimitRetryAt(limited(403, headers), NOW)).toBe(1_735_944_560_000);
    // The last allowed request (200, nothing left) already names the reset.
    expect(rateLimitRetryAt(limited(200, headers), NOW)).toBe(1_735_944_560_000);
  });

  it('sets no limit while quota remains', () => {
    const headers = { 'X-RateLimit-Remaining': '4996', 'X-RateLimit-Reset': '1735944560' };
    expect(rateLimitRetryAt(limited(200, headers), NOW)).toBeUndefined();
    expect(rateLimitRetryAt(limited(200, { 'RateLimit-Remaining': '2999', 'RateLimit-Reset': '1735944560' }), NOW)).toBeUndefined();
    expect(rateLimitRetryAt(limited(200, {}), NOW)).toBeUndefined();
    expect(rateLimitRetryAt(limited(403, {}), NOW)).toBeUndefined();
  });

  it('ignores a zero remaining without a reset, and a reset that is not a number', () => {
    expect(rateLimitRetryAt(limited(200, { 'X-RateLimit-Remaining': '0' }), NOW)).toBeUndefined();
    expect(rateLimitRetryAt(limited(200, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': 'soon' }), NOW)).toBeUndefined();
  });

  it('reads Bluesky’s RateLimit-Reset as epoch seconds', () => {
    const headers = { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': '1735942500', 'ratelimit-policy': '3000;w=300' };
    expect(rateLimitRetryAt(limited(429, headers), NOW)).toBe(1_735_942_500_000);
  });

  it('reads the IETF draft’s RateLimit-Reset as seconds from now', () => {
    expect(rateLimitRetryAt(limited(429, { 'RateLimit-Remaining': '0', 'RateLimit-Reset': '45' }), NOW)).toBe(NOW + 45_000);
  });

  it('prefers Retry-After over the reset headers', () => {
    const headers = { 'Retry-After': '10', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1735944560' };
    expect(rateLimitRetryAt(limited(429, headers), NOW)).toBe(NOW + 10_000);
  });

  it('waits a minute on a 429 that names no time, also when Retry-After is unreadable', () => {
    expect(rateLimitRetryAt(limited(429, {}), NOW)).toBe(NOW + 60_000);
    expect(rateLimitRetryAt(limited(429, { 'Retry-After': 'whenever' }), NOW)).toBe(NOW + 60_000);
  });
});

describe('rateLimitResetAt', () => {
  it('reads epoch seconds, seconds from now, and Mastodon’s ISO 8601 times', () => {
    expect(rateLimitResetAt(new Headers({ 'X-RateLimit-Reset': '1735944560' }), NOW)).toBe(1_735_944_560_000);
    expect(rateLimitResetAt(new Headers({ 'RateLimit-Reset': '45' }), NOW)).toBe(NOW + 45_000);
    expect(rateLimitResetAt(new Headers({ 'X-RateLimit-Reset': '2025-01-03T22:05:00.000Z' }), NOW)).toBe(Date.UTC(2025, 0, 3, 22, 5, 0));
    // Mastodon sends microseconds
    expect(rateLimitResetAt(new Headers({ 'X-RateLimit-Reset': '2025-01-03T22:05:00.123456Z' }), NOW)).toBe(Date.UTC(2025, 0, 3, 22, 5, 0, 123));
  });

  it('prefers X-RateLimit-Reset, and answers undefined for none or an unreadable one', () => {
    expect(rateLimitResetAt(new Headers({ 'X-RateLimit-Reset': '1735944560', 'RateLimit-Reset': '45' }), NOW)).toBe(1_735_944_560_000);
    expect(rateLimitResetAt(new Headers({}), NOW)).toBeUndefined();
    expect(rateLimitResetAt(new Headers({ 'X-RateLimit-Reset': 'soon' }), NOW)).toBeUndefined();
  });
});

describe('rateLimitRetryAt with ISO 8601 resets', () => {
  it('reads Mastodon’s X-RateLimit-Reset when X-RateLimit-Remaining is 0', () => {
    const headers = { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '2025-01-03T22:05:00.034264Z' };
    expect(rateLimitRetryAt(limited(429, headers), NOW)).toBe(Date.UTC(2025, 0, 3, 22, 5, 0, 34));
    expect(rateLimitRetryAt(limited(200, { ...headers, 'X-RateLimit-Remaining': '1' }), NOW)).toBeUndefined();
  });
});

describe('requestJson', () => {
  const URL_ = 'https://api.example.test/thing';

  it('asks for JSON with the caller’s headers and returns the parsed body', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse({ a: 1, list: [2, 3] }));
    const body = await requestJson(URL_, contextWith(fetch, NOW), { headers: { 'x-extra': 'yes' }, what: 'a thing' });
    expect(body).toEqual({ a: 1, list: [2, 3] });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(URL_);
    expect(calls[0].headers.get('accept')).toBe('application/json');
    expect(calls[0].headers.get('x-extra')).toBe('yes');
  });

  it('lets the caller override accept', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse({}));
    await requestJson(URL_, contextWith(fetch, NOW), { headers: { accept: 'application/vnd.github+json' }, what: 'x' });
    expect(calls[0].headers.get('accept')).toBe('application/vnd.github+json');
  });

  it('turns 404 and 410 into not-found', async () => {
    for (const status of [404, 410]) {
      const { fetch } = fakeFetch(() => jsonResponse({ message: 'Not Found' }, status));
      const error = await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'GitHub user ghost' }));
      expect(error).toEqual({ kind: 'not-found', status, message: 'GitHub user ghost does not exist.' });
    }
  });

  it('turns a 403 with no quota left into rate-limited, with the reset time', async () => {
    const { fetch } = fakeFetch(() =>
      jsonResponse({ message: 'API rate limit exceeded' }, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1735944560' }),
    );
    const error = await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'x' }));
    expect(error.kind).toBe('rate-limited');
    expect(error.status).toBe(403);
    expect(error.retryAt).toBe(1_735_944_560_000);
  });

  it('turns a 429 with Retry-After into rate-limited at now + seconds', async () => {
    const { fetch } = fakeFetch(() => jsonResponse({ error: 'RateLimitExceeded' }, 429, { 'retry-after': '30' }));
    const error = await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'x' }));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: NOW + 30_000 });
  });

  it('turns a limit its body alone states (GitHub’s secondary limit, with quota left) into rate-limited a minute on, and closes the host till then', async () => {
    for (const status of [403, 429]) {
      const { fetch } = fakeFetch(() =>
        jsonResponse({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, status, { 'x-ratelimit-remaining': '4990' }),
      );
      const paused: [string, number][] = [];
      const error = await rejection(requestJson('https://api.github.com/users/a', { ...contextWith(fetch, NOW), pause: (host, until) => paused.push([host, until]) }, { what: 'x' }));
      expect(error).toEqual({ kind: 'rate-limited', status, retryAt: NOW + 60_000, message: 'The rate limit of api.github.com is reached.' });
      expect(paused).toEqual([['api.github.com', NOW + 60_000]]);
    }
  });

  it('turns a 403 without rate-limit headers, and a 500, into http errors', async () => {
    for (const status of [403, 500]) {
      const { fetch } = fakeFetch(() => jsonResponse({ message: 'no' }, status));
      const error = await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'x' }));
      expect(error).toEqual({ kind: 'http', status, message: `The API answered ${status}.` });
    }
  });

  it('turns a fetch that throws into a network error', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const error = await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'x' }));
    expect(error.kind).toBe('network');
  });

  it('passes a SourceError thrown by fetch (a rate gate) through unchanged', async () => {
    const gateError = { kind: 'rate-limited' as const, retryAt: NOW + 5_000, message: 'wait' };
    const fetch = (async () => {
      throw new SourceError(gateError);
    }) as typeof globalThis.fetch;
    expect(await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'x' }))).toEqual(gateError);
  });

  it('turns malformed JSON into bad-response', async () => {
    const { fetch } = fakeFetch(() => new Response('{"login": "oops"', { status: 200 }));
    const error = await rejection(requestJson(URL_, contextWith(fetch, NOW), { what: 'x' }));
    expect(error).toEqual({ kind: 'bad-response', message: 'The API answered with malformed JSON.' });
  });
});

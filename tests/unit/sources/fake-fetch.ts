// A fake fetch for source tests: every call is recorded, and a handler decides the response.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, vi } from 'vitest';
import { SourceError, type FetchError, type SourceContext } from '../../../src/sources/types';

export interface RecordedCall {
  url: string;
  headers: Headers;
}

export function fakeFetch(handler: (url: URL) => Response | Promise<Response>) {
  const calls: RecordedCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, headers: new Headers(init?.headers) });
    return handler(new URL(url));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function contextWith(fetch: typeof globalThis.fetch, now: number, githubToken?: string): SourceContext {
  return { fetch, now: () => now, settings: githubToken === undefined ? {} : { githubToken } };
}

/** The FetchError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).error;
  }
  throw new Error('expected the promise to reject');
}

/** A fixture of this checkout, under tests/fixtures/api. */
export function apiFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/api', name), 'utf8')) as T;
}

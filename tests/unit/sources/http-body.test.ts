import { describe, expect, it, vi } from 'vitest';
import { requestJson } from '../../../src/sources/http';
import { contextWith, jsonResponse } from './fake-fetch';

function recording() {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse({ ok: 1 }));
  return { fetch, context: contextWith(fetch as unknown as typeof globalThis.fetch, 0) };
}

describe('requestJson with a body or credentials', () => {
  it('sends a body as a JSON POST, keeping the caller’s headers', async () => {
    const { fetch, context } = recording();
    expect(await requestJson('https://api.test/q', context, { what: 'x', headers: { authorization: 'Bearer t' }, body: { query: 'q', variables: { l0: 'a"b' } } })).toEqual({ ok: 1 });
    expect(fetch.mock.calls).toEqual([
      ['https://api.test/q', { method: 'POST', body: '{"query":"q","variables":{"l0":"a\\"b"}}', headers: { accept: 'application/json', authorization: 'Bearer t', 'content-type': 'application/json' } }],
    ]);
  });

  it('sends a plain GET without a body, and credentials only when asked', async () => {
    const { fetch, context } = recording();
    await requestJson('https://api.test/a', context, { what: 'x' });
    await requestJson('https://api.test/b', context, { what: 'x', credentials: 'omit' });
    expect(fetch.mock.calls).toEqual([
      ['https://api.test/a', { headers: { accept: 'application/json' } }],
      ['https://api.test/b', { headers: { accept: 'application/json' }, credentials: 'omit' }],
    ]);
  });
});

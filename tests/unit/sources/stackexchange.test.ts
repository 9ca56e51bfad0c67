import { describe, expect, it, vi } from 'vitest';
import { stackExchangeSite } from '../../../src/lib/networks';
import {
  badgePoints,
  errorFromBody,
  nextUtcMidnight,
  parseHandle,
  parseUsers,
  stackexchangeSource,
  toSignals,
} from '../../../src/sources/stackexchange';
import { SourceError, type SourceContext } from '../../../src/sources/types';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';
import { apiFixture, fakeFetch, jsonResponse } from './fake-fetch';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const AT = '2025-01-10T12:00:00.000Z';
const USERS = apiFixture<{ items: Record<string, unknown>[] } & Record<string, unknown>>('stackexchange-users.json');
const API = 'https://api.stackexchange.com/2.3';

function context(fetch: typeof globalThis.fetch, key?: string) {
  const pause = vi.fn<(host: string, until: number) => void>();
  const ctx: SourceContext = { fetch, now: () => NOW, settings: key === undefined ? {} : { stackExchangeKey: key }, pause };
  return { ...ctx, pause };
}

/** /2.3/users/{ids}?site=…: the fixture's users whose ids were asked for, as the API does (unknown ids left out). */
function seApi(override?: (url: URL) => Response | undefined) {
  return fakeFetch((url) => {
    const custom = override?.(url);
    if (custom) return custom;
    const match = /^\/2\.3\/users\/([\d;]+)$/.exec(url.pathname);
    if (!match) return jsonResponse({ error_id: 404, error_name: 'no_method', error_message: 'method not recognized' }, 404);
    const ids = match[1].split(';').map(Number);
    return jsonResponse({ ...USERS, items: USERS.items.filter((item) => ids.includes(item.user_id as number)) });
  });
}

function badResponseFrom(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).error.kind).toBe('bad-response');
    return;
  }
  throw new Error('expected a bad-response SourceError');
}

describe('parseUsers', () => {
  it('keeps reputation, badge points, creation date, website, location and the name (entities decoded)', () => {
    const { users, quota } = parseUsers(USERS);
    expect(quota).toEqual({ remaining: 297, backoff: undefined });
    expect(users[0]).toEqual({
      userId: 101,
      userType: 'registered',
      reputation: 12345,
      createdAt: '2015-01-02T12:00:00.000Z',
      badgePoints: 3 * 10 + 21 * 3 + 40,
      answers: undefined, // not in the default filter: unknown, not zero
      hasUrl: true,
      hasLocation: true,
      name: "Alice O'Neil",
    });
    expect(users[1]).toMatchObject({ userId: 105, reputation: 1, hasUrl: false, hasLocation: false, badgePoints: 1, name: 'Erin' });
  });

  it('counts badges only when all three colours are there', () => {
    expect(badgePoints({ gold: 1, silver: 1, bronze: 1 })).toBe(14);
    expect(badgePoints({ gold: 1, silver: 1 })).toBeUndefined();
    expect(badgePoints('many')).toBeUndefined();
  });

  it('rejects answers without items, and users without user_id or reputation', () => {
    badResponseFrom(() => parseUsers({ quota_remaining: 3 }));
    badResponseFrom(() => parseUsers([USERS.items[0]]));
    badResponseFrom(() => parseUsers({ items: [{ ...USERS.items[0], reputation: '12k' }] }));
    badResponseFrom(() => parseUsers({ items: [{ ...USERS.items[0], user_id: undefined }] }));
    badResponseFrom(() => parseUsers({ items: [null] }));
  });
});

describe('toSignals', () => {
  it('puts reputation and badge points in extra, and leaves answers out when unknown', () => {
    const url = `${API}/users/101?site=stackoverflow&pagesize=100`;
    expect(toSignals('stackoverflow/101', parseUsers(USERS).users[0], AT, url)).toEqual({
      network: 'stackexchange',
      handle: 'stackoverflow/101',
      observedAt: AT,
      createdAt: '2015-01-02T12:00:00.000Z',
      hasUrl: true,
      hasLocation: true,
      extra: { reputation: 12345, badgePoints: 133 },
      sources: [{ kind: 'api', url, at: AT }],
    });
  });
});

describe('errors and quota', () => {
  it('reads a throttle violation as rate-limited until the time it names', () => {
    const body = { error_id: 502, error_name: 'throttle_violation', error_message: 'too many requests from this IP, more requests available in 82146 seconds' };
    expect(errorFromBody(body, 400, NOW)).toEqual({ kind: 'rate-limited', status: 400, retryAt: NOW + 82_146_000, message: 'The rate limit of api.stackexchange.com is reached.' });
    expect(errorFromBody({ ...body, error_message: 'slow down' }, 400, NOW)?.retryAt).toBe(NOW + 60_000);
  });

  it('keeps other errors as what they are, and is undefined for what is not an error body', () => {
    expect(errorFromBody({ error_id: 400, error_name: 'bad_parameter', error_message: 'ids' }, 400, NOW)).toEqual({
      kind: 'http',
      status: 400,
      message: 'Stack Exchange refused the request: bad_parameter (ids).',
    });
    expect(errorFromBody({ error_id: 404, error_name: 'no_method' }, 404, NOW)?.kind).toBe('not-found');
    expect(errorFromBody({ message: 'Bad Gateway' }, 502, NOW)).toBeUndefined();
    expect(errorFromBody(null, 400, NOW)).toBeUndefined();
  });

  it('knows the next UTC midnight', () => {
    expect(nextUtcMidnight(NOW)).toBe(Date.UTC(2025, 0, 11));
    expect(nextUtcMidnight(Date.UTC(2024, 11, 31, 23, 59, 59))).toBe(Date.UTC(2025, 0, 1));
  });

  it('reads handles as site and user id', () => {
    expect(parseHandle('stackoverflow/22656')).toEqual({ site: 'stackoverflow', id: '22656' });
    expect(parseHandle('mathoverflow.net/1')).toEqual({ site: 'mathoverflow.net', id: '1' });
    expect(parseHandle('stackoverflow')).toBeNull();
    expect(parseHandle('stackoverflow/-1')).toBeNull();
  });
});

describe('stackexchangeSource.fetchProfiles', () => {
  it('asks for the users of one site in one request, and answers those the API left out as not found', async () => {
    const { fetch, calls } = seApi();
    const outcomes = await stackexchangeSource.fetchProfiles(['stackoverflow/101', 'stackoverflow/105', 'stackoverflow/999'], context(fetch));
    expect(calls.map((call) => call.url)).toEqual([`${API}/users/101;105;999?site=stackoverflow&pagesize=100`]);
    expect(outcomes.get('stackoverflow/101')).toMatchObject({
      ok: true,
      signals: { handle: 'stackoverflow/101', extra: { reputation: 12345, badgePoints: 133 }, observedAt: AT },
      display: { name: "Alice O'Neil", bio: undefined },
    });
    expect(outcomes.get('stackoverflow/105')).toMatchObject({ ok: true, signals: { extra: { reputation: 1, badgePoints: 1 } } });
    expect(outcomes.get('stackoverflow/999')).toEqual({ ok: false, error: { kind: 'not-found', message: 'stackoverflow has no user 999.' } });
  });

  it('asks once per site, and in requests of at most 100 ids', async () => {
    const { fetch, calls } = seApi();
    const many = Array.from({ length: 150 }, (_, i) => `superuser/${i + 1}`);
    const outcomes = await stackexchangeSource.fetchProfiles([...many, 'unix/101', 'stackoverflow/101'], context(fetch));
    expect(outcomes.size).toBe(152);
    const asked = calls.map((call) => new URL(call.url));
    expect(asked.map((url) => [url.searchParams.get('site'), url.pathname.split('/')[3].split(';').length])).toEqual([
      ['superuser', 100],
      ['superuser', 50],
      ['unix', 1],
      ['stackoverflow', 1],
    ]);
    expect(stackexchangeSource.batchSize).toBe(100);
  });

  it('sends the key, trimmed, and keeps it out of the signals’ sources; the quota rises with it', async () => {
    const { fetch, calls } = seApi();
    const outcome = (await stackexchangeSource.fetchProfiles(['stackoverflow/101'], context(fetch, ' k3y(( '))).get('stackoverflow/101');
    expect(new URL(calls[0].url).searchParams.get('key')).toBe('k3y((');
    expect(outcome?.ok && outcome.signals.sources?.[0].url).toBe(`${API}/users/101?site=stackoverflow&pagesize=100`);
    expect(stackexchangeSource.rateLimit('api.stackexchange.com', {})).toEqual({ requests: 300, periodMs: 86_400_000, source: 'https://api.stackexchange.com/docs/throttle' });
    expect(stackexchangeSource.rateLimit('api.stackexchange.com', { stackExchangeKey: 'k3y((' }).requests).toBe(10_000);
    expect(stackexchangeSource.rateLimit('api.stackexchange.com', { stackExchangeKey: '  ' }).requests).toBe(300);
  });

  it('pauses the host for a backoff the answer asks for, and uses the answer', async () => {
    const { fetch } = seApi((url) => (url.pathname.startsWith('/2.3/users/') ? jsonResponse({ ...USERS, backoff: 10 }) : undefined));
    const ctx = context(fetch);
    const outcome = (await stackexchangeSource.fetchProfiles(['stackoverflow/101'], ctx)).get('stackoverflow/101');
    expect(outcome?.ok).toBe(true);
    expect(ctx.pause).toHaveBeenCalledWith('api.stackexchange.com', NOW + 10_000);
  });

  it('pauses the host until UTC midnight when the day’s quota is used up', async () => {
    const { fetch } = seApi((url) => (url.pathname.startsWith('/2.3/users/') ? jsonResponse({ ...USERS, quota_remaining: 0 }) : undefined));
    const ctx = context(fetch);
    expect((await stackexchangeSource.fetchProfiles(['stackoverflow/101'], ctx)).get('stackoverflow/101')?.ok).toBe(true);
    expect(ctx.pause).toHaveBeenCalledWith('api.stackexchange.com', Date.UTC(2025, 0, 11));
  });

  it('answers rate-limited for a throttle violation (a 400 with error 502), and pauses the host', async () => {
    const throttled = { error_id: 502, error_name: 'throttle_violation', error_message: 'too many requests from this IP, more requests available in 3600 seconds' };
    const { fetch, calls } = seApi(() => jsonResponse(throttled, 400));
    const ctx = context(fetch);
    const outcomes = await stackexchangeSource.fetchProfiles(['stackoverflow/101', 'stackoverflow/105'], ctx);
    expect(calls).toHaveLength(1);
    for (const handle of ['stackoverflow/101', 'stackoverflow/105']) {
      expect(outcomes.get(handle)).toEqual({
        ok: false,
        error: { kind: 'rate-limited', status: 400, retryAt: NOW + 3_600_000, message: 'The rate limit of api.stackexchange.com is reached.' },
      });
    }
    expect(ctx.pause).toHaveBeenCalledWith('api.stackexchange.com', NOW + 3_600_000);
  });

  it('answers not-found for a site the API does not know, and for what is no handle', async () => {
    const { fetch, calls } = seApi((url) =>
      url.searchParams.get('site') === 'nosuchsite' ? jsonResponse({ error_id: 400, error_name: 'bad_parameter', error_message: 'No site found for name `nosuchsite`' }, 400) : undefined,
    );
    const outcomes = await stackexchangeSource.fetchProfiles(['nosuchsite/1', 'not-a-handle', 'stackoverflow/101'], context(fetch));
    expect(outcomes.get('nosuchsite/1')).toMatchObject({ ok: false, error: { kind: 'not-found', status: 400 } });
    expect(outcomes.get('not-a-handle')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(outcomes.get('stackoverflow/101')?.ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('answers bad-response for malformed JSON or a wrong shape, and http for other refusals', async () => {
    const malformed = seApi(() => new Response('{"items":[', { status: 200 }));
    expect((await stackexchangeSource.fetchProfiles(['stackoverflow/101'], context(malformed.fetch))).get('stackoverflow/101')).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const wrong = seApi(() => jsonResponse({ items: [{ user_id: 101 }] }));
    expect((await stackexchangeSource.fetchProfiles(['stackoverflow/101'], context(wrong.fetch))).get('stackoverflow/101')).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const refused = seApi(() => jsonResponse({ error_id: 403, error_name: 'access_denied', error_message: 'no' }, 403));
    expect((await stackexchangeSource.fetchProfiles(['stackoverflow/101'], context(refused.fetch))).get('stackoverflow/101')).toMatchObject({ ok: false, error: { kind: 'http', status: 403 } });
    const gateway = seApi(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    expect((await stackexchangeSource.fetchProfiles(['stackoverflow/101'], context(gateway.fetch))).get('stackoverflow/101')).toMatchObject({ ok: false, error: { kind: 'http', status: 502 } });
  });
});

describe.skipIf(!hasSharedFixtures)('Stack Exchange, a real recorded answer (needs ../shared/fixtures)', () => {
  type Associated = { items: Record<string, unknown>[]; quota_remaining: number };
  const associated = () => readSharedJson<Associated>('stackexchange/users-1-associated-network.json');

  it("reads Jeff Atwood's accounts (the /users/{id}/associated items have the user's fields, answer_count too)", () => {
    const { users, quota } = parseUsers(associated());
    expect(users).toHaveLength(30);
    expect(quota.remaining).toBe(9823);
    expect(users[0]).toMatchObject({ userId: 1, reputation: 36880, badgePoints: 40 * 10 + 129 * 3 + 141, answers: 130, createdAt: '2008-07-31T14:22:31.000Z' });
  });

  it('fetches each of his accounts on the sites this extension serves: one request per site', async () => {
    const items = associated().items;
    const handles = new Map<string, Record<string, unknown>>();
    for (const item of items) {
      const site = stackExchangeSite(new URL(item.site_url as string).host);
      if (site) handles.set(`${site}/${item.user_id}`, item);
    }
    expect(handles.size).toBe(30);
    const { fetch, calls } = fakeFetch((url) => {
      const item = [...handles].find(([handle]) => handle.startsWith(`${url.searchParams.get('site')}/`))?.[1];
      return jsonResponse({ items: item ? [item] : [], has_more: false, quota_max: 10000, quota_remaining: 9000 });
    });
    const outcomes = await stackexchangeSource.fetchProfiles([...handles.keys()], context(fetch));
    expect(calls).toHaveLength(30);
    expect([...outcomes.values()].every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes.get('meta/1')).toMatchObject({ ok: true, signals: { extra: { reputation: 259650, answers: 4327, badgePoints: 86 * 10 + 731 * 3 + 1152 } } });
    expect(outcomes.get('unix/331')).toMatchObject({ ok: true, signals: { handle: 'unix/331' } }); // his user id there
    expect(outcomes.get('mathoverflow.net/1')).toBeUndefined(); // not one of his accounts in the recording
  });
});

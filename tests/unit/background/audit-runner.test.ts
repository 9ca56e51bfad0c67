import { describe, expect, it, vi } from 'vitest';
import { AUDIT_MAX_AGE_MS, createAuditRunner } from '../../../src/background/audit-runner';
import { nextMaxId } from '../../../src/background/audit-pages';
import { memoryArea } from './memory-area';

const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });
const T0 = Date.parse('2025-06-01T00:00:00Z');

/** A Bluesky AppView whose account `target.bsky.social` has `total` followers, newest first; cursors are offsets. */
function fakeBluesky(total: number) {
  const calls: URL[] = [];
  const handler = async (url: URL): Promise<Response> => {
    const method = url.pathname.split('/').pop();
    if (method === 'app.bsky.graph.getFollowers') {
      if (url.searchParams.get('actor') !== 'target.bsky.social') return new Response('{"error":"InvalidRequest"}', { status: 400 });
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const followers = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => ({ did: `did:plc:f${from + i}`, handle: `f${from + i}.bsky.social` }));
      return json({ subject: { did: 'did:plc:target', handle: 'target.bsky.social' }, followers, ...(from + limit < total ? { cursor: String(from + limit) } : {}) });
    }
    if (method === 'app.bsky.actor.getProfiles') {
      const actors = url.searchParams.getAll('actors');
      if (actors.length > 25) return new Response('too many', { status: 400 });
      const profiles = actors.map((did) => {
        const n = Number(did.slice(9));
        // Every tenth follower follows thousands and posted nothing: a likely bought account.
        const fake = n % 10 === 0;
        return { did, handle: `f${n}.bsky.social`, followersCount: fake ? 2 : 300, followsCount: fake ? 4000 : 200, postsCount: fake ? 0 : 900, createdAt: '2023-01-01T00:00:00Z', avatar: fake ? undefined : 'https://cdn.example/a.jpg', description: fake ? '' : 'hi' };
      });
      return json({ profiles });
    }
    return new Response('not found', { status: 404 });
  };
  const fetch = vi.fn(async (input: string) => {
    const url = new URL(input);
    calls.push(url);
    return handler(url);
  });
  return { fetch, calls, handler };
}

const followersCalls = (calls: URL[]) => calls.filter((u) => u.pathname.endsWith('getFollowers'));

describe('audit runner: Bluesky', () => {
  it('audits 2,000 followers in at most 100 requests (20 getFollowers + 80 getProfiles)', async () => {
    const api = fakeBluesky(5000);
    const storage = memoryArea();
    const runner = createAuditRunner({ storage, fetch: api.fetch, now: () => T0, knownFollowers: async () => 5000 });
    const started = await runner.start({ network: 'bluesky', handle: '@Target.bsky.social' });
    expect(started).toMatchObject({ audit: { key: 'bluesky:target.bsky.social', state: 'running' } });
    await runner.settled({ network: 'bluesky', handle: 'target.bsky.social' });
    expect(api.calls.length).toBeLessThanOrEqual(100);
    expect(followersCalls(api.calls)).toHaveLength(20);
    const audit = await runner.get({ network: 'bluesky', handle: 'target.bsky.social' });
    expect(audit).toMatchObject({ state: 'done', finishedAt: T0, progress: { read: 2000, classified: 2000, requests: api.calls.length, sampleSize: 2000 } });
    expect(audit!.report!.sampled).toBe(2000);
    expect(audit!.report!.target.followers).toBe(5000);
    expect(audit!.report!.shares.suspicious!.share).toBeGreaterThan(0.05);
    expect(storage.data.get('audit:bluesky:target.bsky.social')).toMatchObject({ status: 'done' });
  });

  it('a small audience: the whole of it, with profiles asked only for those listed', async () => {
    const api = fakeBluesky(130);
    const runner = createAuditRunner({ storage: memoryArea(), fetch: api.fetch, now: () => T0 });
    await runner.start({ network: 'bluesky', handle: 'target.bsky.social' }, 500);
    await runner.settled({ network: 'bluesky', handle: 'target.bsky.social' });
    const audit = await runner.get({ network: 'bluesky', handle: 'target.bsky.social' });
    expect(audit).toMatchObject({ state: 'done', progress: { classified: 130, sampleSize: 500 } });
    expect(audit!.report!.wholeAudience).toBe(true);
    expect(api.calls).toHaveLength(2 + 6); // 2 pages; 4 + 2 batches of profiles
  });

  it('resumes after a service-worker restart from the stored cursor, without reading pages again', async () => {
    const api = fakeBluesky(5000);
    const storage = memoryArea();
    let pages = 0;
    // The first worker stops during its fourth page: its fetch never answers again.
    const dying = vi.fn(async (input: string) => {
      const url = new URL(input);
      if (url.pathname.endsWith('getFollowers') && ++pages === 4) return new Promise<Response>(() => {});
      return api.handler(url);
    });
    const first = createAuditRunner({ storage, fetch: dying, now: () => T0 });
    await first.start({ network: 'bluesky', handle: 'target.bsky.social' });
    await vi.waitFor(() => expect(pages).toBe(4));
    await new Promise((r) => setTimeout(r, 10));
    const stored = storage.data.get('audit:bluesky:target.bsky.social') as { state: { cursor: string; progress: { classified: number; requests: number } } };
    expect(stored.state).toMatchObject({ cursor: '300', progress: { classified: 300, requests: 15 } });

    const second = createAuditRunner({ storage, fetch: api.fetch, now: () => T0 + 60_000 });
    expect(await second.get({ network: 'bluesky', handle: 'target.bsky.social' })).toMatchObject({ state: 'running' });
    await second.settled({ network: 'bluesky', handle: 'target.bsky.social' });
    const cursors = followersCalls(api.calls).map((u) => u.searchParams.get('cursor'));
    expect(cursors[0]).toBe('300');
    expect(cursors).toHaveLength(17);
    const audit = await second.get({ network: 'bluesky', handle: 'target.bsky.social' });
    expect(audit).toMatchObject({ state: 'done', progress: { classified: 2000, requests: 15 + api.calls.length } });
    expect(new Set(audit!.report!.followers.map((f) => f.handle)).size).toBe(2000);
  });

  it('a new worker goes on with a half-done audit by itself (resumeAll at start-up), without get or start', async () => {
    const api = fakeBluesky(5000);
    const storage = memoryArea({}, { listKeys: true });
    let pages = 0;
    const dying = vi.fn(async (input: string) => {
      const url = new URL(input);
      if (url.pathname.endsWith('getFollowers') && ++pages === 3) return new Promise<Response>(() => {});
      return api.handler(url);
    });
    const first = createAuditRunner({ storage, fetch: dying, now: () => T0 });
    await first.start({ network: 'bluesky', handle: 'target.bsky.social' });
    await vi.waitFor(() => expect(pages).toBe(3));
    await new Promise((r) => setTimeout(r, 10));
    expect(storage.data.get('audit:bluesky:target.bsky.social')).toMatchObject({ status: 'running', state: { cursor: '200', progress: { classified: 200 } } });
    // Beside it: a finished audit, and something else in storage, neither of which is touched.
    storage.data.set('audit:bluesky:other.bsky.social', { ...(storage.data.get('audit:bluesky:target.bsky.social') as object), key: 'bluesky:other.bsky.social', status: 'done' });
    storage.data.set('settings', { theme: 'dark' });

    const onRunning = vi.fn();
    const second = createAuditRunner({ storage, fetch: api.fetch, now: () => T0 + 60_000, onRunning });
    const getSpy = vi.spyOn(second, 'get');
    expect(await second.resumeAll()).toBe(1);
    expect(onRunning).toHaveBeenCalledTimes(1);
    await second.settled({ network: 'bluesky', handle: 'target.bsky.social' });
    expect(getSpy).not.toHaveBeenCalled();
    expect(followersCalls(api.calls)[0].searchParams.get('cursor')).toBe('200');
    expect(followersCalls(api.calls)).toHaveLength(18);
    expect(storage.data.get('audit:bluesky:target.bsky.social')).toMatchObject({ status: 'done', finishedAt: T0 + 60_000, state: { progress: { classified: 2000 } } });
    expect(storage.data.get('audit:bluesky:other.bsky.social')).toMatchObject({ status: 'done' });
    // Nothing left running: the resume alarm may go.
    expect(await second.resumeAll()).toBe(0);
    expect(api.calls.filter((u) => u.searchParams.get('actor') === 'other.bsky.social')).toHaveLength(0);
  });

  it('resumeAll works without getKeys (older browsers: reads everything)', async () => {
    const api = fakeBluesky(150);
    const storage = memoryArea();
    const first = createAuditRunner({ storage, fetch: () => new Promise<Response>(() => {}), now: () => T0 });
    await first.start({ network: 'bluesky', handle: 'target.bsky.social' }, 500);
    const second = createAuditRunner({ storage, fetch: api.fetch, now: () => T0 });
    expect(await second.resumeAll()).toBe(1);
    await second.settled({ network: 'bluesky', handle: 'target.bsky.social' });
    expect(storage.data.get('audit:bluesky:target.bsky.social')).toMatchObject({ status: 'done', state: { progress: { classified: 150 } } });
  });

  it('cancel stops the loop and keeps what was read, marked cancelled', async () => {
    const api = fakeBluesky(5000);
    const storage = memoryArea();
    let release: () => void = () => {};
    let pages = 0;
    const gated = vi.fn(async (input: string) => {
      const url = new URL(input);
      if (url.pathname.endsWith('getFollowers') && ++pages === 2) await new Promise<void>((r) => (release = r));
      return api.handler(url);
    });
    const runner = createAuditRunner({ storage, fetch: gated, now: () => T0 });
    const ref = { network: 'bluesky', handle: 'target.bsky.social' };
    await runner.start(ref);
    await vi.waitFor(() => expect(pages).toBe(2));
    const cancelled = await runner.cancel(ref);
    expect(cancelled).toMatchObject({ state: 'cancelled', progress: { classified: 100 } });
    expect(cancelled!.report).toMatchObject({ complete: false, sampled: 100 });
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(pages).toBe(2);
    expect(await runner.get(ref)).toMatchObject({ state: 'cancelled', progress: { classified: 100 } });
  });

  it('an unknown account, malformed JSON and a list that is not one are errors with a sentence', async () => {
    const api = fakeBluesky(10);
    const runner = createAuditRunner({ storage: memoryArea(), fetch: api.fetch, now: () => T0 });
    await runner.start({ network: 'bluesky', handle: 'nobody.bsky.social' });
    await runner.settled({ network: 'bluesky', handle: 'nobody.bsky.social' });
    expect(await runner.get({ network: 'bluesky', handle: 'nobody.bsky.social' })).toMatchObject({ state: 'error', error: 'The Bluesky account nobody.bsky.social does not exist.' });

    for (const body of ['{"followers": [', '{"followers": 3}']) {
      const broken = createAuditRunner({ storage: memoryArea(), fetch: async () => new Response(body, { status: 200 }), now: () => T0 });
      await broken.start({ network: 'bluesky', handle: 'target.bsky.social' });
      await broken.settled({ network: 'bluesky', handle: 'target.bsky.social' });
      const audit = await broken.get({ network: 'bluesky', handle: 'target.bsky.social' });
      expect(audit).toMatchObject({ state: 'error', progress: { requests: 1 } });
      expect(audit!.error).toMatch(/malformed JSON|no list of followers/);
    }
  });

  it('waits out a rate limit and goes on; keeps reports 7 days', async () => {
    const api = fakeBluesky(150);
    let limited = false;
    const sleep = vi.fn(async () => {});
    let now = T0;
    const fetch = vi.fn(async (input: string) => {
      if (!limited) {
        limited = true;
        return new Response('slow down', { status: 429, headers: { 'retry-after': '30' } });
      }
      return api.handler(new URL(input));
    });
    const storage = memoryArea();
    const runner = createAuditRunner({ storage, fetch, now: () => now, sleep });
    const ref = { network: 'bluesky', handle: 'target.bsky.social' };
    await runner.start(ref, 500);
    await runner.settled(ref);
    expect(sleep).toHaveBeenCalledWith(30_000);
    expect(await runner.get(ref)).toMatchObject({ state: 'done', progress: { classified: 150, requests: 1 + 2 + 6 } });
    now = T0 + AUDIT_MAX_AGE_MS + 1;
    expect(await runner.get(ref)).toBeNull();
    expect(storage.data.has('audit:bluesky:target.bsky.social')).toBe(false);
  });

  it('X: followers read from the list on screen go into the list audit the user started, which Finish ends', async () => {
    const storage = memoryArea({}, { listKeys: true });
    const fetch = vi.fn();
    const runner = createAuditRunner({ storage, fetch, now: () => T0 });
    const ref = { network: 'x', handle: 'Brand' };
    const batch = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ handle: `f${from + i}`, name: `F ${from + i}`, hasAvatar: (from + i) % 3 !== 0, hasBio: (from + i) % 3 !== 0 }));
    // Scrolling a list before Audit was pressed audits nothing.
    expect(await runner.seen(ref, batch(100, 110))).toBeNull();
    expect(await runner.get(ref)).toBeNull();
    await runner.start(ref);
    await Promise.all([runner.seen(ref, batch(0, 30)), runner.seen(ref, batch(30, 60))]);
    expect(await runner.get(ref)).toMatchObject({ key: 'x:brand', state: 'running', progress: { classified: 60, requests: 0 } });
    expect(await runner.resumeAll()).toBe(0);
    const done = await runner.finish(ref);
    expect(done).toMatchObject({ state: 'done', report: { evidence: 'list', sampled: 60, counts: { suspicious: 20, genuine: 40 } } });
    expect(fetch).not.toHaveBeenCalled();
    // Scrolling again after it finished changes nothing; Audit starts a new one.
    expect(await runner.seen(ref, batch(60, 70))).toMatchObject({ state: 'done', progress: { classified: 60 } });
    expect(await runner.start(ref)).toMatchObject({ audit: { state: 'running', progress: { classified: 0 } } });
  });

  it('refuses networks it cannot audit', async () => {
    const runner = createAuditRunner({ storage: memoryArea(), fetch: vi.fn(), now: () => T0 });
    expect(await runner.start({ network: 'github', handle: 'octocat' })).toEqual({ error: expect.stringContaining('Bluesky and Mastodon') });
    expect(await runner.get({ network: 'github', handle: 'octocat' })).toBeNull();
  });
});

/** A Mastodon server with `alice`, who has `total` followers, listed newest first with Link paging by max_id. */
function fakeMastodon(total: number) {
  const calls: URL[] = [];
  const fetch = vi.fn(async (input: string) => {
    const url = new URL(input);
    calls.push(url);
    if (url.pathname === '/api/v1/accounts/lookup') {
      if (url.searchParams.get('acct') !== 'alice') return new Response('{"error":"Record not found"}', { status: 404 });
      return json({ id: '42', username: 'alice', acct: 'alice', followers_count: total });
    }
    const match = /^\/api\/v1\/accounts\/42\/followers$/.exec(url.pathname);
    if (!match) return new Response('not found', { status: 404 });
    const limit = Number(url.searchParams.get('limit'));
    const maxId = Number(url.searchParams.get('max_id') ?? total);
    const ids = Array.from({ length: Math.max(0, Math.min(limit, maxId)) }, (_, i) => maxId - 1 - i);
    const accounts = ids.map((id) => ({
      id: String(id), username: `u${id}`, acct: id % 2 ? `u${id}` : `u${id}@other.example`,
      followers_count: 120, following_count: 90, statuses_count: id % 5 === 0 ? 0 : 500, created_at: '2022-01-01T00:00:00.000Z',
      last_status_at: id % 3 === 0 ? '2024-01-01' : '2025-05-30', avatar: id % 7 === 0 ? 'https://social.example/avatars/original/missing.png' : 'https://files.social.example/a.png', note: '<p>hello</p>',
    }));
    const last = ids[ids.length - 1];
    const link = last > 0 ? `<https://social.example/api/v1/accounts/42/followers?limit=80&max_id=${last}>; rel="next", <https://social.example/api/v1/accounts/42/followers?limit=80&since_id=${ids[0]}>; rel="prev"` : '';
    return json(accounts, link ? { link } : {});
  });
  return { fetch, calls };
}

describe('audit runner: Mastodon', () => {
  it('pages through followers by the Link header, and counts every request', async () => {
    const api = fakeMastodon(200);
    const runner = createAuditRunner({ storage: memoryArea(), fetch: api.fetch, now: () => T0 });
    const ref = { network: 'mastodon', handle: 'Alice@social.example' };
    await runner.start(ref, 500);
    await runner.settled(ref);
    const audit = await runner.get(ref);
    expect(api.calls.map((u) => u.searchParams.get('max_id'))).toEqual([null, null, '120', '40']);
    expect(audit).toMatchObject({ key: 'mastodon:alice@social.example', state: 'done', progress: { read: 200, classified: 200, requests: 4 } });
    const report = audit!.report!;
    expect(report.target.followers).toBe(200);
    expect(report.followers.map((f) => f.handle)).toContain('u199@social.example');
    expect(report.followers.map((f) => f.handle)).toContain('u198@other.example');
    expect(report.flags['never-posted']).toBe(40);
    expect(report.flags['no-post-90-days']).toBeGreaterThan(0);
  });

  it('a 404 for the account is an error', async () => {
    const api = fakeMastodon(10);
    const runner = createAuditRunner({ storage: memoryArea(), fetch: api.fetch, now: () => T0 });
    const ref = { network: 'mastodon', handle: 'bob@social.example' };
    await runner.start(ref);
    await runner.settled(ref);
    const audit = await runner.get(ref);
    expect(audit?.state).toBe('error');
    expect(audit?.error).toMatch(/does not exist/);
  });

  it('reads the next page from rel="next" only', () => {
    expect(nextMaxId('<https://a.example/x?max_id=5>; rel="prev", <https://a.example/x?limit=80&max_id=9>; rel="next"')).toBe('9');
    expect(nextMaxId('<https://a.example/x?since_id=5>; rel="prev"')).toBeUndefined();
    expect(nextMaxId(null)).toBeUndefined();
  });
});

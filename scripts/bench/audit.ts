// What an audience audit of 1,000 followers costs, per network: the background's audit runner,
// through the host limiter, over memory, answered by synthetic APIs shaped like the recorded
// responses in tests/fixtures/api (Bluesky's getFollowers and getProfiles, Mastodon's account and
// followers list with its Link header). The limits are lifted to run in milliseconds; the least
// time the published limits need for the same requests is worked out from them.
import { memoryArea } from './memory-area';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAuditRunner } from '../../src/background/audit-runner';
import { PRIORITY, createHostLimiter } from '../../src/background/host-limiter';
import { limitForHost } from '../../src/sources';
import type { RateLimit } from '../../src/sources/types';

const API = resolve(import.meta.dirname, '../../tests/fixtures/api');
const fixture = (name: string) => JSON.parse(readFileSync(resolve(API, name), 'utf8')) as Record<string, unknown>;
const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });

const AUDIENCE = 50_000;

/** Bluesky: an account with 50,000 followers; a profile from the recorded getProfiles answer for each. */
function bluesky(url: URL): Response {
  const template = (fixture('bluesky-getProfiles-small.json').profiles as Record<string, unknown>[])[0];
  const method = url.pathname.split('/').pop();
  if (method === 'app.bsky.graph.getFollowers') {
    const from = Number(url.searchParams.get('cursor') ?? 0);
    const limit = Number(url.searchParams.get('limit'));
    const followers = Array.from({ length: Math.min(limit, AUDIENCE - from) }, (_, i) => ({ did: `did:plc:f${from + i}`, handle: `f${from + i}.bsky.social`, createdAt: template.createdAt }));
    return json({ subject: { did: 'did:plc:target', handle: 'target.bsky.social' }, followers, cursor: String(from + limit) });
  }
  const profiles = url.searchParams.getAll('actors').map((did, i) => ({ ...template, did, handle: `${did.slice(8)}.bsky.social`, followersCount: 50 + ((i * 37) % 900) }));
  return json({ profiles });
}

/** Mastodon: the recorded account, with 50,000 followers listed 80 a page, newest first. */
function mastodon(url: URL): Response {
  const account = fixture('mastodon-account-alice.json');
  if (url.pathname === '/api/v1/accounts/lookup') return json({ ...account, followers_count: AUDIENCE });
  const limit = Number(url.searchParams.get('limit'));
  const maxId = Number(url.searchParams.get('max_id') ?? AUDIENCE);
  const ids = Array.from({ length: Math.min(limit, maxId) }, (_, i) => maxId - 1 - i);
  const accounts = ids.map((id) => ({ ...account, id: String(id), username: `u${id}`, acct: `u${id}@remote.example`, followers_count: 20 + (id % 500) }));
  const next = `https://${url.host}${url.pathname}?limit=${limit}&max_id=${ids[ids.length - 1]}`;
  return json(accounts, { link: `<${next}>; rel="next", <https://${url.host}${url.pathname}?limit=${limit}&since_id=${ids[0]}>; rel="prev"` });
}

export interface AuditCost {
  network: string;
  label: string;
  followers: number;
  byHost: Record<string, number>;
  requests: number;
  /** How long the published limits need for these requests at the least, in seconds. */
  minSecondsUnderLimits: number;
  /** The same at the limits' sustained rate, once the burst is spent (badges used it): the time that is sure. */
  sustainedSeconds: number;
  /** Wall time of the run with the limits lifted (the runner's own work and the fake network). */
  runMs: number;
  state: string;
}

/** The least time a token bucket of this limit needs to let `count` requests through. */
function minSeconds(limit: RateLimit, count: number): number {
  const burst = limit.burst ?? limit.requests;
  return (Math.max(0, count - burst) * (limit.periodMs / limit.requests)) / 1000;
}

const CASES = [
  { network: 'bluesky', label: 'Bluesky', handle: 'target.bsky.social', answer: bluesky },
  { network: 'mastodon', label: 'Mastodon', handle: 'alice@mastodon.social', answer: mastodon },
];

export async function runAuditBench(followers = 1000): Promise<AuditCost[]> {
  const costs: AuditCost[] = [];
  for (const spec of CASES) {
    const hosts: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      hosts.push(url.host);
      return spec.answer(url);
    }) as typeof globalThis.fetch;
    const storage = memoryArea();
    const limiter = createHostLimiter({ area: storage, fetch, limitFor: () => ({ requests: 1_000_000, periodMs: 1000, source: 'bench' }) });
    const runner = createAuditRunner({ storage, fetch: (url, init) => limiter.fetch(url, init, PRIORITY.background) });
    const ref = { network: spec.network, handle: spec.handle };
    const started = performance.now();
    await runner.start(ref, followers);
    await runner.settled(ref);
    const runMs = performance.now() - started;
    const audit = await runner.get(ref);
    const byHost: Record<string, number> = {};
    for (const host of hosts) byHost[host] = (byHost[host] ?? 0) + 1;
    costs.push({
      network: spec.network,
      label: spec.label,
      followers: audit?.progress.classified ?? 0,
      byHost,
      requests: hosts.length,
      minSecondsUnderLimits: Math.max(...Object.entries(byHost).map(([host, count]) => minSeconds(limitForHost(host, {}), count))),
      sustainedSeconds: Math.max(...Object.entries(byHost).map(([host, count]) => {
        const limit = limitForHost(host, {});
        return (count * limit.periodMs) / limit.requests / 1000;
      })),
      runMs: Math.round(runMs),
      state: audit?.state ?? 'none',
    });
  }
  return costs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const cost of await runAuditBench()) console.log(cost);
}

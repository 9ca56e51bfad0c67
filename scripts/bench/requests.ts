// What 100 profiles never seen cost in requests, per network: the background's own wiring
// (cache, limiter, scheduler, sources, notability) over memory, answered by synthetic APIs
// built from this project's fixtures. Limits only delay requests, never add any, so the hosts'
// limits are lifted here to count in seconds what would take minutes; the time the published
// limits need for the same requests is worked out from them and printed beside the count.
import { memoryArea } from './memory-area';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PRIORITY } from '../../src/background/host-limiter';
import { createServices } from '../../src/background/services';
import { DEFAULT_SETTINGS, type Settings } from '../../src/lib/settings';
import type { ProfileRef } from '../../src/lib/profile-ref';
import { limitForHost } from '../../src/sources';
import type { RateLimit } from '../../src/sources/types';

const API = resolve(import.meta.dirname, '../../tests/fixtures/api');
const fixture = (name: string) => readFileSync(resolve(API, name), 'utf8');
/** A fixture's text with its user's name replaced: a response about someone else. */
const about = (name: string, from: string, to: string) => JSON.parse(fixture(name).replaceAll(from, to));
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const DAY = 86_400_000;

/** Bluesky: every profile's top post was reposted by 25 of 400 regulars, so samples overlap as on the real network. */
function bluesky(url: URL): Response | undefined {
  const handleOf = (actor: string) => (actor.startsWith('did:plc:') ? `${actor.slice(8)}.bsky.social` : actor);
  const didOf = (handle: string) => `did:plc:${handle.split('.')[0]}`;
  const method = url.pathname.split('/').pop();
  if (method === 'app.bsky.actor.getProfiles') {
    const profiles = url.searchParams.getAll('actors').map((actor, i) => {
      const handle = handleOf(actor);
      return { did: didOf(handle), handle, followersCount: 300 + ((i * 37) % 2000), followsCount: 150, postsCount: 800, createdAt: '2023-05-01T00:00:00.000Z', avatar: 'https://cdn.example/a.jpg' };
    });
    return json({ profiles });
  }
  if (method === 'app.bsky.feed.getAuthorFeed') {
    const did = url.searchParams.get('actor')!;
    const handle = handleOf(did);
    const feed = Array.from({ length: 30 }, (_, i) => ({
      post: { uri: `at://${did}/app.bsky.feed.post/p${i}`, author: { did, handle }, record: { createdAt: new Date(Date.now() - (i + 1) * DAY).toISOString() }, repostCount: 30 - i, replyCount: 3, likeCount: 40, quoteCount: 1 },
    }));
    return json({ feed });
  }
  if (method === 'app.bsky.feed.getRepostedBy') {
    const seed = [...(url.searchParams.get('uri') ?? '')].reduce((sum, c) => sum + c.charCodeAt(0), 0);
    const repostedBy = Array.from({ length: 25 }, (_, i) => {
      const handle = `regular${(seed * 7 + i * 16) % 400}.bsky.social`;
      return { did: didOf(handle), handle };
    });
    return json({ repostedBy });
  }
  return undefined;
}

function github(url: URL, init?: RequestInit): Response | undefined {
  if (url.pathname === '/graphql') {
    const { variables } = JSON.parse(String(init?.body)) as { variables: Record<string, string> };
    const template = about('github-graphql-users.json', '"octo-dev"', '"LOGIN"').data.u0;
    const data = Object.fromEntries(Object.entries(variables).map(([name, login]) => [name.replace('l', 'u'), { ...template, login }]));
    return json({ data });
  }
  const [, , login, what] = url.pathname.split('/');
  if (what === 'repos') return json(about('github-repos-octo-dev.json', 'octo-dev', login));
  if (what === 'events') {
    const events = about('github-events-octo-dev.json', 'octo-dev', login) as { created_at: string }[];
    return json(events.map((event, i) => ({ ...event, created_at: new Date(Date.now() - (i + 1) * DAY).toISOString() })));
  }
  return json(about('github-user-octo-dev.json', 'octo-dev', login));
}

function mastodon(url: URL): Response | undefined {
  const lookup = url.searchParams.get('acct');
  if (lookup) return json({ ...about('mastodon-account-alice.json', 'alice', lookup), id: lookup.replace(/\D/g, '') || '1' });
  if (url.pathname.endsWith('/statuses')) return json(JSON.parse(fixture('mastodon-statuses-alice.json')));
  return undefined;
}

function hackerNews(url: URL): Response | undefined {
  if (url.host === 'hacker-news.firebaseio.com') return json(about('hackernews-user-alice.json', 'alice', /\/user\/(.+)\.json$/.exec(url.pathname)![1]));
  const author = /author_([^&]+)/.exec(url.searchParams.get('tags') ?? '')![1];
  return json(about('hackernews-search-alice.json', 'alice', author));
}

function stackExchange(url: URL): Response | undefined {
  const ids = url.pathname.split('/').pop()!.split(';');
  const template = JSON.parse(fixture('stackexchange-users.json')).items[0];
  return json({ items: ids.map((id) => ({ ...template, user_id: Number(id) })), has_more: false, quota_max: 300, quota_remaining: 250 });
}

function dev(url: URL): Response | undefined {
  const name = url.searchParams.get('url') ?? url.searchParams.get('username')!;
  return json(url.pathname.endsWith('/articles') ? about('devto-articles-ada_dev.json', 'ada_dev', name) : about('devto-user-ada_dev.json', 'ada_dev', name));
}

function reddit(url: URL): Response | undefined {
  return json(about('reddit-about-karma_king.json', 'karma_king', url.pathname.split('/')[2]));
}

/** Wikidata knows none of them: a notability lookup that finds nothing still costs its query. */
const wikidata = () => json({ head: { vars: ['item'] }, results: { bindings: [] } });

const APIS: [host: (host: string) => boolean, answer: (url: URL, init?: RequestInit) => Response | undefined][] = [
  [(h) => h === 'public.api.bsky.app', bluesky],
  [(h) => h === 'api.github.com', github],
  [(h) => h === 'mastodon.social', mastodon],
  [(h) => h === 'hacker-news.firebaseio.com' || h === 'hn.algolia.com', hackerNews],
  [(h) => h === 'api.stackexchange.com', stackExchange],
  [(h) => h === 'dev.to', dev],
  [(h) => h === 'www.reddit.com', reddit],
  [(h) => h === 'query.wikidata.org', wikidata],
];

export interface NetworkCost {
  network: string;
  label: string;
  /** Requests to the network's own API, by host. */
  byHost: Record<string, number>;
  requests: number;
  /** Notability queries (Wikidata) for those of 1,000 followers or more. */
  notability: number;
  again: number;
  scored: number;
  /** How long the published limits need for these requests at the least, in seconds. */
  minSecondsUnderLimits: number;
}

const CASES: { network: string; label: string; handle: (i: number) => string; settings?: Partial<Settings> }[] = [
  { network: 'bluesky', label: 'Bluesky', handle: (i) => `bench${i}.bsky.social` },
  { network: 'github', label: 'GitHub, no token', handle: (i) => `bench${i}user` },
  { network: 'github', label: 'GitHub, with a token', handle: (i) => `bench${i}token`, settings: { githubToken: 'ghp_bench' } },
  { network: 'mastodon', label: 'Mastodon', handle: (i) => `bench${i}@mastodon.social` },
  { network: 'hackernews', label: 'Hacker News', handle: (i) => `bench${i}` },
  { network: 'stackexchange', label: 'Stack Overflow', handle: (i) => `stackoverflow/${1000 + i}` },
  { network: 'devto', label: 'DEV', handle: (i) => `bench_${i}` },
  { network: 'reddit', label: 'Reddit', handle: (i) => `bench_${i}` },
];

/** The least time a token bucket of this limit needs to let `count` requests through. */
function minSeconds(limit: RateLimit, count: number): number {
  const burst = limit.burst ?? limit.requests;
  return Math.max(0, count - burst) * (limit.periodMs / limit.requests) / 1000;
}

async function costOf(spec: (typeof CASES)[number], profiles: number): Promise<NetworkCost> {
  const requests: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    requests.push(url.host);
    const answer = APIS.find(([serves]) => serves(url.host))?.[1](url, init);
    return answer ?? new Response('not found', { status: 404 });
  }) as typeof globalThis.fetch;
  const settings: Settings = { ...DEFAULT_SETTINGS, ...spec.settings };
  const unlimited = (): RateLimit => ({ requests: 1_000_000, periodMs: 1000, source: 'bench' });
  const { service } = createServices({ storage: memoryArea(), fetch, settings: async () => settings, limitFor: unlimited });
  const refs: ProfileRef[] = Array.from({ length: profiles }, (_, i) => ({ network: spec.network, handle: spec.handle(i) }));
  const settle = async () => {
    let settled = 0;
    const all = new Promise<void>((done) => {
      void service.lookup(refs, PRIORITY.visible, () => ++settled === refs.length && done()).then((entries) => {
        settled += entries.filter((e) => e.state !== 'loading').length;
        if (settled === refs.length) done();
      });
    });
    await all;
    await new Promise((r) => setTimeout(r, 50)); // extras kept, notability written
  };
  await settle();
  const firstRound = [...requests];
  const byHost: Record<string, number> = {};
  for (const host of firstRound) byHost[host] = (byHost[host] ?? 0) + 1;
  const notability = byHost['query.wikidata.org'] ?? 0;
  delete byHost['query.wikidata.org'];
  const entries = await Promise.all(refs.map((ref) => service.peek(ref)));
  await settle();
  const sourceSettings = { githubToken: settings.githubToken, stackExchangeKey: settings.stackExchangeKey };
  return {
    network: spec.network,
    label: spec.label,
    byHost,
    requests: Object.values(byHost).reduce((a, b) => a + b, 0),
    notability,
    again: requests.length - firstRound.length,
    scored: entries.filter((e) => e?.state === 'scored').length,
    minSecondsUnderLimits: Math.max(...Object.entries(byHost).map(([host, count]) => minSeconds(limitForHost(host, sourceSettings), count))),
  };
}

export async function runRequestsBench(profiles = 100): Promise<NetworkCost[]> {
  const costs: NetworkCost[] = [];
  for (const spec of CASES) costs.push(await costOf(spec, profiles));
  return costs;
}

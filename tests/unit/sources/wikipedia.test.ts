import { describe, expect, it } from 'vitest';
import { createCache } from '../../../src/background/cache';
import { NOTABILITY, createNotability } from '../../../src/background/notability';
import { lookUpNotability, notabilityQuery, parsePageviews, parseSparql, type Notability } from '../../../src/sources/wikipedia';
import { memoryArea } from '../background/memory-area';
import { hasSharedFixtures, readSharedJson } from '../shared-fixtures';

const NOW = Date.UTC(2026, 10, 27, 12);
const sparql = (bindings: unknown[]) => ({ head: { vars: ['item', 'article'] }, results: { bindings } });
const CAROL = [{ id: { type: 'literal', value: 'carol' }, item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q4242' }, article: { type: 'uri', value: 'https://en.wikipedia.org/wiki/Carol_%28developer%29' } }];

function fakeContext(answers: Record<string, unknown>) {
  const urls: string[] = [];
  const fetch = (async (input: string) => {
    urls.push(input);
    const key = Object.keys(answers).find((k) => input.startsWith(k));
    if (!key) return new Response('nope', { status: 404 });
    return new Response(JSON.stringify(answers[key]), { status: 200 });
  }) as typeof globalThis.fetch;
  return { urls, context: { fetch, settings: {}, now: () => NOW } };
}

describe('Wikidata and Wikipedia', () => {
  it('asks Wikidata for the items holding any of the identifiers, each an escaped literal', () => {
    expect(notabilityQuery('P2037', ['torvalds', 'carol'])).toBe(
      'SELECT ?id ?item ?article WHERE { VALUES ?id { "torvalds" "carol" } ?item wdt:P2037 ?id . OPTIONAL { ?article schema:about ?item ; schema:isPartOf <https://en.wikipedia.org/> . } }',
    );
    expect(notabilityQuery('P2037', ['a"} ?x ?y {"\\'])).toContain('VALUES ?id { "a\\"} ?x ?y {\\"\\\\" }');
  });

  it('reads each identifier’s item and English article title; an item with an article wins over one without', () => {
    const q7 = { id: { value: 'dana' }, item: { value: 'http://www.wikidata.org/entity/Q7' } };
    const carolTwice = [{ id: { value: 'carol' }, item: { value: 'http://www.wikidata.org/entity/Q1' } }, ...CAROL];
    expect(parseSparql(sparql([...carolTwice, q7, { item: { value: 'no id' } }, null]))).toEqual(
      new Map([
        ['carol', { item: 'http://www.wikidata.org/entity/Q4242', title: 'Carol_(developer)' }],
        ['dana', { item: 'http://www.wikidata.org/entity/Q7', title: undefined }],
      ]),
    );
    expect(parseSparql(sparql([]))).toEqual(new Map());
    expect(() => parseSparql({ nope: true })).toThrow(/Wikidata/);
  });

  it.skipIf(!hasSharedFixtures)('averages the daily pageviews of the recorded answer (needs ../shared/fixtures)', () => {
    expect(parsePageviews(readSharedJson('wikipedia/pageviews-per-article-python-3days.json'))).toBe(Math.round((7238 + 8449 + 8669) / 3));
  });

  it('looks up the items of many profiles in one query, then the last thirty days of pageviews of those with an article', async () => {
    const { urls, context } = fakeContext({
      'https://query.wikidata.org/sparql': sparql(CAROL),
      'https://wikimedia.org/api/rest_v1/metrics/pageviews/per-article/en.wikipedia.org/all-access/user/Carol_(developer)/daily/20261028/20261126': { items: [{ views: 100 }, { views: 300 }] },
    });
    const found = await lookUpNotability('github', ['carol', 'dave', 'erin'], context);
    expect(found.get('carol')).toMatchObject({ title: 'Carol_(developer)', pageviewsPerDay: 200 });
    expect(found.get('dave')).toEqual({});
    expect(urls).toHaveLength(2);
    expect(decodeURIComponent(urls[0])).toContain('VALUES ?id { "carol" "dave" "erin" }');
  });

  it('asks fifty identifiers a query', async () => {
    const { urls, context } = fakeContext({ 'https://query.wikidata.org/sparql': sparql([]) });
    const found = await lookUpNotability('bluesky', Array.from({ length: 120 }, (_, i) => `p${i}.example.com`), context);
    expect(urls).toHaveLength(3);
    expect(found.size).toBe(120);
  });

  it('leaves a profile out, unknown, when its pageviews cannot be read', async () => {
    const { context } = fakeContext({ 'https://query.wikidata.org/sparql': sparql(CAROL) });
    const found = await lookUpNotability('github', ['carol', 'dave'], context);
    expect(found.has('carol')).toBe(false);
    expect(found.get('dave')).toEqual({});
  });

  it('has nothing to say for networks Wikidata does not list', async () => {
    const { urls, context } = fakeContext({ 'https://query.wikidata.org/sparql': sparql([]) });
    expect(await lookUpNotability('hackernews', ['pg'], context)).toEqual(new Map());
    expect(urls).toHaveLength(0);
  });
});

describe('notability enrichment', () => {
  function setup(answers: Record<string, unknown>) {
    const { urls, context } = fakeContext(answers);
    const cache = createCache<Notability>(memoryArea(), { prefix: 'n:', schema: 1, isValue: (v): v is Notability => typeof v === 'object' && v !== null, maxEntries: 10, maxBytes: 10_000, now: () => NOW });
    return { urls, notability: createNotability({ cache, context: async () => context }) };
  }
  const answers = {
    'https://query.wikidata.org/sparql': sparql(CAROL),
    'https://wikimedia.org/api/rest_v1/metrics/pageviews': { items: [{ views: 420 }] },
  };

  it('adds the pageviews to profiles with an audience, once a month', async () => {
    const { urls, notability } = setup(answers);
    const signals = { network: 'github', handle: 'carol', followers: 15_000 };
    const enriched = await notability.enrich({ network: 'github', handle: 'carol' }, signals);
    expect(enriched.extra).toEqual({ wikipediaPageviews: 420 });
    expect(urls).toHaveLength(2);
    await notability.enrich({ network: 'github', handle: 'carol' }, signals);
    expect(urls).toHaveLength(2); // cached for NOTABILITY.maxAgeMs
    expect(NOTABILITY.maxAgeMs).toBe(30 * 86_400_000);
  });

  it('asks nothing for small accounts, and leaves the signal unknown when Wikidata fails', async () => {
    const { urls, notability } = setup({});
    const small = { network: 'github', handle: 'dave', followers: 3 };
    expect(await notability.enrich({ network: 'github', handle: 'dave' }, small)).toBe(small);
    expect(urls).toHaveLength(0);
    const big = { network: 'github', handle: 'erin', followers: 5000 };
    expect((await notability.enrich({ network: 'github', handle: 'erin' }, big)).extra).toBeUndefined();
  });

  it('asks once for all the profiles settled within a moment, with the network’s own spelling too', async () => {
    const { urls, notability } = setup(answers);
    const big = (handle: string) => ({ network: 'github', handle, followers: 5000 });
    const enriched = await Promise.all([
      notability.enrich({ network: 'github', handle: 'carol' }, big('Carol')),
      notability.enrich({ network: 'github', handle: 'dave' }, big('dave')),
      notability.enrich({ network: 'github', handle: 'erin' }, big('erin')),
    ]);
    expect(urls.filter((u) => u.startsWith('https://query.wikidata.org/'))).toHaveLength(1);
    expect(decodeURIComponent(urls[0])).toContain('VALUES ?id { "carol" "Carol" "dave" "erin" }');
    expect(enriched.map((s) => s.extra?.wikipediaPageviews)).toEqual([420, undefined, undefined]);
  });
});

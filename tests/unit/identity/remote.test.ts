import { describe, expect, it } from 'vitest';
import { githubSocialAccounts, wikidataIdentities } from '../../../src/identity';
import { identitiesQuery, parseIdentities } from '../../../src/identity/wikidata';
import { contextWith, fakeFetch, jsonResponse } from '../sources/fake-fetch';

const NOW = Date.UTC(2026, 3, 27, 12);

// As GitHub answers GET /users/{username}/social_accounts (docs.github.com/en/rest/users/social-accounts).
const SOCIAL = [
  { provider: 'twitter', url: 'https://twitter.com/OctoDev' },
  { provider: 'mastodon', url: 'https://hachyderm.io/@octo' },
  { provider: 'bluesky', url: 'https://bsky.app/profile/octo.dev' },
  { provider: 'linkedin', url: 'https://www.linkedin.com/in/octo-dev' },
  { provider: 'generic', url: 'https://octo.dev' },
  { provider: 'generic', url: 'https://github.com/features' },
  { provider: 'npm', url: 'https://www.npmjs.com/~octo' },
  { provider: 'twitter' },
];

describe('githubSocialAccounts', () => {
  it('asks /users/:u/social_accounts once, with the REST headers and the token, and reads each URL as a claim', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(SOCIAL));
    const claims = await githubSocialAccounts('Octo-Dev', contextWith(fetch, NOW, ' ghp_tok '));
    expect(calls.map((c) => c.url)).toEqual(['https://api.github.com/users/Octo-Dev/social_accounts']);
    expect(calls[0].headers.get('authorization')).toBe('Bearer ghp_tok');
    expect(calls[0].headers.get('x-github-api-version')).toBe('2022-11-28');
    expect(claims).toEqual([
      { kind: 'github-social', ref: { network: 'x', handle: 'octodev' }, url: 'https://twitter.com/OctoDev' },
      { kind: 'github-social', ref: { network: 'mastodon', handle: 'octo@hachyderm.io' }, url: 'https://hachyderm.io/@octo' },
      { kind: 'github-social', ref: { network: 'bluesky', handle: 'octo.dev' }, url: 'https://bsky.app/profile/octo.dev' },
      { kind: 'github-social', ref: { network: 'linkedin', handle: 'octo-dev' }, url: 'https://www.linkedin.com/in/octo-dev' },
      { kind: 'github-social', domain: 'octo.dev', url: 'https://octo.dev' },
    ]);
  });

  it('is an empty list for a user who lists none', async () => {
    const { fetch } = fakeFetch(() => jsonResponse([]));
    expect(await githubSocialAccounts('quiet', contextWith(fetch, NOW))).toEqual([]);
  });

  it('answers a typed error, never a throw: 404, rate limit, garbage', async () => {
    const notFound = fakeFetch(() => jsonResponse({ message: 'Not Found' }, 404));
    expect(await githubSocialAccounts('ghost', contextWith(notFound.fetch, NOW))).toEqual({ error: expect.objectContaining({ kind: 'not-found', status: 404 }) });
    const limited = fakeFetch(() => jsonResponse({ message: 'API rate limit exceeded' }, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1777300000' }));
    expect(await githubSocialAccounts('octo', contextWith(limited.fetch, NOW))).toEqual({ error: expect.objectContaining({ kind: 'rate-limited', retryAt: 1_777_300_000_000 }) });
    const garbage = fakeFetch(() => jsonResponse('{"not": "a list"'));
    expect(await githubSocialAccounts('octo', contextWith(garbage.fetch, NOW))).toEqual({ error: expect.objectContaining({ kind: 'bad-response' }) });
    const object = fakeFetch(() => jsonResponse({ provider: 'twitter', url: 'https://x.com/a' }));
    expect(await githubSocialAccounts('octo', contextWith(object.fetch, NOW))).toEqual({ error: expect.objectContaining({ kind: 'bad-response' }) });
  });
});

// As the Wikidata query service answers with format=json (SPARQL 1.1 Query Results JSON).
const binding = (item: string, property: string, id: string) => ({
  item: { type: 'uri', value: `http://www.wikidata.org/entity/${item}` },
  prop: { type: 'uri', value: `http://www.wikidata.org/prop/direct/${property}` },
  id: { type: 'literal', value: id },
});
const sparql = (bindings: unknown[]) => ({ head: { vars: ['item', 'prop', 'id'] }, results: { bindings } });
const Q1 = 'http://www.wikidata.org/entity/Q1';

describe('wikidataIdentities', () => {
  it('asks one query for the identifiers, each under its network’s property, and every identifier of the items found', () => {
    const query = identitiesQuery([{ network: 'github', handle: 'octo' }, { network: 'mastodon', handle: 'octo@hachyderm.io' }]);
    expect(query).toContain('VALUES (?askedProp ?askedId) { (wdt:P2037 "octo") (wdt:P4033 "octo@hachyderm.io") }');
    expect(query).toContain('VALUES ?prop { wdt:P2037 wdt:P4033 wdt:P12361 wdt:P2002 wdt:P2397 wdt:P2003 wdt:P4265 }');
  });

  it('reads each item’s profiles, normalised, leaving out what names no valid profile', () => {
    const items = parseIdentities(
      sparql([
        binding('Q1', 'P2037', 'Octo'),
        binding('Q1', 'P2002', 'OctoDev'),
        binding('Q1', 'P2002', 'octodev'),
        binding('Q1', 'P9999', 'whatever'),
        binding('Q1', 'P4033', 'not an address'),
        { item: { value: 'x' } },
        null,
      ]),
    );
    expect(items).toEqual(new Map([[Q1, [{ network: 'github', handle: 'octo' }, { network: 'x', handle: 'octodev' }]]]));
    expect(() => parseIdentities({ error: 'timeout' })).toThrow(/Wikidata/);
  });

  it('claims, for each profile asked, every other profile its item lists; [] for those no item lists', async () => {
    const { fetch, calls } = fakeFetch(() =>
      jsonResponse(sparql([binding('Q1', 'P2037', 'octo'), binding('Q1', 'P4033', 'octo@hachyderm.io'), binding('Q1', 'P2002', 'OctoDev'), binding('Q2', 'P2037', 'other')])),
    );
    const found = await wikidataIdentities(
      [{ network: 'github', handle: 'Octo' }, { network: 'mastodon', handle: 'octo@hachyderm.io' }, { network: 'bluesky', handle: 'nobody.dev' }, { network: 'hackernews', handle: 'pg' }],
      contextWith(fetch, NOW),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].url.startsWith('https://query.wikidata.org/sparql?format=json&query=')).toBe(true);
    expect(calls[0].headers.get('accept')).toBe('application/sparql-results+json');
    expect(found).toEqual(
      new Map([
        ['github:octo', [{ kind: 'wikidata', ref: { network: 'mastodon', handle: 'octo@hachyderm.io' }, url: Q1 }, { kind: 'wikidata', ref: { network: 'x', handle: 'octodev' }, url: Q1 }]],
        ['mastodon:octo@hachyderm.io', [{ kind: 'wikidata', ref: { network: 'github', handle: 'octo' }, url: Q1 }, { kind: 'wikidata', ref: { network: 'x', handle: 'octodev' }, url: Q1 }]],
        ['bluesky:nobody.dev', []],
      ]),
    );
  });

  it('asks fifty profiles a query, and nothing for networks Wikidata does not list', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(sparql([])));
    const refs = Array.from({ length: 120 }, (_, i) => ({ network: 'github', handle: `user${i}` }));
    const found = await wikidataIdentities(refs, contextWith(fetch, NOW));
    expect(calls).toHaveLength(3);
    expect(found instanceof Map && found.size).toBe(120);
    const none = fakeFetch(() => jsonResponse(sparql([])));
    expect(await wikidataIdentities([{ network: 'hackernews', handle: 'pg' }], contextWith(none.fetch, NOW))).toEqual(new Map());
    expect(none.calls).toHaveLength(0);
  });

  it('answers a typed error for a refusal or a garbage answer', async () => {
    const limited = fakeFetch(() => new Response('Too Many Requests', { status: 429, headers: { 'retry-after': '30' } }));
    expect(await wikidataIdentities([{ network: 'github', handle: 'octo' }], contextWith(limited.fetch, NOW))).toEqual({ error: expect.objectContaining({ kind: 'rate-limited', retryAt: NOW + 30_000 }) });
    const garbage = fakeFetch(() => jsonResponse('<html>'));
    expect(await wikidataIdentities([{ network: 'github', handle: 'octo' }], contextWith(garbage.fetch, NOW))).toEqual({ error: expect.objectContaining({ kind: 'bad-response' }) });
  });
});

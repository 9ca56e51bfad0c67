// Discovery over a fake profile service: what it fetches (one step, once a week), what it
// stores (under both ends), and what badges and the popup are told.
import { describe, expect, it, vi } from 'vitest';
import { IDENTITY_MAX_AGE_MS, createIdentityService } from '../../../src/background/identity-service';
import type { IdentityClaim } from '../../../src/identity';
import { profileKey, type ProfileRef } from '../../../src/lib/profile-ref';
import type { SettledEntry } from '../../../src/lib/score-entry';
import { memoryArea } from './memory-area';

const T0 = Date.parse('2026-11-01T00:00:00Z');

const claim = (kind: IdentityClaim['kind'], network: string, handle: string): IdentityClaim => ({ kind, ref: { network, handle } });

/** A scored entry with a score and the claims its source read. */
function scored(key: string, score: number, claims: IdentityClaim[] = []): SettledEntry {
  return {
    key, state: 'scored', stale: false, fetchedAt: T0, signals: { network: key.split(':')[0], handle: key.split(':')[1] },
    result: { score, confidence: 0.6 }, display: { claims },
  } as unknown as SettledEntry;
}

function setup(profiles: Record<string, SettledEntry>, social: Record<string, unknown[]> = {}, githubToken?: string) {
  let now = T0;
  const storage = memoryArea();
  const resolve = vi.fn(async (ref: ProfileRef) => profiles[profileKey(ref)] ?? ({ key: profileKey(ref), state: 'unavailable', reason: 'none', fetchedAt: now } as SettledEntry));
  const peek = vi.fn(async (ref: ProfileRef) => profiles[profileKey(ref)] ?? null);
  const fetch = vi.fn(async (url: string) => {
    const login = /\/users\/([^/]+)\/social_accounts$/.exec(url)?.[1] ?? '';
    return new Response(JSON.stringify(social[login] ?? []), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const onChanged = vi.fn();
  const identity = createIdentityService({
    storage,
    service: { resolve, peek } as never,
    context: async () => ({ fetch: fetch as unknown as typeof globalThis.fetch, settings: { githubToken }, now: () => now }),
    now: () => now,
    onChanged,
  });
  return { identity, storage, resolve, fetch, onChanged, later: (ms: number) => (now += ms) };
}

describe('identity discovery', () => {
  it('goes one step: the claimed profile is fetched, its own claims of others are not followed', async () => {
    const profiles = {
      'mastodon:a@mastodon.social': scored('mastodon:a@mastodon.social', 50, [claim('mastodon-verified', 'github', 'alice')]),
      'github:alice': scored('github:alice', 70, [claim('github-social', 'bluesky', 'carol.example')]),
      'bluesky:carol.example': scored('bluesky:carol.example', 30),
    };
    const { identity, resolve, fetch, onChanged } = setup(profiles);
    await identity.discover(profiles['mastodon:a@mastodon.social']);
    expect(resolve.mock.calls.map(([ref]) => profileKey(ref))).toEqual(['github:alice']);
    // The GitHub profile is proved already (rel=me): its social accounts are not asked for.
    expect(fetch).not.toHaveBeenCalled();
    expect(onChanged).toHaveBeenCalledWith(['mastodon:a@mastodon.social', 'github:alice']);
    // Found from the Mastodon side, known from the GitHub side too.
    const fromGitHub = await identity.view({ network: 'github', handle: 'alice' });
    expect(fromGitHub.group).toEqual(['github:alice', 'mastodon:a@mastodon.social']);
    expect(fromGitHub.links.map((l) => [l.a, l.b, l.status, l.proof])).toEqual([['github:alice', 'mastodon:a@mastodon.social', 'proved', 'rel-me']]);
    expect(fromGitHub.combined?.parts.map((p) => p.key)).toEqual(['github:alice', 'mastodon:a@mastodon.social']);
    const badges = await identity.forBadges(['github:alice', 'mastodon:a@mastodon.social', 'bluesky:carol.example']);
    expect(badges.get('github:alice')).toEqual({ combined: fromGitHub.combined!.score, linked: ['mastodon:a@mastodon.social'] });
    expect(badges.get('mastodon:a@mastodon.social')?.linked).toEqual(['github:alice']);
    expect(badges.has('bluesky:carol.example')).toBe(false);
  });

  it('runs once a week per profile, and asks GitHub for social accounts once with it', async () => {
    const profiles = { 'github:alice': scored('github:alice', 70), 'mastodon:a@mastodon.social': scored('mastodon:a@mastodon.social', 50, [claim('mastodon-field', 'github', 'alice')]) };
    const { identity, storage, resolve, fetch, later } = setup(profiles, { alice: [{ provider: 'mastodon', url: 'https://mastodon.social/@a' }] });
    await identity.discover(profiles['github:alice']);
    await identity.discover(profiles['github:alice']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(resolve).toHaveBeenCalledTimes(1);
    // Each names the other: a backlink.
    expect((await identity.view({ network: 'github', handle: 'alice' })).links.map((l) => l.proof)).toEqual(['backlink']);
    later(IDENTITY_MAX_AGE_MS - 1000);
    // Asked again within the week (every badge request asks), it reads nothing: this worker knows when it ran.
    const reads = vi.spyOn(storage, 'get');
    reads.mockClear();
    await identity.discover(profiles['github:alice']);
    expect(reads).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
    later(2000);
    await identity.discover(profiles['github:alice']);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('with a GitHub token asks no social accounts: GraphQL named them with the profile', async () => {
    const profiles = { 'github:alice': scored('github:alice', 70, [claim('github-social', 'mastodon', 'a@mastodon.social')]), 'mastodon:a@mastodon.social': scored('mastodon:a@mastodon.social', 50, [claim('mastodon-verified', 'github', 'alice')]) };
    const { identity, fetch } = setup(profiles, {}, 'ghp_token');
    await identity.discover(profiles['github:alice']);
    expect(fetch).not.toHaveBeenCalled();
    expect((await identity.view({ network: 'github', handle: 'alice' })).group).toEqual(['github:alice', 'mastodon:a@mastodon.social']);
  });

  it('a one-way claim is kept as claimed and merges nothing; the claimed profile does not list it as its own', async () => {
    const profiles = { 'mastodon:m@mastodon.social': scored('mastodon:m@mastodon.social', 20, [claim('mastodon-field', 'github', 'alice')]), 'github:alice': scored('github:alice', 70) };
    const { identity, fetch } = setup(profiles, { alice: [] });
    await identity.discover(profiles['mastodon:m@mastodon.social']);
    // Not proved by what was at hand: GitHub's social accounts are asked, and do not name it.
    expect(fetch).toHaveBeenCalledTimes(1);
    const view = await identity.view({ network: 'mastodon', handle: 'm@mastodon.social' });
    expect(view.group).toEqual(['mastodon:m@mastodon.social']);
    expect(view.combined).toBeNull();
    expect(view.links.map((l) => l.status)).toEqual(['claimed']);
    expect((await identity.forBadges(['mastodon:m@mastodon.social', 'github:alice'])).size).toBe(0);
    expect((await identity.view({ network: 'github', handle: 'alice' })).links).toEqual([]);
  });

  it('a later discovery replaces what the earlier one stored, at both ends', async () => {
    const profiles: Record<string, SettledEntry> = {
      'mastodon:a@mastodon.social': scored('mastodon:a@mastodon.social', 50, [claim('mastodon-verified', 'github', 'alice')]),
      'github:alice': scored('github:alice', 70),
    };
    const { identity, later } = setup(profiles, { alice: [] });
    await identity.discover(profiles['mastodon:a@mastodon.social']);
    expect((await identity.view({ network: 'github', handle: 'alice' })).group).toHaveLength(2);
    profiles['mastodon:a@mastodon.social'] = scored('mastodon:a@mastodon.social', 50);
    later(IDENTITY_MAX_AGE_MS + 1);
    await identity.discover(profiles['mastodon:a@mastodon.social']);
    expect((await identity.view({ network: 'github', handle: 'alice' })).group).toEqual(['github:alice']);
    expect((await identity.forBadges(['github:alice'])).size).toBe(0);
  });

  it('links by hand are self-declared, reach the badges, and can be taken back', async () => {
    const profiles = { 'github:bob': scored('github:bob', 40), 'x:bob': scored('x:bob', 60) };
    const { identity, onChanged } = setup(profiles);
    const linked = await identity.setSelfLink({ network: 'github', handle: 'bob' }, { network: 'x', handle: 'Bob' }, true);
    expect(linked.links.map((l) => [l.a, l.b, l.status, l.proof])).toEqual([['github:bob', 'x:bob', 'self-declared', 'self-declared']]);
    expect(linked.combined!.score).toBeGreaterThanOrEqual(60);
    expect((await identity.forBadges(['x:bob'])).get('x:bob')).toEqual({ combined: linked.combined!.score, linked: ['github:bob'] });
    const unlinked = await identity.setSelfLink({ network: 'github', handle: 'bob' }, { network: 'x', handle: 'bob' }, false);
    expect(unlinked.group).toEqual(['github:bob']);
    expect((await identity.forBadges(['x:bob'])).size).toBe(0);
    expect(onChanged).toHaveBeenLastCalledWith(expect.arrayContaining(['github:bob', 'x:bob']));
  });
  it('asks Wikidata about a notable profile once, and an item listing both proves the link', async () => {
    const notable = { ...scored('github:octo', 80), signals: { network: 'github', handle: 'octo', followers: 5000 } } as SettledEntry;
    const profiles = { 'github:octo': notable, 'x:octo_x': scored('x:octo_x', 60) };
    const { storage, resolve } = setup(profiles, {}, 'token');
    const bindings = [
      { item: { value: 'http://www.wikidata.org/entity/Q1' }, prop: { value: 'http://www.wikidata.org/prop/direct/P2037' }, id: { value: 'octo' } },
      { item: { value: 'http://www.wikidata.org/entity/Q1' }, prop: { value: 'http://www.wikidata.org/prop/direct/P2002' }, id: { value: 'octo_x' } },
    ];
    const queries: string[] = [];
    const sparql = vi.fn(async (url: string) => {
      queries.push(url);
      return new Response(JSON.stringify({ results: { bindings } }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const wikidataIdentity = createIdentityService({
      storage,
      service: { resolve, peek: async (ref: ProfileRef) => profiles[profileKey(ref) as keyof typeof profiles] ?? null } as never,
      context: async () => ({ fetch: sparql as unknown as typeof globalThis.fetch, settings: { githubToken: 'token' }, now: () => T0 }),
      now: () => T0,
    });
    await wikidataIdentity.discover(notable);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('query.wikidata.org');
    const view = await wikidataIdentity.view({ network: 'github', handle: 'octo' });
    expect(view.group).toEqual(['github:octo', 'x:octo_x']);
    expect(view.links.map((l) => [l.status, l.proof])).toEqual([['proved', 'wikidata']]);
    // A profile below a thousand followers costs Wikidata nothing.
    await wikidataIdentity.discover(profiles['x:octo_x']);
    expect(queries).toHaveLength(1);
  });
});

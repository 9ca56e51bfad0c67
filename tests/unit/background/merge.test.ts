import { describe, expect, it } from 'vitest';
import { mergeSignals, type SignalPart } from '../../../src/background/merge';

const T1 = Date.UTC(2025, 0, 1, 12, 0, 0);
const T2 = Date.UTC(2025, 0, 2, 12, 0, 0);
const iso = (time: number) => new Date(time).toISOString();

const api: SignalPart = {
  kind: 'api',
  at: T1,
  url: 'https://api.github.com/users/octocat',
  signals: {
    network: 'github',
    handle: 'octocat',
    observedAt: iso(T1),
    followers: 100,
    posts: 8,
    verified: true,
    createdAt: '2011-01-25T18:44:36Z',
    recent: { windowDays: 30, postsPerDay: 2, likesReceivedPerDay: 5 },
    extra: { stars: 40, forks: 3 },
    sources: [{ kind: 'api', at: iso(T1) }],
  },
};

const page: SignalPart = {
  kind: 'page',
  at: T2,
  url: 'https://github.com/octocat',
  signals: { network: 'github', handle: 'octocat', followers: 130, verified: false, following: 9, recent: { postsPerDay: 3 }, extra: { stars: 45 } },
};

describe('mergeSignals', () => {
  it('takes the newest value of each field, top level, recent.* and extra.*', () => {
    for (const parts of [[api, page], [page, api]]) {
      const { signals } = mergeSignals('github', 'octocat', parts);
      expect(signals).toEqual({
        network: 'github',
        handle: 'octocat',
        observedAt: iso(T2),
        followers: 130,
        posts: 8,
        following: 9,
        verified: false,
        createdAt: '2011-01-25T18:44:36Z',
        recent: { windowDays: 30, postsPerDay: 3, likesReceivedPerDay: 5 },
        extra: { stars: 45, forks: 3 },
        sources: [
          { kind: 'api', at: iso(T1), url: 'https://api.github.com/users/octocat' },
          { kind: 'page', at: iso(T2), url: 'https://github.com/octocat' },
        ],
      });
    }
  });

  it('names the part each field came from', () => {
    const { provenance } = mergeSignals('github', 'octocat', [page, api]);
    const fromApi = { kind: 'api', at: iso(T1), url: 'https://api.github.com/users/octocat' };
    const fromPage = { kind: 'page', at: iso(T2), url: 'https://github.com/octocat' };
    expect(provenance).toEqual({
      followers: fromPage,
      posts: fromApi,
      following: fromPage,
      verified: fromPage,
      createdAt: fromApi,
      'recent.windowDays': fromApi,
      'recent.postsPerDay': fromPage,
      'recent.likesReceivedPerDay': fromApi,
      'extra.stars': fromPage,
      'extra.forks': fromApi,
    });
  });

  it('lets an older part win where the newer one does not know the field', () => {
    const newer: SignalPart = { kind: 'page', at: T2, signals: { network: 'github', handle: 'octocat', followers: undefined } };
    const { signals, provenance } = mergeSignals('github', 'octocat', [api, newer]);
    expect(signals.followers).toBe(100);
    expect(provenance.followers).toEqual({ kind: 'api', at: iso(T1), url: 'https://api.github.com/users/octocat' });
    expect(signals.sources).toEqual([
      { kind: 'api', at: iso(T1), url: 'https://api.github.com/users/octocat' },
      { kind: 'page', at: iso(T2) },
    ]);
  });

  it('uses the network and handle it is given, never a part’s', () => {
    const { signals } = mergeSignals('github', 'octocat', [{ ...page, signals: { ...page.signals, handle: 'OctoCat' } }]);
    expect(signals).toMatchObject({ network: 'github', handle: 'octocat', observedAt: iso(T2) });
  });

  it('gives the page part the last word when both are of the same time', () => {
    const { signals, provenance } = mergeSignals('github', 'octocat', [{ ...api, at: T2 }, page]);
    expect(signals.followers).toBe(130);
    expect(provenance.posts.kind).toBe('api');
    expect(provenance.followers.kind).toBe('page');
  });

  it('merges nothing into the bare profile', () => {
    expect(mergeSignals('github', 'octocat', [])).toEqual({ signals: { network: 'github', handle: 'octocat', sources: [] }, provenance: {} });
  });
});

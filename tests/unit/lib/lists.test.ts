import { describe, expect, it } from 'vitest';
import { LISTS_KEY, MAX_ENTRIES, addToList, cleanListName, deleteList, loadLists, mergeEntries, parseLists, readEntry, removeFromList, snapshotEntry, updateLists, type ListEntry } from '../../../src/lib/lists';
import type { ScoredEntry } from '../../../src/lib/score-entry';
import { score } from '../../../src/score/engine';
import { topSignals } from '../../../src/score/top-signals';
import { memoryArea } from '../background/memory-area';

const FETCHED = Date.parse('2025-03-12T10:00:00Z');

function scored(handle: string, followers: number): ScoredEntry {
  const signals = { network: 'github', handle, observedAt: '2025-03-12T10:00:00Z', createdAt: '2015-01-01T00:00:00Z', followers, following: 10, posts: 300, extra: { stars: 900, repos: 12 } };
  return {
    key: `github:${handle}`,
    state: 'scored',
    result: score(signals),
    signals,
    fetchedAt: FETCHED,
    stale: false,
    provenance: { followers: { kind: 'api', url: 'https://api.github.com/users/' + handle, at: '2025-03-12T09:59:00Z' }, 'extra.stars': { kind: 'page', at: '2025-03-10T08:00:00Z' } },
  };
}

const entry = (key: string, fetchedAt: string, addedAt = fetchedAt, score = 50): ListEntry => ({
  key,
  addedAt,
  fetchedAt,
  score,
  pillars: { reach: 60, amplification: null, network: null, activity: 40 },
  confidence: 0.5,
  verdict: 'ok',
  signals: [{ name: 'followers', value: 100, contribution: 3.5 }],
});

describe('snapshotEntry', () => {
  it('keeps the score, the four pillars (null where nothing was known), the top five signals and their dates', () => {
    const source = scored('alice', 1200);
    const snapshot = snapshotEntry(source, new Date('2025-03-13T00:00:00Z'));
    expect(snapshot.key).toBe('github:alice');
    expect(snapshot.addedAt).toBe('2025-03-13T00:00:00.000Z');
    expect(snapshot.fetchedAt).toBe('2025-03-12T10:00:00.000Z');
    expect(snapshot.score).toBe(source.result.score);
    expect(snapshot.pillars.reach).toBe(source.result.pillars.reach.score);
    expect(snapshot.pillars.network).toBeNull();
    expect(snapshot.confidence).toBe(source.result.confidence);
    expect(snapshot.verdict).toBe(source.result.authenticity.verdict);
    expect(snapshot.signals.map((s) => s.name)).toEqual(topSignals(source.result, 5).map((s) => s.name));
    expect(snapshot.signals.length).toBeLessThanOrEqual(5);
    const followers = snapshot.signals.find((s) => s.name === 'followers');
    expect(followers).toMatchObject({ value: 1200, at: '2025-03-12T09:59:00.000Z', source: 'api' });
    expect(snapshot.signals.find((s) => s.name === 'stars')).toMatchObject({ value: 900, at: '2025-03-10T08:00:00.000Z', source: 'page' });
  });
});

describe('mergeEntries', () => {
  it('adds new profiles at the end and lets the snapshot fetched last win, keeping the first addedAt', () => {
    const old = entry('github:alice', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 40);
    const newer = entry('github:alice', '2025-03-10T00:00:00.000Z', '2025-03-10T00:00:00.000Z', 45);
    const bob = entry('github:bob', '2025-03-05T00:00:00.000Z');
    const merged = mergeEntries([old], [newer, bob]);
    expect(merged.entries.map((e) => [e.key, e.score, e.addedAt])).toEqual([
      ['github:alice', 45, '2025-03-01T00:00:00.000Z'],
      ['github:bob', 50, '2025-03-05T00:00:00.000Z'],
    ]);
    expect(merged).toMatchObject({ added: 1, updated: 1, unchanged: 0, dropped: 0 });
  });

  it('keeps the entry already there when the incoming snapshot is older or as old', () => {
    const current = entry('github:alice', '2025-03-10T00:00:00.000Z', '2025-03-10T00:00:00.000Z', 45);
    const older = entry('github:alice', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 40);
    const same = { ...current, score: 99 };
    const merged = mergeEntries([current], [older, same]);
    expect(merged.entries).toEqual([current]);
    expect(merged).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('drops profiles beyond the limit and says how many', () => {
    const full = Array.from({ length: MAX_ENTRIES }, (_, i) => entry(`github:user${i}`, '2025-03-01T00:00:00.000Z'));
    const merged = mergeEntries(full, [entry('github:late', '2025-03-01T00:00:00.000Z')]);
    expect(merged.entries).toHaveLength(MAX_ENTRIES);
    expect(merged.dropped).toBe(1);
  });
});

describe('lists', () => {
  it('makes a list on first add, adds to it after, removes an entry and deletes the list', () => {
    const first = addToList([], '  Candidates\n 2025 ', [entry('github:alice', '2025-03-01T00:00:00Z')]);
    expect(first.ok && first.lists).toEqual([{ name: 'Candidates 2025', entries: [entry('github:alice', '2025-03-01T00:00:00Z')] }]);
    if (!first.ok) return;
    const second = addToList(first.lists, 'Candidates 2025', [entry('github:bob', '2025-03-01T00:00:00Z')]);
    if (!second.ok) throw new Error('not added');
    expect(second.lists[0].entries.map((e) => e.key)).toEqual(['github:alice', 'github:bob']);
    const removed = removeFromList(second.lists, 'Candidates 2025', 'github:alice');
    expect(removed[0].entries.map((e) => e.key)).toEqual(['github:bob']);
    expect(deleteList(removed, 'Candidates 2025')).toEqual([]);
  });

  it('refuses a name of nothing but spaces', () => {
    expect(addToList([], ' \n ', [])).toEqual({ ok: false, reason: 'name' });
    expect(cleanListName('x'.repeat(100))).toHaveLength(60);
    expect(cleanListName(7)).toBeNull();
  });

  it('reads stored lists tolerantly: what is not a list or not an entry is left out', () => {
    const raw = [
      { name: 'Good', entries: [entry('github:alice', '2025-03-01T00:00:00Z'), { key: 'myspace:tom', score: 5, fetchedAt: '2025-01-01' }, 'junk'] },
      { name: '', entries: [] },
      { name: 'Good', entries: [] },
      'not a list',
      null,
    ];
    expect(parseLists(raw)).toEqual([{ name: 'Good', entries: [entry('github:alice', '2025-03-01T00:00:00.000Z')] }]);
    expect(parseLists({ lists: [] })).toEqual([]);
  });

  it('checks every field of an entry and names the first wrong one', () => {
    const good = entry('github:alice', '2025-03-01T00:00:00.000Z');
    expect(readEntry(good)).toEqual(good);
    expect(readEntry({ ...good, key: 'github:-bad-' })).toEqual({ field: 'key' });
    expect(readEntry({ ...good, key: undefined, network: 'myspace', handle: 'tom' })).toEqual({ field: 'network' });
    expect(readEntry({ ...good, key: undefined, network: 'GitHub', handle: '@Alice' })).toMatchObject({ key: 'github:alice' });
    expect(readEntry({ ...good, score: 0 })).toEqual({ field: 'score' });
    expect(readEntry({ ...good, score: '50' })).toEqual({ field: 'score' });
    expect(readEntry({ ...good, fetchedAt: 'yesterday' })).toEqual({ field: 'fetchedAt' });
    expect(readEntry({ ...good, pillars: { reach: 140 } })).toEqual({ field: 'pillars.reach' });
    expect(readEntry({ ...good, confidence: 2 })).toEqual({ field: 'confidence' });
    expect(readEntry({ ...good, verdict: 'fine' })).toEqual({ field: 'verdict' });
    // Signals that are not signals are dropped; a missing addedAt is now.
    const now = new Date('2025-04-01T00:00:00Z');
    const lax = readEntry({ key: 'bluesky:did:plc:abc123', score: 30, fetchedAt: '2025-03-01', signals: [{ name: 'followers', value: 'many' }, { name: 'posts', value: 5 }] }, now);
    expect(lax).toMatchObject({ key: 'bluesky:did:plc:abc123', addedAt: '2025-04-01T00:00:00.000Z', verdict: 'unknown', confidence: 0, signals: [{ name: 'posts', value: 5 }] });
  });

  it('keeps lists in storage under "lists", reading what is there before each change', async () => {
    const area = memoryArea({ [LISTS_KEY]: [{ name: 'A', entries: [] }] });
    await updateLists(area, (lists) => {
      const result = addToList(lists, 'B', [entry('github:bob', '2025-03-01T00:00:00.000Z')]);
      return result;
    });
    expect((await loadLists(area)).map((list) => list.name)).toEqual(['A', 'B']);
    // A failed change writes nothing.
    const writes = area.set.mock.calls.length;
    await updateLists(area, (lists) => addToList(lists, '   ', []));
    expect(area.set.mock.calls.length).toBe(writes);
  });
});

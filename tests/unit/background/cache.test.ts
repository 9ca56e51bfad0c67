import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache, type CacheOptions } from '../../../src/background/cache';
import { memoryArea } from './memory-area';

const INDEX = 'cacheIndex:p:';
const isString = (value: unknown): value is string => typeof value === 'string';
const record = (value: string, storedAt: number, maxAge: number) => ({ schema: 2, value, storedAt, maxAge });
/** What the cache counts a record as: its JSON length. */
const bytes = (value: string, storedAt: number, maxAge: number) => JSON.stringify(record(value, storedAt, maxAge)).length;

function setup({ area = memoryArea(), start = 1_000, ...options }: Partial<CacheOptions<string>> & { area?: ReturnType<typeof memoryArea>; start?: number } = {}) {
  const time = { now: start };
  const cache = createCache<string>(area, {
    prefix: 'p:',
    schema: 2,
    isValue: isString,
    maxEntries: 100,
    maxBytes: 1_000_000,
    now: () => time.now,
    ...options,
  });
  return { area, cache, time };
}

/** Sets each key at its own millisecond, 1001, 1002, ..., so that they are used in that order. */
async function fill(cache: ReturnType<typeof setup>['cache'], time: { now: number }, keys: string[]) {
  for (const [i, key] of keys.entries()) {
    time.now = 1_001 + i;
    await cache.set(key, 'v', 60_000);
  }
}

describe('createCache', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a record under its prefix, fresh until its max age, stale (still returned) from then on', async () => {
    const { area, cache, time } = setup();
    await cache.set('k', 'v', 500);
    expect(area.data.get('p:k')).toEqual(record('v', 1_000, 500));
    time.now = 1_499;
    expect(await cache.get('k')).toEqual({ value: 'v', storedAt: 1_000, fresh: true });
    time.now = 1_500;
    expect(await cache.get('k')).toEqual({ value: 'v', storedAt: 1_000, fresh: false });
    time.now = 99_000_000;
    expect(await cache.get('k')).toEqual({ value: 'v', storedAt: 1_000, fresh: false });
    expect(await cache.get('missing')).toBeUndefined();
  });

  it('writes its index a second after a change, and at once on flush()', async () => {
    const { area, cache, time } = setup();
    await cache.set('a', 'A', 500);
    expect(area.data.get(INDEX)).toEqual({ schema: 2, entries: [] }); // written by the start-up rebuild
    await vi.advanceTimersByTimeAsync(999);
    expect(area.data.get(INDEX)).toEqual({ schema: 2, entries: [] });
    await vi.advanceTimersByTimeAsync(1);
    expect(area.data.get(INDEX)).toEqual({ schema: 2, entries: [['a', 1_000, 1_000, bytes('A', 1_000, 500)]] });
    time.now = 1_200;
    await cache.get('a');
    await cache.flush();
    expect(area.data.get(INDEX)).toEqual({ schema: 2, entries: [['a', 1_000, 1_200, bytes('A', 1_000, 500)]] });
  });

  it('rebuilds a missing index from every record: migrates old schemas, drops what is corrupt', async () => {
    const area = memoryArea({
      'p:good': record('kept', 900, 500),
      'p:old': { value: 7, storedAt: 800, maxAge: 500 }, // schema 1: no schema field
      'p:old-unusable': { value: null, storedAt: 800, maxAge: 500 },
      'p:wrong-value': { schema: 2, value: 7, storedAt: 800, maxAge: 500 },
      'p:no-stored-at': { schema: 2, value: 'x', maxAge: 500 },
      'p:negative': { schema: 2, value: 'x', storedAt: -1, maxAge: 500 },
      'p:garbage': 'garbage',
      'p:null': null,
      'other:thing': 'untouched',
    });
    const migrate = vi.fn((raw: Record<string, unknown>) => (typeof raw.value === 'number' ? `migrated ${raw.value}` : undefined));
    const { cache } = setup({ area, migrate });
    await cache.ready;
    expect(area.get).toHaveBeenCalledWith(null);
    expect(migrate.mock.calls.map(([raw]) => raw.value)).toEqual([7, null]);
    expect([...area.data.keys()].sort()).toEqual([INDEX, 'other:thing', 'p:good', 'p:old']);
    expect(area.data.get('p:old')).toEqual(record('migrated 7', 800, 500));
    expect(area.data.get('other:thing')).toBe('untouched');
    const sizes = [bytes('kept', 900, 500), bytes('migrated 7', 800, 500)];
    expect(area.data.get(INDEX)).toEqual({ schema: 2, entries: [['good', 900, 900, sizes[0]], ['old', 800, 800, sizes[1]]] });
    expect(cache.stats()).toEqual({ entries: 2, bytes: sizes[0] + sizes[1], loadMs: expect.any(Number), rebuilt: true, evicted: 0 });
    expect(await cache.get('old')).toEqual({ value: 'migrated 7', storedAt: 800, fresh: true });
    expect(await cache.get('wrong-value')).toBeUndefined();
  });

  it('rebuilds an index that is corrupt or of another schema', async () => {
    for (const index of ['garbage', { schema: 1, entries: [] }, { schema: 2, entries: 'none' }]) {
      const area = memoryArea({ 'p:a': record('A', 900, 500), [INDEX]: index });
      const { cache } = setup({ area });
      await cache.ready;
      expect(cache.stats()).toMatchObject({ rebuilt: true, entries: 1, bytes: bytes('A', 900, 500) });
      expect(area.data.get(INDEX)).toEqual({ schema: 2, entries: [['a', 900, 900, bytes('A', 900, 500)]] });
    }
  });

  it('reuses a stored index after a restart: no full read, and one storage read for many keys', async () => {
    const { area, cache, time } = setup();
    await cache.set('a', 'A', 5_000);
    time.now = 2_000;
    await cache.set('c', 'C', 5_000);
    await cache.flush();
    area.get.mockClear();
    const restarted = setup({ area, start: 3_000 }).cache;
    await restarted.ready;
    expect(area.get.mock.calls).toEqual([[[INDEX]]]);
    expect(restarted.stats()).toEqual({ ...cache.stats(), loadMs: expect.any(Number), rebuilt: false });
    const found = await restarted.getMany(['a', 'b', 'c']);
    expect(area.get.mock.calls[1]).toEqual([['p:a', 'p:b', 'p:c']]);
    expect(found).toEqual(
      new Map([
        ['a', { value: 'A', storedAt: 1_000, fresh: true }],
        ['c', { value: 'C', storedAt: 2_000, fresh: true }],
      ]),
    );
    await restarted.getMany(['a', 'c']); // now in memory
    expect(area.get).toHaveBeenCalledTimes(2);
  });

  it('drops a record that is corrupt or gone behind a stored index, and reads it as a miss', async () => {
    const { area, cache } = setup();
    await cache.set('a', 'A', 500);
    await cache.set('b', 'B', 500);
    await cache.flush();
    area.data.set('p:a', { schema: 2, value: 42, storedAt: 1_000, maxAge: 500 });
    area.data.delete('p:b');
    const restarted = setup({ area }).cache;
    expect(await restarted.getMany(['a', 'b'])).toEqual(new Map());
    expect(area.remove).toHaveBeenLastCalledWith(['p:a']);
    expect(area.data.has('p:a')).toBe(false);
    expect(restarted.stats()).toMatchObject({ entries: 0, bytes: 0, rebuilt: false });
  });

  it('evicts the least recently used beyond maxEntries, to 5% under it; a get counts as a use', async () => {
    const { area, cache, time } = setup({ maxEntries: 20 });
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    await fill(cache, time, keys);
    expect(cache.stats()).toMatchObject({ entries: 20, evicted: 0 });
    time.now = 2_000;
    expect((await cache.get('k0'))?.value).toBe('v');
    time.now = 2_001;
    await cache.set('k20', 'v', 60_000);
    expect(area.remove).toHaveBeenCalledWith(['p:k1', 'p:k2']);
    expect(cache.stats()).toMatchObject({ entries: 19, evicted: 2 });
    expect([...(await cache.getMany(['k0', 'k1', 'k2', 'k3', 'k20'])).keys()]).toEqual(['k0', 'k3', 'k20']);
    expect([...area.data.keys()].filter((key) => key.startsWith('p:'))).toHaveLength(19);
  });

  it('evicts the least recently used beyond maxBytes', async () => {
    const size = bytes('v', 1_001, 60_000);
    const { area, cache, time } = setup({ maxBytes: Math.floor(3.5 * size) });
    await fill(cache, time, ['a', 'b', 'c']);
    time.now = 1_004;
    await cache.get('a');
    time.now = 1_005;
    await cache.set('d', 'v', 60_000);
    expect(area.remove).toHaveBeenCalledWith(['p:b']);
    expect(cache.stats()).toMatchObject({ entries: 3, bytes: 3 * size, evicted: 1 });
    expect([...(await cache.getMany(['a', 'b', 'c', 'd'])).keys()]).toEqual(['a', 'c', 'd']);
  });

  it('on a quota error, evicts the least recently used and writes the new record once more', async () => {
    const { area, cache, time } = setup();
    await fill(cache, time, ['a', 'b', 'c', 'd']);
    area.failNextSet();
    area.set.mockClear();
    time.now = 1_005;
    await cache.set('e', 'v', 60_000);
    expect(area.set.mock.calls).toEqual([[{ 'p:e': record('v', 1_005, 60_000) }], [{ 'p:e': record('v', 1_005, 60_000) }]]);
    expect(area.remove).toHaveBeenCalledWith(['p:a']);
    expect([...area.data.keys()].filter((key) => key.startsWith('p:')).sort()).toEqual(['p:b', 'p:c', 'p:d', 'p:e']);
    expect(cache.stats()).toMatchObject({ entries: 4, evicted: 1 });
    expect(await cache.get('e')).toEqual({ value: 'v', storedAt: 1_005, fresh: true });
  });

  it('forgets the new record when the second write fails too', async () => {
    const { area, cache, time } = setup();
    await fill(cache, time, ['a', 'b', 'c', 'd']);
    area.failNextSet(2);
    await cache.set('e', 'v', 60_000);
    expect(area.data.has('p:e')).toBe(false);
    expect(await cache.get('e')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 3, evicted: 1 });
  });

  it('keeps a large new record after a quota error, even when the cache held little else', async () => {
    const { area, cache } = setup();
    await cache.set('small', 's', 500);
    area.failNextSet();
    await cache.set('big', 'x'.repeat(1_000), 500);
    expect(area.data.get('p:big')).toEqual(record('x'.repeat(1_000), 1_000, 500));
    expect((await cache.get('big'))?.value).toBe('x'.repeat(1_000));
    expect(cache.stats().entries).toBe(1);
  });

  it('finds a record written after the last index save (a stop came first), and counts it', async () => {
    const { area, cache } = setup();
    await cache.set('a', 'A', 500);
    await cache.flush();
    area.data.set('p:late', record('L', 1_000, 500));
    const restarted = setup({ area }).cache;
    expect(await restarted.get('late')).toEqual({ value: 'L', storedAt: 1_000, fresh: true });
    expect(restarted.stats()).toMatchObject({ entries: 2, rebuilt: false });
  });

  it('reconciles a stored index with the stored keys at start-up, where the area lists them', async () => {
    const { area, cache } = setup({ area: memoryArea({}, { listKeys: true }) });
    await cache.set('a', 'A', 500);
    await cache.set('gone', 'G', 500);
    await cache.flush();
    area.data.delete('p:gone');
    area.data.set('p:late', record('L', 900, 500));
    area.data.set('p:late-corrupt', { schema: 2, value: 1, storedAt: 900, maxAge: 500 });
    const restarted = setup({ area }).cache;
    await restarted.ready;
    expect(restarted.stats()).toMatchObject({ entries: 2, bytes: bytes('A', 1_000, 500) + bytes('L', 900, 500), rebuilt: false });
    expect(area.data.has('p:late-corrupt')).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    const saved = (area.data.get(INDEX) as { entries: unknown[][] }).entries.map((row) => row[0]);
    expect(saved).toEqual(['a', 'late']);
  });

  it('trims records beyond its bounds at start-up, least recently stored first', async () => {
    const records = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`p:k${i}`, record('v', 900 + i, 500)]));
    const { area, cache } = setup({ area: memoryArea(records), maxEntries: 4 });
    await cache.ready;
    expect(cache.stats()).toMatchObject({ entries: 3, evicted: 2 });
    expect([...area.data.keys()].filter((key) => key.startsWith('p:'))).toEqual(['p:k3', 'p:k4', 'p:k5']);
  });

  it('deletes one key, and clears only its own keys and index', async () => {
    const { area, cache } = setup({ area: memoryArea({ 'other:x': 1 }) });
    await cache.set('a', 'A', 500);
    await cache.set('b', 'B', 500);
    await cache.flush();
    await cache.delete('a');
    expect(area.data.has('p:a')).toBe(false);
    expect(await cache.get('a')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: bytes('B', 1_000, 500) });
    await cache.clear();
    expect([...area.data.keys()]).toEqual(['other:x']);
    expect(await cache.get('b')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../src/background/cache';
import { memoryArea } from './memory-area';

const isNumber = (value: unknown): value is number => typeof value === 'number';

function clock(start: number) {
  const time = { now: start };
  return { time, now: () => time.now };
}

describe('createCache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stores a record under its prefix with the time it was stored and its max age', async () => {
    const area = memoryArea();
    const { now } = clock(1_000);
    const cache = createCache<{ score: number }>(area, { prefix: 'profile:', now });
    await cache.set('github:octo', { score: 42 }, 500);
    expect(Object.fromEntries(area.data)).toEqual({ 'profile:github:octo': { value: { score: 42 }, storedAt: 1_000, maxAge: 500 } });
  });

  it('is fresh within its max age and stale from then on, still returning the value', async () => {
    const { time, now } = clock(1_000);
    const cache = createCache<string>(memoryArea(), { prefix: 'p:', now });
    await cache.set('k', 'v', 500);
    expect(await cache.get('k')).toEqual({ value: 'v', storedAt: 1_000, fresh: true });
    time.now = 1_499;
    expect((await cache.get('k'))?.fresh).toBe(true);
    time.now = 1_500;
    expect(await cache.get('k')).toEqual({ value: 'v', storedAt: 1_000, fresh: false });
    time.now = 99_999;
    expect((await cache.get('k'))?.value).toBe('v');
  });

  it('uses Date.now when no clock is given', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(5_000_000);
    const cache = createCache<number>(memoryArea(), { prefix: 'p:' });
    await cache.set('k', 7, 60_000);
    expect(await cache.get('k')).toEqual({ value: 7, storedAt: 5_000_000, fresh: true });
    vi.setSystemTime(5_060_000);
    expect((await cache.get('k'))?.fresh).toBe(false);
  });

  it('answers undefined for a missing key', async () => {
    const cache = createCache<number>(memoryArea(), { prefix: 'p:', now: () => 0 });
    expect(await cache.get('nothing')).toBeUndefined();
  });

  it('treats corrupt records as misses, without throwing', async () => {
    const area = memoryArea({
      'p:string': 'garbage',
      'p:null': null,
      'p:array': [1, 2, 3],
      'p:no-stored-at': { value: 1, maxAge: 10 },
      'p:negative': { value: 1, storedAt: -5, maxAge: 10 },
      'p:text-age': { value: 1, storedAt: 0, maxAge: '10' },
      'p:wrong-value': { value: 'one', storedAt: 0, maxAge: 10 },
      'p:good': { value: 1, storedAt: 0, maxAge: 10 },
    });
    const cache = createCache<number>(area, { prefix: 'p:', now: () => 5, isValue: isNumber });
    const keys = ['string', 'null', 'array', 'no-stored-at', 'negative', 'text-age', 'wrong-value', 'good'];
    const found = await cache.getMany(keys);
    expect([...found.keys()]).toEqual(['good']);
    for (const key of keys.slice(0, -1)) expect(await cache.get(key)).toBeUndefined();
  });

  it('reads many keys in one storage call and returns only the hits, by unprefixed key', async () => {
    const area = memoryArea();
    const cache = createCache<number>(area, { prefix: 'p:', now: () => 100 });
    await cache.set('a', 1, 50);
    await cache.set('c', 3, 500);
    area.get.mockClear();
    const found = await cache.getMany(['a', 'b', 'c']);
    expect(area.get).toHaveBeenCalledTimes(1);
    expect(area.get).toHaveBeenCalledWith(['p:a', 'p:b', 'p:c']);
    expect(found).toEqual(
      new Map([
        ['a', { value: 1, storedAt: 100, fresh: true }],
        ['c', { value: 3, storedAt: 100, fresh: true }],
      ]),
    );
  });

  it('deletes a key, and keeps prefixes apart', async () => {
    const area = memoryArea();
    const profiles = createCache<number>(area, { prefix: 'profile:', now: () => 0 });
    const history = createCache<number>(area, { prefix: 'history:', now: () => 0 });
    await profiles.set('x', 1, 10);
    await history.set('x', 2, 10);
    expect((await profiles.get('x'))?.value).toBe(1);
    expect((await history.get('x'))?.value).toBe(2);
    await profiles.delete('x');
    expect(await profiles.get('x')).toBeUndefined();
    expect((await history.get('x'))?.value).toBe(2);
    expect([...area.data.keys()]).toEqual(['history:x']);
  });

  it('reads back what a second cache over the same area (a restarted worker) stored', async () => {
    const area = memoryArea();
    await createCache<string>(area, { prefix: 'p:', now: () => 10 }).set('k', 'kept', 100);
    expect(await createCache<string>(area, { prefix: 'p:', now: () => 20 }).get('k')).toEqual({ value: 'kept', storedAt: 10, fresh: true });
  });
});

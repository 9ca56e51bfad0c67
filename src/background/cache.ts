// A tiny cache over an extension storage area: get, set with a max age, and stale reads for
// stale-while-revalidate. It lives in storage, so it survives the service worker's restarts.
import { isCount, isRecord } from '../lib/guards';

/** The part of browser.storage.StorageArea the cache uses; tests pass an in-memory one. */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface Cached<T> {
  value: T;
  storedAt: number;
  /** Within its max age. A stale value is still returned, for the caller to show while it refreshes. */
  fresh: boolean;
}

interface Record_<T> {
  value: T;
  storedAt: number;
  maxAge: number;
}

export interface Cache<T> {
  get(key: string): Promise<Cached<T> | undefined>;
  getMany(keys: string[]): Promise<Map<string, Cached<T>>>;
  set(key: string, value: T, maxAgeMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createCache<T>(
  area: KeyValueArea,
  options: { prefix: string; now?: () => number; isValue?: (value: unknown) => value is T },
): Cache<T> {
  const now = options.now ?? Date.now;
  const storageKey = (key: string) => `${options.prefix}${key}`;

  function read(raw: unknown): Cached<T> | undefined {
    // Anything unreadable is a miss: a corrupt entry is refetched, never thrown.
    if (!isRecord(raw) || !isCount(raw.storedAt) || !isCount(raw.maxAge)) return undefined;
    if (options.isValue && !options.isValue(raw.value)) return undefined;
    const record = raw as unknown as Record_<T>;
    return { value: record.value, storedAt: record.storedAt, fresh: now() - record.storedAt < record.maxAge };
  }

  async function getMany(keys: string[]): Promise<Map<string, Cached<T>>> {
    const stored = await area.get(keys.map(storageKey));
    const found = new Map<string, Cached<T>>();
    for (const key of keys) {
      const cached = read(stored[storageKey(key)]);
      if (cached) found.set(key, cached);
    }
    return found;
  }

  return {
    getMany,
    async get(key) {
      return (await getMany([key])).get(key);
    },
    async set(key, value, maxAgeMs) {
      const record: Record_<T> = { value, storedAt: now(), maxAge: maxAgeMs };
      await area.set({ [storageKey(key)]: record });
    },
    async delete(key) {
      await area.remove([storageKey(key)]);
    },
  };
}

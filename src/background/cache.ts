// A bounded cache over an extension storage area: get, set with a max age, and stale reads
// for stale-while-revalidate. Each value is its own storage key, so a write costs one entry;
// an index of all keys (when stored, when last used, how big) is loaded once at start-up and
// decides what to evict: the least recently used, beyond a count or a size. It lives in
// storage, so it survives service-worker and browser restarts. A record of another schema is
// migrated or dropped, a corrupt one dropped: never thrown.
import { isCount, isRecord } from '../lib/guards';

/** The part of browser.storage.StorageArea the cache uses; tests pass an in-memory one. */
export interface KeyValueArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key, without the values (Chrome 130+); the cache reconciles its index with it. */
  getKeys?(): Promise<string[]>;
}

export interface Cached<T> {
  value: T;
  storedAt: number;
  /** Within its max age. A stale value is still returned, for the caller to show while it refreshes. */
  fresh: boolean;
}

interface StoredRecord<T> {
  schema: number;
  value: T;
  storedAt: number;
  maxAge: number;
}

interface IndexEntry {
  storedAt: number;
  lastUsed: number;
  bytes: number;
}

export interface CacheOptions<T> {
  prefix: string;
  schema: number;
  isValue(value: unknown): value is T;
  /** Turns a record of an older schema into a value of this one; undefined drops it. */
  migrate?(record: Record<string, unknown>): T | undefined;
  maxEntries: number;
  maxBytes: number;
  hotEntries?: number;
  now?: () => number;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  /** How long the start-up load took, and whether it had to rebuild the index from every record. */
  loadMs: number;
  rebuilt: boolean;
  evicted: number;
}

const INDEX_SAVE_DELAY_MS = 1000;

export function createCache<T>(area: KeyValueArea, options: CacheOptions<T>) {
  const now = options.now ?? Date.now;
  const indexKey = `cacheIndex:${options.prefix}`;
  const storageKey = (key: string) => `${options.prefix}${key}`;
  const index = new Map<string, IndexEntry>();
  const hot = new Map<string, StoredRecord<T>>();
  const stats: CacheStats = { entries: 0, bytes: 0, loadMs: 0, rebuilt: false, evicted: 0 };
  let totalBytes = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  function remember(key: string, record: StoredRecord<T>): void {
    hot.delete(key);
    hot.set(key, record);
    if (hot.size > (options.hotEntries ?? 1000)) hot.delete(hot.keys().next().value!);
  }

  function indexSet(key: string, entry: IndexEntry): void {
    totalBytes += entry.bytes - (index.get(key)?.bytes ?? 0);
    index.set(key, entry);
  }

  function indexDelete(key: string): void {
    totalBytes -= index.get(key)?.bytes ?? 0;
    index.delete(key);
    hot.delete(key);
  }

  function saveIndexSoon(): void {
    saveTimer ??= setTimeout(() => {
      saveTimer = undefined;
      void saveIndex();
    }, INDEX_SAVE_DELAY_MS);
  }

  async function saveIndex(): Promise<void> {
    const entries = [...index].map(([key, e]) => [key, e.storedAt, e.lastUsed, e.bytes]);
    await area.set({ [indexKey]: { schema: options.schema, entries } }).catch(() => {});
  }

  /** The record's value, migrated if it is of an older schema; undefined when unusable. */
  function readRecord(raw: unknown): StoredRecord<T> | undefined {
    if (!isRecord(raw) || !isCount(raw.storedAt) || !isCount(raw.maxAge)) return undefined;
    if (raw.schema === options.schema) return options.isValue(raw.value) ? (raw as unknown as StoredRecord<T>) : undefined;
    const value = options.migrate?.(raw);
    return value !== undefined && options.isValue(value) ? { schema: options.schema, value, storedAt: raw.storedAt, maxAge: raw.maxAge } : undefined;
  }

  /** Adds stored records to the index (migrating old ones, dropping corrupt ones); returns how many. */
  async function adopt(records: Record<string, unknown>): Promise<number> {
    const drop: string[] = [];
    const migrated: Record<string, unknown> = {};
    let adopted = 0;
    for (const [storage, raw] of Object.entries(records)) {
      if (!storage.startsWith(options.prefix)) continue;
      const key = storage.slice(options.prefix.length);
      const record = readRecord(raw);
      if (!record) {
        drop.push(storage);
        continue;
      }
      if (!isRecord(raw) || raw.schema !== options.schema) migrated[storage] = record;
      indexSet(key, { storedAt: record.storedAt, lastUsed: record.storedAt, bytes: JSON.stringify(record).length });
      adopted++;
    }
    if (drop.length > 0) await area.remove(drop);
    if (Object.keys(migrated).length > 0) await area.set(migrated);
    return adopted;
  }

  async function rebuild(): Promise<void> {
    stats.rebuilt = true;
    await adopt(await area.get(null));
    await saveIndex();
  }

  /** The index is saved a moment after changes; records written since (a stop came first) are adopted now. */
  async function reconcile(): Promise<void> {
    if (!area.getKeys) return;
    const stored = new Set((await area.getKeys()).filter((k) => k.startsWith(options.prefix)));
    for (const key of [...index.keys()]) if (!stored.has(storageKey(key))) indexDelete(key);
    const unindexed = [...stored].filter((k) => !index.has(k.slice(options.prefix.length)));
    if (unindexed.length > 0 && (await adopt(await area.get(unindexed))) > 0) saveIndexSoon();
  }

  const ready = (async () => {
    const started = performance.now();
    try {
      const raw = (await area.get([indexKey]))[indexKey];
      if (isRecord(raw) && raw.schema === options.schema && Array.isArray(raw.entries)) {
        for (const row of raw.entries) {
          if (Array.isArray(row) && typeof row[0] === 'string' && row.slice(1, 4).every(isCount)) {
            indexSet(row[0], { storedAt: row[1], lastUsed: row[2], bytes: row[3] });
          }
        }
        await reconcile();
      } else {
        await rebuild();
      }
      // Records written past the bounds (by an older version, or by hand) are trimmed now.
      await evictIfNeeded();
    } catch {
      // Unreadable storage: start empty; what is fetched from now on is kept.
    }
    stats.loadMs = performance.now() - started;
  })();

  /** Evicts the least recently used until 5% under the limits (maxBytes: lower after a quota error), sparing `keep`. */
  async function evictIfNeeded(maxBytes = options.maxBytes, keep?: string): Promise<void> {
    if (index.size <= options.maxEntries && totalBytes <= maxBytes) return;
    const targetEntries = Math.floor(options.maxEntries * 0.95);
    const targetBytes = Math.floor(maxBytes * 0.95);
    const oldestFirst = [...index].sort((a, b) => a[1].lastUsed - b[1].lastUsed).map(([key]) => key);
    const evicted: string[] = [];
    for (const key of oldestFirst) {
      if (index.size <= targetEntries && totalBytes <= targetBytes) break;
      if (key === keep) continue;
      indexDelete(key);
      evicted.push(key);
    }
    stats.evicted += evicted.length;
    if (evicted.length > 0) await area.remove(evicted.map(storageKey));
    saveIndexSoon();
  }

  function toCached(record: StoredRecord<T>): Cached<T> {
    return { value: record.value, storedAt: record.storedAt, fresh: now() - record.storedAt < record.maxAge };
  }

  async function getMany(keys: string[]): Promise<Map<string, Cached<T>>> {
    await ready;
    const found = new Map<string, Cached<T>>();
    // Keys the index does not know are looked for too: a record written just before a stop
    // may not be in the saved index yet (where the browser cannot list keys to reconcile).
    const missing = keys.filter((key) => !hot.has(key));
    const stored = missing.length > 0 ? await area.get(missing.map(storageKey)) : {};
    const drop: string[] = [];
    for (const key of keys) {
      const raw = stored[storageKey(key)];
      if (!index.has(key) && raw === undefined) continue;
      const record = hot.get(key) ?? readRecord(raw);
      if (!record) {
        // Gone or corrupt: forget it, and it will be fetched again.
        indexDelete(key);
        if (raw !== undefined) drop.push(storageKey(key));
        continue;
      }
      if (!index.has(key)) indexSet(key, { storedAt: record.storedAt, lastUsed: now(), bytes: JSON.stringify(record).length });
      remember(key, record);
      index.get(key)!.lastUsed = now();
      found.set(key, toCached(record));
    }
    if (drop.length > 0) await area.remove(drop).catch(() => {});
    if (found.size > 0 || drop.length > 0) saveIndexSoon();
    return found;
  }

  async function set(key: string, value: T, maxAgeMs: number): Promise<void> {
    await ready;
    const record: StoredRecord<T> = { schema: options.schema, value, storedAt: now(), maxAge: maxAgeMs };
    indexSet(key, { storedAt: record.storedAt, lastUsed: now(), bytes: JSON.stringify(record).length });
    remember(key, record);
    await evictIfNeeded();
    try {
      await area.set({ [storageKey(key)]: record });
    } catch {
      // Over the storage quota: make room (the new record, just used, goes last) and try once more.
      await evictIfNeeded(Math.floor(totalBytes * 0.9), key);
      await area.set({ [storageKey(key)]: record }).catch(() => indexDelete(key));
    }
    saveIndexSoon();
  }

  return {
    ready,
    getMany,
    set,
    async get(key: string): Promise<Cached<T> | undefined> {
      return (await getMany([key])).get(key);
    },
    async delete(key: string): Promise<void> {
      await ready;
      indexDelete(key);
      await area.remove([storageKey(key)]);
      saveIndexSoon();
    },
    async clear(): Promise<void> {
      await ready;
      const keys = [...index.keys()];
      keys.forEach(indexDelete);
      await area.remove([...keys.map(storageKey), indexKey]);
    },
    /** Writes the index now (it is otherwise written a moment after changes). */
    flush: saveIndex,
    stats(): CacheStats {
      return { ...stats, entries: index.size, bytes: totalBytes };
    },
  };
}

export type Cache<T> = ReturnType<typeof createCache<T>>;

// An in-memory KeyValueArea that, like extension storage, hands out copies, never its own objects.
// get(null) returns everything; failNextSet() makes the next set calls throw, as storage.local
// does over its quota, writing nothing; with { listKeys: true } it has getKeys (Chrome 130+).
import { vi } from 'vitest';
import type { KeyValueArea } from '../../../src/background/cache';

export const QUOTA_ERROR_MESSAGE = 'Resource::kQuotaBytes quota exceeded';

export function memoryArea(initial: Record<string, unknown> = {}, { listKeys = false } = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  let failingSets = 0;
  const area = {
    data,
    get: vi.fn(async (keys: string[] | null) =>
      Object.fromEntries(
        (keys ?? [...data.keys()]).filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]),
      ),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => {
      if (failingSets > 0) {
        failingSets -= 1;
        throw new Error(QUOTA_ERROR_MESSAGE);
      }
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    }),
    remove: vi.fn(async (keys: string[]) => {
      for (const key of keys) data.delete(key);
    }),
    getKeys: listKeys ? vi.fn(async () => [...data.keys()]) : undefined,
    /** The next `count` calls of set throw a quota error and write nothing. */
    failNextSet(count = 1): void {
      failingSets = count;
    },
  };
  return area satisfies KeyValueArea;
}

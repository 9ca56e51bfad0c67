// An in-memory KeyValueArea that, like extension storage, hands out copies, never its own objects.
import { vi } from 'vitest';
import type { KeyValueArea } from '../../../src/background/cache';

export function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const area = {
    data,
    get: vi.fn(async (keys: string[]) =>
      Object.fromEntries(keys.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))])),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    }),
    remove: vi.fn(async (keys: string[]) => {
      for (const key of keys) data.delete(key);
    }),
  };
  return area satisfies KeyValueArea;
}

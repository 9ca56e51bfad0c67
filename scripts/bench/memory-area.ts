// Extension storage in memory for the benchmarks: copies in, copies out, as storage does.
import type { KeyValueArea } from '../../src/background/cache';

export function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return {
    get: async (keys) => Object.fromEntries((keys ?? [...data.keys()]).filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => void Object.entries(structuredClone(items)).forEach(([k, v]) => data.set(k, v)),
    remove: async (keys) => keys.forEach((k) => data.delete(k)),
  };
}

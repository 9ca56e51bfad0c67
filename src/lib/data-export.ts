// Export and import of everything the user made: settings (without the credentials unless they
// ask for them), shortlists and their own profiles' history. The cache is left out: it is
// rebuilt from the networks. An import is checked whole before anything is written, and it
// merges into what is there (nothing kept is deleted), in one write.
import { isRecord } from './guards';
import { LISTS_KEY, addToList, parseLists, type ProfileList } from './lists';
import { SECRET_FIELDS, SETTINGS_KEY, parseSettings, type Settings } from './settings';

export const DATA_FORMAT = 'influence-badges.data';
export const DATA_VERSION = 1;
/** Larger than a year of history for hundreds of profiles: anything bigger is not ours. */
export const MAX_IMPORT_CHARS = 20_000_000;
const LIST_FILE_FORMAT = 'influence-badges.list';

export interface DataFile {
  format: typeof DATA_FORMAT;
  version: number;
  exportedAt: string;
  includesSecrets: boolean;
  /** Storage keys and their values, as kept in storage.local. */
  data: Record<string, unknown>;
}

export interface DataArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  getKeys?(): Promise<string[]>;
}

/** One kind of user data: which storage keys hold it, how a value is checked, and how an imported one joins the one kept. */
interface DataKind<T> {
  name: 'settings' | 'lists' | 'history';
  holds(key: string): boolean;
  /** The value checked and cleaned, or undefined when it is not this kind's. */
  read(raw: unknown): T | undefined;
  merge(current: T | undefined, imported: T): T;
}

const settingsKind: DataKind<Settings> = {
  name: 'settings',
  holds: (key) => key === SETTINGS_KEY,
  read: (raw) => (isRecord(raw) ? parseSettings(raw) : undefined),
  merge(current, imported) {
    if (!current) return { ...imported, mastodonInstances: [] };
    const merged: Settings = {
      ...imported,
      enabledSites: { ...current.enabledSites, ...imported.enabledSites },
      maxAgeHours: { ...current.maxAgeHours, ...imported.maxAgeHours },
      ownProfiles: [...new Set([...current.ownProfiles, ...imported.ownProfiles])],
      // Another instance needs this browser's permission, asked in a click on its page: the ones kept stay, no others come in.
      mastodonInstances: current.mastodonInstances,
    };
    // A file without credentials does not remove the ones kept here.
    for (const field of SECRET_FIELDS) if (!imported[field]) merged[field] = current[field];
    return merged;
  },
};

const listsKind: DataKind<ProfileList[]> = {
  name: 'lists',
  holds: (key) => key === LISTS_KEY,
  read: (raw) => (Array.isArray(raw) ? parseLists(raw) : undefined),
  merge(current, imported) {
    let lists = current ?? [];
    for (const list of imported) {
      const result = addToList(lists, list.name, list.entries);
      if (result.ok) lists = result.lists;
    }
    return lists;
  },
};

interface Snapshot {
  date: string;
  score: number;
  pillars: Record<string, number>;
  signals: Record<string, number>;
}

const numbersOnly = (raw: unknown): raw is Record<string, number> =>
  isRecord(raw) && Object.values(raw).every((value) => typeof value === 'number' && Number.isFinite(value));

function readSnapshot(raw: unknown): Snapshot | undefined {
  if (!isRecord(raw) || typeof raw.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.date)) return undefined;
  if (typeof raw.score !== 'number' || !(raw.score >= 1 && raw.score <= 100)) return undefined;
  if (!numbersOnly(raw.pillars) || !numbersOnly(raw.signals)) return undefined;
  return { date: raw.date, score: raw.score, pillars: raw.pillars, signals: raw.signals };
}

const historyKind: DataKind<Snapshot[]> = {
  name: 'history',
  // `history:<network>:<handle>`, as src/background/history.ts keeps them.
  holds: (key) => /^history:[a-z][a-z0-9-]*:\S+$/.test(key),
  read(raw) {
    if (!Array.isArray(raw)) return undefined;
    const snapshots = raw.map(readSnapshot);
    return snapshots.every((s): s is Snapshot => s !== undefined) ? snapshots : undefined;
  },
  merge(current, imported) {
    // One snapshot a day: the one kept here wins a day both have.
    const byDate = new Map(imported.map((s) => [s.date, s]));
    for (const snapshot of current ?? []) byDate.set(snapshot.date, snapshot);
    return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  },
};

const KINDS: readonly DataKind<unknown>[] = [settingsKind, listsKind, historyKind] as DataKind<unknown>[];
const kindOf = (key: string) => KINDS.find((kind) => kind.holds(key));

/** The file's content: the user's data from storage, credentials blanked unless includeSecrets. */
export async function exportData(area: DataArea, { includeSecrets, now = new Date() }: { includeSecrets: boolean; now?: Date }): Promise<DataFile> {
  // Only the keys are listed first where the browser can (Chrome 130+): the cache's values are not read.
  const keys = area.getKeys ? (await area.getKeys()).filter((key) => kindOf(key)) : null;
  const stored = keys === null || keys.length > 0 ? await area.get(keys) : {};
  const data: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(stored).sort(([a], [b]) => a.localeCompare(b))) {
    const value = kindOf(key)?.read(raw);
    if (value === undefined) continue;
    data[key] = value;
  }
  if (!includeSecrets && isRecord(data[SETTINGS_KEY])) {
    data[SETTINGS_KEY] = { ...data[SETTINGS_KEY], ...Object.fromEntries(SECRET_FIELDS.map((field) => [field, ''])) };
  }
  return { format: DATA_FORMAT, version: DATA_VERSION, exportedAt: now.toISOString(), includesSecrets: includeSecrets, data };
}

export function exportFileName(now: Date = new Date()): string {
  return `influence-badges-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportProblem = 'too-large' | 'not-json' | 'list-file' | 'not-ours' | 'newer-version' | 'invalid-entry' | 'empty';

export type ParsedImport =
  | { ok: true; file: DataFile; counts: Record<DataKind<unknown>['name'], number>; skipped: string[] }
  | { ok: false; problem: ImportProblem; key?: string };

/** A file's text checked whole: every entry of a kind this extension keeps must be valid; keys of no known kind are skipped. */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (isRecord(json) && json.format === LIST_FILE_FORMAT) return { ok: false, problem: 'list-file' };
  if (!isRecord(json) || json.format !== DATA_FORMAT || !isRecord(json.data)) return { ok: false, problem: 'not-ours' };
  if (typeof json.version !== 'number' || json.version > DATA_VERSION) return { ok: false, problem: 'newer-version' };
  const data: Record<string, unknown> = {};
  const counts = { settings: 0, lists: 0, history: 0 };
  const skipped: string[] = [];
  for (const [key, raw] of Object.entries(json.data)) {
    const kind = kindOf(key);
    if (!kind) {
      skipped.push(key);
      continue;
    }
    const value = kind.read(raw);
    if (value === undefined) return { ok: false, problem: 'invalid-entry', key };
    data[key] = value;
    counts[kind.name] += kind.name === 'lists' ? (value as ProfileList[]).length : 1;
  }
  if (Object.keys(data).length === 0) return { ok: false, problem: 'empty' };
  const exportedAt = typeof json.exportedAt === 'string' ? json.exportedAt : '';
  return { ok: true, file: { format: DATA_FORMAT, version: json.version, exportedAt, includesSecrets: json.includesSecrets === true, data }, counts, skipped };
}

/** Merges a checked file into storage: what is kept and not in the file stays; one write for all. */
export async function importData(area: DataArea, file: DataFile): Promise<void> {
  const keys = Object.keys(file.data);
  const current = await area.get(keys);
  const merged: Record<string, unknown> = {};
  for (const key of keys) {
    const kind = kindOf(key);
    if (!kind) continue;
    const imported = kind.read(file.data[key]);
    if (imported === undefined) continue;
    merged[key] = kind.merge(key in current ? kind.read(current[key]) : undefined, imported);
  }
  await area.set(merged);
}

// Shortlists: named lists of profiles, each kept with a snapshot of its score as it was when
// added (score, the four pillars, confidence, verdict, the main signals and their dates), so
// a list still says something when the cache has long forgotten the profile. Kept in
// storage.local under LISTS_KEY; everything read from there or from a file is checked here.
import { isDateString, isRecord } from './guards';
import { networkInfo } from './networks';
import { normaliseRef, refOfKey, type ProfileRef } from './profile-ref';
import type { ScoredEntry } from './score-entry';
import { sourceOfSignal } from '../score/signal-fields';
import { topSignals } from '../score/top-signals';
import { PILLARS, type Pillar } from '../score/types';

export const LISTS_KEY = 'lists';
export const MAX_LISTS = 50;
export const MAX_ENTRIES = 500;
export const MAX_NAME_LENGTH = 60;
export const MAIN_SIGNALS = 5;
/** How many profiles a comparison shows side by side. */
export const COMPARE_AT_MOST = 4;
const MAX_SIGNALS = 10;

export type Verdict = 'ok' | 'suspicious' | 'unknown';
const VERDICTS: readonly Verdict[] = ['ok', 'suspicious', 'unknown'];

export interface SignalSnapshot {
  name: string;
  value: number | boolean;
  /** Points it added to the score; unknown when read back from a CSV file, which has none. */
  contribution?: number;
  /** When its value was true (ISO 8601), and whether an API or a page said so. */
  at?: string;
  source?: 'api' | 'page';
}

export interface ListEntry {
  /** `network:handle` */
  key: string;
  /** ISO 8601: when the profile was put on the list. */
  addedAt: string;
  /** ISO 8601: when the data behind the snapshot was fetched. */
  fetchedAt: string;
  score: number;
  /** Each pillar's 0..100; null where nothing about that pillar was known. */
  pillars: Record<Pillar, number | null>;
  confidence: number;
  verdict: Verdict;
  signals: SignalSnapshot[];
}

export interface ProfileList {
  name: string;
  entries: ListEntry[];
}

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The normalised key of a profile this extension knows, or null. */
export function validKey(ref: ProfileRef): string | null {
  const normal = normaliseRef(ref);
  return networkInfo(normal.network)?.isValidHandle(normal.handle) ? `${normal.network}:${normal.handle}` : null;
}

/** A list name as kept: spaces collapsed, trimmed, at most MAX_NAME_LENGTH; null when nothing is left. */
export function cleanListName(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const name = text.replace(/[\s\p{Cc}]+/gu, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
  return name === '' ? null : name;
}

/** What a list keeps of a scored profile, at the moment it is added. */
export function snapshotEntry(entry: ScoredEntry, now: Date = new Date()): ListEntry {
  const { result } = entry;
  const pillars = Object.fromEntries(PILLARS.map((pillar) => [pillar, result.pillars[pillar].signals.length > 0 ? result.pillars[pillar].score : null])) as Record<Pillar, number | null>;
  const signals = topSignals(result, MAIN_SIGNALS).map((signal): SignalSnapshot => {
    const source = sourceOfSignal(signal.name, entry.provenance);
    return { name: signal.name, value: signal.value, contribution: signal.contribution, ...(source ? { at: new Date(source.at).toISOString(), source: source.kind } : {}) };
  });
  return {
    key: entry.key,
    addedAt: now.toISOString(),
    fetchedAt: new Date(entry.fetchedAt).toISOString(),
    score: result.score,
    pillars,
    confidence: result.confidence,
    verdict: result.authenticity.verdict,
    signals,
  };
}

const isNumberIn = (value: unknown, low: number, high: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;

function readSignal(raw: unknown): SignalSnapshot | null {
  if (!isRecord(raw) || typeof raw.name !== 'string' || !/^[A-Za-z][\w.-]{0,59}$/.test(raw.name)) return null;
  if (typeof raw.value !== 'boolean' && !(typeof raw.value === 'number' && Number.isFinite(raw.value))) return null;
  const signal: SignalSnapshot = { name: raw.name, value: raw.value };
  if (typeof raw.contribution === 'number' && Number.isFinite(raw.contribution)) signal.contribution = raw.contribution;
  if (isDateString(raw.at)) signal.at = new Date(raw.at).toISOString();
  if (raw.source === 'api' || raw.source === 'page') signal.source = raw.source;
  return signal;
}

/**
 * One entry from outside (storage, a JSON file, a CSV row made into an object), checked field
 * by field: the entry, or the name of the first field that is wrong. The profile may be given
 * as `key` or as `network` and `handle`; a missing pillar is unknown, a missing verdict
 * 'unknown', a missing addedAt `now`.
 */
export function readEntry(raw: unknown, now: Date = new Date()): ListEntry | { field: string } {
  if (!isRecord(raw)) return { field: 'entry' };
  const ref = typeof raw.key === 'string' && raw.key.includes(':') ? refOfKey(raw.key) : { network: raw.network, handle: raw.handle };
  const key = typeof ref.network === 'string' && typeof ref.handle === 'string' ? validKey(ref as ProfileRef) : null;
  if (!key) return { field: typeof raw.key === 'string' ? 'key' : typeof ref.network === 'string' && networkInfo(ref.network.trim().toLowerCase()) ? 'handle' : 'network' };
  if (!isNumberIn(raw.score, 1, 100)) return { field: 'score' };
  if (!isDateString(raw.fetchedAt)) return { field: 'fetchedAt' };
  if (raw.addedAt !== undefined && !isDateString(raw.addedAt)) return { field: 'addedAt' };
  const rawPillars = isRecord(raw.pillars) ? raw.pillars : {};
  const pillars = {} as Record<Pillar, number | null>;
  for (const pillar of PILLARS) {
    const value = rawPillars[pillar];
    if (value !== undefined && value !== null && !isNumberIn(value, 0, 100)) return { field: `pillars.${pillar}` };
    pillars[pillar] = value ?? null;
  }
  if (raw.confidence !== undefined && !isNumberIn(raw.confidence, 0, 1)) return { field: 'confidence' };
  if (raw.verdict !== undefined && !VERDICTS.includes(raw.verdict as Verdict)) return { field: 'verdict' };
  const signals = (Array.isArray(raw.signals) ? raw.signals : []).map(readSignal).filter((signal): signal is SignalSnapshot => signal !== null);
  return {
    key,
    addedAt: new Date(isDateString(raw.addedAt) ? raw.addedAt : now).toISOString(),
    fetchedAt: new Date(raw.fetchedAt).toISOString(),
    score: Math.round(raw.score),
    pillars,
    confidence: typeof raw.confidence === 'number' ? raw.confidence : 0,
    verdict: (raw.verdict as Verdict | undefined) ?? 'unknown',
    signals: signals.slice(0, MAX_SIGNALS),
  };
}

export const isEntry = (value: ListEntry | { field: string }): value is ListEntry => 'key' in value;

/** The lists kept in storage; what is not a list, or not an entry, is left out, never fatal. */
export function parseLists(raw: unknown): ProfileList[] {
  if (!Array.isArray(raw)) return [];
  const lists: ProfileList[] = [];
  for (const item of raw) {
    const name = isRecord(item) ? cleanListName(item.name) : null;
    if (!name || lists.some((list) => list.name === name)) continue;
    const entries = (Array.isArray(item.entries) ? item.entries : []).map((entry: unknown) => readEntry(entry)).filter(isEntry);
    lists.push({ name, entries: mergeEntries([], entries).entries });
    if (lists.length === MAX_LISTS) break;
  }
  return lists;
}

export interface MergeSummary {
  entries: ListEntry[];
  added: number;
  updated: number;
  /** Already there with a snapshot as new or newer. */
  unchanged: number;
  /** Left out: the list was full. */
  dropped: number;
}

/**
 * Entries merged by key: where both have a profile, the snapshot fetched last wins (on a tie,
 * the one already there) and the earlier addedAt is kept. New profiles go to the end.
 */
export function mergeEntries(existing: readonly ListEntry[], incoming: readonly ListEntry[]): MergeSummary {
  const entries = [...existing];
  const summary = { added: 0, updated: 0, unchanged: 0, dropped: 0 };
  for (const entry of incoming) {
    const index = entries.findIndex((e) => e.key === entry.key);
    if (index < 0) {
      if (entries.length >= MAX_ENTRIES) summary.dropped++;
      else {
        entries.push(entry);
        summary.added++;
      }
      continue;
    }
    const current = entries[index];
    if (Date.parse(entry.fetchedAt) > Date.parse(current.fetchedAt)) {
      entries[index] = { ...entry, addedAt: Date.parse(entry.addedAt) < Date.parse(current.addedAt) ? entry.addedAt : current.addedAt };
      summary.updated++;
    } else summary.unchanged++;
  }
  return { entries, ...summary };
}

export type AddResult = ({ ok: true; lists: ProfileList[] } & Omit<MergeSummary, 'entries'>) | { ok: false; reason: 'name' | 'too-many-lists' };

/** Entries added to the list of that name, which is made if there is none. */
export function addToList(lists: readonly ProfileList[], name: string, incoming: readonly ListEntry[]): AddResult {
  const clean = cleanListName(name);
  if (!clean) return { ok: false, reason: 'name' };
  const index = lists.findIndex((list) => list.name === clean);
  if (index < 0 && lists.length >= MAX_LISTS) return { ok: false, reason: 'too-many-lists' };
  const { entries, ...summary } = mergeEntries(index < 0 ? [] : lists[index].entries, incoming);
  const list = { name: clean, entries };
  const next = index < 0 ? [...lists, list] : lists.map((l, i) => (i === index ? list : l));
  return { ok: true, lists: next, ...summary };
}

export function removeFromList(lists: readonly ProfileList[], name: string, key: string): ProfileList[] {
  return lists.map((list) => (list.name === name ? { ...list, entries: list.entries.filter((entry) => entry.key !== key) } : list));
}

export function deleteList(lists: readonly ProfileList[], name: string): ProfileList[] {
  return lists.filter((list) => list.name !== name);
}

export async function loadLists(area: StorageArea): Promise<ProfileList[]> {
  return parseLists((await area.get([LISTS_KEY]))[LISTS_KEY]);
}

/** Reads the lists as they are now, changes them, and writes them back (unless the change failed): no stale copy overwrites another change. */
export async function updateLists<T extends ProfileList[] | AddResult>(area: StorageArea, change: (lists: ProfileList[]) => T): Promise<T> {
  const result = change(await loadLists(area));
  const value = result as ProfileList[] | AddResult;
  const next = Array.isArray(value) ? value : value.ok ? value.lists : undefined;
  if (next) await area.set({ [LISTS_KEY]: next });
  return result;
}

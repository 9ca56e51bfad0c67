// The history of the user's own profiles: one snapshot a day (score, pillars, the main
// signals), kept for HISTORY_DAYS, for the chart the popup draws.
import { isRecord } from '../lib/guards';
import type { ScoredEntry } from '../lib/score-entry';
import { PILLARS, type Pillar } from '../score/types';
import type { KeyValueArea } from './cache';
import { HISTORY_DAYS } from './cache-policy';

export interface Snapshot {
  /** The day, YYYY-MM-DD (UTC). */
  date: string;
  score: number;
  pillars: Record<Pillar, number>;
  /** The main signals' values that day. */
  signals: Record<string, number>;
}

const MAIN_SIGNALS = ['followers', 'following', 'posts', 'lists'] as const;
const storageKey = (key: string) => `history:${key}`;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

export function snapshotOf(entry: ScoredEntry, now: number): Snapshot {
  const signals: Record<string, number> = {};
  for (const field of MAIN_SIGNALS) {
    const value = entry.signals[field];
    if (typeof value === 'number') signals[field] = value;
  }
  for (const [name, value] of Object.entries(entry.signals.extra ?? {})) signals[name] = value;
  return {
    date: day(now),
    score: entry.result.score,
    pillars: Object.fromEntries(PILLARS.map((p) => [p, entry.result.pillars[p].score])) as Record<Pillar, number>,
    signals,
  };
}

const isSnapshot = (value: unknown): value is Snapshot =>
  isRecord(value) && typeof value.date === 'string' && typeof value.score === 'number' && isRecord(value.pillars) && isRecord(value.signals);

export function createHistory(area: KeyValueArea, now: () => number = Date.now) {
  async function get(key: string): Promise<Snapshot[]> {
    const raw = (await area.get([storageKey(key)]))[storageKey(key)];
    return Array.isArray(raw) ? raw.filter(isSnapshot) : [];
  }

  return {
    get,
    /** Keeps today's snapshot of the profile (replacing an earlier one of the same day), and forgets those older than a year. */
    async record(entry: ScoredEntry): Promise<Snapshot[]> {
      const snapshot = snapshotOf(entry, now());
      const oldest = day(now() - HISTORY_DAYS * 86_400_000);
      const kept = (await get(entry.key)).filter((s) => s.date !== snapshot.date && s.date > oldest);
      const next = [...kept, snapshot].sort((a, b) => a.date.localeCompare(b.date));
      await area.set({ [storageKey(entry.key)]: next });
      return next;
    },
  };
}

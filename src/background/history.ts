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
  /**
   * Every scored signal's contribution in points that day, to tell which signal moved a change.
   * Absent in snapshots kept before it was recorded: those are compared by their values.
   */
  contributions?: Record<string, number>;
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
    contributions: Object.fromEntries(PILLARS.flatMap((p) => entry.result.pillars[p].signals.map((s) => [s.name, s.contribution]))),
  };
}

const isSnapshot = (value: unknown): value is Snapshot =>
  isRecord(value) && typeof value.date === 'string' && typeof value.score === 'number' && isRecord(value.pillars) && isRecord(value.signals);

/** A stored snapshot as it is read back: contributions that are not a record of numbers are dropped, not trusted. */
function readSnapshot(snapshot: Snapshot): Snapshot {
  const { contributions, ...rest } = snapshot;
  if (!isRecord(contributions)) return rest;
  const numeric = Object.entries(contributions).filter((pair): pair is [string, number] => typeof pair[1] === 'number' && Number.isFinite(pair[1]));
  return { ...rest, contributions: Object.fromEntries(numeric) };
}

export function createHistory(area: KeyValueArea, now: () => number = Date.now) {
  async function get(key: string): Promise<Snapshot[]> {
    const raw = (await area.get([storageKey(key)]))[storageKey(key)];
    return Array.isArray(raw) ? raw.filter(isSnapshot).map(readSnapshot) : [];
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

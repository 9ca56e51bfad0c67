// What an own profile's daily snapshots say: the change over a period, as Klout showed it
// ("+3 in 7 days"), the days the score moved notably and which signal moved it, and where each
// point of the chart goes. Pure: dates are the snapshots' UTC days, "today" is given.
import type { Snapshot } from '../background/history';

export type Period = 7 | 30 | 90 | 'all';
export const PERIODS: readonly Period[] = [7, 30, 90, 'all'];

/** A change between consecutive snapshots of at least this many points is notable. */
export const NOTABLE_POINTS = 3;

const DAY_MS = 86_400_000;
export const dayTime = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const dayOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

const byDate = (snapshots: readonly Snapshot[]) => [...snapshots].sort((a, b) => a.date.localeCompare(b.date));

/** The first day a period covers (`days` days back from today); undefined for 'all'. */
export function periodStart(period: Period, today: string): string | undefined {
  return period === 'all' ? undefined : dayOf(dayTime(today) - period * DAY_MS);
}

/** The snapshots a period shows, oldest first (none after today). */
export function inPeriod(snapshots: readonly Snapshot[], period: Period, today: string): Snapshot[] {
  const start = periodStart(period, today);
  return byDate(snapshots).filter((s) => s.date <= today && (start === undefined || s.date >= start));
}

export interface PeriodChange {
  delta: number;
  from: Snapshot;
  to: Snapshot;
  /** The history began within the period: the change is since its first day, not over the whole period. */
  partial: boolean;
}

/**
 * The latest score less the score as it stood when the period began (the last snapshot on or
 * before its first day); null when there is nothing to compare within the period.
 */
export function changeOver(snapshots: readonly Snapshot[], period: Period, today: string): PeriodChange | null {
  const sorted = byDate(snapshots).filter((s) => s.date <= today);
  const to = sorted.at(-1);
  if (!to) return null;
  const start = periodStart(period, today);
  if (start !== undefined && to.date < start) return null;
  const before = start === undefined ? undefined : sorted.filter((s) => s.date <= start).at(-1);
  const from = before ?? sorted.find((s) => start === undefined || s.date >= start)!;
  if (from === to) return null;
  return { delta: to.score - from.score, from, to, partial: before === undefined && period !== 'all' };
}

export type Driver =
  /** Compared by contributions: the signal's points changed by `points`. */
  | { signal: string; by: 'contribution'; points: number }
  /** Compared by values (snapshots kept before contributions were): from `before` to `after`. */
  | { signal: string; by: 'value'; before: number; after: number };

export interface NotableChange {
  from: Snapshot;
  to: Snapshot;
  delta: number;
  /** The signal that moved it most; undefined where no signal the snapshots kept changed. */
  driver?: Driver;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The largest by size, preferring those that moved the same way as the score. */
function largest<T extends { size: number; sign: number }>(items: T[], direction: number): T | undefined {
  const moved = items.filter((item) => item.size > 0);
  const sameWay = moved.filter((item) => item.sign === direction);
  return (sameWay.length > 0 ? sameWay : moved).sort((a, b) => b.size - a.size)[0];
}

/** Which signal moved the score most between two snapshots. */
export function mainDriver(from: Snapshot, to: Snapshot): Driver | undefined {
  const direction = Math.sign(to.score - from.score);
  if (from.contributions && to.contributions) {
    const names = new Set([...Object.keys(from.contributions), ...Object.keys(to.contributions)]);
    const changes = [...names].map((signal) => {
      const points = (to.contributions![signal] ?? 0) - (from.contributions![signal] ?? 0);
      return { signal, points, size: Math.abs(points), sign: Math.sign(points) };
    });
    const top = largest(changes, direction);
    return top && { signal: top.signal, by: 'contribution', points: Math.round(top.points * 10) / 10 };
  }
  // Older snapshots kept only the main values: the one that changed most, in tenfolds, counts.
  const changes = Object.keys(to.signals)
    .filter((signal) => isNumber(from.signals[signal]) && isNumber(to.signals[signal]))
    .map((signal) => {
      const before = from.signals[signal];
      const after = to.signals[signal];
      const tenfolds = Math.log10((Math.max(0, after) + 1) / (Math.max(0, before) + 1));
      return { signal, before, after, size: Math.abs(tenfolds), sign: Math.sign(tenfolds) };
    });
  // A value's direction says nothing of its points' (more accounts followed may lower a score): any way.
  const top = largest(changes, 0);
  return top && { signal: top.signal, by: 'value', before: top.before, after: top.after };
}

/** Each move of NOTABLE_POINTS or more between consecutive snapshots, newest first. */
export function notableChanges(snapshots: readonly Snapshot[], threshold = NOTABLE_POINTS): NotableChange[] {
  const sorted = byDate(snapshots);
  const changes: NotableChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [from, to] = [sorted[i - 1], sorted[i]];
    const delta = to.score - from.score;
    if (Math.abs(delta) < threshold) continue;
    const driver = mainDriver(from, to);
    changes.push(driver ? { from, to, delta, driver } : { from, to, delta });
  }
  return changes.reverse();
}

export interface ChartPoint {
  x: number;
  y: number;
  snapshot: Snapshot;
}

export interface ChartLayout {
  points: ChartPoint[];
  /** The scores at the bottom and top of the plot. */
  low: number;
  high: number;
}

/**
 * Where each snapshot goes in a width × height plot: time left to right over the period (from
 * the first snapshot for 'all'), score bottom to top over a range a little wider than the
 * scores' own, at least MIN_RANGE points tall so that a flat line does not look like a cliff.
 */
export function chartLayout(shown: readonly Snapshot[], period: Period, today: string, width: number, height: number): ChartLayout {
  const MIN_RANGE = 10;
  const sorted = byDate(shown);
  if (sorted.length === 0) return { points: [], low: 0, high: 100 };
  const scores = sorted.map((s) => s.score);
  let low = Math.max(0, Math.min(...scores) - 2);
  let high = Math.min(100, Math.max(...scores) + 2);
  if (high - low < MIN_RANGE) {
    const middle = (high + low) / 2;
    low = Math.max(0, Math.min(100 - MIN_RANGE, Math.round(middle - MIN_RANGE / 2)));
    high = low + MIN_RANGE;
  }
  const start = dayTime(periodStart(period, today) ?? sorted[0].date);
  const end = Math.max(dayTime(today), dayTime(sorted.at(-1)!.date));
  const span = end - start;
  const round = (value: number) => Math.round(value * 10) / 10;
  const points = sorted.map((snapshot) => ({
    x: round(span > 0 ? ((dayTime(snapshot.date) - start) / span) * width : width / 2),
    y: round(height - ((snapshot.score - low) / (high - low)) * height),
    snapshot,
  }));
  return { points, low, high };
}

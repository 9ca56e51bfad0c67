// Four months of daily snapshots for an own profile, for the history picture: drawn back from
// today's real snapshot, with two notable changes a signal explains (a burst of stars, later a
// step in followers) and a slow drift in between. Deterministic: the same picture every run.
import type { Snapshot } from '../../src/background/history';

const DAY_MS = 86_400_000;
const DAYS = 120;
/** Days ago and what moved: the signal, its points before the change are lower by `points`. */
const STEPS = [
  { daysAgo: 64, signal: 'stars', points: 4, valueFactor: 0.55 },
  { daysAgo: 19, signal: 'followers', points: 3, valueFactor: 0.8 },
] as const;

export function seededHistory(today: Snapshot): Snapshot[] {
  const todayTime = Date.parse(`${today.date}T00:00:00Z`);
  const snapshots: Snapshot[] = [];
  for (let daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
    const signals = { ...today.signals };
    const contributions = { ...(today.contributions ?? {}) };
    let score = today.score;
    for (const step of STEPS) {
      if (daysAgo < step.daysAgo) continue;
      score -= step.points;
      if (signals[step.signal] !== undefined) signals[step.signal] = Math.round(signals[step.signal] * step.valueFactor);
      if (contributions[step.signal] !== undefined) contributions[step.signal] -= step.points;
    }
    // A slow, small wobble (below what counts as notable), as real scores show.
    score += Math.round(Math.sin(daysAgo / 6));
    snapshots.push({
      date: new Date(todayTime - daysAgo * DAY_MS).toISOString().slice(0, 10),
      score: Math.max(1, Math.min(100, score)),
      pillars: Object.fromEntries(Object.entries(today.pillars).map(([pillar, value]) => [pillar, Math.max(0, value - (today.score - score))])) as Snapshot['pillars'],
      signals,
      contributions,
    });
  }
  return [...snapshots, today];
}

// "What would raise it": the signals with the most room, and how many points each would add if
// it reached a strong level for its network. Pure: each estimate is the engine itself, run
// again on the profile with that one signal changed, so it can never disagree with the score.
import { EXPECTED_SIGNALS, EXTRA_SIGNALS, SIGNALS, mediansFor, type NetworkMedians, type SignalSpec } from './constants';
import { scoreDetailed } from './engine';
import { measureSignals, reactionsPerPost } from './signals';
import { PILLARS, type Pillar, type ProfileSignals } from './types';

export interface Room {
  signal: string;
  pillar: Pillar;
  /** The value now; undefined when the network could tell it but did not. */
  current?: number;
  /** A strong level for the network: ten times its median, or where the signal stops counting (its cap). */
  target: number;
  /** Points the score would gain, rounded (at least 1). */
  gain: number;
}

/** Signals nobody can raise by acting (account age), or that only the world can (a Wikipedia article). */
const NOT_ACTIONABLE = new Set(['accountAgeYears', 'wikipediaPageviews']);

/** When a pillar the network shows has no known signal at all, the one most people can act on. */
const PILLAR_FALLBACK: Record<Pillar, string> = {
  reach: 'followers',
  amplification: 'repliesReceivedPerDay',
  network: 'mentionsReceivedPerDay',
  activity: 'postsPerDay',
};

const specOf = (name: string): SignalSpec | undefined => (SIGNALS as Record<string, SignalSpec>)[name] ?? EXTRA_SIGNALS[name];

/** The network's typical value of a signal; undefined where the network has none (GitHub does not count accounts followed). */
function medianOf(name: string, medians: NetworkMedians): number | undefined {
  switch (name) {
    case 'followers':
    case 'engagerMedianFollowers':
      return medians.followers;
    case 'lists':
      return medians.lists;
    case 'repostsReceivedPerDay':
    case 'quotesReceivedPerDay':
    case 'repliesReceivedPerDay':
    case 'mentionsReceivedPerDay':
      return medians.engagementPerDay;
    case 'likesReceivedPerDay':
      return medians.likesPerDay;
    case 'engagementPerPost':
      return medians.engagementPerPost;
    case 'uniqueEngagers':
      return medians.uniqueEngagers;
    case 'postsPerDay':
      return medians.postsPerDay;
    case 'conversationPerDay':
      return medians.conversationPerDay;
    case 'following':
      return medians.following;
    case 'posts':
      return medians.posts;
    default:
      return medians.extra[name];
  }
}

/** Rounds up to two significant digits: targets people can read (3.4 posts a day, 210 repositories), never below the level meant. */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(Math.ceil(value / step - 1e-9) * step * 1e6) / 1e6;
}

/** A strong level: ten times the median, or, for a signal that stops counting sooner, the value where it does. */
export function targetOf(name: string, network: string): number | undefined {
  const spec = specOf(name);
  const median = medianOf(name, mediansFor(network));
  if (!spec || median === undefined) return undefined;
  const cap = spec.shape?.cap;
  // The value at `tenfolds` above the median, as signals.ts measures it (with the signal's offset).
  const valueAt = (tenfolds: number) => (median + spec.offset) * 10 ** tenfolds - spec.offset;
  const raw = cap !== undefined && cap < 1 ? valueAt(cap) : median > 0 ? 10 * median : valueAt(1);
  return niceCeil(raw);
}

/** The profile as it would be with one signal at `value`; undefined where the signal cannot be set alone. */
export function withSignal(signals: ProfileSignals, name: string, value: number): ProfileSignals | undefined {
  const recent = signals.recent ?? {};
  switch (name) {
    case 'followers':
    case 'following':
    case 'posts':
    case 'lists':
      return { ...signals, [name]: value };
    case 'repostsReceivedPerDay':
    case 'quotesReceivedPerDay':
    case 'repliesReceivedPerDay':
    case 'likesReceivedPerDay':
    case 'mentionsReceivedPerDay':
    case 'uniqueEngagers':
    case 'engagerMedianFollowers':
    case 'postsPerDay':
      return { ...signals, recent: { ...recent, [name]: value } };
    case 'conversationPerDay':
      return { ...signals, recent: { ...recent, mentionsSentPerDay: Math.max(0, value - (recent.repostsSentPerDay ?? 0)) } };
    case 'engagementPerPost': {
      // Reactions per post are reactions a day over posts a day: more reactions to the same posts.
      const perPost = reactionsPerPost(signals);
      if (perPost === undefined || !recent.postsPerDay) return undefined;
      if (perPost === 0) return { ...signals, recent: { ...recent, repliesReceivedPerDay: value * recent.postsPerDay } };
      const factor = value / perPost;
      const scaled = { ...recent };
      for (const key of ['repostsReceivedPerDay', 'quotesReceivedPerDay', 'repliesReceivedPerDay', 'mentionsReceivedPerDay'] as const) {
        if (typeof scaled[key] === 'number') scaled[key] = scaled[key]! * factor;
      }
      return { ...signals, recent: scaled };
    }
    default:
      return EXTRA_SIGNALS[name] ? { ...signals, extra: { ...signals.extra, [name]: value } } : undefined;
  }
}

/** The score before rounding, after any hold-down: what a change moves, without the rounding's steps. */
function unroundedScore(signals: ProfileSignals): number {
  const detail = scoreDetailed(signals);
  return Math.min(100, Math.max(1, detail.raw - detail.heldDown));
}

/** The signals worth looking at: those the network shows, pillar by pillar (every known one where it shows "any"). */
export function candidateSignals(signals: ProfileSignals): string[] {
  const expected = EXPECTED_SIGNALS[signals.network] ?? EXPECTED_SIGNALS.default;
  const measured = measureSignals(signals);
  const names: string[] = [];
  for (const pillar of PILLARS) {
    const listed = expected[pillar];
    if (!listed) continue;
    const known = measured.filter((s) => s.pillar === pillar).map((s) => s.name);
    const named = listed.filter((name) => name !== '*');
    const ofPillar = [...named, ...known];
    if (ofPillar.length === 0) ofPillar.push(PILLAR_FALLBACK[pillar]);
    for (const name of ofPillar) if (!names.includes(name) && !NOT_ACTIONABLE.has(name)) names.push(name);
  }
  return names;
}

/** The `count` signals with the most room, most points first; only those that would add at least one point. */
export function roomToGrow(signals: ProfileSignals, count = 3): Room[] {
  const base = unroundedScore(signals);
  const measured = new Map(measureSignals(signals).map((s) => [s.name, s]));
  const rooms: Room[] = [];
  for (const name of candidateSignals(signals)) {
    const target = targetOf(name, signals.network);
    const known = measured.get(name);
    const current = typeof known?.value === 'number' ? known.value : undefined;
    if (target === undefined || (current !== undefined && current >= target)) continue;
    const changed = withSignal(signals, name, target);
    if (!changed) continue;
    const gain = Math.round(unroundedScore(changed) - base);
    if (gain >= 1) rooms.push({ signal: name, pillar: known?.pillar ?? specOf(name)!.pillar, current, target, gain });
  }
  return rooms.sort((a, b) => b.gain - a.gain || a.signal.localeCompare(b.signal)).slice(0, count);
}

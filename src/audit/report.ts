// The audit's summary: the share of each kind of follower with its 95% interval, the flags behind
// them, what is typical for an audience of that size, and what the sample is (the newest followers,
// as networks list them, not a random draw: a recent wave of bought followers weighs more in it
// than in the whole audience, and long-dormant followers less).
import { SHARED_VERDICTS, VERDICTS, type ClassifiedFollower, type FollowerVerdict, type SharedVerdict } from './classify';
import type { AuditProgress, AuditState, AuditTarget } from './state';
import { correctedShare, typicalFor, type BoughtEstimate, type Typical } from './typical';
import { wilson, type WilsonInterval } from './wilson';

export interface AuditReport {
  target: AuditTarget;
  at?: string;
  formulaVersion: string;
  /** The sample is the newest followers, not a random one. */
  newestFirst: true;
  /** The sample reached its size or the audience's end; false for an audit stopped early. */
  complete: boolean;
  /** 'list': judged only by what a followers list shows (no counts; inactivity unknown, no bought estimate). */
  evidence: 'full' | 'list';
  /** Every follower the network lists was read: the sample is the whole audience. */
  wholeAudience: boolean;
  /** The sample size asked for. */
  sampleSize: number;
  /** Followers in the sample, 'unknown' ones included. */
  sampled: number;
  /** Followers with a verdict other than 'unknown': the denominator of the shares. */
  judged: number;
  counts: Record<FollowerVerdict, number>;
  /** Undefined when no follower could be judged. */
  shares: Record<SharedVerdict, WilsonInterval | undefined>;
  /** The fake share, the suspicious share corrected for the classifier's measured error rates. */
  bought?: BoughtEstimate;
  /** How many followers raised each flag (the engine's and the audit's inactivity flags), 'unknown' ones included. */
  flags: Record<string, number>;
  typical: Typical;
  progress: AuditProgress;
  followers: ClassifiedFollower[];
}

/** The report of an audit, done or not (an audit stopped early reports what it read, with complete: false). */
export function finish(state: AuditState): AuditReport {
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<FollowerVerdict, number>;
  const flags: Record<string, number> = {};
  for (const follower of state.followers) {
    counts[follower.verdict]++;
    for (const flag of follower.flags) flags[flag] = (flags[flag] ?? 0) + 1;
  }
  const judged = state.followers.length - counts.unknown;
  const list = state.evidence === 'list';
  // From a list, inactivity is unknown, not zero: it gets no share; the bought correction's rates were measured with counts.
  const shares = Object.fromEntries(
    SHARED_VERDICTS.map((verdict) => [verdict, list && verdict === 'inactive' ? undefined : wilson(counts[verdict], judged)]),
  ) as Record<SharedVerdict, WilsonInterval | undefined>;
  const bought = list ? undefined : correctedShare(shares.suspicious);
  return {
    target: { ...state.target },
    ...(state.at !== undefined ? { at: state.at } : {}),
    formulaVersion: state.formulaVersion,
    newestFirst: true,
    evidence: list ? 'list' : 'full',
    complete: state.status === 'done',
    wholeAudience: state.exhausted,
    sampleSize: state.sampleSize,
    sampled: state.followers.length,
    judged,
    counts,
    shares,
    ...(bought ? { bought } : {}),
    flags,
    typical: typicalFor(state.target.followers),
    progress: { ...state.progress },
    followers: state.followers,
  };
}

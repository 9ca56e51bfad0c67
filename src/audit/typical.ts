// What to hold an audit against, and how far to trust it.
//
// CLASSIFIER_RATES is what the follower classifier (classify.ts) measures on labelled data: the
// two groups of Cresci et al. 2015, "Fame for sale", in ../shared/calibration/fakefollowers, each
// account given only the fields a follower list carries (followers, following, posts, createdAt,
// hasAvatar, hasBio, defaultProfile). tests/unit/audit/calibration.test.ts checks these counts
// against the data, so a change to the engine's rules that moves them fails there.
//
// REFERENCE_BANDS are this project's estimates, not measurements: neither data set has audiences
// of known composition by size (E13's accounts are nearly all below 1,000 followers), and no
// published figure is cited for them. Bigger, older audiences are estimated less genuine because
// followers who leave a network are rarely removed and bigger accounts draw more bought and
// spam followers; the step sizes are judgement.
import type { WilsonInterval } from './wilson';

export const CLASSIFIER_RATES = {
  formulaVersion: '2.3.0',
  /** E13 genuine accounts the classifier calls suspicious: its false-positive rate. */
  genuine: { group: 'E13', suspicious: 11, of: 1481 },
  /** INT bought fake followers the classifier calls suspicious: its true-positive rate. */
  bought: { group: 'INT', suspicious: 1184, of: 1337 },
} as const;

export const FALSE_POSITIVE_RATE = CLASSIFIER_RATES.genuine.suspicious / CLASSIFIER_RATES.genuine.of;
export const TRUE_POSITIVE_RATE = CLASSIFIER_RATES.bought.suspicious / CLASSIFIER_RATES.bought.of;

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export const CLASSIFIER_SOURCE =
  `Measured by Influence Badges on Cresci et al. 2015 ("Fame for sale") Twitter accounts with follower-list fields only: ` +
  `${percent(FALSE_POSITIVE_RATE)} of the E13 genuine accounts and ${percent(TRUE_POSITIVE_RATE)} of the INT bought ` +
  `accounts are called suspicious (formula ${CLASSIFIER_RATES.formulaVersion}). Other networks, vendors and years will differ.`;

export type AudienceBand = '<1k' | '1k-10k' | '10k-100k' | '>=100k' | 'unknown';

export interface Typical {
  band: AudienceBand;
  /** The share of genuine followers estimated typical for the band; undefined where the audience size is unknown. */
  genuineShare?: number;
  source: string;
}

const ESTIMATE =
  'Influence Badges estimate, not a measured or published figure: the labelled data (Cresci et al. 2015, E13 and INT) ' +
  'has no audiences of known make-up by size, only accounts. It tells how the classifier errs: ' +
  `${percent(FALSE_POSITIVE_RATE)} of genuine accounts called suspicious, ${percent(1 - TRUE_POSITIVE_RATE)} of bought ones missed.`;

export const REFERENCE_BANDS: readonly { band: Exclude<AudienceBand, 'unknown'>; below: number; genuineShare: number }[] = [
  { band: '<1k', below: 1_000, genuineShare: 0.7 },
  { band: '1k-10k', below: 10_000, genuineShare: 0.65 },
  { band: '10k-100k', below: 100_000, genuineShare: 0.55 },
  { band: '>=100k', below: Infinity, genuineShare: 0.45 },
];

/** What is typical for an account with this many followers. */
export function typicalFor(followers: number | undefined): Typical {
  if (followers === undefined || !Number.isFinite(followers) || followers < 0) {
    return { band: 'unknown', source: 'The audience size is unknown, so no band applies.' };
  }
  const reference = REFERENCE_BANDS.find((entry) => followers < entry.below) ?? REFERENCE_BANDS[REFERENCE_BANDS.length - 1];
  return { band: reference.band, genuineShare: reference.genuineShare, source: ESTIMATE };
}

export interface BoughtEstimate extends WilsonInterval {
  source: string;
}

/**
 * The share of followers that are fake, corrected for the classifier's measured error rates
 * (Rogan and Gladen 1978: true = (observed − FPR) / (TPR − FPR)), applied to the share and to
 * both bounds of its interval. The raw suspicious share misses the bought followers the classifier
 * does not catch (about one in nine on INT), so at a few thousand followers its interval lies below
 * the true share; this one does not. It ignores the uncertainty of the rates themselves.
 */
export function correctedShare(suspicious: WilsonInterval | undefined): BoughtEstimate | undefined {
  if (!suspicious) return undefined;
  const correct = (p: number) => Math.min(1, Math.max(0, (p - FALSE_POSITIVE_RATE) / (TRUE_POSITIVE_RATE - FALSE_POSITIVE_RATE)));
  return {
    share: correct(suspicious.share),
    low: correct(suspicious.low),
    high: correct(suspicious.high),
    source: `Suspicious share corrected for the classifier's error rates. ${CLASSIFIER_SOURCE}`,
  };
}

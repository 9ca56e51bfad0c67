// The Wilson score interval for a share measured on a sample. Unlike the textbook p ± z·√(p(1−p)/n),
// it stays inside 0..1 and does not collapse to a zero width at 0 or n successes, which is
// exactly where an audit's shares often sit (no suspicious follower among 500 does not mean none).

export interface WilsonInterval {
  /** successes / n */
  share: number;
  low: number;
  high: number;
}

/** z = 1.959964: the two-sided 95% quantile of the normal distribution. */
export function wilson(successes: number, n: number, z = 1.959964): WilsonInterval | undefined {
  if (!Number.isFinite(n) || n <= 0 || !Number.isFinite(successes)) return undefined;
  const k = Math.min(n, Math.max(0, successes));
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 and n the bounds are exactly 0 and 1 in theory; floating point would leave 1e-17.
  return {
    share: p,
    low: k === 0 ? 0 : Math.max(0, centre - half),
    high: k === n ? 1 : Math.min(1, centre + half),
  };
}

// Every weight and constant of the score lives here. Change one, and change FORMULA_VERSION:
// cached results carry the version they were computed with and are recomputed when it differs.

export const FORMULA_VERSION = '1.0.0';

/**
 * The final mapping. Each signal becomes a z value, the log of how far it is from a typical
 * account's value, in units of SPREAD (a tenfold difference is one unit). The weighted mean
 * Z of the known signals maps to score = CENTER + POINTS_PER_UNIT × Z, clamped to 1..100:
 * a typical account lands near Klout's 40, one twenty times the typical near its top-5% mark, 63.
 */
export const SCALE = {
  center: 40,
  pointsPerUnit: 9,
  spread: Math.LN10,
} as const;

/** Each pillar's share of the final score (renormalised over the pillars that are known). */
export const PILLAR_WEIGHTS = {
  reach: 0.45,
  amplification: 0.3,
  network: 0.1,
  activity: 0.15,
} as const;

/**
 * What a typical active, genuine account of each network shows; a signal at its median
 * contributes nothing. GitHub's followers and stars medians are those of github-readme-stats'
 * rank (FOLLOWERS_MEDIAN 10, STARS_MEDIAN 50), the others are this project's estimates.
 */
export interface NetworkMedians {
  followers: number;
  lists: number;
  postsPerDay: number;
  engagementPerDay: number;
  posts: number;
  extra: Record<string, number>;
}

const DEFAULT_MEDIANS: NetworkMedians = {
  followers: 300,
  lists: 5,
  postsPerDay: 1,
  engagementPerDay: 1,
  posts: 1000,
  extra: {},
};

export const NETWORK_MEDIANS: Record<string, NetworkMedians> = {
  x: DEFAULT_MEDIANS,
  bluesky: { ...DEFAULT_MEDIANS, followers: 150, posts: 300 },
  github: { ...DEFAULT_MEDIANS, followers: 10, extra: { stars: 50, forks: 10, repos: 20 } },
};

export function mediansFor(network: string): NetworkMedians {
  return NETWORK_MEDIANS[network] ?? DEFAULT_MEDIANS;
}

/** Network-specific signals in `extra`: which pillar each feeds and with what weight. */
export const EXTRA_SIGNALS: Record<string, { pillar: 'amplification' | 'activity' | 'reach'; weight: number }> = {
  stars: { pillar: 'amplification', weight: 1 },
  forks: { pillar: 'amplification', weight: 0.5 },
  repos: { pillar: 'activity', weight: 0.5 },
};

/** Within-pillar weights of the generic signals. */
export const SIGNAL_WEIGHTS = {
  followers: 1,
  lists: 0.6,
  repostsReceived: 1,
  mentionsReceived: 0.8,
  repliesReceived: 0.5,
  likesReceived: 0.4,
  quotesReceived: 0.5,
  engagerMedianFollowers: 1,
  uniqueEngagers: 0.6,
  postsPerDay: 0.6,
  posts: 0.4,
  accountAgeYears: 0.5,
} as const;

/** Accounts younger than this many years count as new. */
export const TYPICAL_ACCOUNT_AGE_YEARS = 3;

/** Authenticity: how strongly each flag raises the risk (combined as independent evidence). */
export const AUTHENTICITY = {
  suspiciousAt: 0.5,
  /** A suspicious account's score is pulled toward 1 by this share of its risk. */
  holdDown: 0.6,
  flags: {
    'follow-back-ratio': 0.45,
    'mass-following': 0.55,
    'no-avatar': 0.35,
    'no-bio': 0.15,
    'default-profile': 0.15,
    'silent-account': 0.35,
    'new-account': 0.15,
  },
} as const;
export type AuthenticityFlag = keyof typeof AUTHENTICITY.flags;

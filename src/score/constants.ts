// Every weight and constant of the score lives here. Change one, and change FORMULA_VERSION:
// cached results carry the version they were computed with and are recomputed when it differs.
// docs/scoring.md explains each of them; `npm run bench:score` measures what they achieve.
import type { Pillar } from './types';

export const FORMULA_VERSION = '2.3.0';

/**
 * The final mapping from the combined signal strength Z (in tenfolds above a typical account)
 * to 1..100: score = 100 · σ(logit(CENTER/100) + SLOPE · Z). A typical account (Z = 0) scores
 * CENTER, as Klout's typical active user scored 40; SLOPE puts the top 5% of the genuine
 * accounts in the calibration data at 63 and above; 100 is approached, never quite reached.
 */
export const MAPPING = {
  center: 40,
  slope: 0.8,
} as const;

/** Each pillar's share of the final score (renormalised over the pillars that are known). */
export const PILLAR_WEIGHTS: Record<Pillar, number> = {
  reach: 0.35,
  amplification: 0.22,
  network: 0.05,
  activity: 0.38,
};

/**
 * How a signal's tenfolds above its median become strength: unchanged up to `knee` tenfolds,
 * then `slopeAbove` for each further tenfold (below 1: diminishing returns; above 1: the
 * signal grows more telling as it grows); never more than `cap`.
 */
export interface Shape {
  knee?: number;
  slopeAbove?: number;
  cap?: number;
}

export interface SignalSpec {
  pillar: Pillar;
  /** Weight within its pillar. */
  weight: number;
  /** Added before taking the ratio, so that zero stays finite (1 for counts, less for daily rates). */
  offset: number;
  shape?: Shape;
}

/** The signals every network may have (network-specific ones are in EXTRA_SIGNALS). */
export const SIGNALS = {
  // Reach: the audience, on a log scale, less the share that only follows back; beyond a
  // thousand-fold of the typical audience, each tenfold counts half.
  followers: { pillar: 'reach', weight: 1, offset: 1, shape: { knee: 1, slopeAbove: 0.5, cap: 5 } },
  // List memberships: people curating who matters; in the calibration data the best single
  // predictor of human judgement, and more telling the more lists there are.
  lists: { pillar: 'reach', weight: 1.45, offset: 1, shape: { knee: 1.5, slopeAbove: 1.5 } },
  // Amplification: how much the audience acts on what is posted, per day and per post.
  repostsReceivedPerDay: { pillar: 'amplification', weight: 0.2, offset: 0.1 },
  quotesReceivedPerDay: { pillar: 'amplification', weight: 0.2, offset: 0.1 },
  repliesReceivedPerDay: { pillar: 'amplification', weight: 0.2, offset: 0.1 },
  likesReceivedPerDay: { pillar: 'amplification', weight: 0.2, offset: 0.1 },
  engagementPerPost: { pillar: 'amplification', weight: 1, offset: 0.1, shape: { cap: 2 } },
  uniqueEngagers: { pillar: 'amplification', weight: 0.6, offset: 1 },
  // Network: how much others talk about the account, and how influential those who react are.
  mentionsReceivedPerDay: { pillar: 'network', weight: 1, offset: 0.1, shape: { knee: 2, slopeAbove: 0.25 } },
  engagerMedianFollowers: { pillar: 'network', weight: 1, offset: 1 },
  // Activity: steady posting and a living account. Posting beyond SPAM.postsPerDay lowers it.
  postsPerDay: { pillar: 'activity', weight: 0.6, offset: 0.1, shape: { cap: 0.5 } },
  conversationPerDay: { pillar: 'activity', weight: 1, offset: 0.1, shape: { cap: 2 } },
  // Following people is part of a living account; following almost nobody is broadcasting.
  // Counted only up to FOLLOWING_COUNTED_PER_FOLLOWER × followers: following thousands buys nothing.
  following: { pillar: 'activity', weight: 1, offset: 1, shape: { cap: 0.25 } },
  posts: { pillar: 'activity', weight: 0.4, offset: 1, shape: { cap: 0.5 } },
  accountAgeYears: { pillar: 'activity', weight: 0.4, offset: 0.1, shape: { cap: 0.3 } },
} satisfies Record<string, SignalSpec>;
export type SignalName = keyof typeof SIGNALS;

/**
 * Posting beyond SPAM.postsPerDay reads as spam or automation: each tenfold beyond it takes
 * SPAM.penaltyPerTenfold off the postsPerDay strength.
 */
export const SPAM = { postsPerDay: 20, penaltyPerTenfold: 2 };

/**
 * Following back everyone inflates an audience without reaching anyone. An account that
 * follows many counts its followers less, up to as many as it follows:
 *   effective followers = followers − d · min(followers, following),
 * where d grows from 0 at FOLLOW_BACK.from accounts followed to FOLLOW_BACK.maxDiscount at
 * FOLLOW_BACK.full (linearly in tenfolds). Small accounts follow back as a matter of course and
 * are not discounted; the effective count never falls as followers rise.
 */
export const FOLLOW_BACK = { from: 1000, full: 10_000, maxDiscount: 0.8 };

/** Accounts followed count up to this many per follower (plus ten), so mass-following earns no activity. */
export const FOLLOWING_COUNTED_PER_FOLLOWER = 2;

/** Half-life of a post's weight in the recent rates sources compute (decay.ts). */
export const DECAY_HALF_LIFE_DAYS = 14;

/** Network-specific signals in `extra`: their pillar, weight and shape. */
export const EXTRA_SIGNALS: Record<string, SignalSpec> = {
  stars: { pillar: 'amplification', weight: 1, offset: 1, shape: { knee: 2, slopeAbove: 0.6 } },
  forks: { pillar: 'amplification', weight: 0.5, offset: 1, shape: { knee: 2, slopeAbove: 0.6 } },
  repos: { pillar: 'activity', weight: 0.5, offset: 1, shape: { cap: 1 } },
  karma: { pillar: 'amplification', weight: 1, offset: 1 },
  reputation: { pillar: 'amplification', weight: 1, offset: 1 },
  // Stack Exchange badges as points (gold 10, silver 3, bronze 1), and answers given.
  badgePoints: { pillar: 'amplification', weight: 0.5, offset: 1 },
  answers: { pillar: 'activity', weight: 0.6, offset: 1, shape: { cap: 1 } },
  // Reddit: moderating communities (the number moderated, where known; 1 where only "a moderator" is).
  moderated: { pillar: 'reach', weight: 0.4, offset: 1, shape: { cap: 1 } },
  // Real-world notability, as Klout used it: daily pageviews of the Wikipedia article about the person.
  wikipediaPageviews: { pillar: 'reach', weight: 0.8, offset: 1, shape: { knee: 2, slopeAbove: 0.5 } },
  // Networks read from their pages: views per post seen (X, YouTube, TikTok), LinkedIn's
  // connections (shown only up to "500+", hence the cap) and a company's employees, a Facebook
  // page's likes, and the likes a TikTok account has received in all.
  viewsPerPost: { pillar: 'amplification', weight: 0.6, offset: 1, shape: { knee: 2, slopeAbove: 0.5 } },
  connections: { pillar: 'reach', weight: 0.5, offset: 1, shape: { cap: 0.3 } },
  employees: { pillar: 'reach', weight: 0.4, offset: 1 },
  pageLikes: { pillar: 'reach', weight: 0.5, offset: 1, shape: { knee: 2, slopeAbove: 0.5 } },
  likes: { pillar: 'amplification', weight: 1, offset: 1, shape: { knee: 2, slopeAbove: 0.6 } },
};

/**
 * What a typical active, genuine account of each network shows: a signal at its median adds
 * nothing, ten times the median adds one tenfold. X's follower, list and post medians are those
 * of the genuine accounts in the calibration data (E13: 102 followers, 1 list, 992 posts);
 * GitHub's followers and stars follow github-readme-stats' rank (FOLLOWERS_MEDIAN 10,
 * STARS_MEDIAN 50); the rest are this project's estimates, stated in docs/scoring.md.
 */
export interface NetworkMedians {
  followers: number;
  lists: number;
  posts: number;
  postsPerDay: number;
  /** Reposts, replies, quotes or mentions received a day. */
  engagementPerDay: number;
  likesPerDay: number;
  engagementPerPost: number;
  conversationPerDay: number;
  uniqueEngagers: number;
  accountAgeYears: number;
  /** Accounts followed; undefined where following few is normal (developer communities). */
  following?: number;
  extra: Record<string, number>;
}

const SOCIAL: NetworkMedians = {
  followers: 100,
  lists: 1,
  posts: 1000,
  postsPerDay: 1,
  engagementPerDay: 0.5,
  likesPerDay: 2,
  engagementPerPost: 0.5,
  conversationPerDay: 0.5,
  uniqueEngagers: 10,
  accountAgeYears: 3,
  following: 200,
  extra: {},
};

export const NETWORK_MEDIANS: Record<string, NetworkMedians> = {
  bluesky: { ...SOCIAL, followers: 150, posts: 300 },
  mastodon: { ...SOCIAL, followers: 100, posts: 300 },
  github: { ...SOCIAL, followers: 10, following: undefined, postsPerDay: 0.5, extra: { stars: 50, forks: 10, repos: 20, wikipediaPageviews: 30 } },
  hackernews: { ...SOCIAL, following: undefined, postsPerDay: 0.1, engagementPerDay: 0.5, likesPerDay: 2, extra: { karma: 500 } },
  reddit: { ...SOCIAL, following: undefined, extra: { karma: 1000, moderated: 0 } },
  stackexchange: { ...SOCIAL, following: undefined, extra: { reputation: 500, badgePoints: 20, answers: 10 } },
  devto: { ...SOCIAL, following: undefined, followers: 50, postsPerDay: 0.05, likesPerDay: 1, engagementPerDay: 0.2, extra: {} },
  // The networks read from their pages: this project's estimates (docs/scoring.md, section 6).
  x: { ...SOCIAL, extra: { viewsPerPost: 200 } },
  linkedin: { ...SOCIAL, followers: 500, following: undefined, postsPerDay: 0.1, extra: { connections: 500, employees: 50 } },
  xing: { ...SOCIAL, followers: 50, following: undefined, postsPerDay: 0.05, extra: { connections: 150 } },
  instagram: { ...SOCIAL, followers: 200, following: 300, posts: 100, postsPerDay: 0.3, likesPerDay: 10, extra: {} },
  threads: { ...SOCIAL, followers: 150, posts: 100 },
  youtube: { ...SOCIAL, followers: 100, following: undefined, posts: 50, postsPerDay: 0.1, likesPerDay: 2, extra: { viewsPerPost: 500 } },
  facebook: { ...SOCIAL, followers: 200, extra: { pageLikes: 200 } },
  tiktok: { ...SOCIAL, followers: 150, posts: 50, postsPerDay: 0.3, extra: { likes: 1000, viewsPerPost: 500 } },
};
// Wikipedia pageviews may enrich any network's profile.
for (const medians of Object.values(NETWORK_MEDIANS)) medians.extra.wikipediaPageviews ??= 30;

export function mediansFor(network: string): NetworkMedians {
  return NETWORK_MEDIANS[network] ?? SOCIAL;
}

/**
 * Authenticity: a logistic model of how likely the account is fake or automated, or its
 * audience bought. Each rule that fires adds its weight to the log-odds and names a flag;
 * risk = σ(BIAS + Σ weights). Only rules that mean something on a network apply there:
 * on GitHub, Stack Overflow or Hacker News few followers and no bio are normal.
 */
export const AUTHENTICITY = {
  bias: -3.5,
  /** At or above this risk the verdict is 'suspicious' and the score is held down. */
  suspiciousAt: 0.5,
  /** A suspicious account keeps (1 − holdDown · risk) of its distance above 1. */
  holdDown: 0.7,
  /** Fewer known facts than this, among those the rules read, make the verdict 'unknown'. */
  minimumEvidence: 3,
  // Following ten times more accounts than follow back is what bought followers do (they
  // follow whoever pays); it weighs most. The profile rules each add a little: a genuine
  // but quiet account raises some of them, rarely enough to be called suspicious alone.
  weights: {
    'mass-following': 2.8,
    'few-followers': 1.0,
    'never-likes': 1.0,
    'never-listed': 0.6,
    'default-profile': 0.9,
    'no-url': 0.3,
    'no-bio': 0.6,
    'no-avatar': 1.0,
    'few-posts': 0.8,
    'follow-back-ratio': 1.6,
    'new-account': 0.8,
    'unengaged-audience': 1.5,
  },
} as const;
export type AuthenticityFlag = keyof typeof AUTHENTICITY.weights;

/** The thresholds the rules use. */
export const AUTHENTICITY_RULES = {
  massFollowingRatio: 10,
  massFollowingMinimum: 200,
  fewFollowers: 30,
  fewPosts: 50,
  followBackMinimum: 1000,
  /** Followers below this multiple of the accounts followed, at scale, read as follow-back. */
  followBackRatio: 1.1,
  newAccountDays: 30,
  /** Posts drawing fewer reactions (likes aside) than this share of followers, from this many followers up. */
  unengagedReactionsPerFollower: 0.00001,
  unengagedMinimumFollowers: 1000,
} as const;

/** Networks where only the rules about following patterns, account age and engagement apply. */
export const COMMUNITY_NETWORKS = new Set(['github', 'hackernews', 'stackexchange', 'reddit', 'devto']);
export const COMMUNITY_FLAGS: ReadonlySet<AuthenticityFlag> = new Set(['mass-following', 'follow-back-ratio', 'new-account', 'unengaged-audience']);

/**
 * What a network can tell, pillar by pillar: the signals named, or '*' for any signal of the
 * pillar. Confidence is the pillar-weighted share of these that is known; a pillar a network
 * cannot show (GitHub has no "network" signal) does not count against it.
 */
export const EXPECTED_SIGNALS: Record<string, Partial<Record<Pillar, readonly string[]>>> = {
  default: { reach: ['followers', 'lists'], amplification: ['*'], network: ['*'], activity: ['*'] },
  x: { reach: ['followers', 'lists'], amplification: ['*'], network: ['*'], activity: ['*'] },
  bluesky: { reach: ['followers'], amplification: ['*'], network: ['*'], activity: ['*'] },
  mastodon: { reach: ['followers'], amplification: ['*'], network: ['*'], activity: ['*'] },
  github: { reach: ['followers'], amplification: ['stars', 'forks'], activity: ['*'] },
  hackernews: { amplification: ['karma'], activity: ['*'] },
  reddit: { amplification: ['karma'], activity: ['*'] },
  stackexchange: { amplification: ['reputation'], activity: ['*'] },
  devto: { amplification: ['*'], activity: ['*'] },
  linkedin: { reach: ['followers'], amplification: ['*'], activity: ['*'] },
  xing: { reach: ['*'], activity: ['*'] },
  instagram: { reach: ['followers'], amplification: ['*'], activity: ['*'] },
  threads: { reach: ['followers'], amplification: ['*'], activity: ['*'] },
  youtube: { reach: ['followers'], amplification: ['*'], activity: ['*'] },
  facebook: { reach: ['followers'], amplification: ['*'], activity: ['*'] },
  tiktok: { reach: ['followers'], amplification: ['*'], activity: ['*'] },
};

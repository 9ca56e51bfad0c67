// How likely the account is fake or automated, or its audience bought: a logistic model over
// rules that each name a flag. risk = σ(bias + Σ weights of the flags raised).
import { AUTHENTICITY, AUTHENTICITY_RULES as RULE, COMMUNITY_FLAGS, COMMUNITY_NETWORKS, type AuthenticityFlag } from './constants';
import { accountAgeYears, reactionsPerPost } from './signals';
import type { Authenticity, ProfileSignals } from './types';

type Rule = (s: ProfileSignals, ageYears: number | undefined) => boolean;

const RULES: Record<AuthenticityFlag, Rule> = {
  'mass-following': (s) =>
    s.following !== undefined &&
    s.followers !== undefined &&
    s.following >= RULE.massFollowingMinimum &&
    s.following >= RULE.massFollowingRatio * Math.max(1, s.followers),
  'few-followers': (s) => s.followers !== undefined && s.followers < RULE.fewFollowers,
  'never-likes': (s) => s.likesGiven === 0,
  'never-listed': (s) => s.lists === 0,
  'default-profile': (s) => s.defaultProfile === true,
  'no-url': (s) => s.hasUrl === false,
  'no-bio': (s) => s.hasBio === false,
  'no-avatar': (s) => s.hasAvatar === false,
  'few-posts': (s) => s.posts !== undefined && s.posts < RULE.fewPosts,
  // Following about as many as follow it, at scale (more followers than that turns it off;
  // far fewer is mass-following). Rising followers never raise the risk.
  'follow-back-ratio': (s) =>
    s.followers !== undefined &&
    s.following !== undefined &&
    s.following >= RULE.followBackMinimum &&
    s.followers < RULE.followBackRatio * s.following &&
    s.followers * RULE.massFollowingRatio > s.following,
  'new-account': (_s, age) => age !== undefined && age < RULE.newAccountDays / 365.25,
  // Engagement that does not match the audience: a large following whose posts almost nobody
  // reacts to is what a bought or dead audience looks like.
  'unengaged-audience': (s) => {
    const perPost = reactionsPerPost(s);
    return perPost !== undefined && s.followers !== undefined && s.followers >= RULE.unengagedMinimumFollowers && perPost < RULE.unengagedReactionsPerFollower * s.followers;
  },
};

/** The facts the rules read; with fewer than AUTHENTICITY.minimumEvidence known, the verdict is 'unknown'. */
const EVIDENCE: (keyof ProfileSignals)[] = ['followers', 'following', 'posts', 'lists', 'likesGiven', 'hasAvatar', 'hasBio', 'hasUrl', 'defaultProfile', 'createdAt'];

export function applicableFlags(network: string): AuthenticityFlag[] {
  const all = Object.keys(RULES) as AuthenticityFlag[];
  return COMMUNITY_NETWORKS.has(network) ? all.filter((flag) => COMMUNITY_FLAGS.has(flag)) : all;
}

export function assessAuthenticity(signals: ProfileSignals): Authenticity {
  const age = accountAgeYears(signals);
  const flags = applicableFlags(signals.network).filter((flag) => RULES[flag](signals, age));
  const logOdds = flags.reduce<number>((sum, flag) => sum + AUTHENTICITY.weights[flag], AUTHENTICITY.bias);
  const risk = Math.round((1000 / (1 + Math.exp(-logOdds)))) / 1000;
  const evidence = EVIDENCE.filter((field) => signals[field] !== undefined).length;
  const verdict = evidence < AUTHENTICITY.minimumEvidence ? 'unknown' : risk >= AUTHENTICITY.suspiciousAt ? 'suspicious' : 'ok';
  return { risk, verdict, flags };
}

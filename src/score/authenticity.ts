// How likely the account, or its audience, is fake. Each rule that fires names a flag and adds
// independent evidence: risk = 1 − Π(1 − strength of each flag).
import { AUTHENTICITY, type AuthenticityFlag } from './constants';
import { accountAgeYears } from './signals';
import type { Authenticity, ProfileSignals } from './types';

const RULES: Record<AuthenticityFlag, (s: ProfileSignals, age: number | undefined) => boolean> = {
  'follow-back-ratio': (s) =>
    s.followers !== undefined &&
    s.following !== undefined &&
    s.followers >= 1000 &&
    Math.min(s.followers, s.following) / Math.max(s.followers, s.following) > 0.9,
  'mass-following': (s) =>
    s.following !== undefined && s.following >= 500 && s.following >= 10 * Math.max(1, s.followers ?? Infinity),
  'no-avatar': (s) => s.hasAvatar === false,
  'no-bio': (s) => s.hasBio === false,
  'default-profile': (s) => s.defaultProfile === true,
  'silent-account': (s) => s.posts !== undefined && s.posts < 10 && (s.following ?? 0) >= 50,
  'new-account': (_s, age) => age !== undefined && age < 30 / 365,
};

/** The fields the rules read; with fewer than three of them known the verdict is 'unknown'. */
const EVIDENCE: (keyof ProfileSignals)[] = ['followers', 'following', 'posts', 'hasAvatar', 'hasBio', 'createdAt', 'defaultProfile'];

export function assessAuthenticity(signals: ProfileSignals): Authenticity {
  const age = accountAgeYears(signals);
  const flags = (Object.keys(RULES) as AuthenticityFlag[]).filter((flag) => RULES[flag](signals, age));
  const risk = 1 - flags.reduce((clean, flag) => clean * (1 - AUTHENTICITY.flags[flag]), 1);
  const known = EVIDENCE.filter((field) => signals[field] !== undefined).length;
  const verdict = risk >= AUTHENTICITY.suspiciousAt ? 'suspicious' : known < 3 ? 'unknown' : 'ok';
  return { risk: Math.round(risk * 1000) / 1000, verdict, flags };
}

// The classifier on labelled accounts (Cresci et al. 2015): E13 genuine, INT bought followers.
import { describe, expect, it } from 'vitest';
import { addPage, CLASSIFIER_RATES, classifyFollower, createAuditState, finish, type FollowerInput } from '../../../src/audit';
import { FORMULA_VERSION } from '../../../src/score/constants';
import { followersOf, hasCalibration } from './calibration-data';

/** `count` accounts spread evenly over the whole file (its rows are grouped by kind of account), from `offset`. */
const spread = (list: FollowerInput[], count: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => list[(offset + Math.floor((i * list.length) / count)) % list.length]);

/** Bought and genuine followers interleaved evenly, as a follower list would mix them. */
function mix(boughtOnes: FollowerInput[], genuineOnes: FollowerInput[]): FollowerInput[] {
  const total = boughtOnes.length + genuineOnes.length;
  const out: FollowerInput[] = [];
  let b = 0;
  for (let i = 0; i < total; i++) {
    const boughtDue = Math.floor(((i + 1) * boughtOnes.length) / total) > b;
    out.push(boughtDue ? boughtOnes[b++] : genuineOnes[i - b]);
  }
  return out;
}

function audit(followers: FollowerInput[], sampleSize: number) {
  let state = createAuditState({ network: 'x', handle: 'target', followers: followers.length }, sampleSize);
  for (let i = 0; i < followers.length && state.status === 'running'; i += 100) {
    state = addPage(state, followers.slice(i, i + 100), i + 100 < followers.length ? `c${i + 100}` : undefined);
  }
  return finish(state);
}

describe.skipIf(!hasCalibration)('the follower classifier on Cresci et al. 2015 (needs ../shared/calibration)', () => {
  const e13 = hasCalibration ? followersOf('E13') : [];
  const int = hasCalibration ? followersOf('INT') : [];

  it('calls known genuine accounts genuine and most bought ones suspicious', () => {
    const verdictOf = (list: FollowerInput[], handle: string) => classifyFollower(list.find((f) => f.signals.handle === handle)!);
    expect(verdictOf(e13, 'braddd')).toMatchObject({ verdict: 'genuine', flags: [] });
    expect(verdictOf(e13, 'eKoeS').verdict).toBe('genuine');
    expect(verdictOf(int, 'pirfectmoses')).toMatchObject({ verdict: 'suspicious', flags: ['mass-following', 'few-followers', 'no-bio', 'few-posts'] });
    expect(verdictOf(int, 'kanaujiask').verdict).toBe('suspicious');
    // INT's last ~140 rows are fresh accounts following a few dozen, with a bio and an avatar:
    // without likes, lists and URL (which follower lists do not carry) the rules do not reach
    // 'suspicious'. Those that never posted are at least inactive; the rest pass as genuine.
    expect(verdictOf(int, 'GillianWheeler3')).toMatchObject({ verdict: 'inactive', flags: ['few-followers', 'default-profile', 'few-posts', 'never-posted'] });
    expect(verdictOf(int, 'RuckerrlzSyble').verdict).toBe('genuine');
  });

  it('measures the error rates typical.ts states (update them with the formula)', () => {
    const suspicious = (list: FollowerInput[]) => list.filter((f) => classifyFollower(f).verdict === 'suspicious').length;
    expect(CLASSIFIER_RATES.formulaVersion).toBe(FORMULA_VERSION);
    expect({ suspicious: suspicious(e13), of: e13.length }).toEqual({ suspicious: CLASSIFIER_RATES.genuine.suspicious, of: CLASSIFIER_RATES.genuine.of });
    expect({ suspicious: suspicious(int), of: int.length }).toEqual({ suspicious: CLASSIFIER_RATES.bought.suspicious, of: CLASSIFIER_RATES.bought.of });
    // The genuine accounts are judged on everything: none unknown, none without a post.
    expect(finish(addPage(createAuditState({ network: 'x', handle: 'e13' }, 5000), e13, undefined)).counts).toMatchObject({ unknown: 0, inactive: 0 });
  });

  it.each([
    { bought: 600, genuine: 1400, sampleSize: 2000 },
    { bought: 100, genuine: 900, sampleSize: 1000 },
    { bought: 250, genuine: 250, sampleSize: 500 },
    { bought: 0, genuine: 500, sampleSize: 500 },
  ])('finds a bought share of $bought in $sampleSize within its interval', ({ bought, genuine, sampleSize }) => {
    const sample = mix(spread(int, bought, 1), spread(e13, genuine, 2));
    const report = audit(sample, sampleSize);
    const truth = bought / (bought + genuine);
    expect(report).toMatchObject({ sampled: sampleSize, judged: sampleSize, newestFirst: true });
    // The corrected estimate's interval holds the true bought share.
    expect(report.bought!.low).toBeLessThanOrEqual(truth);
    expect(report.bought!.high).toBeGreaterThanOrEqual(truth);
    // The raw suspicious share's interval holds what the classifier's rates predict for it.
    const tpr = CLASSIFIER_RATES.bought.suspicious / CLASSIFIER_RATES.bought.of;
    const fpr = CLASSIFIER_RATES.genuine.suspicious / CLASSIFIER_RATES.genuine.of;
    const expected = truth * tpr + (1 - truth) * fpr;
    expect(report.shares.suspicious!.low).toBeLessThanOrEqual(expected);
    expect(report.shares.suspicious!.high).toBeGreaterThanOrEqual(expected);
  });
});

// npm run bench:score: the score engine against the labelled data in ../shared/calibration.
import { score } from '../src/score/engine';
import { FORMULA_VERSION } from '../src/score/constants';
import { CALIBRATION, fakeFollowerGroup, hasCalibration, influencerPairs } from './calibration/datasets';
import { auc, mcc, median } from './calibration/metrics';

if (!hasCalibration) {
  console.error(`No calibration data at ${CALIBRATION}: it sits beside the checkout (../shared/calibration).`);
  process.exit(2);
}

const rows: [string, string, string, boolean | null][] = [];

const pairs = influencerPairs();
const differences = pairs.map(({ a, b }) => score(a).score - score(b).score);
const pairAuc = auc(differences, pairs.map((p) => p.aWins));
rows.push([`Human judgement: AUC of score(A) − score(B), ${pairs.length} pairs`, pairAuc.toFixed(4), '≥ 0.86', pairAuc >= 0.86]);
const halfAuc = (k: number) => auc(differences.filter((_, i) => i % 2 === k), pairs.filter((_, i) => i % 2 === k).map((p) => p.aWins));
rows.push(['  (the same on the even and the odd pairs alone)', `${halfAuc(0).toFixed(4)} / ${halfAuc(1).toFixed(4)}`, '', null]);
for (const field of ['lists', 'followers'] as const) {
  const logOf = (value: number | undefined) => Math.log10((value ?? 0) + 1);
  const single = auc(pairs.map(({ a, b }) => logOf(a[field]) - logOf(b[field])), pairs.map((p) => p.aWins));
  rows.push([`  (for comparison: ${field} alone)`, single.toFixed(4), '', null]);
}

const genuine = fakeFollowerGroup('E13').map(score);
const bought = fakeFollowerGroup('INT').map(score);
const all = [...genuine, ...bought];
const isBought = [...genuine.map(() => false), ...bought.map(() => true)];
const riskAuc = auc(all.map((r) => r.authenticity.risk), isBought);
const verdictMcc = mcc(all.map((r) => r.authenticity.verdict === 'suspicious'), isBought);
rows.push([`Bought audiences: AUC of authenticity.risk, ${genuine.length} E13 vs ${bought.length} INT`, riskAuc.toFixed(4), '≥ 0.97', riskAuc >= 0.97]);
rows.push([`Bought audiences: MCC of verdict = suspicious`, verdictMcc.toFixed(4), '≥ 0.85', verdictMcc >= 0.85]);
const genuineMedian = median(genuine.map((r) => r.score));
const boughtMedian = median(bought.map((r) => r.score));
rows.push(['Distribution: median score of E13 genuine accounts', String(genuineMedian), '30 … 45', genuineMedian >= 30 && genuineMedian <= 45]);
rows.push(['Distribution: median score of INT bought accounts', String(boughtMedian), '≤ 15', boughtMedian <= 15]);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((p / 100) * (values.length - 1))];
rows.push(['  E13 scores at the 5th / 25th / 75th / 95th percentile', [5, 25, 75, 95].map((p) => percentile(genuine.map((r) => r.score), p)).join(' / '), '', null]);
const share = (results: typeof genuine) => `${((100 * results.filter((r) => r.authenticity.verdict === 'suspicious').length) / results.length).toFixed(1)}%`;
rows.push(['  called suspicious: E13 / INT', `${share(genuine)} / ${share(bought)}`, '', null]);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`npm run bench:score (formula ${FORMULA_VERSION}, data ${CALIBRATION})\n`);
for (const [what, value, target, ok] of rows) {
  console.log(`${what.padEnd(width)}  ${value.padStart(15)}  ${target.padEnd(8)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}`);
}
if (rows.some(([, , , ok]) => ok === false)) process.exitCode = 1;

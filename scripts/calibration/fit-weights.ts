// npm run fit:score: what the human-judgement pairs say the signal weights should be.
// For each pair, the difference between the two accounts' signal strengths (as the engine
// measures them) is regressed on the judges' choice with a non-negative logistic regression,
// five-fold cross-validated. The result is the effective weight of each signal in Z
// (pillar weight × share within the pillar), to compare with what constants.ts gives it.
import { PILLAR_WEIGHTS, SIGNALS } from '../../src/score/constants';
import { measureSignals } from '../../src/score/signals';
import { influencerPairs } from './datasets';
import { auc } from './metrics';

const NAMES = ['followers', 'lists', 'repostsReceivedPerDay', 'engagementPerPost', 'mentionsReceivedPerDay', 'postsPerDay', 'conversationPerDay', 'following'] as const;

function strengths(signals: Parameters<typeof measureSignals>[0]): number[] {
  const measured = new Map(measureSignals(signals).map((s) => [s.name, s.z]));
  return NAMES.map((name) => measured.get(name) ?? 0);
}

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}

/** Logistic regression without intercept by Newton's method; features with negative weight are dropped and the rest refitted. */
function fitNonNegative(x: number[][], y: number[], l2 = 1e-3): number[] {
  let active = NAMES.map(() => true);
  for (;;) {
    const columns = active.flatMap((on, i) => (on ? [i] : []));
    let w = columns.map(() => 0);
    for (let step = 0; step < 50; step++) {
      const gradient = columns.map(() => 0);
      const hessian = columns.map(() => columns.map(() => 0));
      x.forEach((row, n) => {
        const t = columns.reduce((sum, c, k) => sum + w[k] * row[c], 0);
        const p = 1 / (1 + Math.exp(-t));
        columns.forEach((c, i) => {
          gradient[i] += ((p - y[n]) * row[c]) / x.length;
          columns.forEach((d, j) => (hessian[i][j] += (p * (1 - p) * row[c] * row[d]) / x.length));
        });
      });
      columns.forEach((_, i) => {
        gradient[i] += l2 * w[i];
        hessian[i][i] += l2;
      });
      const delta = solve(hessian, gradient);
      w = w.map((value, i) => value - delta[i]);
    }
    const full = NAMES.map(() => 0);
    columns.forEach((c, k) => (full[c] = w[k]));
    if (full.every((value) => value >= 0)) return full;
    active = active.map((on, i) => on && full[i] > 0);
  }
}

const pairs = influencerPairs();
const x = pairs.map(({ a, b }) => strengths(a).map((value, i) => value - strengths(b)[i]));
const y = pairs.map((p) => (p.aWins ? 1 : 0));
const dot = (w: number[], row: number[]) => row.reduce((sum, value, i) => sum + value * w[i], 0);

const folds = 5;
const foldAuc: number[] = [];
for (let k = 0; k < folds; k++) {
  const train = x.flatMap((row, i) => (i % folds !== k ? [i] : []));
  const test = x.flatMap((row, i) => (i % folds === k ? [i] : []));
  const w = fitNonNegative(train.map((i) => x[i]), train.map((i) => y[i]));
  foldAuc.push(auc(test.map((i) => dot(w, x[i])), test.map((i) => y[i] === 1)));
}
const weights = fitNonNegative(x, y);
const total = weights.reduce((a, b) => a + b, 0);

// What constants.ts gives each signal when all of these are known (the network pillar holds only mentions here).
const pillarTotal = (pillar: keyof typeof PILLAR_WEIGHTS) => NAMES.filter((n) => SIGNALS[n].pillar === pillar).reduce((sum, n) => sum + SIGNALS[n].weight, 0);
const current = NAMES.map((name) => PILLAR_WEIGHTS[SIGNALS[name].pillar] * (SIGNALS[name].weight / pillarTotal(SIGNALS[name].pillar)));
const currentTotal = current.reduce((a, b) => a + b, 0);

console.log(`Non-negative logistic regression on ${pairs.length} pairs: cross-validated AUC ${(foldAuc.reduce((a, b) => a + b) / folds).toFixed(4)} (${foldAuc.map((v) => v.toFixed(3)).join(', ')})`);
console.log(`Linear AUC of the weights in constants.ts: ${auc(x.map((row) => dot(current, row)), y.map((v) => v === 1)).toFixed(4)}\n`);
console.log('signal                     fitted  constants.ts   (effective share of Z)');
NAMES.forEach((name, i) => console.log(`${name.padEnd(26)} ${(weights[i] / total).toFixed(3).padStart(6)}  ${(current[i] / currentTotal).toFixed(3).padStart(12)}`));

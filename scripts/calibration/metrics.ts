// The measures the issue names: AUC (ties count half), Matthews correlation, median.

/** Probability that a positive scores above a negative; ties count half. */
export function auc(scores: number[], positive: boolean[]): number {
  const indexed = scores.map((score, i) => ({ score, positive: positive[i] })).sort((a, b) => a.score - b.score);
  let rankSumPositive = 0;
  for (let i = 0; i < indexed.length; ) {
    let j = i;
    while (j < indexed.length && indexed[j].score === indexed[i].score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (indexed[k].positive) rankSumPositive += averageRank;
    i = j;
  }
  const positives = positive.filter(Boolean).length;
  const negatives = positive.length - positives;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function mcc(predicted: boolean[], actual: boolean[]): number {
  let tp = 0, tn = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
    else tn++;
  });
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return denominator === 0 ? 0 : (tp * tn - fp * fn) / denominator;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

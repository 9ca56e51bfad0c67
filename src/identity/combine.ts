// One score for one person across networks, as Klout combined them: the strongest network
// counts in full, and each further network adds a share of what is left to 100:
//   combined = s1;  for each next s (descending):  combined += (100 − combined) · (s/100) · K
// i.e. 100 − combined = (100 − s1) · Π (1 − K·s_i/100). Every factor is ≤ 1, so a network added
// anywhere in the order can only raise the result, and the product does not depend on order.
// K = 0.25: a second network as strong as the first closes a quarter of its gap to 100 at most
// (60 and 50 make 65; 60, 50 and 40 make 68), keeping a two-network person below a one-network
// star. Confidence combines the same way: the surest network's confidence, then each further one
// closes K·c of what is left, so it grows with every network known and stays below 1.
import type { CombinedScore } from './types';

export const COMBINED_FORMULA = 'combined-1';
/** The share of the remaining gap a further network can close. */
export const FURTHER_NETWORK_SHARE = 0.25;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Klout-style combination: highest first, each further network adds a share of what is left to 100, so adding one never lowers the score; confidence grows with networks known. */
export function combineScores(parts: { key: string; score: number; confidence: number }[]): CombinedScore {
  // One part per key (the higher score), valid numbers only; ties broken by key so that the
  // order of the input never shows in the output.
  const byKey = new Map<string, { key: string; score: number; confidence: number }>();
  for (const part of parts) {
    if (!Number.isFinite(part.score)) continue;
    const clean = { key: part.key, score: clamp(part.score, 0, 100), confidence: Number.isFinite(part.confidence) ? clamp(part.confidence, 0, 1) : 0 };
    const known = byKey.get(part.key);
    if (!known || clean.score > known.score || (clean.score === known.score && clean.confidence > known.confidence)) byKey.set(part.key, clean);
  }
  const sorted = [...byKey.values()].sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  if (sorted.length === 0) return { score: 1, confidence: 0, parts: [], formulaVersion: COMBINED_FORMULA };

  let raw = 0;
  let shown = 0;
  const combinedParts = sorted.map((part, i) => {
    raw = i === 0 ? part.score : raw + (100 - raw) * (part.score / 100) * FURTHER_NETWORK_SHARE;
    // Contributions are differences of the rounded running total, so they add up to the score.
    const next = Math.round(raw);
    const contribution = next - shown;
    shown = next;
    return { ...part, contribution };
  });

  const byConfidence = sorted.map((part) => part.confidence).sort((x, y) => y - x);
  const doubt = byConfidence.reduce((left, c, i) => left * (i === 0 ? 1 - c : 1 - FURTHER_NETWORK_SHARE * c), 1);
  return {
    score: clamp(Math.round(raw), 1, 100),
    confidence: Math.round((1 - doubt) * 100) / 100,
    parts: combinedParts,
    formulaVersion: COMBINED_FORMULA,
  };
}

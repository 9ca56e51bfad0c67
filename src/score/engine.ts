// The score engine: pure and deterministic for a given input. Its whole computation:
//   z_i    each known signal's strength, in tenfolds above a typical account (signals.ts)
//   Z_p    = Σ w_i z_i / Σ w_i            over the known signals i of pillar p
//   Z      = Σ W_p Z_p / Σ W_p            over the pillars with a known signal
//   raw    = 100 · σ(logit(CENTER/100) + SLOPE · Z)
//   score  = round(raw), or, for a suspicious account, round(1 + (raw − 1)(1 − HOLD_DOWN · risk))
// A signal's contribution in points is its share of Z times (raw − CENTER) / Z, so the
// contributions add up exactly to raw − CENTER.
import { assessAuthenticity } from './authenticity';
import { AUTHENTICITY, EXPECTED_SIGNALS, FORMULA_VERSION, MAPPING, PILLAR_WEIGHTS } from './constants';
import { explain } from './explain';
import { measureSignals, type MeasuredSignal } from './signals';
import { PILLARS, type Pillar, type PillarResult, type ProfileSignals, type ScoreResult } from './types';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The 0..100 value of a strength Z: the mapping of the final score, used for pillars too. */
export function mapStrength(z: number): number {
  const centre = Math.log(MAPPING.center / (100 - MAPPING.center));
  return 100 / (1 + Math.exp(-(centre + MAPPING.slope * z)));
}

export interface ScoreDetail {
  result: ScoreResult;
  /** The score before the authenticity hold-down and rounding. */
  raw: number;
  /** Points taken off by the hold-down (0 when none). */
  heldDown: number;
  /** Signals the network could have told but did not. */
  unknown: string[];
}

function confidenceOf(network: string, measured: MeasuredSignal[]): { confidence: number; unknown: string[] } {
  const expected = EXPECTED_SIGNALS[network] ?? EXPECTED_SIGNALS.default;
  const known = new Set(measured.map((s) => s.name));
  const unknown: string[] = [];
  let total = 0;
  let covered = 0;
  for (const pillar of PILLARS) {
    const names = expected[pillar];
    if (!names) continue;
    total += PILLAR_WEIGHTS[pillar];
    if (names.includes('*')) {
      if (measured.some((s) => s.pillar === pillar)) covered += PILLAR_WEIGHTS[pillar];
      else unknown.push(pillar);
      continue;
    }
    const missing = names.filter((name) => !known.has(name));
    covered += (PILLAR_WEIGHTS[pillar] * (names.length - missing.length)) / names.length;
    unknown.push(...missing);
  }
  return { confidence: total > 0 ? Math.round((covered / total) * 100) / 100 : 0, unknown };
}

export function scoreDetailed(signals: ProfileSignals): ScoreDetail {
  const measured = measureSignals(signals);
  const byPillar = new Map<Pillar, MeasuredSignal[]>(PILLARS.map((p) => [p, []]));
  for (const signal of measured) byPillar.get(signal.pillar)!.push(signal);

  const knownPillars = PILLARS.filter((p) => byPillar.get(p)!.length > 0);
  const pillarTotal = knownPillars.reduce((sum, p) => sum + PILLAR_WEIGHTS[p], 0);
  const share = (p: Pillar) => (byPillar.get(p)!.length > 0 ? PILLAR_WEIGHTS[p] / pillarTotal : 0);
  const weightIn = (p: Pillar) => byPillar.get(p)!.reduce((sum, s) => sum + s.weight, 0);
  /** Each signal's effective weight in Z. */
  const effective = (s: MeasuredSignal) => (share(s.pillar) * s.weight) / weightIn(s.pillar);

  const z = measured.reduce((sum, s) => sum + effective(s) * s.z, 0);
  const raw = mapStrength(z);
  const pointsPerStrength = z === 0 ? 0 : (raw - MAPPING.center) / z;

  const pillars = {} as Record<Pillar, PillarResult>;
  for (const pillar of PILLARS) {
    const signalsOfPillar = byPillar.get(pillar)!;
    const pillarZ = signalsOfPillar.length > 0 ? signalsOfPillar.reduce((sum, s) => sum + s.weight * s.z, 0) / weightIn(pillar) : 0;
    pillars[pillar] = {
      score: signalsOfPillar.length > 0 ? Math.round(mapStrength(pillarZ)) : 0,
      weight: round3(share(pillar)),
      signals: signalsOfPillar
        .map((s) => ({ name: s.name, value: s.value, contribution: round1(pointsPerStrength * effective(s) * s.z) }))
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)),
    };
  }

  const authenticity = assessAuthenticity(signals);
  const held =
    authenticity.verdict === 'suspicious' ? 1 + (raw - 1) * (1 - AUTHENTICITY.holdDown * authenticity.risk) : raw;
  const scoreValue = Math.min(100, Math.max(1, Math.round(held)));
  const { confidence, unknown } = confidenceOf(signals.network, measured);

  const result: ScoreResult = {
    network: signals.network,
    handle: signals.handle,
    score: scoreValue,
    pillars,
    authenticity,
    confidence: measured.length > 0 ? confidence : 0,
    formulaVersion: FORMULA_VERSION,
    explanation: [],
  };
  const detail: ScoreDetail = { result, raw, heldDown: round1(raw - held), unknown };
  result.explanation = explain(detail, 'en');
  return detail;
}

export function score(signals: ProfileSignals): ScoreResult {
  return scoreDetailed(signals).result;
}

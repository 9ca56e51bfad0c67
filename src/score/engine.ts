// The score engine: pure and deterministic. Its whole computation is
//   Z_p   = Σ w_i z_i / Σ w_i             over the known signals i of pillar p
//   Z     = Σ W_p Z_p / Σ W_p             over the pillars with a known signal
//   score = clamp(CENTER + POINTS × Z, 1, 100), then held down when the account looks fake.
// Because it is linear before the clamp, each signal's contribution in points is exact.
import { assessAuthenticity } from './authenticity';
import { AUTHENTICITY, FORMULA_VERSION, PILLAR_WEIGHTS, SCALE } from './constants';
import { explain } from './explain';
import { expectedSlots, measureSignals, type MeasuredSignal } from './signals';
import { PILLARS, type Pillar, type PillarResult, type ProfileSignals, type ScoreResult } from './types';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const clampScore = (x: number) => Math.min(100, Math.max(1, Math.round(x)));

export interface ScoreDetail {
  result: ScoreResult;
  /** Points taken off by the authenticity hold-down (0 when none). */
  heldDown: number;
  unknown: string[];
}

export function scoreDetailed(signals: ProfileSignals): ScoreDetail {
  const measured = measureSignals(signals);
  const byPillar = new Map<Pillar, MeasuredSignal[]>(PILLARS.map((p) => [p, []]));
  for (const signal of measured) byPillar.get(signal.pillar)!.push(signal);

  const knownPillars = PILLARS.filter((p) => byPillar.get(p)!.length > 0);
  const totalWeight = knownPillars.reduce((sum, p) => sum + PILLAR_WEIGHTS[p], 0);

  let z = 0;
  const pillars = {} as Record<Pillar, PillarResult>;
  for (const pillar of PILLARS) {
    const signalsOfPillar = byPillar.get(pillar)!;
    const weightSum = signalsOfPillar.reduce((sum, s) => sum + s.weight, 0);
    const share = totalWeight > 0 && signalsOfPillar.length > 0 ? PILLAR_WEIGHTS[pillar] / totalWeight : 0;
    const pillarZ = weightSum > 0 ? signalsOfPillar.reduce((sum, s) => sum + s.weight * s.z, 0) / weightSum : 0;
    z += share * pillarZ;
    pillars[pillar] = {
      score: signalsOfPillar.length > 0 ? Math.round(100 * sigmoid(pillarZ * 2)) : 0,
      weight: Math.round(share * 1000) / 1000,
      signals: signalsOfPillar
        .map((s) => ({
          name: s.name,
          value: s.value,
          contribution: round1((SCALE.pointsPerUnit * share * s.weight * s.z) / weightSum),
        }))
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)),
    };
  }

  const authenticity = assessAuthenticity(signals);
  const raw = clampScore(SCALE.center + SCALE.pointsPerUnit * z);
  const held =
    authenticity.verdict === 'suspicious' ? clampScore(1 + (raw - 1) * (1 - AUTHENTICITY.holdDown * authenticity.risk)) : raw;

  const slots = expectedSlots(signals);
  const knownNames = new Set(measured.map((s) => s.name));
  const slotWeight = (slot: { pillar: Pillar; weight: number }) =>
    (PILLAR_WEIGHTS[slot.pillar] * slot.weight) /
    slots.filter((s) => s.pillar === slot.pillar).reduce((sum, s) => sum + s.weight, 0);
  const possible = slots.reduce((sum, slot) => sum + slotWeight(slot), 0);
  const known = slots.filter((slot) => knownNames.has(slot.name)).reduce((sum, slot) => sum + slotWeight(slot), 0);
  const confidence = possible > 0 ? Math.round((known / possible) * 100) / 100 : 0;
  const unknown = slots.filter((slot) => !knownNames.has(slot.name)).map((slot) => slot.name);

  const result: ScoreResult = {
    network: signals.network,
    handle: signals.handle,
    score: measured.length > 0 ? held : clampScore(SCALE.center),
    pillars,
    authenticity,
    confidence: measured.length > 0 ? confidence : 0,
    formulaVersion: FORMULA_VERSION,
    explanation: [],
  };
  const detail = { result, heldDown: raw - held, unknown };
  result.explanation = explain(detail, 'en');
  return detail;
}

export function score(signals: ProfileSignals): ScoreResult {
  return scoreDetailed(signals).result;
}

import { PILLARS, type ScoreResult, type SignalContribution } from './types';

/** The signals that moved the score most, either way, most important first. */
export function topSignals(result: Pick<ScoreResult, 'pillars'>, count: number): SignalContribution[] {
  return PILLARS.flatMap((pillar) => result.pillars[pillar].signals)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, count);
}

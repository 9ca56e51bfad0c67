// The explanation: short sentences, most important first, built from the same numbers the
// engine computed, so that they can never disagree with the score.
import { formatPoints } from '../lib/format';
import { SCALE } from './constants';
import type { ScoreDetail } from './engine';
import { PILLAR_LABELS, flagLabel, signalLabel, type Language } from './labels';
import { topSignals } from './top-signals';
import { PILLARS } from './types';

const TEXT = {
  en: {
    typical: (score: number, center: number) =>
      score >= center ? `Score ${score}: ${score - center} above a typical account (${center}).` : `Score ${score}: ${center - score} below a typical account (${center}).`,
    nothing: 'Nothing is known about this profile yet; the score is the typical value.',
    signal: (label: string, value: string, points: string) => `${label} ${value}: ${points} points`,
    pillar: (label: string, score: number, share: number) => `${label} ${score}/100, ${share}% of the score`,
    held: (points: number, flags: string) => `Held down by ${points} points: this account ${flags}.`,
    confidence: (percent: number, unknown: string) =>
      unknown ? `Confidence ${percent}%; unknown: ${unknown}.` : `Confidence ${percent}%.`,
  },
  de: {
    typical: (score: number, center: number) =>
      score >= center ? `Wert ${score}: ${score - center} über einem typischen Konto (${center}).` : `Wert ${score}: ${center - score} unter einem typischen Konto (${center}).`,
    nothing: 'Über dieses Profil ist noch nichts bekannt; der Wert ist der typische.',
    signal: (label: string, value: string, points: string) => `${label} ${value}: ${points} Punkte`,
    pillar: (label: string, score: number, share: number) => `${label} ${score}/100, ${share} % des Werts`,
    held: (points: number, flags: string) => `Um ${points} Punkte gesenkt: dieses Konto ${flags}.`,
    confidence: (percent: number, unknown: string) =>
      unknown ? `Sicherheit ${percent} %; unbekannt: ${unknown}.` : `Sicherheit ${percent} %.`,
  },
} as const;

const LOCALES: Record<Language, string> = { en: 'en-US', de: 'de-DE' };

function formatValue(value: number | boolean, language: Language): string {
  if (typeof value === 'boolean') return language === 'de' ? (value ? 'ja' : 'nein') : value ? 'yes' : 'no';
  return value.toLocaleString(LOCALES[language], { maximumFractionDigits: 2 });
}


export function explain(detail: ScoreDetail, language: Language): string[] {
  const { result, heldDown, unknown } = detail;
  const text = TEXT[language];
  const signals = PILLARS.flatMap((pillar) => result.pillars[pillar].signals);
  if (signals.length === 0) return [text.nothing];

  const lines: string[] = [text.typical(result.score, SCALE.center)];
  if (heldDown > 0) {
    lines.push(text.held(heldDown, result.authenticity.flags.map((flag) => flagLabel(flag, language)).join(', ')));
  }
  for (const signal of topSignals(result, signals.length)) {
    lines.push(
      text.signal(signalLabel(signal.name, language), formatValue(signal.value, language), formatPoints(signal.contribution, LOCALES[language])),
    );
  }
  for (const pillar of PILLARS) {
    const { score, weight, signals: pillarSignals } = result.pillars[pillar];
    if (pillarSignals.length > 0) lines.push(text.pillar(PILLAR_LABELS[pillar][language], score, Math.round(weight * 100)));
  }
  lines.push(text.confidence(Math.round(result.confidence * 100), unknown.map((name) => signalLabel(name, language)).join(', ')));
  return lines;
}

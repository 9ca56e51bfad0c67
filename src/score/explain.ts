// The explanation: short sentences, most important first, built from the very numbers the
// engine computed, so they can never disagree with the score. Each pillar's points are the
// sum of its signals' points; all of them add up to the score's distance from the typical 40
// (before rounding, and before any hold-down, which has a line of its own).
import { formatPoints } from '../lib/format';
import { MAPPING } from './constants';
import type { ScoreDetail } from './engine';
import { flagLabel, signalLabel, type Language } from './labels';
import { PILLAR_LABELS } from './pillar-labels';
import { PILLARS, type Pillar } from './types';

const LOCALES: Record<Language, string> = { en: 'en-US', de: 'de-DE' };

const TEXT = {
  en: {
    typical: (score: number, center: number) =>
      score === center
        ? `Score ${score}: a typical account.`
        : `Score ${score}: ${Math.abs(score - center)} ${score > center ? 'above' : 'below'} a typical account (${center}).`,
    nothing: 'Nothing is known about this profile yet; the score is the typical value.',
    pillar: (label: string, points: string, score: number, share: number) => `${label}: ${points} points (${score}/100, ${share}% of the score)`,
    signal: (label: string, value: string, points: string) => `  ${label} ${value}: ${points} points`,
    held: (points: string, risk: number, flags: string) => `Held down by ${points} points: ${risk}% risk that the account or its audience is fake (${flags}).`,
    confidence: (percent: number, unknown: string) => (unknown ? `Confidence ${percent}%; unknown: ${unknown}.` : `Confidence ${percent}%.`),
    yes: 'yes',
    no: 'no',
  },
  de: {
    typical: (score: number, center: number) =>
      score === center
        ? `Wert ${score}: ein typisches Konto.`
        : `Wert ${score}: ${Math.abs(score - center)} ${score > center ? 'über' : 'unter'} einem typischen Konto (${center}).`,
    nothing: 'Über dieses Profil ist noch nichts bekannt; der Wert ist der typische.',
    pillar: (label: string, points: string, score: number, share: number) => `${label}: ${points} Punkte (${score}/100, ${share} % des Werts)`,
    signal: (label: string, value: string, points: string) => `  ${label} ${value}: ${points} Punkte`,
    held: (points: string, risk: number, flags: string) => `Um ${points} Punkte gesenkt: ${risk} % Risiko, dass Konto oder Publikum unecht sind (${flags}).`,
    confidence: (percent: number, unknown: string) => (unknown ? `Sicherheit ${percent} %; unbekannt: ${unknown}.` : `Sicherheit ${percent} %.`),
    yes: 'ja',
    no: 'nein',
  },
} as const;

export function explain(detail: ScoreDetail, language: Language): string[] {
  const { result, heldDown, unknown } = detail;
  const text = TEXT[language];
  const locale = LOCALES[language];
  const value = (v: number | boolean) =>
    typeof v === 'boolean' ? (v ? text.yes : text.no) : v.toLocaleString(locale, { maximumFractionDigits: 2 });
  const points = (p: number) => formatPoints(p, locale);

  const known = PILLARS.filter((pillar) => result.pillars[pillar].signals.length > 0);
  if (known.length === 0) return [text.nothing];
  const pillarPoints = (pillar: Pillar) => result.pillars[pillar].signals.reduce((sum, s) => sum + s.contribution, 0);

  const lines: string[] = [text.typical(result.score, MAPPING.center)];
  if (heldDown > 0) {
    const flags = result.authenticity.flags.map((flag) => flagLabel(flag, language)).join('; ');
    lines.push(text.held(points(heldDown).replace(/^[+−]/, ''), Math.round(result.authenticity.risk * 100), flags));
  }
  for (const pillar of [...known].sort((a, b) => Math.abs(pillarPoints(b)) - Math.abs(pillarPoints(a)))) {
    const { score, weight, signals } = result.pillars[pillar];
    lines.push(text.pillar(PILLAR_LABELS[pillar][language], points(pillarPoints(pillar)), score, Math.round(weight * 100)));
    // Signals are already sorted by the size of their contribution.
    for (const signal of signals) lines.push(text.signal(signalLabel(signal.name, language), value(signal.value), points(signal.contribution)));
  }
  lines.push(text.confidence(Math.round(result.confidence * 100), unknown.map((name) => signalLabel(name, language)).join(', ')));
  return lines;
}

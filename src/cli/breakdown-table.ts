// A ScoreResult as a table for a terminal: every pillar, every signal, its value and points.
import { signalLabel } from '../score/labels';
import { PILLAR_LABELS } from '../score/pillar-labels';
import { PILLARS, type ScoreResult } from '../score/types';
import { formatNumber, formatPoints } from '../lib/format';

const LOCALE = 'en-US';

export function breakdownTable(result: ScoreResult, label = `${result.network}:${result.handle}`): string {
  const { authenticity } = result;
  const lines = [
    `${label}: ${result.score}/100 (confidence ${Math.round(result.confidence * 100)}%, formula ${result.formulaVersion})`,
    `Authenticity: ${authenticity.verdict}, risk ${Math.round(authenticity.risk * 100)}%${authenticity.flags.length ? ` (${authenticity.flags.join(', ')})` : ''}`,
    '',
  ];
  const rows: string[][] = [['Pillar', 'Score', 'Share', 'Signal', 'Value', 'Points']];
  for (const pillar of PILLARS) {
    const { score, weight, signals } = result.pillars[pillar];
    if (signals.length === 0) {
      rows.push([PILLAR_LABELS[pillar].en, '–', '0%', '(nothing known)', '', '']);
      continue;
    }
    signals.forEach((signal, index) =>
      rows.push([
        index === 0 ? PILLAR_LABELS[pillar].en : '',
        index === 0 ? String(score) : '',
        index === 0 ? `${Math.round(weight * 100)}%` : '',
        signalLabel(signal.name),
        formatNumber(signal.value, LOCALE),
        formatPoints(signal.contribution, LOCALE),
      ]),
    );
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const numeric = new Set([1, 2, 4, 5]);
  for (const row of rows) {
    lines.push(row.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd());
  }
  lines.push('', ...result.explanation.map((line) => `  ${line}`));
  return lines.join('\n');
}

// The audit as files: the followers as CSV for a spreadsheet, the summary as JSON. Handles and
// flags come from elsewhere, so the CSV is written by src/lib/csv.ts, which quotes what CSV needs
// and puts an apostrophe before a cell a spreadsheet would run as a formula (= + - @).
import { toCsvText } from '../lib/csv';
import type { AuditReport } from './report';

export const AUDIT_CSV_HEADER = ['handle', 'followers', 'following', 'posts', 'flags', 'verdict'] as const;

/** One row per sampled follower. */
export function auditCsv(report: AuditReport): string {
  return toCsvText([
    AUDIT_CSV_HEADER,
    ...report.followers.map((f) => [f.handle, f.followers, f.following, f.posts, f.flags.join(';'), f.verdict]),
  ]);
}

/** The summary: everything but the per-follower rows, which the CSV holds. */
export function auditJson(report: AuditReport): string {
  const { followers: _rows, ...summary } = report;
  return `${JSON.stringify(summary, null, 2)}\n`;
}

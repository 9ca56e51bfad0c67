// What the popup sees of an audience audit: its state, progress and, once done, its report.
// The background keeps the full resumable AuditState; this is the view it answers with.
import type { AuditReport } from '../audit';

export interface AuditView {
  /** The audited profile's key, `network:handle`. */
  key: string;
  state: 'running' | 'done' | 'error' | 'cancelled';
  progress: { read: number; classified: number; requests: number; sampleSize: number };
  report?: AuditReport;
  /** One plain sentence, when state is 'error'. */
  error?: string;
  /** Epoch milliseconds. */
  startedAt: number;
  finishedAt?: number;
}

// What is stored of an audience audit (under `audit:<network:handle>`), read back with every
// field checked, and what the popup is shown of it.
import { finish, parseAuditState, type AuditState } from '../audit';
import type { AuditView } from '../lib/audit-view';
import { isCount, isRecord } from '../lib/guards';
import type { MastodonAccountRef } from './audit-pages';

type Status = AuditView['state'];

/** What is stored per audit: the pure state and what the runner needs beside it. */
export interface AuditRecord {
  v: 1;
  key: string;
  status: Status;
  state: AuditState;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  error?: string;
  /** Mastodon: where the account's followers are listed, once looked up. */
  account?: MastodonAccountRef;
}

/** A stored record, or undefined where it is not one (an older shape, or damaged). */
export function parseRecord(value: unknown): AuditRecord | undefined {
  if (!isRecord(value) || value.v !== 1 || typeof value.key !== 'string') return undefined;
  if (!['running', 'done', 'error', 'cancelled'].includes(String(value.status))) return undefined;
  if (!isCount(value.startedAt) || !isCount(value.updatedAt) || (value.finishedAt !== undefined && !isCount(value.finishedAt))) return undefined;
  const state = parseAuditState(value.state);
  if (!state) return undefined;
  const account = value.account;
  if (account !== undefined && !(isRecord(account) && typeof account.host === 'string' && typeof account.id === 'string')) return undefined;
  return { ...(value as unknown as AuditRecord), state };
}

/** What the popup is shown: the progress, and the report once there is one (a cancelled audit's too). */
export function auditView(record: AuditRecord, pendingRequests = 0): AuditView {
  const { state } = record;
  const report = record.status === 'done' || (record.status !== 'running' && state.followers.length > 0) ? finish(state) : undefined;
  return {
    key: record.key,
    state: record.status,
    progress: { read: state.progress.read, classified: state.progress.classified, requests: state.progress.requests + pendingRequests, sampleSize: state.sampleSize },
    ...(report ? { report } : {}),
    ...(record.error !== undefined ? { error: record.error } : {}),
    startedAt: record.startedAt,
    ...(record.finishedAt !== undefined ? { finishedAt: record.finishedAt } : {}),
  };
}

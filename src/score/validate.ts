// Checks that untrusted JSON is a ProfileSignals before the engine sees it.
import { isCount, isDateString, isRecord } from '../lib/guards';
import type { ProfileSignals } from './types';

const NUMBER_FIELDS = ['followers', 'following', 'posts', 'lists', 'likesGiven'] as const;
const BOOLEAN_FIELDS = ['verified', 'hasAvatar', 'hasBio', 'hasUrl', 'hasLocation', 'defaultProfile'] as const;
const DATE_FIELDS = ['observedAt', 'createdAt'] as const;
const RECENT_FIELDS = [
  'windowDays', 'postsPerDay', 'repostsReceivedPerDay', 'mentionsReceivedPerDay', 'repliesReceivedPerDay',
  'likesReceivedPerDay', 'quotesReceivedPerDay', 'repostsSentPerDay', 'mentionsSentPerDay', 'uniqueEngagers',
  'engagerMedianFollowers',
] as const;


/** The value as ProfileSignals, or a sentence saying what is wrong with it. */
export function parseProfileSignals(value: unknown): { ok: true; signals: ProfileSignals } | { ok: false; error: string } {
  if (!isRecord(value)) return { ok: false, error: 'expected a JSON object' };
  for (const field of ['network', 'handle'] as const) {
    if (typeof value[field] !== 'string' || value[field] === '') return { ok: false, error: `"${field}" must be a non-empty string` };
  }
  for (const field of NUMBER_FIELDS) {
    if (value[field] !== undefined && value[field] !== null && !isCount(value[field])) {
      return { ok: false, error: `"${field}" must be a non-negative number` };
    }
  }
  for (const field of BOOLEAN_FIELDS) {
    if (value[field] !== undefined && value[field] !== null && typeof value[field] !== 'boolean') {
      return { ok: false, error: `"${field}" must be true or false` };
    }
  }
  for (const field of DATE_FIELDS) {
    const date = value[field];
    if (date !== undefined && date !== null && !isDateString(date)) {
      return { ok: false, error: `"${field}" must be an ISO 8601 date` };
    }
  }
  if (value.recent !== undefined && value.recent !== null) {
    if (!isRecord(value.recent)) return { ok: false, error: '"recent" must be an object' };
    for (const field of RECENT_FIELDS) {
      const rate = value.recent[field];
      if (rate !== undefined && rate !== null && !isCount(rate)) return { ok: false, error: `"recent.${field}" must be a non-negative number` };
    }
  }
  if (value.extra !== undefined && value.extra !== null) {
    if (!isRecord(value.extra) || !Object.values(value.extra).every(isCount)) {
      return { ok: false, error: '"extra" must map names to non-negative numbers' };
    }
  }
  // null means the same as absent: unknown.
  const signals = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as unknown as ProfileSignals;
  if (signals.recent) {
    signals.recent = Object.fromEntries(Object.entries(signals.recent).filter(([, v]) => v !== null));
  }
  return { ok: true, signals };
}

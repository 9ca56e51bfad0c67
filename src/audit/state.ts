// A resumable audit of one account's followers, as pure data and pure steps. The background asks
// the network for a page of followers, hands it to addPage with the cursor of the next page, and
// stores the state it gets back; a service worker that is stopped between pages (Chrome stops them
// after half a minute of quiet) reads the state again and goes on from `cursor`. Nothing here
// reads a clock, the network or storage: the same pages give the same state, resumed or not.
import { FORMULA_VERSION } from '../score/constants';
import { isCount, isRecord } from '../lib/guards';
import { VERDICTS, classifyFollower, type ClassifiedFollower, type FollowerInput } from './classify';
import { classifyListed, type PageFollower } from './list-evidence';

export const SAMPLE_SIZE = { default: 2000, min: 500, max: 5000 } as const;

export interface AuditTarget {
  network: string;
  handle: string;
  /** The account's follower count, if known: it picks the reference band. */
  followers?: number;
}

export interface AuditProgress {
  /** Followers received from the network, duplicates and those beyond the sample included. */
  read: number;
  /** Followers classified into the sample. */
  classified: number;
  /** Pages received. */
  requests: number;
}

export interface AuditState {
  version: 1;
  /** The engine's formula the verdicts were computed with; a state from another is stale (parseAuditState). */
  formulaVersion: string;
  target: AuditTarget;
  sampleSize: number;
  /** The audit's clock, ISO 8601: when a follower's signals were true if its source did not say. */
  at?: string;
  status: 'running' | 'done';
  /** The cursor of the next page to ask for; absent before the first page and once done. */
  cursor?: string;
  /** The network had no further page: every follower it lists was read. */
  exhausted: boolean;
  followers: ClassifiedFollower[];
  progress: AuditProgress;
  /** 'list': read from a followers list the user scrolled (list-evidence.ts); absent: from the network's API. */
  evidence?: 'list';
}

/** A whole number within SAMPLE_SIZE.min..max; anything not a number gives the default. */
export function clampSampleSize(size: number | undefined): number {
  if (size === undefined || !Number.isFinite(size)) return SAMPLE_SIZE.default;
  return Math.min(SAMPLE_SIZE.max, Math.max(SAMPLE_SIZE.min, Math.round(size)));
}

export function createAuditState(target: AuditTarget, sampleSize: number = SAMPLE_SIZE.default, at?: string): AuditState {
  return {
    version: 1,
    formulaVersion: FORMULA_VERSION,
    target: { ...target },
    sampleSize: clampSampleSize(sampleSize),
    ...(at !== undefined ? { at } : {}),
    status: 'running',
    exhausted: false,
    followers: [],
    progress: { read: 0, classified: 0, requests: 0 },
  };
}

// Mastodon handles are case-insensitive; Bluesky's are lower case already.
const keyOf = (handle: string) => handle.toLowerCase();

/**
 * The state after one more page. Followers already in the sample are skipped: lists are newest
 * first, so a follow that arrives while the audit pages shifts the list by one and the next page
 * repeats the last entry of the one before. A page that arrives after the audit is done (a late
 * answer after a restart) changes nothing. `nextCursor` undefined or empty: there is no further page.
 */
export function addPage(state: AuditState, followers: readonly FollowerInput[], nextCursor: string | undefined): AuditState {
  if (state.status === 'done') return state;
  const seen = new Set(state.followers.map((f) => keyOf(f.handle)));
  const sample = [...state.followers];
  for (const follower of followers) {
    if (sample.length >= state.sampleSize) break;
    const key = keyOf(follower.signals.handle);
    if (seen.has(key)) continue;
    seen.add(key);
    sample.push(classifyFollower(follower, state.at));
  }
  const exhausted = nextCursor === undefined || nextCursor === '';
  // A page that brings nothing new and points where the one before did would have the audit ask
  // forever; it ends there, without claiming it read the whole audience.
  const stuck = sample.length === state.followers.length && nextCursor === state.cursor;
  const done = exhausted || stuck || sample.length >= state.sampleSize;
  const { cursor: _previous, ...rest } = state;
  return {
    ...rest,
    ...(done ? {} : { cursor: nextCursor }),
    status: done ? 'done' : 'running',
    exhausted,
    followers: sample,
    progress: {
      read: state.progress.read + followers.length,
      classified: sample.length,
      requests: state.progress.requests + 1,
    },
  };
}

/**
 * The state after more followers read from a followers list on screen (X, Instagram): no cursor,
 * no paging; it is done once the sample is full, or when the user says so (the runner's finish).
 */
export function addListed(state: AuditState, followers: readonly PageFollower[]): AuditState {
  if (state.status === 'done') return state;
  const seen = new Set(state.followers.map((f) => keyOf(f.handle)));
  const sample = [...state.followers];
  for (const follower of followers) {
    if (sample.length >= state.sampleSize) break;
    if (seen.has(keyOf(follower.handle))) continue;
    seen.add(keyOf(follower.handle));
    sample.push(classifyListed(follower));
  }
  return {
    ...state,
    status: sample.length >= state.sampleSize ? 'done' : 'running',
    followers: sample,
    progress: { read: state.progress.read + followers.length, classified: sample.length, requests: state.progress.requests },
  };
}

const isFollower = (value: unknown): value is ClassifiedFollower =>
  isRecord(value) &&
  typeof value.handle === 'string' &&
  typeof value.risk === 'number' &&
  Array.isArray(value.flags) &&
  value.flags.every((flag) => typeof flag === 'string') &&
  (VERDICTS as readonly unknown[]).includes(value.verdict) &&
  ['followers', 'following', 'posts'].every((field) => value[field] === undefined || isCount(value[field]));

/**
 * A stored state read back, or undefined when it is not one, or was computed with another formula
 * (its verdicts would not match a fresh audit's, so the audit starts again).
 */
export function parseAuditState(value: unknown): AuditState | undefined {
  if (!isRecord(value) || value.version !== 1 || value.formulaVersion !== FORMULA_VERSION) return undefined;
  const { target, progress, followers } = value;
  if (!isRecord(target) || typeof target.network !== 'string' || typeof target.handle !== 'string') return undefined;
  if (target.followers !== undefined && !isCount(target.followers)) return undefined;
  if (!isRecord(progress) || !isCount(progress.read) || !isCount(progress.classified) || !isCount(progress.requests)) return undefined;
  if (!Array.isArray(followers) || !followers.every(isFollower)) return undefined;
  if (value.status !== 'running' && value.status !== 'done') return undefined;
  if (typeof value.exhausted !== 'boolean' || !isCount(value.sampleSize) || value.sampleSize !== clampSampleSize(value.sampleSize)) return undefined;
  if (value.at !== undefined && typeof value.at !== 'string') return undefined;
  if (value.cursor !== undefined && typeof value.cursor !== 'string') return undefined;
  if (value.evidence !== undefined && value.evidence !== 'list') return undefined;
  return value as unknown as AuditState;
}

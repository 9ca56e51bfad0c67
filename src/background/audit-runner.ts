// Runs audience audits in the background: pages through an account's followers (audit-pages.ts),
// adds each page to the resumable AuditState and stores it under `audit:<network:handle>` after
// every page. A service worker stopped mid-audit loses only the page it was reading: the next
// worker goes on from the stored cursor, on its own at start-up (resumeAll, which the background
// calls at its top level and from an alarm, audit-resume.ts) or when the popup asks (`get`,
// `start`). Reports are kept 7 days. Errors are states with a sentence, never exceptions.
import { addListed, createAuditState, SAMPLE_SIZE, addPage, clampSampleSize, type AuditState, type PageFollower } from '../audit';
import type { AuditView } from '../lib/audit-view';
import { normaliseRef, profileKey, type ProfileRef } from '../lib/profile-ref';
import { SourceError, type FetchError, type SourceContext } from '../sources/types';
import { blueskyPage, mastodonAccount, mastodonPage, type FollowerPage } from './audit-pages';
import { auditView, parseRecord, type AuditRecord } from './audit-record';
import type { KeyValueArea } from './cache';

export const AUDIT_NETWORKS = ['bluesky', 'mastodon'] as const;
/** Networks without a public followers API: audited from the followers list the user scrolls. */
export const LIST_AUDIT_NETWORKS = ['x', 'instagram'] as const;
export const AUDIT_PREFIX = 'audit:';
export const AUDIT_MAX_AGE_MS = 7 * 86_400_000;
/** Rate-limit answers in a row the audit waits out before it stops, and the longest wait for one. */
export const AUDIT_RATE_LIMIT_RETRIES = 3;
export const AUDIT_MAX_RETRY_WAIT_MS = 5 * 60_000;

export interface AuditRunnerOptions {
  storage: KeyValueArea;
  /** The network, through the hosts' limiter (background priority) in the extension. */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The audited account's follower count if already known (the cache): it picks the reference band. */
  knownFollowers?: (ref: ProfileRef) => Promise<number | undefined>;
  /** Called whenever an audit's loop starts in this worker (the background arms its resume alarm). */
  onRunning?: () => void;
}

const errorOf = (error: unknown): FetchError => (error instanceof SourceError ? error.error : { kind: 'bad-response', message: String(error) });

interface Loop {
  record: AuditRecord;
  /** Requests answered since the record was last updated. */
  pending: number;
  cancelled: boolean;
  done: Promise<void>;
}

export function createAuditRunner(options: AuditRunnerOptions) {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const loops = new Map<string, Loop>();
  const storageKey = (key: string) => AUDIT_PREFIX + key;

  async function load(key: string): Promise<AuditRecord | undefined> {
    const stored = (await options.storage.get([storageKey(key)]))[storageKey(key)];
    if (stored === undefined) return undefined;
    const record = parseRecord(stored);
    const age = record ? now() - (record.finishedAt ?? record.updatedAt) : Infinity;
    if (!record || record.key !== key || age > AUDIT_MAX_AGE_MS) {
      await options.storage.remove([storageKey(key)]).catch(() => {});
      return undefined;
    }
    return record;
  }

  async function save(loop: Loop): Promise<void> {
    if (loop.cancelled) return;
    await options.storage.set({ [storageKey(loop.record.key)]: loop.record });
  }

  /** The record with the requests answered so far counted in, and `patch` applied. */
  function settle(loop: Loop, patch: Partial<AuditRecord>): AuditRecord {
    const state = patch.state ?? loop.record.state;
    const requests = state.progress.requests + loop.pending;
    loop.pending = 0;
    return { ...loop.record, ...patch, state: { ...state, progress: { ...state.progress, requests } }, updatedAt: now() };
  }

  function contextFor(loop: Loop): SourceContext {
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await options.fetch(String(input), init);
      if (!loop.cancelled) loop.pending += 1;
      return response;
    }) as typeof globalThis.fetch;
    return { fetch, settings: {}, now };
  }

  /** Reads one page (looking the Mastodon account up first) and stores the state after it. */
  async function step(loop: Loop, context: SourceContext): Promise<void> {
    const { state } = loop.record;
    const { network, handle } = state.target;
    let page: FollowerPage;
    if (network === 'bluesky') {
      const seen = new Set(state.followers.map((f) => f.handle.toLowerCase()));
      page = await blueskyPage(handle, state.cursor, state.sampleSize - state.followers.length, seen, context);
    } else {
      let account = loop.record.account;
      if (!account) {
        account = await mastodonAccount(handle, context);
        if (loop.cancelled) return;
        const target = { ...state.target, ...(account.followers !== undefined ? { followers: account.followers } : {}) };
        loop.record = settle(loop, { account, state: { ...state, target } });
        await save(loop);
        return;
      }
      page = await mastodonPage(account, state.cursor, context);
      if (page.received === 0 && state.followers.length === 0 && (account.followers ?? 0) > 0) {
        throw new SourceError({ kind: 'withheld', message: 'This account does not show its followers to visitors.' });
      }
    }
    if (loop.cancelled) return;
    const added = addPage(state, page.followers, page.cursor);
    // addPage counts one request per page and the followers it was given; the page cost more
    // (Bluesky: the profiles too) and listed followers the sample did not need.
    const next = { ...added, progress: { ...added.progress, read: state.progress.read + page.received, requests: state.progress.requests } };
    const finished = next.status === 'done';
    loop.record = settle(loop, { state: next, ...(finished ? { status: 'done' as const, finishedAt: now() } : {}) });
    await save(loop);
  }

  async function run(loop: Loop): Promise<void> {
    const context = contextFor(loop);
    let limited = 0;
    while (!loop.cancelled && loop.record.status === 'running') {
      try {
        await step(loop, context);
        limited = 0;
      } catch (error) {
        if (loop.cancelled) return;
        const failure = errorOf(error);
        if (failure.kind === 'rate-limited' && limited < AUDIT_RATE_LIMIT_RETRIES) {
          limited += 1;
          const wait = Math.min(AUDIT_MAX_RETRY_WAIT_MS, Math.max(1000, (failure.retryAt ?? now() + 60_000) - now()));
          await sleep(wait);
          continue;
        }
        const message =
          failure.kind === 'rate-limited'
            ? `${failure.message.replace(/\.$/, '')}; the audit stopped with what it had read. Start it again later.`
            : failure.message;
        loop.record = settle(loop, { status: 'error', error: message, finishedAt: now() });
        await save(loop).catch(() => {});
        return;
      }
    }
  }

  function spawn(record: AuditRecord): Loop {
    const loop: Loop = { record, pending: 0, cancelled: false, done: Promise.resolve() };
    loops.set(record.key, loop);
    options.onRunning?.();
    loop.done = run(loop)
      .catch(async (error: unknown) => {
        // Storage failed (over quota?): the audit cannot go on, and says so.
        if (loop.cancelled) return;
        loop.record = settle(loop, { status: 'error', error: `The audit could not be stored: ${error instanceof Error ? error.message : String(error)}`, finishedAt: now() });
      })
      .finally(() => {
        if (loops.get(record.key) === loop) loops.delete(record.key);
      });
    return loop;
  }

  const supported = (ref: ProfileRef) => (AUDIT_NETWORKS as readonly string[]).includes(ref.network);
  const listed = (ref: ProfileRef) => (LIST_AUDIT_NETWORKS as readonly string[]).includes(ref.network);
  const fromList = (record: AuditRecord) => record.state.evidence === 'list';
  let listTurn: Promise<void> = Promise.resolve();

  /** A new audit of what the followers list shows; it runs while the user scrolls the list. */
  async function startListed(key: string, ref: ProfileRef, sampleSize?: number): Promise<AuditRecord> {
    const at = now();
    const state: AuditState = { ...createAuditState(ref, clampSampleSize(sampleSize ?? SAMPLE_SIZE.min), new Date(at).toISOString()), evidence: 'list' };
    const record: AuditRecord = { v: 1, key, status: 'running', state, startedAt: at, updatedAt: at };
    await options.storage.set({ [storageKey(key)]: record });
    return record;
  }

  /** The audit running in this worker or stored; a stored one left running (the worker stopped) goes on. */
  async function current(key: string, resume: boolean): Promise<Loop | AuditRecord | undefined> {
    const live = loops.get(key);
    if (live) return live;
    const record = await load(key);
    const raced = loops.get(key);
    if (raced) return raced;
    if (record?.status === 'running' && resume && !fromList(record)) return spawn(record);
    return record;
  }

  const viewOf = (found: Loop | AuditRecord) => ('pending' in found ? auditView(found.record, found.pending) : auditView(found));

  return {
    /** Starts an audit, or answers with the one running (an interrupted one of the same size goes on). */
    async start(rawRef: ProfileRef, sampleSize?: number): Promise<{ audit: AuditView } | { error: string }> {
      const ref = normaliseRef(rawRef);
      if (listed(ref)) {
        const record = await load(profileKey(ref));
        return { audit: auditView(record?.status === 'running' ? record : await startListed(profileKey(ref), ref, sampleSize)) };
      }
      if (!supported(ref)) return { error: 'Audience audits are available for Bluesky and Mastodon profiles, and for X and Instagram from their followers list.' };
      const key = profileKey(ref);
      const found = await current(key, false);
      if (found && 'pending' in found) return { audit: viewOf(found) };
      const size = clampSampleSize(sampleSize ?? SAMPLE_SIZE.default);
      if (found?.status === 'running' && (sampleSize === undefined || found.state.sampleSize === size)) return { audit: viewOf(spawn(found)) };
      const followers = await options.knownFollowers?.(ref).catch(() => undefined);
      const at = now();
      const state = createAuditState({ ...ref, ...(followers !== undefined ? { followers } : {}) }, size, new Date(at).toISOString());
      const record: AuditRecord = { v: 1, key, status: 'running', state, startedAt: at, updatedAt: at };
      if (loops.has(key)) return { audit: viewOf(loops.get(key)!) };
      await options.storage.set({ [storageKey(key)]: record });
      return { audit: viewOf(spawn(record)) };
    },

    async get(rawRef: ProfileRef): Promise<AuditView | null> {
      const ref = normaliseRef(rawRef);
      if (!supported(ref) && !listed(ref)) return null;
      const found = await current(profileKey(ref), true);
      return found ? viewOf(found) : null;
    },

    /** Stops the running audit; what it read stays, as a report marked incomplete. */
    async cancel(rawRef: ProfileRef): Promise<AuditView | null> {
      const ref = normaliseRef(rawRef);
      if (!supported(ref) && !listed(ref)) return null;
      const key = profileKey(ref);
      const found = await current(key, false);
      if (!found) return null;
      const loop = 'pending' in found ? found : undefined;
      const record = loop ? settle(loop, {}) : found as AuditRecord;
      if (record.status !== 'running') return viewOf(found);
      if (loop) {
        loop.cancelled = true;
        loops.delete(key);
      }
      const cancelled: AuditRecord = { ...record, status: 'cancelled', finishedAt: now(), updatedAt: now() };
      await options.storage.set({ [storageKey(key)]: cancelled });
      return auditView(cancelled);
    },

    /**
     * Followers the content script read from the list on screen: added to the list audit the user
     * started (Audit in the popup or the card). Scrolling a list without one audits nothing.
     */
    async seen(rawRef: ProfileRef, followers: readonly PageFollower[]): Promise<AuditView | null> {
      const ref = normaliseRef(rawRef);
      if (!listed(ref) || followers.length === 0) return null;
      const key = profileKey(ref);
      // Batches arrive close together; each reads and writes the whole record, so they take turns.
      const turn = listTurn.then(async () => {
        const found = await load(key);
        // A finished audit stays as it is; scrolling the list again after it begins no new one (Audit does).
        if (!found) return null;
        if (found.status !== 'running' || !fromList(found)) return auditView(found);
        const state = addListed(found.state, followers);
        const next: AuditRecord = { ...found, state, updatedAt: now(), ...(state.status === 'done' ? { status: 'done' as const, finishedAt: now() } : {}) };
        await options.storage.set({ [storageKey(key)]: next });
        return auditView(next);
      });
      listTurn = turn.then(() => undefined, () => undefined);
      return turn;
    },

    /** The user is done scrolling: the list audit reports what was read. */
    async finish(rawRef: ProfileRef): Promise<AuditView | null> {
      const ref = normaliseRef(rawRef);
      const key = profileKey(ref);
      const found = listed(ref) ? await load(key) : undefined;
      if (!found || found.status !== 'running' || !fromList(found)) return found ? auditView(found) : null;
      const done: AuditRecord = { ...found, status: 'done', state: { ...found.state, status: 'done' }, finishedAt: now(), updatedAt: now() };
      await options.storage.set({ [storageKey(key)]: done });
      return auditView(done);
    },

    /**
     * Goes on with every stored audit left running by a worker that stopped, without waiting for
     * the popup; answers how many audits now run in this worker (0: the resume alarm can go).
     */
    async resumeAll(): Promise<number> {
      const keys = options.storage.getKeys
        ? (await options.storage.getKeys()).filter((key) => key.startsWith(AUDIT_PREFIX))
        : Object.keys(await options.storage.get(null)).filter((key) => key.startsWith(AUDIT_PREFIX));
      for (const key of keys) {
        const ref = key.slice(AUDIT_PREFIX.length);
        if (!supported({ network: ref.split(':')[0], handle: '' })) continue;
        await current(ref, true).catch(() => undefined);
      }
      return loops.size;
    },

    /** Resolves when the audit's loop in this worker has stopped (tests, the benchmark). */
    async settled(rawRef: ProfileRef): Promise<void> {
      await loops.get(profileKey(normaliseRef(rawRef)))?.done;
    },
  };
}

export type AuditRunner = ReturnType<typeof createAuditRunner>;

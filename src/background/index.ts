// The service worker: routes messages to the profile service and pushes settled scores back
// to the tabs that wait for them. It keeps nothing in memory that it cannot lose: the cache
// and the rate-limit gate live in storage.local.
import browser from 'webextension-polyfill';
import { isRecord } from '../lib/guards';
import { SCORES_PORT, isRequest, isScoresGet, type Request, type ScoresUpdated } from '../lib/messages';
import { normaliseRef, type ProfileRef } from '../lib/profile-ref';
import { networkInfo } from '../lib/networks';
import { forBadge, type BadgeEntry, type SettledEntry } from '../lib/score-entry';
import { loadSettings } from '../lib/settings';
import { score } from '../score/engine';
import { sourceFor } from '../sources';
import type { Source, SourceContext } from '../sources/types';
import { createBatcher, type Batcher } from './batcher';
import { createCache } from './cache';
import { createProfileService, isCachedEntry, type CachedEntry } from './profile-service';
import { createRateGate } from './rate-gate';

const storage = browser.storage.local;
const gate = createRateGate(storage, (input, init) => fetch(input, init));

async function sourceContext(): Promise<SourceContext> {
  const settings = await loadSettings(storage);
  return { fetch: gate.fetch, settings: { githubToken: settings.githubToken }, now: Date.now };
}

const batchers = new Map<Source, Batcher>();
const service = createProfileService({
  cache: createCache<CachedEntry>(storage, { prefix: 'profile:', isValue: isCachedEntry }),
  sourceFor,
  batcherFor(source) {
    let batcher = batchers.get(source);
    if (!batcher) {
      batcher = createBatcher(source, sourceContext, { windowMs: 30, concurrency: source.concurrency });
      batchers.set(source, batcher);
    }
    return batcher;
  },
  score,
  maxAgeMs: async () => (await loadSettings(storage)).maxAgeHours * 3_600_000,
  now: Date.now,
});

/**
 * Settled entries wait here a moment, so that a tab gets one message per burst, not one per
 * profile: each message makes the page draw its badges again, so fewer is cheaper.
 */
const PUSH_INTERVAL_MS = 250;
const outbox = new Map<browser.Runtime.Port, BadgeEntry[]>();
let outboxTimer: ReturnType<typeof setTimeout> | undefined;

function post(port: browser.Runtime.Port, entries: BadgeEntry[]): void {
  const message: ScoresUpdated = { type: 'scores.updated', entries };
  try {
    port.postMessage(message);
  } catch {
    outbox.delete(port); // the tab navigated away or closed
  }
}

function push(port: browser.Runtime.Port, entry: SettledEntry): void {
  const pending = outbox.get(port) ?? [];
  pending.push(forBadge(entry));
  outbox.set(port, pending);
  outboxTimer ??= setTimeout(() => {
    outboxTimer = undefined;
    for (const [target, entries] of outbox) post(target, entries);
    outbox.clear();
  }, PUSH_INTERVAL_MS);
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== SCORES_PORT) return;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
    outbox.delete(port);
  });
  port.onMessage.addListener(async (message: unknown) => {
    if (!isScoresGet(message)) return;
    const entries = await service.lookup(validRefs(message.refs), (entry) => {
      if (open) push(port, entry);
    });
    // What is still loading follows as it settles; an answer of nothing but "loading" would be news to no badge.
    const known = entries.filter((entry) => entry.state !== 'loading');
    if (open && known.length > 0) post(port, known.map(forBadge));
  });
});

function validRefs(raw: unknown): ProfileRef[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((ref): ref is ProfileRef => isRecord(ref) && typeof ref.network === 'string' && typeof ref.handle === 'string')
    .map(normaliseRef)
    .filter((ref) => networkInfo(ref.network)?.isValidHandle(ref.handle) ?? false)
    .slice(0, 500);
}

async function handle(message: Request): Promise<unknown> {
  switch (message.type) {
    case 'score.peek': {
      const [ref] = validRefs([message.ref]);
      return { entry: ref ? await service.peek(ref) : null };
    }
    case 'score.resolve': {
      const [ref] = validRefs([message.ref]);
      // Errors are answers, not exceptions: a rejected promise reaches callers differently with and without the polyfill.
      if (!ref) return { error: 'Not a profile this extension knows how to score.' };
      return { entry: await service.resolve(ref, message.refresh === true) };
    }
  }
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isRequest(message)) return undefined;
  return handle(message);
});

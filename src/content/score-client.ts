// The content script's side of the protocol: collects the profiles its badges need, asks the
// background in batches, and hands each settled entry to every badge of that profile. Entries
// still loading after a while are asked for again (the service worker may have been stopped).
import browser from 'webextension-polyfill';
import { isScoresUpdated, sendRequest } from '../lib/messages';
import { profileKey, type ProfileRef } from '../lib/profile-ref';
import type { BadgeEntry, ScoredEntry } from '../lib/score-entry';

const BATCH_DELAY_MS = 150;
const MAX_REFS_PER_MESSAGE = 100;
const RE_ASK_AFTER_MS = 20_000;
const SEND_RETRIES = 3;

type Listener = (entry: BadgeEntry) => void;

export function createScoreClient() {
  const known = new Map<string, BadgeEntry>();
  const listeners = new Map<string, Set<Listener>>();
  const refs = new Map<string, ProfileRef>();
  const wanted = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  function deliver(entry: BadgeEntry): void {
    const before = known.get(entry.key);
    known.set(entry.key, entry);
    clearTimeout(timers.get(entry.key));
    timers.delete(entry.key);
    // Still loading is no news for the badges.
    if (before?.state !== 'loading' || entry.state !== 'loading') {
      for (const listener of listeners.get(entry.key) ?? []) listener(entry);
    }
    if (entry.state === 'loading') askLater(entry.key, RE_ASK_AFTER_MS);
    if (entry.state === 'error' && entry.retryAt) askLater(entry.key, Math.max(1000, entry.retryAt - Date.now() + 500));
  }

  function askLater(key: string, delay: number): void {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (listeners.get(key)?.size) ask(key);
      }, delay),
    );
  }

  function ask(key: string): void {
    wanted.add(key);
    flushTimer ??= setTimeout(flush, BATCH_DELAY_MS);
  }

  async function send(batch: ProfileRef[], attempt = 0): Promise<void> {
    try {
      const { entries } = await sendRequest('scores.get', { refs: batch });
      entries.forEach(deliver);
    } catch (error) {
      if (!browser.runtime?.id) return; // the extension was reloaded or removed: this script is orphaned
      if (attempt < SEND_RETRIES) {
        setTimeout(() => void send(batch, attempt + 1), 1000 * 2 ** attempt);
        return;
      }
      for (const ref of batch) {
        deliver({ key: profileKey(ref), state: 'error', kind: 'network', reason: String((error as Error)?.message ?? error) });
      }
    }
  }

  function flush(): void {
    flushTimer = undefined;
    const batch = [...wanted].map((key) => refs.get(key)!).filter(Boolean);
    wanted.clear();
    for (let start = 0; start < batch.length; start += MAX_REFS_PER_MESSAGE) {
      void send(batch.slice(start, start + MAX_REFS_PER_MESSAGE));
    }
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isScoresUpdated(message)) message.entries.forEach(deliver);
    return undefined;
  });

  return {
    /** What the background's cache holds about a scored profile, for its card. */
    async details(ref: ProfileRef): Promise<ScoredEntry | undefined> {
      try {
        const { entry } = await sendRequest('score.peek', { ref });
        return entry?.state === 'scored' ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    /** Calls listener with every state of the profile from now on; returns the unsubscribe. */
    subscribe(ref: ProfileRef, listener: Listener): () => void {
      const key = profileKey(ref);
      refs.set(key, ref);
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      const entry = known.get(key);
      if (entry) listener(entry);
      if (!entry || (entry.state !== 'scored' && entry.state !== 'unavailable' && !timers.has(key))) ask(key);
      return () => set!.delete(listener);
    },
  };
}

export type ScoreClient = ReturnType<typeof createScoreClient>;

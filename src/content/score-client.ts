// The content script's side of the protocol: collects the profiles its badges need, asks the
// background in batches over a port, and hands each settled entry to every badge of that
// profile. When the port drops (the browser stopped the service worker), the profiles still
// loading are asked for again on a new one; a watchdog re-asks any that wait too long.
import type { PageFollower } from '../audit/list-evidence';
import { nativeApi as browser } from '../lib/native-api';
import { SCORES_PORT, isScoresUpdated, isSettingsChanged, sendRequest, type AuditFollowersSeen, type LayoutReport, type PostsSeen, type ProfileObserve, type ScoresGet } from '../lib/messages';
import type { SeenPost } from '../sites/types';
import { profileKey, type ProfileRef } from '../lib/profile-ref';
import type { BadgeEntry, CardDetails } from '../lib/score-entry';

const BATCH_DELAY_MS = 150;
/** Time one task spends handing answers to badges: an answer for a hundred profiles with many badges each is spread over several. */
const DELIVER_BUDGET_MS = 4;
const MAX_REFS_PER_MESSAGE = 100;
const RE_ASK_AFTER_MS = 30_000;

type Listener = (entry: BadgeEntry) => void;

export function createScoreClient() {
  const known = new Map<string, BadgeEntry>();
  const listeners = new Map<string, Set<Listener>>();
  const refs = new Map<string, ProfileRef>();
  const wanted = new Set<string>();
  /**
   * When each profile asked for is asked again if no answer came (the watchdog), or an error's
   * retry is due: one timer for all, set for the soonest (a page asks for a thousand at once).
   */
  const due = new Map<string, number>();
  let dueTimer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const settingsListeners = new Set<(settings: unknown) => void>();

  function deliver(entry: BadgeEntry): void {
    known.set(entry.key, entry);
    due.delete(entry.key);
    for (const listener of listeners.get(entry.key) ?? []) listener(entry);
    if (entry.state === 'error' && entry.retryAt) askLater(entry.key, Math.max(1000, entry.retryAt - Date.now() + 500));
  }

  /** Answers not yet handed to their badges, oldest first. */
  let inbox: BadgeEntry[] = [];
  let inboxTimer: ReturnType<typeof setTimeout> | undefined;

  function receive(entries: BadgeEntry[]): void {
    inbox = inbox.concat(entries);
    if (inboxTimer === undefined) deliverSome();
  }

  /** Hands answers to their badges for DELIVER_BUDGET_MS, and the rest in the next tasks (a timer, which runs in a hidden tab too). */
  function deliverSome(): void {
    inboxTimer = undefined;
    const deadline = performance.now() + DELIVER_BUDGET_MS;
    let next = 0;
    while (next < inbox.length && (next === 0 || performance.now() < deadline)) deliver(inbox[next++]);
    inbox = inbox.slice(next);
    if (inbox.length > 0) inboxTimer = setTimeout(deliverSome, 0);
  }

  function askLater(key: string, delay: number): void {
    const at = Date.now() + delay;
    due.set(key, at);
    if (at < dueAt) wakeAt(at);
  }

  function wakeAt(at: number): void {
    clearTimeout(dueTimer);
    dueAt = at;
    dueTimer = setTimeout(askDue, Math.max(0, at - Date.now()));
  }

  function askDue(): void {
    dueTimer = undefined;
    dueAt = Infinity;
    const now = Date.now();
    let next = Infinity;
    for (const [key, at] of due) {
      if (at > now) next = Math.min(next, at);
      else {
        due.delete(key);
        if (listeners.get(key)?.size) ask(key);
      }
    }
    if (next < Infinity) wakeAt(next);
  }

  function ask(key: string): void {
    wanted.add(key);
    flushTimer ??= setTimeout(flush, BATCH_DELAY_MS);
  }

  let port: ReturnType<typeof browser.runtime.connect> | undefined;

  function connect(): NonNullable<typeof port> {
    const opened = browser.runtime.connect({ name: SCORES_PORT });
    opened.onMessage.addListener((message: unknown) => {
      if (isScoresUpdated(message)) receive(message.entries);
      else if (isSettingsChanged(message)) for (const listener of settingsListeners) listener(message.settings);
    });
    opened.onDisconnect.addListener(() => {
      port = undefined;
      if (!browser.runtime?.id) return; // the extension was reloaded or removed: this script is orphaned
      // Whatever was asked and not yet answered is asked again, on a new port.
      for (const key of [...due.keys()]) if (listeners.get(key)?.size && known.get(key)?.state !== 'error') ask(key);
    });
    return opened;
  }

  function post(message: ScoresGet | ProfileObserve | PostsSeen | LayoutReport | AuditFollowersSeen): void {
    try {
      (port ??= connect()).postMessage(message);
    } catch {
      // The port died under us: one more try on a fresh one.
      try {
        (port = connect()).postMessage(message);
      } catch (error) {
        if (message.type !== 'scores.get') return;
        for (const ref of message.refs) deliver({ key: profileKey(ref), state: 'error', kind: 'network', reason: String(error) });
      }
    }
  }

  function send(batch: ProfileRef[]): void {
    // A watchdog per profile: if no answer comes, ask again.
    for (const ref of batch) askLater(profileKey(ref), RE_ASK_AFTER_MS);
    post({ type: 'scores.get', refs: batch });
  }

  // Back online: what failed is asked again.
  globalThis.addEventListener?.('online', () => {
    for (const [key, entry] of known) if (entry.state === 'error' && listeners.get(key)?.size) ask(key);
  });

  function flush(): void {
    flushTimer = undefined;
    const batch = [...wanted].map((key) => refs.get(key)!).filter(Boolean);
    wanted.clear();
    for (let start = 0; start < batch.length; start += MAX_REFS_PER_MESSAGE) {
      send(batch.slice(start, start + MAX_REFS_PER_MESSAGE));
    }
  }

  return {
    /** Tells the background what the page shows of a profile. */
    observe(ref: ProfileRef, signals: ProfileObserve['signals'], { feedUrl, links }: Pick<ProfileObserve, 'feedUrl' | 'links'> = {}): void {
      post({ type: 'profile.observe', ref, signals, ...(feedUrl ? { feedUrl } : {}), ...(links?.length ? { links } : {}) });
    },
    /** Calls listener with the stored settings whenever they change. */
    onSettings(listener: (settings: unknown) => void): void {
      settingsListeners.add(listener);
    },
    /** Tells the background which posts the page shows, with their counts. */
    posts(posts: SeenPost[]): void {
      if (posts.length > 0) post({ type: 'posts.seen', posts });
    },
    /** Followers read from the followers list on screen, for the audit of `handle`'s audience. */
    followersSeen(network: string, handle: string, followers: PageFollower[]): void {
      if (followers.length > 0) post({ type: 'audit.followers.seen', network, handle, followers });
    },
    /** Tells the background whether this site's adapter recognises the page's layout. */
    layout(site: string, recognised: boolean): void {
      post({ type: 'site.layout', site, recognised });
    },
    /** What the background's cache holds about a scored profile, for its card; a linked one's proofs too. */
    async details(ref: ProfileRef): Promise<CardDetails | undefined> {
      try {
        const badge = known.get(profileKey(ref));
        const linked = badge?.state === 'scored' && (badge.linked?.length ?? 0) > 0;
        const [{ entry }, identity] = await Promise.all([sendRequest('score.peek', { ref }), linked ? sendRequest('identity.get', { ref }) : undefined]);
        return entry?.state === 'scored' ? { ...entry, ...(identity ? { identity } : {}) } : undefined;
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
      const asked = due.has(key) || wanted.has(key);
      if (!asked && (!entry || entry.state === 'error' || entry.state === 'loading')) ask(key);
      return () => set!.delete(listener);
    },
  };
}

export type ScoreClient = ReturnType<typeof createScoreClient>;

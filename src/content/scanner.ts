// Finds handles as the page changes, without slowing it down. The MutationObserver only
// queues what was added; the queue is worked off a moment later with the content script's other
// gathered work (gather.ts), within a small time budget, and whatever is left waits for the
// next frame.
import { profileKey } from '../lib/profile-ref';
import { candidatesIn, matchesIn } from '../sites/find-handles';
import type { FoundHandle, SiteAdapter } from '../sites/types';
import { BADGE_TAG } from './badge';
import { gathered } from './gather';

/** Our share of a frame; the page keeps the rest of its 16 ms. */
const FRAME_BUDGET_MS = 4;

export interface ScannerEvents {
  /** An element now stands for this handle (first sight, or its target changed); null: it no longer is one. */
  changed(element: Element, found: FoundHandle | null): void;
  /** Posts (adapter.postSelector) in what was added: their counts are read once on screen. */
  posts?(elements: Element[]): void;
  /** Runs after each frame's work, for follow-up work of the same frame. */
  afterFrame?(): void;
}

export function startScanner(adapter: SiteAdapter, events: ScannerEvents, root: Node = document) {
  const roots: Node[] = [root];
  let candidates: Element[] = [];
  let next = 0;
  /** Each element examined, with the key it stood for ('' for none), to notice reused elements. */
  const examined = new WeakMap<Element, string>();
  let frame: number | undefined;
  let stopped = false;

  const isOurs = (node: Node) => (node as Element).localName === BADGE_TAG;

  function schedule(): void {
    frame ??= requestAnimationFrame(work);
  }

  /** What the page added is examined with the other gathered work (gather.ts), then frame by frame. */
  function gather(): void {
    if (frame === undefined) gathered(workGathered);
  }

  function workGathered(): void {
    if (frame === undefined && !stopped) work();
  }

  let page = new URL(location.href);

  function examine(element: Element): void {
    let found: FoundHandle | null = null;
    try {
      found = adapter.handleFromElement(element, page);
    } catch {
      found = null; // an adapter that trips over unknown markup places nothing
    }
    const key = found ? profileKey(found.ref) : '';
    const before = examined.get(element);
    if (before === key) return;
    examined.set(element, key);
    if (before !== undefined || found) events.changed(element, found);
  }

  function work(): void {
    frame = undefined;
    if (page.href !== location.href) page = new URL(location.href);
    const deadline = performance.now() + FRAME_BUDGET_MS;
    while (performance.now() < deadline) {
      if (next < candidates.length) {
        examine(candidates[next++]);
        continue;
      }
      const node = roots.shift();
      if (!node) break;
      if (node.isConnected) {
        candidates = candidatesIn(adapter, node);
        next = 0;
        if (adapter.postSelector && events.posts) events.posts(matchesIn(node, adapter.postSelector));
      }
    }
    events.afterFrame?.();
    if (next < candidates.length || roots.length > 0) schedule();
  }

  function queue(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        roots.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOurs(node)) roots.push(node);
      }
    }
    if (roots.length > 0) gather();
  }

  const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] };
  const observer = new MutationObserver(queue);
  observer.observe(root, OBSERVE);
  schedule();

  return {
    /**
     * Makes our own DOM changes (placing badges) without observing them: they are not handles.
     * (Observing them and passing over their records cost more: a record per badge.)
     */
    quietly(change: () => void): void {
      queue(observer.takeRecords());
      observer.disconnect();
      try {
        change();
      } finally {
        observer.observe(root, OBSERVE);
      }
    },
    stop(): void {
      observer.disconnect();
      stopped = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
  };
}

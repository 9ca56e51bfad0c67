// Finds handles as the page changes, without slowing it down. The MutationObserver only
// queues what was added; the queue is worked off a moment later with the content script's other
// gathered work (gather.ts), within a small time budget, and whatever is left waits for the
// next frame.
// On sites with posts (adapter.postSelector), a post is the unit: its handles are looked at only
// once the post comes near the screen, and then all at once (their badges placed right there)
// before its counts are read. One observation per post instead of one per handle and one more
// for its counts; posts a user scrolls past far off screen cost only being found.
import { profileKey } from '../lib/profile-ref';
import { candidatesIn, matchesIn } from '../sites/find-handles';
import type { FoundHandle, SiteAdapter } from '../sites/types';
import { BADGE_TAG } from './badge';
import { NEAR_SCREEN } from './badges';
import { gathered } from './gather';

/** Our share of a frame; the page keeps the rest of its 16 ms. */
const FRAME_BUDGET_MS = 4;

export interface ScannerEvents {
  /**
   * An element now stands for this handle (first sight, or its target changed); null: it no
   * longer is one. `near`: the element is near the screen now (its post came there), and the
   * call is made with the scanner's observer off, so a badge can be placed at once.
   */
  changed(element: Element, found: FoundHandle | null, near: boolean): void;
  /** Posts (adapter.postSelector) that came near the screen, their handles examined: their counts can be read. */
  postsNear?(posts: Element[]): void;
  /** Runs after each frame's work, for follow-up work of the same frame. */
  afterFrame?(): void;
}

/** An element with no layout box reports an empty rectangle; one out of sight has a size. */
const hasNoBox = (entry: IntersectionObserverEntry) => entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0;

export function startScanner(adapter: SiteAdapter, events: ScannerEvents, root: Node = document) {
  const roots: Node[] = [root];
  let candidates: Element[] = [];
  let next = 0;
  /** Each element examined, with the key it stood for ('' for none), to notice reused elements. */
  const examined = new WeakMap<Element, string>();
  let frame: number | undefined;
  let stopped = false;

  const postSelector = events.postsNear && typeof IntersectionObserver !== 'undefined' ? adapter.postSelector : undefined;
  /**
   * The posts in what was added and the handles outside any post, in one query. (The post selector
   * is wrapped: many are lists, and " *" after a bare list would bind to its last part only.)
   */
  const postsOrOutside = postSelector && `${postSelector}, :is(${adapter.candidateSelector}):not(:is(${postSelector}) *)`;
  /** Posts whose handles were examined (they came near the screen): later changes inside them are examined as they come. */
  const passed = new WeakSet<Element>();
  const nearPosts: Element[] = [];
  /**
   * Links whose href the page rewrote: in a post already read, its permalink may just have been
   * filled in (Facebook writes it only when the pointer reaches the post's time), so the post is
   * read again (the reader sends it only if what it reads changed).
   */
  const rewrittenLinks: Element[] = [];
  /**
   * Posts the page shows with no box of their own (display: contents, or hidden): they never come
   * near the screen, so their handles are examined as any others are, each watched on its own.
   */
  const boxlessPosts: Element[] = [];
  const postsWatch = postSelector
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) nearPosts.push(entry.target);
            else if (hasNoBox(entry)) boxlessPosts.push(entry.target);
            else continue;
            postsWatch!.unobserve(entry.target);
          }
          if (nearPosts.length > 0 || boxlessPosts.length > 0) gather();
        },
        { rootMargin: NEAR_SCREEN },
      )
    : undefined;

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

  function examine(element: Element, near: boolean): void {
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
    if (before !== undefined || found) events.changed(element, found, near);
  }

  /**
   * The handles of what the page added, except those in posts not yet near the screen: those
   * posts are watched instead, and their handles examined when they come near (passPosts).
   */
  function candidatesOf(node: Node): Element[] {
    if (!postSelector || !postsOrOutside) return candidatesIn(adapter, node);
    const posts: Element[] = [];
    const outside: Element[] = [];
    for (const element of matchesIn(node, postsOrOutside)) (element.matches(postSelector) ? posts : outside).push(element);
    for (const post of posts) if (!passed.has(post)) postsWatch!.observe(post);
    const around = (node as Element).closest?.(postSelector) ?? null;
    if (around === null) return outside;
    if (!passed.has(around)) {
      postsWatch!.observe(around);
      return [];
    }
    // Added to a post already examined: its handles are examined as they come, but those of a
    // post inside it wait for that post.
    return candidatesIn(adapter, node).filter((candidate) => {
      const post = candidate.closest(postSelector);
      return post === null || passed.has(post);
    });
  }

  /** Posts that came near the screen: their handles examined (badges placed at once), then their counts read. */
  function passPosts(deadline: number): void {
    const posts: Element[] = [];
    quietly(() => {
      while (nearPosts.length > 0 && performance.now() < deadline) {
        const post = nearPosts.shift()!;
        if (!post.isConnected || passed.has(post)) continue;
        passed.add(post);
        posts.push(post);
        for (const candidate of candidatesIn(adapter, post)) examine(candidate, true);
      }
    });
    if (posts.length > 0) events.postsNear!(posts);
    for (const post of boxlessPosts.splice(0)) {
      if (!post.isConnected || passed.has(post)) continue;
      passed.add(post);
      for (const candidate of candidatesIn(adapter, post)) examine(candidate, false);
    }
  }

  function readRewrittenPosts(): void {
    const posts = new Set<Element>();
    for (const link of rewrittenLinks.splice(0)) {
      const post = link.isConnected ? link.closest(postSelector!) : null;
      if (post && passed.has(post)) posts.add(post);
    }
    if (posts.size > 0) events.postsNear!([...posts]);
  }

  function work(): void {
    frame = undefined;
    if (page.href !== location.href) page = new URL(location.href);
    const deadline = performance.now() + FRAME_BUDGET_MS;
    while (performance.now() < deadline) {
      if (next < candidates.length) {
        examine(candidates[next++], false);
        continue;
      }
      const node = roots.shift();
      if (!node) break;
      if (node.isConnected) {
        candidates = candidatesOf(node);
        next = 0;
      }
    }
    if (nearPosts.length > 0 || boxlessPosts.length > 0) passPosts(deadline);
    if (rewrittenLinks.length > 0) readRewrittenPosts();
    events.afterFrame?.();
    if (next < candidates.length || roots.length > 0 || nearPosts.length > 0) schedule();
  }

  function queue(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        roots.push(record.target);
        if (postSelector) rewrittenLinks.push(record.target as Element);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOurs(node)) roots.push(node);
      }
    }
    if (roots.length > 0) gather();
  }

  const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['href', ...(adapter.handleAttributes ?? [])] };
  const observer = new MutationObserver(queue);
  observer.observe(root, OBSERVE);
  schedule();

  /**
   * Makes our own DOM changes (placing badges) without observing them: they are not handles.
   * (Observing them and passing over their records cost more: a record per badge.)
   */
  function quietly(change: () => void): void {
    queue(observer.takeRecords());
    observer.disconnect();
    try {
      change();
    } finally {
      observer.observe(root, OBSERVE);
    }
  }

  return {
    quietly,
    stop(): void {
      observer.disconnect();
      postsWatch?.disconnect();
      stopped = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
  };
}

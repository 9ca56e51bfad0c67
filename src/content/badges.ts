// Places badges for the handles the scanner finds, but only once they come near the screen:
// a page with a thousand handles costs a thousand cheap checks, not a thousand badges and
// requests. Badges whose handle left the page are removed with it.
import type { FoundHandle } from '../sites/types';
import { Badge } from './badge';
import type { ScoreClient } from './score-client';

/** How far outside the viewport a handle counts as "near the screen". */
const NEAR_SCREEN = '300px';
const MAX_BADGES_PER_FRAME = 60;

interface Placed {
  badge: Badge;
  unsubscribe(): void;
  anchor: Element;
}

/** `quietly` makes DOM changes that the page scanner should not see as the page's own. */
export function createBadgeLayer(client: ScoreClient, quietly: (change: () => void) => void) {
  const waiting = new Map<Element, FoundHandle>();
  const placed = new Map<Element, Placed>();
  const toPlace: Element[] = [];
  let frame: number | undefined;

  const visibility = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        visibility.unobserve(entry.target);
        toPlace.push(entry.target);
      }
      // The observer reports as a frame is drawn: a few badges go in at once; more wait for the next frames.
      if (toPlace.length <= MAX_BADGES_PER_FRAME && frame === undefined) placeSome();
      else schedule();
    },
    { rootMargin: NEAR_SCREEN },
  );

  function schedule(): void {
    frame ??= requestAnimationFrame(placeSome);
  }

  function place(element: Element, found: FoundHandle): void {
    const badge = new Badge(found.ref, () => client.details(found.ref));
    if (found.placement === 'append') found.anchor.append(badge.host);
    else found.anchor.after(badge.host);
    const unsubscribe = client.subscribe(found.ref, (entry) => badge.update(entry));
    placed.set(element, { badge, unsubscribe, anchor: found.anchor });
  }

  function placeSome(): void {
    frame = undefined;
    quietly(() => {
      for (const element of toPlace.splice(0, MAX_BADGES_PER_FRAME)) {
        const found = waiting.get(element);
        waiting.delete(element);
        if (found && element.isConnected) place(element, found);
      }
    });
    if (toPlace.length > 0) schedule();
  }

  function forget(element: Element): void {
    waiting.delete(element);
    visibility.unobserve(element);
    const existing = placed.get(element);
    if (existing) {
      existing.unsubscribe();
      existing.badge.remove();
      placed.delete(element);
    }
  }

  return {
    changed(element: Element, found: FoundHandle | null): void {
      forget(element);
      if (!found) return;
      waiting.set(element, found);
      visibility.observe(element);
    },
    /** Drops badges whose handle is gone from the page (their anchor was removed or replaced). */
    sweep(): void {
      for (const [element, { anchor }] of placed) {
        if (!element.isConnected || !anchor.isConnected) forget(element);
      }
      for (const element of waiting.keys()) if (!element.isConnected) forget(element);
    },
  };
}

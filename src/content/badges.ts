// Places badges for the handles the scanner finds, but only once they come near the screen:
// a page with a thousand handles costs a thousand cheap checks, not a thousand badges and
// requests. Badges whose handle left the page are removed with it. In privacy mode a badge asks
// for nothing until the user reaches for it (then every badge of that profile gets the score).
import type { BadgeSize } from '../lib/settings';
import type { FoundHandle } from '../sites/types';
import { Badge } from './badge';
import { gathered } from './gather';
import type { ScoreClient } from './score-client';

/** How far outside the viewport a handle (or a post: scanner.ts) counts as "near the screen". */
export const NEAR_SCREEN = '300px';
const MAX_BADGES_PER_FRAME = 60;

interface Placed {
  badge: Badge;
  unsubscribe(): void;
  anchor: Element;
}

export interface BadgeOptions {
  /** Privacy mode: badges wait for a hover, focus or click before asking for their score. */
  waitForUser: boolean;
  size: BadgeSize;
}

/** `quietly` makes DOM changes that the page scanner should not see as the page's own. */
export function createBadgeLayer(client: ScoreClient, quietly: (change: () => void) => void, initial: BadgeOptions = { waitForUser: false, size: 'normal' }) {
  const options = { ...initial };
  const waiting = new Map<Element, FoundHandle>();
  const placed = new Map<Element, Placed>();
  /** Profiles the user asked for in privacy mode: their other badges, and later ones, ask too. */
  const asked = new Set<string>();
  const toPlace: Element[] = [];
  let frame: number | undefined;

  const visibility = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        visibility.unobserve(entry.target);
        toPlace.push(entry.target);
      }
      // Handles near the screen are gathered for a moment and placed together (cheaper than a few
      // per frame); the margin lets that happen before they are on screen.
      if (toPlace.length > 0 && frame === undefined) gathered(placeGathered);
    },
    { rootMargin: NEAR_SCREEN },
  );

  function schedule(): void {
    frame ??= requestAnimationFrame(placeSome);
  }

  function placeGathered(): void {
    if (frame === undefined) placeSome();
  }

  function place(element: Element, found: FoundHandle): void {
    const badge = new Badge(found.ref, () => client.details(found.ref));
    if (options.size !== 'normal') badge.host.setAttribute('data-size', options.size);
    let unsubscribe: (() => void) | undefined;
    const subscribe = () => {
      unsubscribe ??= client.subscribe(found.ref, (entry) => badge.update(entry));
    };
    if (!options.waitForUser || asked.has(badge.key)) {
      subscribe();
      badge.named();
    } else
      badge.waitForActivation(() => {
        subscribe();
        if (asked.has(badge.key)) return;
        asked.add(badge.key);
        for (const other of placed.values()) if (other.badge.key === badge.key) other.badge.activate();
      });
    // Put in the page last: a badge filled in before it is there costs the page no restyling per change.
    if (found.placement === 'append') found.anchor.append(badge.host);
    else found.anchor.after(badge.host);
    placed.set(element, { badge, unsubscribe: () => unsubscribe?.(), anchor: found.anchor });
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
    if (waiting.delete(element)) visibility.unobserve(element);
    const existing = placed.get(element);
    if (existing) {
      existing.unsubscribe();
      existing.badge.remove();
      placed.delete(element);
    }
  }

  return {
    /**
     * `near`: the handle is near the screen already (its post came there) and the caller has the
     * scanner's observer off (scanner.ts): the badge is placed at once, with no observation of its own.
     */
    changed(element: Element, found: FoundHandle | null, near = false): void {
      forget(element);
      if (!found) return;
      if (near) return place(element, found);
      waiting.set(element, found);
      visibility.observe(element);
    },
    /** The user changed the settings while the page is open: new sizes apply at once; turning privacy mode off asks for every waiting badge. */
    configure(next: BadgeOptions): void {
      Object.assign(options, next);
      quietly(() => {
        for (const { badge } of placed.values()) {
          if (next.size === 'normal') badge.host.removeAttribute('data-size');
          else badge.host.setAttribute('data-size', next.size);
          if (!next.waitForUser) badge.activate();
        }
      });
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

// Every badge's events, handled by one set of listeners on the window (capture phase), so a
// thousand badges cost no listeners of their own. Events from inside a badge reach the window
// retargeted to the badge's host element, which names the badge. Stopping them there also
// keeps a click on a badge from opening the post or link the badge sits in.
import { badgeOfHost, type Badge } from './badge';

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick'];

let open: Badge | undefined;
let showTimer: ReturnType<typeof setTimeout> | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function cancelTimers(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  showTimer = hideTimer = undefined;
}

/** An open card follows its badge as the page scrolls; pages scroll a lot, so this listens only while a card is open. */
const followScroll = () => open?.place();
const SCROLL_OPTIONS = { capture: true, passive: true } as const;

function setOpen(badge: Badge | undefined): void {
  if (badge && !open) window.addEventListener('scroll', followScroll, SCROLL_OPTIONS);
  if (!badge && open) window.removeEventListener('scroll', followScroll, SCROLL_OPTIONS);
  open = badge;
}

function show(badge: Badge): void {
  cancelTimers();
  if (open && open !== badge) open.hide();
  setOpen(badge);
  badge.show();
}

function hide(badge: Badge): void {
  cancelTimers();
  badge.hide();
  if (open === badge) setOpen(undefined);
}

function hideSoon(badge: Badge): void {
  clearTimeout(showTimer);
  showTimer = undefined;
  if (badge.pinned) return;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => hide(badge), HIDE_DELAY_MS);
}

/** The badge an event happened in, and whether it happened on its pill. */
function locate(event: Event): { badge: Badge; onPill: boolean } | undefined {
  const badge = badgeOfHost(event.target);
  if (!badge) return undefined;
  return { badge, onPill: event.composedPath().includes(badge.pill) };
}

/** A click on one of the card's action buttons (data-action): the badge carries it out. */
function actOn(event: Event, badge: Badge): void {
  const button = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.action !== undefined);
  if (button?.dataset.action !== 'audit') return;
  event.preventDefault();
  void badge.startAudit(button);
}

export function installBadgeEvents(): void {
  for (const type of SWALLOWED) {
    window.addEventListener(
      type,
      (event) => {
        const at = locate(event);
        if (!at) return;
        event.stopPropagation();
        if (type === 'click' && !at.onPill) return void actOn(event, at.badge);
        if (type !== 'click' || !at.onPill) return;
        event.preventDefault();
        at.badge.activate();
        if (at.badge.isOpen() && at.badge.pinned) return hide(at.badge);
        show(at.badge);
        at.badge.pinned = true;
      },
      true,
    );
  }
  window.addEventListener(
    'mouseover',
    (event) => {
      const at = locate(event);
      if (!at) return;
      clearTimeout(hideTimer);
      if (at.badge.isOpen() || !at.onPill) return;
      // Privacy mode: hovering is the user asking for this one score.
      at.badge.activate();
      at.badge.prefetch();
      clearTimeout(showTimer);
      showTimer = setTimeout(() => show(at.badge), SHOW_DELAY_MS);
    },
    true,
  );
  window.addEventListener(
    'mouseout',
    (event) => {
      const badge = badgeOfHost(event.target);
      // Moving between the pill and its card stays inside the host.
      if (badge && (event as MouseEvent).relatedTarget !== badge.host) hideSoon(badge);
    },
    true,
  );
  window.addEventListener(
    'focusin',
    (event) => {
      const at = locate(event);
      if (at?.onPill) {
        at.badge.activate();
        show(at.badge);
      }
      else if (at) clearTimeout(hideTimer);
    },
    true,
  );
  window.addEventListener(
    'focusout',
    (event) => {
      const badge = badgeOfHost(event.target);
      if (badge && (event as FocusEvent).relatedTarget !== badge.host) hideSoon(badge);
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      const at = locate(event);
      if (!at || event.key !== 'Escape' || !at.badge.isOpen()) return;
      event.stopPropagation();
      hide(at.badge);
      at.badge.pill.focus();
    },
    true,
  );
}

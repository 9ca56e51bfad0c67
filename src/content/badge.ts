// One badge: a small pill beside a handle, in its own shadow root, with a hover card that
// opens on hover and on keyboard focus. Its host element carries the attributes of
// DESIGN.md (data-influence-badge, data-score or data-state) for tests and assistive tech.
// Badges have no event listeners of their own: badge-events.ts listens once for all of them.
import { t } from '../lib/i18n';
import { memoisedBy } from '../lib/memo';
import { sendRequest } from '../lib/messages';
import { displayHandle, profileKey, type ProfileRef } from '../lib/profile-ref';
import type { BadgeEntry, CardDetails } from '../lib/score-entry';
import { BADGE_CSS, bandColour } from './badge-style';
import { accessibleName, cardContent } from './card';
import { h } from './dom';

export const BADGE_TAG = 'influence-badge';

const byHost = new WeakMap<Element, Badge>();

/** The badge whose host element this is (events reach the page retargeted to the host). */
export function badgeOfHost(node: EventTarget | null): Badge | undefined {
  return node instanceof Element ? byHost.get(node) : undefined;
}

let sharedSheet: CSSStyleSheet | null | undefined;
/** One parsed stylesheet for every badge where the browser allows it (Firefox content scripts may not adopt constructed sheets). */
function adoptStyle(root: ShadowRoot): boolean {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (!sharedSheet) return false;
  try {
    root.adoptedStyleSheets = [sharedSheet];
    return true;
  } catch {
    sharedSheet = null;
    return false;
  }
}

/**
 * A finished, empty badge to copy: its shadow root is clonable, so one native cloneNode makes
 * the host, its shadow root and pill at once, cheaper than building each badge (a page may
 * need a thousand).
 */
let prototypeHost: HTMLElement | undefined;
const PILL_TEXT = { loading: '…', error: '!', unavailable: '–', idle: '?' } as const;
/** What a scored badge's host carries and another state's does not. */
const SCORED_ATTRIBUTES = ['data-score', 'data-combined-score', 'data-linked', 'data-stale', 'data-fetched'];
function newHost(): HTMLElement {
  if (!prototypeHost) {
    // Copies start out loading, as every badge does.
    prototypeHost = h(BADGE_TAG as 'span', { 'data-state': 'loading' });
    prototypeHost
      .attachShadow({ mode: 'open', clonable: true } as ShadowRootInit)
      .append(h('button', { class: 'pill', type: 'button' }, PILL_TEXT.loading));
  }
  let host = prototypeHost.cloneNode(true) as HTMLElement;
  if (!host.shadowRoot) {
    // A browser without clonable shadow roots: build the copy by hand.
    host = document.createElement(BADGE_TAG);
    host.setAttribute('data-state', 'loading');
    host.attachShadow({ mode: 'open' }).append(prototypeHost.shadowRoot!.firstChild!.cloneNode(true));
  }
  if (!adoptStyle(host.shadowRoot!)) host.shadowRoot!.prepend(h('style', {}, BADGE_CSS));
  return host;
}

/**
 * A badge's accessible name, worked out once per profile and state: a timeline shows the same
 * authors over and over. (`shown` is the state as render() compares it: score, age and links.)
 */
const badgeName = memoisedBy(
  (key: string, shown: string, _ref: ProfileRef, _entry: BadgeEntry) => `${key} ${shown}`,
  (_key: string, _shown: string, ref: ProfileRef, entry: BadgeEntry) => accessibleName(ref, entry),
  1000,
);

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
let cardCount = 0;

export class Badge {
  readonly host: HTMLElement;
  readonly pill: HTMLButtonElement;
  private readonly root: ShadowRoot;
  private card: HTMLElement | undefined;
  private entry: BadgeEntry;
  /** What the pill shows now (state and score), to touch the DOM only when it changes. */
  private shown = 'loading';
  /** Whether the pill has its accessible name yet (a copy of the prototype has none). */
  private labelled = false;
  readonly key: string;
  pinned = false;

  private details: CardDetails | undefined;
  /** Privacy mode: what asks for the score once the user reaches for the badge. */
  private onActivate: (() => void) | undefined;

  /** loadDetails fetches what the card shows of a scored profile, from the background's cache. */
  constructor(
    readonly ref: ProfileRef,
    private readonly loadDetails: () => Promise<CardDetails | undefined>,
  ) {
    this.key = profileKey(ref);
    this.host = newHost();
    this.root = this.host.shadowRoot!;
    this.pill = this.root.querySelector('button')!;
    this.entry = { key: this.key, state: 'loading' };
    byHost.set(this.host, this);
    this.host.setAttribute('data-influence-badge', this.key);
  }

  /**
   * Gives a badge that got no entry yet its name (a loading one's): left until now because most
   * badges get their entry as they are placed, and would be named twice.
   */
  named(): void {
    if (!this.labelled) this.render();
  }

  update(entry: BadgeEntry): void {
    this.entry = entry;
    this.details = undefined;
    this.render();
    if (this.isOpen()) this.show();
  }

  /**
   * Privacy mode: the badge shows a neutral "hover to score" state, and its profile is asked
   * for only when activate() is called (hover, focus or click: badge-events.ts).
   */
  waitForActivation(onActivate: () => void): void {
    this.onActivate = onActivate;
    this.shown = 'idle';
    this.host.setAttribute('data-state', 'idle');
    this.pill.textContent = PILL_TEXT.idle;
    this.pill.setAttribute('aria-label', t('badgeIdle', displayHandle(this.ref)));
    this.labelled = true;
  }

  /** The user reached for the badge: one that was waiting asks for its score now (once). */
  activate(): void {
    const ask = this.onActivate;
    if (!ask) return;
    this.onActivate = undefined;
    this.update({ key: this.key, state: 'loading' });
    ask();
  }

  isWaiting(): boolean {
    return this.onActivate !== undefined;
  }

  /** Starts fetching the card's details (on hover, before the card opens). */
  prefetch(): void {
    if (this.entry.state !== 'scored' || this.details) return;
    const entry = this.entry;
    void this.loadDetails().then((details) => {
      if (this.entry !== entry || !details) return;
      this.details = details;
      if (this.isOpen()) this.fillCard();
    });
  }

  remove(): void {
    this.hide();
    // A badge whose post the page dropped went with it: taking it out of a detached subtree is work for nothing.
    if (this.host.isConnected) this.host.remove();
  }

  private render(): void {
    const { host, pill, entry } = this;
    const shown = entry.state === 'scored' ? `scored ${entry.score} ${entry.stale ? entry.fetchedAt : ''} ${entry.combined ?? ''} ${entry.linked ?? ''}` : entry.state;
    if (shown === this.shown) {
      // Nothing to change but the name a copied host lacks.
      if (!this.labelled) pill.setAttribute('aria-label', this.name(shown));
      this.labelled = true;
      return;
    }
    const wasScored = this.shown.startsWith('scored');
    this.shown = shown;
    this.labelled = true;
    if (entry.state === 'scored') {
      host.setAttribute('data-score', String(entry.score));
      host.removeAttribute('data-state');
      // An old score (offline, or waiting for its refresh) says how old it is.
      if (entry.stale) {
        host.setAttribute('data-stale', 'true');
        host.setAttribute('data-fetched', new Date(entry.fetchedAt).toISOString());
      } else if (wasScored) {
        host.removeAttribute('data-stale');
        host.removeAttribute('data-fetched');
      }
      // Proven links to other profiles of the same person (DESIGN.md's badge attributes).
      if (entry.combined !== undefined && entry.linked?.length) {
        host.setAttribute('data-combined-score', String(entry.combined));
        host.setAttribute('data-linked', entry.linked.join(','));
      } else if (wasScored) {
        host.removeAttribute('data-combined-score');
        host.removeAttribute('data-linked');
      }
      pill.textContent = String(entry.score);
      pill.style.setProperty('--band', bandColour(entry.score));
    } else {
      // Only a scored badge has these (hosts start without them), and most badges never were one.
      if (wasScored) {
        for (const name of SCORED_ATTRIBUTES) host.removeAttribute(name);
        pill.style.removeProperty('--band');
      }
      host.setAttribute('data-state', entry.state);
      pill.textContent = PILL_TEXT[entry.state];
    }
    pill.setAttribute('aria-label', this.name(shown));
  }

  /** The pill's accessible name; a stale score's says how old it is now, so it is not remembered. */
  private name(shown: string): string {
    const { entry } = this;
    return entry.state === 'scored' && entry.stale ? accessibleName(this.ref, entry) : badgeName(this.key, shown, this.ref, entry);
  }

  isOpen(): boolean {
    return this.card?.dataset.open === 'true';
  }

  /** Whether the node (an event's real target) is inside this badge's card. */
  inCard(node: unknown): boolean {
    return node instanceof Node && this.card?.contains(node) === true;
  }

  private ensureCard(): HTMLElement {
    if (this.card) return this.card;
    const id = `influence-card-${++cardCount}`;
    const card = h('div', { class: 'card', id, role: 'dialog' });
    if (supportsPopover) card.setAttribute('popover', 'manual');
    else card.style.cssText = 'display:none;z-index:2147483647';
    this.root.append(card);
    this.pill.setAttribute('aria-controls', id);
    this.card = card;
    return card;
  }

  private fillCard(): void {
    const card = this.ensureCard();
    card.replaceChildren(...cardContent(this.ref, this.entry, this.details, Date.now()));
    card.setAttribute('aria-label', this.pill.getAttribute('aria-label') ?? '');
  }

  /** Starts an audit of this profile's audience in the background; the button becomes what happened. */
  async startAudit(button: HTMLElement): Promise<void> {
    button.setAttribute('disabled', '');
    let said: string;
    try {
      const answer = await sendRequest('audit.start', { ref: this.ref });
      said = 'error' in answer ? answer.error : t('cardAuditStarted');
    } catch (error) {
      said = String(error);
    }
    button.replaceWith(h('span', { role: 'status' }, said));
  }

  show(): void {
    if (!this.host.isConnected) return;
    const card = this.ensureCard();
    this.prefetch();
    this.fillCard();
    if (supportsPopover) {
      if (!card.matches(':popover-open')) card.showPopover();
    } else {
      card.style.display = 'block';
    }
    card.dataset.open = 'true';
    this.pill.setAttribute('aria-expanded', 'true');
    this.place();
  }

  hide(): void {
    const card = this.card;
    this.pinned = false;
    if (!card || card.dataset.open !== 'true') return;
    if (supportsPopover) {
      if (card.matches(':popover-open')) card.hidePopover();
    } else {
      card.style.display = 'none';
    }
    card.dataset.open = 'false';
    this.pill.setAttribute('aria-expanded', 'false');
  }

  /** Below the pill, or above it when there is no room below; always inside the viewport. */
  place(): void {
    const card = this.card;
    if (!card || !this.isOpen()) return;
    const pill = this.pill.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = card;
    const left = Math.min(Math.max(8, pill.left), window.innerWidth - width - 8);
    const below = pill.bottom + 6;
    const top = below + height > window.innerHeight - 8 && pill.top - 6 - height > 8 ? pill.top - 6 - height : below;
    card.style.left = `${Math.max(8, left)}px`;
    card.style.top = `${top}px`;
  }
}

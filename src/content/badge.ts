// One badge: a small pill beside a handle, in its own shadow root, with a hover card that
// opens on hover and on keyboard focus. Its host element carries the attributes of
// DESIGN.md (data-influence-badge, data-score or data-state) for tests and assistive tech.
import { profileKey, type ProfileRef } from '../lib/profile-ref';
import type { ScoreEntry } from '../lib/score-entry';
import { BADGE_CSS, bandColour } from './badge-style';
import { accessibleName, cardContent } from './card';
import { h } from './dom';

export const BADGE_TAG = 'influence-badge';
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;

let sharedSheet: CSSStyleSheet | null | undefined;
function styleInto(root: ShadowRoot): void {
  // One parsed stylesheet shared by every badge where the browser allows it (Firefox content
  // scripts may not adopt constructed sheets); a <style> element otherwise.
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      sharedSheet = null;
    }
  }
  root.append(h('style', {}, BADGE_CSS));
}

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
let cardCount = 0;

export class Badge {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly pill: HTMLButtonElement;
  private card: HTMLElement | undefined;
  private entry: ScoreEntry;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pinned = false;

  constructor(public ref: ProfileRef) {
    this.host = document.createElement(BADGE_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    styleInto(this.root);
    this.pill = h('button', { class: 'pill', type: 'button', 'aria-expanded': 'false' });
    this.root.append(this.pill);
    this.entry = { key: profileKey(ref), state: 'loading' };
    this.render();
    this.listen();
  }

  get key(): string {
    return profileKey(this.ref);
  }

  setRef(ref: ProfileRef): void {
    this.ref = ref;
    this.update({ key: profileKey(ref), state: 'loading' });
  }

  update(entry: ScoreEntry): void {
    this.entry = entry;
    this.render();
    if (this.isOpen()) this.fillCard();
  }

  remove(): void {
    this.hide();
    this.host.remove();
  }

  private render(): void {
    const { host, pill, entry } = this;
    host.setAttribute('data-influence-badge', this.key);
    if (entry.state === 'scored') {
      host.setAttribute('data-score', String(entry.result.score));
      host.removeAttribute('data-state');
      pill.textContent = String(entry.result.score);
      pill.style.setProperty('--band', bandColour(entry.result.score));
    } else {
      host.removeAttribute('data-score');
      host.setAttribute('data-state', entry.state);
      pill.textContent = entry.state === 'loading' ? '…' : entry.state === 'error' ? '!' : '–';
      pill.style.removeProperty('--band');
    }
    pill.setAttribute('aria-label', accessibleName(this.ref, entry));
  }

  private listen(): void {
    const { pill } = this;
    // The badge often sits inside a clickable post: its clicks are its own.
    for (const type of ['click', 'mousedown', 'pointerdown', 'mouseup', 'pointerup']) {
      pill.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type === 'click') {
          event.preventDefault();
          this.pinned = !this.isOpen() || !this.pinned;
          if (this.pinned) this.show();
          else this.hide();
        }
      });
    }
    pill.addEventListener('mouseenter', () => this.scheduleShow());
    pill.addEventListener('mouseleave', () => this.scheduleHide());
    pill.addEventListener('focus', () => this.show());
    pill.addEventListener('blur', (event) => {
      if (!this.card?.contains(event.relatedTarget as Node | null)) this.scheduleHide();
    });
    this.root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.isOpen()) {
        event.stopPropagation();
        this.pinned = false;
        this.hide();
        pill.focus();
      }
    });
  }

  private isOpen(): boolean {
    return this.card?.dataset.open === 'true';
  }

  private scheduleShow(): void {
    clearTimeout(this.hideTimer);
    this.showTimer ??= setTimeout(() => this.show(), SHOW_DELAY_MS);
  }

  private scheduleHide(): void {
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    if (this.pinned) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private ensureCard(): HTMLElement {
    if (this.card) return this.card;
    const id = `influence-card-${++cardCount}`;
    const card = h('div', { class: 'card', id, role: 'dialog', 'aria-label': this.pill.getAttribute('aria-label') ?? '' });
    if (supportsPopover) card.setAttribute('popover', 'manual');
    else card.style.cssText = 'display:none;z-index:2147483647';
    card.addEventListener('mouseenter', () => clearTimeout(this.hideTimer));
    card.addEventListener('mouseleave', () => this.scheduleHide());
    card.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next !== this.pill && !card.contains(next)) this.scheduleHide();
    });
    this.root.append(card);
    this.pill.setAttribute('aria-controls', id);
    this.card = card;
    return card;
  }

  private fillCard(): void {
    const card = this.ensureCard();
    card.replaceChildren(...cardContent(this.ref, this.entry, Date.now()));
    card.setAttribute('aria-label', this.pill.getAttribute('aria-label') ?? '');
  }

  private show(): void {
    clearTimeout(this.hideTimer);
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    if (!this.host.isConnected) return;
    const card = this.ensureCard();
    this.fillCard();
    if (supportsPopover) {
      if (!card.matches(':popover-open')) card.showPopover();
    } else {
      card.style.display = 'block';
    }
    card.dataset.open = 'true';
    this.pill.setAttribute('aria-expanded', 'true');
    this.place(card);
    window.addEventListener('scroll', this.follow, { passive: true, capture: true });
  }

  private readonly follow = () => {
    if (this.card && this.isOpen()) this.place(this.card);
  };

  private hide(): void {
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    const card = this.card;
    if (!card || card.dataset.open !== 'true') return;
    if (supportsPopover) {
      if (card.matches(':popover-open')) card.hidePopover();
    } else {
      card.style.display = 'none';
    }
    card.dataset.open = 'false';
    this.pill.setAttribute('aria-expanded', 'false');
    window.removeEventListener('scroll', this.follow, { capture: true });
  }

  /** Below the pill, or above it when there is no room below; always inside the viewport. */
  private place(card: HTMLElement): void {
    const pill = this.pill.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = card;
    const left = Math.min(Math.max(8, pill.left), window.innerWidth - width - 8);
    const below = pill.bottom + 6;
    const top = below + height > window.innerHeight - 8 && pill.top - 6 - height > 8 ? pill.top - 6 - height : below;
    card.style.left = `${Math.max(8, left)}px`;
    card.style.top = `${top}px`;
  }
}

// @vitest-environment jsdom
// The badge layer's settings: privacy mode (nothing asked until the user reaches for a badge)
// and badge size.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeOfHost } from '../../../src/content/badge';
import { createBadgeLayer } from '../../../src/content/badges';
import { GATHER_MS } from '../../../src/content/gather';
import type { BadgeEntry } from '../../../src/lib/score-entry';

vi.mock('../../../src/lib/native-api', () => ({
  nativeApi: { i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' } },
}));

type ScoreClient = Parameters<typeof createBadgeLayer>[0];

/** Reports every observed element as on screen at once. */
class OnScreen {
  constructor(private readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {}
  observe(target: Element): void {
    this.report([{ target, isIntersecting: true }]);
  }
  unobserve(): void {}
  disconnect(): void {}
}

function fakeClient() {
  const listeners = new Map<string, ((entry: BadgeEntry) => void)[]>();
  const subscribe = vi.fn((ref: { network: string; handle: string }, listener: (entry: BadgeEntry) => void) => {
    const key = `${ref.network}:${ref.handle}`;
    listeners.set(key, [...(listeners.get(key) ?? []), listener]);
    return () => {};
  });
  const client = { subscribe, details: vi.fn(async () => undefined) } as unknown as ScoreClient;
  return { client, subscribe, settle: (key: string, score: number) => listeners.get(key)?.forEach((l) => l({ key, state: 'scored', score, stale: false, fetchedAt: 0 })) };
}

function handles(...names: string[]) {
  document.body.replaceChildren(...names.map((name) => Object.assign(document.createElement('a'), { href: `/${name}`, textContent: name })));
  return [...document.querySelectorAll('a')];
}

const found = (anchor: Element) => ({ ref: { network: 'github', handle: anchor.textContent! }, anchor, placement: 'after' as const });
const hosts = (selector = '') => [...document.querySelectorAll(`influence-badge${selector}`)];

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', OnScreen);
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Handles near the screen are placed together, a moment later (gather.ts). */
const placed = () => vi.advanceTimersByTime(GATHER_MS);

describe('badge layer', () => {
  it('asks for every badge at once without privacy mode', () => {
    const { client, subscribe } = fakeClient();
    const layer = createBadgeLayer(client, (change) => change());
    for (const anchor of handles('alice', 'bob')) layer.changed(anchor, found(anchor));
    expect(hosts()).toHaveLength(0);
    placed();
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(hosts('[data-state="loading"]')).toHaveLength(2);
    expect(hosts('[data-size]')).toHaveLength(0);
  });

  it('in privacy mode, places idle badges that ask for nothing until one is activated; then every badge of that profile asks', () => {
    const { client, subscribe, settle } = fakeClient();
    const layer = createBadgeLayer(client, (change) => change(), { waitForUser: true, size: 'normal' });
    const anchors = handles('alice', 'bob', 'alice');
    for (const anchor of anchors) layer.changed(anchor, found(anchor));
    placed();
    expect(subscribe).not.toHaveBeenCalled();
    expect(hosts('[data-state="idle"]')).toHaveLength(3);
    expect(hosts()[0].shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe('badgeIdle');

    // What badge-events.ts does on hover, focus or click.
    badgeOfHost(hosts()[0])!.activate();
    expect(subscribe.mock.calls.map(([ref]) => ref.handle)).toEqual(['alice', 'alice']);
    expect(hosts('[data-state="idle"]').map((h) => h.getAttribute('data-influence-badge'))).toEqual(['github:bob']);
    settle('github:alice', 57);
    expect(hosts('[data-score="57"]')).toHaveLength(2);

    // Activating again asks nothing more; a later badge of alice asks at once.
    badgeOfHost(hosts()[2])!.activate();
    expect(subscribe).toHaveBeenCalledTimes(2);
    const later = Object.assign(document.createElement('a'), { href: '/alice', textContent: 'alice' });
    document.body.append(later);
    layer.changed(later, found(later));
    placed();
    expect(subscribe).toHaveBeenCalledTimes(3);
  });

  it('turning privacy mode off asks for the waiting badges; sizes change on the badges already there', () => {
    const { client, subscribe } = fakeClient();
    const layer = createBadgeLayer(client, (change) => change(), { waitForUser: true, size: 'large' });
    for (const anchor of handles('alice', 'bob')) layer.changed(anchor, found(anchor));
    placed();
    expect(hosts('[data-size="large"]')).toHaveLength(2);
    layer.configure({ waitForUser: false, size: 'normal' });
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(hosts('[data-state="idle"]')).toHaveLength(0);
    expect(hosts('[data-size]')).toHaveLength(0);
  });
});

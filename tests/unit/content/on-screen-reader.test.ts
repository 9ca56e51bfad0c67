// @vitest-environment jsdom
// The reader both the post reader and the followers-list reader use: elements are read once they
// are on screen, a slice a frame, and sent in messages of at most 100 after the interval.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATHER_MS } from '../../../src/content/gather';
import { createOnScreenReader } from '../../../src/content/on-screen-reader';

/** An IntersectionObserver the test drives: `show` reports elements as on screen. */
class FakeObserver {
  static current: FakeObserver;
  observed = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.current = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  show(elements: Element[]) {
    this.callback(elements.filter((e) => this.observed.has(e)).map((target) => ({ target, isIntersecting: true })));
  }
}

const frames: FrameRequestCallback[] = [];
const runFrames = () => {
  while (frames.length) frames.shift()!(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  frames.length = 0;
});

function cells(count: number): Element[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p data-i="${i}"></p>`).join('');
  return [...document.querySelectorAll('p')];
}

describe('on-screen reader', () => {
  it('reads what comes on screen, 40 a frame, once each; sends after the interval in messages of at most 100; a read that throws costs that element only', () => {
    const sent: number[][] = [];
    const reads: number[] = [];
    const reader = createOnScreenReader<number>({
      intervalMs: 1000,
      read(element, page) {
        expect(page.href).toBe(location.href);
        const i = Number(element.getAttribute('data-i'));
        reads.push(i);
        if (i === 7) throw new Error('markup it does not know');
        return i % 2 === 0 ? i : null;
      },
      send: (items) => sent.push(items),
    })!;
    const all = cells(250);
    all.forEach((cell) => reader.observe(cell));
    FakeObserver.current.show(all);
    expect(reads).toHaveLength(0); // gathered for a moment (gather.ts)
    vi.advanceTimersByTime(GATHER_MS);
    expect(reads).toHaveLength(40); // the first slice, the rest in later frames
    runFrames();
    expect(reads).toHaveLength(250);
    FakeObserver.current.show(all); // on screen again: not read again
    vi.advanceTimersByTime(GATHER_MS);
    runFrames();
    expect(reads).toHaveLength(250);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1000 - GATHER_MS);
    expect(sent.map((batch) => batch.length)).toEqual([100, 25]);
    expect(sent.flat()).toEqual(Array.from({ length: 125 }, (_, i) => i * 2));
  });

  it('flush sends at once, and a removed element is not read', () => {
    const sent: string[][] = [];
    const reader = createOnScreenReader<string>({ intervalMs: 5000, read: (element) => element.getAttribute('data-i'), send: (items) => sent.push(items) })!;
    const [a, b] = cells(2);
    reader.observe(a);
    reader.observe(b);
    b.remove();
    FakeObserver.current.show([a, b]);
    vi.advanceTimersByTime(GATHER_MS);
    reader.flush();
    expect(sent).toEqual([['0']]);
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([['0']]);
  });

  it('is null where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(createOnScreenReader({ intervalMs: 1, read: () => null, send: () => {} })).toBeNull();
  });
});

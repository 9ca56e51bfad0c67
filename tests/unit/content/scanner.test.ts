// @vitest-environment jsdom
// The scanner: handles outside posts are examined as the page adds them; a post's handles only
// once the post comes near the screen, together, before its counts are read; changes inside a
// post are examined as they come once the post was, and wait for it before.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATHER_MS } from '../../../src/content/gather';
import { startScanner, type ScannerEvents } from '../../../src/content/scanner';
import type { SiteAdapter } from '../../../src/sites/types';

/** An IntersectionObserver the test drives: `near` reports elements as near the screen. */
class FakeObserver {
  static current: FakeObserver | undefined;
  observed = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean; boundingClientRect?: { width: number; height: number } }[]) => void) {
    FakeObserver.current = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  near(elements: Element[]) {
    this.callback(elements.filter((e) => this.observed.has(e)).map((target) => ({ target, isIntersecting: true })));
  }
  /** Reports elements as out of sight: far away (a box of a size), or with no box at all (display: contents). */
  away(elements: Element[], box: { width: number; height: number }) {
    this.callback(elements.filter((e) => this.observed.has(e)).map((target) => ({ target, isIntersecting: false, boundingClientRect: box })));
  }
}

/** Links whose text is "@name" are handles; articles are posts. */
const adapter: SiteAdapter = {
  id: 'test',
  network: 'x',
  hosts: ['localhost'],
  profileFromUrl: () => null,
  candidateSelector: 'a',
  handleFromElement(element) {
    const text = element.textContent ?? '';
    if (text === '@throws') throw new Error('markup the adapter does not know');
    return text.startsWith('@') ? { ref: { network: 'x', handle: text.slice(1) }, anchor: element, placement: 'after' } : null;
  },
  postSelector: 'article',
};

function record() {
  const log: string[] = [];
  const events: ScannerEvents = {
    changed: (element, found, near) => log.push(`${found ? found.ref.handle : `-${element.textContent}`}${near ? ' near' : ''}`),
    postsNear: (posts) => log.push(`read ${posts.map((post) => post.id).join(',')}`),
  };
  return { log, events };
}

/** Lets the MutationObserver report, then the gathered work run. */
async function settle() {
  await Promise.resolve();
  vi.advanceTimersByTime(GATHER_MS);
}

let stop: (() => void) | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  document.body.innerHTML = '';
});
afterEach(() => {
  stop?.();
  stop = undefined;
  FakeObserver.current = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('scanner', () => {
  it("examines handles outside posts at once; a post's handles only when it comes near the screen, before it is read", async () => {
    document.body.innerHTML = '<p><a>@outside</a></p><article id="p1"><a>@alice</a> <a>not a handle</a> <a>@bob</a></article><article id="p2"><a>@carol</a></article>';
    const { log, events } = record();
    stop = startScanner(adapter, events).stop;
    vi.advanceTimersByTime(16);
    expect(log).toEqual(['outside']);
    expect([...FakeObserver.current!.observed].map((post) => post.id)).toEqual(['p1', 'p2']);

    FakeObserver.current!.near([document.getElementById('p2')!]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['outside', 'carol near', 'read p2']);
    expect([...FakeObserver.current!.observed].map((post) => post.id)).toEqual(['p1']);

    FakeObserver.current!.near([document.getElementById('p1')!]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['outside', 'carol near', 'read p2', 'alice near', 'bob near', 'read p1']);
  });

  it('posts the page adds later are watched; a handle added inside a post waits for it, or is examined at once once the post was', async () => {
    const { log, events } = record();
    stop = startScanner(adapter, events).stop;
    vi.advanceTimersByTime(16);
    const post = Object.assign(document.createElement('article'), { id: 'later', innerHTML: '<a>@dave</a>' });
    document.body.append(post);
    await settle();
    expect(log).toEqual([]);
    expect(FakeObserver.current!.observed.has(post)).toBe(true);

    // Filled in before it came near: looked at with the rest of the post.
    post.insertAdjacentHTML('beforeend', '<span><a>@erin</a></span>');
    await settle();
    expect(log).toEqual([]);
    FakeObserver.current!.near([post]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['dave near', 'erin near', 'read later']);

    // Filled in after: examined as the page adds it, through the badge layer's own watch.
    post.insertAdjacentHTML('beforeend', '<a>@frank</a>');
    await settle();
    expect(log).toEqual(['dave near', 'erin near', 'read later', 'frank']);
  });

  it('what the page adds inside a post already examined is examined as it comes, except what is inside a post within it', async () => {
    document.body.innerHTML = '<article id="outer"><a>@lena</a><div id="comments"></div></article>';
    const { log, events } = record();
    stop = startScanner(adapter, events).stop;
    vi.advanceTimersByTime(16);
    const outer = document.getElementById('outer')!;
    FakeObserver.current!.near([outer]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['lena near', 'read outer']);

    // A comment thread loads: a reply line with its author, and a comment that is a post itself.
    document.getElementById('comments')!.innerHTML = '<div><p><a>@mike</a> replied</p><article id="comment"><a>@nina</a></article></div>';
    await settle();
    expect(log).toEqual(['lena near', 'read outer', 'mike']);
    FakeObserver.current!.near([document.getElementById('comment')!]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['lena near', 'read outer', 'mike', 'nina near', 'read comment']);
  });

  it('a post selector that is a list (Facebook: "[aria-posinset], [role=article]") keeps the handles of each kind of post for when it comes near', () => {
    document.body.innerHTML = '<div role="article" id="unit"><a>@olga</a></div><section id="other"><a>@pete</a></section><p><a>@quinn</a></p>';
    const { log, events } = record();
    stop = startScanner({ ...adapter, postSelector: '[role="article"], section' }, events).stop;
    vi.advanceTimersByTime(16);
    expect(log).toEqual(['quinn']);
    FakeObserver.current!.near([document.getElementById('unit')!, document.getElementById('other')!]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['quinn', 'olga near', 'pete near', 'read unit,other']);
  });

  it('a post already read is read again when a link in it gets a new href (a permalink filled in late), and only then', async () => {
    document.body.innerHTML = '<article id="late"><a>@rita</a><a href="#">3h</a></article>';
    const { log, events } = record();
    stop = startScanner(adapter, events).stop;
    vi.advanceTimersByTime(16);
    FakeObserver.current!.near([document.getElementById('late')!]);
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['rita near', 'read late']);
    document.querySelectorAll('a')[1].setAttribute('href', '/rita/posts/1');
    await settle();
    expect(log).toEqual(['rita near', 'read late', 'read late']);
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<span>edited</span>');
    await settle();
    expect(log).toEqual(['rita near', 'read late', 'read late']);
  });

  it('a post far off screen stays watched; one with no box of its own (display: contents) has its handles examined as any others, and is not read', () => {
    document.body.innerHTML = '<article id="far"><a>@judy</a></article><article id="boxless"><a>@kim</a></article>';
    const { log, events } = record();
    stop = startScanner(adapter, events).stop;
    vi.advanceTimersByTime(16);
    const [far, boxless] = document.querySelectorAll('article');
    FakeObserver.current!.away([far], { width: 600, height: 120 });
    FakeObserver.current!.away([boxless], { width: 0, height: 0 });
    vi.advanceTimersByTime(GATHER_MS);
    expect(log).toEqual(['kim']);
    expect([...FakeObserver.current!.observed]).toEqual([far]);
  });

  it('an element whose handle changes (its href rewritten) is examined again; one that throws places nothing', async () => {
    document.body.innerHTML = '<a href="/a">@grace</a><a>@throws</a>';
    const { log, events } = record();
    stop = startScanner(adapter, events).stop;
    vi.advanceTimersByTime(16);
    expect(log).toEqual(['grace']);
    const link = document.querySelector('a')!;
    link.textContent = '@heidi';
    link.setAttribute('href', '/b');
    await settle();
    expect(log).toEqual(['grace', 'heidi']);
    link.textContent = 'plain text';
    link.setAttribute('href', '/c');
    await settle();
    expect(log).toEqual(['grace', 'heidi', '-plain text']);
  });

  it('an adapter’s handle attributes, set after the element, have it examined again; other attributes do not', async () => {
    // Links whose text is a name are handles once they say they are a user's (as GitHub's hovercard attributes do).
    let examined = 0;
    const saying: SiteAdapter = {
      ...adapter,
      handleAttributes: ['data-kind'],
      handleFromElement: (element) => {
        examined++;
        return element.getAttribute('data-kind') === 'user' ? { ref: { network: 'x', handle: element.textContent! }, anchor: element, placement: 'after' } : null;
      },
    };
    document.body.innerHTML = '<a href="/a">grace</a>';
    const { log, events } = record();
    stop = startScanner(saying, events).stop;
    vi.advanceTimersByTime(16);
    expect([log, examined]).toEqual([[], 1]);
    const link = document.querySelector('a')!;
    link.setAttribute('title', 'Grace');
    await settle();
    expect([log, examined]).toEqual([[], 1]);
    link.setAttribute('data-kind', 'user');
    await settle();
    expect(log).toEqual(['grace']);
    link.setAttribute('data-kind', 'organization');
    await settle();
    expect(log).toEqual(['grace', '-grace']);
  });

  it('without an IntersectionObserver, or without a reader of posts, every handle is examined as it comes', () => {
    document.body.innerHTML = '<article id="p"><a>@ivan</a></article>';
    vi.stubGlobal('IntersectionObserver', undefined);
    const first = record();
    const scanner = startScanner(adapter, first.events);
    vi.advanceTimersByTime(16);
    scanner.stop();
    expect(first.log).toEqual(['ivan']);

    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const second = record();
    stop = startScanner(adapter, { changed: second.events.changed }).stop;
    vi.advanceTimersByTime(16);
    expect(second.log).toEqual(['ivan']);
    expect(FakeObserver.current).toBeUndefined();
  });
});

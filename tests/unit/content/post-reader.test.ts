// @vitest-environment jsdom
// The post reader: posts near the screen are read and sent, each again only when its counts
// changed; its memory of what was sent is bounded (a page scrolled for hours).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPostReader } from '../../../src/content/post-reader';
import type { SeenPost, SiteAdapter } from '../../../src/sites/types';

class NoObserver {
  observe() {}
  unobserve() {}
}

const adapter = {
  postSelector: 'article',
  postFromElement: (element: Element): SeenPost => ({ id: element.id, author: { network: 'x', handle: 'a' }, likes: Number(element.getAttribute('data-likes')) }),
} as unknown as SiteAdapter;

function posts(from: number, count: number, likes = 1): Element[] {
  return Array.from({ length: count }, (_, i) => Object.assign(document.createElement('article'), { id: `p${from + i}` })).map((post) => {
    post.setAttribute('data-likes', String(likes));
    document.body.append(post);
    return post;
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', NoObserver);
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('post reader', () => {
  it('sends each post once, again when its counts change, and forgets what it sent past 5,000 posts', () => {
    const sent: string[] = [];
    const reader = createPostReader(adapter, { posts: (batch) => sent.push(...batch.map((post) => `${post.id}:${post.likes}`)) })!;
    const first = posts(0, 3);
    reader.near(first);
    vi.advanceTimersByTime(3000);
    expect(sent).toEqual(['p0:1', 'p1:1', 'p2:1']);

    first[1].setAttribute('data-likes', '5');
    reader.near(first);
    vi.advanceTimersByTime(3000);
    expect(sent.slice(3)).toEqual(['p1:5']);

    const many = posts(3, 4997);
    for (let start = 0; start < many.length; start += 40) reader.near(many.slice(start, start + 40));
    vi.advanceTimersByTime(3000);
    expect(sent).toHaveLength(5001);
    // The memory was full: it started over, so a post seen again is sent again.
    reader.near(posts(5000, 1));
    reader.near([first[0]]);
    vi.advanceTimersByTime(3000);
    expect(sent.slice(5001)).toEqual(['p5000:1', 'p0:1']);
  });
});

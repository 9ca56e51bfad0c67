// Reads the counts under posts (replies, reposts, likes, views) on networks without an API,
// once each post is on screen: by then the page has filled them in, and posts the user never
// scrolls to cost nothing. They are read as the observer reports them, a slice per frame,
// before a virtual list (X's) can take them away again; what was read goes to the background
// every few seconds, each post again only when its counts changed.
import type { SeenPost, SiteAdapter } from '../sites/types';
import type { ScoreClient } from './score-client';

const SEND_INTERVAL_MS = 2000;
/** Posts a message carries, at most (the background refuses more than 200). */
const POSTS_PER_MESSAGE = 100;
/** Posts read per frame, so that a long list never makes one long task. */
const READS_PER_SLICE = 40;

export function createPostReader(adapter: SiteAdapter, client: Pick<ScoreClient, 'posts'>) {
  const read = adapter.postFromElement?.bind(adapter);
  if (!read || !adapter.postSelector || typeof IntersectionObserver === 'undefined') return null;
  const sent = new Map<string, string>();
  const visible: Element[] = [];
  let outbox: SeenPost[] = [];
  let frame: number | undefined;
  let sendTimer: ReturnType<typeof setTimeout> | undefined;

  function send(): void {
    sendTimer = undefined;
    // The background takes up to MAX_POSTS_PER_MESSAGE a message; a fast scroll reads more in the interval.
    for (let start = 0; start < outbox.length; start += POSTS_PER_MESSAGE) client.posts(outbox.slice(start, start + POSTS_PER_MESSAGE));
    outbox = [];
  }

  function readSome(): void {
    frame = undefined;
    const page = new URL(location.href);
    for (const element of visible.splice(0, READS_PER_SLICE)) {
      let post: SeenPost | null = null;
      try {
        post = element.isConnected ? read!(element, page) : null;
      } catch {
        post = null; // markup the adapter does not know: nothing read
      }
      if (!post) continue;
      const fingerprint = JSON.stringify(post);
      if (sent.get(post.id) === fingerprint) continue;
      sent.set(post.id, fingerprint);
      outbox.push(post);
    }
    if (outbox.length > 0) sendTimer ??= setTimeout(send, SEND_INTERVAL_MS);
    if (visible.length > 0) frame ??= requestAnimationFrame(readSome);
  }

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      visible.push(entry.target);
    }
    if (visible.length > 0 && frame === undefined) readSome();
  });

  return {
    selector: adapter.postSelector,
    /** Posts the scanner found: each is read once it comes on screen. */
    found(elements: Iterable<Element>): void {
      for (const element of elements) observer.observe(element);
    },
  };
}

export type PostReader = NonNullable<ReturnType<typeof createPostReader>>;

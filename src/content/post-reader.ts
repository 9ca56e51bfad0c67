// Reads the counts under posts (replies, reposts, likes, views) on networks without an API,
// once each post is on screen: by then the page has filled them in, and posts the user never
// scrolls to cost nothing. Reading waits for an idle moment; what was read goes to the
// background every few seconds, each post again only when its counts changed.
import type { SeenPost, SiteAdapter } from '../sites/types';
import type { ScoreClient } from './score-client';

const SEND_INTERVAL_MS = 2000;
/** Posts read per idle slice, so that a long list never makes one long task. */
const READS_PER_SLICE = 50;

export function createPostReader(adapter: SiteAdapter, client: Pick<ScoreClient, 'posts'>) {
  const read = adapter.postFromElement?.bind(adapter);
  if (!read || !adapter.postSelector || typeof IntersectionObserver === 'undefined') return null;
  const sent = new Map<string, string>();
  const visible: Element[] = [];
  let outbox: SeenPost[] = [];
  let reading = false;
  let sendTimer: ReturnType<typeof setTimeout> | undefined;
  const idle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : setTimeout(work, 50));

  function send(): void {
    sendTimer = undefined;
    client.posts(outbox);
    outbox = [];
  }

  function readSome(): void {
    reading = false;
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
    if (visible.length > 0) schedule();
  }

  function schedule(): void {
    if (reading) return;
    reading = true;
    idle(readSome);
  }

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      visible.push(entry.target);
    }
    if (visible.length > 0) schedule();
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

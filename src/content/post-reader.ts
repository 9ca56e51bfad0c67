// Reads the counts under posts (replies, reposts, likes, views) on networks without an API,
// once each post is on screen: by then the page has filled them in, and posts the user never
// scrolls to cost nothing (on-screen-reader.ts); what was read goes to the background every
// few seconds, each post again only when its counts changed.
import type { SeenPost, SiteAdapter } from '../sites/types';
import { createOnScreenReader } from './on-screen-reader';
import type { ScoreClient } from './score-client';

const SEND_INTERVAL_MS = 2000;

export function createPostReader(adapter: SiteAdapter, client: Pick<ScoreClient, 'posts'>) {
  const read = adapter.postFromElement?.bind(adapter);
  if (!read || !adapter.postSelector) return null;
  const sent = new Map<string, string>();
  const reader = createOnScreenReader<SeenPost>({
    intervalMs: SEND_INTERVAL_MS,
    read(element, page) {
      const post = read(element, page);
      if (!post) return null;
      const fingerprint = JSON.stringify(post);
      if (sent.get(post.id) === fingerprint) return null;
      sent.set(post.id, fingerprint);
      return post;
    },
    send: (posts) => client.posts(posts),
  });
  if (!reader) return null;

  return {
    selector: adapter.postSelector,
    /** Posts the scanner found: each is read once it comes on screen. */
    found(elements: Iterable<Element>): void {
      for (const element of elements) reader.observe(element);
    },
  };
}

export type PostReader = NonNullable<ReturnType<typeof createPostReader>>;

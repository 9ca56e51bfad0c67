// Reads the counts under posts (replies, reposts, likes, views) on networks without an API,
// once each post comes near the screen (the scanner says when, after badging its handles): by
// then the page has filled them in, and posts the user never scrolls to cost nothing; what was
// read goes to the background every few seconds (on-screen-reader.ts), each post again only
// when its counts changed.
import type { SeenPost, SiteAdapter } from '../sites/types';
import { createOnScreenReader } from './on-screen-reader';
import type { ScoreClient } from './score-client';

const SEND_INTERVAL_MS = 2000;
/**
 * Posts whose last sent counts are remembered, at most: a page scrolled for hours passes tens of
 * thousands. Past this the memory starts over, and a post seen again is sent again (the
 * background keeps one record per post id, so that costs a message, never a double count).
 */
const REMEMBERED_POSTS = 5000;

export function createPostReader(adapter: SiteAdapter, client: Pick<ScoreClient, 'posts'>) {
  const read = adapter.postFromElement?.bind(adapter);
  if (!read || !adapter.postSelector) return null;
  const sent = new Map<string, SeenPost>();
  const reader = createOnScreenReader<SeenPost>({
    intervalMs: SEND_INTERVAL_MS,
    read(element, page) {
      const post = read(element, page);
      if (!post) return null;
      // Compared only when seen again: most posts are seen once, and need no fingerprint.
      const before = sent.get(post.id);
      if (before && JSON.stringify(before) === JSON.stringify(post)) return null;
      if (sent.size >= REMEMBERED_POSTS) sent.clear();
      sent.set(post.id, post);
      return post;
    },
    send: (posts) => client.posts(posts),
  });
  if (!reader) return null;

  return {
    selector: adapter.postSelector,
    /** Posts that came near the screen (the scanner's postsNear). */
    near(elements: Element[]): void {
      reader.add(elements);
    },
  };
}

export type PostReader = NonNullable<ReturnType<typeof createPostReader>>;

import { describe, expect, it } from 'vitest';
import { MAX_POSTS_PER_AUTHOR, engagementPart, mergePosts, postingRate, toRecord, type SeenPostRecord } from '../../../src/background/seen-posts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27);
const author = { network: 'x', handle: 'carol' };
const known = { network: 'x', handle: 'carol' };

describe('seen posts', () => {
  it('keeps a post only with a count; dates in the future are taken as now', () => {
    expect(toRecord({ id: '/carol/status/1', author }, NOW)).toBeNull();
    expect(toRecord({ id: '/carol/status/1', author, likes: 5.4, postedAt: new Date(NOW + 3_600_000).toISOString() }, NOW)).toEqual({ id: '/carol/status/1', seenAt: NOW, postedAt: NOW, likes: 5 });
    expect(toRecord({ id: 'a', author, likes: -1, replies: Number.NaN }, NOW)).toBeNull();
  });

  it('a post seen again keeps its newest counts; only the newest posts stay', () => {
    const first = mergePosts([], [{ id: 'a', seenAt: NOW, postedAt: NOW - DAY, likes: 1, replies: 2 }]);
    const again = mergePosts(first, [{ id: 'a', seenAt: NOW + 1, postedAt: NOW - DAY, likes: 9 }]);
    expect(again).toEqual([{ id: 'a', seenAt: NOW + 1, postedAt: NOW - DAY, likes: 9, replies: 2 }]);
    const many = Array.from({ length: MAX_POSTS_PER_AUTHOR + 10 }, (_, i): SeenPostRecord => ({ id: String(i), seenAt: NOW, postedAt: NOW - i * DAY, likes: i }));
    const kept = mergePosts([], many);
    expect(kept).toHaveLength(MAX_POSTS_PER_AUTHOR);
    expect(kept[0].id).toBe('0');
    expect(kept.at(-1)!.id).toBe(String(MAX_POSTS_PER_AUTHOR - 1));
  });

  it('posting rate: posts over account age where the profile showed both, else the spacing of what was seen', () => {
    const posts = [0, 2, 4].map((d): SeenPostRecord => ({ id: String(d), seenAt: NOW, postedAt: NOW - d * DAY, likes: 1 }));
    expect(postingRate(posts, { ...known, posts: 730, createdAt: new Date(NOW - 365 * DAY).toISOString() }, NOW)).toBeCloseTo(2);
    expect(postingRate(posts, known, NOW)).toBeCloseTo(0.5); // 3 posts over 4 days: 2 gaps
    expect(postingRate(posts.slice(0, 2), known, NOW)).toBeUndefined();
  });

  it('engagement: averages per post times the posting rate, views per post, and how many posts it rests on', () => {
    const posts: SeenPostRecord[] = [
      { id: 'a', seenAt: NOW - 5, postedAt: NOW - DAY, likes: 10, replies: 2, views: 1000 },
      { id: 'b', seenAt: NOW, postedAt: NOW - 2 * DAY, likes: 30, replies: 4, reposts: 3, views: 3000 },
    ];
    const part = engagementPart(posts, { ...known, posts: 365, createdAt: new Date(NOW - 365 * DAY).toISOString() }, NOW)!;
    expect(part).toEqual({
      kind: 'page',
      at: NOW,
      posts: 2,
      signals: { ...known, recent: { postsPerDay: 1, likesReceivedPerDay: 20, repliesReceivedPerDay: 3, repostsReceivedPerDay: 3 }, extra: { viewsPerPost: 2000 } },
    });
    // Without a posting rate, only what needs none: the views per post.
    expect(engagementPart(posts, known, NOW)!.signals).toEqual({ ...known, extra: { viewsPerPost: 2000 } });
    expect(engagementPart([], known, NOW)).toBeUndefined();
  });
});

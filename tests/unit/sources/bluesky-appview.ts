// A fake Bluesky AppView for the in-depth tests: getProfiles from a list of profile views,
// getAuthorFeed by actor DID and getRepostedBy by post URI from maps (or a Response to answer
// with); an actor without a feed gets an empty one, a post without reposters an empty list.
import { fakeFetch, jsonResponse } from './fake-fetch';

type Json = Record<string, unknown>;
type Answer<T> = T | (() => Response | Promise<Response>);

export const APPVIEW = 'https://public.api.bsky.app/xrpc';
export const DAY = 86_400_000;

export const didOf = (handle: string) => `did:plc:${handle.split('.')[0]}`;
export const postUri = (handle: string, id: string) => `at://${didOf(handle)}/app.bsky.feed.post/${id}`;

export function profileView(handle: string, followers?: number): Json {
  return { did: didOf(handle), handle, ...(followers === undefined ? {} : { followersCount: followers }), followsCount: 10, postsCount: 20, labels: [] };
}

/** A feed item: the author's own post, or (with `repostedBy`) someone else's post reposted. */
export function feedItem(author: string, id: string, at: number, counts: { reposts?: number; replies?: number; likes?: number; quotes?: number }, repostedBy?: string): Json {
  return {
    post: {
      uri: postUri(author, id),
      author: { did: didOf(author), handle: author },
      record: { $type: 'app.bsky.feed.post', text: id, createdAt: new Date(at).toISOString() },
      repostCount: counts.reposts,
      replyCount: counts.replies,
      likeCount: counts.likes,
      quoteCount: counts.quotes,
      indexedAt: new Date(at).toISOString(),
    },
    ...(repostedBy ? { reason: { $type: 'app.bsky.feed.defs#reasonRepost', by: { did: didOf(repostedBy), handle: repostedBy } } } : {}),
  };
}

export const reposter = (handle: string): Json => ({ did: didOf(handle), handle });

export function fakeAppView(spec: { profiles: Json[]; feeds?: Record<string, Answer<unknown[]>>; reposters?: Record<string, Answer<unknown[]>>; profilesAnswer?: (actors: string[]) => Response | undefined }) {
  return fakeFetch((url) => {
    const method = url.pathname.replace('/xrpc/', '');
    if (method === 'app.bsky.actor.getProfiles') {
      const actors = url.searchParams.getAll('actors');
      const answer = spec.profilesAnswer?.(actors);
      if (answer) return answer;
      const wanted = (p: Json) => actors.some((a) => a === p.did || a.toLowerCase() === String(p.handle).toLowerCase());
      return jsonResponse({ profiles: spec.profiles.filter(wanted) });
    }
    if (method === 'app.bsky.feed.getAuthorFeed') {
      const feed = spec.feeds?.[url.searchParams.get('actor') ?? ''] ?? [];
      return typeof feed === 'function' ? feed() : jsonResponse({ feed });
    }
    if (method === 'app.bsky.feed.getRepostedBy') {
      const uri = url.searchParams.get('uri') ?? '';
      const list = spec.reposters?.[uri] ?? [];
      return typeof list === 'function' ? list() : jsonResponse({ uri, repostedBy: list });
    }
    return jsonResponse({ error: 'MethodNotImplemented' }, 501);
  });
}

/** The request URLs the in-depth flow makes, for exact comparisons. */
export const urls = {
  profiles: (actors: string[]) => `${APPVIEW}/app.bsky.actor.getProfiles?${actors.map((a) => `actors=${encodeURIComponent(a)}`).join('&')}`,
  feed: (did: string) => `${APPVIEW}/app.bsky.feed.getAuthorFeed?actor=${encodeURIComponent(did)}&limit=100&filter=posts_no_replies`,
  reposters: (uri: string) => `${APPVIEW}/app.bsky.feed.getRepostedBy?uri=${encodeURIComponent(uri)}&limit=25`,
};

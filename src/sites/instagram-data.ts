// What Instagram's own JSON says of a profile, read for instagram.ts: the server HTML's
// window._sharedData (2016–21) and the JSON newer pages embed (the prefetched
// PolarisProfilePageContentQuery's user), each checked against the profile's username.
import type { ProfileSignals } from '../score/types';
import { dig, jsonCount, parsedScript } from './page-json';

/**
 * A user object of Instagram's own JSON, in any of its conventions: the graphql one
 * (edge_followed_by.count: 2018–21's _sharedData, web_profile_info), 2016–17's
 * (followed_by.count, follows.count, media.count) and the v1/xdt one (follower_count, ...) of the
 * PolarisProfilePageContentQuery data newer pages embed.
 */
function fromUserJson(user: unknown, handle: string): Partial<ProfileSignals> | null {
  if (String(dig(user, 'username')).toLowerCase() !== handle.toLowerCase()) return null;
  const count = (...paths: string[][]) => paths.map((path) => jsonCount(dig(user, ...path))).find((value) => value !== undefined);
  // A string (empty: none), or null where the account never set one.
  const given = (key: string) => {
    const value = dig(user, key);
    return typeof value === 'string' ? value.trim() !== '' : value === null ? false : undefined;
  };
  const verified = dig(user, 'is_verified');
  return {
    followers: count(['edge_followed_by', 'count'], ['followed_by', 'count'], ['follower_count']),
    following: count(['edge_follow', 'count'], ['follows', 'count'], ['following_count']),
    posts: count(['edge_owner_to_timeline_media', 'count'], ['media', 'count'], ['media_count']),
    verified: typeof verified === 'boolean' ? verified : undefined,
    hasBio: given('biography'),
    hasUrl: given('external_url'),
  };
}

/** `window._sharedData = {…};` in an inline script: the object's text. */
const sharedDataIn = (code: string): string | undefined => (code.includes('window._sharedData') ? code.slice(code.indexOf('{'), code.lastIndexOf('}') + 1) : undefined);

/** The server HTML's `window._sharedData = {…}`: the profile's user under graphql (2018–21) or directly (2016–17). */
export function fromSharedData(document: Document, handle: string): Partial<ProfileSignals> | null {
  let data: unknown;
  for (const script of document.querySelectorAll('script:not([src])')) if ((data = parsedScript(script, sharedDataIn)) !== undefined) break;
  const page = dig(data, 'entry_data', 'ProfilePage', 0);
  return fromUserJson(dig(page, 'graphql', 'user'), handle) ?? fromUserJson(dig(page, 'user'), handle);
}

/** Nodes walked in one script's JSON, at most: the payloads are large, the user sits a dozen levels down. */
const MAX_JSON_NODES = 50_000;

/**
 * The profile's user in the JSON newer pages embed (script[type="application/json"], the
 * prefetched PolarisProfilePageContentQuery: data.user with follower_count): found by its
 * username, wherever the payload's wrapping puts it. Only scripts naming the handle are parsed.
 */
export function fromEmbeddedJson(document: Document, handle: string): Partial<ProfileSignals> | null {
  for (const script of document.querySelectorAll('script[type="application/json"]')) {
    const user = embeddedUser(script, handle);
    if (user) return user;
  }
  return null;
}

/** What each script holds for a handle: a script's text does not change, and observe() runs every second on a busy page. */
const embeddedUsers = new WeakMap<Element, Map<string, Partial<ProfileSignals> | null>>();

function embeddedUser(script: Element, handle: string): Partial<ProfileSignals> | null {
  let known = embeddedUsers.get(script);
  if (!known) embeddedUsers.set(script, (known = new Map()));
  if (!known.has(handle)) known.set(handle, userInScript(script.textContent ?? '', handle));
  return known.get(handle)!;
}

function userInScript(text: string, handle: string): Partial<ProfileSignals> | null {
  const named = new RegExp(`"username"\\s*:\\s*"${handle.replace(/\./g, '\\.')}"`, 'i');
  if (!named.test(text) || !/"(?:follower_count|edge_followed_by)"/.test(text)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const queue = [data];
  for (let index = 0; index < queue.length && index < MAX_JSON_NODES; index++) {
    const node = queue[index];
    if (node === null || typeof node !== 'object') continue;
    const user = fromUserJson(node, handle);
    if (user && (user.followers !== undefined || user.following !== undefined || user.posts !== undefined)) return user;
    // One by one, and no more than the walk reads: a spread of a huge list would throw.
    for (const child of Object.values(node)) if (queue.length < MAX_JSON_NODES) queue.push(child);
  }
  return null;
}

// A profile is named by its network and handle; `network:handle` is its key everywhere
// (cache, messages, badge attributes). Normalising here, once, keeps those keys equal.
import { networkInfo } from './networks';

export interface ProfileRef {
  network: string;
  handle: string;
}

export function normaliseRef(ref: ProfileRef): ProfileRef {
  const network = ref.network.trim().toLowerCase();
  const info = networkInfo(network);
  let handle = ref.handle.trim().replace(/^@/, '');
  if (info?.caseInsensitive(handle)) handle = handle.toLowerCase();
  return { network, handle };
}

export function profileKey(ref: ProfileRef): string {
  const { network, handle } = normaliseRef(ref);
  return `${network}:${handle}`;
}

/** The profile a key names, the inverse of profileKey: the network before the first colon, the handle after (Bluesky DIDs and Mastodon addresses hold colons). */
export function refOfKey(key: string): ProfileRef {
  const colon = key.indexOf(':');
  return { network: key.slice(0, colon), handle: key.slice(colon + 1) };
}

/** Reads `network:handle` (also `network:@handle`); null when it is not of that shape or names no known network. */
export function parseProfileKey(text: string): ProfileRef | null {
  const match = /^\s*([a-z][a-z0-9-]*)\s*:\s*@?(\S+?)\s*$/i.exec(text);
  if (!match) return null;
  const ref = normaliseRef({ network: match[1], handle: match[2] });
  const info = networkInfo(ref.network);
  return info && info.isValidHandle(ref.handle) ? ref : null;
}

/** "@handle", as people write it (a handle a site gave with its "@" keeps one). */
export function displayHandle(ref: ProfileRef): string {
  return `@${ref.handle.replace(/^@/, '')}`;
}

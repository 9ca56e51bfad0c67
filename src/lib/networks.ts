// What every part of the extension needs to know about a network, whichever part it is:
// its name for people, how its handles look, and where its profiles live.

export interface NetworkInfo {
  id: string;
  label: string;
  isValidHandle(handle: string): boolean;
  /** Whether two spellings differing only in case name the same profile. */
  caseInsensitive(handle: string): boolean;
  profileUrl(handle: string): string;
}

const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
// AT Protocol handle syntax (a domain name) and DID syntax, from the atproto specification.
const BLUESKY_HANDLE = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/;

const NETWORKS: NetworkInfo[] = [
  {
    id: 'github',
    label: 'GitHub',
    isValidHandle: (handle) => GITHUB_LOGIN.test(handle),
    caseInsensitive: () => true,
    profileUrl: (handle) => `https://github.com/${encodeURIComponent(handle)}`,
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    isValidHandle: (handle) => (BLUESKY_HANDLE.test(handle) && handle.length <= 253) || DID.test(handle),
    // Handles are domain names; DIDs are case-sensitive identifiers.
    caseInsensitive: (handle) => !handle.startsWith('did:'),
    profileUrl: (handle) => `https://bsky.app/profile/${encodeURIComponent(handle)}`,
  },
];

export function networkInfo(id: string): NetworkInfo | undefined {
  return NETWORKS.find((network) => network.id === id);
}

export function knownNetworks(): readonly NetworkInfo[] {
  return NETWORKS;
}

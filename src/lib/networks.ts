// What every part of the extension needs to know about a network, whichever part it is:
// its name for people, how its handles look, and where its profiles live.

export interface NetworkInfo {
  id: string;
  label: string;
  isValidHandle(handle: string): boolean;
  /** Whether two spellings differing only in case name the same profile. */
  caseInsensitive(handle: string): boolean;
  profileUrl(handle: string): string;
  /** The API is asked with the user's own signed-in session (its cookies), not anonymously. */
  apiWithSession?: boolean;
  /** No open API: scored only from what pages showed (a handle never seen on its profile page has no score). */
  pageOnly?: boolean;
  /** Where the profile's followers list is, when the audience audit reads it from the page (X, Instagram). */
  followersListUrl?(handle: string): string;
}

/**
 * GitHub's rule today forbids a hyphen at the end or twice in a row, but older accounts kept theirs,
 * and GitHub serves and links them ("artur-", "gil--", "0----0"): only the first character must be
 * a letter or digit.
 */
const GITHUB_LOGIN = /^[a-z\d][a-z\d-]{0,38}$/i;
// AT Protocol handle syntax (a domain name) and DID syntax, from the atproto specification.
const BLUESKY_HANDLE = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/;

// Mastodon: a username and the server it lives on (user@instance). Mastodon's own users are letters,
// digits and "_"; other servers' (Pixelfed's, Misskey's) may hold "." and "-" inside, as Mastodon's
// USERNAME_RE allows for remote accounts.
const MASTODON = /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;
const HACKER_NEWS = /^[A-Za-z0-9_-]{2,15}$/;
// Stack Exchange: the site's API name and the user's numeric id on it, e.g. stackoverflow/22656.
const STACK_EXCHANGE = /^[a-z0-9.]{2,40}\/\d{1,12}$/;
// Forem: letters, digits and underscores, 2 to 30 (User::USERNAME_REGEXP, USERNAME_MAX_LENGTH).
const DEV_TO = /^[A-Za-z0-9_]{2,30}$/;
const REDDIT = /^[A-Za-z0-9_-]{3,20}$/;
// The closed networks, whose profiles are read from their pages (src/sites/<network>.ts).
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
// LinkedIn: a member's public profile slug (`/in/<slug>`, letters of any script once decoded:
// letters, digits, "-", "_" and emoji, which LinkedIn keeps from a name: "divya-arasada-hr🎯-70a…"),
// or an organisation's page: a company's as `company/<slug>`, a brand's showcase page as
// `showcase/<slug>`, whose slug may hold "'", "." and "&" too ("mcdonald's-corporation", "booking.com").
const LINKEDIN = /^(?:(?:company|showcase)\/[\p{L}\p{N}\p{Extended_Pictographic}\u200d\ufe0f_.'&-]{2,100}|[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200d\ufe0f_-]{2,100})$/u;
/** Whether a LinkedIn handle is an organisation's page (a company's or a showcase page), not a member's. */
export const isLinkedInOrganisation = (handle: string) => /^(?:company|showcase)\//.test(handle);
// Xing: `/profile/<First_Last>` (letters, digits, underscores and hyphens).
const XING = /^[\p{L}\p{N}_-]{2,80}$/u;
const INSTAGRAM = /^(?!.*\.\.)[A-Za-z0-9._]{1,30}$/;
// YouTube: a handle (3–30 of letters, digits, `_`, `-`, `.`, `·`; written "@handle", kept without
// the "@" like every network's) or a channel id `UC…` (24). Letters include their combining marks:
// Devanagari and other Indic scripts write vowels as marks (@अमृतकण).
const YOUTUBE = /^@?[\p{L}\p{M}\p{N}_.·-]{3,30}$/u;
const YOUTUBE_CHANNEL = /^UC[A-Za-z0-9_-]{22}$/;
// Facebook: a page or profile username (letters, digits and dots; "zuck" and "NASA" are real), or a numeric profile id.
const FACEBOOK = /^(?:[A-Za-z0-9.]{3,50}|\d{5,20})$/;
const TIKTOK = /^[A-Za-z0-9._]{2,24}$/;

/** Stack Exchange sites on a domain of their own, by host, with their API site name (`site=`). */
export const STACK_EXCHANGE_DOMAINS: Readonly<Record<string, string>> = {
  'stackoverflow.com': 'stackoverflow',
  'serverfault.com': 'serverfault',
  'superuser.com': 'superuser',
  'askubuntu.com': 'askubuntu',
  'mathoverflow.net': 'mathoverflow.net',
  'stackapps.com': 'stackapps',
  // Stack Overflow in Russian, Portuguese, Spanish and Japanese.
  'ru.stackoverflow.com': 'ru.stackoverflow',
  'pt.stackoverflow.com': 'pt.stackoverflow',
  'es.stackoverflow.com': 'es.stackoverflow',
  'ja.stackoverflow.com': 'ja.stackoverflow',
};
/** Subdomains of stackexchange.com that are not Q&A sites. */
const NOT_STACK_EXCHANGE_SITES = new Set(['api', 'chat', 'data', 'openid', 'area51', 'stackoverflow', 'www']);
const HOST_OF_SITE = new Map(Object.entries(STACK_EXCHANGE_DOMAINS).map(([host, site]) => [site, host]));

/** The API site name of a Stack Exchange host ("unix.stackexchange.com" → "unix"), or null for other hosts. */
export function stackExchangeSite(host: string): string | null {
  const bare = host.toLowerCase().replace(/^www\./, '');
  if (Object.hasOwn(STACK_EXCHANGE_DOMAINS, bare)) return STACK_EXCHANGE_DOMAINS[bare];
  const sub = /^([a-z0-9]+)\.stackexchange\.com$/.exec(bare)?.[1];
  return sub && !NOT_STACK_EXCHANGE_SITES.has(sub) ? sub : null;
}

/** A Stack Exchange site's API name as the host it is served from. */
export function stackExchangeHost(site: string): string {
  // "mathoverflow" is how the API's own site list shortens mathoverflow.net.
  return HOST_OF_SITE.get(site === 'mathoverflow' ? 'mathoverflow.net' : site) ?? (site.includes('.') ? site : `${site}.stackexchange.com`);
}

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
  {
    id: 'mastodon',
    label: 'Mastodon',
    isValidHandle: (handle) => MASTODON.test(handle),
    caseInsensitive: () => true,
    profileUrl: (handle) => {
      const [user, instance] = handle.split('@');
      return `https://${instance}/@${encodeURIComponent(user)}`;
    },
  },
  {
    id: 'hackernews',
    label: 'Hacker News',
    isValidHandle: (handle) => HACKER_NEWS.test(handle),
    // Hacker News usernames are case-sensitive: "pg" and "PG" are two accounts.
    caseInsensitive: () => false,
    profileUrl: (handle) => `https://news.ycombinator.com/user?id=${encodeURIComponent(handle)}`,
  },
  {
    id: 'stackexchange',
    label: 'Stack Exchange',
    isValidHandle: (handle) => STACK_EXCHANGE.test(handle),
    caseInsensitive: () => true,
    profileUrl: (handle) => {
      const [site, id] = handle.split('/');
      return `https://${stackExchangeHost(site)}/users/${id}`;
    },
  },
  {
    id: 'devto',
    label: 'DEV',
    isValidHandle: (handle) => DEV_TO.test(handle),
    caseInsensitive: () => true,
    profileUrl: (handle) => `https://dev.to/${encodeURIComponent(handle)}`,
  },
  {
    id: 'reddit',
    label: 'Reddit',
    isValidHandle: (handle) => REDDIT.test(handle),
    caseInsensitive: () => true,
    profileUrl: (handle) => `https://www.reddit.com/user/${encodeURIComponent(handle)}`,
    // Reddit answers about.json only to signed-in browsers (see sources/reddit.ts).
    apiWithSession: true,
  },
  ...pageOnlyNetworks(),
];

/** Networks without an open API: what the user's browser shows of them is all there is. */
function pageOnlyNetworks(): NetworkInfo[] {
  const network = (id: string, label: string, pattern: RegExp, profileUrl: (handle: string) => string, caseInsensitive: (handle: string) => boolean = () => true): NetworkInfo => ({
    id,
    label,
    isValidHandle: (handle) => pattern.test(handle),
    caseInsensitive,
    profileUrl,
    pageOnly: true,
  });
  return [
    { ...network('x', 'X', X_HANDLE, (handle) => `https://x.com/${handle}`), followersListUrl: (handle) => `https://x.com/${handle}/followers` },
    network('linkedin', 'LinkedIn', LINKEDIN, (handle) =>
      isLinkedInOrganisation(handle)
        ? `https://www.linkedin.com/${handle.split('/')[0]}/${encodeURIComponent(handle.slice(handle.indexOf('/') + 1))}/`
        : `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`),
    network('xing', 'XING', XING, (handle) => `https://www.xing.com/profile/${encodeURIComponent(handle)}`),
    { ...network('instagram', 'Instagram', INSTAGRAM, (handle) => `https://www.instagram.com/${handle}/`), followersListUrl: (handle) => `https://www.instagram.com/${handle}/followers/` },
    // Channel ids are case-sensitive; handles are not.
    network('youtube', 'YouTube', YOUTUBE, (handle) =>
      YOUTUBE_CHANNEL.test(handle) ? `https://www.youtube.com/channel/${handle}` : `https://www.youtube.com/@${encodeURIComponent(handle.replace(/^@/, ''))}`,
      (handle) => !YOUTUBE_CHANNEL.test(handle)),
    network('facebook', 'Facebook', FACEBOOK, (handle) =>
      /^\d+$/.test(handle) ? `https://www.facebook.com/profile.php?id=${handle}` : `https://www.facebook.com/${handle}`),
    network('threads', 'Threads', INSTAGRAM, (handle) => `https://www.threads.com/@${handle}`),
    network('tiktok', 'TikTok', TIKTOK, (handle) => `https://www.tiktok.com/@${handle}`),
  ];
}

export function networkInfo(id: string): NetworkInfo | undefined {
  return NETWORKS.find((network) => network.id === id);
}

export function knownNetworks(): readonly NetworkInfo[] {
  return NETWORKS;
}

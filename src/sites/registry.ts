// Which site a host is, without loading any site's code: the content script loads only the
// adapter of the page it runs in, and the popup only the one of the current tab. (Every
// adapter at once is some 25 KB gzipped, which neither should pay on every page.)
import { MASTODON_INSTANCES } from '../lib/mastodon-instances';
import type { SiteAdapter } from './types';

export interface SiteInfo {
  id: string;
  network: string;
  /** Host names: exact, or `*.example.com` for any subdomain (not the bare domain). */
  hosts: readonly string[];
  /** The adapter itself, loaded on demand. */
  load(): Promise<SiteAdapter>;
}

const site = (id: string, network: string, hosts: readonly string[], load: () => Promise<SiteAdapter>): SiteInfo => ({ id, network, hosts, load });

/** One line per site; each adapter's own `hosts` must equal these (tests/unit/sites/registry.test.ts). */
export const SITE_INFO: readonly SiteInfo[] = [
  site('github', 'github', ['github.com'], () => import('./github').then((m) => m.github)),
  site('bluesky', 'bluesky', ['bsky.app'], () => import('./bluesky').then((m) => m.bluesky)),
  site('hackernews', 'hackernews', ['news.ycombinator.com'], () => import('./hackernews').then((m) => m.hackernews)),
  site('stackexchange', 'stackexchange', ['stackoverflow.com', 'serverfault.com', 'superuser.com', 'askubuntu.com', 'mathoverflow.net', 'stackapps.com',
    'ru.stackoverflow.com', 'pt.stackoverflow.com', 'es.stackoverflow.com', 'ja.stackoverflow.com', '*.stackexchange.com'], () =>
    import('./stackexchange').then((m) => m.stackexchange)),
  site('devto', 'devto', ['dev.to', 'www.dev.to'], () => import('./devto').then((m) => m.devto)),
  site('reddit', 'reddit', ['reddit.com', 'www.reddit.com', 'old.reddit.com', 'sh.reddit.com'], () => import('./reddit').then((m) => m.reddit)),
  site('mastodon', 'mastodon', MASTODON_INSTANCES, loadMastodon),
  site('x', 'x', ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'], () => import('./x').then((m) => m.x)),
  site('linkedin', 'linkedin', ['linkedin.com', '*.linkedin.com'], () => import('./linkedin').then((m) => m.linkedin)),
  site('xing', 'xing', ['www.xing.com', 'xing.com'], () => import('./xing').then((m) => m.xing)),
  site('instagram', 'instagram', ['www.instagram.com', 'instagram.com'], () => import('./instagram').then((m) => m.instagram)),
  site('threads', 'threads', ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'], () => import('./threads').then((m) => m.threads)),
  site('tiktok', 'tiktok', ['www.tiktok.com', 'tiktok.com'], () => import('./tiktok').then((m) => m.tiktok)),
  site('facebook', 'facebook', ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'], () => import('./facebook').then((m) => m.facebook)),
  site('youtube', 'youtube', ['www.youtube.com', 'youtube.com', 'm.youtube.com'], () => import('./youtube').then((m) => m.youtube)),
];

function loadMastodon(): Promise<SiteAdapter> {
  return import('./mastodon').then((m) => m.mastodon);
}

/** The site a host name belongs to. */
export function siteInfoFor(hostname: string): SiteInfo | undefined {
  const host = hostname.replace(/^www\./, '');
  // A host pattern "*.example.com" stands for every subdomain of example.com (Stack Exchange's sites).
  return SITE_INFO.find((info) => info.hosts.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1)))));
}

/** The site of a host the user enabled at run time: a Mastodon instance of settings.mastodonInstances. */
export function enabledSiteInfoFor(hostname: string, mastodonInstances: readonly string[]): SiteInfo | undefined {
  return mastodonInstances.includes(hostname.toLowerCase()) ? SITE_INFO.find((info) => info.id === 'mastodon') : undefined;
}

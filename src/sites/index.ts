// The websites the content script knows. One line per site.
import type { ProfileRef } from '../lib/profile-ref';
import { bluesky } from './bluesky';
import { devto } from './devto';
import { github } from './github';
import { hackernews } from './hackernews';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { stackexchange } from './stackexchange';
import type { SiteAdapter } from './types';
import { x } from './x';
import { linkedin } from './linkedin';
import { xing } from './xing';
import { instagram } from './instagram';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { facebook } from './facebook';
import { youtube } from './youtube';

export const SITES: readonly SiteAdapter[] = [github, bluesky, hackernews, stackexchange, devto, reddit, mastodon, x, linkedin, xing, instagram, threads, tiktok, facebook, youtube];

export function siteFor(hostname: string): SiteAdapter | undefined {
  const host = hostname.replace(/^www\./, '');
  // A host pattern "*.example.com" stands for every subdomain of example.com (Stack Exchange's sites).
  return SITES.find((site) => site.hosts.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1)))));
}

/** The adapter for a host the user enabled at run time: a Mastodon instance of settings.mastodonInstances. */
export function siteForEnabledHost(hostname: string, mastodonInstances: readonly string[]): SiteAdapter | undefined {
  return mastodonInstances.includes(hostname.toLowerCase()) ? mastodon : undefined;
}

/** The profile a page URL shows, whichever site it is on (the Mastodon instances the user enabled too). */
export function profileFromPageUrl(url: string, mastodonInstances: readonly string[] = []): ProfileRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return (siteFor(parsed.hostname) ?? siteForEnabledHost(parsed.hostname, mastodonInstances))?.profileFromUrl(parsed) ?? null;
}

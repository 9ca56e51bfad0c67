// Every site adapter at once, loaded together: for tests, the command line and benchmarks. The
// extension's pages load only the adapter they need, through registry.ts.
import type { ProfileRef } from '../lib/profile-ref';
import { bluesky } from './bluesky';
import { devto } from './devto';
import { github } from './github';
import { hackernews } from './hackernews';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { stackexchange } from './stackexchange';
import type { SiteAdapter } from './types';
import { enabledSiteInfoFor, siteInfoFor } from './registry';
import { x } from './x';
import { linkedin } from './linkedin';
import { xing } from './xing';
import { instagram } from './instagram';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { facebook } from './facebook';
import { youtube } from './youtube';

export const SITES: readonly SiteAdapter[] = [github, bluesky, hackernews, stackexchange, devto, reddit, mastodon, x, linkedin, xing, instagram, threads, tiktok, facebook, youtube];

/** The adapter of a host name (which host is which site is said once, in registry.ts). */
export function siteFor(hostname: string): SiteAdapter | undefined {
  const info = siteInfoFor(hostname);
  return info && SITES.find((site) => site.id === info.id);
}

/** The adapter for a host the user enabled at run time: a Mastodon instance of settings.mastodonInstances. */
export function siteForEnabledHost(hostname: string, mastodonInstances: readonly string[]): SiteAdapter | undefined {
  return enabledSiteInfoFor(hostname, mastodonInstances) ? mastodon : undefined;
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

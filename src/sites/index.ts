// The websites the content script knows. One line per site.
import type { ProfileRef } from '../lib/profile-ref';
import { bluesky } from './bluesky';
import { github } from './github';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [github, bluesky];

export function siteFor(hostname: string): SiteAdapter | undefined {
  const host = hostname.replace(/^www\./, '');
  return SITES.find((site) => site.hosts.includes(host));
}

/** The profile a page URL shows, whichever site it is on. */
export function profileFromPageUrl(url: string): ProfileRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return siteFor(parsed.hostname)?.profileFromUrl(parsed) ?? null;
}

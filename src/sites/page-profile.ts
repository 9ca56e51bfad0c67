// The popup's question of the tab it opens on: whose profile is this page? (Apart from
// registry.ts, which the content script loads too.)
import type { ProfileRef } from '../lib/profile-ref';
import { enabledSiteInfoFor, siteInfoFor } from './registry';

/** The profile a page URL shows, whichever site it is on (the Mastodon instances the user enabled too); loads that site's adapter. */
export async function loadProfileFromPageUrl(url: string, mastodonInstances: readonly string[] = []): Promise<ProfileRef | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const info = siteInfoFor(parsed.hostname) ?? enabledSiteInfoFor(parsed.hostname, mastodonInstances);
  return info ? (await info.load()).profileFromUrl(parsed) : null;
}

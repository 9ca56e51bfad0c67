import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites';
import { loadProfileFromPageUrl } from '../../../src/sites/page-profile';
import { SITE_INFO, siteInfoFor } from '../../../src/sites/registry';

describe('the site registry', () => {
  it('names every adapter once, with the adapter’s own id, network and hosts', async () => {
    expect(SITE_INFO.map((info) => info.id)).toEqual(SITES.map((site) => site.id));
    for (const info of SITE_INFO) {
      const adapter = await info.load();
      expect(adapter).toBe(SITES.find((site) => site.id === info.id));
      expect([adapter.network, [...adapter.hosts]]).toEqual([info.network, [...info.hosts]]);
    }
  });

  it('tells the site from the host without loading it, and the profile once loaded', async () => {
    expect(siteInfoFor('www.x.com')?.id).toBe('x');
    expect(siteInfoFor('de.linkedin.com')?.id).toBe('linkedin');
    expect(siteInfoFor('cooking.stackexchange.com')?.id).toBe('stackexchange');
    expect(siteInfoFor('example.com')).toBeUndefined();
    expect(await loadProfileFromPageUrl('https://x.com/jack')).toEqual({ network: 'x', handle: 'jack' });
    expect(await loadProfileFromPageUrl('https://social.example/@alice', ['social.example'])).toEqual({ network: 'mastodon', handle: 'alice@social.example' });
    expect(await loadProfileFromPageUrl('not a url')).toBeNull();
  });
});

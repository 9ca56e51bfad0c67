import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS, blueskyClaims, distinctClaims, githubUserClaims, linksIn } from '../../../src/identity/profile-claims';

describe('claims read from data the sources already have', () => {
  it('finds the URLs and Mastodon addresses in free text, without the punctuation around them', () => {
    expect(linksIn('Me: (github.com/octo), <https://x.com/octo>; "@octo@hachyderm.io". Mail octo@example.org!').map((c) => c.ref)).toEqual([
      { network: 'github', handle: 'octo' },
      { network: 'x', handle: 'octo' },
      { network: 'mastodon', handle: 'octo@hachyderm.io' },
    ]);
    expect(linksIn(42)).toEqual([]);
  });

  it('keeps one claim per kind and target, and at most MAX_CLAIMS', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ kind: 'profile-link' as const, ref: { network: 'github', handle: `u${i}` } }));
    expect(distinctClaims([...many, ...many, null])).toHaveLength(MAX_CLAIMS);
    expect(distinctClaims([{ kind: 'github-blog', domain: 'a.dev' }, { kind: 'github-social', domain: 'a.dev' }, { kind: 'github-blog', domain: 'a.dev' }])).toHaveLength(2);
  });

  it('takes a twitter_username with or without its "@", and no invalid one', () => {
    expect(githubUserClaims('@Octo_Dev', null)).toEqual([{ kind: 'github-twitter', ref: { network: 'x', handle: 'octo_dev' }, url: 'https://x.com/Octo_Dev' }]);
    expect(githubUserClaims('far_too_long_for_x_handles', '')).toEqual([]);
  });

  it('claims a Bluesky handle’s domain only when it is the person’s own (not bsky.social, not a DID, not handle.invalid)', () => {
    expect(blueskyClaims('Octo.Dev', undefined)).toEqual([{ kind: 'bluesky-domain', domain: 'octo.dev', url: 'https://bsky.app/profile/octo.dev' }]);
    for (const handle of ['octo.bsky.social', 'did:plc:z72i7hdynmk6r22z27h6tvur', 'handle.invalid']) expect(blueskyClaims(handle, ''), handle).toEqual([]);
  });
});

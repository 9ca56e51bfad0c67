import { describe, expect, it } from 'vitest';
import { claimFromUrl } from '../../../src/identity';

const refOf = (url: string) => claimFromUrl(url, 'profile-link')?.ref;

describe('claimFromUrl', () => {
  it('reads the profile a URL of a known network names, normalised as keys are', () => {
    expect(refOf('https://github.com/Octo-Dev')).toEqual({ network: 'github', handle: 'octo-dev' });
    expect(refOf('https://github.com/octo-dev/')).toEqual({ network: 'github', handle: 'octo-dev' });
    expect(refOf('https://twitter.com/jack')).toEqual({ network: 'x', handle: 'jack' });
    expect(refOf('https://mobile.twitter.com/Jack')).toEqual({ network: 'x', handle: 'jack' });
    expect(refOf('https://x.com/elonmusk?lang=de')).toEqual({ network: 'x', handle: 'elonmusk' });
    expect(refOf('https://bsky.app/profile/Alice.example.com')).toEqual({ network: 'bluesky', handle: 'alice.example.com' });
    expect(refOf('https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur')).toEqual({ network: 'bluesky', handle: 'did:plc:z72i7hdynmk6r22z27h6tvur' });
    expect(refOf('https://www.linkedin.com/in/jane-doe-123/')).toEqual({ network: 'linkedin', handle: 'jane-doe-123' });
    expect(refOf('https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller')).toEqual({ network: 'linkedin', handle: 'jürgen-müller' });
    expect(refOf('https://www.linkedin.com/company/acme/')).toEqual({ network: 'linkedin', handle: 'company/acme' });
    expect(refOf('https://www.linkedin.com/showcase/microsoft-security/')).toEqual({ network: 'linkedin', handle: 'showcase/microsoft-security' });
    // A site's own pages, as its adapter knows them (one list: src/lib/reserved-paths.ts).
    for (const url of ['https://github.com/mcp', 'https://github.com/education', 'https://github.com/dashboard', 'https://x.com/grok', 'https://www.instagram.com/popular/', 'https://dev.to/top']) expect(refOf(url)).toBeUndefined();
    expect(refOf('https://www.instagram.com/nasa/')).toEqual({ network: 'instagram', handle: 'nasa' });
    expect(refOf('https://www.youtube.com/@MrBeast')).toEqual({ network: 'youtube', handle: 'mrbeast' });
    expect(refOf('https://www.youtube.com/channel/UCX6OQ3DkcsbYNE6H8uQQuVA')).toEqual({ network: 'youtube', handle: 'UCX6OQ3DkcsbYNE6H8uQQuVA' });
    expect(refOf('https://news.ycombinator.com/user?id=pg')).toEqual({ network: 'hackernews', handle: 'pg' });
    expect(refOf('https://stackoverflow.com/users/22656/jon-skeet')).toEqual({ network: 'stackexchange', handle: 'stackoverflow/22656' });
    expect(refOf('https://unix.stackexchange.com/users/4667')).toEqual({ network: 'stackexchange', handle: 'unix/4667' });
    expect(refOf('https://www.reddit.com/user/spez/')).toEqual({ network: 'reddit', handle: 'spez' });
    expect(refOf('https://old.reddit.com/u/spez')).toEqual({ network: 'reddit', handle: 'spez' });
    expect(refOf('https://dev.to/ben')).toEqual({ network: 'devto', handle: 'ben' });
    expect(refOf('https://www.threads.net/@zuck')).toEqual({ network: 'threads', handle: 'zuck' });
  });

  it('reads Mastodon accounts: /@user on any host, /users/user on the shipped instances, and @user@host addresses', () => {
    expect(refOf('https://mastodon.social/@Gargron')).toEqual({ network: 'mastodon', handle: 'gargron@mastodon.social' });
    expect(refOf('https://social.example.org/@alice/')).toEqual({ network: 'mastodon', handle: 'alice@social.example.org' });
    expect(refOf('https://hachyderm.io/users/kris')).toEqual({ network: 'mastodon', handle: 'kris@hachyderm.io' });
    expect(refOf('@alice@Fosstodon.org')).toEqual({ network: 'mastodon', handle: 'alice@fosstodon.org' });
    // Addresses as the Mastodon adapter reads them: Pixelfed's dotted names, bridged accounts as their own network's, none for servers without the API.
    expect(refOf('@jane.doe@pixelfed.social')).toEqual({ network: 'mastodon', handle: 'jane.doe@pixelfed.social' });
    expect(refOf('@zuck@threads.net')).toEqual({ network: 'threads', handle: 'zuck' });
    expect(refOf('@snarfed.bsky.social@bsky.brid.gy')).toEqual({ network: 'bluesky', handle: 'snarfed.bsky.social' });
    expect(refOf('@espn@flipboard.com')).toBeUndefined();
    // Without its first "@" an address is as likely e-mail.
    expect(claimFromUrl('alice@gmail.com', 'profile-link')).toBeNull();
    // Unknown instances' /users/ paths are not read: too many sites have them.
    expect(claimFromUrl('https://example.org/users/alice', 'profile-link')).toEqual({ kind: 'profile-link', domain: 'example.org', url: 'https://example.org/users/alice' });
    // Hosts whose /@name pages are not Mastodon accounts.
    expect(claimFromUrl('https://medium.com/@alice', 'profile-link')).toBeNull();
    expect(refOf('https://mastodon.social/@alice/109522010472026374')).toBeUndefined();
  });

  it('keeps the kind and the URL as given', () => {
    expect(claimFromUrl(' https://github.com/octo-dev ', 'mastodon-verified')).toEqual({ kind: 'mastodon-verified', ref: { network: 'github', handle: 'octo-dev' }, url: 'https://github.com/octo-dev' });
  });

  it('reads any other web address as the domain it names, lower case and without www., with or without its scheme', () => {
    expect(claimFromUrl('https://www.Alice.dev/blog?x=1', 'github-blog')).toEqual({ kind: 'github-blog', domain: 'alice.dev', url: 'https://www.Alice.dev/blog?x=1' });
    expect(claimFromUrl('alice.dev', 'github-blog')).toEqual({ kind: 'github-blog', domain: 'alice.dev', url: 'alice.dev' });
    expect(claimFromUrl('http://octo.github.io', 'github-blog')?.domain).toBe('octo.github.io');
  });

  it('names no one for a site’s own pages, platform hosts, other schemes and what is no address', () => {
    for (const url of [
      'https://github.com/about', 'https://github.com/features', 'https://github.com/octo-dev/repo', 'https://gist.github.com/octo-dev',
      'https://x.com/home', 'https://twitter.com/i/lists/1', 'https://x.com/search?q=a', 'https://www.instagram.com/p/Cx1/',
      'https://bsky.app/profile/alice.example.com/post/3k', 'https://bsky.app/', 'https://dev.to/t/javascript', 'https://www.youtube.com/watch?v=x',
      'https://news.ycombinator.com/item?id=1', 'https://www.linkedin.com/feed/', 'https://mastodon.social/about', 'https://www.patreon.com/mastodon',
      'https://alice.bsky.social', 'javascript:alert(1)', 'ftp://alice.dev', 'mailto:a@b.dev', 'https://127.0.0.1/', 'http://localhost:8080',
      'https://user:pw@alice.dev', 'she/her', 'Berlin', '', 'https://github.com/' + 'a'.repeat(40),
    ]) {
      expect(claimFromUrl(url, 'profile-link'), url).toBeNull();
    }
  });
});

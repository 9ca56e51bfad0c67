import { describe, expect, it, vi } from 'vitest';
import { guessProfile, networksAccepting } from '../../../src/lib/guess-profile';
import { parseRecentLookups, rememberLookup } from '../../../src/lib/recent-lookups';

const profile = (network: string, handle: string) => ({ kind: 'profile', ref: { network, handle } });

describe('guessProfile: network:handle', () => {
  it('reads the explicit form first', async () => {
    expect(await guessProfile('github:Octocat')).toEqual(profile('github', 'octocat'));
    expect(await guessProfile('  hackernews:@pg ')).toEqual(profile('hackernews', 'pg'));
  });

  it('does not guess past a network it does not know', async () => {
    expect(await guessProfile('myspace:tom')).toEqual({ kind: 'invalid' });
    expect(await guessProfile('github:not a login')).toEqual({ kind: 'invalid' });
  });
});

describe('guessProfile: profile addresses', () => {
  it('reads the address of a profile page on any supported site', async () => {
    expect(await guessProfile('https://github.com/alice')).toEqual(profile('github', 'alice'));
    expect(await guessProfile('https://bsky.app/profile/grace.bsky.social')).toEqual(profile('bluesky', 'grace.bsky.social'));
    expect(await guessProfile('https://news.ycombinator.com/user?id=pg')).toEqual(profile('hackernews', 'pg'));
    expect(await guessProfile('https://www.reddit.com/user/spez/')).toEqual(profile('reddit', 'spez'));
    expect(await guessProfile('https://mastodon.social/@Gargron')).toEqual(profile('mastodon', 'gargron@mastodon.social'));
  });

  it('takes an address without its scheme, and http as https', async () => {
    expect(await guessProfile('github.com/alice')).toEqual(profile('github', 'alice'));
    expect(await guessProfile('http://github.com/alice')).toEqual(profile('github', 'alice'));
  });

  it('reads /@user on a host no site claims as a Mastodon server’s profile', async () => {
    expect(await guessProfile('https://social.example.org/@bob')).toEqual(profile('mastodon', 'bob@social.example.org'));
  });

  it('is invalid for a page that shows no profile', async () => {
    expect(await guessProfile('https://github.com/octo-org/widget/issues/7')).toEqual({ kind: 'invalid' });
    expect(await guessProfile('https://example.org/about')).toEqual({ kind: 'invalid' });
    expect(await guessProfile('https://github.com/%E0%A4%A')).toEqual({ kind: 'invalid' });
  });

  it('is invalid, never a rejection, where the site’s adapter fails to load', async () => {
    vi.resetModules();
    vi.doMock('../../../src/sites/page-profile', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../../../src/sites/page-profile')>()),
      loadProfileFromPageUrl: () => Promise.reject(new Error('chunk failed to load')),
    }));
    try {
      const { guessProfile: guessWithFailingAdapter } = await import('../../../src/lib/guess-profile');
      expect(await guessWithFailingAdapter('https://github.com/alice')).toEqual({ kind: 'invalid' });
    } finally {
      vi.doUnmock('../../../src/sites/registry');
      vi.resetModules();
    }
  });
});

describe('guessProfile: bare handles', () => {
  it('tells Mastodon, Bluesky, Reddit and Stack Exchange by their shape', async () => {
    expect(await guessProfile('@alice@mastodon.social')).toEqual(profile('mastodon', 'alice@mastodon.social'));
    expect(await guessProfile('alice@fosstodon.org')).toEqual(profile('mastodon', 'alice@fosstodon.org'));
    expect(await guessProfile('alice.bsky.social')).toEqual(profile('bluesky', 'alice.bsky.social'));
    expect(await guessProfile('@nytimes.com')).toEqual(profile('bluesky', 'nytimes.com'));
    expect(await guessProfile('did:plc:z72i7hdynmk6r22z27h6tvur')).toEqual(profile('bluesky', 'did:plc:z72i7hdynmk6r22z27h6tvur'));
    expect(await guessProfile('u/spez')).toEqual(profile('reddit', 'spez'));
    expect(await guessProfile('/user/spez')).toEqual(profile('reddit', 'spez'));
    expect(await guessProfile('stackoverflow/22656')).toEqual(profile('stackexchange', 'stackoverflow/22656'));
  });

  it('asks which network when the handle fits several', async () => {
    const guess = await guessProfile('@alice');
    expect(guess.kind).toBe('choose');
    if (guess.kind !== 'choose') return;
    expect(guess.handle).toBe('alice');
    expect(guess.networks).toEqual(expect.arrayContaining(['github', 'reddit', 'x', 'instagram']));
    expect(guess.networks).not.toContain('mastodon');
    expect(guess.networks).not.toContain('bluesky');
  });

  it('offers only the networks whose handles can look like it', async () => {
    // Too long for X (15), a hyphen Instagram does not allow.
    const guess = await guessProfile('a-very-long-handle-name');
    expect(guess.kind === 'choose' && guess.networks).toEqual(networksAccepting('a-very-long-handle-name'));
    expect(networksAccepting('a-very-long-handle-name')).not.toContain('x');
    expect(networksAccepting('a-very-long-handle-name')).not.toContain('instagram');
    // A dotted name that is no common domain may be Instagram's as well as a Bluesky domain.
    const dotted = await guessProfile('john.doe');
    expect(dotted.kind === 'choose' && dotted.networks[0]).toBe('bluesky');
    expect(dotted.kind === 'choose' && dotted.networks).toContain('instagram');
  });

  it('takes the one network a handle fits', async () => {
    expect(await guessProfile('company/acme-corp')).toEqual(profile('linkedin', 'company/acme-corp'));
  });

  it('is invalid for what no network’s handle looks like', async () => {
    for (const text of ['', '   ', 'two words', '@', 'r/typescript', '!!!']) expect(await guessProfile(text)).toEqual({ kind: 'invalid' });
  });
});

describe('recent look-ups', () => {
  const ref = (handle: string) => ({ network: 'github', handle });

  it('puts the latest first, once, and keeps ten', async () => {
    let recent = Array.from({ length: 10 }, (_, i) => ref(`user${i}`));
    recent = rememberLookup(recent, ref('user5'));
    expect(recent.map((r) => r.handle).slice(0, 3)).toEqual(['user5', 'user0', 'user1']);
    expect(recent).toHaveLength(10);
    recent = rememberLookup(recent, { network: 'GitHub', handle: '@New' });
    expect(recent[0]).toEqual(ref('new'));
    expect(recent).toHaveLength(10);
    expect(recent.map((r) => r.handle)).not.toContain('user9');
  });

  it('reads back only what is a profile, each once, at most ten', async () => {
    expect(parseRecentLookups('github:alice')).toEqual([]);
    expect(parseRecentLookups(['github:alice', 42, 'myspace:tom', 'GitHub:Alice', 'bluesky:grace.bsky.social'])).toEqual([
      ref('alice'),
      { network: 'bluesky', handle: 'grace.bsky.social' },
    ]);
    expect(parseRecentLookups(Array.from({ length: 12 }, (_, i) => `github:u${i}`))).toHaveLength(10);
  });
});

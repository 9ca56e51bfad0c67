import { describe, expect, it } from 'vitest';
import { normaliseRef, parseProfileKey, profileKey } from '../../../src/lib/profile-ref';

describe('profile refs', () => {
  it('normalise case where the network ignores it, and drop a leading @', () => {
    expect(profileKey({ network: 'GitHub', handle: '@Octocat' })).toBe('github:octocat');
    expect(profileKey({ network: 'bluesky', handle: 'Dril.bsky.social' })).toBe('bluesky:dril.bsky.social');
    // DIDs are case-sensitive identifiers
    expect(normaliseRef({ network: 'bluesky', handle: 'did:plc:AbC123' }).handle).toBe('did:plc:AbC123');
  });

  it('parse network:handle, and refuse what no network would accept', () => {
    expect(parseProfileKey(' github:@octocat ')).toEqual({ network: 'github', handle: 'octocat' });
    expect(parseProfileKey('bluesky:did:plc:6wpkkitfdkgthatfvspcfmjo')).toEqual({ network: 'bluesky', handle: 'did:plc:6wpkkitfdkgthatfvspcfmjo' });
    expect(parseProfileKey('github:not valid')).toBeNull();
    expect(parseProfileKey('myspace:tom')).toBeNull();
    expect(parseProfileKey('octocat')).toBeNull();
    expect(parseProfileKey('bluesky:<img src=x onerror=alert(1)>')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { lastFour, maskSecret } from '../../../src/lib/secret-mask';

describe('maskSecret', () => {
  it('shows a long secret as four dots and its last four characters, never more', () => {
    expect(maskSecret('ghp_exampletoken1234')).toBe('••••1234');
    expect(maskSecret('ghp_exampletoken1234')).not.toContain('ghp_');
    expect(lastFour('abcdefghijkl')).toBe('ijkl');
  });

  it('shows none of a short secret, and nothing for none', () => {
    expect(maskSecret('short12')).toBe('••••');
    expect(lastFour('abcdefghijk')).toBe('');
    expect(maskSecret('')).toBe('');
  });
});

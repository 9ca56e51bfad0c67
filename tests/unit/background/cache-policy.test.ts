import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_AGE_HOURS, maxAgeMsFor } from '../../../src/background/cache-policy';

const HOUR = 3_600_000;

describe('maxAgeMsFor', () => {
  it('uses each network’s default, and the general default for the rest', () => {
    expect(DEFAULT_MAX_AGE_HOURS).toMatchObject({ default: 24, github: 24, bluesky: 12 });
    expect(maxAgeMsFor('github')).toBe(24 * HOUR);
    expect(maxAgeMsFor('bluesky')).toBe(12 * HOUR);
    expect(maxAgeMsFor('x')).toBe(24 * HOUR);
  });

  it('prefers the user’s setting for the network', () => {
    expect(maxAgeMsFor('bluesky', { bluesky: 2 })).toBe(2 * HOUR);
    expect(maxAgeMsFor('github', { bluesky: 2, github: 48 })).toBe(48 * HOUR);
    expect(maxAgeMsFor('bluesky', { github: 48 })).toBe(12 * HOUR);
  });

  it('applies the user’s default to networks without a setting of their own, nor a default of ours', () => {
    expect(maxAgeMsFor('x', { default: 72 })).toBe(72 * HOUR);
    expect(maxAgeMsFor('x', { default: 72, x: 1 })).toBe(1 * HOUR);
  });

  it('applies the user’s default (the first release’s one setting) to GitHub and Bluesky too', () => {
    expect(maxAgeMsFor('github', { default: 6 })).toBe(6 * HOUR);
    expect(maxAgeMsFor('bluesky', { default: 6 })).toBe(6 * HOUR);
    expect(maxAgeMsFor('bluesky', { default: 6, bluesky: 1 })).toBe(1 * HOUR);
  });
});

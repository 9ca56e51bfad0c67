// The content script's gathered work: one task a moment later for everything asked for meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATHER_MS, gathered } from '../../../src/content/gather';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('gathered work', () => {
  it('runs every job asked for within GATHER_MS together, each once, in the order first asked', () => {
    const ran: string[] = [];
    const scan = () => ran.push('scan');
    const place = () => ran.push('place');
    gathered(scan);
    vi.advanceTimersByTime(GATHER_MS / 2);
    gathered(place);
    gathered(scan);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(GATHER_MS / 2);
    expect(ran).toEqual(['scan', 'place']);
    expect(vi.getTimerCount()).toBe(0);
    // Asked again later: a new run, GATHER_MS from then.
    gathered(place);
    vi.advanceTimersByTime(GATHER_MS - 1);
    expect(ran).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['scan', 'place', 'place']);
  });

  it('a job that throws costs itself only; a job asked for while the run runs goes in the next run', () => {
    const ran: string[] = [];
    const later = () => ran.push('later');
    gathered(() => {
      throw new Error('markup it does not know');
    });
    gathered(() => {
      ran.push('second');
      gathered(later);
    });
    vi.advanceTimersByTime(GATHER_MS);
    expect(ran).toEqual(['second']);
    vi.advanceTimersByTime(GATHER_MS);
    expect(ran).toEqual(['second', 'later']);
  });
});

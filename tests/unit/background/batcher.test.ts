import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatcher } from '../../../src/background/batcher';
import type { Source, SourceContext, SourceOutcome } from '../../../src/sources/types';

const CONTEXT: SourceContext = { fetch: (() => Promise.reject(new Error('no network'))) as typeof fetch, settings: {}, now: () => 0 };

const okFor = (handle: string): SourceOutcome => ({ ok: true, signals: { network: 'test', handle, followers: handle.length } });

/** A source whose calls wait until the test releases them; it records every batch and the peak in flight. */
function heldSource(batchSize: number) {
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  let inFlight = 0;
  let peak = 0;
  const source: Source = {
    network: 'test',
    batchSize,
    concurrency: 1,
    fetchProfiles: vi.fn(async (handles: string[]) => {
      batches.push(handles);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight--;
      return new Map(handles.map((h) => [h, okFor(h)]));
    }),
  };
  return { source, batches, releases, peak: () => peak };
}

/** Lets pending promise callbacks run (fake timers are on; no time passes). */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('createBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits windowMs, then sends the handles asked meanwhile as one batch', async () => {
    const { source, batches, releases } = heldSource(25);
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 30, concurrency: 2 });
    const answers = ['a.test', 'b.test', 'c.test'].map((h) => batcher.fetch(h));
    await vi.advanceTimersByTimeAsync(29);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([['a.test', 'b.test', 'c.test']]);
    releases.forEach((release) => release());
    expect(await Promise.all(answers)).toEqual([okFor('a.test'), okFor('b.test'), okFor('c.test')]);
  });

  it('sends a full batch at once and the rest when the window closes', async () => {
    const { source, batches, releases } = heldSource(3);
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 50, concurrency: 4 });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((h) => batcher.fetch(h));
    await settle();
    expect(batches).toEqual([['a', 'b', 'c']]);
    await vi.advanceTimersByTimeAsync(50);
    expect(batches).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    releases.forEach((release) => release());
    const outcomes = await Promise.all(answers);
    expect(outcomes.map((o) => o.ok && o.signals.handle)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps at most `concurrency` batches in flight, sending queued ones as others finish', async () => {
    const { source, batches, releases, peak } = heldSource(2);
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 10, concurrency: 2 });
    const answers = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((h) => batcher.fetch(h));
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    releases[0]();
    await settle();
    expect(batches.slice(2)).toEqual([['e', 'f']]);
    releases[1]();
    await settle();
    expect(batches.slice(3)).toEqual([['g']]);
    releases[2]();
    releases[3]();
    expect((await Promise.all(answers)).every((o) => o.ok)).toBe(true);
    expect(peak()).toBe(2);
    expect(source.fetchProfiles).toHaveBeenCalledTimes(4);
  });

  it('with concurrency 1, sends batches one after the other', async () => {
    const { source, batches, releases, peak } = heldSource(1);
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 10, concurrency: 1 });
    const answers = ['a', 'b', 'c'].map((h) => batcher.fetch(h));
    for (let i = 0; i < 3; i++) {
      await settle();
      expect(batches).toHaveLength(i + 1);
      releases[i]();
    }
    await Promise.all(answers);
    expect(peak()).toBe(1);
  });

  it('gives each caller the outcome for its own handle, and bad-response for one the source skipped', async () => {
    const source: Source = {
      network: 'test',
      batchSize: 10,
      concurrency: 1,
      fetchProfiles: async (handles) =>
        new Map<string, SourceOutcome>(
          handles
            .filter((h) => h !== 'skipped')
            .map((h) => [h, h === 'ghost' ? { ok: false, error: { kind: 'not-found', message: 'no ghost' } } : okFor(h)]),
        ),
    };
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 5, concurrency: 1 });
    const answers = Promise.all(['alice', 'ghost', 'skipped'].map((h) => batcher.fetch(h)));
    await vi.advanceTimersByTimeAsync(5);
    expect(await answers).toEqual([
      okFor('alice'),
      { ok: false, error: { kind: 'not-found', message: 'no ghost' } },
      { ok: false, error: { kind: 'bad-response', message: 'The source gave no answer.' } },
    ]);
  });

  it('turns a source that throws into bad-response outcomes, and keeps working', async () => {
    let calls = 0;
    const source: Source = {
      network: 'test',
      batchSize: 2,
      concurrency: 1,
      fetchProfiles: async (handles) => {
        if (++calls === 1) throw new Error('boom');
        return new Map(handles.map((h) => [h, okFor(h)]));
      },
    };
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 5, concurrency: 1 });
    const first = await Promise.all([batcher.fetch('a'), batcher.fetch('b')]);
    expect(first).toEqual([
      { ok: false, error: { kind: 'bad-response', message: 'Error: boom' } },
      { ok: false, error: { kind: 'bad-response', message: 'Error: boom' } },
    ]);
    const second = await Promise.all([batcher.fetch('c'), batcher.fetch('d')]);
    expect(second).toEqual([okFor('c'), okFor('d')]);
  });

  it('asks for a context per batch, and a context that fails gives bad-response', async () => {
    const { source, releases } = heldSource(1);
    const context = vi.fn(async () => CONTEXT);
    const batcher = createBatcher(source, context, { windowMs: 5, concurrency: 2 });
    const answers = Promise.all([batcher.fetch('a'), batcher.fetch('b')]);
    await settle();
    expect(context).toHaveBeenCalledTimes(2);
    expect(vi.mocked(source.fetchProfiles).mock.calls[0][1]).toBe(CONTEXT);
    releases.forEach((release) => release());
    await answers;

    const failing = createBatcher(source, () => Promise.reject(new Error('no settings')), { windowMs: 5, concurrency: 1 });
    expect(await failing.fetch('c')).toEqual({ ok: false, error: { kind: 'bad-response', message: 'Error: no settings' } });
  });

  it('does not send a partial batch before its window closes when an earlier batch finishes', async () => {
    const { source, batches, releases } = heldSource(3);
    const batcher = createBatcher(source, async () => CONTEXT, { windowMs: 30, concurrency: 1 });
    const answers = ['a', 'b', 'c', 'd'].map((h) => batcher.fetch(h));
    await settle();
    expect(batches).toEqual([['a', 'b', 'c']]);
    releases[0]();
    await settle();
    expect(batches).toHaveLength(1); // d waits for its window, for company
    await vi.advanceTimersByTimeAsync(5);
    answers.push(batcher.fetch('e'));
    await vi.advanceTimersByTimeAsync(25);
    expect(batches).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    releases[1]();
    expect(await Promise.all(answers)).toHaveLength(5);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRIORITY, type HostLimiter, type Priority } from '../../../src/background/host-limiter';
import { createScheduler } from '../../../src/background/scheduler';
import type { Source, SourceContext, SourceOutcome, SourceSettings } from '../../../src/sources/types';

const WINDOW = 30;
const ok = (handle: string): SourceOutcome => ({ ok: true, signals: { network: 'test', handle, followers: handle.length } });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A source whose handles are `name@host` (host api.test when there is none). Each call asks
 * its context's fetch once, then waits for `gate` when one is given.
 */
function setup({
  batchSize = 3,
  concurrency = 1,
  gate,
  batchSizeFor,
  settings,
  extras = [],
}: { batchSize?: number; concurrency?: number; gate?: () => Promise<void>; batchSizeFor?: (settings: SourceSettings) => number; settings?: () => SourceSettings; extras?: [string, SourceOutcome][] } = {}) {
  const fetchProfiles = vi.fn(async (handles: string[], context: SourceContext) => {
    await context.fetch(`https://${source.hostFor(handles[0])}/profiles?h=${handles.join(',')}`);
    await gate?.();
    return new Map([...handles.map((handle): [string, SourceOutcome] => [handle, ok(handle)]), ...extras]);
  });
  const source: Source = {
    network: 'test',
    hostFor: (handle) => handle.split('@')[1] ?? 'api.test',
    servesHost: () => true,
    rateLimit: () => ({ requests: 100, periodMs: 1_000, source: 'test' }),
    batchSize,
    ...(batchSizeFor ? { batchSizeFor: vi.fn(batchSizeFor) } : {}),
    concurrency,
    fetchProfiles,
  };
  const limiterFetch = vi.fn(async (_url: string, _init: RequestInit | undefined, _priority: Priority) => new Response('{}'));
  const contextFetch = vi.fn(async () => new Response('{}'));
  const block = vi.fn();
  const onExtra = vi.fn();
  const cached = vi.fn(async () => new Map());
  const scheduler = createScheduler({
    sourceFor: () => source,
    context: async () => ({ fetch: contextFetch as unknown as typeof fetch, settings: {}, now: () => 0, cached }),
    limiter: { fetch: limiterFetch, block } as unknown as HostLimiter,
    windowMs: WINDOW,
    onExtra,
    settings,
  });
  const ask = (handle: string, priority: Priority = PRIORITY.visible) => scheduler.fetch(source, handle, priority);
  const batches = () => fetchProfiles.mock.calls.map(([handles]) => handles);
  return { scheduler, source, fetchProfiles, limiterFetch, contextFetch, ask, batches, block, onExtra, cached };
}

describe('createScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the handles asked within the window as one batch, through the limiter', async () => {
    const { ask, batches, limiterFetch, contextFetch, scheduler } = setup();
    const a = ask('a');
    await vi.advanceTimersByTimeAsync(WINDOW - 1);
    const b = ask('bb');
    expect(scheduler.waiting()).toEqual({ test: 2 });
    expect(batches()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches()).toEqual([['a', 'bb']]);
    expect(await a).toEqual(ok('a'));
    expect(await b).toEqual(ok('bb'));
    expect(limiterFetch.mock.calls).toEqual([['https://api.test/profiles?h=a,bb', undefined, PRIORITY.visible]]);
    expect(contextFetch).not.toHaveBeenCalled();
    expect(scheduler.waiting()).toEqual({ test: 0 });
  });

  it('sends a full batch at once, and what follows with the next window', async () => {
    const { ask, batches } = setup();
    const asked = ['a', 'b', 'c', 'd'].map((handle) => ask(handle));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a', 'b', 'c']]);
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a', 'b', 'c'], ['d']]);
    expect(await Promise.all(asked)).toEqual(['a', 'b', 'c', 'd'].map(ok));
  });

  it('joins a handle asked again while it waits: one request, both callers answered, at the higher priority', async () => {
    const { ask, batches, limiterFetch } = setup();
    const first = ask('a', PRIORITY.background);
    const second = ask('a', PRIORITY.popup);
    const other = ask('b', PRIORITY.background);
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a', 'b']]);
    expect(await first).toEqual(ok('a'));
    expect(await second).toEqual(ok('a'));
    expect(await other).toEqual(ok('b'));
    expect(limiterFetch.mock.calls.map(([, , priority]) => priority)).toEqual([PRIORITY.popup]);
  });

  it('sends the most urgent handles first, first come first within a priority', async () => {
    const gates = [deferred(), deferred()];
    let call = 0;
    const { ask, batches, limiterFetch } = setup({ batchSize: 2, gate: () => gates[call++]?.promise });
    const asked = [ask('a', PRIORITY.background), ask('b', PRIORITY.background)]; // full: goes now, and holds the one slot
    await vi.advanceTimersByTimeAsync(0);
    asked.push(ask('c', PRIORITY.background), ask('d', PRIORITY.visible), ask('e', PRIORITY.background), ask('f', PRIORITY.popup));
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a', 'b']]);
    gates[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a', 'b'], ['f', 'd']]);
    gates[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a', 'b'], ['f', 'd'], ['c', 'e']]);
    expect(limiterFetch.mock.calls.map(([, , priority]) => priority)).toEqual([PRIORITY.background, PRIORITY.popup, PRIORITY.background]);
    expect(await Promise.all(asked)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map(ok));
  });

  it('puts only handles of one host in a batch', async () => {
    const { ask, batches, limiterFetch } = setup({ concurrency: 2 });
    const asked = [ask('a@one.test'), ask('b@two.test'), ask('c@one.test', PRIORITY.background)];
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a@one.test', 'c@one.test'], ['b@two.test']]);
    expect(limiterFetch.mock.calls.map(([url, , priority]) => [url, priority])).toEqual([
      ['https://one.test/profiles?h=a@one.test,c@one.test', PRIORITY.visible],
      ['https://two.test/profiles?h=b@two.test', PRIORITY.visible],
    ]);
    await Promise.all(asked);
  });

  it('runs no more batches at once than the source’s concurrency', async () => {
    const gate = deferred();
    const { ask, batches } = setup({ batchSize: 1, concurrency: 2, gate: () => gate.promise });
    const asked = ['a', 'b', 'c'].map((handle) => ask(handle));
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a'], ['b']]);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a'], ['b'], ['c']]);
    await Promise.all(asked);
  });

  it('answers bad-response for every handle when the source throws, and for a handle it leaves out', async () => {
    const { ask, fetchProfiles } = setup();
    fetchProfiles.mockRejectedValueOnce(new Error('boom'));
    const failed = [ask('a'), ask('b')];
    await vi.advanceTimersByTimeAsync(WINDOW);
    const error = { ok: false, error: { kind: 'bad-response', message: 'Error: boom' } };
    expect(await Promise.all(failed)).toEqual([error, error]);

    fetchProfiles.mockResolvedValueOnce(new Map([['c', ok('c')]]));
    const partial = [ask('c'), ask('d')];
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(await Promise.all(partial)).toEqual([ok('c'), { ok: false, error: { kind: 'bad-response', message: 'The source gave no answer.' } }]);
  });

  it('sizes batches by batchSizeFor with the settings in force when each batch goes', async () => {
    let current: SourceSettings = {};
    const { ask, batches, source } = setup({ batchSize: 1, concurrency: 5, batchSizeFor: (s) => (s.githubToken ? 3 : 1), settings: () => current });
    const first = ['a', 'b', 'c'].map((handle) => ask(handle));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a'], ['b'], ['c']]);
    current = { githubToken: 'ghp_tok' };
    const second = ['d', 'e', 'f', 'g'].map((handle) => ask(handle));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a'], ['b'], ['c'], ['d', 'e', 'f']]); // full at 3: goes at once
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a'], ['b'], ['c'], ['d', 'e', 'f'], ['g']]);
    expect(source.batchSizeFor).toHaveBeenCalledWith({});
    expect(source.batchSizeFor).toHaveBeenCalledWith({ githubToken: 'ghp_tok' });
    expect(await Promise.all([...first, ...second])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(ok));
  });

  it('asks batchSizeFor with empty settings when the scheduler has none, and uses batchSize without it', async () => {
    const { ask, batches, source } = setup({ batchSize: 3, batchSizeFor: () => 2 });
    const asked = ['a', 'b', 'c'].map((handle) => ask(handle));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches()).toEqual([['a', 'b']]);
    expect(vi.mocked(source.batchSizeFor!).mock.calls.every(([settings]) => JSON.stringify(settings) === '{}')).toBe(true);
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(batches()).toEqual([['a', 'b'], ['c']]);
    await Promise.all(asked);
  });

  it('passes onExtra exactly the outcomes of handles nobody asked for', async () => {
    const failed: SourceOutcome = { ok: false, error: { kind: 'not-found', message: 'gone' } };
    const partial: SourceOutcome = { ok: true, partial: true, signals: { network: 'test', handle: 'x', followers: 1 } };
    const { ask, onExtra, source } = setup({ extras: [['x', partial], ['y', failed]] });
    const asked = ['a', 'b'].map((handle) => ask(handle));
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(await Promise.all(asked)).toEqual([ok('a'), ok('b')]);
    expect(onExtra.mock.calls).toEqual([
      [source, 'x', partial],
      [source, 'y', failed],
    ]);
  });

  it('gives the source a pause that blocks the host in the limiter, and keeps the rest of the context', async () => {
    const { ask, fetchProfiles, block, cached } = setup();
    fetchProfiles.mockImplementationOnce(async (handles, context) => {
      context.pause?.('api.test', 1_234_567);
      expect(context.cached).toBe(cached);
      return new Map(handles.map((handle) => [handle, ok(handle)]));
    });
    const asked = ask('a');
    await vi.advanceTimersByTimeAsync(WINDOW);
    expect(await asked).toEqual(ok('a'));
    expect(block.mock.calls).toEqual([['api.test', 1_234_567]]);
  });
});

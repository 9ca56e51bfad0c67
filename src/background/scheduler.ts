// Turns "I need these profiles" into as few API requests as the APIs allow. Handles wait a
// moment to be batched (Bluesky answers 25 a request), each is asked for once however many
// wait for it, the most urgent go first (the popup, then badges on screen, then the rest),
// and every request goes through its host's limiter.
import type { Source, SourceContext, SourceOutcome, SourceSettings } from '../sources/types';
import type { HostLimiter, Priority } from './host-limiter';

interface Pending {
  handle: string;
  host: string;
  priority: Priority;
  order: number;
  resolvers: ((outcome: SourceOutcome) => void)[];
}

export interface SchedulerOptions {
  sourceFor(network: string): Source | undefined;
  /** Settings and clock for the sources; its fetch is replaced by the limiter's. */
  context(): Promise<SourceContext>;
  limiter: HostLimiter;
  /** How long handles wait for company before a partial batch goes. */
  windowMs: number;
  /** Batches in flight at once, per network (the limiter still paces requests per host). */
  concurrency?: (source: Source) => number;
  /** Outcomes a source gave for profiles nobody asked for (a sample it needed): worth keeping. */
  onExtra?(source: Source, handle: string, outcome: SourceOutcome): void;
  /** The settings in force now, for batch sizes that depend on them. */
  settings?(): SourceSettings;
}

export function createScheduler(options: SchedulerOptions) {
  const queues = new Map<Source, Map<string, Pending>>();
  const running = new Map<Source, number>();
  const timers = new Map<Source, ReturnType<typeof setTimeout>>();
  let order = 0;
  const batchSize = (source: Source) => source.batchSizeFor?.(options.settings?.() ?? {}) ?? source.batchSize;

  function queueOf(source: Source): Map<string, Pending> {
    let queue = queues.get(source);
    if (!queue) queues.set(source, (queue = new Map()));
    return queue;
  }

  /** The next batch: the most urgent handle, and as many more of its host as the API takes, most urgent first. */
  function nextBatch(source: Source, queue: Map<string, Pending>): Pending[] {
    const byUrgency = [...queue.values()].sort((a, b) => a.priority - b.priority || a.order - b.order);
    const host = byUrgency[0].host;
    const batch = byUrgency.filter((pending) => pending.host === host).slice(0, batchSize(source));
    for (const pending of batch) queue.delete(pending.handle);
    return batch;
  }

  async function run(source: Source, batch: Pending[]): Promise<void> {
    running.set(source, (running.get(source) ?? 0) + 1);
    const priority = Math.min(...batch.map((p) => p.priority)) as Priority;
    let outcomes: Map<string, SourceOutcome>;
    try {
      const context = await options.context();
      const limitedFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        options.limiter.fetch(String(input instanceof Request ? input.url : input), init, priority)) as typeof fetch;
      const pause = (host: string, until: number) => options.limiter.block(host, until);
      outcomes = await source.fetchProfiles(batch.map((p) => p.handle), { ...context, fetch: limitedFetch, pause });
    } catch (error) {
      outcomes = new Map(batch.map((p) => [p.handle, { ok: false, error: { kind: 'bad-response', message: String(error) } }]));
    } finally {
      running.set(source, (running.get(source) ?? 1) - 1);
    }
    const asked = new Set(batch.map((p) => p.handle));
    for (const pending of batch) {
      const outcome = outcomes.get(pending.handle) ?? { ok: false, error: { kind: 'bad-response', message: 'The source gave no answer.' } };
      for (const resolve of pending.resolvers) resolve(outcome);
    }
    for (const [handle, outcome] of outcomes) if (!asked.has(handle)) options.onExtra?.(source, handle, outcome);
    dispatch(source);
  }

  function dispatch(source: Source): void {
    const queue = queueOf(source);
    const limit = options.concurrency?.(source) ?? source.concurrency;
    while (queue.size > 0 && (running.get(source) ?? 0) < limit) {
      // A partial batch waits for its window, for company; a full one goes now.
      if (queue.size < batchSize(source) && timers.has(source)) return;
      void run(source, nextBatch(source, queue));
    }
  }

  return {
    /** A profile's outcome; asking again while it waits joins the same request (at the higher priority). */
    fetch(source: Source, handle: string, priority: Priority): Promise<SourceOutcome> {
      return new Promise((resolve) => {
        const queue = queueOf(source);
        const pending = queue.get(handle);
        if (pending) {
          pending.priority = Math.min(pending.priority, priority) as Priority;
          pending.resolvers.push(resolve);
        } else {
          queue.set(handle, { handle, host: source.hostFor(handle), priority, order: order++, resolvers: [resolve] });
        }
        if (queue.size >= batchSize(source)) {
          dispatch(source);
        } else if (!timers.has(source)) {
          timers.set(
            source,
            setTimeout(() => {
              timers.delete(source);
              dispatch(source);
            }, options.windowMs),
          );
        }
      });
    },
    /** Handles waiting, by network (for tests and diagnostics). */
    waiting(): Record<string, number> {
      return Object.fromEntries([...queues].map(([source, queue]) => [source.network, queue.size]));
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;

// Collects the handles asked for within a short window and hands them to their source in
// batches of the size its API takes, a few batches at a time.
import type { Source, SourceContext, SourceOutcome } from '../sources/types';

interface Waiting {
  handle: string;
  resolve(outcome: SourceOutcome): void;
}

export interface BatcherOptions {
  /** How long to wait for more handles before sending a batch. */
  windowMs: number;
  /** Batches in flight at once, per source. */
  concurrency: number;
}

export function createBatcher(source: Source, context: () => Promise<SourceContext>, options: BatcherOptions) {
  const queue: Waiting[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = 0;

  async function runBatch(batch: Waiting[]): Promise<void> {
    running++;
    try {
      const handles = batch.map((waiting) => waiting.handle);
      let outcomes: Map<string, SourceOutcome>;
      try {
        outcomes = await source.fetchProfiles(handles, await context());
      } catch (error) {
        outcomes = new Map(handles.map((h) => [h, { ok: false, error: { kind: 'bad-response', message: String(error) } }]));
      }
      for (const waiting of batch) {
        waiting.resolve(
          outcomes.get(waiting.handle) ?? { ok: false, error: { kind: 'bad-response', message: 'The source gave no answer.' } },
        );
      }
    } finally {
      running--;
      pump();
    }
  }

  /** Sends full batches; a partial one only once its window has closed (no timer pending). */
  function pump(): void {
    while (running < options.concurrency && queue.length > 0) {
      if (queue.length < source.batchSize && timer !== undefined) return;
      void runBatch(queue.splice(0, source.batchSize));
    }
  }

  function schedule(): void {
    if (queue.length >= source.batchSize) {
      pump();
    } else if (timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        pump();
      }, options.windowMs);
    }
  }

  return {
    fetch(handle: string): Promise<SourceOutcome> {
      return new Promise((resolve) => {
        queue.push({ handle, resolve });
        schedule();
      });
    },
  };
}

export type Batcher = ReturnType<typeof createBatcher>;

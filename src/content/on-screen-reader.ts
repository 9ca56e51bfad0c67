// Reads elements once they come on screen: the IntersectionObserver only queues them (or the
// caller hands over elements it knows are there: add); they are read with the content script's
// other gathered work (gather.ts), a slice per frame (so that a long list never makes one long
// task), and what was read waits in an outbox that goes to the background every few seconds in
// messages of at most 100. That is soon enough for a virtual list (X's) not to have taken them
// away again.
// Shared by the post reader (counts under posts) and the followers-list reader (audits).
import { gathered } from './gather';

/** Items a message carries, at most (the background refuses more). */
const PER_MESSAGE = 100;
/** Elements read per frame. */
const READS_PER_SLICE = 40;

export interface OnScreenReaderOptions<T> {
  /** What an element on screen is; null: nothing (or nothing new) to send. `page` is the page's URL. Exceptions count as null. */
  read(element: Element, page: URL): T | null;
  /** Sends what was read, at most PER_MESSAGE items a call. */
  send(items: T[]): void;
  /** How long what was read waits in the outbox, so that one message carries a burst. */
  intervalMs: number;
}

export function createOnScreenReader<T>(options: OnScreenReaderOptions<T>) {
  if (typeof IntersectionObserver === 'undefined') return null;
  const visible: Element[] = [];
  let outbox: T[] = [];
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let page = new URL(location.href);

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const items = outbox;
    outbox = [];
    for (let start = 0; start < items.length; start += PER_MESSAGE) options.send(items.slice(start, start + PER_MESSAGE));
  }

  function readSome(): void {
    frame = undefined;
    if (page.href !== location.href) page = new URL(location.href);
    for (const element of visible.splice(0, READS_PER_SLICE)) {
      let item: T | null = null;
      try {
        item = element.isConnected ? options.read(element, page) : null;
      } catch {
        item = null; // markup the reader does not know: nothing read
      }
      if (item !== null) outbox.push(item);
    }
    if (outbox.length > 0) timer ??= setTimeout(flush, options.intervalMs);
    if (visible.length > 0) frame ??= requestAnimationFrame(readSome);
  }

  let observer: IntersectionObserver | undefined;
  const watch = () =>
    (observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        visible.push(entry.target);
      }
      if (visible.length > 0 && frame === undefined) gathered(readGathered);
    }));

  function readGathered(): void {
    if (frame === undefined) readSome();
  }

  return {
    /** Reads the element once it is on screen (once only). */
    observe(element: Element): void {
      watch().observe(element);
    },
    /** Reads elements the caller knows are on screen now (in this task, as far as a slice goes). */
    add(elements: Element[]): void {
      visible.push(...elements);
      if (frame === undefined) readSome();
    },
    /** Sends what waits in the outbox now. */
    flush,
  };
}

export type OnScreenReader = NonNullable<ReturnType<typeof createOnScreenReader>>;

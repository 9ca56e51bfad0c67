// Reads a Chromium performance trace of one page and splits its main-thread work into the
// page's own and the extension's: tasks in which a chrome-extension:// script ran are ours.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];
/** Trace events that say which script ran. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'v8.compile']);

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES } });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream! });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream! });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface MainThreadSummary {
  /** All top-level tasks of the page's main thread, in ms. */
  busyMs: number;
  longestTaskMs: number;
  /** The extension's own work: each run of its scripts (a callback, a message from its
   * background and its handler, the script's start), with the DOM work it does inside, in ms. */
  extensionMs: number;
  extensionRuns: number;
  longestExtensionRunMs: number;
  /** Our runs grouped by what ran (function name, or the message channel), longest total first. */
  extensionByKind: [kind: string, ms: number, runs: number][];
}

/** A message from the extension's background to its content script, with the listener it runs. */
function isExtensionMessage(event: TraceEvent): boolean {
  const info = (event.args as { chrome_mojo_event_info?: { mojo_interface_tag?: string } } | undefined)?.chrome_mojo_event_info;
  return event.name === 'Receive mojo message' && (info?.mojo_interface_tag?.startsWith('extensions.mojom.') ?? false);
}

export function summarise(events: TraceEvent[]): MainThreadSummary {
  // The page's renderer main thread: the busiest CrRendererMain (the others are idle helpers).
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}/${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + e.dur!);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}/${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number');

  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const ours = onMain
    .filter((e) => (SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith('chrome-extension://')) || isExtensionMessage(e))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // A run of ours nested in another run of ours (a call inside a call) counts once.
  const runs: TraceEvent[] = [];
  for (const event of ours) {
    const last = runs[runs.length - 1];
    if (last && event.ts < last.ts + last.dur!) continue;
    runs.push(event);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const kinds = new Map<string, [number, number]>();
  for (const run of runs) {
    const data = run.args?.data as { functionName?: string; lineNumber?: number } | undefined;
    const kind = isExtensionMessage(run) ? 'message from the background' : `${run.name} ${data?.functionName || '(anonymous)'}:${data?.lineNumber ?? ''}`;
    const [total, count] = kinds.get(kind) ?? [0, 0];
    kinds.set(kind, [total + run.dur!, count + 1]);
  }
  return {
    busyMs: ms(tasks.reduce((sum, t) => sum + t.dur!, 0)),
    longestTaskMs: ms(Math.max(0, ...tasks.map((t) => t.dur!))),
    extensionMs: ms(runs.reduce((sum, r) => sum + r.dur!, 0)),
    extensionRuns: runs.length,
    longestExtensionRunMs: ms(Math.max(0, ...runs.map((r) => r.dur!))),
    extensionByKind: [...kinds].map(([kind, [total, count]]): [string, number, number] => [kind, ms(total), count]).sort((a, b) => b[1] - a[1]),
  };
}

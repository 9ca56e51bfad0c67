// Our main-thread time as V8's sampling profiler sees it: every sample whose stack holds a
// frame of the extension's scripts (with the DOM calls they make) is ours. A trace instruments
// every DOM call and inflates DOM-heavy code several times over; sampling every 200 µs
// disturbs far less, so the two are printed side by side.
import type { CDPSession } from 'playwright-core';

const SAMPLING_INTERVAL_US = 200;

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { url: string };
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

/** Milliseconds of samples with an extension frame on the stack. */
export async function stopProfile(cdp: CDPSession): Promise<number> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let us = 0;
  // Each sample's time is the gap to the next one.
  for (let i = 0; i < profile.samples.length - 1; i++) if (isOurs(profile.samples[i])) us += profile.timeDeltas[i + 1];
  return Math.round(us / 100) / 10;
}

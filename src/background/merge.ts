// What the APIs said and what pages showed, merged field by field: the newest value of each
// field wins, and each field remembers where it came from, so the breakdown can say so.
import type { ProfileSignals, RecentActivity, SignalSource } from '../score/types';

export interface SignalPart {
  signals: ProfileSignals;
  kind: 'api' | 'page';
  /** Epoch ms when these values were true. */
  at: number;
  url?: string;
  /** Only part of what the API can tell (fetched for another profile's sample): refetched when asked for. */
  partial?: boolean;
  /** A part made of posts the user saw on pages: how many. */
  posts?: number;
}

/** Where each value came from: top-level fields by name, nested ones as `recent.x` and `extra.x`. */
export type Provenance = Record<string, SignalSource>;

const SKIP = new Set(['network', 'handle', 'observedAt', 'sources', 'recent', 'extra']);

function sourceOf(part: SignalPart): SignalSource {
  return { kind: part.kind, at: new Date(part.at).toISOString(), ...(part.url ? { url: part.url } : {}), ...(part.posts ? { posts: part.posts } : {}) };
}

export function mergeSignals(network: string, handle: string, parts: SignalPart[]): { signals: ProfileSignals; provenance: Provenance } {
  const merged: ProfileSignals = { network, handle };
  const recent: RecentActivity = {};
  const extra: Record<string, number> = {};
  const provenance: Provenance = {};
  const fields = merged as unknown as Record<string, unknown>;
  // Oldest first, so that newer values overwrite older ones.
  for (const part of [...parts].sort((a, b) => a.at - b.at)) {
    const source = sourceOf(part);
    for (const [field, value] of Object.entries(part.signals)) {
      if (SKIP.has(field) || value === undefined || value === null) continue;
      fields[field] = value;
      provenance[field] = source;
    }
    for (const [field, value] of Object.entries(part.signals.recent ?? {})) {
      if (value === undefined || value === null) continue;
      (recent as Record<string, number>)[field] = value;
      provenance[`recent.${field}`] = source;
    }
    for (const [field, value] of Object.entries(part.signals.extra ?? {})) {
      extra[field] = value;
      provenance[`extra.${field}`] = source;
    }
  }
  if (Object.keys(recent).length > 0) merged.recent = recent;
  if (Object.keys(extra).length > 0) merged.extra = extra;
  const newest = Math.max(...parts.map((p) => p.at));
  if (Number.isFinite(newest)) merged.observedAt = new Date(newest).toISOString();
  merged.sources = [...parts].sort((a, b) => a.at - b.at).map(sourceOf);
  return { signals: merged, provenance };
}

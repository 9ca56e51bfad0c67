// Adds Wikipedia pageviews to a profile's signals where Wikidata knows the profile. Asked only
// for profiles with a real audience (a thousand followers), kept a month (notability changes
// slowly), and asked for together: the profiles settled within a moment share one query, since
// the query service is shared by everyone and allows few queries a minute.
import { profileKey, type ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { SourceContext } from '../sources/types';
import { WIKIDATA_PROPERTY, lookUpNotability, type Notability } from '../sources/wikipedia';
import type { Cache } from './cache';

export const NOTABILITY = { minFollowers: 1000, maxAgeMs: 30 * 86_400_000, windowMs: 50 } as const;

interface Waiting {
  identifiers: string[];
  resolve(found: Notability | undefined): void;
}

export function createNotability(options: { cache: Cache<Notability>; context(): Promise<SourceContext> }) {
  const waiting = new Map<string, Waiting[]>();

  async function flush(network: string): Promise<void> {
    const batch = waiting.get(network) ?? [];
    waiting.delete(network);
    const identifiers = [...new Set(batch.flatMap((w) => w.identifiers))];
    let found: Map<string, Notability> | undefined;
    try {
      found = await lookUpNotability(network, identifiers, await options.context());
    } catch {
      found = undefined; // unknown for all of them this time
    }
    for (const { identifiers: own, resolve } of batch) {
      const answers = own.map((id) => found?.get(id)).filter((n): n is Notability => n !== undefined);
      // Known only when every spelling was answered; a match under any spelling wins.
      resolve(answers.length < own.length ? undefined : (answers.find((n) => n.item) ?? answers[0]));
    }
  }

  /** What Wikidata says of these spellings of one profile, asked together with the others waiting. */
  function ask(network: string, identifiers: string[]): Promise<Notability | undefined> {
    return new Promise((resolve) => {
      const queue = waiting.get(network) ?? [];
      if (queue.length === 0) setTimeout(() => void flush(network), NOTABILITY.windowMs);
      queue.push({ identifiers, resolve });
      waiting.set(network, queue);
    });
  }

  return {
    async enrich(ref: ProfileRef, signals: ProfileSignals): Promise<ProfileSignals> {
      if (!WIKIDATA_PROPERTY[ref.network] || (signals.followers ?? 0) < NOTABILITY.minFollowers) return signals;
      const key = profileKey(ref);
      const hit = await options.cache.get(key);
      let found = hit?.fresh ? hit.value : undefined;
      if (!found) {
        // Wikidata matches identifiers exactly: ask for the network's own spelling too (GitHub's "JakeWharton").
        found = await ask(ref.network, [...new Set([ref.handle, signals.handle])]);
        if (found) await options.cache.set(key, found, NOTABILITY.maxAgeMs);
        else found = hit?.value; // an old answer is better than none; no answer leaves the signal unknown
      }
      if (found?.pageviewsPerDay === undefined) return signals;
      return {
        ...signals,
        extra: { ...signals.extra, wikipediaPageviews: found.pageviewsPerDay },
        sources: [...(signals.sources ?? []), { kind: 'api', url: found.url, at: new Date().toISOString() }],
      };
    },
  };
}

// Adds Wikipedia pageviews to a profile's signals where Wikidata knows the profile. Asked only
// for profiles with a real audience (a thousand followers), and kept a month: notability
// changes slowly, and the query service is shared by everyone.
import { profileKey, type ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { SourceContext } from '../sources/types';
import { WIKIDATA_PROPERTY, lookUpNotability, type Notability } from '../sources/wikipedia';
import type { Cache } from './cache';

export const NOTABILITY = { minFollowers: 1000, maxAgeMs: 30 * 86_400_000 } as const;

export function createNotability(options: { cache: Cache<Notability>; context(): Promise<SourceContext> }) {
  return {
    async enrich(ref: ProfileRef, signals: ProfileSignals): Promise<ProfileSignals> {
      if (!WIKIDATA_PROPERTY[ref.network] || (signals.followers ?? 0) < NOTABILITY.minFollowers) return signals;
      const key = profileKey(ref);
      const hit = await options.cache.get(key);
      let found = hit?.fresh ? hit.value : undefined;
      if (!found) {
        try {
          found = (await lookUpNotability(ref.network, ref.handle, await options.context())) ?? {};
          await options.cache.set(key, found, NOTABILITY.maxAgeMs);
        } catch {
          found = hit?.value; // an old answer is better than none; no answer leaves the signal unknown
        }
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

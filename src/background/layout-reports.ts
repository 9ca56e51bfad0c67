// Whether each site's adapter recognised the layout of the pages it last ran on. Sites change
// their markup without notice; when an adapter's hooks all break, its pages get no badges and
// the popup says why, instead of the extension silently doing nothing.
import { isRecord } from '../lib/guards';
import type { KeyValueArea } from './cache';

const KEY = 'layoutReports';

export interface LayoutReport {
  recognised?: boolean;
  at?: number;
}

export function createLayoutReports(area: KeyValueArea, now: () => number = Date.now) {
  async function all(): Promise<Record<string, LayoutReport>> {
    const stored = (await area.get([KEY]))[KEY];
    return isRecord(stored) ? (stored as Record<string, LayoutReport>) : {};
  }
  return {
    async report(site: string, recognised: boolean): Promise<void> {
      const reports = await all();
      if (reports[site]?.recognised === recognised) return; // nothing new: no write
      await area.set({ [KEY]: { ...reports, [site]: { recognised, at: now() } } });
    },
    async get(site: string): Promise<LayoutReport> {
      return (await all())[site] ?? {};
    },
  };
}

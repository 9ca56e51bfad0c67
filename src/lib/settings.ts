// The user's settings, kept in browser.storage.local (never synced: it holds an API token).
import { isRecord } from './guards';

export interface Settings {
  /** GitHub personal access token: raises the API limit from 60 to 5,000 requests an hour. */
  githubToken: string;
  /** How long a fetched score counts as fresh. */
  maxAgeHours: number;
}

export const DEFAULT_SETTINGS: Settings = { githubToken: '', maxAgeHours: 24 };
export const SETTINGS_KEY = 'settings';

interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function parseSettings(raw: unknown): Settings {
  const stored = isRecord(raw) ? raw : {};
  return {
    githubToken: typeof stored.githubToken === 'string' ? stored.githubToken : DEFAULT_SETTINGS.githubToken,
    maxAgeHours:
      typeof stored.maxAgeHours === 'number' && stored.maxAgeHours > 0 ? stored.maxAgeHours : DEFAULT_SETTINGS.maxAgeHours,
  };
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return parseSettings((await area.get([SETTINGS_KEY]))[SETTINGS_KEY]);
}

export async function saveSettings(area: SettingsArea, changes: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings(area)), ...changes };
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

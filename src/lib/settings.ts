// The user's settings, kept in browser.storage.local (never synced: it holds an API token).
import { isRecord } from './guards';
import { cleanHosts } from './host-names';

export interface Settings {
  /** GitHub personal access token: raises the API limit from 60 to 5,000 requests an hour. */
  githubToken: string;
  /** How long a fetched score counts as fresh, in hours, by network ('default' for the rest). */
  maxAgeHours: Record<string, number>;
  /** Profiles the user marked as their own (`network:handle`): their history is kept. */
  ownProfiles: string[];
  /** Stack Exchange API key: raises the quota from 300 to 10,000 requests a day. */
  stackExchangeKey: string;
  /** Mastodon instances the user turned badges on for, beyond the manifest's (host names, granted at run time). */
  mastodonInstances: string[];
  /** Sites (adapter ids of src/sites) the user turned badges off for: `false`. A site not named is on, new ones too. */
  enabledSites: Record<string, boolean>;
  /** Badges wait for a hover, focus or click before their profile is asked for: nothing is requested as pages scroll. */
  privacyMode: boolean;
  badgeSize: BadgeSize;
}

export type BadgeSize = 'normal' | 'large';
export const BADGE_SIZES: readonly BadgeSize[] = ['normal', 'large'];

/** The credentials: left out of an export unless the user asks for them. */
export const SECRET_FIELDS = ['githubToken', 'stackExchangeKey'] as const satisfies readonly (keyof Settings)[];

export const DEFAULT_SETTINGS: Settings = {
  githubToken: '',
  maxAgeHours: {},
  ownProfiles: [],
  stackExchangeKey: '',
  mastodonInstances: [],
  enabledSites: {},
  privacyMode: false,
  badgeSize: 'normal',
};
export const SETTINGS_KEY = 'settings';

interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function parseMaxAge(raw: unknown): Record<string, number> {
  // The first release kept one number for every network.
  if (typeof raw === 'number' && raw > 0) return { default: raw };
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((pair): pair is [string, number] => typeof pair[1] === 'number' && pair[1] > 0));
}

function parseEnabledSites(raw: unknown): Record<string, boolean> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((pair): pair is [string, boolean] => typeof pair[1] === 'boolean'));
}

/** Whether badges are on for a site (an adapter id): on unless the user turned it off. */
export function isSiteEnabled(settings: Pick<Settings, 'enabledSites'>, siteId: string): boolean {
  return settings.enabledSites[siteId] !== false;
}

export function parseSettings(raw: unknown): Settings {
  const stored = isRecord(raw) ? raw : {};
  return {
    githubToken: typeof stored.githubToken === 'string' ? stored.githubToken : DEFAULT_SETTINGS.githubToken,
    maxAgeHours: parseMaxAge(stored.maxAgeHours),
    ownProfiles: Array.isArray(stored.ownProfiles) ? stored.ownProfiles.filter((key): key is string => typeof key === 'string') : [],
    stackExchangeKey: typeof stored.stackExchangeKey === 'string' ? stored.stackExchangeKey : DEFAULT_SETTINGS.stackExchangeKey,
    mastodonInstances: cleanHosts(stored.mastodonInstances),
    // Fields added after the first releases: a record without them reads as their defaults.
    enabledSites: parseEnabledSites(stored.enabledSites),
    privacyMode: stored.privacyMode === true,
    badgeSize: BADGE_SIZES.includes(stored.badgeSize as BadgeSize) ? (stored.badgeSize as BadgeSize) : DEFAULT_SETTINGS.badgeSize,
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

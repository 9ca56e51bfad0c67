import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, isSiteEnabled, loadSettings, parseSettings, saveSettings } from '../../../src/lib/settings';
import { memoryArea } from '../background/memory-area';

describe('parseSettings', () => {
  it('answers the defaults for nothing, or for something that is not settings', () => {
    for (const raw of [undefined, null, 'settings', 42, []]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      githubToken: '',
      maxAgeHours: {},
      ownProfiles: [],
      stackExchangeKey: '',
      mastodonInstances: [],
      enabledSites: {},
      privacyMode: false,
      badgeSize: 'normal',
    });
  });

  it('migrates the first release’s one number of hours to the default of every network', () => {
    expect(parseSettings({ githubToken: 'ghp_x', maxAgeHours: 6 })).toEqual({ ...DEFAULT_SETTINGS, githubToken: 'ghp_x', maxAgeHours: { default: 6 } });
    expect(parseSettings({ maxAgeHours: 0 }).maxAgeHours).toEqual({});
    expect(parseSettings({ maxAgeHours: -3 }).maxAgeHours).toEqual({});
  });

  it('keeps the max ages that are positive numbers', () => {
    const maxAgeHours = { default: 24, github: 2, bluesky: 0, x: -1, reddit: '5', mastodon: 0.5 };
    expect(parseSettings({ maxAgeHours }).maxAgeHours).toEqual({ default: 24, github: 2, mastodon: 0.5 });
  });

  it('keeps only the strings of ownProfiles, and a token only when it is a string', () => {
    expect(parseSettings({ ownProfiles: ['github:me', 7, null, 'bluesky:me.bsky.social'], githubToken: 12 })).toEqual({
      ...DEFAULT_SETTINGS,
      ownProfiles: ['github:me', 'bluesky:me.bsky.social'],
    });
    expect(parseSettings({ ownProfiles: 'github:me' }).ownProfiles).toEqual([]);
  });

  it('keeps the Mastodon instances that are host names, lower case, each once, sorted', () => {
    const mastodonInstances = ['Social.Example', 'social.example', 'b.example', '10.0.0.1', 'localhost', 'x.example/path', 7, 'https://c.example'];
    expect(parseSettings({ mastodonInstances }).mastodonInstances).toEqual(['b.example', 'social.example']);
    expect(parseSettings({ mastodonInstances: 'social.example' }).mastodonInstances).toEqual([]);
  });

  it('reads a record of an earlier release, without the later fields, as those fields’ defaults', () => {
    const earlier = { githubToken: 'ghp_old', maxAgeHours: { default: 12 }, ownProfiles: ['github:me'], stackExchangeKey: 'key1', mastodonInstances: ['social.example'] };
    expect(parseSettings(earlier)).toEqual({ ...earlier, enabledSites: {}, privacyMode: false, badgeSize: 'normal' });
  });

  it('keeps only the sites turned on or off with a boolean; a site not named is on', () => {
    const settings = parseSettings({ enabledSites: { github: false, reddit: true, x: 'false', bluesky: 0, mastodon: null } });
    expect(settings.enabledSites).toEqual({ github: false, reddit: true });
    expect(isSiteEnabled(settings, 'github')).toBe(false);
    expect(isSiteEnabled(settings, 'reddit')).toBe(true);
    expect(isSiteEnabled(settings, 'x')).toBe(true);
    expect(isSiteEnabled(settings, 'a-site-added-later')).toBe(true);
    expect(parseSettings({ enabledSites: ['github'] }).enabledSites).toEqual({});
  });

  it('turns privacy mode on only for true, and knows two badge sizes', () => {
    expect(parseSettings({ privacyMode: true }).privacyMode).toBe(true);
    for (const privacyMode of ['true', 1, null, {}]) expect(parseSettings({ privacyMode }).privacyMode).toBe(false);
    expect(parseSettings({ badgeSize: 'large' }).badgeSize).toBe('large');
    for (const badgeSize of ['huge', 'LARGE', 2, null]) expect(parseSettings({ badgeSize }).badgeSize).toBe('normal');
  });
});

describe('loadSettings and saveSettings', () => {
  it('reads a first-release record migrated, and saves changes over it', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { githubToken: 'ghp_old', maxAgeHours: 12 } });
    expect(await loadSettings(area)).toEqual({ ...DEFAULT_SETTINGS, githubToken: 'ghp_old', maxAgeHours: { default: 12 } });
    const saved = await saveSettings(area, { ownProfiles: ['github:me'], stackExchangeKey: '', mastodonInstances: [], privacyMode: true });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, githubToken: 'ghp_old', maxAgeHours: { default: 12 }, ownProfiles: ['github:me'], privacyMode: true });
    expect(area.data.get(SETTINGS_KEY)).toEqual(saved);
  });
});

import { describe, expect, it } from 'vitest';
import { DATA_FORMAT, exportData, exportFileName, importData, parseImport, type DataFile } from '../../../src/lib/data-export';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/lib/settings';
import { memoryArea } from '../background/memory-area';

const NOW = new Date('2025-03-12T10:00:00Z');

const snapshot = (date: string, score: number) => ({ date, score, pillars: { reach: 50, amplification: 40, network: 30, activity: 60 }, signals: { followers: 1200 } });
const listEntry = (key: string, score: number, fetchedAt = '2025-03-01T00:00:00.000Z') => ({
  key,
  addedAt: '2025-03-02T00:00:00.000Z',
  fetchedAt,
  score,
  pillars: { reach: 50, amplification: null, network: 30, activity: 60 },
  confidence: 0.7,
  verdict: 'ok',
  signals: [{ name: 'followers', value: 1200, contribution: 12, at: '2025-03-01T00:00:00.000Z', source: 'api' }],
});

function storedData() {
  return {
    [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, githubToken: 'ghp_secret1234', stackExchangeKey: 'sekey5678', privacyMode: true, enabledSites: { reddit: false }, ownProfiles: ['github:me'], mastodonInstances: ['social.example'] },
    lists: [{ name: 'Candidates', entries: [listEntry('github:alice', 61)] }],
    'history:github:me': [snapshot('2025-03-10', 40), snapshot('2025-03-11', 42)],
    // The cache, the limiter and their indexes: not the user's data.
    'profile:github:alice': { state: 'scored', fetchedAt: 1 },
    'cacheIndex:profile:': { schema: 1, entries: [] },
    limiter: { github: {} },
  };
}

const fileText = (file: unknown) => JSON.stringify(file);

describe('exportData', () => {
  it('exports settings, lists and history, never the cache, and blanks the credentials unless asked for them', async () => {
    for (const listKeys of [false, true]) {
      const area = memoryArea(storedData(), { listKeys });
      const file = await exportData(area, { includeSecrets: false, now: NOW });
      expect(file.format).toBe(DATA_FORMAT);
      expect(file.exportedAt).toBe('2025-03-12T10:00:00.000Z');
      expect(file.includesSecrets).toBe(false);
      expect(Object.keys(file.data)).toEqual(['history:github:me', 'lists', SETTINGS_KEY]);
      const settings = file.data[SETTINGS_KEY] as typeof DEFAULT_SETTINGS;
      expect(settings.githubToken).toBe('');
      expect(settings.stackExchangeKey).toBe('');
      expect(settings.privacyMode).toBe(true);
      expect(JSON.stringify(file)).not.toContain('ghp_secret1234');
      expect(JSON.stringify(file)).not.toContain('sekey5678');
    }
  });

  it('reads only the user’s keys where the browser lists keys', async () => {
    const area = memoryArea(storedData(), { listKeys: true });
    await exportData(area, { includeSecrets: false, now: NOW });
    expect(area.get).toHaveBeenCalledWith([SETTINGS_KEY, 'lists', 'history:github:me']);
  });

  it('includes the credentials when the user ticks the box', async () => {
    const file = await exportData(memoryArea(storedData()), { includeSecrets: true, now: NOW });
    expect(file.includesSecrets).toBe(true);
    expect(file.data[SETTINGS_KEY]).toMatchObject({ githubToken: 'ghp_secret1234', stackExchangeKey: 'sekey5678' });
  });

  it('names the file by date', () => {
    expect(exportFileName(NOW)).toBe('influence-badges-2025-03-12.json');
  });
});

describe('parseImport', () => {
  it('accepts its own export and counts what it holds', async () => {
    const file = await exportData(memoryArea(storedData()), { includeSecrets: false, now: NOW });
    const parsed = parseImport(fileText(file));
    expect(parsed).toMatchObject({ ok: true, counts: { settings: 1, lists: 1, history: 1 }, skipped: [] });
  });

  it('refuses what is not JSON, not its format, a list file, a newer version, or too large', () => {
    expect(parseImport('{"format": ')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseImport('[1, 2]')).toEqual({ ok: false, problem: 'not-ours' });
    expect(parseImport(fileText({ format: 'something-else', version: 1, data: {} }))).toEqual({ ok: false, problem: 'not-ours' });
    expect(parseImport(fileText({ format: DATA_FORMAT, version: 1, data: [] }))).toEqual({ ok: false, problem: 'not-ours' });
    expect(parseImport(fileText({ format: 'influence-badges.list', version: 1, name: 'x', entries: [] }))).toEqual({ ok: false, problem: 'list-file' });
    expect(parseImport(fileText({ format: DATA_FORMAT, version: 2, data: { settings: {} } }))).toEqual({ ok: false, problem: 'newer-version' });
    expect(parseImport(fileText({ format: DATA_FORMAT, data: { settings: {} } }))).toEqual({ ok: false, problem: 'newer-version' });
    expect(parseImport(' '.repeat(20_000_001))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuses the whole file when one entry of a kind it keeps is wrong, naming it', () => {
    const base = { format: DATA_FORMAT, version: 1, exportedAt: NOW.toISOString() };
    expect(parseImport(fileText({ ...base, data: { settings: 'on' } }))).toEqual({ ok: false, problem: 'invalid-entry', key: 'settings' });
    expect(parseImport(fileText({ ...base, data: { settings: {}, lists: { name: 'x' } } }))).toEqual({ ok: false, problem: 'invalid-entry', key: 'lists' });
    const badDay = { ...snapshot('2025-03-10', 40), score: 0 };
    expect(parseImport(fileText({ ...base, data: { 'history:github:me': [snapshot('2025-03-09', 39), badDay] } }))).toEqual({
      ok: false,
      problem: 'invalid-entry',
      key: 'history:github:me',
    });
    expect(parseImport(fileText({ ...base, data: { 'history:github:me': [{ ...snapshot('2025-03-10', 40), date: 'yesterday' }] } }))).toMatchObject({ ok: false });
  });

  it('skips keys of no kind it keeps (the cache, or a later version’s), and refuses a file with nothing it keeps', () => {
    const base = { format: DATA_FORMAT, version: 1, exportedAt: NOW.toISOString() };
    const parsed = parseImport(fileText({ ...base, data: { settings: { privacyMode: true }, 'profile:github:x': {}, limiter: {} } }));
    expect(parsed).toMatchObject({ ok: true, skipped: ['profile:github:x', 'limiter'], counts: { settings: 1, lists: 0, history: 0 } });
    expect(parseImport(fileText({ ...base, data: { limiter: {} } }))).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('importData', () => {
  async function importInto(area: ReturnType<typeof memoryArea>, file: unknown): Promise<void> {
    const parsed = parseImport(fileText(file));
    if (!parsed.ok) throw new Error(parsed.problem);
    await importData(area, parsed.file);
  }

  it('round-trips into an empty browser (without the Mastodon instances, which need this browser’s permission)', async () => {
    const file = await exportData(memoryArea(storedData()), { includeSecrets: true, now: NOW });
    const fresh = memoryArea();
    await importInto(fresh, file);
    expect(fresh.data.get(SETTINGS_KEY)).toEqual({ ...storedData()[SETTINGS_KEY], mastodonInstances: [] });
    expect(fresh.data.get('lists')).toEqual(storedData().lists);
    expect(fresh.data.get('history:github:me')).toEqual(storedData()['history:github:me']);
    expect(fresh.set).toHaveBeenCalledTimes(1);
  });

  it('merges: keeps the credentials a file leaves out, own profiles, lists and days that are only here', async () => {
    const area = memoryArea(storedData());
    const file: DataFile = {
      format: DATA_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      includesSecrets: false,
      data: {
        [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, privacyMode: false, badgeSize: 'large', enabledSites: { github: false }, ownProfiles: ['github:other'] },
        lists: [
          { name: 'Candidates', entries: [listEntry('github:alice', 65, '2025-03-05T00:00:00.000Z'), listEntry('github:bob', 30)] },
          { name: 'Agencies', entries: [listEntry('github:carol', 70)] },
        ],
        'history:github:me': [snapshot('2025-03-01', 35), snapshot('2025-03-11', 99)],
      },
    };
    await importInto(area, file);
    expect(area.data.get(SETTINGS_KEY)).toEqual({
      ...DEFAULT_SETTINGS,
      githubToken: 'ghp_secret1234',
      stackExchangeKey: 'sekey5678',
      privacyMode: false,
      badgeSize: 'large',
      enabledSites: { reddit: false, github: false },
      ownProfiles: ['github:me', 'github:other'],
      mastodonInstances: ['social.example'],
    });
    const lists = area.data.get('lists') as { name: string; entries: { key: string; score: number }[] }[];
    expect(lists.map((list) => [list.name, list.entries.map((e) => `${e.key}=${e.score}`)])).toEqual([
      ['Candidates', ['github:alice=65', 'github:bob=30']],
      ['Agencies', ['github:carol=70']],
    ]);
    // The day both have keeps this browser's snapshot.
    expect((area.data.get('history:github:me') as { date: string; score: number }[]).map((s) => `${s.date}=${s.score}`)).toEqual(['2025-03-01=35', '2025-03-10=40', '2025-03-11=42']);
    // The cache is untouched.
    expect(area.data.get('profile:github:alice')).toEqual({ state: 'scored', fetchedAt: 1 });
  });

  it('writes nothing for a file it refuses', async () => {
    const area = memoryArea(storedData());
    const parsed = parseImport(fileText({ format: DATA_FORMAT, version: 1, data: { settings: {}, lists: 'broken' } }));
    expect(parsed.ok).toBe(false);
    expect(area.set).not.toHaveBeenCalled();
    expect(area.data.get(SETTINGS_KEY)).toEqual(storedData()[SETTINGS_KEY]);
  });
});

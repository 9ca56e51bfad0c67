import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv';
import { CSV_HEADER, LIST_FORMAT, exportFileName, importListFile, listToCsv, listToJson } from '../../../src/lib/list-files';
import { addToList, type ListEntry, type ProfileList } from '../../../src/lib/lists';

const alice: ListEntry = {
  key: 'github:alice',
  addedAt: '2025-03-13T08:00:00.000Z',
  fetchedAt: '2025-03-12T10:00:00.000Z',
  score: 47,
  pillars: { reach: 61, amplification: 30, network: null, activity: 44 },
  confidence: 0.64,
  verdict: 'ok',
  signals: [
    { name: 'followers', value: 1200, contribution: 4.2, at: '2025-03-12T09:59:00.000Z', source: 'api' },
    { name: 'stars', value: 945, contribution: 3.1, at: '2025-03-12T09:59:00.000Z', source: 'api' },
    { name: 'verified', value: true, contribution: 0.5 },
  ],
};
const dave: ListEntry = {
  key: 'mastodon:dave@example.social',
  addedAt: '2025-03-13T08:01:00.000Z',
  fetchedAt: '2025-03-11T00:00:00.000Z',
  score: 12,
  pillars: { reach: 10, amplification: null, network: null, activity: 20 },
  confidence: 0.3,
  verdict: 'suspicious',
  signals: [{ name: 'followers', value: 3, contribution: -2.5 }],
};
// A hostile list name, as a file from elsewhere could bring.
const list: ProfileList = { name: '=cmd|"/c calc"!A1, "and more"', entries: [alice, dave] };
const NOW = new Date('2025-04-01T00:00:00Z');

describe('CSV export', () => {
  it('has a header row and one row per profile with pillars, confidence, verdict, date, main signals and profile URL', () => {
    const text = listToCsv(list);
    expect(text.startsWith('\uFEFFnetwork,handle,score,pillar_reach,pillar_amplification,pillar_network,pillar_activity,confidence,verdict,fetched_at,added_at,main_signals,profile_url\r\n')).toBe(true);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe('github,alice,47,61,30,,44,0.64,ok,2025-03-12T10:00:00.000Z,2025-03-13T08:00:00.000Z,followers=1200; stars=945; verified=true,https://github.com/alice');
    expect(lines[2]).toBe('mastodon,dave@example.social,12,10,,,20,0.3,suspicious,2025-03-11T00:00:00.000Z,2025-03-13T08:01:00.000Z,followers=3,https://example.social/@dave');
    expect(lines).toHaveLength(4); // and a final line break
  });

  it('guards cells that would run as formulas (a Reddit handle may start with "-"), and reads them back unguarded', () => {
    const hostile: ListEntry = { ...alice, key: 'reddit:-1-1', signals: [{ name: 'followers', value: 1 }] };
    const text = listToCsv({ name: 'x', entries: [hostile] });
    expect(text.split('\r\n')[1]).toMatch(/^reddit,'-1-1,47,/);
    expect(text).toContain(",https://www.reddit.com/user/-1-1\r\n");
    expect(text.split('\r\n').slice(1).join('\n')).not.toMatch(/(^|,)[=+@-]/m);
    const back = importListFile(text, 'x.csv', NOW);
    expect(back.ok && back.entries.map((e) => e.key)).toEqual(['reddit:-1-1']);
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows[0]).toEqual(CSV_HEADER);
  });
});

describe('JSON export', () => {
  it('keeps every field of the snapshot, with the network, handle and profile URL spelled out', () => {
    const data = JSON.parse(listToJson(list, NOW));
    expect(data).toMatchObject({ format: LIST_FORMAT, version: 1, name: list.name, exportedAt: '2025-04-01T00:00:00.000Z' });
    expect(data.entries[0]).toEqual({ network: 'github', handle: 'alice', profileUrl: 'https://github.com/alice', ...alice });
    expect(data.entries[1].profileUrl).toBe('https://example.social/@dave');
  });
});

describe('import', () => {
  it('reads its own JSON export back exactly, with the list’s name', () => {
    const result = importListFile(listToJson(list, NOW), 'whatever.json', NOW);
    expect(result).toEqual({ ok: true, name: list.name.replace(/\s+/g, ' '), entries: [alice, dave], skipped: [], truncated: 0 });
  });

  it('reads its own CSV export back: everything but the contributions and signal dates, which a CSV does not hold', () => {
    const result = importListFile(listToCsv(list), 'Shortlist March.csv', NOW);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.name).toBe('Shortlist March');
    expect(result.skipped).toEqual([]);
    const strip = (entry: ListEntry): ListEntry => ({ ...entry, signals: entry.signals.map(({ name, value }) => ({ name, value })) });
    expect(result.entries).toEqual([strip(alice), strip(dave)]);
  });

  it('round-trips through export and import into another list, merging by key with the newest snapshot', () => {
    const older = { ...alice, fetchedAt: '2025-03-01T00:00:00.000Z', score: 40 };
    const existing = addToList([], 'Target', [older]);
    if (!existing.ok) throw new Error('not added');
    const file = importListFile(listToJson(list, NOW), 'x.json', NOW);
    if (!file.ok) throw new Error(file.problem.code);
    const merged = addToList(existing.lists, 'Target', file.entries);
    if (!merged.ok) throw new Error('not merged');
    expect(merged.lists[0].entries.map((e) => [e.key, e.score])).toEqual([
      ['github:alice', 47],
      ['mastodon:dave@example.social', 12],
    ]);
    expect(merged).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
  });

  it('skips bad rows, saying which line and which field, and keeps the good ones', () => {
    const csv = [
      'Network,Handle,Score,Fetched_At,Pillar_Reach,Verdict',
      'github,alice,47,2025-03-12T10:00:00Z,61,ok',
      'myspace,tom,50,2025-03-12T10:00:00Z,,ok',
      'github,bob,high,2025-03-12T10:00:00Z,,ok',
      'github,carol,30,someday,,ok',
      'github,dave,30,2025-03-12,200,ok',
      'github,erin,30,2025-03-12,,great',
      '"github","fr,ank",30,2025-03-12,,ok',
    ].join('\n');
    const result = importListFile(csv, 'list.csv', NOW);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.entries.map((e) => e.key)).toEqual(['github:alice']);
    expect(result.entries[0]).toMatchObject({ pillars: { reach: 61, amplification: null }, addedAt: '2025-04-01T00:00:00.000Z', confidence: 0 });
    expect(result.skipped).toEqual([
      { at: 3, field: 'network' },
      { at: 4, field: 'score' },
      { at: 5, field: 'fetched_at' },
      { at: 6, field: 'pillar_reach' },
      { at: 7, field: 'verdict' },
      { at: 8, field: 'handle' },
    ]);
  });

  it('gives a clear reason for files it cannot read at all', () => {
    expect(importListFile('', 'a.csv')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(importListFile('\uFEFF  \n', 'a.csv')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(importListFile('{"entries": [', 'a.json')).toEqual({ ok: false, problem: { code: 'bad-json' } });
    expect(importListFile('{"hello": "world"}', 'a.json')).toEqual({ ok: false, problem: { code: 'not-a-list' } });
    expect(importListFile('name,score\nalice,3', 'a.csv')).toEqual({ ok: false, problem: { code: 'missing-columns', columns: ['network', 'handle', 'fetched_at'] } });
    expect(importListFile('network,handle,score,fetched_at\n"github,alice', 'a.csv')).toEqual({ ok: false, problem: { code: 'bad-csv', line: 2 } });
    expect(importListFile('x'.repeat(5_000_001), 'a.csv')).toEqual({ ok: false, problem: { code: 'too-large' } });
    // A PNG renamed .csv is no list either.
    expect(importListFile('\x89PNG\r\n\x1a\n\0\0\0IHDR', 'a.csv')).toMatchObject({ ok: false, problem: { code: 'missing-columns' } });
  });

  it('takes a bare JSON array of entries, named after the file', () => {
    const result = importListFile(JSON.stringify([alice, { nonsense: true }]), 'mine.json', NOW);
    expect(result).toEqual({ ok: true, name: 'mine', entries: [alice], skipped: [{ at: 2, field: 'network' }], truncated: 0 });
  });
});

describe('exportFileName', () => {
  it('names the file after the list and the day, without characters file systems refuse', () => {
    expect(exportFileName('Candidates', 'csv', NOW)).toBe('Candidates 2025-04-01.csv');
    expect(exportFileName('a/b:c*?"<>|', 'json', NOW)).toBe('a_b_c_ 2025-04-01.json');
    expect(exportFileName('..', 'csv', NOW)).toBe('list 2025-04-01.csv');
  });
});

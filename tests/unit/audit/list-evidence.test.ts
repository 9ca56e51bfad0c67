// The followers-list classifier on labelled accounts (Cresci et al. 2015), given only what a
// followers list shows: LIST_RATES must be what it measures. And the list audit's report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../../scripts/calibration/datasets';
import { parseCsv } from '../../../scripts/calibration/csv';
import { addListed, classifyListed, createAuditState, finish, LIST_RATES, type AuditState, type PageFollower } from '../../../src/audit';
import { hasCalibration } from './calibration-data';

const yes = (text: string | undefined) => text === '1' || text?.toLowerCase() === 'true';

function listed(group: 'E13' | 'INT'): PageFollower[] {
  return parseCsv(readFileSync(resolve(CALIBRATION, 'fakefollowers', group, 'users.csv'), 'utf8')).map((row) => ({
    handle: row.screen_name ?? '',
    name: row.name ?? '',
    hasAvatar: !yes(row.default_profile_image),
    hasBio: !!row.description && row.description.trim() !== '' && row.description !== 'NULL',
    verified: yes(row.verified),
  }));
}

describe.skipIf(!hasCalibration)('list evidence on labelled accounts', () => {
  it('calls as many genuine and bought accounts suspicious as LIST_RATES says', () => {
    for (const rate of [LIST_RATES.genuine, LIST_RATES.bought]) {
      const accounts = listed(rate.group);
      expect(accounts).toHaveLength(rate.of);
      expect(accounts.filter((f) => classifyListed(f).verdict === 'suspicious')).toHaveLength(rate.suspicious);
    }
  });
});

describe('a list audit', () => {
  it('reports genuine and suspicious shares, inactivity as unknown, and no bought estimate', () => {
    let state: AuditState = { ...createAuditState({ network: 'x', handle: 'brand' }, 500), evidence: 'list' };
    const followers: PageFollower[] = Array.from({ length: 60 }, (_, i) => ({ handle: i % 4 === 0 ? `user${10000 + i}` : `reader_${i}`, name: i % 4 === 0 ? '' : `Reader ${i}`, hasAvatar: i % 4 !== 0, hasBio: i % 4 !== 0 }));
    state = addListed(state, followers.slice(0, 40));
    state = addListed(state, followers.slice(30));
    expect(state).toMatchObject({ status: 'running', progress: { read: 70, classified: 60 } });
    const report = finish({ ...state, status: 'done' });
    expect(report).toMatchObject({ evidence: 'list', sampled: 60, judged: 60, counts: { genuine: 45, suspicious: 15, inactive: 0, unknown: 0 } });
    expect(report.shares.suspicious!.share).toBe(0.25);
    expect(report.shares.inactive).toBeUndefined();
    expect(report.bought).toBeUndefined();
  });
});

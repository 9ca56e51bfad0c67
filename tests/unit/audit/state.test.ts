import { describe, expect, it } from 'vitest';
import { addPage, clampSampleSize, createAuditState, finish, parseAuditState, SAMPLE_SIZE, type AuditState, type FollowerInput } from '../../../src/audit';

const AT = '2025-06-01T00:00:00Z';
const TARGET = { network: 'mastodon', handle: 'someone@example.social', followers: 50_000 };

/** A network's follower list, newest first: every seventh bought, every eleventh silent, every thirteenth unknowable. */
const audience: FollowerInput[] = Array.from({ length: 1200 }, (_, i) => {
  const handle = `user${i}@example.social`;
  if (i % 13 === 0) return { signals: { network: 'mastodon', handle, followers: 3 } };
  if (i % 7 === 0) return { signals: { network: 'mastodon', handle, followers: 4, following: 900, posts: 1, hasAvatar: false, hasBio: false, defaultProfile: true } };
  return {
    signals: { network: 'mastodon', handle, followers: 100 + i, following: 150, posts: 500 + i, createdAt: '2021-01-01T00:00:00Z', hasAvatar: true, hasBio: true },
    lastPostAt: i % 11 === 0 ? '2024-01-01T00:00:00Z' : '2025-05-30T00:00:00Z',
  };
});

/** Pages of 100, each repeating the last entry of the one before (a follow arrived while paging). */
const pages = Array.from({ length: 12 }, (_, p) => ({
  followers: audience.slice(Math.max(0, p * 100 - 1), (p + 1) * 100),
  next: p < 11 ? `cursor-${p + 1}` : undefined,
}));

function run(state: AuditState, from = 0, to = pages.length): AuditState {
  for (let p = from; p < to && state.status === 'running'; p++) state = addPage(state, pages[p].followers, pages[p].next);
  return state;
}

describe('audit state', () => {
  it('clamps the sample size to 500..5000, default 2000', () => {
    expect(createAuditState(TARGET).sampleSize).toBe(2000);
    expect([100, 500, 1234.4, 5000, 9999, Number.NaN].map(clampSampleSize)).toEqual([500, 500, 1234, 5000, 5000, SAMPLE_SIZE.default]);
  });

  it('pages until the sample is full, skips repeats and keeps the cursor of the next page', () => {
    let state = createAuditState(TARGET, 500, AT);
    state = addPage(state, pages[0].followers, pages[0].next);
    expect(state).toMatchObject({ status: 'running', cursor: 'cursor-1', progress: { read: 100, classified: 100, requests: 1 } });
    state = run(state, 1);
    expect(state.status).toBe('done');
    expect(state.cursor).toBeUndefined();
    expect(state.exhausted).toBe(false);
    // Pages of 101 entries after the first, one of them a repeat each time: 500 new ones after five pages.
    expect(state.progress).toEqual({ read: 100 + 4 * 101, classified: 500, requests: 5 });
    expect(state.followers.map((f) => f.handle)).toEqual(audience.slice(0, 500).map((f) => f.signals.handle));
    expect(finish(state)).toMatchObject({ complete: true, wholeAudience: false, sampled: 500, newestFirst: true });
  });

  it('stops in the middle of a page when the sample is full', () => {
    const state = run(createAuditState(TARGET, 550, AT));
    expect(state).toMatchObject({ status: 'done', progress: { read: 100 + 5 * 101, classified: 550, requests: 6 } });
    expect(state.followers.at(-1)!.handle).toBe(audience[549].signals.handle);
  });

  it('reads the whole audience when it is smaller than the sample', () => {
    const state = run(createAuditState(TARGET, 5000, AT));
    expect(state).toMatchObject({ status: 'done', exhausted: true, progress: { classified: 1200, requests: 12 } });
    expect(finish(state)).toMatchObject({ wholeAudience: true, sampled: 1200 });
  });

  it('gives the same report when resumed from JSON mid-way', () => {
    const straight = finish(run(createAuditState(TARGET, 1000, AT)));
    const half = run(createAuditState(TARGET, 1000, AT), 0, 5);
    const stored = JSON.parse(JSON.stringify(half)) as unknown;
    const resumed = parseAuditState(stored);
    expect(resumed).toEqual(half);
    const report = finish(run(resumed!, 5));
    expect(report).toEqual(straight);
    expect(report.counts).toEqual({
      genuine: expect.any(Number),
      suspicious: audience.slice(0, 1000).filter((_, i) => i % 13 !== 0 && i % 7 === 0).length,
      inactive: audience.slice(0, 1000).filter((_, i) => i % 13 !== 0 && i % 7 !== 0 && i % 11 === 0).length,
      unknown: audience.slice(0, 1000).filter((_, i) => i % 13 === 0).length,
    });
  });

  it('ignores a page that arrives after the audit is done', () => {
    const done = run(createAuditState(TARGET, 500, AT));
    expect(addPage(done, audience.slice(900, 1000), 'cursor-x')).toBe(done);
  });

  it('ends, without claiming the whole audience, when a page brings nothing new and the same cursor', () => {
    let state = addPage(createAuditState(TARGET, 500, AT), pages[0].followers, 'same');
    state = addPage(state, pages[0].followers, 'same');
    expect(state).toMatchObject({ status: 'done', exhausted: false, progress: { read: 200, classified: 100, requests: 2 } });
  });

  it('rejects stored data that is not a state, or is from another formula', () => {
    const state = run(createAuditState(TARGET, 500, AT), 0, 2);
    expect(parseAuditState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseAuditState({ ...state, formulaVersion: '0.0.1' })).toBeUndefined();
    expect(parseAuditState({ ...state, sampleSize: 20 })).toBeUndefined();
    expect(parseAuditState({ ...state, followers: [{ handle: 'x', risk: 0, flags: [], verdict: 'fake' }] })).toBeUndefined();
    expect(parseAuditState({ ...state, progress: { read: -1, classified: 0, requests: 0 } })).toBeUndefined();
    expect(parseAuditState(null)).toBeUndefined();
  });
});

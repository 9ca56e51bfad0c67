import { describe, expect, it } from 'vitest';
import {
  addPage,
  auditCsv,
  auditJson,
  classifyFollower,
  correctedShare,
  createAuditState,
  FALSE_POSITIVE_RATE,
  finish,
  TRUE_POSITIVE_RATE,
  typicalFor,
  wilson,
  type FollowerInput,
} from '../../../src/audit';
import { assessAuthenticity } from '../../../src/score/authenticity';

const AT = '2025-06-01T00:00:00Z';
let serial = 0;
const follower = (fields: Partial<FollowerInput['signals']>, lastPostAt?: string): FollowerInput => ({
  signals: { network: 'bluesky', handle: `f${serial++}.bsky.social`, ...fields },
  ...(lastPostAt ? { lastPostAt } : {}),
});
const genuine = () => follower({ followers: 300, following: 250, posts: 1200, createdAt: '2019-03-01T00:00:00Z', hasAvatar: true, hasBio: true });
const bought = () => follower({ followers: 5, following: 800, posts: 3, createdAt: '2025-05-20T00:00:00Z', hasAvatar: false, hasBio: false, defaultProfile: true });
const neverPosted = () => follower({ followers: 40, following: 60, posts: 0, createdAt: '2020-01-01T00:00:00Z', hasAvatar: true, hasBio: true });
const dormant = () => follower({ followers: 300, following: 250, posts: 1200, createdAt: '2019-03-01T00:00:00Z', hasAvatar: true, hasBio: true }, '2024-12-01T00:00:00Z');
const unknown = () => follower({ followers: 12 });

describe('classifyFollower', () => {
  it('takes the engine verdict and flags unchanged, and adds inactivity after them', () => {
    const input = bought();
    const result = classifyFollower(input, AT);
    const engine = assessAuthenticity({ ...input.signals, observedAt: AT });
    expect(result).toMatchObject({ verdict: 'suspicious', risk: engine.risk, flags: engine.flags, followers: 5, following: 800, posts: 3 });
    expect(result.flags).toContain('new-account');
  });

  it('calls a follower who never posted, or not for 90 days, inactive', () => {
    expect(classifyFollower(neverPosted(), AT)).toMatchObject({ verdict: 'inactive', flags: ['few-posts', 'never-posted'] });
    expect(classifyFollower(dormant(), AT)).toMatchObject({ verdict: 'inactive', flags: ['no-post-90-days'] });
    // 89 days is still active; the follower's own observedAt wins over the audit's clock.
    expect(classifyFollower({ ...dormant(), lastPostAt: '2025-03-04T00:00:00Z' }, AT).verdict).toBe('genuine');
    expect(classifyFollower({ signals: { ...dormant().signals, observedAt: '2025-01-15T00:00:00Z' }, lastPostAt: '2024-12-01T00:00:00Z' }, AT).verdict).toBe('genuine');
  });

  it('puts suspicious before inactive, and too little evidence in its own bucket', () => {
    expect(classifyFollower(follower({ followers: 2, following: 900, posts: 0, hasAvatar: false, hasBio: false }), AT).verdict).toBe('suspicious');
    expect(classifyFollower(unknown(), AT)).toMatchObject({ verdict: 'unknown', flags: ['few-followers'] });
    expect(classifyFollower(follower({ posts: 0 }), AT).verdict).toBe('unknown');
  });

  it('judges no age or date without a clock, rather than reading one', () => {
    const result = classifyFollower(dormant());
    expect(result.verdict).toBe('genuine');
    expect(result.flags).toEqual([]);
  });
});

describe('finish', () => {
  const inputs = [...Array.from({ length: 6 }, genuine), ...Array.from({ length: 3 }, bought), neverPosted(), ...Array.from({ length: 2 }, unknown)];
  const state = addPage(createAuditState({ network: 'bluesky', handle: 'target.bsky.social', followers: 4200 }, 2000, AT), inputs, undefined);
  const report = finish(state);

  it('counts each verdict and leaves the unknown out of the shares', () => {
    expect(report.counts).toEqual({ genuine: 6, suspicious: 3, inactive: 1, unknown: 2 });
    expect(report).toMatchObject({ sampled: 12, judged: 10, sampleSize: 2000, newestFirst: true, complete: true, wholeAudience: true });
    expect(report.shares.genuine).toEqual(wilson(6, 10));
    expect(report.shares.suspicious).toEqual(wilson(3, 10));
    expect(report.shares.inactive).toEqual(wilson(1, 10));
  });

  it('counts each flag, over the whole sample', () => {
    expect(report.flags).toMatchObject({ 'mass-following': 3, 'new-account': 3, 'no-avatar': 3, 'never-posted': 1, 'few-followers': 3 + 2 });
    expect(report.flags['few-posts']).toBe(3 + 1);
  });

  it('compares with the band of the audience size, and corrects the suspicious share', () => {
    expect(report.typical).toEqual(typicalFor(4200));
    expect(report.typical.band).toBe('1k-10k');
    expect(report.bought).toEqual(correctedShare(report.shares.suspicious));
    expect(report.progress).toEqual({ read: 12, classified: 12, requests: 1 });
  });

  it('has no shares when nothing could be judged', () => {
    const empty = finish(createAuditState({ network: 'mastodon', handle: 'a@b.example' }));
    expect(empty.shares).toEqual({ genuine: undefined, suspicious: undefined, inactive: undefined });
    expect(empty.bought).toBeUndefined();
    expect(empty.complete).toBe(false);
    expect(empty.typical.band).toBe('unknown');
    expect(empty.typical.genuineShare).toBeUndefined();
  });
});

describe('typicalFor and correctedShare', () => {
  it('puts each audience size in its band', () => {
    const bands = [0, 999, 1000, 9999, 10_000, 99_999, 100_000, 5e7].map((n) => typicalFor(n).band);
    expect(bands).toEqual(['<1k', '<1k', '1k-10k', '1k-10k', '10k-100k', '10k-100k', '>=100k', '>=100k']);
    expect(typicalFor(Number.NaN).band).toBe('unknown');
  });

  it('says its reference shares are estimates and how the classifier errs', () => {
    const typical = typicalFor(500);
    expect(typical.genuineShare).toBeGreaterThan(0);
    expect(typical.source).toMatch(/estimate, not a measured or published figure/);
    expect(typical.source).toMatch(/Cresci et al\. 2015/);
  });

  it('maps the false-positive rate to none bought and the true-positive rate to all', () => {
    const corrected = correctedShare({ share: FALSE_POSITIVE_RATE, low: 0, high: TRUE_POSITIVE_RATE })!;
    expect(corrected.share).toBeCloseTo(0, 10);
    expect(corrected.low).toBe(0);
    expect(corrected.high).toBeCloseTo(1, 10);
  });
});

describe('export', () => {
  const rows = [
    { signals: { network: 'mastodon', handle: '=HYPERLINK("http://evil.example")', followers: 300, following: 250, posts: 1200, hasAvatar: true, hasBio: true } },
    { signals: { network: 'mastodon', handle: 'a,b@c.example', followers: 5, following: 800, posts: 3, hasAvatar: false, hasBio: false, defaultProfile: true } },
    { signals: { network: 'mastodon', handle: '-1@d.example', followers: 12 } },
  ];
  const report = finish(addPage(createAuditState({ network: 'mastodon', handle: 'me@x.example' }, 500, AT), rows, undefined));

  it('writes one row per follower, escaped and guarded against formulas', () => {
    const lines = auditCsv(report).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('handle,followers,following,posts,flags,verdict');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"")",300,250,1200,,genuine`);
    expect(lines[2]).toBe(`"a,b@c.example",5,800,3,mass-following;few-followers;default-profile;no-bio;no-avatar;few-posts,suspicious`);
    expect(lines[3]).toBe(`'-1@d.example,12,,,few-followers,unknown`);
    expect(lines).toHaveLength(4);
  });

  it('writes the summary without the rows', () => {
    const summary = JSON.parse(auditJson(report));
    expect(summary.followers).toBeUndefined();
    expect(summary).toMatchObject({ newestFirst: true, sampled: 3, judged: 2, counts: { genuine: 1, suspicious: 1, unknown: 1 } });
    expect(summary.shares.genuine.share).toBe(0.5);
  });
});

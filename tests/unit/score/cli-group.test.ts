import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGroup } from '../../../src/cli/commands';
import { combineScores } from '../../../src/identity';
import { score } from '../../../src/score';

const ROOT = resolve(import.meta.dirname, '../../..');
const GITHUB = { network: 'github', handle: 'Octo', observedAt: '2026-01-01T00:00:00Z', followers: 5000, following: 10, extra: { stars: 900 } };
const MASTODON = { network: 'mastodon', handle: 'octo@hachyderm.io', observedAt: '2026-01-01T00:00:00Z', followers: 800, following: 200, posts: 3000 };

describe('scoreGroup (score --signals FILE --group)', () => {
  it('scores every line as one person’s profile and combines them into one result', () => {
    const { output, errors } = scoreGroup([JSON.stringify(MASTODON), '', JSON.stringify(GITHUB)]);
    expect(errors).toEqual([]);
    const parsed = JSON.parse(output!);
    const results = [score(MASTODON), score({ ...GITHUB })];
    expect(parsed.results).toEqual(results);
    expect({ ...parsed, results: undefined }).toEqual({ ...combineScores(results.map((r) => ({ key: `${r.network}:${r.handle.toLowerCase()}`, score: r.score, confidence: r.confidence }))), results: undefined });
    expect(parsed.score).toBeGreaterThanOrEqual(Math.max(...results.map((r) => r.score)));
    expect(parsed.parts.map((p: { key: string }) => p.key).sort()).toEqual(['github:octo', 'mastodon:octo@hachyderm.io']);
  });

  it('reports bad lines by number and leaves them out; nothing to print when no line is valid', () => {
    const { output, errors } = scoreGroup(['{not json', JSON.stringify(GITHUB), JSON.stringify({ network: 'x' })]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 1: not JSON/);
    expect(errors[1]).toMatch(/^line 3: .*handle/);
    expect(JSON.parse(output!).results).toHaveLength(1);
    expect(scoreGroup(['nope'])).toEqual({ errors: [expect.stringMatching(/^line 1: not JSON/), 'no valid profile to combine'] });
  });

  it('prints one JSON line, errors on stderr, and exits 1 when a line was bad', () => {
    const run = (input: string) => spawnSync('npm', ['run', '--silent', 'score', '--', '--signals', '-', '--group'], { cwd: ROOT, input, encoding: 'utf8' });
    const good = run(`${JSON.stringify(GITHUB)}\n${JSON.stringify(MASTODON)}\n`);
    expect(good.status).toBe(0);
    expect(good.stderr).toBe('');
    const lines = good.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).formulaVersion).toBe('combined-1');
    const bad = run(`${JSON.stringify(GITHUB)}\n{oops\n`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^line 2: not JSON/);
    expect(JSON.parse(bad.stdout).results).toHaveLength(1);
  }, 60_000);
});

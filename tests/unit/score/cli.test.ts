import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function runCli(args: string[], input?: string): string {
  return execFileSync('npm', ['run', '--silent', 'score', '--', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('npm run --silent score -- --signals', () => {
  it('prints one ScoreResult per line, in input order, and an error object for each bad line', () => {
    const lines = [
      JSON.stringify({ network: 'x', handle: 'first', followers: 10 }),
      '{not json',
      JSON.stringify({ network: 'x' }),
      JSON.stringify({ network: 'github', handle: 'second', followers: 5000, extra: { stars: 900 } }),
    ];
    const output = runCli(['--signals', '-'], lines.join('\n') + '\n').trimEnd().split('\n');
    expect(output).toHaveLength(4);
    const parsed = output.map((line) => JSON.parse(line));
    expect(parsed[0]).toMatchObject({ network: 'x', handle: 'first' });
    expect(parsed[1].error).toMatch(/not JSON/);
    expect(parsed[2].error).toMatch(/handle/);
    expect(parsed[3]).toMatchObject({ network: 'github', handle: 'second' });
    expect(parsed[3].score).toBeGreaterThan(parsed[0].score);
  }, 30_000);
});

describe('npm run score -- <network>:<handle>', () => {
  it('looks a profile up with the extension’s sources and prints every pillar and signal', async () => {
    const { lookUp } = await import('../../../src/cli/commands');
    const { breakdownTable } = await import('../../../src/cli/breakdown-table');
    const { score } = await import('../../../src/score');
    const { readFileSync } = await import('node:fs');
    const users = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/api/github-e2e.json'), 'utf8'));
    const requested: string[] = [];
    const fetch = (async (url: string) => {
      requested.push(url);
      const events = [{ type: 'PushEvent', created_at: '2025-12-30T10:00:00Z' }];
      const body = url.includes('/repos') ? users.carol.repos : url.includes('/events') ? events : users.carol.user;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const outcome = await lookUp({ network: 'github', handle: 'carol' }, { fetch, settings: {}, now: () => Date.UTC(2026, 0, 1) });
    expect(requested).toHaveLength(3); // user, repositories, public events
    if (!outcome.ok) throw new Error(outcome.error.message);
    const result = score(outcome.signals);
    const table = breakdownTable(result, '@carol on github');
    expect(table.split('\n')[0]).toBe(`@carol on github: ${result.score}/100 (confidence ${Math.round(result.confidence * 100)}%, formula ${result.formulaVersion})`);
    expect(table).toMatch(/Reach\s+\d+\s+\d+%\s+followers\s+15,000\s+\+\d+\.\d/);
    expect(table).toMatch(/stars on own repositories\s+48,120/);
    expect(table).toContain('Network');
    expect(table).toContain('(nothing known)');
  });
});

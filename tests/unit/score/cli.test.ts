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

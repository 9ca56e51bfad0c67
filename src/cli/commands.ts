// The score engine on the command line (npm run score runs score.ts, which runs main).
//   score --signals FILE          JSON Lines of ProfileSignals in (FILE, or - for stdin); one
//                                 ScoreResult JSON per line out, in input order. A line that is
//                                 not valid ProfileSignals yields {"error": "..."}, and the rest go on.
//   score --signals FILE --group  all lines are one person's proven profiles: one line out, the
//                                 CombinedScore (score, confidence, parts, formulaVersion) with
//                                 "results": the ScoreResult of each line; bad lines
//                                 are reported on stderr, left out, and make the exit code 1.
//   score <network>:<handle>      looks the profile up live, with the extension's own sources,
//                                 and prints its breakdown (--json: the ScoreResult).
// GITHUB_TOKEN in the environment raises GitHub's limit, as the token in the extension's settings does.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { combineScores } from '../identity/combine';
import { displayHandle, parseProfileKey, profileKey, type ProfileRef } from '../lib/profile-ref';
import { parseProfileSignals, score } from '../score';
import type { ScoreResult } from '../score/types';
import { sourceFor } from '../sources';
import type { SourceContext, SourceOutcome } from '../sources/types';
import { breakdownTable } from './breakdown-table';

const USAGE = `Usage:
  npm run --silent score -- --signals FILE     score JSON Lines of ProfileSignals (- for stdin)
  npm run --silent score -- --signals FILE --group   one person's profiles: one combined score
  npm run score -- <network>:<handle> [--json]  look a profile up live and explain its score`;

function scoreJson(line: string): ScoreResult | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON: ${(error as Error).message}` };
  }
  const parsed = parseProfileSignals(json);
  return parsed.ok ? score(parsed.signals) : { error: parsed.error };
}

export function scoreLine(line: string): string {
  return JSON.stringify(scoreJson(line));
}

/**
 * One person's profiles (the lines, already proven to be one person's) as one combined result;
 * the errors name each bad line by its number. No output when no line was valid.
 */
export function scoreGroup(lines: string[]): { output?: string; errors: string[] } {
  const results: ScoreResult[] = [];
  const errors: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const result = scoreJson(line);
    if ('error' in result) errors.push(`line ${i + 1}: ${result.error}`);
    else results.push(result);
  });
  if (results.length === 0) return { errors: [...errors, 'no valid profile to combine'] };
  const combined = combineScores(results.map((r) => ({ key: profileKey(r), score: r.score, confidence: r.confidence })));
  // The combined score's fields at the top, as a single profile's result has them, then each network's.
  return { output: JSON.stringify({ ...combined, results }), errors };
}

async function scoreFile(file: string, group: boolean): Promise<void> {
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (error: Error) => {
    process.stderr.write(`Cannot read ${file}: ${error.message}\n`);
    process.exit(2);
  });
  const lines: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (group) lines.push(line);
    else if (line.trim() !== '') process.stdout.write(`${scoreLine(line)}\n`);
  }
  if (!group) return;
  const { output, errors } = scoreGroup(lines);
  for (const error of errors) process.stderr.write(`${error}\n`);
  if (output !== undefined) process.stdout.write(`${output}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

/** One profile, fetched as the extension fetches it. */
export async function lookUp(ref: ProfileRef, context: SourceContext): Promise<SourceOutcome> {
  const source = sourceFor(ref.network);
  if (!source) return { ok: false, error: { kind: 'http', message: `No source for ${ref.network} profiles.` } };
  const outcomes = await source.fetchProfiles([ref.handle], context);
  return outcomes.get(ref.handle) ?? { ok: false, error: { kind: 'bad-response', message: 'The source gave no answer.' } };
}

async function lookUpAndPrint(key: string, asJson: boolean): Promise<void> {
  const ref = parseProfileKey(key);
  if (!ref) {
    process.stderr.write(`"${key}" is not network:handle with a network this extension knows.\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const outcome = await lookUp(ref, { fetch: globalThis.fetch, settings: { githubToken: process.env.GITHUB_TOKEN }, now: Date.now });
  if (!outcome.ok) {
    const when = outcome.error.retryAt ? ` Try again after ${new Date(outcome.error.retryAt).toLocaleTimeString()}.` : '';
    process.stderr.write(`${ref.network}:${ref.handle}: ${outcome.error.message}${when}\n`);
    process.exitCode = 1;
    return;
  }
  const result = score(outcome.signals);
  const name = outcome.display?.name ? ` (${outcome.display.name})` : '';
  process.stdout.write(asJson ? `${JSON.stringify(result)}\n` : `${breakdownTable(result, `${displayHandle(ref)} on ${ref.network}${name}`)}\n`);
}

export async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--signals');
  if (at >= 0 && args[at + 1] !== undefined) return scoreFile(args[at + 1], args.includes('--group'));
  const key = args.find((arg) => !arg.startsWith('--'));
  if (key) return lookUpAndPrint(key, args.includes('--json'));
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
}


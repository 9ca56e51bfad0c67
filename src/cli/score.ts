// The score engine on the command line.
//   score --signals FILE   JSON Lines of ProfileSignals in (FILE or - for stdin), one
//                          ScoreResult JSON per line out, in input order; a line that is not
//                          valid ProfileSignals yields {"error": "..."} and the rest go on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseProfileSignals, score } from '../score';

const USAGE = `Usage: npm run --silent score -- --signals FILE   (FILE: JSON Lines of ProfileSignals, or - for stdin)`;

export function scoreLine(line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ error: `not JSON: ${(error as Error).message}` });
  }
  const parsed = parseProfileSignals(json);
  return JSON.stringify(parsed.ok ? score(parsed.signals) : { error: parsed.error });
}

async function scoreFile(file: string): Promise<void> {
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (error: Error) => {
    process.stderr.write(`Cannot read ${file}: ${error.message}\n`);
    process.exit(2);
  });
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    process.stdout.write(`${scoreLine(line)}\n`);
  }
}

async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--signals');
  if (at >= 0 && args[at + 1] !== undefined) return scoreFile(args[at + 1]);
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
}

void main(process.argv.slice(2));

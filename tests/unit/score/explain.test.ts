import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as constants from '../../../src/score/constants';
import { scoreDetailed } from '../../../src/score/engine';
import { explain } from '../../../src/score/explain';
import { PILLARS, type ProfileSignals } from '../../../src/score/types';

const signals: ProfileSignals = {
  network: 'x', handle: 'e', observedAt: '2025-01-01T00:00:00Z', createdAt: '2018-01-01T00:00:00Z',
  followers: 12_000, following: 900, lists: 150, posts: 9000,
  recent: { postsPerDay: 4, repostsReceivedPerDay: 30, mentionsReceivedPerDay: 12, mentionsSentPerDay: 3 },
};
const parsePoints = (text: string) => Number(text.replace('−', '-').replace(',', '.'));

describe('explanation', () => {
  it('lists each pillar and then its signals, most important first, with the points computed', () => {
    const detail = scoreDetailed(signals);
    const lines = detail.result.explanation;
    expect(lines[0]).toBe(`Score ${detail.result.score}: ${detail.result.score - 40} above a typical account (40).`);
    const pillarLines = lines.filter((line) => /^\S.*: [+−][\d.]+ points \(\d+\/100/.test(line));
    const pillarPoints = pillarLines.map((line) => Math.abs(parsePoints(/: ([+−][\d.]+) points/.exec(line)![1])));
    expect(pillarPoints).toEqual([...pillarPoints].sort((a, b) => b - a));
    for (const pillar of PILLARS) {
      for (const signal of detail.result.pillars[pillar].signals) {
        const line = lines.find((l) => l.startsWith('  ') && l.includes(`: ${signal.contribution >= 0 ? '+' : '−'}${Math.abs(signal.contribution).toFixed(1)} points`));
        expect(line, signal.name).toBeDefined();
      }
    }
    expect(lines.at(-1)).toMatch(/^Confidence \d+%/);
  });

  it('says the same in German', () => {
    const detail = scoreDetailed(signals);
    const german = explain(detail, 'de');
    expect(german).toHaveLength(detail.result.explanation.length);
    expect(german[0]).toBe(`Wert ${detail.result.score}: ${detail.result.score - 40} über einem typischen Konto (40).`);
    expect(german.join('\n')).toContain('Follower 12.000');
    expect(german.join('\n')).toContain('Reichweite');
    expect(german.at(-1)).toMatch(/^Sicherheit \d+ %/);
  });

  it('names what is unknown', () => {
    const detail = scoreDetailed({ network: 'x', handle: 'u', followers: 300 });
    expect(detail.result.explanation.at(-1)).toMatch(/unknown: list memberships, reactions to posts, who reacts and mentions, activity\.$/);
  });
});

describe('formula version', () => {
  // Every weight and constant of the score is in constants.ts. If this fails, a constant
  // changed: bump FORMULA_VERSION (cached results are recomputed when it differs), then record
  // the new fingerprint here.
  const FINGERPRINTS: Record<string, string> = {
    '2.0.0': '65628a5b3f38fa63',
    '2.1.0': 'f07047f382a6c8b1',
    '2.2.0': '342caa7a52c7f1c9',
    '2.3.0': 'abef6eaf441a2aad',
  };
  it('changes whenever a constant changes', () => {
    const { FORMULA_VERSION, ...rest } = constants;
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(rest, (_key, value) => (value instanceof Set ? [...value].sort() : value)))
      .digest('hex')
      .slice(0, 16);
    expect(FINGERPRINTS[FORMULA_VERSION], `fingerprint of ${FORMULA_VERSION}`).toBe(fingerprint);
  });
});

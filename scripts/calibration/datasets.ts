// The labelled public data in ../shared/calibration, mapped to ProfileSignals exactly as the
// issue describes the hidden checks' mapping.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProfileSignals } from '../../src/score/types';
import { parseCsv } from './csv';

export const CALIBRATION = resolve(import.meta.dirname, '../../../shared/calibration');
export const hasCalibration = existsSync(CALIBRATION);

const read = (path: string) => parseCsv(readFileSync(resolve(CALIBRATION, path), 'utf8'));
const number = (text: string | undefined) => {
  const value = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(value) ? value : undefined;
};

export interface Pair {
  a: ProfileSignals;
  b: ProfileSignals;
  /** Human judges found A more influential. */
  aWins: boolean;
}

/** influencers/pairs.csv: the rates are per day; the three network features are left out. */
export function influencerPairs(): Pair[] {
  const side = (row: Record<string, string>, prefix: 'A' | 'B', index: number): ProfileSignals => ({
    network: 'x',
    handle: `pair${index}${prefix.toLowerCase()}`,
    followers: number(row[`${prefix}_follower_count`]),
    following: number(row[`${prefix}_following_count`]),
    lists: number(row[`${prefix}_listed_count`]),
    recent: {
      windowDays: 30,
      postsPerDay: number(row[`${prefix}_posts`]),
      mentionsReceivedPerDay: number(row[`${prefix}_mentions_received`]),
      repostsReceivedPerDay: number(row[`${prefix}_retweets_received`]),
      mentionsSentPerDay: number(row[`${prefix}_mentions_sent`]),
      repostsSentPerDay: number(row[`${prefix}_retweets_sent`]),
    },
  });
  return read('influencers/pairs.csv').map((row, index) => ({
    a: side(row, 'A', index),
    b: side(row, 'B', index),
    aWins: row.Choice === '1',
  }));
}

/** Twitter's "Fri Apr 06 10:58:22 +0000 2007" and the dataset's "2015-02-14 10:54:49" (UTC), as ISO 8601. */
function isoDate(text: string): string | undefined {
  const twitter = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) \+0000 (\d{4})$/.exec(text);
  const time = twitter ? Date.parse(`${twitter[1]} ${twitter[2]} ${twitter[4]} ${twitter[3]} UTC`) : Date.parse(`${text.replace(' ', 'T')}Z`);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

const filled = (text: string | undefined) => text !== undefined && text.trim() !== '' && text !== 'NULL';
const yes = (text: string | undefined) => text === '1' || text?.toLowerCase() === 'true';

/** fakefollowers/<group>/users.csv: E13 genuine accounts, INT bought fake followers. */
export function fakeFollowerGroup(group: 'E13' | 'INT'): ProfileSignals[] {
  return read(`fakefollowers/${group}/users.csv`).map((row) => ({
    network: 'x',
    handle: row.screen_name || row.id,
    observedAt: isoDate(row.updated),
    createdAt: isoDate(row.created_at),
    followers: number(row.followers_count),
    following: number(row.friends_count),
    posts: number(row.statuses_count),
    lists: number(row.listed_count),
    likesGiven: number(row.favourites_count),
    verified: yes(row.verified),
    hasAvatar: !yes(row.default_profile_image),
    hasBio: filled(row.description),
    hasUrl: filled(row.url),
    hasLocation: filled(row.location),
    defaultProfile: yes(row.default_profile),
  }));
}

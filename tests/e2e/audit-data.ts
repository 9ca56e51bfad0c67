// An audience of known make-up for the audit's end-to-end test: labelled accounts of Cresci et al.
// 2015 (../shared/calibration/fakefollowers: E13 genuine users, INT bought followers) given the
// shape of Bluesky's and Mastodon's follower lists, with a known share of bought ones spread
// evenly through the list (not bunched at its start, where a newest-first sample would see them).
import { CALIBRATION, hasCalibration } from '../../scripts/calibration/datasets';
import { parseCsv } from '../../scripts/calibration/csv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export { CALIBRATION, hasCalibration };

/** One labelled account, with the fields follower lists carry; account age kept as it was when the data was collected. */
export interface LabelledFollower {
  bought: boolean;
  id: string;
  name: string;
  /** Lower case, letters, digits and hyphens: fits a Bluesky handle's first label and a Mastodon username. */
  slug: string;
  followers: number;
  following: number;
  posts: number;
  /** Account creation, ISO 8601, moved forward so that the account is as old at `now` as when the data set was collected. */
  createdAt: string;
  hasAvatar: boolean;
  description: string;
}

const count = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : 0);
const filled = (text: string | undefined) => text !== undefined && text.trim() !== '' && text !== 'NULL';
const yes = (text: string | undefined) => text === '1' || text?.toLowerCase() === 'true';

/** Twitter's "Fri Apr 06 10:58:22 +0000 2007" or the data set's "2015-02-14 10:54:49" (UTC), in ms. */
function parseTime(text: string | undefined): number {
  if (!text) return NaN;
  const twitter = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) \+0000 (\d{4})$/.exec(text);
  return twitter ? Date.parse(`${twitter[1]} ${twitter[2]} ${twitter[4]} ${twitter[3]} UTC`) : Date.parse(`${text.replace(' ', 'T')}Z`);
}

function group(name: 'E13' | 'INT', now: number): LabelledFollower[] {
  const rows = parseCsv(readFileSync(resolve(CALIBRATION, 'fakefollowers', name, 'users.csv'), 'utf8'));
  return rows.map((row) => {
    const created = parseTime(row.created_at);
    const observed = parseTime(row.updated);
    const age = Number.isFinite(created) && Number.isFinite(observed) ? Math.max(0, observed - created) : 365 * 86_400_000;
    const slug = `${name.toLowerCase()}-${(row.screen_name || row.id).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}-${row.id}`;
    return {
      bought: name === 'INT',
      id: row.id,
      name: row.name ?? '',
      slug,
      followers: count(row.followers_count),
      following: count(row.friends_count),
      posts: count(row.statuses_count),
      createdAt: new Date(now - age).toISOString(),
      hasAvatar: !yes(row.default_profile_image),
      description: filled(row.description) ? row.description : '',
    };
  });
}

/** `count` accounts spread evenly over the list (the files group their rows by kind of account), from `offset`. */
const spread = <T>(list: T[], size: number, offset: number) => Array.from({ length: size }, (_, i) => list[(offset + Math.floor((i * list.length) / size)) % list.length]);

/** `size` followers, newest first, of which `boughtShare` are INT accounts interleaved evenly among E13 ones. */
export function labelledAudience(size: number, boughtShare: number, now = Date.now()): LabelledFollower[] {
  const bought = spread(group('INT', now), Math.round(size * boughtShare), 1);
  const genuine = spread(group('E13', now), size - bought.length, 2);
  const out: LabelledFollower[] = [];
  let b = 0;
  for (let i = 0; i < size; i++) {
    // Bought accounts at even steps, the first one not at the top of the list.
    const due = Math.floor(((i + 1) * bought.length) / size) > b;
    out.push(due ? bought[b++] : genuine[i - b]);
  }
  return out;
}

/** The follower as Bluesky's app.bsky.actor.getProfiles describes it (ProfileViewDetailed). */
export function blueskyProfile(f: LabelledFollower) {
  return {
    did: `did:plc:${f.slug.replace(/[^a-z0-9]/g, '').slice(0, 16)}${f.id}`,
    handle: `${f.slug}.bsky.social`,
    displayName: f.name,
    ...(f.description ? { description: f.description } : {}),
    ...(f.hasAvatar ? { avatar: `https://cdn.bsky.app/img/avatar/plain/${f.id}@jpeg` } : {}),
    followersCount: f.followers,
    followsCount: f.following,
    postsCount: f.posts,
    createdAt: f.createdAt,
    indexedAt: f.createdAt,
    labels: [],
  };
}

/** The follower as Mastodon's /api/v1/accounts/:id/followers lists it. */
export function mastodonAccount(f: LabelledFollower, instance = 'mastodon.social') {
  return {
    id: f.id,
    username: f.slug,
    acct: `${f.slug}@${instance}`,
    display_name: f.name,
    note: f.description ? `<p>${f.description.replace(/[<&>]/g, '')}</p>` : '',
    avatar: f.hasAvatar ? `https://files.${instance}/accounts/avatars/${f.id}.png` : `https://${instance}/avatars/original/missing.png`,
    avatar_static: f.hasAvatar ? `https://files.${instance}/accounts/avatars/${f.id}.png` : `https://${instance}/avatars/original/missing.png`,
    url: `https://${instance}/@${f.slug}`,
    created_at: f.createdAt,
    followers_count: f.followers,
    following_count: f.following,
    statuses_count: f.posts,
    last_status_at: f.posts > 0 ? new Date().toISOString().slice(0, 10) : null,
    bot: false,
    locked: false,
    fields: [],
  };
}

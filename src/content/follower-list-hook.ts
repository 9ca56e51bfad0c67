// The audience audit reads followers lists on sites without a followers API (X, Instagram: an
// adapter with `followerList`). This is all that runs on their other pages, once a frame: a
// compare of location.href with the last one seen. The site's small parser loads only once an
// address names followers, the reader only once the parser says a followers list is open; from
// then on the reader checks itself.
import type { SiteAdapter, FollowerListParser } from '../sites/types';
import type { FollowerListReader } from './follower-list-reader';
import type { ScoreClient } from './score-client';

const FOLLOWERS_IN_PATH = /followers/i;

export function createFollowerListHook(adapter: SiteAdapter, client: Pick<ScoreClient, 'followersSeen'>): (() => void) | undefined {
  if (!adapter.followerList) return undefined;
  const load: () => Promise<FollowerListParser> = adapter.followerList;
  let href = '';
  let parser: FollowerListParser | undefined;
  let reader: FollowerListReader | null | undefined;
  let loading = false;

  /** Loads what the next check needs, then checks at once (a still page would give no next frame). */
  function loadThen(loaded: Promise<void>): void {
    loading = true;
    void loaded
      .then(() => {
        loading = false;
        href = '';
        check();
      })
      .catch(() => (loading = false)); // not loaded: the next URL tries again
  }

  function check(): void {
    if (reader) return reader.check();
    if (loading || location.href === href || reader === null) return;
    href = location.href;
    // Every site's followers list says so in its path (/<user>/followers, /verified_followers).
    if (!parser && !FOLLOWERS_IN_PATH.test(location.pathname)) return;
    if (!parser) return loadThen(load().then((loaded) => void (parser = loaded)));
    if (parser.listOwner(new URL(href)) === null) return;
    const found = parser;
    loadThen(import('./follower-list-reader').then(({ createFollowerListReader }) => void (reader = createFollowerListReader(adapter.network, found, client))));
  }
  return check;
}

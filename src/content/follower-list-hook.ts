// The audience audit reads followers lists on sites without a followers API (X, Instagram: an
// adapter with `followerList`). This is all that runs on their other pages, once a frame: a
// compare of location.href with the last one seen. The site's small parser loads only once an
// address names followers, the reader only once the parser says a followers list is open; from
// then on the reader checks itself.
// Since mid-2026 Instagram opens the followers list as a dialog over the profile without changing
// the address (two projects that read it say so): on such a site (followerListInPlace) the
// followers link the user clicked names the list, on the page it was clicked on, until a click
// elsewhere outside a dialog.
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
  /** The followers link last clicked, and the page's URL then. */
  let clicked: { page: string; list: string } | null = null;

  if (adapter.followerListInPlace) {
    addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target : null;
        const link = target?.closest('a[href]') as HTMLAnchorElement | null | undefined;
        if (link && FOLLOWERS_IN_PATH.test(link.pathname)) {
          clicked = { page: location.href, list: link.href };
          // Checked at the next frame, not only after the page's next change: the dialog may be shown, not added.
          requestAnimationFrame(check);
        } else if (!target?.closest('[role="dialog"]')) clicked = null; // the list's own dialog keeps it (its Follow buttons)
      },
      { capture: true, passive: true },
    );
  }

  /** The list shown: the page's own address, or the followers link clicked where the page kept its address. */
  const shownList = () => (clicked && clicked.page === location.href && !FOLLOWERS_IN_PATH.test(location.pathname) ? clicked.list : location.href);

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
    const list = shownList();
    if (reader) return reader.check(list);
    if (loading || list === href || reader === null) return;
    href = list;
    // Every site's followers list says so in its path (/<user>/followers, /verified_followers).
    if (!parser && !FOLLOWERS_IN_PATH.test(new URL(list).pathname)) return;
    if (!parser) return loadThen(load().then((loaded) => void (parser = loaded)));
    if (parser.listOwner(new URL(href)) === null) return;
    const found = parser;
    loadThen(import('./follower-list-reader').then(({ createFollowerListReader }) => void (reader = createFollowerListReader(adapter.network, found, client))));
  }
  return check;
}

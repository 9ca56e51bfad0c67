// The audience audit reads followers lists on sites without a followers API (X, Instagram: an
// adapter with `followerList`). This is all that runs on their other pages, once a frame: a
// compare of location.href with the last one seen (and, on a site whose list opens in place, a
// click listener). The site's small parser loads only once an address names followers, the
// reader only once the parser says a followers list is open; from then on the reader checks itself.
// Since mid-2026 Instagram opens the followers list as a dialog over the profile without changing
// the address (two projects that read it say so): on such a site (followerListInPlace) the
// followers link the user clicked names the list shown in the dialog that opens after the click,
// on the page it was clicked on, and only in that dialog, until it closes or the page changes.
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
  /**
   * A list opening in place: the followers link clicked, the page's URL then, the dialogs shown
   * then, and the list's own dialog (the first other one shown after the click) once it is.
   */
  let opened: { page: string; list: string; before: Set<Element>; dialog?: Element } | null = null;

  if (adapter.followerListInPlace) {
    addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target : null;
        const link = target?.closest('a[href]') as HTMLAnchorElement | null | undefined;
        if (link && FOLLOWERS_IN_PATH.test(link.pathname)) {
          opened = { page: location.href, list: link.href, before: new Set(shownDialogs()) };
          // Checked at the next frame, not only after the page's next change: the dialog may be shown, not added.
          requestAnimationFrame(check);
        } else if (!target?.closest('[role="dialog"]')) opened = null; // the list's own dialog keeps it (its Follow buttons)
      },
      { capture: true, passive: true },
    );
  }

  /** The list opened in place while its dialog shows (its URL and its dialog); null before, and once it closed or the page changed. */
  function listInPlace(): { list: string; dialog: Element } | null {
    if (!opened) return null;
    if (location.href !== opened.page) return (opened = null);
    if (!opened.dialog) {
      const before = opened.before;
      opened.dialog = shownDialogs().find((dialog) => !before.has(dialog));
      return opened.dialog ? { list: opened.list, dialog: opened.dialog } : null;
    }
    return isShown(opened.dialog) ? { list: opened.list, dialog: opened.dialog } : (opened = null);
  }

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
    const inPlace = FOLLOWERS_IN_PATH.test(location.pathname) ? null : listInPlace();
    const list = inPlace?.list ?? location.href;
    if (reader) return reader.check(list, inPlace?.dialog);
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

const isShown = (element: Element) => element.isConnected && element.getClientRects().length > 0;
const shownDialogs = () => [...document.querySelectorAll('[role="dialog"]')].filter(isShown);

// Notices when a site's markup has changed under its adapter: a page that should hold
// handles (a profile page, or a page linking to several profiles) where none was recognised a
// few seconds after it settled. Reported once per page (and once more if it recovers), so the
// popup can say "this site's page layout is not recognised" rather than nothing happening.
import type { SiteAdapter } from '../sites/types';

/** How long a page may take to render its handles before nothing found means something. */
const SETTLE_MS = 6000;
/** Links to profiles on a page that, unrecognised, mean the adapter no longer reads the page. */
const PROFILE_LINKS_EXPECTED = 5;
/** Links looked at, at most: enough to tell, cheap on any page. */
const LINKS_EXAMINED = 500;

export function createLayoutWatch(adapter: SiteAdapter, report: (recognised: boolean) => void) {
  let found = false;
  let reported: boolean | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let page = location.href;

  function profileLinks(): number {
    let count = 0;
    const links = document.querySelectorAll('a[href]');
    for (let i = 0; i < links.length && i < LINKS_EXAMINED; i++) {
      try {
        if (adapter.profileFromUrl(new URL(links[i].getAttribute('href')!, location.href))) count++;
      } catch {
        // an href that is no URL
      }
    }
    return count;
  }

  function judge(): void {
    timer = undefined;
    if (found || document.hidden) return;
    let shouldHaveHandles = false;
    try {
      shouldHaveHandles = adapter.profileFromUrl(new URL(location.href)) !== null || profileLinks() >= PROFILE_LINKS_EXPECTED;
    } catch {
      return;
    }
    if (shouldHaveHandles && reported !== false) {
      reported = false;
      report(false);
    }
  }

  function restart(): void {
    clearTimeout(timer);
    timer = setTimeout(judge, SETTLE_MS);
  }
  restart();

  return {
    /** Something was recognised: a handle, a profile header or a post. */
    found(): void {
      if (found) return;
      found = true;
      clearTimeout(timer);
      // Said only where it changes what the background knows: after a broken report, or first time in this page.
      if (reported !== true) {
        reported = true;
        report(true);
      }
    },
    /** Called after each frame: a page changed in place (single-page apps) is judged again. */
    check(): void {
      if (location.href === page) return;
      page = location.href;
      found = false;
      restart();
    },
  };
}

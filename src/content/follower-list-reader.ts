// Reads a followers list (X, Instagram: the site's parser, sites/<site>-followers.ts) as the user
// scrolls it, for the audience audit of the account whose list it is: rows are read once on
// screen (on-screen-reader.ts), each follower once, and go to the background in batches.
// Loaded only once a followers list is open (content/follower-list-hook.ts).
import type { PageFollower } from '../audit/list-evidence';
import type { FollowerListParser } from '../sites/types';
import { createOnScreenReader } from './on-screen-reader';
import type { ScoreClient } from './score-client';

const SEND_INTERVAL_MS = 1000;
/** Marks a row already handed to the observer. */
const MARK = 'data-influence-follower';

export function createFollowerListReader(network: string, parser: FollowerListParser, client: Pick<ScoreClient, 'followersSeen'>) {
  const sent = new Set<string>();
  let owner: string | null = null;
  /** The list's URL `owner` was read from. */
  let listHref = '';
  /** The page's URL when the list opened: rows read under another (the app navigated) belong to no list. */
  let pageHref = '';
  const reader = createOnScreenReader<PageFollower>({
    intervalMs: SEND_INTERVAL_MS,
    read(cell, page) {
      if (!owner || page.href !== pageHref) return null;
      const follower = parser.followerFromCell(cell);
      if (!follower || follower.handle === owner || sent.has(follower.handle)) return null;
      sent.add(follower.handle);
      return follower;
    },
    send(followers) {
      if (owner) client.followersSeen(network, owner, followers);
    },
  });
  if (!reader) return null;

  return {
    /**
     * Once a frame: the list's owner when the list shown changed (the apps navigate without
     * loading), and rows not yet watched. `list`: the list's URL, where it is not the page's;
     * `shownIn`: where its rows are, where the page shows more than the list.
     */
    check(list = location.href, shownIn: ParentNode = document): void {
      if (list !== listHref || location.href !== pageHref) {
        reader.flush();
        listHref = list;
        pageHref = location.href;
        const next = parser.listOwner(new URL(listHref));
        if (next !== owner) sent.clear();
        owner = next;
      }
      if (!owner) return;
      for (const cell of shownIn.querySelectorAll(`${parser.cellSelector}:not([${MARK}])`)) {
        cell.setAttribute(MARK, '');
        reader.observe(cell);
      }
    },
  };
}

export type FollowerListReader = NonNullable<ReturnType<typeof createFollowerListReader>>;

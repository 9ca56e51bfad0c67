import type { PageFollower } from '../audit/list-evidence';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';

/** Where, relative to the handle's element, its badge goes. */
export type BadgePlacement = 'after' | 'append';

export interface FoundHandle {
  ref: ProfileRef;
  /** The element the badge is placed beside (or inside). */
  anchor: Element;
  placement: BadgePlacement;
}

/**
 * One website: which of its URLs are profiles, and where handles sit in its pages.
 * Adapters are pure over the DOM they are given: they read, they never write, and
 * markup they do not recognise yields nothing rather than an exception.
 */
export interface SiteAdapter {
  id: string;
  network: string;
  /** Host names this adapter serves: exact, or `*.example.com` for any subdomain (not the bare domain). */
  hosts: readonly string[];
  /** The profile a page URL shows, or null when the URL is not a profile page. */
  profileFromUrl(url: URL): ProfileRef | null;
  /** A cheap CSS pre-filter: every element that might be a handle matches it. */
  candidateSelector: string;
  /** The handle an element stands for, or null. Called only for candidates. */
  handleFromElement(element: Element, page: URL): FoundHandle | null;
  /** Attributes besides href that change what an element names, where the page sets them after adding it: it is examined again when they change. */
  handleAttributes?: readonly string[];
  /** On a profile page: the counts its header shows, or null when it shows none it can read. */
  observe?(document: Document, page: URL): PageObservation | null;
  /** A cheap CSS pre-filter for posts whose counts the adapter can read. Handles inside a post are looked for once the post comes near the screen (content/scanner.ts). */
  postSelector?: string;
  /** The post an element is, with the counts it shows; null when it is none or shows no count. Called only for postSelector's matches. */
  postFromElement?(element: Element, page: URL): SeenPost | null;
  /** Sites without a followers API (X, Instagram): the parser of their followers list, loaded when first needed, for the audience audit. */
  followerList?: () => Promise<FollowerListParser>;
  /** The followers list may open over the profile without a new address (Instagram since 2026): the followers link clicked names it then. Its rows must be told from the page's by its parser's cellSelector alone. */
  followerListInPlace?: boolean;
}

/** A site's followers list as the audience audit reads it while the user scrolls (content/follower-list-reader.ts). */
export interface FollowerListParser {
  /** Whose followers list the URL shows (the handle as the audit keys it), or null: not a followers list. */
  listOwner(url: URL): string | null;
  /** A cheap CSS selector every row of the list matches. */
  cellSelector: string;
  /** The follower one row shows; null when it is none (markup the parser does not know). */
  followerFromCell(cell: Element): PageFollower | null;
}

/** What a profile page shows of its profile. */
export interface PageObservation {
  ref: ProfileRef;
  signals: Partial<ProfileSignals>;
  /** A public feed of the profile's recent posts that the background may read (YouTube's RSS: `https://www.youtube.com/feeds/videos.xml?channel_id=UC…`). */
  feedUrl?: string;
  /** The profile's own links as its page shows them (website, bio): the claims of other profiles that identity links check. */
  links?: string[];
  /**
   * Other names the page gives the same profile (a YouTube channel's `UC…` id beside its
   * @handle, a Facebook profile's number beside its username): links elsewhere name it so (old
   * comments and mentions, group posts), and their badges are scored from this page too.
   */
  aliases?: ProfileRef[];
}

/**
 * One post as the page shows it, with the counts under it. Pages of closed networks are all
 * there is of their engagement: the background keeps the posts seen of each author and turns
 * them into `recent` engagement, saying how many posts it saw.
 */
export interface SeenPost {
  /** The site's own id for the post (its permalink path), so a post read twice counts once. */
  id: string;
  author: ProfileRef;
  /** When it was posted (ISO 8601), where the page says. */
  postedAt?: string;
  replies?: number;
  reposts?: number;
  quotes?: number;
  likes?: number;
  views?: number;
}

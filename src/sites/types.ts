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
  /** On a profile page: the counts its header shows, or null when it shows none it can read. */
  observe?(document: Document, page: URL): PageObservation | null;
}

/** What a profile page shows of its profile. */
export interface PageObservation {
  ref: ProfileRef;
  signals: Partial<ProfileSignals>;
}

// The typed message protocol between content scripts, the popup and the service worker.
// One-off requests go to the background with `sendRequest`. Badges talk over a long-lived
// port named SCORES_PORT: the content script posts `scores.get`, the background answers
// with `scores.updated` at once for what it knows and again as each profile is settled.
// A port costs far less per message than a request, and its disconnection tells the content
// script that the service worker stopped.
import { nativeApi as browser } from './native-api';
import type { ProfileRef } from './profile-ref';
import type { CacheStats } from '../background/cache';
import type { Snapshot } from '../background/history';
import type { ProfileSignals } from '../score/types';
import type { BadgeEntry, IdentityView, SettledEntry } from './score-entry';
import type { SeenPost } from '../sites/types';
import type { AuditView } from './audit-view';
import type { PageFollower } from '../audit/list-evidence';

export interface Protocol {
  /** Hover card: what the cache holds about one profile, fresh or stale, without fetching. */
  'score.peek': { request: { ref: ProfileRef }; response: { entry: SettledEntry | null } };
  /** Popup: mark a profile as the user's own (its history is kept) or unmark it. */
  'profile.own': { request: { ref: ProfileRef; own: boolean }; response: { ownProfiles: string[] } | { error: string } };
  /** Popup: an own profile's daily snapshots. */
  'history.get': { request: { ref: ProfileRef }; response: { snapshots: Snapshot[]; own: boolean } };
  /** Settings: how much the cache holds (and how long its start-up load took). */
  'cache.stats': { request: Record<string, never>; response: CacheStats };
  /** Settings: empties the cache. */
  'cache.clear': { request: Record<string, never>; response: CacheStats };
  /** Popup: one profile, waiting until it is settled. `refresh` skips a fresh cache entry. */
  'score.resolve': { request: { ref: ProfileRef; refresh?: boolean }; response: { entry: SettledEntry } | { error: string } };
  /** Popup: whether the site's adapter recognised its pages' layout when last reported (undefined: no report). */
  'layout.get': { request: { site: string }; response: { recognised?: boolean; at?: number } };
  /** Popup: starts an audience audit of a profile's followers (or answers with the one running). */
  'audit.start': { request: { ref: ProfileRef; sampleSize?: number }; response: { audit: AuditView } | { error: string } };
  /** Popup: the profile's audit, running or finished within the last 7 days, or null. */
  'audit.get': { request: { ref: ProfileRef }; response: { audit: AuditView | null } };
  /** Popup: stops the profile's running audit. */
  'audit.cancel': { request: { ref: ProfileRef }; response: { audit: AuditView | null } };
  /** Popup: the user is done scrolling a followers list (X, Instagram): its audit reports what was read. */
  'audit.finish': { request: { ref: ProfileRef }; response: { audit: AuditView | null } };
  /** Card and popup: the profile's links to other profiles of the same person, its proven group and their combined score. */
  'identity.get': { request: { ref: ProfileRef }; response: IdentityView };
  /** Popup: the user says two profiles are the same person (marked self-declared); answers with a's view. */
  'identity.link': { request: { a: ProfileRef; b: ProfileRef }; response: IdentityView | { error: string } };
  /** Popup: takes back a self-declared link; answers with a's view. */
  'identity.unlink': { request: { a: ProfileRef; b: ProfileRef }; response: IdentityView | { error: string } };
}

export type RequestType = keyof Protocol;
export type Request = { [T in RequestType]: { type: T } & Protocol[T]['request'] }[RequestType];
export type Response<T extends RequestType> = Protocol[T]['response'];

export const SCORES_PORT = 'scores';

/** Content script → background, on the port: the profiles its badges show. */
export interface ScoresGet {
  type: 'scores.get';
  refs: ProfileRef[];
  /** 'visible' (default): badges on or near the screen; 'background': the rest. */
  priority?: 'visible' | 'background';
}

/** Content script → background, on the port: what a page shows of a profile (counts in its header, …). */
export interface ProfileObserve {
  type: 'profile.observe';
  ref: ProfileRef;
  signals: Partial<ProfileSignals>;
  /** A public feed of the profile's recent posts the background may read (YouTube's RSS). */
  feedUrl?: string;
  /** The profile's own links as the page shows them (website, bio), for identity links. */
  links?: string[];
}

/** Content script → background, on the port: posts the page shows, with their counts (networks read from their pages). */
export interface PostsSeen {
  type: 'posts.seen';
  posts: SeenPost[];
}

/** Content script → background, on the port: followers read from the followers list on screen (X, Instagram), at most 100. */
export interface AuditFollowersSeen {
  type: 'audit.followers.seen';
  network: string;
  /** The audited account: whose followers list it is. */
  handle: string;
  followers: PageFollower[];
}

/** Content script → background, on the port: whether the site's adapter recognises the page's layout. */
export interface LayoutReport {
  type: 'site.layout';
  site: string;
  recognised: boolean;
}

/**
 * Background → content script, on the port: the settings changed. (A content script listening
 * to storage.onChanged itself would be woken by every cache write the background makes.)
 */
export interface SettingsChanged {
  type: 'settings.changed';
  settings: unknown;
}

/** Background → content script, on the port. */
export interface ScoresUpdated {
  type: 'scores.updated';
  entries: BadgeEntry[];
}

export function sendRequest<T extends RequestType>(type: T, body: Protocol[T]['request']): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, ...body }) as Promise<Response<T>>;
}

export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

export function isScoresGet(message: unknown): message is ScoresGet {
  return isRequest(message) && (message as { type: string }).type === 'scores.get';
}

export function isProfileObserve(message: unknown): message is ProfileObserve {
  return isRequest(message) && (message as { type: string }).type === 'profile.observe';
}

export function isPostsSeen(message: unknown): message is PostsSeen {
  return isRequest(message) && (message as { type: string }).type === 'posts.seen' && Array.isArray((message as { posts?: unknown }).posts);
}

export function isAuditFollowersSeen(message: unknown): message is AuditFollowersSeen {
  const seen = message as Partial<AuditFollowersSeen>;
  return isRequest(message) && seen.type === 'audit.followers.seen' && typeof seen.network === 'string' && typeof seen.handle === 'string' && Array.isArray(seen.followers);
}

export function isLayoutReport(message: unknown): message is LayoutReport {
  const report = message as Partial<LayoutReport>;
  return isRequest(message) && report.type === 'site.layout' && typeof report.site === 'string' && typeof report.recognised === 'boolean';
}

export function isSettingsChanged(message: unknown): message is SettingsChanged {
  return isRequest(message) && (message as { type: string }).type === 'settings.changed';
}

export function isScoresUpdated(message: unknown): message is ScoresUpdated {
  return isRequest(message) && (message as { type: string }).type === 'scores.updated';
}

// The typed message protocol between content scripts, the popup and the service worker.
// Requests go to the background with `sendRequest`; the background pushes `scores.updated`
// to the tab that asked whenever a profile it waits for is settled.
import browser from 'webextension-polyfill';
import type { ProfileRef } from './profile-ref';
import type { BadgeEntry, SettledEntry } from './score-entry';

export interface Protocol {
  /** Content script: the entries known now; the others follow as `scores.updated`. */
  'scores.get': { request: { refs: ProfileRef[] }; response: { entries: BadgeEntry[] } };
  /** Hover card: what the cache holds about one profile, fresh or stale, without fetching. */
  'score.peek': { request: { ref: ProfileRef }; response: { entry: SettledEntry | null } };
  /** Popup: one profile, waiting until it is settled. `refresh` skips a fresh cache entry. */
  'score.resolve': { request: { ref: ProfileRef; refresh?: boolean }; response: { entry: SettledEntry } };
}

export type RequestType = keyof Protocol;
export type Request = { [T in RequestType]: { type: T } & Protocol[T]['request'] }[RequestType];
export type Response<T extends RequestType> = Protocol[T]['response'];

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

export function isScoresUpdated(message: unknown): message is ScoresUpdated {
  return isRequest(message) && (message as { type: string }).type === 'scores.updated';
}

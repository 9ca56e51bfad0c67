// The service worker: wires the cache, the limiter and the scheduler to the profile service,
// answers the popup's requests and the badges' port, and keeps the user's own profiles'
// history. It keeps nothing in memory that it cannot lose: the cache, the limiter's state and
// the history live in storage.local, and a badge still waiting asks again on a new port.
import browser from 'webextension-polyfill';
import { isDateString, isRecord, optionalCount } from '../lib/guards';
import type { SeenPost } from '../sites/types';
import type { PageFollower } from '../audit/list-evidence';
import { createLayoutReports } from './layout-reports';
import { SCORES_PORT, isAuditFollowersSeen, isLayoutReport, isPostsSeen, isProfileObserve, isRequest, isScoresGet, type Request, type ScoresUpdated } from '../lib/messages';
import { networkInfo } from '../lib/networks';
import { normaliseRef, profileKey, refOfKey, type ProfileRef } from '../lib/profile-ref';
import { forBadge, type BadgeEntry, type SettledEntry } from '../lib/score-entry';
import { createIdentityService } from './identity-service';
import { claimFromUrl } from '../identity/claim-url';
import { distinctClaims } from '../identity/profile-claims';
import type { IdentityClaim } from '../identity/types';
import { parseProfileSignals } from '../score';
import { loadSettings, saveSettings, type Settings } from '../lib/settings';
import { installDynamicSites, isSitesRequest } from './dynamic-sites';
import { createHistory } from './history';
import { PRIORITY, type Priority } from './host-limiter';
import { createServices } from './services';
import { createAuditRunner } from './audit-runner';
import { installAuditResume } from './audit-resume';

const storage = browser.storage.local;

// Settings are read once and then follow storage changes, not read again for every batch.
let settings: Promise<Settings> = loadSettings(storage);
const { cache, limiter, scheduler, service, settingsChanged } = createServices({ storage, fetch: (input, init) => fetch(input, init), settings: () => settings });

// Audience audits page through followers at background priority, behind badges and the popup.
// One interrupted by the worker's stop goes on when the worker starts again (audit-resume.ts).
const auditResume = installAuditResume(browser.alarms, () => audits);
const audits = createAuditRunner({
  storage,
  fetch: (url, init) => limiter.fetch(url, init, PRIORITY.background),
  async knownFollowers(ref) {
    const entry = await service.peek(ref);
    return entry?.state === 'scored' ? entry.signals.followers : undefined;
  },
  onRunning: () => auditResume.arm(),
});
// One person across networks: discovery for the profiles the user looks at, one step, at background priority.
const identity = createIdentityService({
  storage,
  service,
  async context() {
    const { githubToken, stackExchangeKey } = await settings;
    const fetchInBackground = ((input: RequestInfo | URL, init?: RequestInit) => limiter.fetch(String(input), init, PRIORITY.background)) as typeof fetch;
    return { fetch: fetchInBackground, settings: { githubToken, stackExchangeKey }, now: Date.now };
  },
  // A link found or changed: the badges of every profile it touches are told their combined score.
  async onChanged(changed) {
    const watched = new Set([...watchers.values()].flatMap((keys) => [...keys]));
    for (const key of changed.filter((k) => watched.has(k))) {
      const entry = await service.peek(refOfKey(key)).catch(() => null);
      if (entry) announce(entry);
    }
  },
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes.settings) return;
  settings = loadSettings(storage);
  settingsChanged();
  // Open pages follow privacy mode and badge size at once; they are told over their port.
  for (const port of watchers.keys()) {
    try {
      port.postMessage({ type: 'settings.changed', settings: changes.settings.newValue });
    } catch {
      // the tab is gone
    }
  }
});

const history = createHistory(storage);

function validRefs(raw: unknown): ProfileRef[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((ref): ref is ProfileRef => isRecord(ref) && typeof ref.network === 'string' && typeof ref.handle === 'string')
    .map(normaliseRef)
    .filter((ref) => networkInfo(ref.network)?.isValidHandle(ref.handle) ?? false)
    .slice(0, 500);
}

const MAX_POSTS_PER_MESSAGE = 200;

/** Posts from a page, checked field by field: what does not look right is dropped. */
function validPosts(raw: unknown[]): SeenPost[] {
  const posts: SeenPost[] = [];
  for (const post of raw.slice(0, MAX_POSTS_PER_MESSAGE)) {
    if (!isRecord(post) || typeof post.id !== 'string' || post.id.length > 300) continue;
    const [author] = validRefs([post.author]);
    if (!author) continue;
    const counts = { replies: optionalCount(post.replies), reposts: optionalCount(post.reposts), quotes: optionalCount(post.quotes), likes: optionalCount(post.likes), views: optionalCount(post.views) };
    posts.push({ id: post.id, author, ...(isDateString(post.postedAt) ? { postedAt: post.postedAt } : {}), ...counts });
  }
  return posts;
}

/** What a profile page's own links claim (identity links): a few URLs, each as a claim of the profile or domain it names. */
function pageClaims(links: unknown): IdentityClaim[] | undefined {
  if (!Array.isArray(links)) return undefined;
  const urls = links.filter((link): link is string => typeof link === 'string' && link.length <= 300).slice(0, 10);
  return distinctClaims(urls.map((url) => claimFromUrl(url, 'profile-link')));
}

/** Followers read from a followers list, checked field by field (at most 100 a message). */
function validListed(raw: unknown[]): PageFollower[] {
  return raw.slice(0, 100).flatMap((f): PageFollower[] => {
    if (!isRecord(f) || typeof f.handle !== 'string' || !/^[\w.]{1,40}$/.test(f.handle)) return [];
    const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
    const [hasAvatar, hasBio, verified] = [flag(f.hasAvatar), flag(f.hasBio), flag(f.verified)];
    return [{ handle: f.handle, ...(typeof f.name === 'string' ? { name: f.name.slice(0, 100) } : {}), ...(hasAvatar !== undefined ? { hasAvatar } : {}), ...(hasBio !== undefined ? { hasBio } : {}), ...(verified !== undefined ? { verified } : {}) }];
  });
}

const layoutReports = createLayoutReports(browser.storage.session ?? storage);

/**
 * Settled entries wait here a moment, so that a tab gets one message per burst, not one per
 * profile: each message makes the page draw its badges again, so fewer is cheaper.
 */
const PUSH_INTERVAL_MS = 250;
const outbox = new Map<browser.Runtime.Port, SettledEntry[]>();
let outboxTimer: ReturnType<typeof setTimeout> | undefined;

/** What badges are told: each entry with its combined score and linked profiles, where it has any. */
async function badgeEntries(entries: SettledEntry[]): Promise<BadgeEntry[]> {
  const linked = await identity.forBadges(entries.filter((e) => e.state === 'scored').map((e) => e.key)).catch(() => new Map());
  return entries.map((entry) => forBadge(entry, linked.get(entry.key)));
}

function post(port: browser.Runtime.Port, entries: BadgeEntry[]): void {
  const message: ScoresUpdated = { type: 'scores.updated', entries };
  try {
    port.postMessage(message);
  } catch {
    outbox.delete(port); // the tab navigated away or closed
  }
}

function push(port: browser.Runtime.Port, entry: SettledEntry): void {
  const pending = outbox.get(port) ?? [];
  pending.push(entry);
  outbox.set(port, pending);
  outboxTimer ??= setTimeout(() => {
    outboxTimer = undefined;
    const due = [...outbox];
    outbox.clear();
    for (const [target, entries] of due) void badgeEntries(entries).then((ready) => post(target, ready));
  }, PUSH_INTERVAL_MS);
}

/** Every open page's port, with the profiles its badges show, to tell them of changes. */
const watchers = new Map<browser.Runtime.Port, Set<string>>();

function announce(entry: SettledEntry): void {
  for (const [port, keys] of watchers) if (keys.has(entry.key)) push(port, entry);
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== SCORES_PORT) return;
  const keys = new Set<string>();
  watchers.set(port, keys);
  port.onDisconnect.addListener(() => {
    watchers.delete(port);
    outbox.delete(port);
  });
  port.onMessage.addListener(async (message: unknown) => {
    if (isScoresGet(message)) {
      const refs = validRefs(message.refs);
      refs.forEach((ref) => keys.add(profileKey(ref)));
      const priority = message.priority === 'background' ? PRIORITY.background : PRIORITY.visible;
      const entries = await service.lookup(refs, priority, (entry) => {
        if (watchers.has(port)) push(port, entry);
        void identity.discover(entry);
      });
      // What is still loading follows as it settles; an answer of nothing but "loading" would be news to no badge.
      const known = entries.filter((entry): entry is SettledEntry => entry.state !== 'loading');
      known.forEach((entry) => void identity.discover(entry));
      if (watchers.has(port) && known.length > 0) post(port, await badgeEntries(known));
    } else if (isProfileObserve(message)) {
      const [ref] = validRefs([message.ref]);
      const parsed = parseProfileSignals({ ...(isRecord(message.signals) ? message.signals : {}), network: ref?.network, handle: ref?.handle });
      if (!ref || !parsed.ok) return;
      const feedUrl = typeof message.feedUrl === 'string' ? message.feedUrl : undefined;
      const observed = await service.observe(ref, parsed.signals, port.sender?.url, feedUrl, announce, pageClaims(message.links));
      announce(observed);
      void identity.discover(observed);
    } else if (isPostsSeen(message)) {
      for (const entry of await service.observePosts(validPosts(message.posts))) announce(entry);
    } else if (isAuditFollowersSeen(message)) {
      await audits.seen({ network: message.network, handle: message.handle }, validListed(message.followers));
    } else if (isLayoutReport(message)) {
      await layoutReports.report(message.site, message.recognised);
    }
  });
});

/** Marks or unmarks a profile as the user's own; marking takes today's snapshot at once. */
async function setOwn(ref: ProfileRef, own: boolean): Promise<string[]> {
  const key = profileKey(ref);
  const current = (await settings).ownProfiles.filter((k) => k !== key);
  const next = own ? [...current, key] : current;
  await saveSettings(storage, { ownProfiles: next });
  settings = Promise.resolve({ ...(await settings), ownProfiles: next });
  if (own) await snapshot(ref, PRIORITY.popup);
  return next;
}

async function snapshot(ref: ProfileRef, priority: Priority): Promise<void> {
  const entry = await service.resolve(ref, { priority });
  if (entry.state === 'scored') await history.record(entry);
}

const SNAPSHOT_ALARM = 'daily-snapshots';

async function snapshotOwnProfiles(): Promise<void> {
  for (const key of (await settings).ownProfiles) {
    const [network, ...rest] = key.split(':');
    await snapshot({ network, handle: rest.join(':') }, PRIORITY.background).catch(() => {});
  }
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SNAPSHOT_ALARM) void snapshotOwnProfiles();
});
void browser.alarms.get(SNAPSHOT_ALARM).then((existing) => {
  if (!existing) void browser.alarms.create(SNAPSHOT_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
});

async function handle(message: Request): Promise<unknown> {
  const [ref] = validRefs('ref' in message ? [message.ref] : []);
  switch (message.type) {
    case 'score.peek':
      return { entry: ref ? await service.peek(ref) : null };
    case 'score.resolve': {
      // Errors are answers, not exceptions: a rejected promise reaches callers differently with and without the polyfill.
      if (!ref) return { error: 'Not a profile this extension knows how to score.' };
      const resolved = await service.resolve(ref, { refresh: message.refresh === true, priority: PRIORITY.popup });
      void identity.discover(resolved);
      return { entry: resolved };
    }
    case 'profile.own':
      if (!ref) return { error: 'Not a profile this extension knows how to score.' };
      return { ownProfiles: await setOwn(ref, message.own) };
    case 'cache.stats':
      await cache.ready;
      return cache.stats();
    case 'cache.clear':
      await cache.clear();
      return cache.stats();
    case 'layout.get':
      return layoutReports.get(String(message.site));
    case 'history.get':
      return { snapshots: ref ? await history.get(profileKey(ref)) : [], own: ref ? (await settings).ownProfiles.includes(profileKey(ref)) : false };
    case 'audit.start':
      if (!ref) return { error: 'Not a profile this extension knows how to audit.' };
      return audits.start(ref, typeof message.sampleSize === 'number' ? message.sampleSize : undefined);
    case 'audit.get':
      return { audit: ref ? await audits.get(ref) : null };
    case 'audit.cancel':
      return { audit: ref ? await audits.cancel(ref) : null };
    case 'audit.finish':
      return { audit: ref ? await audits.finish(ref) : null };
    case 'identity.get':
      return ref ? identity.view(ref) : { links: [], group: [], combined: null };
    case 'identity.link':
    case 'identity.unlink': {
      const [a, b] = [validRefs([message.a])[0], validRefs([message.b])[0]];
      if (!a || !b) return { error: 'Not a profile this extension knows how to score.' };
      return identity.setSelfLink(a, b, message.type === 'identity.link');
    }
  }
}

// Mastodon instances the user turned on: their content scripts, registered at run time.
const dynamicSites = installDynamicSites(browser);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (isSitesRequest(message)) return dynamicSites.handle(message, sender);
  if (!isRequest(message)) return undefined;
  return handle(message);
});

// For diagnostics and the benchmark: writes the cache's index now, and what waits to be fetched.
(globalThis as { influenceBadges?: unknown }).influenceBadges = {
  flushCache: () => cache.flush(),
  waiting: () => scheduler.waiting(),
};

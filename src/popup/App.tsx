// The popup: the current tab's profile explained, a box to look up any profile, and settings.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import { displayHandle, profileKey, type ProfileRef } from '../lib/profile-ref';
import type { SettledEntry } from '../lib/score-entry';
import { loadSettings } from '../lib/settings';
import { loadProfileFromPageUrl } from '../sites/page-profile';
import { Breakdown } from './Breakdown';
import { EnableSite, currentTab, type CurrentTab } from './EnableSite';
import { AuditPanel, CompareView, ListsView } from './lazy-views';
import { RECENT_LOOKUPS_KEY, parseRecentLookups } from '../lib/recent-lookups';
import { LayoutNote } from './LayoutNote';
import { Lookup } from './Lookup';
import { Views, type PopupView } from './Nav';
import { Settings } from './Settings';
import { AddToList } from './Shortlist';

type View = { state: 'idle' } | { state: 'loading'; ref: ProfileRef } | { state: 'done'; ref: ProfileRef; entry: SettledEntry } | { state: 'failed'; ref: ProfileRef; message: string };

export function App() {
  const [view, setView] = useState<View>({ state: 'idle' });
  const [pageProfile, setPageProfile] = useState<ProfileRef | null>(null);
  const [tab, setTab] = useState<CurrentTab | undefined>(undefined);
  const [instances, setInstances] = useState<string[]>([]);
  const [activeView, setActiveView] = useState('profile');
  const [compared, setCompared] = useState<ProfileRef[]>([]);
  const [recentLookups, setRecentLookups] = useState<ProfileRef[]>([]);
  useEffect(() => {
    void browser.storage.local.get(RECENT_LOOKUPS_KEY).then((stored) => setRecentLookups(parseRecentLookups(stored[RECENT_LOOKUPS_KEY])), () => {});
  }, [view]);
  /** The profile shown, then the recent look-ups, each once. */
  const recentForCompare = (shown: ProfileRef | undefined): ProfileRef[] =>
    [...(shown ? [shown] : []), ...recentLookups].filter((ref, index, all) => all.findIndex((other) => profileKey(other) === profileKey(ref)) === index);

  async function show(ref: ProfileRef, refresh = false): Promise<void> {
    setView({ state: 'loading', ref });
    try {
      const answer = await sendRequest('score.resolve', { ref, refresh });
      if ('error' in answer) setView({ state: 'failed', ref, message: answer.error });
      else setView({ state: 'done', ref, entry: answer.entry });
    } catch (error) {
      setView({ state: 'failed', ref, message: (error as Error).message });
    }
  }

  useEffect(() => {
    const enabled = loadSettings(browser.storage.local).then((s) => s.mastodonInstances, () => []);
    void Promise.all([currentTab().catch(() => undefined), enabled]).then(async ([current, mastodonInstances]) => {
      const ref = current?.url ? await loadProfileFromPageUrl(current.url, mastodonInstances).catch(() => null) : null;
      setTab(current);
      setInstances(mastodonInstances);
      setPageProfile(ref);
      if (ref) void show(ref);
    });
  }, []);

  const profileView = (
    <>
      <Lookup onLookup={(ref) => void show(ref)} />
      {view.state === 'idle' && <p class="muted">{pageProfile === null ? t('popupNoProfile') : t('popupLoading')}</p>}
      <EnableSite tab={tab} enabled={instances} />
      <LayoutNote url={tab?.url} />
      {view.state === 'loading' && (
        <p class="muted" role="status">
          {t('popupLoadingProfile', displayHandle(view.ref))}
        </p>
      )}
      {view.state === 'failed' && (
        <p class="error" role="alert">
          {view.message}
        </p>
      )}
      {view.state === 'done' && <Breakdown refValue={view.ref} entry={view.entry} onRefresh={() => void show(view.ref, true)} />}
      {view.state === 'done' && view.entry.state === 'scored' && <AddToList key={view.entry.key} entry={view.entry} />}
      {view.state === 'done' && view.entry.state === 'scored' && ['bluesky', 'mastodon', 'x', 'instagram'].includes(view.ref.network) && <AuditPanel key={view.entry.key} profile={view.ref} />}
    </>
  );

  function openProfile(ref: ProfileRef): void {
    setActiveView('profile');
    void show(ref);
  }

  function compare(refs: ProfileRef[]): void {
    setCompared(refs);
    setActiveView('compare');
  }

  // The popup's views, one line each: a new view is one more line.
  const views: PopupView[] = [
    { id: 'profile', label: t('navProfile'), render: () => profileView },
    { id: 'compare', label: t('navCompare'), render: () => <CompareView refs={compared} onChange={setCompared} recent={recentForCompare(view.state === 'done' ? view.ref : undefined)} /> },
    { id: 'lists', label: t('navLists'), render: () => <ListsView onOpen={openProfile} onCompare={compare} /> },
  ];

  return (
    <>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
      </header>
      <Views views={views} active={activeView} onSelect={setActiveView} />
      <Settings />
    </>
  );
}

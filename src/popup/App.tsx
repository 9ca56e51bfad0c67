// The popup: the current tab's profile explained, a box to look up any profile, and settings.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import { displayHandle, type ProfileRef } from '../lib/profile-ref';
import type { SettledEntry } from '../lib/score-entry';
import { loadSettings } from '../lib/settings';
import { profileFromPageUrl } from '../sites';
import { Breakdown } from './Breakdown';
import { EnableSite, currentTab, type CurrentTab } from './EnableSite';
import { LayoutNote } from './LayoutNote';
import { Lookup } from './Lookup';
import { Settings } from './Settings';

type View = { state: 'idle' } | { state: 'loading'; ref: ProfileRef } | { state: 'done'; ref: ProfileRef; entry: SettledEntry } | { state: 'failed'; ref: ProfileRef; message: string };

export function App() {
  const [view, setView] = useState<View>({ state: 'idle' });
  const [pageProfile, setPageProfile] = useState<ProfileRef | null>(null);
  const [tab, setTab] = useState<CurrentTab | undefined>(undefined);
  const [instances, setInstances] = useState<string[]>([]);

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
    void Promise.all([currentTab().catch(() => undefined), enabled]).then(([current, mastodonInstances]) => {
      const ref = current?.url ? profileFromPageUrl(current.url, mastodonInstances) : null;
      setTab(current);
      setInstances(mastodonInstances);
      setPageProfile(ref);
      if (ref) void show(ref);
    });
  }, []);

  return (
    <>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
      </header>
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
      <Settings />
    </>
  );
}

// The popup: the current tab's profile explained, a box to look up any profile, and settings.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import type { ProfileRef } from '../lib/profile-ref';
import type { SettledEntry } from '../lib/score-entry';
import { profileFromPageUrl } from '../sites';
import { Breakdown } from './Breakdown';
import { Lookup } from './Lookup';
import { Settings } from './Settings';

type View = { state: 'idle' } | { state: 'loading'; ref: ProfileRef } | { state: 'done'; ref: ProfileRef; entry: SettledEntry } | { state: 'failed'; ref: ProfileRef; message: string };

/** The tab the popup explains: the active one, or `?tab=<id>` when the popup is opened as a page. */
async function currentTabUrl(): Promise<string | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return (await browser.tabs.get(requested)).url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function App() {
  const [view, setView] = useState<View>({ state: 'idle' });
  const [pageProfile, setPageProfile] = useState<ProfileRef | null>(null);

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
    void currentTabUrl()
      .catch(() => undefined)
      .then((url) => {
        const ref = url ? profileFromPageUrl(url) : null;
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
      {view.state === 'loading' && (
        <p class="muted" role="status">
          {t('popupLoadingProfile', `@${view.ref.handle}`)}
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

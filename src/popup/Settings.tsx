// Settings: the GitHub token (kept in this browser only, never shown again in full).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { loadSettings, saveSettings, type Settings as SettingsValue } from '../lib/settings';

export function Settings() {
  const [settings, setSettings] = useState<SettingsValue | null>(null);
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings);
  }, []);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    setSettings(await saveSettings(browser.storage.local, { githubToken: token.trim() }));
    setToken('');
    setSaved(token.trim() ? t('settingsTokenSaved') : t('settingsTokenRemoved'));
  }

  const stored = settings?.githubToken ?? '';
  return (
    <details class="settings">
      <summary>{t('settingsTitle')}</summary>
      <form onSubmit={(event) => void save(event)}>
        <label for="github-token">{t('settingsGithubToken')}</label>
        <p class="muted" id="github-token-help">
          {stored ? t('settingsTokenStored', stored.slice(-4)) : t('settingsTokenHelp')}
        </p>
        <div class="row">
          <input
            id="github-token"
            type="password"
            autocomplete="off"
            value={token}
            aria-describedby="github-token-help"
            onInput={(event) => setToken((event.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('settingsSave')}</button>
        </div>
        <p class="muted" aria-live="polite">
          {saved}
        </p>
      </form>
    </details>
  );
}

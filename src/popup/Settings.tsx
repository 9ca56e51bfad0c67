// Settings: the optional credentials that raise the networks' limits (kept in this browser
// only, never shown again in full).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { loadSettings, saveSettings, type Settings as SettingsValue } from '../lib/settings';

type CredentialKey = 'githubToken' | 'stackExchangeKey';

interface CredentialText {
  label: string;
  help: string;
  stored(lastFour: string): string;
  saved: string;
  removed: string;
}

const CREDENTIALS: { key: CredentialKey; id: string; text: () => CredentialText }[] = [
  {
    key: 'githubToken',
    id: 'github-token',
    text: () => ({
      label: t('settingsGithubToken'),
      help: t('settingsTokenHelp'),
      stored: (lastFour) => t('settingsTokenStored', lastFour),
      saved: t('settingsTokenSaved'),
      removed: t('settingsTokenRemoved'),
    }),
  },
  {
    key: 'stackExchangeKey',
    id: 'stack-exchange-key',
    text: () => ({
      label: t('settingsStackExchangeKey'),
      help: t('settingsKeyHelp'),
      stored: (lastFour) => t('settingsKeyStored', lastFour),
      saved: t('settingsKeySaved'),
      removed: t('settingsKeyRemoved'),
    }),
  },
];

function CredentialField({ name, id, text, stored, onSave }: { name: CredentialKey; id: string; text: CredentialText; stored: string; onSave(name: CredentialKey, value: string): Promise<void> }) {
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState('');

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const trimmed = value.trim();
    await onSave(name, trimmed);
    setValue('');
    setSaved(trimmed ? text.saved : text.removed);
  }

  return (
    <form onSubmit={(event) => void save(event)}>
      <label for={id}>{text.label}</label>
      <p class="muted" id={`${id}-help`}>
        {stored ? text.stored(stored.slice(-4)) : text.help}
      </p>
      <div class="row">
        <input id={id} type="password" autocomplete="off" value={value} aria-describedby={`${id}-help`} onInput={(event) => setValue((event.target as HTMLInputElement).value)} />
        <button type="submit">{t('settingsSave')}</button>
      </div>
      <p class="muted" aria-live="polite">
        {saved}
      </p>
    </form>
  );
}

export function Settings() {
  const [settings, setSettings] = useState<SettingsValue | null>(null);

  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings);
  }, []);

  async function save(name: CredentialKey, value: string): Promise<void> {
    setSettings(await saveSettings(browser.storage.local, { [name]: value }));
  }

  return (
    <details class="settings">
      <summary>{t('settingsTitle')}</summary>
      {CREDENTIALS.map(({ key, id, text }) => (
        <CredentialField key={key} name={key} id={id} text={text()} stored={settings?.[key] ?? ''} onSave={save} />
      ))}
    </details>
  );
}

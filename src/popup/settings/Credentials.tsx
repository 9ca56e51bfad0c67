// The optional credentials that raise the networks' limits, kept in this browser only. Once
// saved, a credential is never shown again in full, nor put back into a field: the page shows
// its last four characters, with Replace and Remove.
import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { lastFour, maskSecret } from '../../lib/secret-mask';
import type { Settings } from '../../lib/settings';
import type { UpdateSettings } from './use-settings';

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
      stored: (last) => (last ? t('settingsTokenStored', last) : t('settingsSecretStoredShort')),
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
      stored: (last) => (last ? t('settingsKeyStored', last) : t('settingsSecretStoredShort')),
      saved: t('settingsKeySaved'),
      removed: t('settingsKeyRemoved'),
    }),
  },
];

function CredentialField({ id, text, stored, onSave }: { id: string; text: CredentialText; stored: string; onSave(value: string): Promise<void> }) {
  const [value, setValue] = useState('');
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const replace = useRef<HTMLButtonElement>(null);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return;
    await onSave(trimmed);
    setValue('');
    setEditing(false);
    setStatus(text.saved);
    // The field goes away: focus stays near, on the button that replaced it.
    requestAnimationFrame(() => replace.current?.focus());
  }

  async function remove(): Promise<void> {
    await onSave('');
    setStatus(text.removed);
    requestAnimationFrame(() => input.current?.focus());
  }

  function startReplacing(): void {
    setEditing(true);
    setStatus('');
    requestAnimationFrame(() => input.current?.focus());
  }

  const showForm = !stored || editing;
  return (
    <div class="credential" role="group" aria-labelledby={`${id}-name`}>
      {/* The name labels the field while there is one to type into. */}
      {showForm ? (
        <label id={`${id}-name`} for={id}>
          {text.label}
        </label>
      ) : (
        <span class="label" id={`${id}-name`}>
          {text.label}
        </span>
      )}
      <p class="muted" id={`${id}-help`}>
        {stored ? text.stored(lastFour(stored)) : text.help}
      </p>
      {stored && !editing && (
        <div class="row stored">
          <code class="masked" data-masked={id}>
            {maskSecret(stored)}
          </code>
          <button type="button" ref={replace} onClick={startReplacing} aria-label={t('settingsReplaceNamed', text.label)}>
            {t('settingsReplace')}
          </button>
          <button type="button" onClick={() => void remove()} aria-label={t('settingsRemoveNamed', text.label)}>
            {t('settingsRemove')}
          </button>
        </div>
      )}
      {showForm && (
        <form onSubmit={(event) => void save(event)}>
          <div class="row">
            <input
              id={id}
              ref={input}
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={value}
              aria-describedby={`${id}-help`}
              onInput={(event) => setValue((event.target as HTMLInputElement).value)}
            />
            <button type="submit">{t('settingsSave')}</button>
            {editing && (
              <button type="button" onClick={() => (setEditing(false), setValue(''), requestAnimationFrame(() => replace.current?.focus()))}>
                {t('settingsCancel')}
              </button>
            )}
          </div>
        </form>
      )}
      <p class="muted" role="status">
        {status}
      </p>
    </div>
  );
}

export function Credentials({ settings, update }: { settings: Settings | null; update: UpdateSettings }) {
  return (
    <>
      {CREDENTIALS.map(({ key, id, text }) => (
        <CredentialField key={key} id={id} text={text()} stored={settings?.[key] ?? ''} onSave={(value) => update(() => ({ [key]: value }))} />
      ))}
    </>
  );
}

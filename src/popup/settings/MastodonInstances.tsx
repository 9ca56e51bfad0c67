// The Mastodon instances the user turned badges on for, beyond the ones the extension ships
// with: each can be removed (the background unregisters its content script and gives its
// permission back), and another added here as from the popup on its page (the browser asks
// for that one site, within the click).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../lib/i18n';
import { MASTODON_INSTANCES } from '../../lib/mastodon-instances';
import { isHostName } from '../../lib/host-names';
import { enableSite, type SitesAnswer, type SitesProblem, type SitesRequest } from '../../lib/site-access';

const PROBLEMS: Record<SitesProblem, string> = {
  'invalid-host': 'settingsMastodonInvalid',
  covered: 'settingsMastodonCovered',
  'no-permission': 'siteEnableDenied',
  'not-mastodon': 'siteNotMastodon',
  unreachable: 'siteUnreachable',
  failed: 'siteEnableFailed',
};

type Status = { text: string; error?: boolean };

const send = (message: SitesRequest) => browser.runtime.sendMessage(message);

export function MastodonInstances({ instances }: { instances: readonly string[] }) {
  const [host, setHost] = useState('');
  const [status, setStatus] = useState<Status>({ text: '' });
  const [busy, setBusy] = useState(false);

  async function remove(instance: string): Promise<void> {
    setBusy(true);
    const answer = (await send({ type: 'sites.disable', host: instance }).catch(() => undefined)) as SitesAnswer | undefined;
    setBusy(false);
    // The list itself follows the settings, which the background has changed by now.
    setStatus(answer?.ok ? { text: t('settingsMastodonRemoved', instance) } : { text: t('settingsMastodonRemoveFailed', instance), error: true });
    requestAnimationFrame(() => document.getElementById('mastodon-host')?.focus());
  }

  function add(event: Event): void {
    event.preventDefault();
    const wanted = host.trim().toLowerCase().replace(/^https:\/\//, '').replace(/\/.*$/, '');
    if (!isHostName(wanted)) return setStatus({ text: t('settingsMastodonInvalid', wanted || host), error: true });
    if ((MASTODON_INSTANCES as readonly string[]).includes(wanted) || instances.includes(wanted)) return setStatus({ text: t('settingsMastodonCovered', wanted), error: true });
    // The permission request goes out first, within the submit: nothing is awaited before it.
    const result = enableSite(wanted, { request: (permissions) => browser.permissions.request(permissions), send });
    setBusy(true);
    void result.then((outcome) => {
      setBusy(false);
      if (outcome.state === 'enabled') {
        setHost('');
        setStatus({ text: t('settingsMastodonAdded', wanted) });
      } else setStatus({ text: t(outcome.state === 'denied' ? 'siteEnableDenied' : PROBLEMS[outcome.problem], wanted), error: true });
    });
  }

  return (
    <div class="mastodon">
      <p class="muted">{t('settingsMastodonHelp', MASTODON_INSTANCES.length)}</p>
      {instances.length === 0 ? (
        <p class="muted">{t('settingsMastodonNone')}</p>
      ) : (
        <ul class="instances" aria-label={t('settingsMastodonListLabel')}>
          {instances.map((instance) => (
            <li key={instance} data-instance={instance}>
              <span>{instance}</span>
              <button type="button" disabled={busy} onClick={() => void remove(instance)} aria-label={t('settingsMastodonRemoveNamed', instance)}>
                {t('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label for="mastodon-host">{t('settingsMastodonAdd')}</label>
        <div class="row">
          <input id="mastodon-host" type="text" inputMode="url" autocomplete="off" spellcheck={false} placeholder="social.example" value={host} onInput={(event) => setHost((event.target as HTMLInputElement).value)} />
          <button type="submit" disabled={busy}>
            {t('settingsAdd')}
          </button>
        </div>
      </form>
      <p class={status.error ? 'error' : 'muted'} role="status">
        {status.text}
      </p>
    </div>
  );
}

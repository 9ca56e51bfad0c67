// "Enable badges on <host>": on a page of a host the extension does not cover, one click asks
// the browser for that one site (an optional host permission, asked in the click), and the
// background turns badges on there if it is a Mastodon server; then the tab reloads.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { enableSite, hostToEnable, type SitesProblem, type SitesRequest } from '../lib/site-access';
import { siteInfoFor } from '../sites/registry';

export interface CurrentTab {
  id?: number;
  url?: string;
}

/** The tab the popup explains: the active one, or `?tab=<id>` when the popup is opened as a page. */
export async function currentTab(): Promise<CurrentTab> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return { id: requested, url: (await browser.tabs.get(requested)).url };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

const PROBLEMS: Record<SitesProblem, string> = {
  'invalid-host': 'siteEnableFailed',
  covered: 'siteEnableFailed',
  'no-permission': 'siteEnableDenied',
  'not-mastodon': 'siteNotMastodon',
  unreachable: 'siteUnreachable',
  failed: 'siteEnableFailed',
};

type Status = { state: 'idle' } | { state: 'busy' } | { state: 'done' } | { state: 'problem'; text: string };

export function EnableSite({ tab, enabled }: { tab: CurrentTab | undefined; enabled: readonly string[] }) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const host = hostToEnable(tab?.url, (h) => siteInfoFor(h) !== undefined || enabled.includes(h));
  if (!host) return null;

  function click(): void {
    // The permission request goes out first, within the click: nothing is awaited before it.
    const result = enableSite(host!, {
      request: (permissions) => browser.permissions.request(permissions),
      send: (message: SitesRequest) => browser.runtime.sendMessage(message),
    });
    setStatus({ state: 'busy' });
    void result.then((outcome) => {
      if (outcome.state === 'enabled') {
        setStatus({ state: 'done' });
        if (tab?.id !== undefined) void browser.tabs.reload(tab.id).catch(() => {});
      } else if (outcome.state === 'denied') setStatus({ state: 'problem', text: t('siteEnableDenied', host!) });
      else setStatus({ state: 'problem', text: t(PROBLEMS[outcome.problem], host!) });
    });
  }

  return (
    <section class="enable-site" data-host={host} data-state={status.state}>
      <p class="muted">{t('siteEnableHelp')}</p>
      <button type="button" onClick={click} disabled={status.state === 'busy' || status.state === 'done'}>
        {t('siteEnable', host)}
      </button>
      <p class={status.state === 'problem' ? 'error' : 'muted'} role="status" aria-live="polite">
        {status.state === 'done' ? t('siteEnabled', host) : status.state === 'problem' ? status.text : ''}
      </p>
    </section>
  );
}

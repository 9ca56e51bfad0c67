// The popup's settings: the ones used most (badges on the current tab's site, privacy mode,
// badge size, the credentials) and a way to the options page, which has all of them. Both use
// the same components (src/popup/settings/).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { siteInfoFor, type SiteInfo } from '../sites/registry';
import { currentTab } from './EnableSite';
import { Credentials } from './settings/Credentials';
import { BadgeSizeChoice, PrivacyToggle } from './settings/DisplayOptions';
import { SiteToggle } from './settings/SiteToggles';
import { useSettings } from './settings/use-settings';

/** The site of the tab the popup belongs to, when the extension has an adapter for it. */
function useTabSite(): SiteInfo | undefined {
  const [site, setSite] = useState<SiteInfo | undefined>(undefined);
  useEffect(() => {
    void currentTab().then(
      (tab) => setSite(tab.url?.startsWith('https:') ? siteInfoFor(new URL(tab.url).hostname) : undefined),
      () => {},
    );
  }, []);
  return site;
}

export function Settings() {
  const [settings, update] = useSettings();
  const site = useTabSite();

  return (
    <details class="settings">
      <summary>{t('settingsTitle')}</summary>
      {settings && (
        <>
          {site && <SiteToggle site={site} settings={settings} update={update} />}
          <PrivacyToggle settings={settings} update={update} />
          <BadgeSizeChoice settings={settings} update={update} />
          <Credentials settings={settings} update={update} />
        </>
      )}
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsMoreOptions')}
        </button>
      </p>
    </details>
  );
}

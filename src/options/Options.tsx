// The options page: every setting, in sections. The popup shows the most used of the same
// components (src/popup/Settings.tsx).
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n';
import { CacheControl } from '../popup/settings/CacheControl';
import { Credentials } from '../popup/settings/Credentials';
import { DataTransfer } from '../popup/settings/DataTransfer';
import { BadgeSizeChoice, PrivacyToggle } from '../popup/settings/DisplayOptions';
import { MastodonInstances } from '../popup/settings/MastodonInstances';
import { SiteToggles } from '../popup/settings/SiteToggles';
import { useSettings } from '../popup/settings/use-settings';

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function Options() {
  const [settings, update] = useSettings();
  return (
    <>
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
      </header>
      {!settings ? (
        <p class="muted" role="status">
          {t('popupLoading')}
        </p>
      ) : (
        <>
          <Section id="badges" title={t('settingsBadgesTitle')}>
            <PrivacyToggle settings={settings} update={update} />
            <BadgeSizeChoice settings={settings} update={update} />
          </Section>
          <Section id="sites" title={t('settingsSitesTitle')}>
            <SiteToggles settings={settings} update={update} />
          </Section>
          <Section id="mastodon" title={t('settingsMastodonTitle')}>
            <MastodonInstances instances={settings.mastodonInstances} />
          </Section>
          <Section id="credentials" title={t('settingsCredentialsTitle')}>
            <Credentials settings={settings} update={update} />
          </Section>
          <Section id="cache" title={t('settingsCacheTitle')}>
            <CacheControl />
          </Section>
          <Section id="data" title={t('settingsDataTitle')}>
            <DataTransfer />
          </Section>
        </>
      )}
    </>
  );
}

// Badges on and off, site by site. A site turned off gets no content script work at all: no
// badges, no reading of its pages, no requests. The change applies to pages loaded after it.
import { t } from '../../lib/i18n';
import { networkInfo } from '../../lib/networks';
import { isSiteEnabled, type Settings } from '../../lib/settings';
import { SITE_INFO, type SiteInfo } from '../../sites/registry';
import type { UpdateSettings } from './use-settings';

export const siteLabel = (site: SiteInfo): string => networkInfo(site.network)?.label ?? site.id;

function toggle(update: UpdateSettings, siteId: string, on: boolean): Promise<void> {
  return update((current) => ({ enabledSites: { ...current.enabledSites, [siteId]: on } }));
}

/** One checkbox; the popup shows the current tab's site alone, as "Badges on GitHub". */
export function SiteToggle({ site, settings, update, text = t('settingsSiteHere', siteLabel(site)) }: { site: SiteInfo; settings: Settings; update: UpdateSettings; text?: string }) {
  return (
    <label class="check">
      <input type="checkbox" data-site={site.id} checked={isSiteEnabled(settings, site.id)} onChange={(event) => void toggle(update, site.id, (event.target as HTMLInputElement).checked)} />
      {text}
    </label>
  );
}

/** Every site the extension knows, in a group. */
export function SiteToggles({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const sites = [...SITE_INFO].sort((a, b) => siteLabel(a).localeCompare(siteLabel(b)));
  return (
    <fieldset class="sites" aria-describedby="sites-help">
      <legend>{t('settingsSitesLegend')}</legend>
      <p class="muted" id="sites-help">
        {t('settingsSitesHelp')}
      </p>
      <div class="site-grid">
        {sites.map((site) => (
          <SiteToggle key={site.id} site={site} settings={settings} update={update} text={siteLabel(site)} />
        ))}
      </div>
    </fieldset>
  );
}

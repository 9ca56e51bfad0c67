// How badges behave and look: privacy mode (a score only when the user reaches for a badge)
// and the badges' size. Both apply to open pages at once.
import { t } from '../../lib/i18n';
import { BADGE_SIZES, type BadgeSize, type Settings } from '../../lib/settings';
import type { UpdateSettings } from './use-settings';

const SIZE_LABEL: Record<BadgeSize, string> = { normal: 'settingsBadgeSizeNormal', large: 'settingsBadgeSizeLarge' };

export function PrivacyToggle({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <div class="option">
      <label class="check">
        <input
          type="checkbox"
          id="privacy-mode"
          checked={settings.privacyMode}
          aria-describedby="privacy-help"
          onChange={(event) => void update(() => ({ privacyMode: (event.target as HTMLInputElement).checked }))}
        />
        {t('settingsPrivacyMode')}
      </label>
      <p class="muted" id="privacy-help">
        {t('settingsPrivacyHelp')}
      </p>
    </div>
  );
}

export function BadgeSizeChoice({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <fieldset class="option inline">
      <legend>{t('settingsBadgeSize')}</legend>
      {BADGE_SIZES.map((size) => (
        <label class="check" key={size}>
          <input type="radio" name="badge-size" value={size} checked={settings.badgeSize === size} onChange={() => void update(() => ({ badgeSize: size }))} />
          {t(SIZE_LABEL[size])}
        </label>
      ))}
    </fieldset>
  );
}

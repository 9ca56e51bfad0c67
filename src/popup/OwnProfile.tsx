// Marks the profile as the user's own: its score is then kept once a day, for its history.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import type { ProfileRef } from '../lib/profile-ref';

export function OwnProfile({ profile }: { profile: ProfileRef }) {
  const [own, setOwn] = useState(false);
  const [days, setDays] = useState(0);

  async function refresh(): Promise<void> {
    const history = await sendRequest('history.get', { ref: profile });
    setOwn(history.own);
    setDays(history.snapshots.length);
  }

  useEffect(() => {
    void refresh();
  }, [profile.network, profile.handle]);

  async function toggle(): Promise<void> {
    await sendRequest('profile.own', { ref: profile, own: !own });
    await refresh();
  }

  return (
    <p class="own">
      <button type="button" aria-pressed={own ? 'true' : 'false'} onClick={() => void toggle()}>
        {own ? t('popupOwn') : t('popupMarkOwn')}
      </button>{' '}
      {own && <span class="muted">{t('popupHistoryKept', days)}</span>}
    </p>
  );
}

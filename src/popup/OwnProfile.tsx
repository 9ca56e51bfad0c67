// Marks the profile as the user's own: its score is then kept once a day, and its history shown.
// The chart is loaded only for an own profile with a history: most openings never need it.
import { useEffect, useState } from 'preact/hooks';
import type { Snapshot } from '../background/history';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import type { ProfileRef } from '../lib/profile-ref';

type Chart = (typeof import('./HistoryChart'))['HistoryChart'];

export function OwnProfile({ profile }: { profile: ProfileRef }) {
  const [own, setOwn] = useState(false);
  const [snapshots, setSnapshots] = useState<Snapshot[]>([]);
  const [Chart, setChart] = useState<Chart | null>(null);

  async function refresh(): Promise<void> {
    const history = await sendRequest('history.get', { ref: profile });
    setOwn(history.own);
    setSnapshots(history.snapshots);
  }

  useEffect(() => {
    void refresh();
  }, [profile.network, profile.handle]);

  const wantsChart = own && snapshots.length > 0;
  useEffect(() => {
    if (wantsChart && !Chart) void import('./HistoryChart').then((module) => setChart(() => module.HistoryChart));
  }, [wantsChart]);

  async function toggle(): Promise<void> {
    await sendRequest('profile.own', { ref: profile, own: !own });
    await refresh();
  }

  return (
    <>
      <p class="own">
        <button type="button" aria-pressed={own ? 'true' : 'false'} onClick={() => void toggle()}>
          {own ? t('popupOwn') : t('popupMarkOwn')}
        </button>{' '}
        {own && <span class="muted">{t('popupHistoryKept', snapshots.length)}</span>}
      </p>
      {wantsChart && Chart && <Chart snapshots={snapshots} />}
    </>
  );
}

// How much the score cache holds, and a button that empties it (the user's lists, history and
// settings are kept elsewhere and stay).
import { useEffect, useState } from 'preact/hooks';
import type { CacheStats } from '../../background/cache';
import { t, uiLanguage } from '../../lib/i18n';
import { sendRequest } from '../../lib/messages';

/** "1.2 MB", "830 kB" in the browser's language. */
export function formatBytes(bytes: number, locale?: string): string {
  const [unit, size] = bytes >= 1_000_000 ? (['megabyte', 1_000_000] as const) : (['kilobyte', 1000] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}

export function CacheControl() {
  const [stats, setStats] = useState<CacheStats | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void sendRequest('cache.stats', {}).then(setStats, () => setStatus(t('settingsCacheUnknown')));
  }, []);

  async function clear(): Promise<void> {
    try {
      setStats(await sendRequest('cache.clear', {}));
      setStatus(t('settingsCacheCleared'));
    } catch (error) {
      setStatus(String(error));
    }
  }

  return (
    <div class="cache">
      <p class="muted">{t('settingsCacheHelp')}</p>
      <p data-cache-entries={stats?.entries}>{stats ? t('settingsCacheSize', stats.entries.toLocaleString(uiLanguage()), formatBytes(stats.bytes, uiLanguage())) : '…'}</p>
      <button type="button" onClick={() => void clear()} disabled={!stats}>
        {t('settingsCacheClear')}
      </button>
      <p class="muted" role="status">
        {status}
      </p>
    </div>
  );
}

// The settings as a Preact hook for the popup and the options page: read once, then following
// storage, so that both pages (open at once) show the same; each change is made over the
// settings as stored at that moment, never over a stale copy.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, loadSettings, parseSettings, saveSettings, type Settings } from '../../lib/settings';

export type UpdateSettings = (change: (current: Settings) => Partial<Settings>) => Promise<void>;

export function useSettings(): [Settings | null, UpdateSettings] {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings);
    const follow = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setSettings(parseSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(follow);
    return () => browser.storage.onChanged.removeListener(follow);
  }, []);

  async function update(change: (current: Settings) => Partial<Settings>): Promise<void> {
    const current = await loadSettings(browser.storage.local);
    setSettings(await saveSettings(browser.storage.local, change(current)));
  }

  return [settings, update];
}

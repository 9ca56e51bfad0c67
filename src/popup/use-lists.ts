// The shortlists as the popup shows them: read from storage.local, and read again whenever they
// change there (another view of the popup, an import, an options page), so no view shows a
// stale copy. Changes go through updateLists, which reads before it writes.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LISTS_KEY, loadLists, updateLists, type AddResult, type ProfileList } from '../lib/lists';

/** The lists, or undefined until they are read. */
export function useLists(): ProfileList[] | undefined {
  const [lists, setLists] = useState<ProfileList[] | undefined>(undefined);
  useEffect(() => {
    const reload = () => void loadLists(browser.storage.local).then(setLists, () => setLists([]));
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LISTS_KEY in changes) reload();
    };
    reload();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return lists;
}

export function changeLists<T extends ProfileList[] | AddResult>(change: (lists: ProfileList[]) => T): Promise<T> {
  return updateLists(browser.storage.local, change);
}

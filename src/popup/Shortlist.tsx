// "Add to a list" under a scored breakdown: to a list chosen, or to a new one named. What it
// keeps is a snapshot (lib/lists.ts); the lists themselves are shown by ListsView.tsx.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { addToList, snapshotEntry } from '../lib/lists';
import { refOfKey } from '../lib/profile-ref';
import { displayHandle } from '../lib/profile-ref';
import type { ScoredEntry } from '../lib/score-entry';
import { changeLists, useLists } from './use-lists';

/** The select's value for "a new list": list names never hold control characters, so it names none. */
const NEW_LIST = '\u0000new';

export type Status = { text: string; error?: boolean } | null;

export function StatusLine({ status }: { status: Status }) {
  // Both regions are always present, so screen readers announce what is put into them.
  return (
    <>
      <p class="muted" role="status">
        {status && !status.error ? status.text : ''}
      </p>
      <p class="error" role="alert">
        {status?.error ? status.text : ''}
      </p>
    </>
  );
}

export function AddToList({ entry }: { entry: ScoredEntry }) {
  const lists = useLists();
  const [choice, setChoice] = useState('');
  const [newName, setNewName] = useState(() => t('listsDefaultName'));
  const [status, setStatus] = useState<Status>(null);
  const names = lists?.map((list) => list.name) ?? [];
  const selected = choice !== '' && (choice === NEW_LIST || names.includes(choice)) ? choice : (names[0] ?? NEW_LIST);
  const handle = displayHandle(refOfKey(entry.key));

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const name = selected === NEW_LIST ? newName : selected;
    const result = await changeLists((current) => addToList(current, name, [snapshotEntry(entry)]));
    if (!result.ok) {
      setStatus({ text: t(result.reason === 'name' ? 'listsNoName' : 'listsTooMany'), error: true });
      return;
    }
    const listName = result.lists.find((list) => list.entries.some((e) => e.key === entry.key))?.name ?? name.trim();
    if (result.dropped > 0) setStatus({ text: t('listsFull', name.trim(), handle), error: true });
    else setStatus({ text: t(result.added > 0 ? 'listsAdded' : result.updated > 0 ? 'listsUpdated' : 'listsUnchanged', handle, listName) });
    setChoice(listName);
  }

  return (
    <form class="add-to-list" aria-labelledby="add-to-list-title" onSubmit={(event) => void submit(event)}>
      <h3 id="add-to-list-title">{t('listsAddTitle')}</h3>
      <div class="row">
        {names.length > 0 && (
          <select aria-label={t('listsChoose')} value={selected} onChange={(event) => setChoice((event.target as HTMLSelectElement).value)}>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={NEW_LIST}>{t('listsNewOption')}</option>
          </select>
        )}
        {selected === NEW_LIST && (
          <input type="text" aria-label={t('listsNewName')} value={newName} maxLength={60} onInput={(event) => setNewName((event.target as HTMLInputElement).value)} />
        )}
        <button type="submit">{t('listsAddButton')}</button>
      </div>
      <StatusLine status={status} />
    </form>
  );
}

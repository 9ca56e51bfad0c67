// The Lists view: each shortlist with its profiles (score, when fetched), removal, export as
// CSV or JSON, a comparison of its first four, deletion (asked first), and import from a file.
// Loaded only when the view is first opened (lazy-views.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { shortDate } from '../lib/format';
import { t, uiLanguage } from '../lib/i18n';
import { exportFileName, listToCsv, listToJson } from '../lib/list-files';
import { COMPARE_AT_MOST, deleteList, removeFromList, type ProfileList } from '../lib/lists';
import { refOfKey } from '../lib/profile-ref';
import { networkInfo } from '../lib/networks';
import { displayHandle, type ProfileRef } from '../lib/profile-ref';
import { downloadText } from './download';
import { ListImport } from './ListImport';
import { StatusLine, type Status } from './Shortlist';
import { changeLists, useLists } from './use-lists';

/** Asks before a list goes; the safe answer has the focus. */
function ConfirmDelete({ list, onDelete, onKeep }: { list: ProfileList; onDelete(): void; onKeep(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const question = t('listsDeleteConfirm', list.name, list.entries.length);
  return (
    <div class="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button type="button" onClick={onDelete}>
        {t('listsDeleteYes')}
      </button>{' '}
      <button type="button" ref={keep} onClick={onKeep}>
        {t('listsDeleteNo')}
      </button>
    </div>
  );
}

function ListSection({ list, onOpen, onCompare, onStatus }: { list: ProfileList; onOpen(ref: ProfileRef): void; onCompare(refs: ProfileRef[]): void; onStatus(status: Status): void }) {
  const [confirming, setConfirming] = useState(false);
  const titleId = `list-${encodeURIComponent(list.name).replace(/%/g, '_')}`;
  const count = list.entries.length === 1 ? t('listsCountOne') : t('listsCount', list.entries.length);

  function exportAs(kind: 'csv' | 'json'): void {
    const text = kind === 'csv' ? listToCsv(list) : listToJson(list);
    downloadText(exportFileName(list.name, kind), kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', text);
  }

  async function remove(): Promise<void> {
    await changeLists((lists) => deleteList(lists, list.name));
    onStatus({ text: t('listsDeleted', list.name) });
    // Its section is gone: the focus goes to the view's heading rather than to nowhere.
    document.getElementById('lists-title')?.focus();
  }

  async function removeEntry(key: string): Promise<void> {
    await changeLists((lists) => removeFromList(lists, list.name, key));
    document.getElementById(titleId)?.focus();
  }

  return (
    <section class="list" data-list={list.name} aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1}>
        <span>{list.name}</span> <span class="muted">{count}</span>
      </h3>
      {list.entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('listsProfile')}</th>
              <th scope="col">{t('listsScore')}</th>
              <th scope="col">{t('listsFetched')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('listsActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.entries.map((entry) => {
              const ref = refOfKey(entry.key);
              const handle = displayHandle(ref);
              return (
                <tr key={entry.key} data-entry={entry.key}>
                  <th scope="row">
                    <button type="button" class="link" aria-label={t('listsOpen', handle)} onClick={() => onOpen(ref)}>
                      {handle}
                    </button>{' '}
                    <span class="muted">{networkInfo(ref.network)?.label ?? ref.network}</span>
                  </th>
                  <td data-score={entry.score}>{entry.score}</td>
                  <td>
                    <time dateTime={entry.fetchedAt}>{shortDate(Date.parse(entry.fetchedAt), uiLanguage())}</time>
                  </td>
                  <td>
                    <button type="button" class="small" aria-label={t('listsRemoveAria', handle, list.name)} onClick={() => void removeEntry(entry.key)}>
                      {t('listsRemove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" onClick={() => exportAs('csv')} disabled={list.entries.length === 0}>
          {t('listsExportCsv')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={list.entries.length === 0}>
          {t('listsExportJson')}
        </button>
        <button type="button" aria-label={t('listsCompareAria', list.name)} disabled={list.entries.length === 0} onClick={() => onCompare(list.entries.slice(0, COMPARE_AT_MOST).map((entry) => refOfKey(entry.key)))}>
          {t('listsCompare')}
        </button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('listsDelete')}
          </button>
        )}
      </div>
      {confirming && <ConfirmDelete list={list} onDelete={() => void remove()} onKeep={() => setConfirming(false)} />}
    </section>
  );
}

/** The Lists view. `onOpen` shows a profile's breakdown; `onCompare` opens the comparison with these profiles. */
export function Lists({ onOpen, onCompare }: { onOpen(ref: ProfileRef): void; onCompare(refs: ProfileRef[]): void }) {
  const lists = useLists();
  const [status, setStatus] = useState<Status>(null);
  return (
    <section class="lists" aria-labelledby="lists-title">
      <h2 id="lists-title" tabIndex={-1}>{t('listsTitle')}</h2>
      {lists?.length === 0 && <p class="muted">{t('listsEmpty')}</p>}
      {lists?.map((list) => <ListSection key={list.name} list={list} onOpen={onOpen} onCompare={onCompare} onStatus={setStatus} />)}
      <StatusLine status={status} />
      <ListImport />
    </section>
  );
}

// Export of all the user's data as one JSON file (the credentials only when ticked), and its
// import: a file is checked whole first, and a bad one changes nothing and says why.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { exportData, exportFileName, importData, parseImport, type ImportProblem } from '../../lib/data-export';
import { t } from '../../lib/i18n';

const PROBLEMS: Record<ImportProblem, string> = {
  'too-large': 'importTooLarge',
  'not-json': 'importNotJson',
  'list-file': 'importListFile',
  'not-ours': 'importNotOurs',
  'newer-version': 'importNewerVersion',
  'invalid-entry': 'importInvalidEntry',
  empty: 'importEmpty',
};

type Status = { text: string; error?: boolean };

/** Hands the text to the browser as a file download. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataTransfer() {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [status, setStatus] = useState<Status>({ text: '' });

  async function exportAll(): Promise<void> {
    try {
      const file = await exportData(browser.storage.local, { includeSecrets });
      const name = exportFileName();
      download(`${JSON.stringify(file, null, 2)}\n`, name);
      setStatus({ text: t('settingsExported', name) });
    } catch (error) {
      setStatus({ text: t('settingsExportFailed', String(error)), error: true });
    }
  }

  async function importFile(file: File): Promise<void> {
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return setStatus({ text: t(PROBLEMS[parsed.problem], parsed.key ?? ''), error: true });
    try {
      await importData(browser.storage.local, parsed.file);
    } catch (error) {
      return setStatus({ text: t('importFailed', String(error)), error: true });
    }
    const { settings, lists, history } = parsed.counts;
    const skipped = parsed.skipped.length > 0 ? ` ${t('importSkipped', parsed.skipped.length)}` : '';
    setStatus({ text: `${t('importDone', settings, lists, history)}${skipped}` });
  }

  function chosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void importFile(file).finally(() => {
      // The same file may be chosen again after a fix.
      input.value = '';
    });
  }

  return (
    <div class="data">
      <p class="muted">{t('settingsDataHelp')}</p>
      <label class="check">
        <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets((event.target as HTMLInputElement).checked)} />
        {t('settingsExportSecrets')}
      </label>
      <p class="row">
        <button type="button" onClick={() => void exportAll()}>
          {t('settingsExport')}
        </button>
      </p>
      <label for="import-file">{t('settingsImport')}</label>
      <p class="muted" id="import-help">
        {t('settingsImportHelp')}
      </p>
      <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-help" onChange={chosen} />
      {/* Live regions stay in the page, so that what is put in them is announced. */}
      <p class="muted" role="status" data-data-status="ok">
        {status.error ? '' : status.text}
      </p>
      <p class="error" role="alert" data-data-status="error">
        {status.error ? status.text : ''}
      </p>
    </div>
  );
}

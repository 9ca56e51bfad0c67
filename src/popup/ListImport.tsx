// Import of a list from a CSV or JSON file (this extension's exports, or a spreadsheet shaped
// like them): merged into the named list, or the list the file names, newest snapshot winning.
// Every problem is said in words: what could not be read at all, and each row left out.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { importListFile, type FileProblem, type ImportResult } from '../lib/list-files';
import { addToList, cleanListName } from '../lib/lists';
import { changeLists } from './use-lists';

const SKIPPED_SHOWN = 5;

function problemText(problem: FileProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('listsProblemTooLarge');
    case 'empty':
      return t('listsProblemEmpty');
    case 'bad-json':
      return t('listsProblemBadJson');
    case 'not-a-list':
      return t('listsProblemNotAList');
    case 'bad-csv':
      return t('listsProblemBadCsv', problem.line);
    case 'missing-columns':
      return t('listsProblemMissingColumns', problem.columns.join(', '));
  }
}

/** What an import read but could not use, one line each (the first few). */
function notes(result: Extract<ImportResult, { ok: true }>): string[] {
  const lines = result.skipped.slice(0, SKIPPED_SHOWN).map((row) => t('listsImportSkipped', row.at, row.field));
  if (result.skipped.length > SKIPPED_SHOWN) lines.push(`… (${result.skipped.length - SKIPPED_SHOWN})`);
  if (result.truncated > 0) lines.push(t('listsImportTruncated', result.truncated));
  return lines;
}

export function ListImport() {
  const [into, setInto] = useState('');
  const [summary, setSummary] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setSummary('');
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblems([t('listsProblemUnreadable')]);
      return;
    } finally {
      // Choosing the same file again after fixing it must fire `change` again.
      input.value = '';
    }
    const result = importListFile(text, file.name);
    if (!result.ok) {
      setProblems([problemText(result.problem)]);
      return;
    }
    const rowNotes = notes(result);
    if (result.entries.length === 0) {
      setProblems([t('listsProblemNoProfiles'), ...rowNotes]);
      return;
    }
    const name = cleanListName(into) ?? result.name ?? t('listsDefaultName');
    const added = await changeLists((lists) => addToList(lists, name, result.entries));
    if (!added.ok) {
      setProblems([t(added.reason === 'name' ? 'listsNoName' : 'listsTooMany')]);
      return;
    }
    const listName = cleanListName(name) ?? name;
    setSummary(t('listsImported', result.entries.length, listName, added.added, added.updated, added.unchanged));
    setProblems([...rowNotes, ...(added.dropped > 0 ? [t('listsFull', listName, added.dropped)] : [])]);
  }

  return (
    <form class="list-import" aria-labelledby="list-import-title" onSubmit={(event) => event.preventDefault()}>
      <h3 id="list-import-title">{t('listsImportTitle')}</h3>
      <label for="list-import-into">{t('listsImportInto')}</label>
      <input id="list-import-into" type="text" value={into} maxLength={60} onInput={(event) => setInto((event.target as HTMLInputElement).value)} />
      <label for="list-import-file">{t('listsImportFile')}</label>
      <input id="list-import-file" type="file" accept=".csv,.json,text/csv,application/json" onChange={(event) => void importFile(event.target as HTMLInputElement)} />
      <p class="muted" role="status">
        {summary}
      </p>
      <div role="alert">
        {problems.length > 0 && (
          <ul class="error">
            {problems.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}

// A shortlist as a file: CSV for spreadsheets (one row a profile, the main signals as
// "name=value" pairs) and JSON with everything the snapshot holds; and either read back,
// checked row by row, so that one bad row costs that row, not the file.
import { parseCsv, toCsvText } from './csv';
import { isRecord } from './guards';
import { MAX_ENTRIES, cleanListName, isEntry, readEntry, type ListEntry, type ProfileList, type SignalSnapshot } from './lists';
import { refOfKey } from './profile-ref';
import { networkInfo } from './networks';
import { PILLARS } from '../score/types';

export const LIST_FORMAT = 'influence-badges.list';
export const MAX_FILE_CHARS = 5_000_000;

/** Pillar columns are prefixed: "network" is already the profile's network. */
export const CSV_HEADER = ['network', 'handle', 'score', ...PILLARS.map((pillar) => `pillar_${pillar}`), 'confidence', 'verdict', 'fetched_at', 'added_at', 'main_signals', 'profile_url'];
const REQUIRED_COLUMNS = ['network', 'handle', 'score', 'fetched_at'];

export function listToCsv(list: ProfileList): string {
  const rows = list.entries.map((entry) => {
    const { network, handle } = refOfKey(entry.key);
    return [
      network,
      handle,
      entry.score,
      ...PILLARS.map((pillar) => entry.pillars[pillar]),
      entry.confidence,
      entry.verdict,
      entry.fetchedAt,
      entry.addedAt,
      entry.signals.map((signal) => `${signal.name}=${signal.value}`).join('; '),
      networkInfo(network)?.profileUrl(handle) ?? '',
    ];
  });
  return toCsvText([CSV_HEADER, ...rows]);
}

export function listToJson(list: ProfileList, exportedAt: Date = new Date()): string {
  const entries = list.entries.map((entry) => {
    const { network, handle } = refOfKey(entry.key);
    return { network, handle, profileUrl: networkInfo(network)?.profileUrl(handle), ...entry };
  });
  return `${JSON.stringify({ format: LIST_FORMAT, version: 1, name: list.name, exportedAt: exportedAt.toISOString(), entries }, null, 2)}\n`;
}

/** "Candidates 2025-03-12.csv": the list's name without characters file systems refuse. */
export function exportFileName(listName: string, extension: 'csv' | 'json', date: Date = new Date()): string {
  const safe = listName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').replace(/^[.\s]+/, '').trim() || 'list';
  return `${safe} ${date.toISOString().slice(0, 10)}.${extension}`;
}

/** Why a file could not be read at all. */
export type FileProblem =
  | { code: 'too-large' }
  | { code: 'empty' }
  | { code: 'bad-json' }
  | { code: 'not-a-list' }
  | { code: 'bad-csv'; line: number }
  | { code: 'missing-columns'; columns: string[] };

/** A row (CSV: its line; JSON: its position) that was left out, and the first field that was wrong. */
export interface SkippedRow {
  at: number;
  field: string;
}

export type ImportResult =
  | {
      ok: true;
      /** The name the file gives its list (JSON), or its file name without extension. */
      name: string | null;
      entries: ListEntry[];
      skipped: SkippedRow[];
      /** Rows beyond MAX_ENTRIES, not read. */
      truncated: number;
    }
  | { ok: false; problem: FileProblem };

function fromJson(text: string, fallbackName: string | null, now: Date): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'bad-json' } };
  }
  const rows = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.entries) ? data.entries : null;
  if (!rows) return { ok: false, problem: { code: 'not-a-list' } };
  const name = (isRecord(data) ? cleanListName(data.name) : null) ?? fallbackName;
  return collect(rows.map((row, index) => ({ at: index + 1, row })), name, now);
}

/** "followers=1200; verified=true" → signals without contributions (a CSV keeps none). */
function signalsFromCell(cell: string | undefined): SignalSnapshot[] {
  return (cell ?? '')
    .split(';')
    .map((pair) => /^\s*([A-Za-z][\w.-]*)\s*=\s*(\S+)\s*$/.exec(pair))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, name, text]): SignalSnapshot | null => {
      if (text === 'true' || text === 'false') return { name, value: text === 'true' };
      const value = Number(text);
      return Number.isFinite(value) ? { name, value } : null;
    })
    .filter((signal): signal is SignalSnapshot => signal !== null);
}

/** A CSV number cell: empty is absent, anything else must be a number (else it stays text and fails the check). */
function numberCell(cell: string | undefined): number | string | undefined {
  const text = (cell ?? '').trim();
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

function fromCsv(text: string, fallbackName: string | null, now: Date): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: { code: 'bad-csv', line: parsed.line } };
  const [header, ...rows] = parsed.rows;
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) return { ok: false, problem: { code: 'missing-columns', columns: missing } };
  const cellOf = (row: string[], name: string): string | undefined => {
    const index = columns.indexOf(name);
    return index < 0 ? undefined : row[index];
  };
  const emptyAsAbsent = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : cell.trim());
  // Line numbers as a spreadsheet shows them: the header is line 1 (rows with line breaks inside make this approximate).
  const objects = rows.map((row, index) => ({
    at: index + 2,
    row: {
      network: cellOf(row, 'network')?.trim(),
      handle: cellOf(row, 'handle')?.trim(),
      score: numberCell(cellOf(row, 'score')),
      pillars: Object.fromEntries(PILLARS.map((pillar) => [pillar, numberCell(cellOf(row, `pillar_${pillar}`))])),
      confidence: numberCell(cellOf(row, 'confidence')),
      verdict: emptyAsAbsent(cellOf(row, 'verdict')),
      fetchedAt: emptyAsAbsent(cellOf(row, 'fetched_at')),
      addedAt: emptyAsAbsent(cellOf(row, 'added_at')),
      signals: signalsFromCell(cellOf(row, 'main_signals')),
    },
  }));
  return collect(objects, fallbackName, now, true);
}

const CSV_TO_FIELD: Record<string, string> = { fetchedAt: 'fetched_at', addedAt: 'added_at', ...Object.fromEntries(PILLARS.map((p) => [`pillars.${p}`, `pillar_${p}`])) };

function collect(rows: { at: number; row: unknown }[], name: string | null, now: Date, csv = false): ImportResult {
  const entries: ListEntry[] = [];
  const skipped: SkippedRow[] = [];
  for (const { at, row } of rows.slice(0, MAX_ENTRIES)) {
    const entry = readEntry(row, now);
    if (isEntry(entry)) entries.push(entry);
    else skipped.push({ at, field: csv ? (CSV_TO_FIELD[entry.field] ?? entry.field) : entry.field });
  }
  return { ok: true, name, entries, skipped, truncated: Math.max(0, rows.length - MAX_ENTRIES) };
}

/**
 * A list from a file's text: JSON (this extension's export, or an array of entries) when it
 * looks like JSON, CSV otherwise. The file name names the list when the file does not.
 */
export function importListFile(text: string, fileName = '', now: Date = new Date()): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problem: { code: 'too-large' } };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { ok: false, problem: { code: 'empty' } };
  const fallbackName = cleanListName(fileName.replace(/\.(csv|json|txt)$/i, ''));
  const looksJson = body.startsWith('{') || body.startsWith('[') || /\.json$/i.test(fileName);
  return looksJson ? fromJson(body, fallbackName, now) : fromCsv(body, fallbackName, now);
}

// CSV as RFC 4180 writes it (quotes doubled, fields with commas, quotes or line breaks
// quoted, CRLF between rows), guarded against formula injection: a spreadsheet runs a cell
// that starts with = + - @ (or a tab or carriage return) as a formula, and an exported handle,
// list name or signal comes from elsewhere, so such a cell gets a leading apostrophe (OWASP's
// advice). Reading undoes exactly that apostrophe. A text that already starts with apostrophes
// before such a character gets one more, so that reading gives back exactly what was written.

const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** One cell, safe for a spreadsheet and quoted where CSV needs it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_LIKE.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows of CSV, with a byte order mark that tells spreadsheet programs the text is UTF-8. */
export function toCsvText(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `\uFEFF${rows.map(csvRow).join('\r\n')}\r\n`;
}

/** The apostrophe `csvCell` put before a formula-like cell, taken off again. */
function unguard(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number };

/**
 * Rows of CSV text: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF
 * and CR all end a row; blank lines are skipped. Fails (with the line) on a quote left open
 * or text after a closing quote.
 */
export function parseCsv(text: string): CsvParse {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  const endCell = () => {
    row.push(unguard(cell));
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') return { ok: false, line };
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      cell += char;
    }
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (cell !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
